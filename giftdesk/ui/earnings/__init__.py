"""The Earnings tab's parts: the chart of diamonds over time, the tables' common set-up."""

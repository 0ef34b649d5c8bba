"""The Spending tab's parts: the chart of money spent per month, stacked by where it went."""

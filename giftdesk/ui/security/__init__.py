"""The Security and budget dialog's parts: the password, the two-step check, the purchase
threshold, the budget and time zone."""

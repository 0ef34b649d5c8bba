"""The Recharge tab's parts: where to buy, how many coins, the card form, the receipt, the quote."""

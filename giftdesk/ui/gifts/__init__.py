"""The Gifts tab's parts: the gift grid, the cost preview, the send bar, the supporters, the
flying gift."""

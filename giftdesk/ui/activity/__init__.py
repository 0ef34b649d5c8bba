"""The Activity tab's parts: the detail pane of the chosen transaction."""

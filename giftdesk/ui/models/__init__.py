"""Qt item models over service results; every table in the window is one of these."""

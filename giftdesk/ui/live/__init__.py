"""The parts of the LIVE tab (ui/live_tab.py): the room, its stage, the Go LIVE form, the
gift bar, "LIVE now" and the end-of-LIVE summary."""

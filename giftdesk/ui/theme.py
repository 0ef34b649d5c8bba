"""The window icon and the style sheet: all the window's frame needs before the rest loads.

Kept apart from the gift artwork (art.py), whose SVG rendering pulls in QtSvg: the frame is
shown before that is imported.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from giftdesk.resources import resource_path


@cache
def app_icon() -> QIcon:
    # Qt reads the SVG through its own icon plug-in; no QtSvg import is needed for this.
    return QIcon(str(resource_path("icons", "giftdesk.svg")))


def style_sheet() -> str:
    path = resource_path("qss", "giftdesk.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""

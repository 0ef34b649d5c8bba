"""The window icon and the style sheet, kept apart from the gift artwork (art.py), whose
SVG rendering pulls in QtSvg: the window's frame is shown before that is imported.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from giftdesk.resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon


@cache
def app_icon() -> QIcon:
    # Qt reads the SVG through its own icon plug-in; no QtSvg import is needed for this. Made
    # with the tabs, not before the frame shows: loading that plug-in took 4 ms.
    from PySide6.QtGui import QIcon

    return QIcon(str(resource_path("icons", "giftdesk.svg")))


def style_sheet() -> str:
    path = resource_path("qss", "giftdesk.qss")
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""

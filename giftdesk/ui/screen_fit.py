"""Fitting the screen: the window's least size on small or scaled screens, content that scrolls
where the room runs out, and dialogs no larger than the screen they are on.

Sizes are in logical pixels, as Qt lays out: at QT_SCALE_FACTOR=1.5 a 1366x768 screen has
910x512 of them, less than the 960x600 the window is made for (DESIGN.md section 6).
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget

LEAST_WIDTH, LEAST_HEIGHT = 960, 600  # the smallest window the layout is made for
# A window manager's title bar, which the screen's available geometry still includes.
TITLE_BAR_PX = 32
LEAST_DIALOG_HEIGHT = 240  # a dialog that scrolls may be made this short, no shorter


def room(widget: QWidget) -> QSize:
    """What a window has for itself on `widget`'s screen: the screen less its panels (its
    available geometry) and a title bar."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    return QSize(available.width(), available.height() - TITLE_BAR_PX)


def least_size(space: QSize) -> QSize:
    """The window's least size: 960x600, or less where the screen has less room."""
    return QSize(min(LEAST_WIDTH, space.width()), min(LEAST_HEIGHT, space.height()))


def fit_dialog(dialog: QWidget) -> None:
    """Give `dialog` its natural size (its layout's size hint), or as much of it as the screen
    has room for, and keep it on the screen. Its content must be in a ScrollArea
    (ui/widgets/scroll_area.py), which then scrolls the rest.

    Called when the dialog is made and whenever its content grows or shrinks. Not through
    adjustSize(), which holds a window to two thirds of the screen even where it fits, nor a
    fixed size, which can be larger than the screen.
    """
    space = room(dialog)
    # A layout keeps each widget's size hint until the widget says it changed, and a change
    # deep inside (a part shown or hidden) reaches the layouts above only later, through
    # events, or, in a dialog not on screen, never; nor does a scroll area hear of its
    # content's. So every widget says it now, and the size hints below are the present ones.
    for widget in dialog.findChildren(QWidget):
        widget.updateGeometry()
    natural = dialog.sizeHint()
    if natural.height() > space.height():
        # The vertical scroll bar takes its width from the content's: give it that back, or
        # the content would also need a horizontal one.
        scroll_bar = dialog.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        natural.setWidth(natural.width() + scroll_bar)
    size = natural.boundedTo(space)
    # It may be made shorter, down to a few lines (the rest scrolls), but not narrower.
    dialog.setMinimumSize(size.width(), min(size.height(), LEAST_DIALOG_HEIGHT))
    dialog.resize(size)
    if dialog.isVisible():
        _keep_on_screen(dialog)


def _keep_on_screen(window: QWidget) -> None:
    """Move `window` up or left if it grew past the screen's bottom or right edge."""
    available = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    frame = window.frameGeometry()
    x = max(available.left(), min(frame.left(), available.right() + 1 - frame.width()))
    y = max(available.top(), min(frame.top(), available.bottom() + 1 - frame.height()))
    if (x, y) != (frame.left(), frame.top()):
        window.move(x, y)

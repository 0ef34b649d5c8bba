"""A tab widget whose tabs scroll when the window is smaller than they are, and whose tab bar
tells a screen reader which tab is current."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar, QTabWidget, QWidget

from giftdesk.ui.widgets.scroll_area import ScrollArea


class ScrollingTabs(QTabWidget):
    """Each tab is put in a ScrollArea of its own (the page Qt shows), so that a window as
    small as the screen allows (960x600, or 910x512 at 150% on a 1366x768 laptop) scrolls a
    tab instead of cutting it off.

    Its methods speak of the tabs, not of their scroll areas: `widget(i)`,
    `currentWidget()`, `indexOf(tab)` and `setCurrentWidget(tab)` take and give the tab
    itself, as on a plain QTabWidget. (Qt's own code, which calls the C++ methods, sees the
    pages.)

    A tab bar's accessible name is its current tab's title, but Qt does not say when it
    changes, and a screen reader went on calling it "Recharge" whichever tab was current:
    setting it says so.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bar = self.tabBar()
        bar.currentChanged.connect(lambda index: _name_by_current_tab(bar, index))

    def addTab(self, tab: QWidget, title: str) -> int:  # type: ignore[override]
        page = ScrollArea(tab)
        page.setAccessibleName(title.replace("&", ""))  # the part a screen reader enters
        return super().addTab(page, title)

    def page(self, index: int) -> ScrollArea | None:
        """The scroll area tab `index` is shown in."""
        page = super().widget(index)
        return page if isinstance(page, ScrollArea) else None

    def widget(self, index: int) -> QWidget | None:  # type: ignore[override]
        page = self.page(index)
        return page.widget() if page is not None else None

    def currentWidget(self) -> QWidget | None:  # type: ignore[override]
        return self.widget(self.currentIndex())

    def indexOf(self, tab: QWidget) -> int:  # type: ignore[override]
        for index in range(self.count()):
            if self.widget(index) is tab:
                return index
        return -1

    def setCurrentWidget(self, tab: QWidget) -> None:  # type: ignore[override]
        self.setCurrentIndex(self.indexOf(tab))


def _name_by_current_tab(bar: QTabBar, index: int) -> None:
    """Qt says a widget's name changed when it is set: the bar's is set to what it reads out.
    (Not by an event made here: a QAccessibleEvent made in Python and handed to Qt left
    memory corrupted, and the tests crashed far from it.)"""
    bar.setAccessibleName(bar.tabText(index).replace("&", ""))

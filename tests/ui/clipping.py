"""Text a widget cannot show whole: a label or button narrower than its text, a wrapped label
shorter than its lines. For tests that lay out a window or dialog in a long language."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabBar, QWidget


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None) or getattr(widget, "title", None)
    shown = text() if callable(text) else ""
    return f"{type(widget).__name__} {widget.objectName() or ''} {shown[:60]!r}"


def clipped(root: QWidget) -> list[str]:
    """What in `root`, as it is laid out now, does not show its whole text."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.property("elides"):  # an elided text has a tooltip
            continue
        need = None
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                height = widget.heightForWidth(widget.width())
                if height > widget.height():
                    found.append(f"{_name(widget)}: {height} px high in {widget.height()}")
                continue
            need = widget.sizeHint().width()
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
        elif isinstance(widget, QGroupBox) and widget.title():
            need = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                tab_need = widget.tabSizeHint(i).width()
                if tab_need > widget.tabRect(i).width():
                    found.append(
                        f"tab {widget.tabText(i)!r}: {tab_need} px in {widget.tabRect(i).width()}"
                    )
            continue
        if need is not None and need > widget.width():
            found.append(f"{_name(widget)}: {need} px in {widget.width()}")
    return found

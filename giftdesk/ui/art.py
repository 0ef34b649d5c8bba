"""Gift artwork from resources/, drawn from SVG at the size a view asks for."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from giftdesk.resources import resource_path


def gift_slug(name: str) -> str:
    return name.lower().replace(" ", "-")


@cache
def _renderer(path: str) -> QSvgRenderer:
    return QSvgRenderer(path)


def svg_pixmap(path: str, size: int, ratio: float = 1.0) -> QPixmap:
    renderer = _renderer(path)
    image = QImage(
        QSize(int(size * ratio), int(size * ratio)), QImage.Format.Format_ARGB32_Premultiplied
    )
    image.fill(Qt.GlobalColor.transparent)
    if renderer.isValid():
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
    pixmap = QPixmap.fromImage(image)
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def gift_pixmap(name: str, size: int, ratio: float = 1.0) -> QPixmap:
    return svg_pixmap(str(resource_path("gifts", f"{gift_slug(name)}.svg")), size, ratio)


def gift_icon(name: str) -> QIcon:
    icon = QIcon()
    for size in (48, 72, 96):
        icon.addPixmap(gift_pixmap(name, size))
    return icon

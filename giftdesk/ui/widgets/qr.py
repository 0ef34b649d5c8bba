"""A QR code shown as a pixmap: `qrcode` computes the modules, QPainter paints them.

qrcode's own image output needs Pillow (or writes SVG/PNG files); painting the module matrix
ourselves needs neither, and whole-pixel squares stay sharp for a phone camera at any scale.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

TARGET_PX = 220  # the code's side, quiet zone included, in device-independent pixels


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of `text`'s QR code, True for dark, with qrcode's 4-module quiet zone."""
    import qrcode  # only when a code is shown: keeps it off the window's start-up path

    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    return qr.get_matrix()


def paint_matrix(matrix: list[list[bool]], *, module_px: int, ratio: float = 1.0) -> QPixmap:
    """Dark modules as black squares of `module_px` (logical) pixels on white."""
    side = len(matrix) * module_px
    pixmap = QPixmap(QSize(round(side * ratio), round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect(x * module_px, y * module_px, module_px, module_px))
    painter.end()
    return pixmap


class QrCodeLabel(QLabel):
    """Shows the QR code of a text (an otpauth:// URI); `pixmap()` is what is painted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_text(self, text: str) -> None:
        self._text = text
        if not text:
            self.clear()
            return
        matrix = qr_matrix(text)
        # Whole pixels per module: a fractional module size blurs edges a camera needs.
        module_px = max(2, TARGET_PX // len(matrix))
        self.setPixmap(paint_matrix(matrix, module_px=module_px, ratio=self.devicePixelRatioF()))
        self.setFixedSize(self.pixmap().deviceIndependentSize().toSize())

    def text_encoded(self) -> str:
        return self._text

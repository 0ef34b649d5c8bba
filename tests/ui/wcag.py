"""WCAG 2.x relative luminance and contrast ratio, for the contrast tests (tokens and pixels)."""

from __future__ import annotations

RGB = tuple[int, int, int]


def rgb(colour: str | int | RGB) -> RGB:
    """(r, g, b) in 0..255 from "#rrggbb", a 0xAARRGGBB pixel or a tuple."""
    if isinstance(colour, tuple):
        return colour
    if isinstance(colour, int):
        return (colour >> 16) & 0xFF, (colour >> 8) & 0xFF, colour & 0xFF
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def luminance(colour: str | int | RGB) -> float:
    """Relative luminance: https://www.w3.org/TR/WCAG21/#dfn-relative-luminance"""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str | int | RGB, b: str | int | RGB) -> float:
    """The contrast ratio, 1 to 21: https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio"""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def hex_of(colour: str | int | RGB) -> str:
    return "#{:02x}{:02x}{:02x}".format(*rgb(colour))

"""The window's two palettes, light and dark, as colour tokens, and which token is drawn on which.

The style sheet (resources/qss/giftdesk.qss) is one template that names these tokens (`$text`);
theme.py fills it in with one palette or the other, builds the matching QPalette from the same
tokens, and the hand-painted widgets (gift tiles, the chart) ask theme.color() for theirs.
tests/ui/test_contrast.py checks every pair in PAIRS, in both palettes, against WCAG 2.x.

Plain Python rather than a TOML file beside the style sheet: the palette is read before the
window's frame is shown, and importing tomllib alone took longer than building the palette.
"""

from __future__ import annotations

from typing import Literal

LIGHT: dict[str, str] = {
    # Surfaces
    "window": "#f6f7fb",  # behind everything: the tab pages, dialogs, the tab bar
    "surface": "#ffffff",  # the header, group boxes, fields, buttons, tables, gift tiles
    "surface_alt": "#f6f7fb",  # every other table row
    "section": "#eceef5",  # table headers
    "selected_card": "#ffedf1",  # a chosen package card or gift tile
    "disabled_bg": "#eef0f5",
    # Text
    "text": "#1f2333",
    "text_secondary": "#3c4257",  # tabs not chosen, the header's budget
    "muted": "#5c6175",  # notes under a form
    "placeholder": "#676c80",  # a field's hint before anything is typed
    "disabled_text": "#7a7f91",
    "accent_text": "#cc1039",  # the brand's pink, dark enough to read: the chosen tab
    "price": "#945800",  # coins (the header, gift tiles)
    "diamonds": "#0a6e91",
    "error": "#c0392b",
    "ok": "#1e7e45",
    "link": "#0a61a8",
    # Lines
    "border_subtle": "#e1e4ec",  # frames that only group things (boxes, the header's edge)
    "border_control": "#7f859b",  # the edge of anything you click or type in (3:1)
    "accent": "#fe2c55",  # the brand's pink: the chosen tab's underline, a chosen tile, bars
    "focus": "#00778a",  # the keyboard focus ring: the brand's cyan, darkened to be seen
    # Buttons that do the one thing a tab is for (Buy coins, Send gift, Request payout)
    "primary": "#cc1039",
    "primary_hover": "#a50c2d",
    "primary_text": "#ffffff",
    "primary_disabled": "#f5c9d3",
    "primary_disabled_text": "#8c2a3f",
    # The highlighted row of a list, table, menu or drop-down
    "selection": "#0b6a80",
    "selection_text": "#ffffff",
    "tooltip": "#1f2333",
    "tooltip_text": "#ffffff",
    # The warning line under the header (a read-only or damaged file)
    "banner": "#fff4e5",
    "banner_text": "#6e4400",
    "banner_border": "#e8b15f",
    # The Spending chart's stacked parts: where the money went
    "series_creator": "#0a6e91",
    "series_platform": "#cc1039",
    "series_store": "#945800",
}

DARK: dict[str, str] = {
    "window": "#16171d",
    "surface": "#20212a",
    "surface_alt": "#25262f",
    "section": "#2b2d38",
    "selected_card": "#3d1d28",
    "disabled_bg": "#262731",
    "text": "#e9eaf1",
    "text_secondary": "#c6c9d6",
    "muted": "#a7abbd",
    "placeholder": "#9a9fb2",
    "disabled_text": "#858a9c",
    "accent_text": "#ff7f98",
    "price": "#f2b04a",
    "diamonds": "#5fc6ec",
    "error": "#ff8b80",
    "ok": "#5fd08a",
    "link": "#7fc3ff",
    "border_subtle": "#353849",
    "border_control": "#7e849a",
    "accent": "#fe2c55",
    "focus": "#2fd0e2",  # the brand's cyan itself reads well on dark
    "primary": "#dc1e48",  # light enough to stand out from the dark, dark enough for white text
    "primary_hover": "#e22550",
    "primary_text": "#ffffff",
    "primary_disabled": "#4a2631",
    "primary_disabled_text": "#d7a3b0",
    "selection": "#1b7a90",
    "selection_text": "#ffffff",
    "tooltip": "#31333f",
    "tooltip_text": "#e9eaf1",
    "banner": "#3a2a10",
    "banner_text": "#ffd68c",
    "banner_border": "#8a6420",
    "series_creator": "#5fc6ec",
    "series_platform": "#ff7f98",
    "series_store": "#f2b04a",
}

PALETTES: dict[str, dict[str, str]] = {"light": LIGHT, "dark": DARK}

# What a pair must reach (WCAG 2.x): "text" 4.5:1, for all text, large or not (WCAG allows
# 3:1 from 24 px, or 18.66 px bold, and no colour here needs it); "ui" 3:1 for what shows
# where a control is or what state it is in (the edge of a field or tile, a focus ring, a
# chosen tab's underline, a button's fill); "disabled" is exempt in WCAG, and held here to
# 3:1 so that a greyed-out label can still be read.
Need = Literal["text", "ui", "disabled"]
THRESHOLDS: dict[str, float] = {"text": 4.5, "ui": 3.0, "disabled": 3.0}

# (foreground, background, need): everything the style sheet, the QPalette and the painted
# widgets draw on something else. A token drawn on a new background needs its pair here.
PAIRS: tuple[tuple[str, str, Need], ...] = (
    # Text on the surfaces it appears on
    ("text", "window", "text"),
    ("text", "surface", "text"),
    ("text", "surface_alt", "text"),
    ("text", "section", "text"),
    ("text", "selected_card", "text"),
    ("text_secondary", "window", "text"),
    ("text_secondary", "surface", "text"),
    ("muted", "surface", "text"),
    ("muted", "window", "text"),
    ("placeholder", "surface", "text"),
    ("accent_text", "window", "text"),  # the chosen tab's name
    ("accent_text", "selected_card", "text"),  # a chosen package card's text
    ("price", "surface", "text"),  # the header's coins, a gift tile's price
    ("price", "selected_card", "text"),  # the price on a chosen gift tile
    ("diamonds", "surface", "text"),  # the header's diamonds, the Earnings tab's big number
    ("error", "surface", "text"),
    ("error", "window", "text"),
    ("ok", "surface", "text"),
    ("link", "surface", "text"),
    ("primary_text", "primary", "text"),
    ("primary_text", "primary_hover", "text"),
    ("selection_text", "selection", "text"),  # a highlighted row, drop-downs' included
    ("tooltip_text", "tooltip", "text"),
    ("border_control", "tooltip", "ui"),  # a tooltip's edge
    ("banner_text", "banner", "text"),
    ("disabled_text", "disabled_bg", "disabled"),
    ("disabled_text", "surface", "disabled"),
    ("primary_disabled_text", "primary_disabled", "disabled"),
    # Edges, fills and rings that show a control and its state
    ("border_control", "surface", "ui"),  # fields, buttons, tiles, drop-downs
    ("border_control", "window", "ui"),
    ("primary", "surface", "ui"),  # a primary button's fill is its edge
    ("primary", "window", "ui"),
    ("accent", "surface", "ui"),  # a chosen tile's or card's edge, the chart's bars
    ("accent", "window", "ui"),  # the chosen tab's underline
    ("accent", "selected_card", "ui"),
    ("focus", "surface", "ui"),
    ("focus", "window", "ui"),
    ("focus", "selected_card", "ui"),  # the ring on a chosen card or tile
    ("focus", "section", "ui"),
    ("selection", "surface", "ui"),  # a highlighted row stands out from the others
    ("series_creator", "surface", "ui"),  # the Spending chart's parts, and its legend's keys
    ("series_platform", "surface", "ui"),
    ("series_store", "surface", "ui"),
)

# Tokens that are drawn only as a background or as decoration, and so are in no pair as a
# foreground; the test checks that every other token is.
DECORATIVE = frozenset({"border_subtle", "banner_border"})

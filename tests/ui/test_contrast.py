"""Both palettes meet WCAG 2.x contrast: every pair of tokens that is drawn one on the other
(giftdesk/ui/palettes.py PAIRS), and no colour escapes the tokens (none written into the style
sheet or the painted widgets, every rule that sets two colours a checked pair)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from giftdesk.resources import resource_path
from giftdesk.ui import palettes, theme

sys.path.insert(0, str(Path(__file__).parent))
from wcag import contrast  # noqa: E402

UI = Path(theme.__file__).parent
TEMPLATE = resource_path("qss", "giftdesk.qss").read_text(encoding="utf-8")


def _rules(qss: str) -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for each rule of the template, comments left out."""
    qss = re.sub(r"/\*.*?\*/", "", qss, flags=re.S)
    rules = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", qss):
        declarations = {}
        for declaration in body.split(";"):
            name, colon, value = declaration.partition(":")
            if colon:
                declarations[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), declarations))
    return rules


def _token(value: str | None) -> str | None:
    """The token a property value names (`2px solid $focus` names focus), if any."""
    found = re.findall(r"\$(\w+)", value or "")
    return found[-1] if found else None


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_pair_meets_its_threshold(name):
    tokens = palettes.PALETTES[name]
    failures = []
    for fg, bg, need in palettes.PAIRS:
        ratio = contrast(tokens[fg], tokens[bg])
        if ratio < palettes.THRESHOLDS[need]:
            failures.append(
                f"{fg} {tokens[fg]} on {bg} {tokens[bg]}: {ratio:.2f}:1, "
                f"under {palettes.THRESHOLDS[need]}:1 ({need})"
            )
    assert not failures, f"{name} palette:\n" + "\n".join(failures)


def test_both_palettes_have_the_same_tokens_and_the_style_sheet_names_only_those():
    assert palettes.LIGHT.keys() == palettes.DARK.keys()
    named = set(re.findall(r"\$(\w+)", TEMPLATE)) - {"qss_dir"}  # the images' folder
    assert named <= palettes.LIGHT.keys(), named - palettes.LIGHT.keys()
    for name in ("light", "dark"):
        assert "$" not in theme.style_sheet(name)


def test_every_token_is_checked_against_something():
    in_pairs = {fg for fg, _, _ in palettes.PAIRS} | {bg for _, bg, _ in palettes.PAIRS}
    unchecked = palettes.LIGHT.keys() - in_pairs - palettes.DECORATIVE
    assert not unchecked, f"tokens in no pair of PAIRS: {sorted(unchecked)}"
    assert set(palettes.THRESHOLDS) == {need for _, _, need in palettes.PAIRS}


def test_the_style_sheet_writes_no_colour_of_its_own():
    written = []
    for selector, declarations in _rules(TEMPLATE):
        for prop, value in declarations.items():
            if re.search(r"#[0-9a-fA-F]{3,8}\b|\brgba?\(|\b(white|black|red|gr[ae]y)\b", value):
                written.append(f"{selector} {{ {prop}: {value} }}")
    assert not written, "colours not from a token:\n" + "\n".join(written)


@pytest.mark.parametrize(
    ("image", "background"),
    [("arrow-down.svg", "surface"), ("arrow-up.svg", "surface"), ("check.svg", "primary")],
)
def test_the_style_sheets_images_stand_out_in_both_themes(image, background):
    """The arrows and the check mark are drawn in one colour for both themes: 3:1 on both."""
    svg = resource_path("qss", image).read_text(encoding="utf-8")
    colours = re.findall(r'(?:fill|stroke)="(#[0-9a-fA-F]{6})"', svg)
    assert colours
    for name, tokens in palettes.PALETTES.items():
        for colour in colours:
            ratio = contrast(colour, tokens[background])
            assert ratio >= 3.0, f"{image} {colour} on {name} {background}: {ratio:.2f}:1"


def test_every_rule_that_sets_two_colours_is_a_checked_pair():
    """A rule that sets a text colour and a background, or a border and a background, draws
    one on the other: that pair must be in PAIRS (or the border decorative)."""
    pairs = {(fg, bg) for fg, bg, _ in palettes.PAIRS}
    missing = []
    for selector, declarations in _rules(TEMPLATE):
        background = _token(declarations.get("background") or declarations.get("background-color"))
        shown = [
            _token(declarations.get("color")),
            _token(declarations.get("border")),
            _token(declarations.get("border-color")),
        ]
        checks = [(fg, background) for fg in shown if fg and background]
        selection = _token(declarations.get("selection-color"))
        selection_bg = _token(declarations.get("selection-background-color"))
        if selection and selection_bg:
            checks.append((selection, selection_bg))
        for fg, bg in checks:
            if fg != bg and fg not in palettes.DECORATIVE and (fg, bg) not in pairs:
                missing.append(f"{selector}: {fg} on {bg}")
    assert not missing, "pairs the style sheet draws that PAIRS does not check:\n" + "\n".join(
        missing
    )


def test_painted_widgets_take_their_colours_from_the_theme():
    """No colour written into the window's code: painted widgets ask theme.color(). The QR code
    is the exception, on purpose: black on white in both themes, as scanners need."""
    literal = re.compile(
        r"#[0-9a-fA-F]{6}\b|QColor\(\s*[\"'](?!#)\w+|Qt\.GlobalColor\.(?!transparent)"
    )
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name in ("palettes.py", "qr.py"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if literal.search(line) and not line.lstrip().startswith("#"):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert not found, "colours written into the code:\n" + "\n".join(found)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_qpalette_pairs_its_roles_as_the_tokens_do(qapp, name):
    """What the style sheet leaves to the QPalette (message boxes, menus, the completer's list,
    file dialogs) reads as well as the rest."""
    from PySide6.QtGui import QPalette

    pal = theme.palette(name)
    role = QPalette.ColorRole
    failures = []
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for fg, bg in (
            (role.WindowText, role.Window),
            (role.Text, role.Base),
            (role.Text, role.AlternateBase),
            (role.ButtonText, role.Button),
            (role.HighlightedText, role.Highlight),
            (role.ToolTipText, role.ToolTipBase),
            (role.PlaceholderText, role.Base),
            (role.Link, role.Base),
        ):
            ratio = contrast(pal.color(group, fg).name(), pal.color(group, bg).name())
            if ratio < 4.5:
                failures.append(f"{group.name} {fg.name} on {bg.name}: {ratio:.2f}:1")
    assert not failures, f"{name}:\n" + "\n".join(failures)
    if name == "dark":  # really dark: dark backgrounds, light text
        assert pal.color(role.Window).lightness() < 60 and pal.color(role.Text).lightness() > 200

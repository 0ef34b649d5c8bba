"""Profile names: what a name may hold, and when two names are the same name.

A gift goes to a creator by name, so a name must not be able to pass for another one. Two
things make names that look the same without being the same text, and both are closed here:

- invisible and blank characters (a zero-width space, a variation selector, a Hangul filler,
  a braille blank) that add nothing one can see: refused, except inside emoji sequences and
  between the letters of scripts whose spelling needs the zero-width joiners;
- look-alike letters (Cyrillic е for Latin e, fullwidth or mathematical letters, capital I
  for small l, digit 0 for O): names whose Unicode confusable skeletons (UTS #39) match are
  the same name, as names differing only in case are.

The Unicode data comes from ICU (PyICU), the reference implementation of UTS #39, rather than
from lists kept by hand. It is imported on first use (checking a new name, or looking a name
up by its look-alikes), as argon2 and pyotp are: most commands never need it.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from typing import Any

from giftdesk.domain.errors import InvalidName
from giftdesk.i18n import _

NAME_MAX_CHARS = 64

# Bidirectional overrides, embeddings and isolates reorder text on screen: a name holding one
# can impersonate another, so they are refused like control characters.
_BIDI_CONTROLS = frozenset(
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
)
# Control, format, separator, surrogate, private-use and unassigned characters.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"})
# Characters that show as empty space but are not White_Space, which no Unicode property
# gathers: the braille blank, the Hangul fillers (also Default_Ignorable, but they take up room
# like a space), the musical null notehead and the Khitan filler.
_BLANKS = frozenset("\u2800\u115f\u1160\u3164\uffa0\U0001d159\U00016fe4")
# Where ICU's confusables miss what this app shows: drawn in the app's font (DejaVu Sans),
# every character a name may hold was compared with every ASCII letter and digit, and these
# two are (nearly) the same picture as a letter their skeleton is not. The Cyrillic palochka
# is the l of the well-known "аррӏе" for "apple"; ICU takes it for an i (it counts as both).
_LOOKS_LIKE_BEYOND_ICU = str.maketrans({"\u04cf": "l", "\u051a": "Q"})
# Shown as nothing although no property says so: Qt, like other text engines, gives the
# object replacement character (a stand-in for an embedded object) no width and no ink.
_SHOWN_AS_NOTHING = frozenset("\ufffc")
_SPACE_RUNS = re.compile(" {2,}")
# Which way look_keys makes keys: a change to it must make stored keys be made again.
_KEYS_RECIPE = 1

_ZWJ, _ZWNJ = "\u200d", "\u200c"
_VARIATION_SELECTORS = ("\ufe0e", "\ufe0f")  # text and emoji presentation
_KEYCAP = "\u20e3"
_BLACK_FLAG = "\U0001f3f4"  # the one base of the subdivision flags (England, Scotland, Wales)
_TAG_LETTERS = range(0xE0020, 0xE007F)
_CANCEL_TAG = "\U000e007f"
# Scripts whose spelling uses the zero-width joiners between letters (Persian and Urdu in
# Arabic script, the Indic scripts, Sinhala's conjuncts). By the first word of the
# characters' Unicode names.
_JOINING_SCRIPTS = frozenset(
    {
        "ARABIC",
        "SYRIAC",
        "DEVANAGARI",
        "BENGALI",
        "GURMUKHI",
        "GUJARATI",
        "ORIYA",
        "TAMIL",
        "TELUGU",
        "KANNADA",
        "MALAYALAM",
        "SINHALA",
    }
)


class _Unicode:
    """ICU's character properties and confusable skeletons."""

    def __init__(self, icu: Any) -> None:
        self.data_version = (
            f"ICU {icu.ICU_VERSION} (Unicode {icu.UNICODE_VERSION}), Python "
            f"unicodedata {unicodedata.unidata_version}, keys {_KEYS_RECIPE}"
        )
        self._has = icu.Char.hasBinaryProperty
        self._ignorable = icu.UProperty.DEFAULT_IGNORABLE_CODE_POINT
        self._white_space = icu.UProperty.WHITE_SPACE
        self._emoji = icu.UProperty.EMOJI
        self._modifier = icu.UProperty.EMOJI_MODIFIER
        self._regional = icu.UProperty.REGIONAL_INDICATOR
        self._flags_with_tags = icu.UnicodeSet("[:RGI_Emoji_Tag_Sequence:]")
        self._spoof = icu.SpoofChecker()
        self._nfkc = icu.Normalizer2.getNFKCInstance()

    def invisible(self, ch: str) -> bool:
        return (
            unicodedata.category(ch) in _REFUSED_CATEGORIES
            or ch in _SHOWN_AS_NOTHING
            or self._has(ch, self._ignorable)
        )

    def blank(self, ch: str) -> bool:
        return ch in _BLANKS or (ch != " " and bool(self._has(ch, self._white_space)))

    def emoji(self, ch: str) -> bool:
        return bool(self._has(ch, self._emoji))

    def emoji_modifier(self, ch: str) -> bool:
        return bool(self._has(ch, self._modifier))

    def regional_indicator(self, ch: str) -> bool:
        return bool(self._has(ch, self._regional))

    def shown_flag(self, sequence: str) -> bool:
        """Whether a black flag and tags make a flag that shows (England, Scotland, Wales):
        with any other tags the flag shows plain, and the tags are invisible."""
        return bool(self._flags_with_tags.contains(sequence))

    def looks(self, text: str) -> str:
        """What `text` looks like, case kept: its UTS #39 skeleton. Compatibility forms the
        confusables data leaves out (fullwidth Ｌ) are folded by NFKC, but only after a first
        skeleton: NFKC alone changes how some characters look (the lunate sigma ϲ, which
        looks like c, would become σ)."""
        skeleton: str = self._spoof.getSkeleton(
            0, self._nfkc.normalize(self._spoof.getSkeleton(0, text))
        )
        return skeleton

    def folded_look(self, text: str) -> str:
        """`text` with its look-alikes resolved, then its case folded. (Not ICU's
        NFKC_Casefold: it drops the tags that tell a Scottish flag from a Welsh one.)"""
        folded: str = self._nfkc.normalize(self._spoof.getSkeleton(0, text)).casefold()
        return folded


@functools.cache
def _unicode() -> _Unicode:
    import icu  # PyICU: see the module's docstring

    return _Unicode(icu)


def clean_name(raw: str) -> str:
    """A profile name as stored: NFC, trimmed, each run of spaces made one space, 1-64
    characters; no control, bidirectional, invisible or blank character, except the invisible
    ones that emoji sequences and joining scripts need.

    Runs of spaces are made one rather than refused: two spaces typed by mistake show as one
    (and look like one), so keeping them would make a second name that looks like the first,
    and refusing them would punish a slip.
    """
    name = _SPACE_RUNS.sub(" ", unicodedata.normalize("NFC", raw).strip())
    if not name:
        raise InvalidName(_("a profile name cannot be empty"))
    if len(name) > NAME_MAX_CHARS:
        raise InvalidName(
            _("a profile name is at most {count} characters").format(count=NAME_MAX_CHARS)
        )
    unicode = _unicode()
    working = _working_invisibles(name, unicode)
    for i, ch in enumerate(name):
        if ch in _BIDI_CONTROLS:
            raise InvalidName(_("a profile name cannot contain bidirectional-override characters"))
        if i in working:
            continue
        if unicode.invisible(ch) and ch not in _BLANKS:  # a Hangul filler shows as a blank
            raise InvalidName(
                _(
                    "a profile name cannot contain control or invisible characters (it has {char})"
                ).format(char=_described(ch))
            )
        if unicode.blank(ch):
            raise InvalidName(
                _(
                    "a profile name cannot contain blank characters other than the space "
                    "(it has {char})"
                ).format(char=_described(ch))
            )
    return name


def _described(ch: str) -> str:
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X} {name}" if name else f"U+{ord(ch):04X}"


def _working_invisibles(name: str, unicode: _Unicode) -> set[int]:
    """The positions of the invisible characters that do their ordinary work: inside an emoji
    sequence, or a joiner between letters of a joining script (see `_joins_letters`)."""
    working: set[int] = set()
    i = 0
    while i < len(name):
        end = _emoji_sequence_end(name, i, unicode)
        working.update(range(i, end))
        i = max(end, i + 1)
    working.update(
        i for i, ch in enumerate(name) if ch in (_ZWJ, _ZWNJ) and _joins_letters(name, i)
    )
    return working


def _emoji_sequence_end(name: str, start: int, unicode: _Unicode) -> int:
    """Where the emoji sequence that begins at `start` ends, or `start` if none does.

    UTS #51's "possible emoji" grammar, so that emoji newer than this ICU still pass: emoji
    elements joined by zero-width joiners (👩‍💻, 🏳️‍🌈), each a pair of regional indicators (a
    flag) or an emoji with a skin tone (👋🏽), a presentation selector (❤️, keycaps 1️⃣), or,
    after the black flag only (the base of every subdivision flag), tags ended by a cancel tag
    (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Those tags must make a flag ICU knows (RGI): any others leave a plain black flag
    followed by invisible tags, a second name for "🏴 Cleo".
    """
    end = _emoji_element_end(name, start, unicode)
    if end == start:
        return start
    while name[end : end + 1] == _ZWJ:
        after = _emoji_element_end(name, end + 1, unicode)
        if after == end + 1:
            break
        end = after
    return end


def _emoji_element_end(name: str, start: int, unicode: _Unicode) -> int:
    if start >= len(name) or not unicode.emoji(name[start]):
        return start
    end = start + 1
    after = name[end : end + 1]
    if not after:
        return end
    if unicode.regional_indicator(name[start]) and unicode.regional_indicator(after):
        return end + 1
    if unicode.emoji_modifier(after):
        return end + 1
    if after in _VARIATION_SELECTORS:
        return end + 2 if name[end + 1 : end + 2] == _KEYCAP else end + 1
    if name[start] == _BLACK_FLAG:
        tags = end
        while tags < len(name) and ord(name[tags]) in _TAG_LETTERS:
            tags += 1
        if (
            tags > end
            and name[tags : tags + 1] == _CANCEL_TAG
            and unicode.shown_flag(name[start : tags + 1])
        ):
            return tags + 1
    return end


def _joins_letters(name: str, i: int) -> bool:
    """Whether the joiner at `i` sits between two letters (or a letter and a virama) of a
    script whose spelling uses it. Anywhere else, between Latin letters say, it could only
    make a name look like another one."""
    before, after = name[i - 1 : i], name[i + 1 : i + 2]
    return bool(before and after) and all(
        unicodedata.category(c)[0] in "LM"
        and unicodedata.name(c, "").split(" ")[0] in _JOINING_SCRIPTS
        for c in (before, after)
    )


def name_key(name: str) -> str:
    """Names are unique and matched regardless of case, and of the joiners a name may hold:
    two names that differ only by an invisible character look the same. Needs no ICU: the
    everyday lookup by name stays as cheap as it was."""
    # (Only the joiners: names held none before they were allowed, so no stored key changes.)
    key = unicodedata.normalize("NFC", name).strip().casefold()
    return key.replace(_ZWJ, "").replace(_ZWNJ, "")


def look_keys(name: str) -> frozenset[str]:
    """The look-alike keys of a name: two names that share one are the same name.

    Each key is what one way of writing the name looks like (`_Unicode.looks`), with the
    invisible characters left out and any blank made a space. The ways: as written, in
    capitals and in small letters (also of its compatibility form, so that mathematical and
    fullwidth letters have a case), and with its look-alikes resolved and its case folded. So
    case neither splits look-alikes nor joins names that look different:

    - "Clеo" (Cyrillic е), "ＣＬＥＯ", "𝐂𝐥𝐞𝐨", "C1eo" and "CIeo" share a key with "Cleo";
    - "Ian" (capital i) shares one with "lan" (small L), and "ΜIA" (Greek capital mu) with
      "Mia", through "MIA": names are one name whatever their case, so looking like any
      of its cases is looking like the name;
    - "CIEO" shares one with "Cleo": folded, its I is the l of "ClEO";
    - "Lia" and "Ila", "Zoë" and "Zoe" share none.

    (A single key, the skeleton of the case-folded skeleton of the NFKC form, missed 4,344 of
    24,000 look-alikes sampled from every character ICU calls confusable with a letter of 40
    names written in each case; these keys miss 520, all of odd mixed cases, such as "𝕄ⅼ𝐚"
    for "MIa".)
    """
    unicode = _unicode()
    text = _visible_text(unicodedata.normalize("NFC", name), unicode)
    if not text:
        return frozenset()
    ways = set()
    # ICU's reading, and where it differs, what the app's font shows (both count).
    for shown in {text, text.translate(_LOOKS_LIKE_BEYOND_ICU)}:
        compatible = unicodedata.normalize("NFKC", shown)
        ways |= {
            shown,
            shown.upper(),
            shown.lower(),
            compatible.upper(),
            compatible.lower(),
            unicode.folded_look(shown),
        }
    return frozenset(unicode.looks(way) for way in ways)


def look_keys_version() -> str:
    """What the look-alike keys are made with: the Unicode data of ICU and of Python, and the
    recipe. Keys stored with other data may differ from the ones made now (a character newly
    counted as confusable), so stored keys must be made again when this changes."""
    return _unicode().data_version


def _visible_text(name: str, unicode: _Unicode) -> str:
    """The text as it shows: blanks are spaces, runs of them one space, invisible characters
    left out. Except those that change what shows: the tags that pick a subdivision flag, and
    the bidirectional controls, which reorder what follows them ("Ve\u202era" shows "Vear")."""
    working = _working_invisibles(name, unicode)
    shown = []
    for i, ch in enumerate(name):
        if unicode.blank(ch):
            shown.append(" ")
        elif (
            not unicode.invisible(ch)
            or ch in _BIDI_CONTROLS
            or (i in working and ord(ch) in _TAG_LETTERS)
        ):
            shown.append(ch)
    return _SPACE_RUNS.sub(" ", "".join(shown)).strip()


def printable_name(text: str) -> str:
    """A name echoed in a message, with anything that could move the cursor made visible."""
    shown = "".join(ch if ch.isprintable() else "\ufffd" for ch in text)
    return shown if len(shown) <= 64 else shown[:61] + "..."

"""Profile names: what a name may hold, and when two names are the same name."""

from __future__ import annotations

import unicodedata

from giftdesk.domain.errors import InvalidName

NAME_MAX_CHARS = 64

# Bidirectional overrides, embeddings and isolates reorder text on screen: a name holding one
# can impersonate another, so they are refused like control characters.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")


def clean_name(raw: str) -> str:
    """A profile name as stored: NFC, trimmed, 1-64 characters, no control or bidi characters."""
    name = unicodedata.normalize("NFC", raw).strip()
    if not name:
        raise InvalidName("a profile name cannot be empty")
    if len(name) > NAME_MAX_CHARS:
        raise InvalidName(f"a profile name is at most {NAME_MAX_CHARS} characters")
    for i, ch in enumerate(name):
        if ch in _BIDI_CONTROLS:
            raise InvalidName("a profile name cannot contain bidirectional-override characters")
        if (unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")
                and not _joins(name, i)):
            raise InvalidName("a profile name cannot contain control or invisible characters "
                              f"(it has U+{ord(ch):04X})")
    return name


_ZWJ, _ZWNJ = "\u200d", "\u200c"
_EMOJI_MODIFIERS = range(0x1F3FB, 0x1F400)  # the five skin tones
# Scripts whose spelling uses the zero-width joiners between letters (Persian and Urdu in
# Arabic script, the Indic scripts, Sinhala's conjuncts). By the first word of the
# characters' Unicode names.
_JOINING_SCRIPTS = frozenset({
    "ARABIC", "SYRIAC", "DEVANAGARI", "BENGALI", "GURMUKHI", "GUJARATI", "ORIYA", "TAMIL",
    "TELUGU", "KANNADA", "MALAYALAM", "SINHALA",
})


def _joins(name: str, i: int) -> bool:
    """Whether the invisible character at `i` is a joiner doing its ordinary work: a zero-width
    joiner inside an emoji sequence (👩‍💻, 🏳️‍🌈), or a zero-width joiner or non-joiner between
    two letters (or a letter and a virama) of a script whose spelling uses them. Anywhere
    else, between Latin letters say, it could only make a name look like another one."""
    before, after = name[i - 1:i], name[i + 1:i + 2]
    if not before or not after or name[i] not in (_ZWJ, _ZWNJ):
        return False
    if name[i] == _ZWJ and unicodedata.category(after) == "So" and (
            unicodedata.category(before) == "So" or ord(before) in _EMOJI_MODIFIERS
            or before == "\ufe0f"):
        return True
    return all(unicodedata.category(c)[0] in "LM"
               and unicodedata.name(c, "").split(" ")[0] in _JOINING_SCRIPTS
               for c in (before, after))


def name_key(name: str) -> str:
    """Names are unique and matched regardless of case, and of the joiners a name may hold:
    two names that differ only by an invisible character look the same."""
    # (Only the joiners: names held none before they were allowed, so no stored key changes.)
    key = unicodedata.normalize("NFC", name).strip().casefold()
    return key.replace(_ZWJ, "").replace(_ZWNJ, "")

"""Profile names: what is stored, what is refused, which names are the same name."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import InvalidName
from giftdesk.domain.names import NAME_MAX_CHARS, clean_name, name_key


def test_a_name_is_trimmed_and_nfc_normalised():
    assert clean_name("  Vera  ") == "Vera"
    assert clean_name("Rene\u0301e") == "Ren\u00e9e"


def test_a_name_of_64_characters_is_the_longest():
    assert NAME_MAX_CHARS == 64
    assert clean_name("x" * 64) == "x" * 64
    with pytest.raises(InvalidName, match="at most 64"):
        clean_name("x" * 65)


@pytest.mark.parametrize("raw", ["", "   ", "\t"])
def test_an_empty_name_is_refused(raw):
    with pytest.raises(InvalidName, match="empty"):
        clean_name(raw)


@pytest.mark.parametrize("raw", ["Ve\u202era", "\u2066Vera", "Vera\u200f", "a\u061cb"])
def test_bidi_override_characters_are_refused(raw):
    with pytest.raises(InvalidName, match="bidirectional"):
        clean_name(raw)


@pytest.mark.parametrize("raw", ["Ve\x07ra", "Ve\nra", "Ve\u200bra", "Ve\u2028ra", "Ve\x7fra"])
def test_control_and_invisible_characters_are_refused(raw):
    with pytest.raises(InvalidName, match="control or invisible"):
        clean_name(raw)


@pytest.mark.parametrize("raw", [
    "\U0001f469\u200d\U0001f4bb Ana",  # woman technologist
    "Kai \U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
    "\U0001f468\U0001f3fd\u200d\u2695\ufe0f Omar",  # health worker, medium skin tone
    "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",  # Persian, with a non-joiner
    "\u0dc1\u0dca\u200d\u0dbb\u0dd3",  # Sinhala "Sri": a joiner after the virama
])
def test_joiners_doing_their_ordinary_work_are_kept(raw):
    assert clean_name(raw) == raw


@pytest.mark.parametrize("raw", ["Ve\u200dra", "Ve\u200cra", "\u200dVera", "Vera\u200d",
                                 "\U0001f469\u200d Ana", "Ana \u200d\U0001f4bb",
                                 "Zo\u00e9\u200c\u00e9", "\u0418\u0432\u0430\u200c\u043d",
                                 "Kai^\u200d\u00a9", "a\ufe0f\u200d"])
def test_joiners_anywhere_else_are_refused_and_named(raw):
    with pytest.raises(InvalidName, match=r"control or invisible characters \(it has U\+200"):
        clean_name(raw)


@pytest.mark.parametrize("raw", ["Ve\ud800ra", "Ve\ue000ra", "Ve\U000e0080ra"])
def test_surrogates_private_use_and_unassigned_characters_are_refused(raw):
    with pytest.raises(InvalidName, match="control or invisible"):
        clean_name(raw)


def test_names_differing_only_by_a_joiner_are_the_same_name():
    assert name_key("\u0645\u06cc\u200c\u062e\u0648") == name_key("\u0645\u06cc\u062e\u0648")


def test_names_are_keyed_regardless_of_case():
    assert name_key("Vera") == name_key("VERA") == name_key(" vera ")
    assert name_key("Stra\u00dfe") == name_key("STRASSE")
    assert name_key("Vera") != name_key("Vera2")

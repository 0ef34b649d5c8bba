"""Profile names: what is stored, what is refused, which names are the same name."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import InvalidName
from giftdesk.domain.names import NAME_MAX_CHARS, clean_name, look_keys, name_key


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


@pytest.mark.parametrize(
    "raw",
    [
        "\U0001f469\u200d\U0001f4bb Ana",  # woman technologist
        "Kai \U0001f3f3\ufe0f\u200d\U0001f308",  # rainbow flag
        "\U0001f468\U0001f3fd\u200d\u2695\ufe0f Omar",  # health worker, medium skin tone
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",  # Persian, with a non-joiner
        "\u0dc1\u0dca\u200d\u0dbb\u0dd3",  # Sinhala "Sri": a joiner after the virama
    ],
)
def test_joiners_doing_their_ordinary_work_are_kept(raw):
    assert clean_name(raw) == raw


@pytest.mark.parametrize(
    "raw",
    [
        "Ve\u200dra",
        "Ve\u200cra",
        "\u200dVera",
        "Vera\u200d",
        "\U0001f469\u200d Ana",
        "Ana \u200d\U0001f4bb",
        "Zo\u00e9\u200c\u00e9",
        "\u0418\u0432\u0430\u200c\u043d",
        "Kai^\u200d\u00a9",
        "\U0001f469\ufe0f\u200d",
    ],
)
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


# --- invisible and blank characters (the look-alike names issue) ----------------------------

# Each of these, added to "Cleo", made another creator that showed as "Cleo".
ISSUE_INVISIBLES = {
    "variation-selector-1": "\ufe00",
    "combining-grapheme-joiner": "\u034f",
    "hangul-filler": "\u3164",
    "hangul-jungseong-filler": "\u1160",
    "braille-blank": "\u2800",
}


@pytest.mark.parametrize("ch", list(ISSUE_INVISIBLES.values()), ids=list(ISSUE_INVISIBLES))
@pytest.mark.parametrize("where", ["end", "middle", "start"])
def test_the_invisible_characters_of_the_issue_are_refused_and_named(ch, where):
    raw = {"end": "Cleo" + ch, "middle": "Cl" + ch + "eo", "start": ch + "Cleo"}[where]
    refused = "blank" if ch in "\u3164\u1160\u2800" else "invisible"
    named = rf"{refused} characters.* \(it has U\+{ord(ch):04X} [A-Z]"
    with pytest.raises(InvalidName, match=named):
        clean_name(raw)


# Default_Ignorable_Code_Point characters: nothing shows where they are.
DEFAULT_IGNORABLES = [
    "\u00ad",
    "\u17b4",
    "\u17b5",
    "\u180b",
    "\u180e",
    "\u200b",
    "\u2060",
    "\u2061",
    "\u2062",
    "\u2063",
    "\u2064",
    "\u206a",
    "\u206f",
    "\ufe01",
    "\ufe0e",
    "\ufe0f",
    "\ufeff",
    "\U0001bca0",
    "\U0001d173",
    "\U000e0001",
    "\U000e0020",
    "\U000e0041",
    "\U000e007f",
    "\U000e0100",
    "\U000e01ef",
    "\ufffc",  # not default-ignorable, but Qt draws it as nothing
]


@pytest.mark.parametrize(
    "ch", DEFAULT_IGNORABLES, ids=[f"U+{ord(c):04X}" for c in DEFAULT_IGNORABLES]
)
def test_default_ignorable_characters_outside_emoji_are_refused_and_named(ch):
    named = rf"control or invisible characters \(it has U\+{ord(ch):04X}"
    for raw in ("Vera" + ch, "Ve" + ch + "ra", "Ana " + ch + "Lee"):
        with pytest.raises(InvalidName, match=named):
            clean_name(raw)


# Blank characters: White_Space other than the plain space, and what shows as a blank
# without being White_Space, the Hangul fillers (default-ignorable as well) included. (At
# either end White_Space is trimmed, like spaces.)
BLANKS = [
    "\u00a0",
    "\u1680",
    "\u2002",
    "\u2003",
    "\u2004",
    "\u2005",
    "\u2006",
    "\u2007",
    "\u2008",
    "\u2009",
    "\u200a",
    "\u202f",
    "\u205f",
    "\u3000",
    "\u2800",
    "\u3164",
    "\U0001d159",
    "\U00016fe4",
    "\u115f",
    "\uffa0",
]


@pytest.mark.parametrize("ch", BLANKS, ids=[f"U+{ord(c):04X}" for c in BLANKS])
def test_blank_characters_other_than_the_space_are_refused_and_named(ch):
    with pytest.raises(InvalidName, match=rf"\(it has U\+{ord(ch):04X}"):
        clean_name("Ana" + ch + "Lee")
    with pytest.raises(InvalidName, match=rf"\(it has U\+{ord(ch):04X}"):
        clean_name("Ana " + ch + " Lee")


@pytest.mark.parametrize("raw", ["a\ufe0f", "Cleo\ufe0e", "Kai^\ufe0f", "Ana \ufe0f"])
def test_a_presentation_selector_after_a_letter_is_refused(raw):
    with pytest.raises(InvalidName, match=r"it has U\+FE0"):
        clean_name(raw)


@pytest.mark.parametrize(
    "raw",
    [
        "\U0001f3f4\U000e0067\U000e0062 Ana",  # tags with no cancel tag
        "\U0001f3f3\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f Ana",  # white flag
        "Ana\U000e0067\U000e007f",
        "\U0001f3f4\U000e007a\U000e007a\U000e007f Cleo",  # no such flag: shows as "🏴 Cleo"
        "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e0074\U000e007f",
    ],
)
def test_tags_that_do_not_make_a_subdivision_flag_are_refused(raw):
    with pytest.raises(InvalidName, match=r"it has U\+E00"):
        clean_name(raw)


def test_runs_of_spaces_in_a_name_become_one_space():
    assert clean_name("Ana  Lee") == "Ana Lee"
    assert clean_name("  Ana    Maria   Lee ") == "Ana Maria Lee"
    assert clean_name("x" * 32 + "     " + "x" * 31) == "x" * 32 + " " + "x" * 31  # 64


SCOTLAND = "\U0001f3f4\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f"
WALES = "\U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f"

# Names that must keep working: accents, scripts with joiners, scripts without case, emoji.
GOOD_NAMES = {
    "accent": "Zo\u00eb",
    "accents": "Ren\u00e9e Andr\u00e9",
    "persian-with-non-joiner": "\u0645\u06cc\u200c\u062e\u0648\u0627\u0645",
    "hindi": "\u0905\u0928\u0941 \u0936\u0930\u094d\u092e\u093e",
    "hindi-half-form-joiner": "\u0915\u094d\u200d\u0937\u093e",
    "korean": "\ubbfc\uc900",
    "japanese-kana": "\u3055\u304f\u3089",
    "japanese-kanji": "\u5c71\u7530 \u592a\u90ce",
    "arabic": "\u0645\u062d\u0645\u062f",
    "greek": "\u039d\u03af\u03ba\u03bf\u03c2",
    "russian": "\u0418\u0432\u0430\u043d",
    "armenian": "\u0531\u0576\u056b",
    "hebrew": "\u05d3\u05d5\u05d3",
    "thai": "\u0e2a\u0e21\u0e0a\u0e32\u0e22",
    "woman-technologist": "\U0001f469\u200d\U0001f4bb Ana",
    "rainbow-flag": "Kai \U0001f3f3\ufe0f\u200d\U0001f308",
    "transgender-flag": "\U0001f3f3\ufe0f\u200d\u26a7\ufe0f Lee",
    "family": "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 Ito",
    "skin-tone": "\U0001f44b\U0001f3fd Sam",
    "skin-tone-zwj": "\U0001f9d1\U0001f3ff\u200d\U0001f680 Mae",
    "country-flag": "\U0001f1ef\U0001f1f5 Kenji",
    "scotland": SCOTLAND + " Ana",
    "wales": WALES + " Ana",
    "keycap": "1\ufe0f\u20e3 Fan",
    "keycap-hash": "#\ufe0f\u20e3 Tag",
    "red-heart": "\u2764\ufe0f Lu",
    "text-style-smile": "\u263a\ufe0e Lu",
    "emoji-only": "\U0001f98a",
}


@pytest.mark.parametrize("raw", list(GOOD_NAMES.values()), ids=list(GOOD_NAMES))
def test_names_in_any_script_and_with_emoji_are_kept(raw):
    assert clean_name(raw) == raw
    assert look_keys(raw)


def test_good_names_do_not_look_like_each_other():
    names = list(GOOD_NAMES.values())
    for i, a in enumerate(names):
        for b in names[i + 1 :]:
            assert not _same_name(a, b), (a, b)


# --- look-alikes are the same name -------------------------------------------------------


def _same_name(a: str, b: str) -> bool:
    """As ProfileService decides it: the same name_key, or a look-alike key in common."""
    return name_key(a) == name_key(b) or bool(look_keys(a) & look_keys(b))


CLEO_LOOK_ALIKES = {
    "capitals": "CLEO",
    "small": "cleo",
    "mixed-case": "cLeO",
    "fullwidth": "\uff23\uff2c\uff25\uff2f",
    "fullwidth-small": "\uff43\uff4c\uff45\uff4f",
    "cyrillic-e": "Cl\u0435o",
    "cyrillic-e-and-o": "Cl\u0435\u043e",
    "cyrillic-capital-es": "\u0421leo",
    "cyrillic-palochka": "C\u04c0eo",
    "cyrillic-small-palochka": "\u0421\u04cf\u0435\u043e",  # ICU calls it an i
    "cyrillic-capital-ie-mixed": "cL\u0415o",
    "greek-omicron": "Cle\u03bf",
    "greek-capital-epsilon": "CL\u0395O",
    "greek-capital-iota-for-l": "C\u0399eo",
    "greek-lunate-sigma": "\u03f9leo",
    "greek-small-lunate-sigma": "\u03f2leo",
    "armenian-oh": "Cle\u0585",
    "cherokee-tli": "\u13dfleo",
    "roman-numerals": "\u216d\u216c\u0415\u039f",
    "math-bold": "\U0001d402\U0001d425\U0001d41e\U0001d428",
    "math-script": "\U0001d49e\U0001d4c1\u212f\u2134",
    "math-double-struck": "\u2102\U0001d55d\U0001d556\U0001d560",
    "math-sans": "\U0001d5a2\U0001d5c5\U0001d5be\U0001d5c8",
    "math-monospace-capitals": "\U0001d672\U0001d67b\U0001d674\U0001d67e",
    "capital-i-for-l": "CIeo",
    "capital-i-for-l-small-c": "cIeo",
    "capital-i-in-capitals": "CIEO",
    "digit-one-for-l": "C1eo",
    "digit-zero-for-o": "Cle0",
    "digit-zero-in-capitals": "CLE0",
    "vertical-bar-for-l": "C|eo",
    "script-small-l": "C\u2113eo",
    "halfwidth-bar-for-l": "C\uffe8eo",
    "estimated-symbol-for-e": "Cl\u212eo",
    "with-zero-width-space": "Cle\u200bo",
    "with-braille-blank": "Cleo\u2800",
}


@pytest.mark.parametrize("raw", list(CLEO_LOOK_ALIKES.values()), ids=list(CLEO_LOOK_ALIKES))
def test_names_that_look_like_cleo_are_the_same_name(raw):
    assert _same_name("Cleo", raw)
    assert _same_name(raw, "Cleo")


@pytest.mark.parametrize(
    ("name", "look_alike"),
    [
        ("Ian", "lan"),  # capital i, small L
        ("Ian", "1an"),
        ("Ian", "|an"),
        ("Ian", "\u0399an"),  # Greek capital iota
        ("Ian", "\u0131an"),  # dotless i: looks like "ian", which is "Ian"
        ("lan", "IAN"),
        ("Mia", "\u039cIA"),  # Greek capital mu, as "MIA"
        ("Oleg", "0leg"),
        ("Oleg", "\u0555leg"),  # Armenian capital oh
        ("Olga", "\u039fLGA"),  # Greek capital omicron
        ("Anna", "\u0391nna"),  # Greek capital alpha
        ("Anna", "\u0410NN\u0410"),  # Cyrillic capital a
        ("Vera", "V\u0435r\u0430"),
        ("Paul", "\u0420aul"),
        ("Sofia", "\u0405ofia"),  # Cyrillic dze
        ("Ivan", "\u0406van"),  # Ukrainian i
        ("Eva", "\u0395\u03bda"),  # Greek epsilon, nu
        ("Kim", "Kirn"),  # m, r n
        ("Quinn", "\u051auinn"),  # Cyrillic qa, which ICU leaves alone
        ("Lily", "LiIy"),
        ("Hugo", "Hug0"),
        ("Ana Lee", "Ana\u3000Lee"),
        ("Ana Lee", "Ana  Lee"),
        ("Ana Lee", "Ana\u3164Lee"),
        ("Stra\u00dfe", "STRASSE"),
        ("Zo\u00eb", "Zoe\u0308"),
        ("Zo\u00eb", "Zo\u0451"),  # Cyrillic yo
        (SCOTLAND + " Ana", SCOTLAND + " \u0410na"),
    ],
)
def test_look_alike_names_are_the_same_name(name, look_alike):
    assert _same_name(name, look_alike)
    assert _same_name(look_alike, name)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Zo\u00eb", "Zoe"),
        ("Jos\u00e9", "Jose"),
        ("\u00dcmit", "Umit"),
        ("Lia", "Ila"),
        ("Ana", "Anna"),
        ("Cleo", "Clea"),
        ("Leo", "Lea"),
        ("Vera", "Vega"),
        ("Ivan", "Iwan"),
        ("Noah", "Noa"),
        ("\ubbfc\uc900", "\ubbfc\uc8fc"),
        (SCOTLAND + " Ana", WALES + " Ana"),
        ("\U0001f1ef\U0001f1f5 Ken", "\U0001f1eb\U0001f1f7 Ken"),
        ("\U0001f44b\U0001f3fd Sam", "\U0001f44b\U0001f3ff Sam"),
    ],
)
def test_names_that_look_different_are_different_names(a, b):
    assert not _same_name(a, b)


def test_a_bidirectional_control_is_not_left_out_of_the_looks():
    assert not _same_name("Vera", "Ve\u202era")  # shows as "Vear"


def test_a_name_of_nothing_visible_has_no_look_keys():
    assert look_keys("\u200b\u2800 \u3164") == frozenset()


def _confusables() -> dict[str, list[str]]:
    """Every character ICU counts confusable with an ASCII letter or digit, by that letter."""
    import icu

    spoof = icu.SpoofChecker()
    wanted = {
        spoof.getSkeleton(0, c): c
        for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    }
    found: dict[str, list[str]] = {c: [] for c in wanted.values()}
    for cp in range(0x80, 0x20000):  # the BMP and the SMP hold every one of them
        skeleton = spoof.getSkeleton(0, chr(cp))
        if skeleton in wanted:
            found[wanted[skeleton]].append(chr(cp))
    return found


@pytest.mark.parametrize("name", ["Cleo", "Ian", "Mila", "Oscar", "Vera", "Bob"])
def test_every_single_look_alike_letter_in_every_case_is_the_same_name(name):
    confusables = _CONFUSABLES.get("map") or _CONFUSABLES.setdefault("map", _confusables())
    for written in (name, name.upper(), name.lower()):
        for i, letter in enumerate(written):
            for other in confusables.get(letter, []):
                look_alike = written[:i] + other + written[i + 1 :]
                assert _same_name(name, look_alike), (name, look_alike, f"U+{ord(other):04X}")


_CONFUSABLES: dict[str, dict[str, list[str]]] = {}

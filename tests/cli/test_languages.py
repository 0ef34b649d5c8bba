"""The command line speaks the system locale's language (LC_ALL, LC_MESSAGES, LANG), with its
numbers and money; its JSON, exit codes and `giftdesk: error:` prefix stay as they are.

Real processes throughout: the locale is read from the environment a process starts with.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.real_process

GERMAN = {"LANG": "de_DE.UTF-8"}


def test_balance_in_german_with_german_numbers(seeded):
    r = seeded("balance", "Cleo", **GERMAN)
    assert r.code == 0, r.err
    assert r.out.splitlines() == [
        "Cleo: 0 Münzen",
        "      112.497 Diamanten (im Wert von 1.124,97\xa0$)",  # 112,497 diamonds seeded
    ]


def test_each_language_has_its_words_and_its_numbers(seeded):
    assert "PRO 100 MÜNZEN" in seeded("packages", **GERMAN).out
    spanish = seeded("packages", "--channel", "app", LANG="es_MX.UTF-8").out
    assert spanish.startswith("CANAL") and "La tienda de apps" in spanish
    portuguese = seeded("gifts", LC_ALL="pt_BR.UTF-8", LANG="de_DE.UTF-8").out
    assert portuguese.startswith("PRESENTE") and "até x9.999" in portuguese


def test_an_unknown_language_or_the_c_locale_is_english_as_before(seeded):
    english = seeded("balance", "Vera", LANG="C.UTF-8")
    assert seeded("balance", "Vera", LANG="fr_FR.UTF-8").out == english.out
    assert seeded("balance", "Vera", LC_ALL="POSIX", LANG="de_DE.UTF-8").out == english.out
    assert english.out == "Vera: 105,005 coins\n"


def test_an_error_keeps_its_prefix_and_exit_code_and_says_the_rest_in_the_language(seeded):
    r = seeded("send", "Minnie", "Cleo", "Rose", LANG="es_ES.UTF-8")
    assert r.code == 3
    assert r.err.startswith("giftdesk: error: ")
    assert "Minnie debe tener 18 años o más para enviar regalos" in r.err
    usage = seeded("quote", "cinco", **GERMAN)
    assert usage.code == 2 and usage.err.startswith("giftdesk: error: ")
    assert "'cinco' ist keine ganze Zahl aus den Ziffern 0-9" in usage.err
    # argparse's own words too, through the same catalog
    choice = seeded("packages", "--channel", "tv", **GERMAN)
    assert choice.code == 2
    assert choice.err == (
        "giftdesk: error: Argument --channel: ungültige Auswahl: 'tv' (wähle aus 'app', 'web')\n"
    )


def test_json_is_never_translated_an_errors_words_included(seeded):
    english = seeded("--json", "balance", "Cleo", LANG="C.UTF-8")
    assert seeded("--json", "balance", "Cleo", **GERMAN).out == english.out
    r = seeded("--json", "send", "Minnie", "Cleo", "Rose", **GERMAN)
    assert r.code == 3 and r.json()["error"].startswith("Minnie must be 18 or older")
    assert r.err.startswith("giftdesk: error: Minnie must be 18 or older")


@pytest.mark.no_database
def test_help_is_translated_too(seeded):
    r = seeded.raw("quote", "--help", **GERMAN)
    assert r.code == 0
    assert r.out.startswith("Aufruf: giftdesk quote")
    assert "wie viele Münzen du brauchst" in r.out and "Optionen:" in r.out

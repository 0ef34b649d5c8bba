"""The translations: every string of the code in every catalog, translated, compiled from its
source as it is now, with its placeholders, markup and menu mnemonics kept.

The strings are extracted here as resources/scripts/update_translations.py extracts them (Qt's
pyside6-lupdate for the window, Babel for everything else), into a temporary folder, and
compared with the committed catalogs; that script fixes what these tests find.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest

from giftdesk import i18n

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "resources" / "scripts" / "update_translations.py"
)
update = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(update)

LANGUAGES = [code for code in i18n.LANGUAGES if code != i18n.SOURCE]
TAG = re.compile(r"</?[a-z]+>")


def _ts(language: str) -> Path:
    return update.I18N / f"giftdesk_{language}.ts"


def _catalog(language: str):
    return update.read_catalog(update.I18N / f"giftdesk_{language}.po", language)


def _pairs(language: str):
    """(source, translation) of every message of both catalogs; one pair per plural form."""
    for _context, source, translations, _kind in update.ts_messages(_ts(language)):
        for text in translations:
            yield source, text
    for message in _catalog(language):
        if not message.id:
            continue
        ids = (message.id,) if isinstance(message.id, str) else message.id
        strings = (message.string,) if isinstance(message.string, str) else message.string
        for i, text in enumerate(strings):
            yield ids[min(i, len(ids) - 1)], text


def test_the_catalogs_are_the_languages_the_app_offers():
    assert sorted(update.languages()) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_catalog_holds_every_string_of_the_code_and_no_other(language, tmp_path):
    fresh = tmp_path / _ts(language).name
    shutil.copy(_ts(language), fresh)
    update.lupdate([fresh])  # adds what the code has that the catalog lacks, drops the rest
    assert fresh.read_text(encoding="utf-8") == _ts(language).read_text(encoding="utf-8"), (
        "the window's strings changed: run resources/scripts/update_translations.py"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_text_catalog_holds_every_string_of_the_code_and_no_other(language):
    def ids(catalog) -> set:
        return {m.id for m in catalog if m.id}

    code, catalog = ids(update.text_template()), ids(_catalog(language))
    assert not code - catalog, f"not in giftdesk_{language}.po: {sorted(code - catalog)}"
    assert not catalog - code, f"no longer in the code: {sorted(catalog - code)}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language):
    window = [
        f"{context}: {source}"
        for context, source, translations, kind in update.ts_messages(_ts(language))
        if kind is not None or not all(t.strip() for t in translations)
    ]
    text = update.untranslated_text(_catalog(language))
    assert not window and not text, f"untranslated: {window + text}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_catalogs_are_made_from_the_sources_as_they_are(language, tmp_path):
    qm = tmp_path / "fresh.qm"
    update.lrelease(_ts(language), qm)
    assert qm.read_bytes() == (update.I18N / f"giftdesk_{language}.qm").read_bytes(), (
        f"giftdesk_{language}.qm is stale: run resources/scripts/update_translations.py"
    )
    mo = update.mo_bytes(_catalog(language))
    assert mo == (update.I18N / f"giftdesk_{language}.mo").read_bytes(), (
        f"giftdesk_{language}.mo is stale: run resources/scripts/update_translations.py"
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_markup_and_line_breaks(language):
    wrong = [
        (source, text)
        for source, text in _pairs(language)
        if update.placeholders(source) != update.placeholders(text)
        or sorted(TAG.findall(source)) != sorted(TAG.findall(text))
        or source.count("\n") != text.count("\n")
        and "\n\n" in source
    ]
    assert not wrong, "\n".join(f"{s!r} -> {t!r}" for s, t in wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_string_with_a_mnemonic_keeps_exactly_one(language):
    wrong = [
        (source, text)
        for source, text in _pairs(language)
        if "&" in source and text.replace("&&", "").count("&") != 1
    ]
    assert not wrong, wrong


# The strings whose mnemonics share one Alt+letter space: the menu bar with the tabs (and the
# Activity tab's label), and each menu.
MNEMONIC_GROUPS = {
    "menu bar and tabs": [
        ("MainWindow", s)
        for s in ("&File", "&View", "&Profile", "&Help", "&Recharge", "&Gifts", "&Earnings")
    ]
    + [("MainWindow", "&Activity"), ("ActivityTab", "Sho&w:")],
    "File": [
        ("MainWindow", s)
        for s in (
            "&New Profile...",
            "&Back Up Database...",
            "&Restore from Backup...",
            "&Export Activity as CSV...",
            "&Verify Ledger",
            "&Quit",
        )
    ],
    "View": [("MainWindow", "&Refresh"), ("theme", "&Theme"), ("Language", "&Language")],
    "Theme": [("theme", s) for s in ("&System", "&Light", "&Dark")],
    "Profile": [("MainWindow", "&Security and budget..."), ("MainWindow", "&Lock Profile")],
}


def _mnemonic(text: str) -> str:
    return text.replace("&&", "")[text.replace("&&", "").index("&") + 1].casefold()


@pytest.mark.parametrize("language", [i18n.SOURCE, *LANGUAGES])
def test_mnemonics_are_unique_within_a_menu(language):
    if language == i18n.SOURCE:
        shown = {}
    else:
        shown = {(c, s): t[0] for c, s, t, _ in update.ts_messages(_ts(language))}
    for group, members in MNEMONIC_GROUPS.items():
        texts = [shown.get(member, member[1]) for member in members]
        letters = [_mnemonic(t) for t in texts]
        assert len(set(letters)) == len(letters), f"{group} in {language}: {texts}"


# --- which language is spoken ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "language", "locale"),
    [
        ({}, "en", "en_US"),
        ({"LANG": "C.UTF-8"}, "en", "en_US"),
        ({"LANG": "POSIX"}, "en", "en_US"),
        ({"LANG": "en_GB.UTF-8"}, "en", "en_US"),  # English text keeps its own numbers
        ({"LANG": "de_DE.UTF-8"}, "de", "de_DE"),
        ({"LANG": "de_AT.UTF-8"}, "de", "de_AT"),
        ({"LANG": "es_MX.UTF-8"}, "es", "es_MX"),
        ({"LANG": "pt_PT.UTF-8"}, "pt_BR", "pt_PT"),  # the one Portuguese text; their numbers
        ({"LANG": "pt_BR.UTF-8@latin"}, "pt_BR", "pt_BR"),
        ({"LANG": "fr_FR.UTF-8"}, "en", "en_US"),  # a language GiftDesk does not speak
        ({"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es", "es_ES"),
        ({"LANG": "es_ES", "LC_MESSAGES": "es_ES", "LC_ALL": "de_DE.UTF-8"}, "de", "de_DE"),
        ({"LC_ALL": "", "LANG": "de_DE"}, "de", "de_DE"),  # set but empty counts as unset
    ],
)
def test_the_language_follows_lc_all_then_lc_messages_then_lang(environ, language, locale):
    try:
        assert i18n.set_language(environ=environ) == language
        assert i18n.locale() == locale
    finally:
        i18n.set_language(i18n.SOURCE)


def test_a_language_chosen_in_the_window_wins_over_the_locale_and_feeds_gettext():
    try:
        i18n.set_language("de", environ={"LANG": "es_ES.UTF-8"})
        assert i18n.locale() == "de_DE"
        assert i18n._("the card was declined by the payment provider") == (
            "der Zahlungsanbieter hat die Karte abgelehnt"
        )
        assert i18n.ngettext("{count} coin", "{count} coins", 1) == "{count} Münze"
        i18n.set_language("pt_BR")
        # Brazil's rule: 0 and 1 take the singular
        assert i18n.ngettext("{count} coin", "{count} coins", 0) == "{count} moeda"
    finally:
        i18n.set_language(i18n.SOURCE)
    assert i18n._("the card was declined by the payment provider") == (
        "the card was declined by the payment provider"
    )


def _wrappers(tree) -> list[str]:
    """Functions that pass their own parameter to Qt's translate() or tr(): whatever they are
    called with is invisible to pyside6-lupdate, so it is in no catalog and shows in English."""
    import ast

    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute | ast.Name)
                and (getattr(call.func, "attr", None) or getattr(call.func, "id", None))
                in ("translate", "tr")
                and any(isinstance(a, ast.Name) and a.id in params for a in call.args[-1:])
            ):
                found.append(f"{node.name} (line {node.lineno})")
    return found


def test_no_window_string_goes_through_a_wrapper_lupdate_cannot_see():
    import ast

    wrappers = {
        str(path.relative_to(ROOT)): found
        for path in sorted((ROOT / "giftdesk" / "ui").rglob("*.py"))
        if (found := _wrappers(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert wrappers == {}


def test_no_text_is_marked_inside_an_f_string():
    """Babel reads Python 3.11's f-string as one token: a _("...") inside one is in no catalog
    and shows in English in every language (the statement's headings were)."""
    import ast

    marked = []
    for path in sorted((ROOT / "giftdesk").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for call in ast.walk(node):
                    if (
                        isinstance(call, ast.Call)
                        and isinstance(call.func, ast.Name)
                        and call.func.id in ("_", "ngettext", "N_")
                    ):
                        marked.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    assert marked == []

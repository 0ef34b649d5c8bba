"""The language GiftDesk speaks, and the words outside the window in it.

One choice feeds everything: the system locale (LC_ALL, LC_MESSAGES, LANG, the first one set)
or, in the window, View > Language or --lang. The command line, the domain's refusals and the
services' messages are marked with `_()` and `ngettext()` from here and translated through
Python's gettext from `resources/i18n/giftdesk_<language>.mo`; the window's own strings go
through Qt's `tr()` (giftdesk/ui/language.py installs the `.qm` for the same language).

Nothing is loaded for English, the language of the source strings: `_()` then returns its
argument, and a command's start-up costs what it did before translations existed. Another
language's catalog is read at the first message, not at import.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gettext import NullTranslations

# The languages GiftDesk speaks, each with its own name for View > Language.
LANGUAGES = {
    "en": "English",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "de": "Deutsch",
}
SOURCE = "en"  # the language the strings are written in: no catalog
# How each language formats numbers, money and dates when the system's locale says nothing
# more precise (a German text under LANG=de_AT formats as de_AT). English always formats as
# en_US, the rules' currency's own, so its output is what it was before translations.
FORMATTING = {"en": "en_US", "es": "es_ES", "pt_BR": "pt_BR", "de": "de_DE"}
ENVIRONMENT = ("LC_ALL", "LC_MESSAGES", "LANG")  # POSIX's order: the first one set wins


class _Chosen:
    language: str | None = None  # None: not yet decided (the system's, on first use)
    locale: str = "en_US"
    catalog: NullTranslations | None = None


_chosen = _Chosen()


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale the environment asks for, without encoding or modifier ("de_DE"); "C" when
    none is set."""
    environ = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = environ.get(name)
        if value:
            return value.partition(".")[0].partition("@")[0] or "C"
    return "C"


def language_of(locale: str) -> str:
    """The language GiftDesk speaks for `locale`: itself, its language ("es_MX" -> "es"), any
    Portuguese as Brazil's (the only one there is), and English for anything else."""
    if locale in LANGUAGES:
        return locale
    language = locale.partition("_")[0].lower()
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGES else SOURCE


def set_language(language: str | None = None, *, environ: Mapping[str, str] | None = None) -> str:
    """Speak `language` (a key of LANGUAGES) from now on; None: the system's. Returns the one
    chosen. Numbers follow the system's locale when it is in that language, else the
    language's own (FORMATTING)."""
    system = system_locale(environ)
    chosen = language if language in LANGUAGES else language_of(system)
    _chosen.language = chosen
    same = chosen != SOURCE and language_of(system) == chosen and "_" in system
    _chosen.locale = system if same else FORMATTING[chosen]
    _chosen.catalog = None
    return chosen


def language() -> str:
    return _chosen.language if _chosen.language is not None else set_language()


def locale() -> str:
    """The Babel/Qt locale name that numbers, money and dates are formatted in ("de_DE")."""
    if _chosen.language is None:
        set_language()
    return _chosen.locale


def catalog_dir() -> Path:
    """Where the catalogs are: in a source tree, an installed wheel or a PyInstaller bundle, as
    giftdesk.resources finds the other resources (which this module, under the domain, cannot
    import)."""
    package = Path(__file__).resolve().parent
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates += [package / "resources", package.parent / "resources"]
    for candidate in candidates:
        if (candidate / "i18n").is_dir():
            return candidate / "i18n"
    return candidates[-1] / "i18n"


def _catalog() -> NullTranslations | None:
    if language() == SOURCE:
        return None
    if _chosen.catalog is None:
        from gettext import GNUTranslations, NullTranslations

        try:
            with open(catalog_dir() / f"giftdesk_{_chosen.language}.mo", "rb") as f:
                _chosen.catalog = GNUTranslations(f)
        except OSError:  # a catalog missing from a broken install: English, not a crash
            _chosen.catalog = NullTranslations()
    return _chosen.catalog


def _(message: str) -> str:
    """`message` in the chosen language (a `str.format` template keeps its `{names}`)."""
    catalog = _catalog()
    return message if catalog is None else catalog.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of `singular`/`plural` for the count `n`, by the language's plural rule."""
    catalog = _catalog()
    if catalog is None:
        return singular if n == 1 else plural
    return catalog.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a string for the catalogs without translating it yet (a table of words that is
    translated where it is shown)."""
    return message

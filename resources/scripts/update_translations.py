"""Bring the translations up to date with the code, and say what is left to translate.

    .venv/bin/python resources/scripts/update_translations.py           # update, then report
    .venv/bin/python resources/scripts/update_translations.py --check   # change nothing; exit 1
                                                                        # if anything is out of date
    .venv/bin/python resources/scripts/update_translations.py --add fr  # start a new language

Two catalogs per language, both in resources/i18n/ (docs/architecture.md, "A translation"):

- the window's, `giftdesk_<lang>.ts`, extracted by Qt's `pyside6-lupdate` from giftdesk/ui/
  (`self.tr()`, `QCoreApplication.translate()`, `QT_TRANSLATE_NOOP`), compiled to `.qm` by
  `pyside6-lrelease`;
- everything else's (the command line, the domain's refusals, the services' messages),
  `giftdesk_<lang>.po`, extracted by Babel from `_()`, `ngettext()` and `N_()` in the rest of
  giftdesk/, compiled to `.mo` by Babel.

Updating adds each new source string untranslated, drops the ones no longer in the code, and
compiles both catalogs (an untranslated string shows in English). The compiled files are
committed, so that a source tree, a wheel and the installer all carry them without a build
step; tests/test_translations.py fails when one is stale or a string is untranslated. Source
locations are left out of both catalogs: with line numbers, every edit elsewhere in a file
would change all four languages' files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "giftdesk"
I18N = ROOT / "resources" / "i18n"
KEYWORDS = {"_": None, "ngettext": (1, 2), "N_": None}
# A new catalog's dates: fixed, so that making one twice makes the same file.
EPOCH = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
# str.format's {name} fields, and the %(name)s and %s of the printf-style strings argparse's own
# messages use.
PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%\([a-z_]+\)[sr]|%[sr]")
# gettext's customary plural rules (two forms), rather than CLDR's newer three for Spanish and
# Portuguese, whose extra form is for round millions written in words ("1 millón de monedas"):
# a count here is always written in digits.
PLURAL_RULES = {"es": "(n != 1)", "pt_BR": "(n > 1)", "de": "(n != 1)"}


def languages() -> list[str]:
    """The languages with catalogs (giftdesk.i18n.LANGUAGES lists those the app offers)."""
    return sorted(p.stem.removeprefix("giftdesk_") for p in I18N.glob("giftdesk_*.ts"))


def _tool(name: str) -> str:
    """A Qt tool from the virtual environment running this script, else from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(
            f"{name} not found: install PySide6-Essentials (resources/scripts/setup.sh)"
        )
    return found


# --- the window: Qt's .ts and .qm ------------------------------------------------------------


def lupdate(ts_files: list[Path]) -> None:
    """Extract the window's strings into `ts_files` (made if missing), keeping translations."""
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-extensions",
            "py",
            "-locations",
            "none",
            "-no-obsolete",
            str(PACKAGE / "ui"),
            "-ts",
            *map(str, ts_files),
        ],
        check=True,
        cwd=ROOT,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        cwd=ROOT,
    )


def ts_messages(ts_file: Path) -> Iterator[tuple[str, str, list[str], str | None]]:
    """(context, source, translations, type) of each message: type is None when finished,
    else "unfinished", "obsolete" or "vanished"; a plural message has one translation a form."""
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") if translation is not None else []
            texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
            yield name, message.findtext("source") or "", texts, translation.get("type")


# --- everything else: gettext's .po and .mo --------------------------------------------------


def text_template() -> Catalog:
    """The strings marked with _(), ngettext() and N_() outside the window."""
    template = Catalog(project="GiftDesk", creation_date=EPOCH, fuzzy=False)
    found = extract_from_dir(
        str(PACKAGE),
        method_map=[("ui/**.py", "ignore"), ("**.py", "python")],
        keywords=KEYWORDS,
    )
    for _filename, _line, message, _comments, _context in found:
        template.add(message)
    return template


def new_catalog(language: str) -> Catalog:
    catalog = Catalog(
        locale=language,
        project="GiftDesk",
        creation_date=EPOCH,
        revision_date=EPOCH,
        fuzzy=False,
    )
    if language in PLURAL_RULES:  # Babel's Catalog takes them from the header, or from CLDR
        catalog._num_plurals, catalog._plural_expr = 2, PLURAL_RULES[language]
    return catalog


def po_text(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=100, no_location=True, sort_output=True, include_previous=False)
    return out.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def read_catalog(po_file: Path, language: str) -> Catalog:
    with open(po_file, "rb") as f:
        return read_po(f, locale=language)


def updated_catalog(language: str, template: Catalog) -> Catalog:
    po_file = I18N / f"giftdesk_{language}.po"
    catalog = read_catalog(po_file, language) if po_file.exists() else new_catalog(language)
    catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
    catalog.obsolete.clear()  # a string gone from the code goes from the catalog too
    return catalog


def untranslated_text(catalog: Catalog) -> list[str]:
    missing = []
    for message in catalog:
        if not message.id:
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(strings):
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


# --- both ------------------------------------------------------------------------------------


def update(*, check: bool) -> int:
    """Update (or with `check`, only compare) every catalog; report; 1 if anything is out of
    date (check) or untranslated."""
    problems = 0
    template = text_template()
    with tempfile.TemporaryDirectory(prefix="giftdesk-i18n-") as scratch:
        work = Path(scratch)
        for language in languages():
            ts_file, qm_file = (I18N / f"giftdesk_{language}.{ext}" for ext in ("ts", "qm"))
            po_file, mo_file = (I18N / f"giftdesk_{language}.{ext}" for ext in ("po", "mo"))
            fresh_ts, fresh_qm = work / ts_file.name, work / qm_file.name
            shutil.copy(ts_file, fresh_ts)
            lupdate([fresh_ts])
            lrelease(fresh_ts, fresh_qm)
            catalog = updated_catalog(language, template)
            outputs = {
                ts_file: fresh_ts.read_bytes(),
                qm_file: fresh_qm.read_bytes(),
                po_file: po_text(catalog),
                mo_file: mo_bytes(catalog),
            }
            stale = [p for p, data in outputs.items() if not p.exists() or p.read_bytes() != data]
            if check:
                for path in stale:
                    print(f"out of date: {path.relative_to(ROOT)}")
                problems += len(stale)
            else:
                for path, data in outputs.items():
                    path.write_bytes(data)
            window = list(ts_messages(fresh_ts))
            window_missing = [f"{c}: {s}" for c, s, t, kind in window if kind or not all(t)]
            text_missing = untranslated_text(catalog)
            print(
                f"{language}: window {len(window) - len(window_missing)}/{len(window)} "
                f"translated, text {len(catalog) - len(text_missing)}/{len(catalog)}"
            )
            for line in window_missing:
                print(f"  untranslated (window) {line!r}")
            for line in text_missing:
                print(f"  untranslated (text) {line!r}")
            problems += len(window_missing) + len(text_missing)
    return 1 if problems else 0


def add_language(language: str) -> None:
    """Start catalogs for `language` (e.g. fr, pt_PT), then translate them and add it to
    giftdesk.i18n.LANGUAGES and FORMATTING."""
    ts_file = I18N / f"giftdesk_{language}.ts"
    if ts_file.exists():
        raise SystemExit(f"{ts_file.relative_to(ROOT)} exists already")
    lupdate([ts_file])
    (I18N / f"giftdesk_{language}.po").write_bytes(po_text(new_catalog(language)))


def placeholders(text: str) -> list[str]:
    """The `{name}` (or `%(name)s`, `%s`) fields of a template, sorted: a translation keeps
    them all."""
    return sorted(PLACEHOLDER.findall(text))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if stale")
    parser.add_argument("--add", metavar="LANG", help="start catalogs for a new language")
    args = parser.parse_args()
    if args.add:
        add_language(args.add)
    return update(check=args.check)


if __name__ == "__main__":
    sys.exit(main())

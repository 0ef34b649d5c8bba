#!/usr/bin/env python3
"""Write the .deb's /usr/share/doc/giftdesk/copyright (machine-readable, DEP-5) from what the
bundle really holds: `python copyright.py CONTENTS OUTPUT`, run by build.py in the .venv.

CONTENTS is the JSON the spec writes (bundle-contents.json): each library with the file it was
copied from, and the top-level Python modules. From it:

- the Python distributions whose modules or libraries are in the bundle, with their licence,
  holders and licence text as pip-licenses reads them from their installed metadata;
- Qt, inside the PySide6 wheel, with the LGPL's notice and where to get Qt's and PySide6's
  source;
- Python itself (its LICENSE.txt) and PyInstaller's bootloader (the executable);
- every library PyInstaller copied from the build machine's system, with the Debian package
  it came from and that package's own copyright file (python-debian reads the machine-readable
  ones for their licence and holders).

python-debian writes the file, so its syntax is DEP-5's.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import re
import subprocess
import sys
import sysconfig
from collections import defaultdict
from pathlib import Path

from debian import copyright as dep5

# python-debian says "Fixing Format URL" for each older Debian copyright file it reads.
logging.getLogger("debian").setLevel(logging.ERROR)

INTERNAL = "opt/giftdesk/_internal"
EXECUTABLE = "opt/giftdesk/giftdesk"
COMMON_LICENSES = "/usr/share/common-licenses"
# Short names as DEP-5 writes them, for the SPDX ones Python's metadata uses.
SHORT_NAMES = {
    "LGPL-3.0-only": "LGPL-3",
    "GPL-2.0-only": "GPL-2",
    "GPL-3.0-only": "GPL-3",
    "GPL-2.0-or-later": "GPL-2+",
    "Apache-2.0": "Apache-2.0",
    "Apache Software License": "Apache-2.0",
    "MIT License": "Expat",
    "MIT": "Expat",
    "BSD License": "BSD-3-clause",
    "BSD-3-Clause": "BSD-3-clause",
    "BSD-2-Clause": "BSD-2-clause",
    "Python Software Foundation License": "PSF-2.0",
    "Apache License, Version 2.0": "Apache-2.0",
}
# "Copyright (c) 2015 Name", "Copyright 2015 Name", "(c) 2015 Name": a year or a (c) must
# follow, so that a licence's own sentences ("copyright notice that is ...") are not taken.
COPYRIGHT_LINE = re.compile(r"^\s*(?:Copyright\s*(?:\(c\)|©)?|\(c\)|©)\s*(\d.+)$", re.IGNORECASE)
# Classifier names pip-licenses joins with "; " that say nothing of the terms.
VAGUE = {"Other/Proprietary License", "OSI Approved", "UNKNOWN"}


def short_name(license_: str) -> str:
    """A DEP-5 licence expression: 'LGPL-3.0-only OR GPL-2.0-only' -> 'LGPL-3 or GPL-2'."""
    named = [part for part in license_.split("; ") if part not in VAGUE] or ["other"]
    parts = re.split(r"\s+(AND|OR)\s+", " AND ".join(named))
    return " ".join(
        part.lower() if part in ("AND", "OR") else SHORT_NAMES.get(part, part.replace(" ", "-"))
        for part in parts
    )


def lines(text: str) -> str:
    """A field's value over several lines, as deb822 writes it: each line after the first
    indented."""
    return "\n ".join(line.strip() for line in text.strip().splitlines() if line.strip())


def holders(text: str, fallback: str) -> str:
    found = []
    for line in text.splitlines():
        match = COPYRIGHT_LINE.match(line)
        if match and len(found) < 12 and match.group(1).strip() not in found:
            found.append(match.group(1).strip().rstrip("."))
    return lines("\n".join(found) if found else fallback)


# Full texts Debian keeps in /usr/share/common-licenses, which a copyright file refers to
# rather than repeats (lintian's copyright-file-contains-full-*-license): the span from the
# title to the end of the terms.
FULL_TEXTS = {
    "Apache-2.0": r"Apache License\s+Version 2\.0, January 2004",
    "GPL-2": r"GNU GENERAL PUBLIC LICENSE\s+Version 2, June 1991",
    "GPL-3": r"GNU GENERAL PUBLIC LICENSE\s+Version 3, 29 June 2007",
}


def referring_to_common_licences(text: str) -> str:
    for name, title in FULL_TEXTS.items():
        text = re.sub(
            rf"\s*{title}.*?END OF TERMS AND CONDITIONS",
            f"\n\n[The full text of the {name} licence stood here: on Debian systems it is in "
            f"{COMMON_LICENSES}/{name}.]\n",
            text,
            flags=re.DOTALL,
        )
    return text


def licence_text(text: str) -> str:
    """Full text as a DEP-5 continuation: blank lines become '.'."""
    text = referring_to_common_licences(text)
    lines = [line.rstrip() for line in text.strip("\n").splitlines()]
    return "\n".join(line if line.strip() else "." for line in lines)


def distributions_of(contents: dict, site: Path) -> dict[str, dict[str, set[str]]]:
    """{distribution: {"modules": top-level modules, "files": bundle paths}}, from the modules
    the bundle imports and the libraries it copied out of site-packages."""
    owners = importlib.metadata.packages_distributions()
    found: dict[str, dict[str, set[str]]] = defaultdict(lambda: {"modules": set(), "files": set()})
    for module in contents["modules"]:
        for name in owners.get(module, []):
            found[name]["modules"].add(module)
    for dest, src in contents["binaries"]:
        path = Path(src)
        if site in path.parents:
            top = path.relative_to(site).parts[0]
            top = top.removesuffix(".libs").split(".")[0]
            for name in owners.get(top, []):
                found[name]["files"].add(f"{INTERNAL}/{Path(dest).parts[0]}")
    return found


def pip_licenses(names: list[str]) -> list[dict]:
    output = subprocess.run(
        [Path(sys.executable).parent / "pip-licenses", "--format=json", "--with-authors",
         "--with-urls", "--with-license-file", "--no-license-path", "--packages", *names],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return json.loads(output)


def python_paragraphs(found: dict) -> list[dep5.FilesParagraph]:
    paragraphs = []
    for info in pip_licenses(sorted(found)):
        name = info["Name"]
        where = next(v for k, v in found.items() if normalized(k) == normalized(name))
        files = sorted(where["files"] | {f"{INTERNAL}/{m}/*" for m in where["modules"]})
        text = info["LicenseText"] if info["LicenseText"] not in ("", "UNKNOWN") else ""
        licence = short_name(info["License"])
        paragraph = dep5.FilesParagraph.create(
            files or [f"{INTERNAL}/{name}/*"],
            holders(text, info["Author"] if info["Author"] != "UNKNOWN" else f"the {name} authors"),
            dep5.License(licence, licence_text(text) if text else common_licence_text(licence)),
        )
        paragraph.comment = lines(
            f"{name} {info['Version']} ({info['URL']}). Its Python modules are compiled into "
            f"the archive inside {EXECUTABLE}; the paths here are where its libraries and "
            "data are."
        )
        paragraphs.append(paragraph)
    return paragraphs


def normalized(name: str) -> str:
    """A distribution's name as PEP 503 compares them: PySide6_Essentials = pyside6-essentials."""
    return re.sub(r"[-_.]+", "-", name).lower()


def common_licence_text(licence: str) -> str:
    names = re.findall(r"(?:L?GPL-[23]|Apache-2\.0)", licence)
    return (
        "\n".join(
            f"On Debian systems the full text of the {n} licence is in {COMMON_LICENSES}/{n}."
            for n in dict.fromkeys(names)
        )
        or f"The distribution's metadata names the licence {licence}."
    )


def qt_paragraph() -> dep5.FilesParagraph:
    import PySide6

    version = PySide6.__version__
    series = ".".join(version.split(".")[:2])
    paragraph = dep5.FilesParagraph.create(
        [f"{INTERNAL}/PySide6/Qt/*", f"{INTERNAL}/libQt6*"],
        "The Qt Company Ltd. and other contributors",
        dep5.License(
            "LGPL-3",
            "Qt is free software: you can redistribute it and/or modify it under the terms of\n"
            "the GNU Lesser General Public License version 3 as published by the Free\n"
            "Software Foundation. It is distributed in the hope that it will be useful, but\n"
            "WITHOUT ANY WARRANTY; without even the implied warranty of MERCHANTABILITY or\n"
            "FITNESS FOR A PARTICULAR PURPOSE. See the GNU Lesser General Public License.\n"
            ".\n"
            "On Debian systems the full text of the LGPL version 3 is in\n"
            f"{COMMON_LICENSES}/LGPL-3, and of the GPL version 3, which it supplements, in\n"
            f"{COMMON_LICENSES}/GPL-3.\n"
            ".\n"
            "You may replace these libraries with your own build of the same Qt version: the\n"
            "bundle loads them from this folder.",
        ),
    )
    paragraph.comment = lines(
        f"Qt {version}, as the PySide6-Essentials {version} wheel ships it.\n"
        f"Qt's source: https://download.qt.io/official_releases/qt/{series}/{version}/src/ "
        "(and https://code.qt.io/cgit/qt/).\n"
        "PySide6's and shiboken6's source: https://download.qt.io/official_releases/QtForPython/"
        f"pyside6/ (PySide6-{version}-src) and https://code.qt.io/cgit/pyside/pyside-setup.git/"
        f" (tag v{version})."
    )
    return paragraph


def python_itself() -> dep5.FilesParagraph:
    text = Path(sysconfig.get_paths()["stdlib"], "LICENSE.txt").read_text(encoding="utf-8")
    version = ".".join(map(str, sys.version_info[:3]))
    paragraph = dep5.FilesParagraph.create(
        [f"{INTERNAL}/libpython*", f"{INTERNAL}/python3*/*", f"{INTERNAL}/base_library.zip"],
        "2001-2024 Python Software Foundation",
        dep5.License("PSF-2.0", licence_text(text)),
    )
    paragraph.comment = f"Python {version}, its standard library and extension modules."
    return paragraph


def bootloader() -> dep5.FilesParagraph:
    dist = importlib.metadata.distribution("pyinstaller")
    text = next(f for f in dist.files or [] if f.name == "COPYING.txt").read_text()
    paragraph = dep5.FilesParagraph.create(
        [EXECUTABLE],
        lines("2010-2024 PyInstaller Development Team\n2005-2009 Giovanni Bajo"),
        dep5.License("GPL-2+ with PyInstaller-bootloader exception", licence_text(text)),
    )
    paragraph.comment = lines(
        f"PyInstaller {dist.version}'s bootloader, which starts the bundled Python; its "
        "exception allows bundling any program with it. Source: https://github.com/pyinstaller/pyinstaller"
    )
    return paragraph


def debian_package(src: str) -> str | None:
    real = Path(src).resolve()
    for path in {str(real), str(real).removeprefix("/usr"), src}:
        result = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True)
        if result.returncode == 0:
            return result.stdout.split(":")[0]
    return None


def system_paragraphs(contents: dict, site: Path) -> list[dep5.FilesParagraph]:
    """The libraries copied from the system, grouped by the Debian package they came from."""
    prefix = Path(sys.base_prefix).resolve()
    by_package: dict[str, list[str]] = defaultdict(list)
    for dest, src in contents["binaries"]:
        path = Path(src).resolve()
        if site in Path(src).parents or prefix in path.parents or not is_elf(path):
            continue
        package = debian_package(src)
        if package is None:
            sys.exit(f"copyright.py: {src} is in the bundle, but no Debian package has it")
        by_package[package].append(f"{INTERNAL}/{dest}")
    paragraphs = []
    for package, files in sorted(by_package.items()):
        paragraphs.append(debian_paragraph(package, sorted(files)))
    return paragraphs


def is_elf(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def debian_paragraph(package: str, files: list[str]) -> dep5.FilesParagraph:
    source = Path("/usr/share/doc", package.split(":")[0], "copyright")
    version = subprocess.run(
        ["dpkg-query", "-W", "-f", "${Version}", package], capture_output=True, text=True
    ).stdout
    text = source.read_text(encoding="utf-8", errors="replace")
    licence = "other"
    holder = holders(text, "See the licence text below (the package's copyright file).")
    try:
        parsed = dep5.Copyright(text.splitlines(keepends=True), strict=False)
        header = parsed.find_files_paragraph("any-file") or next(
            iter(parsed.all_files_paragraphs()), None
        )
        if header is not None and header.license is not None:
            licence = short_name(header.license.synopsis)
            holder = lines(header.copyright or holder)
    except (dep5.NotMachineReadableError, dep5.MachineReadableFormatError, ValueError):
        pass
    paragraph = dep5.FilesParagraph.create(
        files, holder, dep5.License(licence or "other", licence_text(text))
    )
    paragraph.comment = lines(
        f"Copied from Debian's {package} {version}; the licence text below is that package's "
        "copyright file, whose source is at https://sources.debian.org/."
    )
    return paragraph


def main(contents_path: str, output: str) -> int:
    contents = json.loads(Path(contents_path).read_text(encoding="utf-8"))
    site = Path(sysconfig.get_paths()["purelib"])
    found = distributions_of(contents, site)
    found.pop("giftdesk", None)
    for name in ("PySide6_Essentials", "PySide6-Essentials"):
        found.pop(name, None)
    found["PySide6_Essentials"] = {"modules": {"PySide6"}, "files": set()}
    mit = (Path(__file__).resolve().parents[2] / "LICENSE").read_text(encoding="utf-8")
    document = dep5.Copyright()
    document.header.upstream_name = "GiftDesk"
    document.header.upstream_contact = ["The GiftDesk team <giftdesk@example.org>"]
    document.add_files_paragraph(
        dep5.FilesParagraph.create(
            ["*"], "The GiftDesk team", dep5.License("Expat", licence_text(mit))
        )
    )
    for paragraph in [
        bootloader(),
        python_itself(),
        *python_paragraphs(found),
        qt_paragraph(),
        *system_paragraphs(contents, site),
    ]:
        document.add_files_paragraph(paragraph)
    Path(output).write_text(document.dump(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

#!/usr/bin/env python3
"""Build GiftDesk's Linux installer: `python3 resources/packaging/build.py [--version VERSION]`.

It freezes the app with PyInstaller (giftdesk.spec) into a one-folder bundle, lays out a Debian
package root around it and packs dist/giftdesk_<version>_<arch>.deb with dpkg-deb (xz, which
every dpkg and lintian reads; zstd only the newer ones):

    /opt/giftdesk/                     the bundle; its executable is /opt/giftdesk/giftdesk
    /usr/bin/giftdesk                  a link to it
    /usr/share/applications/org.example.GiftDesk.desktop   (resources/giftdesk.desktop)
    /usr/share/metainfo/org.example.GiftDesk.metainfo.xml  AppStream, the same id
    /usr/share/icons/hicolor/<N>x<N>/apps/giftdesk.png (and scalable/apps/giftdesk.svg)
    /usr/share/doc/giftdesk/copyright  DEP-5, made from the bundle's contents (copyright.py)
    /usr/share/doc/giftdesk/changelog.gz            from resources/packaging/changelog
    /usr/share/man/man1/giftdesk.1.gz  made from the real argument parser (argparse-manpage)
    /usr/share/lintian/overrides/giftdesk           what a bundled app cannot avoid

The version is pyproject.toml's, and the changelog's newest entry must name it. `--version V`
builds the same source as a higher version V (fresh-root.sh's upgrade test builds
<version>+upgradetest1): the bundle's `giftdesk --version` (its copy of giftdesk's metadata,
stamped by giftdesk.spec), the control file and the manual page say V, and the package's
changelog has an entry for V on top that says it is the same source. PyInstaller
runs in the project's .venv, first brought up to date with pyproject.toml and its `package`
extra. The Debian tools (dpkg-deb, objdump from binutils, patchelf) must be installed;
resources/packaging/ci-smoke.sh installs them.
"""

from __future__ import annotations

import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "resources" / "packaging"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NAME = "giftdesk"
APP_ID = "org.example.GiftDesk"  # AppStream's id, reverse-DNS (example.org: no public home yet)
# xz's level for the .deb: of 228 MB, level 1 makes 69 MB in 35 s on two cores, level 6 (xz's
# default) 60 MB in 160 s; zstd made 82 MB but this Debian's lintian cannot read it.
XZ_LEVEL = 1
# What --version accepts: a release number with an optional local part (0.1.0+test1), which
# dpkg and Python's packaging (PEP 440) both read and order the same way.
VERSION = re.compile(r"[0-9]+(\.[0-9]+)*(\+[a-z0-9]+(\.[a-z0-9]+)*)?")


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def check_tools() -> None:
    missing = [tool for tool in ("dpkg-deb", "objdump", "patchelf") if shutil.which(tool) is None]
    if missing:
        sys.exit(
            f"build.py: missing {', '.join(missing)}; "
            "install them with: apt-get install dpkg binutils patchelf"
        )


def ensure_venv() -> None:
    """A .venv with PyInstaller and GiftDesk as pyproject.toml has it now: its dependencies, and
    its metadata at this version (the bundle copies it for giftdesk.__version__). And psycopg
    (the postgres extra), whatever extras the .venv was first made with (setup.sh, or setup.sh
    --test): the packaged app reaches a community's server (docs/community.md), and ci-smoke.sh
    fails a bundle that cannot."""
    if not VENV_PYTHON.exists():
        run("bash", ROOT / "resources" / "scripts" / "setup.sh")
    run(VENV_PYTHON, "-m", "pip", "install", "-q", "-e", f"{ROOT}[package,postgres]")


def build_bundle(version: str) -> Path:
    run(
        VENV_PYTHON,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--workpath",
        BUILD / "pyinstaller",
        "--distpath",
        BUILD / "bundle",
        PACKAGING / "giftdesk.spec",
        "--",
        "--version",
        version,
    )
    return BUILD / "bundle" / NAME


def elf_files(folder: Path):
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as f:
                if f.read(4) == b"\x7fELF":
                    yield path


def glibc_needed(bundle: Path) -> str:
    """The newest glibc symbol version any binary in the bundle asks for, e.g. '2.35'."""
    versions = set()
    for path in elf_files(bundle):
        dump = run("objdump", "-T", path, capture_output=True, text=True).stdout
        versions.update(re.findall(r"\bGLIBC_(\d+\.\d+(?:\.\d+)?)\b", dump))
    return max(versions, key=lambda v: tuple(map(int, v.split("."))))


def clean_bundle(bundle: Path) -> None:
    """No path of the build machine's in the bundle: a RUNPATH into the Python it was built
    with (a pyenv's lib folder: the bundle finds its libraries itself), the editable
    install's direct_url.json. $ORIGIN-relative RUNPATHs (Qt's) stay."""
    for path in elf_files(bundle):
        runpath = run("patchelf", "--print-rpath", path, capture_output=True, text=True)
        entries = [e for e in runpath.stdout.strip().split(":") if e]
        kept = [e for e in entries if e.startswith("$ORIGIN")]
        if kept != entries:
            if kept:
                run("patchelf", "--set-rpath", ":".join(kept), path)
            else:
                run("patchelf", "--remove-rpath", path)
    for path in bundle.glob("_internal/*.dist-info/direct_url.json"):
        path.unlink()


def is_shared_library(path: Path) -> bool:
    return path.suffix == ".so" or ".so." in path.name


def architecture() -> str:
    return run("dpkg", "--print-architecture", capture_output=True, text=True).stdout.strip()


def lay_out(bundle: Path, root: Path) -> None:
    """The package's files under root, with the modes dpkg expects."""
    if root.exists():
        shutil.rmtree(root)
    shutil.copytree(bundle, root / "opt" / NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / NAME).symlink_to(f"/opt/{NAME}/{NAME}")
    resources = ROOT / "resources"
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    # Software centres match the AppStream metainfo to the launcher by this id.
    shutil.copyfile(resources / f"{NAME}.desktop", applications / f"{APP_ID}.desktop")
    metainfo = root / "usr" / "share" / "metainfo"
    metainfo.mkdir(parents=True)
    shutil.copyfile(resources / f"{APP_ID}.metainfo.xml", metainfo / f"{APP_ID}.metainfo.xml")
    theme = root / "usr" / "share" / "icons" / "hicolor"
    shutil.copytree(resources / "icons" / "hicolor", theme)
    (theme / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(
        resources / "icons" / f"{NAME}.svg", theme / "scalable" / "apps" / f"{NAME}.svg"
    )
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            # Libraries are loaded, not run: 0644, as Debian's policy has it.
            executable = path.is_dir() or (os.access(path, os.X_OK) and not is_shared_library(path))
            path.chmod(0o755 if executable else 0o644)


def package_changelog(version: str) -> str:
    """The package's changelog: resources/packaging/changelog, whose newest entry must be
    pyproject.toml's version, with an entry on top for a higher version build.py was asked
    for (dated now, or just after that entry if the clock is behind it)."""
    changelog = (PACKAGING / "changelog").read_text(encoding="utf-8")
    project = project_version()
    newest = re.match(rf"{NAME} \(([^)]+)\)", changelog)
    if newest is None or newest.group(1) != project:
        sys.exit(
            f"build.py: resources/packaging/changelog's newest entry is not {project}: "
            "add one for it"
        )
    if version == project:
        return changelog
    higher = subprocess.run(["dpkg", "--compare-versions", version, "gt", project])
    if higher.returncode != 0:
        sys.exit(f"build.py: --version {version} is not higher than {project}")
    maintainer = re.search(r"^ -- (.+?>)  ", changelog, re.MULTILINE)
    if maintainer is None:
        sys.exit("build.py: resources/packaging/changelog's newest entry has no ' -- ' line")
    now = int(os.environ.get("SOURCE_DATE_EPOCH", time.time()))
    built = datetime.fromtimestamp(max(now, changelog_epoch(changelog) + 1), UTC)
    entry = (
        f"{NAME} ({version}) unstable; urgency=medium\n\n"
        f"  * {project}'s source, built as {version} (build.py --version).\n\n"
        f" -- {maintainer.group(1)}  {format_datetime(built)}\n\n"
    )
    return entry + changelog


def add_documents(root: Path, *, version: str, contents: Path) -> None:
    """copyright, changelog.gz, the manual page and lintian's overrides, under root."""
    doc = root / "usr" / "share" / "doc" / NAME
    doc.mkdir(parents=True)
    run(VENV_PYTHON, PACKAGING / "copyright.py", contents, doc / "copyright")
    changelog = package_changelog(version)
    write_gzip(doc / "changelog.gz", changelog.encode("utf-8"))
    man = root / "usr" / "share" / "man" / "man1"
    man.mkdir(parents=True)
    page = run(
        VENV_PYTHON.parent / "argparse-manpage",
        "--module", "giftdesk.cli.parser", "--function", "build_parser",
        "--project-name", "GiftDesk", "--prog", NAME, "--version", version,
        "--description", "desktop wallet and gift app for a virtual gift economy",
        "--author", "The GiftDesk team", "--manual-title", "GiftDesk manual",
        "--include", PACKAGING / "giftdesk.1.include",
        capture_output=True, env=english_environment(changelog),
    ).stdout  # fmt: skip
    write_gzip(man / f"{NAME}.1.gz", page)
    overrides = root / "usr" / "share" / "lintian" / "overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(PACKAGING / "lintian-overrides", overrides / NAME)


def english_environment(changelog: str) -> dict[str, str]:
    """The manual page in English, dated by the changelog (reproducible builds' variable)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LC_ALL="C.UTF-8", SOURCE_DATE_EPOCH=str(changelog_epoch(changelog)))
    return env


def changelog_epoch(changelog: str) -> int:
    """The date of the changelog's newest entry, in seconds since 1970."""
    date = re.search(r"^ -- .+?>  (.+)$", changelog, re.MULTILINE)
    return int(parsedate_to_datetime(date.group(1)).timestamp()) if date else 0


def write_gzip(path: Path, data: bytes) -> None:
    """gzip -9n: no name, no time stamp, so the same input makes the same bytes."""
    with (
        open(path, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as f,
    ):
        f.write(data)


def write_control(root: Path, *, version: str, arch: str, glibc: str) -> None:
    size_kib = sum(p.lstat().st_size for p in root.rglob("*") if not p.is_dir()) // 1024 + 1
    template = (PACKAGING / "control.in").read_text(encoding="utf-8")
    template = "".join(
        line for line in template.splitlines(keepends=True) if not line.startswith("#")
    )
    control = Template(template).substitute(
        version=version, architecture=arch, installed_size=size_kib, glibc=glibc
    )
    (root / "DEBIAN").mkdir(mode=0o755)
    (root / "DEBIAN" / "control").write_text(control, encoding="utf-8")


def folder_size(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir())


def parse_arguments(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="build.py", description="Build GiftDesk's .deb.")
    parser.add_argument(
        "--version",
        help="build this version instead of pyproject.toml's: higher than it, digits and dots "
        "with an optional +local part, e.g. 0.1.0+test1",
    )
    arguments = parser.parse_args(argv)
    if arguments.version is not None and not VERSION.fullmatch(arguments.version):
        parser.error(f"--version {arguments.version!r}: digits and dots, then optionally +local")
    return arguments


def main(argv: list[str]) -> int:
    started = time.monotonic()
    version = parse_arguments(argv).version or project_version()
    check_tools()
    package_changelog(version)  # a version it cannot take stops the build before PyInstaller
    ensure_venv()
    bundle = build_bundle(version)
    clean_bundle(bundle)
    arch = architecture()
    root = BUILD / "deb" / f"{NAME}_{version}_{arch}"
    lay_out(bundle, root)
    add_documents(
        root, version=version, contents=BUILD / "pyinstaller" / NAME / "bundle-contents.json"
    )
    write_control(root, version=version, arch=arch, glibc=glibc_needed(bundle))
    DIST.mkdir(exist_ok=True)
    deb = DIST / f"{NAME}_{version}_{arch}.deb"
    run(
        "dpkg-deb", "--root-owner-group", "-Zxz", f"-z{XZ_LEVEL}", "--threads-max=2",
        "--build", root, deb, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    print(
        f"build.py: {deb.relative_to(ROOT)}: {deb.stat().st_size / 2**20:.1f} MB "
        f"(bundle {folder_size(bundle) / 2**20:.1f} MB) in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

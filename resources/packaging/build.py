#!/usr/bin/env python3
"""Build GiftDesk's Linux installer: `python3 resources/packaging/build.py`.

It freezes the app with PyInstaller (giftdesk.spec) into a one-folder bundle, lays out a Debian
package root around it and packs dist/giftdesk_<version>_<arch>.deb with dpkg-deb (zstd):

    /opt/giftdesk/                     the bundle; its executable is /opt/giftdesk/giftdesk
    /usr/bin/giftdesk                  a link to it
    /usr/share/applications/giftdesk.desktop
    /usr/share/icons/hicolor/<N>x<N>/apps/giftdesk.png (and scalable/apps/giftdesk.svg)

The version is pyproject.toml's. PyInstaller runs in the project's .venv, first brought up to
date with pyproject.toml and its `package` extra. The Debian tools (dpkg-deb, zstd, objdump from
binutils) must be installed; resources/packaging/ci-smoke.sh installs them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from string import Template

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "resources" / "packaging"
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
BUILD = ROOT / "build"
DIST = ROOT / "dist"
NAME = "giftdesk"


def project_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], check=True, **kwargs)


def check_tools() -> None:
    missing = [tool for tool in ("dpkg-deb", "zstd", "objdump") if shutil.which(tool) is None]
    if missing:
        sys.exit(
            f"build.py: missing {', '.join(missing)}; "
            "install them with: apt-get install dpkg zstd binutils"
        )


def ensure_venv() -> None:
    """A .venv with PyInstaller and GiftDesk as pyproject.toml has it now: its dependencies, and
    its metadata at this version (the bundle copies it for giftdesk.__version__)."""
    if not VENV_PYTHON.exists():
        run("bash", ROOT / "resources" / "scripts" / "setup.sh")
    run(VENV_PYTHON, "-m", "pip", "install", "-q", "-e", f"{ROOT}[package]")


def build_bundle() -> Path:
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
    shutil.copyfile(resources / f"{NAME}.desktop", applications / f"{NAME}.desktop")
    theme = root / "usr" / "share" / "icons" / "hicolor"
    shutil.copytree(resources / "icons" / "hicolor", theme)
    (theme / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(
        resources / "icons" / f"{NAME}.svg", theme / "scalable" / "apps" / f"{NAME}.svg"
    )
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink():
            executable = path.is_dir() or os.access(path, os.X_OK)
            path.chmod(0o755 if executable else 0o644)


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


def main() -> int:
    started = time.monotonic()
    check_tools()
    version = project_version()
    ensure_venv()
    bundle = build_bundle()
    arch = architecture()
    root = BUILD / "deb" / f"{NAME}_{version}_{arch}"
    lay_out(bundle, root)
    write_control(root, version=version, arch=arch, glibc=glibc_needed(bundle))
    DIST.mkdir(exist_ok=True)
    deb = DIST / f"{NAME}_{version}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zzstd", "--build", root, deb, stdout=subprocess.DEVNULL)
    print(
        f"build.py: {deb.relative_to(ROOT)}: {deb.stat().st_size / 2**20:.1f} MB "
        f"(bundle {folder_size(bundle) / 2**20:.1f} MB) in {time.monotonic() - started:.0f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What build.py puts in the .deb besides the bundle: version, control file, launcher."""

from __future__ import annotations

import importlib.util
import re
import tomllib
from importlib.metadata import version as installed_version
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "resources" / "packaging"


@pytest.fixture(scope="module")
def build():
    spec = importlib.util.spec_from_file_location("giftdesk_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_version_is_pyprojects_and_the_apps(build):
    with open(REPO / "pyproject.toml", "rb") as f:
        pyproject_version = tomllib.load(f)["project"]["version"]
    assert build.project_version() == pyproject_version == installed_version("giftdesk")


def test_the_control_file_names_the_package_and_what_it_needs(build, tmp_path):
    root = tmp_path / "root"
    (root / "opt").mkdir(parents=True)
    (root / "opt" / "file").write_bytes(b"x" * 5000)

    build.write_control(root, version="1.2.3", arch="amd64", glibc="2.34")

    control = (root / "DEBIAN" / "control").read_text(encoding="utf-8")
    fields = dict(re.findall(r"^([A-Za-z-]+): (.*)$", control, re.MULTILINE))
    assert fields["Package"] == "giftdesk" and fields["Version"] == "1.2.3"
    assert fields["Architecture"] == "amd64" and fields["Installed-Size"] == "5"
    assert re.fullmatch(r".+ <[^@\s]+@[^@\s]+>", fields["Maintainer"])
    assert fields["Description"]
    depends = [alt.strip() for alt in fields["Depends"].split(",")]
    for needed in ("libc6 (>= 2.34)", "libgl1", "libegl1", "libfontconfig1", "fonts-dejavu-core"):
        assert needed in depends
    assert "$" not in control and "#" not in control
    assert control.endswith("\n") and "\n\n" not in control


def test_the_shipped_launcher_is_valid(validate_desktop_file):
    validate_desktop_file(REPO / "resources" / "giftdesk.desktop")

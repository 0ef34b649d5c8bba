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


def test_the_package_changelog_is_the_file_at_pyprojects_version(build):
    changelog = build.package_changelog(build.project_version())

    assert changelog == (PACKAGING / "changelog").read_text(encoding="utf-8")


def test_a_higher_version_gets_a_changelog_entry_on_top(build, monkeypatch):
    project = build.project_version()
    file = (PACKAGING / "changelog").read_text(encoding="utf-8")
    later = build.changelog_epoch(file) + 86_400
    monkeypatch.setenv("SOURCE_DATE_EPOCH", str(later))

    changelog = build.package_changelog(f"{project}+test1")

    assert changelog.endswith(file)
    entry = changelog.removesuffix(file).splitlines()
    assert entry[0] == f"giftdesk ({project}+test1) unstable; urgency=medium"
    assert entry[2] == f"  * {project}'s source, built as {project}+test1 (build.py --version)."
    assert entry[4].startswith(" -- The GiftDesk team <giftdesk@example.org>  ")
    assert entry[5] == ""
    assert build.changelog_epoch(changelog) == later


def test_the_new_entry_is_never_older_than_the_one_below(build, monkeypatch):
    file = (PACKAGING / "changelog").read_text(encoding="utf-8")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "0")  # a clock behind the changelog

    changelog = build.package_changelog(f"{build.project_version()}+test1")

    assert build.changelog_epoch(changelog) == build.changelog_epoch(file) + 1


def test_a_version_not_higher_than_pyprojects_is_refused(build):
    with pytest.raises(SystemExit, match="not higher"):
        build.package_changelog("0")


@pytest.mark.parametrize("version", ["0.1.0-1", "0.1.0~rc1", "0.1.0rc1", "0.1.0+Test1", "v1", ""])
def test_build_takes_only_versions_dpkg_and_python_order_alike(build, version):
    with pytest.raises(SystemExit):
        build.parse_arguments(["--version", version])


def test_build_takes_a_release_with_a_local_part(build):
    assert build.parse_arguments(["--version", "0.2.0+test1.2"]).version == "0.2.0+test1.2"
    assert build.parse_arguments([]).version is None


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

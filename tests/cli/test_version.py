"""`giftdesk --version`: pyproject.toml's version, on stdout, exit 0, on the top level only.

In this process (the `cli` fixture), and once as a real process, as a packager runs it.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from giftdesk.app import window_options

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def pyproject_version() -> str:
    with open(PYPROJECT, "rb") as f:
        return tomllib.load(f)["project"]["version"]


@pytest.mark.no_database
def test_version_prints_the_projects_version(cli):
    r = cli.raw("--version")
    assert (r.code, r.out, r.err) == (0, f"giftdesk {pyproject_version()}\n", "")


@pytest.mark.no_database
def test_version_is_not_an_option_of_a_command(cli):
    r = cli.raw("verify", "--version")
    assert r.code == 2 and "--version" in r.err


@pytest.mark.no_database
def test_the_help_lists_version(cli):
    assert "--version" in cli.raw("--help").out


def test_version_goes_to_the_full_parser():
    assert window_options(["--version"]) is None


@pytest.mark.parametrize("language", ["C", "de_DE.UTF-8"])
def test_version_as_a_process_in_any_locale(language, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "giftdesk", "--version"],
        env={"LANG": language, "LC_ALL": language, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (result.returncode, result.stdout, result.stderr) == (
        0,
        f"giftdesk {pyproject_version()}\n",
        "",
    )

"""Helpers for the packaging tests: the repository's paths and desktop-file-validate."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def validate_desktop_file():
    """Check a .desktop file with desktop-file-validate (resources/scripts/setup.sh --test
    installs desktop-file-utils)."""
    tool = shutil.which("desktop-file-validate")
    assert tool is not None, "desktop-file-validate is missing: apt-get install desktop-file-utils"

    def validate(path: Path) -> None:
        result = subprocess.run([tool, str(path)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr

    return validate

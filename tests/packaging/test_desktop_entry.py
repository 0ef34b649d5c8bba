"""`giftdesk --install-desktop-entry`: a valid launcher and the icons, in the user's XDG folders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from giftdesk import desktop_entry
from giftdesk.app import main

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons" / "hicolor"
SIZES = [f"{n}x{n}" for n in (16, 24, 32, 48, 64, 128, 256, 512)]


def desktop_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def install_in_child(command: list[str], home: Path, *args: str, data_home: Path | None = None):
    """Run `COMMAND --install-desktop-entry ARGS` with HOME (and XDG_DATA_HOME) set."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env["HOME"] = str(home)
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return subprocess.run(
        [*command, "--install-desktop-entry", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_writes_a_valid_launcher_and_every_icon_size(
    tmp_path, monkeypatch, capsys, validate_desktop_file
):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))

    assert main(["--install-desktop-entry"]) == 0

    launcher = tmp_path / "share" / "applications" / "giftdesk.desktop"
    validate_desktop_file(launcher)
    keys = desktop_keys(launcher)
    assert keys["Name"] == "GiftDesk" and keys["Icon"] == "giftdesk"
    assert keys["Type"] == "Application" and "Office" in keys["Categories"].split(";")
    for size in SIZES:
        installed = tmp_path / "share" / "icons" / "hicolor" / size / "apps" / "giftdesk.png"
        assert installed.read_bytes() == (ICONS / size / "apps" / "giftdesk.png").read_bytes()
    assert str(launcher) in capsys.readouterr().out


def test_without_xdg_data_home_it_uses_the_home_folder(tmp_path):
    result = install_in_child([sys.executable, "-m", "giftdesk"], tmp_path)

    assert result.returncode == 0, result.stderr
    home = tmp_path
    assert (home / ".local" / "share" / "applications" / "giftdesk.desktop").is_file()
    assert (
        home / ".local" / "share" / "icons" / "hicolor" / "48x48" / "apps" / "giftdesk.png"
    ).is_file()


def test_exec_is_the_giftdesk_script_that_ran(tmp_path, validate_desktop_file):
    script = Path(sysconfig.get_path("scripts")) / "giftdesk"
    assert script.is_file(), "the test environment installs GiftDesk (pip install -e .)"

    result = install_in_child([str(script)], tmp_path, data_home=tmp_path / "share")

    assert result.returncode == 0, result.stderr
    launcher = tmp_path / "share" / "applications" / "giftdesk.desktop"
    validate_desktop_file(launcher)
    assert desktop_keys(launcher)["Exec"] == str(script)


def test_started_as_a_module_exec_runs_the_module_with_this_python(tmp_path):
    result = install_in_child(
        [sys.executable, "-m", "giftdesk"], tmp_path, "--json", data_home=tmp_path / "share"
    )

    assert result.returncode == 0, result.stderr
    written = json.loads(result.stdout)
    assert set(written) == {"desktop_file", "icon_theme", "icons"}
    assert len(written["icons"]) == len(SIZES)
    assert desktop_keys(Path(written["desktop_file"]))["Exec"] == f"{sys.executable} -m giftdesk"


@pytest.mark.parametrize("path", ["/opt/Gift Desk/giftdesk", '/home/a$b/100%/gift"desk'])
def test_exec_quotes_paths_as_the_spec_says(tmp_path, path, validate_desktop_file):
    launcher = tmp_path / "giftdesk.desktop"
    launcher.write_text(desktop_entry.desktop_entry([path]), encoding="utf-8")

    validate_desktop_file(launcher)
    exec_line = desktop_keys(launcher)["Exec"]
    assert exec_line.startswith('"') and exec_line.endswith('"')
    assert "%" not in path or "%%" in exec_line


def test_a_folder_that_cannot_be_written_is_one_error_line(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))

    assert main(["--install-desktop-entry"]) == 1

    err = capsys.readouterr().err
    assert (
        err.startswith("giftdesk: error: cannot install the desktop entry") and err.count("\n") == 1
    )

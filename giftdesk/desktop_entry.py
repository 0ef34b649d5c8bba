"""`giftdesk --install-desktop-entry`: put GiftDesk in the user's applications menu.

For pip installs, which have no .deb to do it. Follows the XDG specifications: the launcher goes
to $XDG_DATA_HOME/applications (default ~/.local/share/applications) and the icon, in each PNG
size, to $XDG_DATA_HOME/icons/hicolor/<N>x<N>/apps. Running it again replaces both, so it also
repairs an entry whose executable moved.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

from platformdirs import user_data_path

from giftdesk.cli.output import fail
from giftdesk.i18n import _, ngettext
from giftdesk.resources import resource_path

DESKTOP_FILE = "giftdesk.desktop"
ICON_FILE = "giftdesk.png"

# Characters that make an Exec argument need quoting (Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def launcher_command() -> list[str]:
    """The command that starts the GiftDesk that is running now."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    script = Path(sys.argv[0])
    if script.name == "giftdesk" and script.is_file():  # pip's `giftdesk` script
        return [str(script.absolute())]
    return [sys.executable, "-m", "giftdesk"]  # started as `python -m giftdesk`


def exec_value(command: list[str]) -> str:
    """An Exec= value: reserved characters quoted, % doubled, then escaped as a desktop string."""
    quoted = []
    for arg in command:
        if any(ch in _RESERVED for ch in arg):
            arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
        quoted.append(arg.replace("%", "%%"))
    return " ".join(quoted).replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """The shipped .desktop file with Exec pointing at `command`."""
    template = resource_path(DESKTOP_FILE).read_text(encoding="utf-8")
    return "".join(
        f"Exec={exec_value(command)}\n" if line.startswith("Exec=") else line
        for line in template.splitlines(keepends=True)
    )


def install(data_home: Path | None = None) -> dict:
    """Write the launcher and icons under data_home (the XDG data folder); say what was written."""
    data_home = data_home or user_data_path()
    theme = data_home / "icons" / "hicolor"
    icons = []
    for source in sorted(resource_path("icons", "hicolor").glob(f"*/apps/{ICON_FILE}")):
        target = theme / source.relative_to(source.parents[2])  # <N>x<N>/apps/giftdesk.png
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        icons.append(str(target))
    # An icon cache counts as stale once its theme folder's mtime moves; menus watch applications/.
    os.utime(theme)
    launcher = data_home / "applications" / DESKTOP_FILE
    launcher.parent.mkdir(parents=True, exist_ok=True)
    launcher.write_text(desktop_entry(launcher_command()), encoding="utf-8")
    return {"desktop_file": str(launcher), "icon_theme": str(theme), "icons": icons}


def main(*, as_json: bool) -> int:
    if sys.platform in ("win32", "darwin"):
        return fail(
            _("desktop entries are for Linux desktops; use the GiftDesk installer instead"),
            2,
            as_json,
        )
    try:
        written = install()
    except OSError as e:
        return fail(_("cannot install the desktop entry: {reason}").format(reason=e), 1, as_json)
    if as_json:
        sys.stdout.write(json.dumps(written) + "\n")
    else:
        installed = _("GiftDesk is in your applications menu: {path}").format(
            path=written["desktop_file"]
        )
        icon = ngettext(
            "Its icon, in {count} size: {path}",
            "Its icon, in {count} sizes: {path}",
            len(written["icons"]),
        ).format(count=len(written["icons"]), path=written["icon_theme"])
        sys.stdout.write(f"{installed}\n{icon}\n")
    return 0

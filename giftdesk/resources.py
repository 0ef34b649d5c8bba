"""The one place that knows where GiftDesk's resources (rules, artwork, style) live.

Three layouts: a source checkout or editable install (`<repo>/resources`), an installed wheel
(`giftdesk/resources`, put there by the build), and a PyInstaller bundle (`sys._MEIPASS/resources`).
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from giftdesk.domain.errors import RulesFileError
from giftdesk.i18n import _

if TYPE_CHECKING:
    from giftdesk.domain.rules import Rules


@cache
def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    package_dir = Path(__file__).resolve().parent
    candidates += [package_dir / "resources", package_dir.parent / "resources"]
    for candidate in candidates:
        if (candidate / "rules" / "default.toml").is_file():
            return candidate
    raise RulesFileError(_("GiftDesk's resources folder is missing; reinstall GiftDesk"))


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def load_rules(path: Path | None = None) -> Rules:
    """Read and validate a rules file (the shipped defaults unless a path is given)."""
    # Imported here: the window's frame reads its icon through this module before anything
    # needs the rules, and is shown sooner without these imports.
    import tomllib

    from giftdesk.domain.rules import parse_rules

    path = path or resource_path("rules", "default.toml")
    try:
        with open(path, "rb") as f:
            data = tomllib.load(f)
    except OSError as e:
        raise RulesFileError(
            _("cannot read the rules file {path}: {reason}").format(path=path, reason=e.strerror)
        ) from None
    except tomllib.TOMLDecodeError as e:
        raise RulesFileError(
            _("the rules file {path} is not valid TOML: {reason}").format(path=path, reason=e)
        ) from None
    return parse_rules(data)

"""The documents the .deb carries besides the bundle, checked without building it: the
changelog and the AppStream metainfo name pyproject.toml's version, the metainfo validates and
shares its id with the launcher build.py installs, every lintian override gives its reason.
(ci-smoke.sh checks the built .deb's: lintian, the copyright file, the manual page.)"""

from __future__ import annotations

import re
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "resources" / "packaging"
METAINFO = REPO / "resources" / "org.example.GiftDesk.metainfo.xml"


def pyproject_version() -> str:
    with open(REPO / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]["version"]


def test_the_changelogs_newest_entry_is_this_version():
    first = (PACKAGING / "changelog").read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(f"giftdesk ({pyproject_version()}) ")


def test_the_metainfos_newest_release_is_this_version():
    releases = ET.parse(METAINFO).getroot().find("releases")
    assert releases is not None and releases[0].get("version") == pyproject_version()


def test_the_metainfo_names_the_launcher_build_installs():
    root = ET.parse(METAINFO).getroot()
    app_id = root.findtext("id")
    build = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert f'APP_ID = "{app_id}"' in build
    assert root.findtext("launchable") == f"{app_id}.desktop"
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert len(root.find("screenshots")) >= 1


def test_appstreamcli_accepts_the_metainfo():
    tool = shutil.which("appstreamcli")
    assert tool is not None, "appstreamcli is missing: apt-get install appstream"
    result = subprocess.run(
        [tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_lintian_override_says_why():
    lines = (PACKAGING / "lintian-overrides").read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        if line.startswith("giftdesk:"):
            above = lines[:i]
            while above and above[-1].startswith("giftdesk:"):
                above.pop()  # overrides that share one reason
            assert above and above[-1].startswith("#"), f"no reason above {line!r}"
            assert re.match(r"giftdesk: [a-z0-9-]+ ", line), line

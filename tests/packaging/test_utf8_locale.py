"""No Qt locale warning in any locale: giftdesk.app.utf8_character_type gives Qt the UTF-8
character type it needs before it starts (it would switch and print four lines itself), and
leaves the language, numbers and dates the locale's. The bundle is checked the same way by
resources/packaging/ci-smoke.sh."""

from __future__ import annotations

import locale
import os
import subprocess
import sys

import pytest

from giftdesk import i18n
from giftdesk.app import UTF8_CTYPE, utf8_character_type

QT_WARNING = "Qt depends on a UTF-8 locale"


@pytest.fixture
def process_ctype():
    """Put the process's character type back as it was."""
    saved = locale.setlocale(locale.LC_CTYPE)
    yield
    locale.setlocale(locale.LC_CTYPE, saved)


def test_a_utf8_locale_is_left_alone(process_ctype, monkeypatch):
    monkeypatch.setenv("LC_CTYPE", UTF8_CTYPE)
    environ = {"LANG": "de_DE.UTF-8", "LC_CTYPE": UTF8_CTYPE}
    assert not utf8_character_type(environ)
    assert environ == {"LANG": "de_DE.UTF-8", "LC_CTYPE": UTF8_CTYPE}


def test_the_c_locale_gets_a_utf8_character_type(process_ctype, monkeypatch):
    for name in ("LC_ALL", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C")
    environ = {"LANG": "C"}
    assert utf8_character_type(environ)
    assert environ == {"LANG": "C", "LC_CTYPE": UTF8_CTYPE}
    assert locale.nl_langinfo(locale.CODESET) == "UTF-8"


def test_lc_all_is_spread_so_the_language_stays(process_ctype, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C")
    environ = {"LC_ALL": "de_DE", "LANG": "es_ES.UTF-8"}
    assert utf8_character_type(environ)
    assert "LC_ALL" not in environ and environ["LC_CTYPE"] == UTF8_CTYPE
    assert environ["LC_MESSAGES"] == environ["LC_NUMERIC"] == environ["LC_TIME"] == "de_DE"
    assert i18n.system_locale(environ) == "de_DE"


@pytest.mark.parametrize(
    "locale_env",
    [
        {"LANG": "C", "LC_ALL": "C"},
        {},  # no locale at all, as under `env -i`
        {"LC_ALL": "POSIX"},
        {"LANG": "de_DE.UTF-8", "LC_ALL": "de_DE.UTF-8"},  # perhaps missing on this system
    ],
)
def test_the_window_starts_without_a_locale_warning(locale_env, tmp_path):
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "QT_QPA_PLATFORM": "offscreen",
        # Python's own C-locale coercion (PEP 538) off, as in the bundle, whose bootloader
        # does none: the app must not rely on it.
        "PYTHONCOERCECLOCALE": "0",
        **locale_env,
    }
    result = subprocess.run(
        [sys.executable, "-m", "giftdesk", "--db", str(tmp_path / "w.db"), "--quit-after", "200"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert QT_WARNING not in result.stderr and "Detected locale" not in result.stderr
    assert result.stderr == ""

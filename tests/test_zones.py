"""giftdesk.zones: which names are zones, and the system's zone read from its configuration,
never from the TZ variable."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest

from giftdesk.domain.errors import InvalidInput, InvalidTimeZone
from giftdesk.services.clock import SystemClock
from giftdesk.zones import check_zone, day_in, known_zones, system_zone


@pytest.fixture
def etc(tmp_path):
    """An empty stand-in for /etc; the zone database stays the real one."""
    folder = tmp_path / "etc"
    folder.mkdir()
    return folder


@pytest.fixture
def attacker_tz(monkeypatch):
    """TZ set as an attacker would set it, and applied to this process's C library too."""
    monkeypatch.setenv("TZ", "Etc/GMT-14")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _link(etc, target: str) -> None:
    (etc / "localtime").symlink_to(target)


@pytest.mark.parametrize(
    "target",
    [
        "/usr/share/zoneinfo/Pacific/Kiritimati",  # Debian, Fedora: absolute
        "../usr/share/zoneinfo/Pacific/Kiritimati",  # Arch, systemd's timedatectl: relative
        "/var/db/timezone/zoneinfo/Pacific/Kiritimati",  # macOS
        "/usr/share/zoneinfo/posix/Pacific/Kiritimati",  # the database's posix/ copy
        "/usr/share/zoneinfo/right/Pacific/Kiritimati",  # ... and its leap-second copy
    ],
)
def test_the_system_zone_is_the_one_localtime_links_to(etc, attacker_tz, target):
    _link(etc, target)
    assert system_zone(etc) == "Pacific/Kiritimati"
    assert SystemClock(etc).system_zone() == "Pacific/Kiritimati"


def test_tz_does_not_change_the_system_zone(etc, monkeypatch):
    _link(etc, "/usr/share/zoneinfo/Pacific/Pago_Pago")
    for tz in ("Etc/GMT-14", "Etc/GMT+12", "XYZ-14", ":Pacific/Kiritimati", ""):
        monkeypatch.setenv("TZ", tz)
        time.tzset()
        assert system_zone(etc) == "Pacific/Pago_Pago", tz
    monkeypatch.undo()
    time.tzset()


def test_without_a_link_the_timezone_file_names_the_zone(etc, attacker_tz):
    (etc / "localtime").write_bytes(b"TZif2 a copied zone file, not a link")
    (etc / "timezone").write_text("# set by the installer\n\nAmerica/New_York\n")
    assert system_zone(etc) == "America/New_York"


@pytest.mark.parametrize(
    "link, named",
    [
        (None, None),  # Windows, or a bare container
        ("/usr/share/zoneinfo/Mars/Olympus", "Mars/Olympus"),  # names that are no zone
        ("/usr/share/zoneinfo/", "localtime"),
        ("/somewhere/else", "../../etc/passwd"),
    ],
)
def test_anything_else_is_utc(etc, attacker_tz, link, named):
    if link is not None:
        _link(etc, link)
    if named is not None:
        (etc / "timezone").write_text(named + "\n")
    assert system_zone(etc) == "UTC"


def test_a_link_that_names_no_zone_falls_back_to_the_timezone_file(etc):
    _link(etc, "/usr/share/zoneinfo/Mars/Olympus")
    (etc / "timezone").write_text("Europe/Berlin\n")
    assert system_zone(etc) == "Europe/Berlin"


def test_the_real_system_zone_is_a_known_zone():
    assert system_zone() in known_zones()
    assert SystemClock().system_zone() == system_zone()


def test_zone_names_are_matched_regardless_of_case_and_spaces():
    assert check_zone("  europe/berlin ") == "Europe/Berlin"
    assert check_zone("utc") == "UTC"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "Mars/Olympus",
        "../../etc/passwd",
        "/usr/share/zoneinfo/UTC",
        "localtime",
        "posixrules",
        "XYZ-14",
        "Etc/GMT-15",
        "Europe/Berlin\x1b[2J",
        "Europe/\nBerlin",
        "x" * 500,
    ],
)
def test_what_is_not_a_zone_is_refused_as_invalid_input(text):
    with pytest.raises(InvalidTimeZone) as refused:
        check_zone(text)
    assert isinstance(refused.value, InvalidInput)  # exit 2 on the command line
    message = str(refused.value)
    assert message.isprintable() and len(message) < 200
    assert "not a time zone" in message


def test_days_differ_by_zone_at_the_same_instant():
    noon = dt.datetime(2026, 11, 25, 12, 0, tzinfo=dt.UTC)
    assert day_in(noon, "Pacific/Kiritimati") == dt.date(2026, 11, 26)  # UTC+14
    assert day_in(noon, "Pacific/Pago_Pago") == dt.date(2026, 11, 25)  # UTC-11
    assert day_in(noon, "UTC") == dt.date(2026, 11, 25)


def test_the_process_tz_does_not_move_a_zone_day(attacker_tz):
    morning = dt.datetime(2026, 11, 25, 1, 0, tzinfo=dt.UTC)
    assert os.environ["TZ"] == "Etc/GMT-14"
    assert day_in(morning, "Europe/Berlin") == dt.date(2026, 11, 25)

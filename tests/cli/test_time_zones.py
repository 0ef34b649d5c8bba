"""Budget days and ages follow each profile's own time zone: whatever TZ the command runs
under, a used-up daily cap stays used up and a minor stays a minor. `profiles time-zone`
shows and (with the password) sets the zone.

Every command given a TZ (`process=True`) is a real `python -m giftdesk` process: the C
library reads TZ when a process first asks for local time, and only a new process shows what an
attacker's TZ does. The other commands, which set up or read back what those did, run in this
process (tests/cli/conftest.py).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

PASSWORD = "correct horse battery"
# An attacker's TZ values: the far east and far west of the day line, and a POSIX TZ string
# (any name, offset 14 hours east) that no zone database holds.
ATTACKER_TZS = ("Etc/GMT-14", "Etc/GMT+12", "XYZ-14")
WEST = "Pacific/Pago_Pago"  # UTC-11: a day behind what TZ=Etc/GMT-14 says, at any hour


def test_a_used_up_daily_cap_stays_used_up_whatever_tz_says(seeded):
    # Wes is in the system's zone, as every profile is by default. Etc/GMT-14 and Etc/GMT+12
    # are 26 hours apart, so at any hour at least one of them names another day than his.
    def case() -> None:
        seeded.ok("budget", "Wes", "--daily-coins", "10")
        seeded.ok("send", "Wes", "Cleo", "Rosa")  # 10 coins: today's cap is used up
        for tz in ATTACKER_TZS:
            refused = seeded("send", "Wes", "Cleo", "Rose", process=True, TZ=tz)
            seeded.failed(refused, 3)
            assert "daily budget of 10 coins (0 coins left today)" in refused.err, (tz, refused)
            balance = seeded("--json", "balance", "Wes", process=True, TZ=tz).json()
            assert balance["budget_left_today_coins"] == 0, tz
        assert seeded.balances()["Wes"] == (770 - 10, 0)

    seeded.on_one_day(case)
    seeded.verifies()


def _today_in(zone: str) -> dt.date:
    return dt.datetime.now(ZoneInfo(zone)).date()


def _turning_18_tomorrow(today: dt.date) -> str:
    tomorrow = today + dt.timedelta(days=1)
    try:
        return tomorrow.replace(year=tomorrow.year - 18).isoformat()
    except ValueError:  # 29 February, in a year 18 years back that had none
        return dt.date(tomorrow.year - 18, 3, 1).isoformat()


def test_a_profile_a_day_short_of_18_in_its_zone_cannot_buy_or_send(cli):
    cli.ok("profiles", "add", "Cleo", "--birthdate", "1988-02-03", "--creator")
    for attempt in range(2):  # again if midnight passes in Pago Pago meanwhile
        today = _today_in(WEST)
        name = f"Pia{attempt}"
        made = cli.ok(
            "profiles", "add", name, "--birthdate", _turning_18_tomorrow(today), "--time-zone", WEST
        )
        assert made["time_zone"] == WEST
        outcomes = [
            cli(
                "recharge",
                name,
                "--package",
                "70",
                "--channel",
                "web",
                "--method",
                "paypal",
                process=True,
                TZ="Etc/GMT-14",
            ),
            cli("send", name, "Cleo", "Rose", process=True, TZ="Etc/GMT-14"),
        ]
        if _today_in(WEST) == today:
            break
    for refused, doing in zip(outcomes, ("buy coins", "send gifts"), strict=False):
        cli.failed(refused, 3)
        assert f"must be 18 or older to {doing}" in refused.err, refused
    assert cli.balances()[name] == (0, 0)
    cli.verifies()


def test_profiles_add_and_list_carry_the_zone(cli):
    made = cli.ok(
        "profiles", "add", "Vera", "--birthdate", "1990-04-12", "--time-zone", "europe/berlin"
    )
    assert made == {
        "id": 1,
        "name": "Vera",
        "birthdate": "1990-04-12",
        "creator": False,
        "time_zone": "Europe/Berlin",
    }
    default = cli.ok("profiles", "add", "Wes", "--birthdate", "1990-04-12")
    under_tz = cli("--json", "profiles", "time-zone", "Wes", process=True, TZ="Etc/GMT-14")
    assert default["time_zone"] == under_tz.json()["time_zone"]
    listed = cli.ok("profiles", "list")["profiles"]
    assert [(p["profile"], p["time_zone"]) for p in listed] == [
        ("Vera", "Europe/Berlin"),
        ("Wes", default["time_zone"]),
    ]
    text = cli("profiles", "add", "Kai", "--birthdate", "1990-04-12", "--time-zone", "UTC")
    assert text.code == 0 and "follow UTC" in text.out


def test_profiles_time_zone_shows_and_sets_it_with_the_password(cli):
    cli.ok("profiles", "add", "Vera", "--birthdate", "1990-04-12", "--time-zone", "UTC")
    days = [dt.datetime.now(dt.UTC).date().isoformat()]
    shown = cli.ok("profiles", "time-zone", "vera")
    days.append(dt.datetime.now(dt.UTC).date().isoformat())
    assert shown["profile"] == "Vera" and shown["time_zone"] == "UTC"
    assert shown["changed"] is False and shown["today"] in days
    assert cli.ok("profiles", "time-zone", "Vera", "Asia/Tokyo")["time_zone"] == "Asia/Tokyo"
    assert cli("security", "Vera", "--set-password", GIFTDESK_NEW_PASSWORD=PASSWORD).code == 0
    without = cli("profiles", "time-zone", "Vera", "Pacific/Kiritimati")
    cli.failed(without, 3)
    assert "GIFTDESK_PASSWORD" in without.err
    wrong = cli(
        "profiles",
        "time-zone",
        "Vera",
        "Pacific/Kiritimati",
        GIFTDESK_PASSWORD="a wrong guess",
    )
    cli.failed(wrong, 3)
    assert "wrong password" in wrong.err
    from giftdesk.services import Services

    services = Services.open(cli.db)  # (asking the CLI would need the password, which resets it)
    assert services.security.status(services.profiles.find("Vera").id).failed_attempts == 1
    services.close()
    cli.failed(cli("profiles", "time-zone", "Vera"), 3)  # even seeing it, as the window
    seen = cli("--json", "profiles", "time-zone", "Vera", GIFTDESK_PASSWORD=PASSWORD)
    assert seen.json()["time_zone"] == "Asia/Tokyo"
    done = cli(
        "--json",
        "profiles",
        "time-zone",
        "Vera",
        "Pacific/Kiritimati",
        GIFTDESK_PASSWORD=PASSWORD,
    )
    assert done.code == 0, done.err
    assert done.json()["time_zone"] == "Pacific/Kiritimati" and done.json()["changed"] is True
    text = cli("profiles", "time-zone", "Vera", GIFTDESK_PASSWORD=PASSWORD)
    assert "Vera's budget days and age follow Pacific/Kiritimati (today there: " in text.out


@pytest.mark.parametrize(
    "zone",
    [
        "",
        "Mars/Olympus",
        "../../etc/passwd",
        "localtime",
        "Europe/Berlin\x1b[2J",
        "Europe/\u202eBerlin",
        "XYZ-14",
    ],
)
def test_a_bad_zone_is_one_clear_line_and_exit_2(seeded, zone):
    before = seeded.snapshot()
    added = seeded("profiles", "add", "Wes2", "--birthdate", "1990-04-12", "--time-zone", zone)
    seeded.failed(added, 2)
    assert "is not a time zone" in added.err
    # Refused before the password is asked for or tried: nothing counted, nothing written.
    changed = seeded("profiles", "time-zone", "Vera", zone, GIFTDESK_PASSWORD="a wrong guess")
    seeded.failed(changed, 2)
    assert "is not a time zone" in changed.err
    seeded.untouched(before)

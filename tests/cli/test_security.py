"""`giftdesk security`, `--code` on payout and recharge, and the budget's password. Codes are
computed here by pyotp from the printed secret; the command checks them against the wall clock,
and one step either side is accepted, so a step boundary passing between the two is fine.

The commands run in this process (tests/cli/conftest.py), except in
`test_the_budget_takes_the_password_from_the_environment_only`, where they are real `python -m
giftdesk` processes: a password reaches a new process in its environment, and its stdin
(/dev/null) is no terminal to ask at. The other tests are about what the services make of a
password or a code, which a process does not change.
"""

from __future__ import annotations

import time

import pyotp
import pytest

PASSWORD = "correct horse battery"


def enable_totp(cli, profile: str) -> pyotp.TOTP:
    started = cli("--json", "security", profile, "--enable-totp")
    assert started.code == 0, started.err
    data = started.json()
    assert data["totp"] is False and data["uri"].startswith("otpauth://totp/GiftDesk:")
    totp = pyotp.TOTP(data["secret"])
    confirmed = cli(
        "--json", "security", profile, "--confirm-totp", data["secret"], "--code", totp.now()
    )
    assert confirmed.code == 0, confirmed.err
    assert confirmed.json()["totp"] is True
    return totp


def fresh_code(totp: pyotp.TOTP) -> str:
    """The next step's code: accepted now (one step ahead is), and later than any used yet."""
    return totp.at(time.time(), counter_offset=1)


def wrong_code(totp: pyotp.TOTP) -> str:
    now = time.time()
    right = {totp.at(now, counter_offset=k) for k in range(-2, 3)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in right)


def test_a_payout_needs_a_code_once_two_step_is_on(seeded):
    totp = enable_totp(seeded, "Cleo")
    payout = ("payout", "Cleo", "1000", "--method", "bank")
    seeded.failed(seeded(*payout), 3)
    seeded.failed(seeded(*payout, "--code", wrong_code(totp)), 3)
    seeded.failed(seeded(*payout, "--code", "12ab56"), 2)
    code = fresh_code(totp)
    done = seeded("--json", *payout, "--code", code)
    assert done.code == 0, done.err
    assert done.json()["status"] == "pending"
    again = seeded(*payout, "--code", code)
    seeded.failed(again, 3)
    assert "already used" in again.err
    assert seeded.balances()["Cleo"] == (0, 112_497 - 1_000)
    seeded.verifies()


def test_a_purchase_above_the_threshold_needs_a_code(seeded):
    totp = enable_totp(seeded, "Wes")
    status = seeded("--json", "security", "Wes", "--purchase-threshold-cents", "1000")
    assert status.code == 0, status.err
    assert status.json()["purchase_threshold_cents"] == 1000
    small = ("recharge", "Wes", "--package", "700", "--channel", "web", "--method", "paypal")
    assert seeded(*small).code == 0  # $7.40: under the threshold
    big = ("recharge", "Wes", "--package", "1400", "--channel", "web", "--method", "paypal")
    seeded.failed(seeded(*big), 3)  # $14.80
    seeded.failed(seeded(*big, "--code", wrong_code(totp)), 3)
    bought = seeded("--json", *big, "--code", fresh_code(totp))
    assert bought.code == 0, bought.err
    assert bought.json()["price_cents"] == 14_80
    # Clearing the threshold while two-step is on needs a code too.
    seeded.failed(seeded("security", "Wes", "--clear-threshold"), 3)


@pytest.mark.real_process
def test_the_budget_takes_the_password_from_the_environment_only(cli):
    cli.ok("profiles", "add", "Vera", "--birthdate", "1990-04-12")
    set_it = cli("security", "Vera", "--set-password", GIFTDESK_NEW_PASSWORD=PASSWORD)
    assert set_it.code == 0, set_it.err
    budget = ("budget", "Vera", "--daily-coins", "500")
    missing = cli(*budget)
    cli.failed(missing, 3)
    assert "GIFTDESK_PASSWORD" in missing.err
    cli.failed(cli(*budget, GIFTDESK_PASSWORD="not the password"), 3)
    cli.failed(cli(*budget, "--password", PASSWORD), 2)  # never on the command line
    changed = cli("--json", *budget, GIFTDESK_PASSWORD=PASSWORD)
    assert changed.code == 0, changed.err
    assert changed.json()["daily_coins"] == 500


def test_password_changes_and_the_lock(cli):
    cli.ok("profiles", "add", "Vera", "--birthdate", "1990-04-12")
    cli.failed(cli("security", "Vera", "--set-password", GIFTDESK_NEW_PASSWORD="short"), 2)
    cli.failed(cli("security", "Vera", "--set-password"), 2)  # no new password given
    assert cli("security", "Vera", "--set-password", GIFTDESK_NEW_PASSWORD=PASSWORD).code == 0
    cli.failed(
        cli("security", "Vera", "--set-password", GIFTDESK_NEW_PASSWORD="another password"), 3
    )  # the current one is missing
    for _ in range(5):
        cli.failed(
            cli("security", "Vera", "--remove-password", GIFTDESK_PASSWORD="a wrong guess"), 3
        )
    locked = cli("security", "Vera", "--remove-password", GIFTDESK_PASSWORD=PASSWORD)
    cli.failed(locked, 3)
    assert "try again in" in locked.err
    seeing = cli("security", "Vera", GIFTDESK_PASSWORD=PASSWORD)  # even looking waits
    cli.failed(seeing, 3)
    assert "try again in" in seeing.err
    from giftdesk.services import Services

    services = Services.open(cli.db)
    status = services.security.status(services.profiles.find("Vera").id)
    services.close()
    assert status.has_password and status.locked_seconds > 0
    assert status.failed_attempts == 5


def test_two_step_needs_the_password_to_go_on_or_off(cli):
    assert cli("profiles", "add", "Cleo", "--birthdate", "1988-02-03", "--creator").code == 0
    assert cli("security", "Cleo", "--set-password", GIFTDESK_NEW_PASSWORD=PASSWORD).code == 0
    cli.failed(cli("security", "Cleo", "--enable-totp"), 3)  # the password first
    started = cli("--json", "security", "Cleo", "--enable-totp", GIFTDESK_PASSWORD=PASSWORD).json()
    totp = pyotp.TOTP(started["secret"])
    refused = cli("security", "Cleo", "--confirm-totp", started["secret"], "--code", totp.now())
    cli.failed(refused, 3)
    assert "GIFTDESK_PASSWORD" in refused.err
    on = cli(
        "--json",
        "security",
        "Cleo",
        "--confirm-totp",
        started["secret"],
        "--code",
        totp.now(),
        GIFTDESK_PASSWORD=PASSWORD,
    )
    assert on.code == 0 and on.json()["totp"] is True
    off = cli("security", "Cleo", "--disable-totp", "--code", fresh_code(totp))
    cli.failed(off, 3)
    assert cli("--json", "security", "Cleo", GIFTDESK_PASSWORD=PASSWORD).json()["totp"]


def test_the_two_step_secret_can_stay_off_the_command_line(cli):
    assert cli("profiles", "add", "Cleo", "--birthdate", "1988-02-03", "--creator").code == 0
    started = cli("--json", "security", "Cleo", "--enable-totp").json()
    hint = cli("security", "Cleo", "--enable-totp").out
    assert "--confirm-totp - --code CODE" in hint and "GIFTDESK_TOTP_SECRET" in hint
    totp = pyotp.TOTP(started["secret"])
    missing = cli("security", "Cleo", "--confirm-totp", "-", "--code", totp.now())
    cli.failed(missing, 2)
    on = cli(
        "--json",
        "security",
        "Cleo",
        "--confirm-totp",
        "-",
        "--code",
        totp.now(),
        GIFTDESK_TOTP_SECRET=started["secret"],
    )
    assert on.code == 0, on.err
    assert on.json()["totp"] is True

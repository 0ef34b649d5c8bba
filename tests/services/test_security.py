"""Profile security: the argon2 password with its back-off, the TOTP second factor on payouts
and purchases above a threshold, and budgets that change only with the password."""

from __future__ import annotations

import pyotp
import pytest
from argon2 import PasswordHasher

from giftdesk.domain.errors import (
    InvalidAmount,
    InvalidSecondFactor,
    MalformedCredential,
    PasswordLocked,
    PasswordRequired,
    SecondFactorAlreadyEnabled,
    SecondFactorRequired,
    WrongPassword,
)
from giftdesk.services import credentials

PASSWORD = "correct horse battery"
# A fixed secret (what start_totp hands out, 32 base32 characters): codes in these tests are
# then the same on every run, as the FixedClock is.
SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


@pytest.fixture
def fast_hashing(monkeypatch):
    """argon2id with tiny costs, for tests that try many passwords: the production hasher
    takes about a quarter of a second per check. The argon2 test below uses the real one."""
    monkeypatch.setattr(
        credentials,
        "PASSWORD_HASHER",
        PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
    )


def _row(services, profile_id: int) -> dict:
    cur = services.ctx.conn.execute(
        "SELECT * FROM profile_security WHERE profile_id = ?", (profile_id,)
    )
    names = [d[0] for d in cur.description]
    return dict(zip(names, cur.fetchone(), strict=False))


def code_now(clock, secret: str = SECRET, *, steps: int = 0) -> str:
    """The code an authenticator app shows at the clock's time (computed by pyotp itself)."""
    return pyotp.TOTP(secret).at(clock.now(), counter_offset=steps)


def wrong_code(clock, secret: str = SECRET) -> str:
    """A well-formed code that is none of those accepted now (the steps either side too)."""
    right = {code_now(clock, secret, steps=s) for s in (-1, 0, 1)}
    return next(c for c in ("000000", "111111", "222222", "333333") if c not in right)


def enrol(services, clock, profile_id: int, secret: str = SECRET) -> None:
    services.security.confirm_totp(profile_id, secret, code_now(clock, secret))
    clock.advance(seconds=30)  # the enrolment code is used up: later tests start on a fresh one


# --- the password ------------------------------------------------------------------------------


def test_the_password_is_stored_as_an_argon2id_hash_never_in_the_clear(fresh_services, viewer):
    security = fresh_services.security
    assert not security.has_password(viewer.id)
    security.set_password(viewer.id, PASSWORD)
    stored = _row(fresh_services, viewer.id)["password_hash"]
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")  # argon2-cffi's defaults
    assert PASSWORD not in stored
    assert PasswordHasher().verify(stored, PASSWORD)
    assert security.has_password(viewer.id)
    security.check_password(viewer.id, PASSWORD)
    with pytest.raises(WrongPassword):
        security.check_password(viewer.id, PASSWORD.upper())


def test_wrong_passwords_count_then_lock_with_a_doubling_wait(
    fresh_services, viewer, clock, fast_hashing
):
    security = fresh_services.security
    security.set_password(viewer.id, PASSWORD)
    for left in (4, 3, 2, 1):
        with pytest.raises(WrongPassword, match=f"{left} more tr"):
            security.check_password(viewer.id, "wrong guess")
    with pytest.raises(WrongPassword, match="wait 30 seconds"):
        security.check_password(viewer.id, "wrong guess")
    # Locked: even the right password is not checked, and the try is not counted.
    with pytest.raises(PasswordLocked, match="30 seconds") as locked:
        security.check_password(viewer.id, PASSWORD)
    assert locked.value.wait_seconds == 30 and locked.value.exit_code == 3
    clock.advance(seconds=29)
    with pytest.raises(PasswordLocked, match="1 second$"):
        security.check_password(viewer.id, PASSWORD)
    assert security.status(viewer.id).failed_attempts == 5
    clock.advance(seconds=1)
    with pytest.raises(WrongPassword, match="wait 60 seconds"):  # the 6th: twice as long
        security.check_password(viewer.id, "wrong again")
    assert security.status(viewer.id).locked_seconds == 60
    clock.advance(seconds=60)
    security.check_password(viewer.id, PASSWORD)
    status = security.status(viewer.id)
    assert (status.failed_attempts, status.locked_seconds) == (0, 0)


def test_the_wait_is_capped_at_fifteen_minutes(fresh_services, viewer, clock, fast_hashing):
    security = fresh_services.security
    security.set_password(viewer.id, PASSWORD)
    waits = []
    for _ in range(12):
        with pytest.raises(WrongPassword):
            security.check_password(viewer.id, "wrong guess")
        waits.append(security.status(viewer.id).locked_seconds)
        clock.advance(seconds=waits[-1])
    assert waits == [0, 0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900]


def test_a_right_password_resets_the_count(fresh_services, viewer, fast_hashing):
    security = fresh_services.security
    security.set_password(viewer.id, PASSWORD)
    for _ in range(4):
        with pytest.raises(WrongPassword):
            security.check_password(viewer.id, "wrong guess")
    security.check_password(viewer.id, PASSWORD)
    for _ in range(4):  # four more without a wait: the count started again
        with pytest.raises(WrongPassword):
            security.check_password(viewer.id, "wrong guess")
    assert security.status(viewer.id).locked_seconds == 0


@pytest.mark.parametrize("bad", ["short", "x" * 129, "eight\x00chars", "tab\tinside!", ""])
def test_a_new_password_must_be_8_to_128_characters_without_controls(fresh_services, viewer, bad):
    with pytest.raises(MalformedCredential) as refused:
        fresh_services.security.set_password(viewer.id, bad)
    assert refused.value.exit_code == 2
    assert not fresh_services.security.has_password(viewer.id)


def test_changing_or_removing_the_password_needs_the_current_one(
    fresh_services, viewer, fast_hashing
):
    security = fresh_services.security
    security.set_password(viewer.id, PASSWORD)
    with pytest.raises(PasswordRequired):
        security.set_password(viewer.id, "a new password")
    with pytest.raises(WrongPassword):
        security.set_password(viewer.id, "a new password", current="not it at all")
    security.set_password(viewer.id, "a new password", current=PASSWORD)
    with pytest.raises(WrongPassword):
        security.check_password(viewer.id, PASSWORD)
    security.check_password(viewer.id, "a new password")
    with pytest.raises(WrongPassword):
        security.remove_password(viewer.id, PASSWORD)
    assert security.has_password(viewer.id)
    security.remove_password(viewer.id, "a new password")
    assert not security.has_password(viewer.id)
    security.check_password(viewer.id, None)  # nothing to unlock any more


def test_the_same_text_typed_in_another_unicode_form_is_the_same_password(
    fresh_services, viewer, fast_hashing
):
    composed, decomposed = "caf\u00e9 au lait", "cafe\u0301 au lait"
    fresh_services.security.set_password(viewer.id, composed)
    fresh_services.security.check_password(viewer.id, decomposed)


def test_a_budget_changes_only_with_the_password(fresh_services, viewer, fast_hashing):
    profiles = fresh_services.profiles
    profiles.set_budget(viewer.id, daily_coins=100, monthly_coins=None)  # no password yet
    fresh_services.security.set_password(viewer.id, PASSWORD)
    with pytest.raises(PasswordRequired):
        profiles.set_budget(viewer.id, daily_coins=5_000, monthly_coins=None)
    with pytest.raises(WrongPassword):
        profiles.set_budget(viewer.id, daily_coins=5_000, monthly_coins=None, password="nope nope")
    with pytest.raises(PasswordRequired):
        profiles.set_budget(viewer.id, daily_coins=None, monthly_coins=None, clear=True)
    assert profiles.get(viewer.id).budget.daily_coins == 100
    changed = profiles.set_budget(
        viewer.id, daily_coins=5_000, monthly_coins=20_000, password=PASSWORD
    )
    assert (changed.budget.daily_coins, changed.budget.monthly_coins) == (5_000, 20_000)


# --- enrolling a second factor -----------------------------------------------------------------


def test_enrolling_stores_the_secret_only_after_a_right_code(fresh_services, viewer, clock):
    security = fresh_services.security
    enrolment = security.start_totp(viewer.id)
    secret, uri = enrolment.secret, enrolment.uri
    assert len(secret) == 32
    assert uri == f"otpauth://totp/GiftDesk:Vera?secret={secret}&issuer=GiftDesk"
    assert not security.totp_enabled(viewer.id)  # starting stores nothing
    with pytest.raises(InvalidSecondFactor):
        security.confirm_totp(viewer.id, secret, wrong_code(clock, secret))
    with pytest.raises(SecondFactorRequired):
        security.confirm_totp(viewer.id, secret, None)
    with pytest.raises(MalformedCredential):
        security.confirm_totp(viewer.id, secret, "12345")
    with pytest.raises(MalformedCredential):
        security.confirm_totp(viewer.id, "TOO-SHORT", code_now(clock, secret))
    assert not security.totp_enabled(viewer.id)
    security.confirm_totp(viewer.id, secret.lower(), code_now(clock, secret))
    assert security.totp_enabled(viewer.id)
    assert _row(fresh_services, viewer.id)["totp_secret"] == secret
    with pytest.raises(SecondFactorAlreadyEnabled):
        security.start_totp(viewer.id)


# --- payouts ------------------------------------------------------------------------------------


def test_payouts_need_a_code_once_two_step_is_on(fresh_services, earning_creator, clock, probe):
    payouts, cleo = fresh_services.payouts, earning_creator
    payouts.request(cleo.id, 1_000, method="bank")  # no second factor yet: none needed
    enrol(fresh_services, clock, cleo.id)
    before = probe.state(fresh_services)
    with pytest.raises(SecondFactorRequired) as refused:
        payouts.request(cleo.id, 1_000, method="bank")
    assert refused.value.exit_code == 3
    assert probe.state(fresh_services) == before
    code = code_now(clock)
    done = payouts.request(cleo.id, 1_000, method="bank", second_factor=code)
    assert done.status == "pending"
    with pytest.raises(InvalidSecondFactor, match="already used"):
        payouts.request(cleo.id, 1_000, method="bank", second_factor=code)
    clock.advance(seconds=30)
    payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock))
    assert fresh_services.balance(cleo.id).diamonds == 112_497 - 3_000


def test_a_code_one_step_either_side_is_accepted_and_then_nothing_older(
    fresh_services, earning_creator, clock
):
    payouts, cleo = fresh_services.payouts, earning_creator
    enrol(fresh_services, clock, cleo.id)
    with pytest.raises(InvalidSecondFactor, match="wrong or has expired"):
        payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock, steps=2))
    with pytest.raises(InvalidSecondFactor, match="wrong or has expired"):
        payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock, steps=-2))
    # A phone clock a little ahead: the next step's code is accepted...
    payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock, steps=1))
    # ...and after it the current one is too old: a code never works after a later one.
    with pytest.raises(InvalidSecondFactor, match="already used"):
        payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock))
    clock.advance(seconds=60)
    payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock))


def test_the_enrolment_code_cannot_pay_out(fresh_services, earning_creator, clock):
    code = code_now(clock)
    fresh_services.security.confirm_totp(earning_creator.id, SECRET, code)
    with pytest.raises(InvalidSecondFactor, match="already used"):
        fresh_services.payouts.request(earning_creator.id, 1_000, method="bank", second_factor=code)


def test_a_replay_of_the_same_key_needs_no_code(fresh_services, earning_creator, clock):
    payouts, cleo = fresh_services.payouts, earning_creator
    enrol(fresh_services, clock, cleo.id)
    first = payouts.request(
        cleo.id, 1_000, method="bank", key="cash-1", second_factor=code_now(clock)
    )
    again = payouts.request(cleo.id, 1_000, method="bank", key="cash-1")
    assert again.replayed and again == first
    assert again.as_dict() == first.as_dict() | {"replayed": True}
    assert len(payouts.list(cleo.id)) == 1


def test_a_code_with_spaces_is_fine_and_letters_are_malformed(
    fresh_services, earning_creator, clock
):
    payouts, cleo = fresh_services.payouts, earning_creator
    enrol(fresh_services, clock, cleo.id)
    with pytest.raises(MalformedCredential) as refused:
        payouts.request(cleo.id, 1_000, method="bank", second_factor="12a456")
    assert refused.value.exit_code == 2
    code = code_now(clock)
    payouts.request(cleo.id, 1_000, method="bank", second_factor=f"{code[:3]} {code[3:]}")


def test_wrong_codes_count_towards_the_lock(fresh_services, earning_creator, clock, probe):
    payouts, cleo = fresh_services.payouts, earning_creator
    enrol(fresh_services, clock, cleo.id)
    wrong = wrong_code(clock)
    before = probe.state(fresh_services, besides=probe.WRONG_TRIES)
    for _ in range(5):
        with pytest.raises(InvalidSecondFactor):
            payouts.request(cleo.id, 1_000, method="bank", second_factor=wrong)
    # each refused payout left nothing behind but the count of wrong tries, which is its point
    assert probe.state(fresh_services, besides=probe.WRONG_TRIES) == before
    assert fresh_services.security.status(cleo.id).failed_attempts == 5
    with pytest.raises(PasswordLocked):
        payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock))
    clock.advance(seconds=30)
    payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock))
    assert fresh_services.security.status(cleo.id).failed_attempts == 0


def test_turning_two_step_off_needs_a_code(fresh_services, earning_creator, clock):
    security, cleo = fresh_services.security, earning_creator
    enrol(fresh_services, clock, cleo.id)
    with pytest.raises(SecondFactorRequired):
        security.disable_totp(cleo.id, None)
    with pytest.raises(InvalidSecondFactor):
        security.disable_totp(cleo.id, code_now(clock, steps=5))
    assert security.totp_enabled(cleo.id)
    security.disable_totp(cleo.id, code_now(clock))
    assert not security.totp_enabled(cleo.id)
    fresh_services.payouts.request(cleo.id, 1_000, method="bank")


# --- purchases ----------------------------------------------------------------------------------


def test_purchases_above_the_threshold_need_a_code(fresh_services, viewer, clock, probe):
    security, recharge = fresh_services.security, fresh_services.recharge
    enrol(fresh_services, clock, viewer.id)
    # Two-step on but no threshold: purchases need no code.
    assert not recharge.needs_second_factor(viewer.id, 185_00)
    recharge.recharge(viewer.id, coins=17_500, channel="web", method="paypal")
    security.set_purchase_threshold(viewer.id, 50_00)
    assert security.purchase_threshold_cents(viewer.id) == 50_00
    assert not recharge.needs_second_factor(viewer.id, 50_00)  # "above": equal needs none
    assert recharge.needs_second_factor(viewer.id, 50_01)
    recharge.recharge(viewer.id, coins=700, channel="web", method="paypal")  # $7.40
    before = probe.state(fresh_services)
    with pytest.raises(SecondFactorRequired):
        recharge.recharge(viewer.id, coins=7_000, channel="web", method="paypal")  # $74.00
    assert probe.state(fresh_services) == before
    done = recharge.recharge(
        viewer.id, coins=7_000, channel="web", method="paypal", second_factor=code_now(clock)
    )
    assert done.price_cents == 74_00


def test_raising_the_threshold_needs_the_code_and_the_password(
    fresh_services, viewer, clock, fast_hashing
):
    security = fresh_services.security
    enrol(fresh_services, clock, viewer.id)
    security.set_purchase_threshold(viewer.id, 20_00)
    security.set_password(viewer.id, PASSWORD)
    with pytest.raises(PasswordRequired):
        security.set_purchase_threshold(viewer.id, 10_00)
    security.set_purchase_threshold(viewer.id, 10_00, PASSWORD)  # lower: safer, no code
    with pytest.raises(SecondFactorRequired):
        security.set_purchase_threshold(viewer.id, 100_00, PASSWORD)
    with pytest.raises(SecondFactorRequired):
        security.set_purchase_threshold(viewer.id, None, PASSWORD)
    assert security.purchase_threshold_cents(viewer.id) == 10_00
    security.set_purchase_threshold(viewer.id, None, PASSWORD, code=code_now(clock))
    assert security.purchase_threshold_cents(viewer.id) is None
    with pytest.raises(InvalidAmount):
        security.set_purchase_threshold(viewer.id, -1, PASSWORD)


# --- what the file holds ------------------------------------------------------------------------


def test_the_database_never_holds_the_password_or_a_code(open_services, tmp_path, clock, unstamped):
    path = tmp_path / "g.db"
    services = open_services(path)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    cleo = services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    # Explicit keys: nothing random but the argon2 salt, so the check below is the same on
    # every run.
    services.recharge.recharge(
        vera.id, coins=1_000_000, channel="web", method="paypal", custom=True, key="buy"
    )
    for i in range(5):
        services.gifts.send(vera.id, cleo.id, "TikTok Universe", key=f"gift-{i}")
    services.security.set_password(cleo.id, PASSWORD)
    services.security.check_password(cleo.id, PASSWORD)
    enrol_code = code_now(clock)
    services.security.confirm_totp(cleo.id, SECRET, enrol_code, password=PASSWORD)
    clock.advance(seconds=30)
    payout_code = code_now(clock)
    services.payouts.request(cleo.id, 1_000, method="bank", key="cash", second_factor=payout_code)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists()  # the writes above are (at least partly) only in the WAL still
    for data in (
        unstamped(services.ctx.conn, path.read_bytes()),
        unstamped(services.ctx.conn, wal.read_bytes()),
    ):
        assert PASSWORD.encode() not in data
        assert PASSWORD.encode("utf-16-le") not in data
        assert enrol_code.encode() not in data and payout_code.encode() not in data
    # The TOTP secret itself IS stored, in the clear: checking a code needs it, so it cannot be
    # hashed. Whoever can read the database file can make codes; the password never is.
    assert SECRET.encode() in path.read_bytes() + wal.read_bytes()


def test_two_step_cannot_be_turned_on_or_off_without_the_password(
    fresh_services, earning_creator, clock
):
    security, cleo = fresh_services.security, earning_creator
    security.set_password(cleo.id, PASSWORD)
    with pytest.raises(PasswordRequired):  # a stranger's own authenticator on Cleo's profile
        security.confirm_totp(cleo.id, SECRET, code_now(clock))
    with pytest.raises(WrongPassword):
        security.confirm_totp(cleo.id, SECRET, code_now(clock), password="not it at all")
    assert not security.totp_enabled(cleo.id)
    security.confirm_totp(cleo.id, SECRET, code_now(clock), password=PASSWORD)
    clock.advance(seconds=30)
    with pytest.raises(PasswordRequired):
        security.disable_totp(cleo.id, code_now(clock))
    assert security.totp_enabled(cleo.id)
    security.disable_totp(cleo.id, code_now(clock), password=PASSWORD)
    assert not security.totp_enabled(cleo.id)


def test_a_right_code_does_not_clear_wrong_passwords(fresh_services, earning_creator, clock):
    security, cleo = fresh_services.security, earning_creator
    security.set_password(cleo.id, PASSWORD)
    security.confirm_totp(cleo.id, SECRET, code_now(clock), password=PASSWORD)
    for _ in range(3):
        with pytest.raises(WrongPassword):
            security.check_password(cleo.id, "a wrong guess")
    clock.advance(seconds=30)
    fresh_services.payouts.request(cleo.id, 1_000, method="bank", second_factor=code_now(clock))
    assert security.status(cleo.id).failed_attempts == 3  # the code did not wipe the guesses
    security.check_password(cleo.id, PASSWORD)
    assert security.status(cleo.id).failed_attempts == 0

"""Writes side by side on a PostgreSQL server (storage/pg_store.py): writes about other
profiles run beside one in progress, writes about the same profile take turns, ids still come
in commit order, a write is durable when it returns, and a write the server cancels is run
again with its key (services/retries.py). SQLite has one writer at a time: nothing to test
there but the retries' coverage, which is engine-free."""

from __future__ import annotations

import inspect
import threading

import psycopg
import pytest

from giftdesk.domain.errors import WriteConflict
from giftdesk.domain.gifting import mint_for_gift
from giftdesk.services import Services, burst, retries
from giftdesk.services.gifting import GiftRequest
from giftdesk.storage import ledger

pytestmark = pytest.mark.usefixtures("pg_server")


@pytest.fixture
def two(pg_giftdesk_url, clock):
    """Two Services on one server database (two windows, two machines), and two pairs of
    funded viewer and creator."""
    first = Services.open(pg_giftdesk_url, clock=clock)
    second = Services.open(pg_giftdesk_url, clock=clock)
    people = []
    for n in ("A", "B"):
        viewer = first.profiles.add(f"Viewer {n}", birthdate="1990-01-01").id
        creator = first.profiles.add(f"Creator {n}", birthdate="1985-01-01", creator=True).id
        first.recharge.recharge(viewer, coins=10_000, channel="web", method="paypal", custom=True)
        people.append((viewer, creator))
    yield first, second, people
    for services in (first, second):
        failed = [c for c in services.maintenance.verify() if not c.ok]
        services.close()
        assert not failed, failed


def _in_thread(action) -> tuple[threading.Thread, list]:
    done: list = []

    def run() -> None:
        done.append(action())

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread, done


def test_a_gift_between_other_profiles_is_not_held_up_by_a_write_in_progress(two):
    first, second, [(va, ca), (vb, cb)] = two
    with first.store.write(profiles=(va, ca)):
        thread, done = _in_thread(lambda: second.gifts.send(vb, cb, "Rose"))
        thread.join(10)
        assert done, "a gift between other profiles waited for the write in progress"
    assert second.balance(vb).coins == 10_000 + 1_000 - 1  # the web's 10% bonus, less the Rose


def test_a_gift_from_the_same_sender_waits_for_the_write_in_progress(two):
    first, second, [(va, ca), (_vb, cb)] = two
    with first.store.write(profiles=(va, ca)):
        thread, done = _in_thread(lambda: second.gifts.send(va, cb, "Rose"))
        thread.join(0.5)
        assert not done, "a second write about the same sender did not wait"
    thread.join(10)
    assert done and done[0].balance_coins == 10_000 + 1_000 - 1


def test_writes_naming_the_same_profiles_in_either_order_do_not_deadlock(two):
    first, second, [(va, ca), _] = two
    with first.store.write(profiles=(ca, va)):
        thread, done = _in_thread(lambda: second.gifts.send(va, ca, "Rose"))
        thread.join(0.3)
        assert not done
    thread.join(10)
    assert done


def test_ids_come_in_commit_order_when_another_gift_takes_the_ones_a_burst_counted_on(
    two, monkeypatch
):
    """A burst numbers its gifts from the largest id when it began; another write between
    other profiles commits first and takes those ids: the burst moves its own on, and each
    result names the transaction that was written."""
    first, second, [(va, ca), (vb, cb)] = two
    claim = ledger.claim_transaction_ids
    others: list = []

    def claim_after_another_gift(conn, counted_on):
        if not others:  # the first burst to claim: the one under test
            others.append(None)
            others[0] = second.gifts.send(vb, cb, "Rose")
        return claim(conn, counted_on)

    monkeypatch.setattr(ledger, "claim_transaction_ids", claim_after_another_gift)
    mine = first.gifts.send_batch(
        [GiftRequest(va, ca, "Rose", 1, None, None)] * 3
        + [GiftRequest(va, ca, "Finger Heart", 1, None, None)],
        streaks=False,
    )
    [other] = others
    ids = [sent.transaction_id for sent in mine]
    assert ids == [other.transaction_id + 1 + i for i in range(4)]
    with psycopg.connect(first.store.target.url) as conn:
        stored = conn.execute(
            "SELECT txn_id, gift_name FROM gifts WHERE sender_id = %s ORDER BY txn_id", (va,)
        ).fetchall()
    assert stored == [(i, s.gift) for i, s in zip(ids, mine, strict=True)]


def test_a_gift_that_waited_for_the_ids_gives_the_next_ones_after_the_writer_before_it(
    two, monkeypatch
):
    """The largest id is read once the ids lock is held, in a snapshot taken after the
    writer before had committed: a gift that waited for that writer numbers after its gift
    (read before, it would take the same id and be refused)."""
    first, second, [(va, ca), (vb, cb)] = two
    claim = ledger.claim_transaction_ids
    waiting: list = []

    def claim_then_let_another_wait(conn, counted_on):
        txn = claim(conn, counted_on)
        if not waiting:  # the first gift: hold the ids while the other one comes to wait
            waiting.append(None)  # before the other gift's own claim comes through here
            waiting[0] = _in_thread(lambda: second.gifts.send(vb, cb, "Rose"))
            with psycopg.connect(first.store.target.url, autocommit=True) as look:
                for _ in range(200):
                    stuck = look.execute(
                        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    ).fetchone()[0]
                    if stuck:
                        break
                    threading.Event().wait(0.05)
                assert stuck == 1, "the other gift did not come to wait for the ids"
        return txn

    monkeypatch.setattr(ledger, "claim_transaction_ids", claim_then_let_another_wait)
    mine = first.gifts.send(va, ca, "Rose")
    [(thread, done)] = waiting
    thread.join(10)
    assert done, "the gift that waited for the ids did not get through"
    assert done[0].transaction_id == mine.transaction_id + 1


def test_a_gift_to_a_creator_is_not_held_up_by_another_senders_gift_to_them(two):
    first, second, [(va, ca), (vb, _cb)] = two
    with first.store.write(profiles=(va,)):  # a gift from Viewer A in progress
        thread, done = _in_thread(lambda: second.gifts.send(vb, ca, "Rose"))
        thread.join(10)
        assert done, "a gift from another sender to the same creator waited"


def test_a_gift_whose_creator_got_gifts_meanwhile_mints_from_their_totals_as_they_are(
    two, monkeypatch
):
    """Viewer B's rose to Creator A commits after Viewer A's was worked out and before it is
    written: A's gift mints what the cumulative rule gives after B's, not what it gave when
    A's burst read the totals (verify, after the test, recomputes every creator's)."""
    first, second, [(va, ca), (vb, _cb)] = two
    claim = ledger.claim_transaction_ids
    others: list = []

    def claim_after_another_gift_to_the_creator(conn, counted_on):
        if not others:
            others.append(None)
            others[0] = second.gifts.send(vb, ca, "Rose")
        return claim(conn, counted_on)

    monkeypatch.setattr(ledger, "claim_transaction_ids", claim_after_another_gift_to_the_creator)
    mine = first.gifts.send(va, ca, "Rose")
    [other] = others
    rules = first.rules
    as_read = mint_for_gift(rules, coins_received=0, diamonds_minted=0, coins=1).diamonds
    as_is = mint_for_gift(
        rules, coins_received=1, diamonds_minted=other.diamonds_credited, coins=1
    ).diamonds
    assert as_read != as_is  # the case tells the two apart
    assert mine.diamonds_credited == as_is
    assert first.balance(ca).diamonds == other.diamonds_credited + as_is
    assert mine.transaction_id == other.transaction_id + 1


def test_a_gift_whose_creators_live_ended_meanwhile_is_sent_again_on_a_video(
    two, monkeypatch, pauses
):
    first, second, [(va, ca), _] = two
    first.lives.start(ca, title="Late show")
    claim = ledger.claim_transaction_ids
    ended: list = []

    def claim_after_the_live_ends(conn, counted_on):
        if not ended:
            ended.append(second.lives.end(ca))
        return claim(conn, counted_on)

    monkeypatch.setattr(ledger, "claim_transaction_ids", claim_after_the_live_ends)
    sent = first.gifts.send(va, ca, "Rose")
    assert len(pauses) == 1  # run again once
    assert sent.context == "video" and sent.live_id is None
    assert ended[0].gifts == 0  # the LIVE ended with none of it


def test_a_write_returns_once_its_commit_is_on_disk(two, monkeypatch):
    """The write commits without waiting for the disk (its locks go at once), then waits
    for it: when send() returns, the server's log is on disk past the gift's commit."""
    first, _second, [(va, ca), _] = two
    flush = burst.Burst.flush
    written: list[str] = []

    def flush_and_look(self):
        flush(self)
        setting, lsn = self.conn.execute(
            "SELECT current_setting('synchronous_commit'), pg_current_wal_insert_lsn()"
        ).fetchone()
        assert setting == "off"  # the write's own commit does not wait for the disk
        written.append(lsn)  # the gift's rows are in the log up to here; its commit follows

    monkeypatch.setattr(burst.Burst, "flush", flush_and_look)
    first.gifts.send(va, ca, "Rose")
    with psycopg.connect(first.store.target.url, autocommit=True) as conn:
        beyond = conn.execute(
            "SELECT pg_wal_lsn_diff(pg_current_wal_flush_lsn(), %s::pg_lsn)", written
        ).fetchone()[0]
    assert beyond > 0  # past the rows, so past the commit record right after them


@pytest.fixture
def pauses(monkeypatch):
    taken: list[float] = []
    monkeypatch.setattr(retries, "pause", taken.append)
    return taken


def _cancelled_by_server(monkeypatch, state: str, times: int) -> list[int]:
    """Make the server cancel the next `times` bursts at their flush with SQLSTATE `state`,
    as it does the loser of a deadlock or a serialization failure (the transaction is then
    aborted)."""
    flush = burst.Burst.flush
    cancelled: list[int] = []

    def cancelled_flush(self):
        if len(cancelled) < times:
            cancelled.append(1)
            self.conn.execute(
                "DO $$ BEGIN RAISE EXCEPTION 'cancelled by the test'"
                f" USING ERRCODE = '{state}'; END $$"
            )
        return flush(self)

    monkeypatch.setattr(burst.Burst, "flush", cancelled_flush)
    return cancelled


@pytest.mark.parametrize("state", ["40001", "40P01"])  # serialization failure, deadlock
def test_a_write_the_server_cancels_is_run_again_and_written_once(two, monkeypatch, pauses, state):
    first, _second, [(va, ca), _] = two
    cancelled = _cancelled_by_server(monkeypatch, state, times=2)
    sent = first.gifts.send(va, ca, "Rose", key="tap-1")
    assert len(cancelled) == 2 and len(pauses) == 2
    again = first.gifts.send(va, ca, "Rose", key="tap-1")  # the user's retry: a replay
    assert again.transaction_id == sent.transaction_id
    assert first.balance(va).coins == 10_000 + 1_000 - 1
    with psycopg.connect(first.store.target.url) as conn:
        assert conn.execute(
            "SELECT count(*) FROM transactions WHERE idem_key = 'tap-1'"
        ).fetchone() == (1,)


def test_a_write_cancelled_every_time_gives_up_with_nothing_changed(two, monkeypatch, pauses):
    first, _second, [(va, ca), _] = two
    _cancelled_by_server(monkeypatch, "40001", times=retries.ATTEMPTS)
    with pytest.raises(WriteConflict, match="nothing was changed"):
        first.gifts.send(va, ca, "Rose")
    assert len(pauses) == retries.ATTEMPTS - 1
    assert first.balance(va).coins == 10_000 + 1_000
    assert first.gifts.send(va, ca, "Rose").balance_coins == 10_000 + 1_000 - 1  # it recovers


def _writers() -> list[tuple[str, object]]:
    """Every service function or method whose body opens a write transaction."""
    import giftdesk.services as package

    found = []
    for module_info in __import__("pkgutil").iter_modules(package.__path__):
        module = __import__(f"giftdesk.services.{module_info.name}", fromlist=["_"])
        for name, thing in vars(module).items():
            if getattr(thing, "__module__", None) != module.__name__:
                continue
            members = vars(thing).items() if inspect.isclass(thing) else [(name, thing)]
            for member_name, member in members:
                target = inspect.unwrap(member) if callable(member) else None
                if not inspect.isfunction(target):
                    continue
                try:
                    source = inspect.getsource(target)
                except OSError:  # made at run time (a dataclass's __init__): no body to read
                    continue
                opens = ".write(" in source or "idempotent_write(" in source
                if opens and not source.lstrip().startswith(("@contextmanager", "def idempotent")):
                    found.append((f"{module.__name__}.{member_name}", member))
    return found


def test_every_service_that_writes_is_run_again_when_the_server_cancels_it():
    writers = _writers()
    assert len(writers) >= 15  # the finder finds them (gifts, undo, recharge, payouts, ...)
    # A staged restore writes to a SQLite file of its own, never on a server.
    bare = [
        name
        for name, member in writers
        if not hasattr(member, "__wrapped__") and not name.endswith("_carry_money_moved")
    ]
    assert not bare, f"writes not wrapped in services.retries.retried: {bare}"

"""Services on a PostgreSQL database: opened from a URL or a target, seeing each other's
writes, and saying in one line what a server database does instead of a backup file."""

from __future__ import annotations

import pytest

from giftdesk.domain.errors import StorageError
from giftdesk.services import Services
from giftdesk.storage.targets import parse_target


@pytest.fixture
def two_windows(pg_url, clock):
    first = Services.open(pg_url, clock=clock)
    second = Services.open(parse_target(pg_url), clock=clock)
    yield first, second
    for services in (first, second):
        assert all(c.ok for c in services.maintenance.verify())
        services.close()


def test_a_gift_sent_in_one_window_is_news_in_the_other(two_windows):
    first, second = two_windows
    vera = first.profiles.add("Vera", birthdate="1990-04-12")
    cleo = first.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    assert second.maintenance.changed_elsewhere()
    assert not first.maintenance.changed_elsewhere()  # its own writes are not news
    second.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    sent = second.gifts.send(vera.id, cleo.id, "Rose", count=3)
    assert first.maintenance.changed_elsewhere()
    assert first.balance(cleo.id).diamonds == second.balance(cleo.id).diamonds > 0
    assert not second.in_memory
    assert sent.transaction_id == first.history.count(vera.id) and sent.transaction_id > 1


def test_backup_and_restore_say_what_to_use_instead(two_windows, tmp_path):
    first, _second = two_windows
    with pytest.raises(StorageError, match="pg_dump") as refused:
        first.maintenance.backup(tmp_path / "copy.sqlite3")
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "copy.sqlite3").exists()
    with pytest.raises(StorageError, match="pg_restore"):
        first.maintenance.restore(tmp_path / "copy.sqlite3")


def test_a_pinned_window_refuses_to_write_over_contents_replaced_elsewhere(two_windows, pg_url):
    import psycopg

    first, _second = two_windows
    first.maintenance.pin_contents()
    first.profiles.add("Vera", birthdate="1990-04-12")
    with psycopg.connect(pg_url, autocommit=True) as restorer:  # as a restore will
        restorer.execute("UPDATE giftdesk_contents SET generation = 7")
    assert first.maintenance.contents_generation() == 7
    with pytest.raises(StorageError, match="replaced by a restore"):
        first.profiles.add("Cleo", birthdate="1988-02-03")


def test_about_names_the_server(two_windows):
    first, _second = two_windows
    assert first.maintenance.database_server().startswith("PostgreSQL ")
    wallet = Services.open()
    try:
        assert wallet.maintenance.database_server() is None
    finally:
        wallet.close()

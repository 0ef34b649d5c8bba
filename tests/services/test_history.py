"""A profile's history: every transaction that concerns it, oldest first, as facts; their English
words (giftdesk/history_text.py) and its CSV export (giftdesk/history_csv.py)."""

from __future__ import annotations

import csv
import dataclasses

import pytest

from giftdesk.domain.errors import Cancelled, InvalidPath, StorageError
from giftdesk.domain.references import transaction_reference
from giftdesk.history_csv import CSV_COLUMNS, PROGRESS_ROWS, csv_row, export_csv
from giftdesk.history_text import describe
from giftdesk.services.gifting import GiftRequest
from giftdesk.services.history import GiftFacts, HistoryRow, PayoutFacts, PurchaseFacts
from giftdesk.services.payments import CardDetails

VISA = CardDetails("4242424242424242", "12/30", "321")


class FailingPayoutProvider:
    def settle(self, *, reference: str, method: str, cents: int) -> bool:
        return False


@pytest.fixture
def story(fresh_services, viewer, creator, clock):
    """Vera buys, sends, undoes; Cleo is paid out. Returns the transaction ids in order."""
    s = fresh_services
    s.lives.start(creator.id)  # the gifts without a context are sent during it
    ids = {}
    ids["recharge"] = s.recharge.recharge(
        viewer.id, coins=7_000, channel="app", method="app-store"
    ).transaction_id
    ids["rose"] = s.gifts.send(viewer.id, creator.id, "Rose").transaction_id
    clock.advance(seconds=1)
    ids["hearts"] = s.gifts.send(
        viewer.id, creator.id, "Finger Heart", count=3, context="video"
    ).transaction_id
    ids["jet"] = s.gifts.send(viewer.id, creator.id, "Private Jet").transaction_id
    clock.advance(seconds=2)
    ids["undo"] = s.gifts.undo(ids["hearts"]).transaction_id
    ids["second_recharge"] = s.recharge.recharge(
        viewer.id, coins=350, channel="web", method="card", card=VISA
    ).transaction_id
    clock.advance(minutes=1)
    request = s.payouts.request(creator.id, 1_500, method="paypal")
    ids["payout"] = request.transaction_id
    ids["paid"] = s.payouts.settle(request.payout_id).transaction_id
    return ids


def test_a_viewers_history(fresh_services, viewer, story):
    rows = fresh_services.history.rows(viewer.id)
    assert [r.transaction_id for r in rows] == [
        story[k] for k in ("recharge", "rose", "hearts", "jet", "undo", "second_recharge")
    ]
    assert [
        (r.kind, describe(r), r.coins, r.diamonds, r.money_cents, r.counterparty) for r in rows
    ] == [
        (
            "recharge",
            "Bought 7,000 coins + 700 bonus for $99.99 (app, app-store)",
            7_700,
            0,
            9_999,
            "",
        ),
        ("gift", "Sent Rose x1 to Cleo (LIVE)", -1, 0, 0, "Cleo"),
        ("gift", "Sent Finger Heart x3 to Cleo (video)", -15, 0, 0, "Cleo"),
        ("gift", "Sent Private Jet x1 to Cleo (LIVE)", -4_888, 0, 0, "Cleo"),
        ("gift_undo", "Undid Finger Heart x3 to Cleo", 15, 0, 0, "Cleo"),
        ("recharge", "Bought 350 coins for $3.70 (web, card)", 350, 0, 370, ""),
    ]
    assert sum(r.coins for r in rows) == fresh_services.balance(viewer.id).coins
    assert all(r.rules_version == "2026.1" for r in rows)
    assert [r.created_at for r in rows] == sorted(r.created_at for r in rows)
    assert rows[0].created_at == "2026-11-25T12:00:00.000000+00:00"


def test_a_creators_history(fresh_services, creator, story):
    rows = fresh_services.history.rows(creator.id)
    assert [
        (
            r.transaction_id,
            r.kind,
            describe(r),
            r.coins,
            r.diamonds,
            r.money_cents,
            r.counterparty,
        )
        for r in rows
    ] == [
        # The first rose mints no diamond yet, but Cleo did receive it.
        (story["rose"], "gift", "Received Rose x1 from Vera (LIVE)", 0, 0, 0, "Vera"),
        (story["hearts"], "gift", "Received Finger Heart x3 from Vera (video)", 0, 8, 0, "Vera"),
        (story["jet"], "gift", "Received Private Jet x1 from Vera (LIVE)", 0, 2_444, 0, "Vera"),
        (story["undo"], "gift_undo", "Vera undid Finger Heart x3", 0, -8, 0, "Vera"),
        (
            story["payout"],
            "payout",
            "Requested payout of 1,500 diamonds ($15.00)",
            0,
            -1_500,
            0,
            "",
        ),
        (story["paid"], "payout_paid", "Payout of $15.00 paid", 0, 0, 1_500, ""),
    ]
    assert sum(r.diamonds for r in rows) == fresh_services.balance(creator.id).diamonds


def test_a_failed_payout_in_the_history(open_services):
    s = open_services(payout_provider=FailingPayoutProvider())
    vera = s.profiles.add("Vera", birthdate="1990-04-12")
    cleo = s.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    s.recharge.recharge(vera.id, coins=3_500, channel="web", method="paypal")
    s.gifts.send(vera.id, cleo.id, "Motorcycle")
    request = s.payouts.request(cleo.id, 1_000, method="bank")
    s.payouts.settle(request.payout_id)
    rows = s.history.rows(cleo.id)
    assert [(r.kind, describe(r), r.diamonds, r.money_cents) for r in rows[-2:]] == [
        ("payout", "Requested payout of 1,000 diamonds ($10.00)", -1_000, 0),
        ("payout_failed", "Payout of $10.00 failed; diamonds returned", 1_000, 0),
    ]
    assert sum(r.diamonds for r in rows) == s.balance(cleo.id).diamonds == 1_494


def test_history_shows_only_the_profiles_own_transactions(fresh_services, story):
    otto = fresh_services.profiles.add("Otto", birthdate="1980-01-01")
    assert fresh_services.history.rows(otto.id) == []
    fresh_services.recharge.recharge(otto.id, coins=70, channel="web", method="paypal")
    assert [describe(r) for r in fresh_services.history.rows(otto.id)] == [
        "Bought 70 coins + 7 bonus for $0.74 (web, paypal)"
    ]


def test_export_csv_writes_a_header_and_one_row_per_transaction(
    fresh_services, viewer, story, tmp_path
):
    path = tmp_path / "vera.csv"
    assert export_csv(fresh_services.history, viewer.id, path) == 6
    with open(path, newline="", encoding="utf-8") as f:
        lines = list(csv.reader(f))
    assert lines[0] == list(CSV_COLUMNS)
    assert len(lines) == 1 + 6
    rows = fresh_services.history.rows(viewer.id)
    assert lines[1:] == [[str(v) for v in csv_row(r)] for r in rows]
    assert lines[1][CSV_COLUMNS.index("coins")] == "7700"
    assert lines[2][CSV_COLUMNS.index("description")] == "Sent Rose x1 to Cleo (LIVE)"
    assert [int(line[0]) for line in lines[1:]] == sorted(int(line[0]) for line in lines[1:])


def test_export_csv_of_an_empty_history_is_just_the_header(fresh_services, viewer, tmp_path):
    path = tmp_path / "empty.csv"
    assert export_csv(fresh_services.history, viewer.id, path) == 0
    assert path.read_text(encoding="utf-8").splitlines() == [",".join(CSV_COLUMNS)]


def test_export_csv_refuses_to_overwrite(fresh_services, viewer, story, tmp_path):
    path = tmp_path / "vera.csv"
    path.write_text("precious\n", encoding="utf-8")
    with pytest.raises(InvalidPath, match="already exists"):
        export_csv(fresh_services.history, viewer.id, path)
    assert path.read_text(encoding="utf-8") == "precious\n"


def test_export_csv_into_a_missing_folder_is_a_readable_error(fresh_services, viewer, tmp_path):
    with pytest.raises(StorageError, match="cannot write"):
        export_csv(fresh_services.history, viewer.id, tmp_path / "nope" / "vera.csv")


@pytest.fixture
def roses(fresh_services, funded_viewer, creator):
    """Vera's recharge, then 5,000 roses to Cleo: 5,001 rows, reported on three times."""
    fresh_services.gifts.send_batch(
        [GiftRequest(funded_viewer.id, creator.id, "Rose")] * 5_000, streaks=False
    )
    return funded_viewer


def test_export_csv_reports_its_progress_and_writes_the_same_file(fresh_services, roses, tmp_path):
    reports = []

    def progress(written, total):
        reports.append((written, total))
        return True

    assert (
        export_csv(fresh_services.history, roses.id, tmp_path / "a.csv", progress=progress) == 5_001
    )
    assert reports == [(0, 5_001), (PROGRESS_ROWS, 5_001), (2 * PROGRESS_ROWS, 5_001)]
    export_csv(fresh_services.history, roses.id, tmp_path / "b.csv")
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()


def test_a_cancelled_export_removes_its_file_and_raises_cancelled(fresh_services, roses, tmp_path):
    path = tmp_path / "vera.csv"
    seen = []

    def progress(written, total):
        seen.append(written)
        return written < PROGRESS_ROWS  # cancel at the second report, mid-file

    with pytest.raises(Cancelled, match="cancelled"):
        export_csv(fresh_services.history, roses.id, path, progress=progress)
    assert seen == [0, PROGRESS_ROWS]
    assert not path.exists()


def test_a_cancelled_export_never_touches_a_file_that_was_there(fresh_services, roses, tmp_path):
    path = tmp_path / "vera.csv"
    path.write_text("precious\n", encoding="utf-8")
    with pytest.raises(InvalidPath, match="already exists"):
        export_csv(fresh_services.history, roses.id, path, progress=lambda *_: False)
    assert path.read_text(encoding="utf-8") == "precious\n"


def test_count_is_the_number_of_history_rows(fresh_services, story, viewer, creator):
    for profile in (viewer, creator):
        assert fresh_services.history.count(profile.id) == len(
            fresh_services.history.rows(profile.id)
        )


@pytest.mark.sqlite_only
def test_count_reads_the_two_history_indexes(fresh_services, viewer):
    conn = fresh_services.ctx.conn
    statements = []
    conn.set_trace_callback(statements.append)
    fresh_services.history.count(viewer.id)
    conn.set_trace_callback(None)
    [sql] = statements
    plan = " ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql))
    assert "INDEX transactions_profile" in plan and "INDEX transactions_counterparty" in plan
    assert "SCAN transactions" not in plan


def test_pages_newest_first_cover_the_whole_history(fresh_services, funded_viewer, creator):
    s = fresh_services
    for i in range(23):
        s.gifts.send(funded_viewer.id, creator.id, "Rose", count=1 + i % 3)
    for profile in (funded_viewer, creator):
        everything = s.history.rows(profile.id)
        pages, before = [], None
        while True:
            page = s.history.page(profile.id, before_txn_id=before, limit=5)
            pages.extend(page)
            if len(page) < 5:
                break
            before = page[-1].transaction_id
        assert pages == everything[::-1]
        assert len(everything) == (24 if profile is funded_viewer else 23)


def test_a_csv_row_follows_the_header_and_guards_only_typed_text():
    rose = GiftFacts("Rose", 1, "live")
    row = HistoryRow(7, "2026-11-25T12:00:00+00:00", "gift", -1, 0, 0, "Cleo", "2026.1", True, rose)
    assert csv_row(row) == (
        7,
        "2026-11-25T12:00:00+00:00",
        "gift",
        "Sent Rose x1 to Cleo (LIVE)",
        -1,
        0,
        0,
        "Cleo",
        "2026.1",
        transaction_reference(7, "2026-11-25T12:00:00+00:00"),
    )
    assert len(csv_row(row)) == len(CSV_COLUMNS)
    formula = dataclasses.replace(row, counterparty="=1+1")
    assert csv_row(formula)[3] == "Sent Rose x1 to =1+1 (LIVE)"  # a formula only at the start
    assert csv_row(formula)[7] == "'=1+1"
    undone = dataclasses.replace(formula, kind="gift_undo", by_profile=False)
    assert csv_row(undone)[3] == "'=1+1 undid Rose x1"  # at the start: guarded
    assert csv_row(formula)[4] == -1  # a negative number is not text to guard


def test_rows_carry_the_facts_of_their_kind(fresh_services, viewer, creator, story):
    rows = {r.transaction_id: r for r in fresh_services.history.rows(viewer.id)}
    hearts, undo = rows[story["hearts"]], rows[story["undo"]]
    assert hearts.facts == GiftFacts("Finger Heart", 3, "video") and hearts.by_profile
    assert undo.facts == GiftFacts("Finger Heart", 3, None) and undo.counterparty == "Cleo"
    assert rows[story["recharge"]].facts == PurchaseFacts(7_000, 700, 9_999, "app", "app-store")
    paid = {r.transaction_id: r for r in fresh_services.history.rows(creator.id)}[story["paid"]]
    assert paid.facts == PayoutFacts(1_500, 1_500) and paid.money_cents == 1_500
    assert paid.as_dict() == {
        "transaction_id": story["paid"],
        "reference": transaction_reference(story["paid"], paid.created_at),
        "created_at": paid.created_at,
        "kind": "payout_paid",
        "coins": 0,
        "diamonds": 0,
        "money_cents": 1_500,
        "counterparty": "",
        "rules_version": "2026.1",
        "by_profile": True,
        "payout_diamonds": 1_500,
        "payout_cents": 1_500,
    }


def test_the_csv_export_is_readable_by_its_owner_only(fresh_services, funded_viewer, tmp_path):
    out = tmp_path / "history.csv"
    export_csv(fresh_services.history, funded_viewer.id, out)
    assert out.stat().st_mode & 0o777 == 0o600

"""The benchmarks' bulk builder writes rows past the services: a ledger it builds must still
pass every check, so that a schema change it does not follow fails here rather than in a
benchmark run."""

from giftdesk.services import Services
from tests.benchmarks import big_ledger


def test_a_bulk_built_ledger_passes_every_check(tmp_path):
    path = str(tmp_path / "big.db")
    built = big_ledger.build(path, gifts=500, viewers=20, creators=3, days=5, chunk=200)
    services = Services.open(path)
    try:
        failed = [c.name for c in services.maintenance.verify() if not c.ok]
        board = services.leaderboards.leaderboard(built.top_creator, "all", limit=100)
    finally:
        services.close()
    assert failed == []
    # Every other rose goes to the first creator, and the running totals say so (1 coin each).
    assert sum(s.coins for s in board.supporters) == 250

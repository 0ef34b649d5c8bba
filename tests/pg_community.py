"""A community's database and roles on the tests' PostgreSQL server, made from the very files
docs/community.md has an administrator run: resources/postgres/roles.sql (by the superuser),
the owner's first `giftdesk verify` (which makes the schema), then grants.sql (by the owner)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pg_server import PgServer, run_giftdesk

ROOT = Path(__file__).resolve().parents[1]
ROLES_SQL = ROOT / "resources" / "postgres" / "roles.sql"
GRANTS_SQL = ROOT / "resources" / "postgres" / "grants.sql"
_NUMBERS = itertools.count(1)


@dataclass
class Community:
    """Its roles (names unique on the server: roles are the cluster's, not a database's) and
    the databases made for them."""

    server: PgServer
    owner: str
    app: str
    reader: str
    dbname: str
    databases: list[str] = field(default_factory=list)

    def url(self, role: str, dbname: str | None = None) -> str:
        return self.server.url(dbname or self.dbname, user=role)

    def make_database(self, dbname: str) -> None:
        """roles.sql for `dbname`, run by the superuser: the roles made if missing, the database
        owned by the owner, only the three roles let in."""
        self.databases.append(dbname)
        self.server.psql(
            "-v", f"dbname={dbname}", "-v", f"owner={self.owner}",
            "-v", f"app={self.app}", "-v", f"reader={self.reader}",
            "-f", str(ROLES_SQL),
        )  # fmt: skip

    def grant(self, dbname: str | None = None) -> None:
        """grants.sql, run by the owner."""
        self.server.psql(
            "-v", f"app={self.app}", "-v", f"reader={self.reader}",
            "-f", str(GRANTS_SQL),
            user=self.owner, dbname=dbname or self.dbname,
        )  # fmt: skip


def verified(url: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    """`giftdesk --json --db URL verify` in a process of its own, every check passing."""
    done = run_giftdesk("--json", "--db", url, "verify", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    report: dict[str, Any] = json.loads(done.stdout)
    assert report["ok"] and all(c["ok"] for c in report["checks"]), report
    return report


@contextmanager
def new_community(server: PgServer) -> Iterator[Community]:
    """A community set up as docs/community.md says; its databases and roles dropped after."""
    n = next(_NUMBERS)
    made = Community(server, f"c{n}_owner", f"c{n}_app", f"c{n}_reader", f"community_{n}")
    try:
        made.make_database(made.dbname)
        verified(made.url(made.owner))
        made.grant()
        yield made
    finally:
        with server.superuser() as admin:
            for dbname in made.databases:
                admin.execute(f"DROP DATABASE IF EXISTS {dbname} WITH (FORCE)")
            for role in (made.owner, made.app, made.reader):
                admin.execute(f"DROP ROLE IF EXISTS {role}")

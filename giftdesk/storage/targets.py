"""What a `--db` value names: a SQLite file, or a database on a PostgreSQL server.

`parse_target("wallet.sqlite3")` is a `SqliteTarget`; `parse_target("postgresql://cleo@db.example
/gifts?sslmode=verify-full")` is a `PostgresTarget` holding libpq's connection parameters. A
value that means to be a URL but is not one GiftDesk can use is refused here, before anything
connects, with a one-line `InvalidDatabaseTarget` (exit 2).

A password is never taken from the URL (nor `password=` from its query): the command line is
visible to every user of the machine (`ps`, /proc/PID/cmdline) and kept in shell histories.
libpq reads it from PGPASSWORD or ~/.pgpass instead.

The URL form is libpq's own (https://www.postgresql.org/docs/current/libpq-connect.html,
"Connection URIs"): postgresql://[USER@][HOST][:PORT]/NAME[?KEY=VALUE&...], with the host
either a name, an address ([::1] for IPv6) or, percent-encoded or as ?host=, the folder of a
Unix socket. GiftDesk asks for one more thing than libpq does: the database name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, unquote, urlsplit

from giftdesk.domain.errors import InvalidDatabaseTarget
from giftdesk.i18n import _

SCHEMES = ("postgresql", "postgres")
MEMORY = ":memory:"  # db.MEMORY, without importing sqlite3 here

# The query parameters GiftDesk passes on to libpq: its connection keywords, less those that
# are secrets (password, sslpassword, oauth_client_secret, scram keys) and those that would
# make the connection something else (replication) or name the database and user a second way.
KEYWORDS = frozenset(
    {
        "host",
        "hostaddr",
        "port",
        "passfile",
        "require_auth",
        "channel_binding",
        "connect_timeout",
        "client_encoding",
        "options",
        "application_name",
        "fallback_application_name",
        "keepalives",
        "keepalives_idle",
        "keepalives_interval",
        "keepalives_count",
        "tcp_user_timeout",
        "gssencmode",
        "sslmode",
        "sslnegotiation",
        "sslcert",
        "sslkey",
        "sslcertmode",
        "sslrootcert",
        "sslcrl",
        "sslcrldir",
        "sslsni",
        "requirepeer",
        "ssl_min_protocol_version",
        "ssl_max_protocol_version",
        "min_protocol_version",
        "max_protocol_version",
        "krbsrvname",
        "gssdelegation",
        "service",
        "target_session_attrs",
        "load_balance_hosts",
    }
)
SECRETS = frozenset(
    {"password", "sslpassword", "oauth_client_secret", "scram_client_key", "scram_server_key"}
)
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")


def password_hint() -> str:
    """Where a server's password goes instead of the URL, in the user's language."""
    return _(
        "give it in the PGPASSWORD variable or a ~/.pgpass file instead, where other users of "
        "this machine cannot see it"
    )


_URL_START = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


@dataclass(frozen=True, slots=True)
class SqliteTarget:
    """A SQLite file (or ":memory:"); whether its folder exists is for whoever opens it."""

    path: str

    @property
    def in_memory(self) -> bool:
        return self.path == MEMORY


@dataclass(frozen=True, slots=True)
class PostgresTarget:
    """A database on a PostgreSQL server, as libpq's connection parameters (no password)."""

    dbname: str
    user: str | None = None
    host: str | None = None  # a name, an address, or a socket's folder; None: libpq's default
    port: int | None = None
    options: tuple[tuple[str, str], ...] = ()  # the other libpq keywords, as given

    def connect_params(self) -> dict[str, str]:
        """Keyword arguments for psycopg.connect() (libpq's keywords)."""
        params = {"dbname": self.dbname}
        if self.user is not None:
            params["user"] = self.user
        if self.host is not None:
            params["host"] = self.host
        if self.port is not None:
            params["port"] = str(self.port)
        params.update(self.options)
        return params

    @property
    def url(self) -> str:
        """The target as a URL, for messages (it has no password to hide)."""
        user = quote(self.user, safe="") + "@" if self.user is not None else ""
        host = ""
        query = list(self.options)
        if self.host is not None and self.host.startswith("/"):
            query.insert(0, ("host", self.host))  # a socket folder reads better as ?host=
        elif self.host is not None:
            host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="")
        if self.port is not None:
            host += f":{self.port}"
        text = f"postgresql://{user}{host}/{quote(self.dbname, safe='')}"
        if query:
            text += "?" + "&".join(f"{k}={quote(v, safe='/')}" for k, v in query)
        return text


Target = SqliteTarget | PostgresTarget


def parse_target(value: str) -> Target:
    """The database `value` names: a postgresql:// (or postgres://) URL, or else a file."""
    if not value.strip():
        raise InvalidDatabaseTarget(_("the database path is empty"))
    lowered = value.lower()
    if lowered.startswith(tuple(f"{s}:" for s in SCHEMES)):
        if not lowered.startswith(tuple(f"{s}://" for s in SCHEMES)):
            raise _malformed(value, _("it must start with postgresql://"))
        return _parse_postgres(value)
    start = _URL_START.match(value)
    if start is not None:
        scheme = value[: start.end() - 3]
        raise InvalidDatabaseTarget(
            _(
                "{scheme}:// is not a kind of database GiftDesk knows: give a file, or a "
                "postgresql://USER@HOST/NAME URL"
            ).format(scheme=scheme)
        )
    return SqliteTarget(value)


def _parse_postgres(value: str) -> PostgresTarget:
    if any(ord(ch) < 0x20 or ord(ch) == 0x7F for ch in value):
        raise _malformed(value, _("it holds a control character"))
    try:
        parts = urlsplit(value)
    except ValueError:  # "Invalid IPv6 URL": a [ without its ]
        raise _malformed(value, _("an IPv6 address needs its closing ]")) from None
    if parts.fragment or value.endswith("#"):
        raise _malformed(value, _("a # has no meaning in it"))
    user, host, port = _authority(value, parts.netloc)
    dbname = _dbname(value, parts.path)
    options: list[tuple[str, str]] = []
    for key, item in _query(value, parts.query):
        if key == "host":
            if host is not None:
                raise _malformed(value, _("it names the host twice"))
            host = item
        elif key == "port":
            if port is not None:
                raise _malformed(value, _("it names the port twice"))
            port = _port(value, item)
        else:
            options.append((key, item))
    return PostgresTarget(dbname=dbname, user=user, host=host, port=port, options=tuple(options))


def _authority(value: str, netloc: str) -> tuple[str | None, str | None, int | None]:
    """USER@HOST:PORT, each part optional; a password (USER:PASSWORD@) is refused."""
    userinfo, at, hostport = netloc.rpartition("@")
    user = None
    if at:
        if ":" in userinfo:
            raise InvalidDatabaseTarget(
                _(
                    "the database URL {url} holds a password, which would be visible to other "
                    "users in the command line: {hint}"
                ).format(url=_without_password(value), hint=password_hint())
            )
        if not userinfo:
            raise _malformed(value, _("the user name before @ is empty"))
        user = unquote(userinfo)
    if "," in hostport:
        raise _malformed(value, _("name one server only"))
    host, port_text = hostport, None
    if hostport.startswith("["):  # [IPv6]:PORT
        end = hostport.find("]")
        if end < 0:
            raise _malformed(value, _("an IPv6 address needs its closing ]"))
        host, rest = hostport[1:end], hostport[end + 1 :]
        if rest and not rest.startswith(":"):
            raise _malformed(value, _("only :PORT may follow the ] of an IPv6 address"))
        port_text = rest[1:] if rest else None
    elif ":" in hostport:
        host, _colon, port_text = hostport.partition(":")
    port = _port(value, port_text) if port_text is not None else None
    return user, (unquote(host) if host else None), port


def _port(value: str, text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= 65535:
        # Not echoed: in postgresql://cleo:hunter2/x@host libpq reads hunter2 as the port.
        raise _malformed(value, _("its port is not a number from 1 to 65535"))
    return int(text)


def _dbname(value: str, path: str) -> str:
    name = unquote(path[1:]) if path.startswith("/") else ""
    if not name:
        raise _malformed(
            value,
            _("it names no database: write it after the host, as in postgresql://USER@HOST/NAME"),
        )
    if "/" in path[1:]:
        raise _malformed(value, _("the database name cannot hold a / (write it as %2F)"))
    return name


def _query(value: str, query: str) -> list[tuple[str, str]]:
    try:
        pairs = parse_qsl(query, keep_blank_values=True, strict_parsing=bool(query))
    except ValueError:
        raise _malformed(value, _("its parameters after ? are not KEY=VALUE pairs")) from None
    seen: set[str] = set()
    for key, item in pairs:
        if key in SECRETS:
            raise InvalidDatabaseTarget(
                _(
                    "the database URL {url} holds a {key}, which would be visible to other "
                    "users in the command line: {hint}"
                ).format(url=_without_password(value), key=key, hint=password_hint())
            )
        if key in ("dbname", "user"):
            raise _malformed(
                value, _("give the {key} in the URL itself, not as ?{key}=").format(key=key)
            )
        if key not in KEYWORDS:
            raise _malformed(
                value, _("'{key}' is not a connection parameter GiftDesk knows").format(key=key)
            )
        if key in seen:
            raise _malformed(value, _("it gives {key} twice").format(key=key))
        if key == "sslmode" and item not in SSL_MODES:
            raise _malformed(
                value, _("sslmode must be one of {modes}").format(modes=", ".join(SSL_MODES))
            )
        seen.add(key)
    return pairs


def _malformed(value: str, why: str) -> InvalidDatabaseTarget:
    return InvalidDatabaseTarget(
        _("the database URL {url} cannot be used: {why}").format(
            url=_without_password(value), why=why
        )
    )


def _without_password(value: str) -> str:
    """The URL as it may be shown, in one line: a password in it, in the user part or the
    query, as ***, and a control character as \ufffd.
    Generous: whatever stands between the first : and the last @ after the scheme is hidden,
    so that a password holding a /, ? or # is hidden too."""
    scheme, sep, rest = value.partition("://")
    userinfo, at, after = rest.rpartition("@")
    if at and ":" in userinfo:
        rest = userinfo.partition(":")[0] + ":***@" + after
    head, question, query = rest.partition("?")
    if question:
        query = "&".join(
            f"{k}=***" if unquote(k).lower() in SECRETS else part
            for part in query.split("&")
            for k in (part.partition("=")[0],)
        )
    shown = f"{scheme}{sep}{head}{question}{query}"
    return "".join(ch if ch.isprintable() else "\ufffd" for ch in shown)

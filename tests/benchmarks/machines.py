"""The LIVE room across machines on PostgreSQL (issue 19): "a gift sent on one machine shows
in another machine's LIVE room, header and tabs within half a second".

Three machines on this one, each a network namespace of Linux's with its own interface: the
server's (the host's own namespace), a viewer's and a sender's, joined by a virtual Ethernet
pair each (`ip netns`, `ip link ... type veth`). The server listens on its end of each pair
and nowhere else but its socket; the viewer's window reaches it over TCP from its namespace,
the sender's `giftdesk live simulate` from the other. So the notice of a gift crosses two
network stacks, as between machines on a LAN, only without a LAN's latency (about 0.2 ms,
which the half-second leaves room for).

  live_feed_latency_ms  p95, from a gift's commit in the sender's machine to the viewer's
                        room painting it, during the same 1,000 gifts a second burst as the
                        SQLite benchmark (live_room.py)                                <= 500
  live_ui_max_stall_ms  the viewer's event loop's longest gap during it                <= 100
  live_header_matches   the room's header shows the LIVE's diamonds as the server has them
                        once the burst is over (1: it does)

Needs root (namespaces and interfaces) and iproute2; the namespaces and interfaces are
removed whatever happens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
# One /24 per machine; the server's address ends in .1, the machine's in .2.
MACHINES = {"viewer": "10.231.1", "sender": "10.231.2"}
PREFIX = "gdbench"  # names of the namespaces: gdbench-viewer; interfaces: gdbv-h, gdbv-n


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, text=True)


def _namespace(name: str) -> str:
    return f"{PREFIX}-{name}"


def _pair(name: str) -> tuple[str, str]:
    """The machine's link: the host's end and the machine's (15 characters at most)."""
    return f"gdb{name[0]}-h", f"gdb{name[0]}-n"


def _remove(name: str) -> None:
    """Remove a machine's namespace and its pair; nothing if they are not there."""
    ns = _namespace(name)
    subprocess.run(["ip", "netns", "del", ns], capture_output=True)
    subprocess.run(["ip", "link", "del", _pair(name)[0]], capture_output=True)


@contextmanager
def machines() -> Iterator[dict[str, list[str]]]:
    """The viewer's and the sender's machines: for each, the command prefix that runs a
    program there. The server's addresses are MACHINES[name] + '.1'."""
    try:
        for name, net in MACHINES.items():
            _remove(name)  # the remains of a run killed with -9
            ns = _namespace(name)
            host, machine = _pair(name)
            _ip("netns", "add", ns)
            _ip("link", "add", host, "type", "veth", "peer", "name", machine)
            _ip("link", "set", machine, "netns", ns)
            _ip("addr", "add", f"{net}.1/24", "dev", host)
            _ip("link", "set", host, "up")
            _ip("netns", "exec", ns, "ip", "addr", "add", f"{net}.2/24", "dev", machine)
            _ip("netns", "exec", ns, "ip", "link", "set", machine, "up")
            _ip("netns", "exec", ns, "ip", "link", "set", "lo", "up")
        yield {name: ["ip", "netns", "exec", _namespace(name)] for name in MACHINES}
    except subprocess.CalledProcessError as e:
        raise RuntimeError(
            f"could not make the benchmark's machines ({' '.join(e.cmd)}): {e.stderr.strip()}"
        ) from None
    finally:
        for name in MACHINES:
            _remove(name)


def open_to_machines(server) -> None:  # server: tests/pg_server.PgServer
    """Let the server listen on its end of each machine's pair and take its role's logins
    from there without a password (a throwaway server on private links only), then restart
    it to listen there."""
    addresses = ",".join(f"{net}.1" for net in MACHINES.values())
    hba = server.data / "pg_hba.conf"
    lines = "".join(f"host all all {net}.0/24 trust\n" for net in MACHINES.values())
    hba.write_text(lines + hba.read_text(encoding="utf-8"), encoding="utf-8")
    with open(server.data / "postgresql.conf", "a", encoding="utf-8") as conf:
        conf.write(f"listen_addresses = '{addresses}'\n")
    server._run("pg_ctl", "restart", "--pgdata", str(server.data), "--log", str(server.log),
                "--wait", "--mode", "fast")  # fmt: skip
    server.forget_connections()  # they went with the restart


def url_from(server, database: str, machine: str) -> str:
    """The database's URL as the machine reaches it: the server's address on its link."""
    from pg_server import ROLE

    return f"postgresql://{ROLE}@{MACHINES[machine]}.1:{server.port}/{database}"


def live_across_machines(server, work: Path, *, seconds: int) -> dict:
    """Run the LIVE room in the viewer's machine and the simulator in the sender's, against
    one database of `server`; the viewer's figures."""
    with machines() as on:
        open_to_machines(server)  # once its addresses on the links exist
        database = server.create_database()
        viewer = subprocess.run(
            [
                *on["viewer"],
                sys.executable,
                str(HERE / "machines.py"),
                "--viewer",
                url_from(server, database, "viewer"),
                "--sender",
                json.dumps([*on["sender"], sys.executable]),
                "--sender-db",
                url_from(server, database, "sender"),
                "--work",
                str(work),
                "--seconds",
                str(seconds),
            ],
            capture_output=True,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            timeout=seconds + 180,
        )
    if viewer.returncode != 0:
        raise RuntimeError(f"the viewer's machine failed: {viewer.stderr[-2_000:]}")
    figures: dict = json.loads(viewer.stdout.strip().splitlines()[-1])
    return figures


def _viewer(args: list[str]) -> None:
    """In the viewer's machine: the room, with the simulator started in the sender's."""
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--viewer")
    parser.add_argument("--sender")
    parser.add_argument("--sender-db")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--seconds", type=int)
    a = parser.parse_args(args)
    sys.path[:0] = [str(HERE.parent.parent), str(HERE)]  # this checkout's giftdesk, then ours
    from live_room import live_room

    figures = live_room(
        a.work,
        seconds=a.seconds,
        database=a.viewer,
        simulator=json.loads(a.sender),
        simulator_database=a.sender_db,
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    _viewer(sys.argv[1:])

"""How long `giftdesk copy` takes, and how much memory, on a large wallet, each way (not a
test module):

    python tests/benchmarks/copy_wallet.py [--gifts N]

Builds an N-gift SQLite wallet (big_ledger.py), starts a throwaway PostgreSQL server
(tests/pg_server.py), then runs `giftdesk copy` as a process of its own, file to server and
server to file, under /usr/bin/time for its peak resident memory. Prints one line a copy.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from big_ledger import build  # noqa: E402
from pg_server import PgServer, find_bin_dir  # noqa: E402


def copy(source: str, dest: str) -> tuple[float, int]:
    """(seconds, peak KiB) of one `giftdesk copy` process."""
    started = time.perf_counter()
    done = subprocess.run(
        ["/usr/bin/time", "-f", "%M", sys.executable, "-m", "giftdesk", "copy", source, dest],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"copy {source} {dest} failed: {done.stderr}")
    return seconds, int(done.stderr.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--gifts", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="giftdesk-copy-bench-"))
    wallet = work / "big.sqlite3"
    built = time.perf_counter()
    build(str(wallet), gifts=args.gifts)
    print(f"built {args.gifts:,} gifts in {time.perf_counter() - built:.1f} s", flush=True)
    server = PgServer(find_bin_dir())
    server.start()
    try:
        url = server.url(server.create_database())
        for source, dest in ((str(wallet), url), (url, str(work / "back.sqlite3"))):
            seconds, peak = copy(source, dest)
            kind = "file to server" if dest == url else "server to file"
            print(f"{kind}: {seconds:.1f} s, peak {peak / 1024:.0f} MiB", flush=True)
    finally:
        server.stop()
        shutil.rmtree(work)


if __name__ == "__main__":
    main()

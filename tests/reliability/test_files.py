"""Damaged, read-only and missing database files and a full disk: clear words, nothing lost.

The read-only disk and the full disk are real: a read-only bind mount and a small tmpfs. CI runs
as root on a machine that allows both (see the environment notes); a machine that does not
fails these tests rather than skipping them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from giftdesk.domain.errors import InvalidPath, NotAGiftDeskDatabase, StorageError
from giftdesk.services import Services
from giftdesk.ui.main_window import MainWindow

# Files, every test here: a test that takes `fresh_services` keeps only its SQLite case of the
# `engine` this folder's conftest.py gives both engines (a server's disk is not the app's).
pytestmark = pytest.mark.sqlite_only


def giftdesk(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "giftdesk", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def one_error_line(done: subprocess.CompletedProcess) -> str:
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("giftdesk: error: "), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


def make_ledger(db: Path) -> None:
    services = Services.open(db)
    vera = services.profiles.add("Vera", birthdate="1990-04-12")
    services.profiles.add("Cleo", birthdate="1988-02-03", creator=True)
    services.recharge.recharge(vera.id, coins=700, channel="web", method="paypal")
    services.gifts.send(vera.id, services.profiles.find("Cleo").id, "Rose", count=9)
    services.close()


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True)


@pytest.fixture
def read_only_copy(tmp_path):
    """A directory holding a ledger, seen through a read-only bind mount."""
    source = tmp_path / "rw"
    source.mkdir()
    make_ledger(source / "g.db")
    view = tmp_path / "ro"
    view.mkdir()
    _mount("--bind", str(source), str(view))
    try:
        _mount("-o", "remount,ro,bind", str(view))
        yield view / "g.db"
    finally:
        # lazily: a test that failed with the file still open must not leave the mount behind
        # (pytest's clean-up of old temporary folders then fails on it in later runs)
        subprocess.run(["umount", "--lazy", str(view)], check=False)


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs, to fill up."""
    mount = tmp_path / "small"
    mount.mkdir()
    _mount("-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount))
    try:
        yield mount
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=False)  # as above


def test_read_only_disk_reads_work_and_writes_are_refused_clearly(read_only_copy):
    before = read_only_copy.read_bytes()
    done = giftdesk(read_only_copy, "balance", "Vera")
    assert done.returncode == 0 and "761 coins" in done.stdout, done.stderr
    assert giftdesk(read_only_copy, "verify").returncode == 0
    done = giftdesk(read_only_copy, "send", "Vera", "Cleo", "Rose")
    assert done.returncode == 1
    assert "read-only; nothing was changed" in one_error_line(done)
    assert read_only_copy.read_bytes() == before


def test_read_only_database_in_the_window_shows_a_banner(read_only_copy, qtbot, tmp_path):
    services = Services.open(read_only_copy)
    window = MainWindow(
        services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.check_on_start()
    assert not window.banner_label.isHidden()
    assert "read-only" in window.banner_label.text()
    services.close()


def fill(disk: Path) -> Path:
    """Take every free byte of `disk` with one file; return it (unlink it to free the disk)."""
    filler = disk / "filler"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:  # no space left
        pass
    finally:
        os.close(fd)
    return filler


def test_a_disk_too_full_to_open_the_file_still_reads_it_and_backs_it_up(small_disk, tmp_path):
    db = small_disk / "g.db"
    make_ledger(db)  # closed cleanly: no -wal or -shm file left
    filler = fill(small_disk)  # not even the -shm file a WAL read needs fits now
    done = giftdesk(db, "--json", "balance", "Vera")
    assert done.returncode == 0 and '"coins": 761' in done.stdout, done.stderr
    assert giftdesk(db, "backup", str(tmp_path / "safe.db")).returncode == 0
    done = giftdesk(db, "send", "Vera", "Cleo", "Rose")
    assert done.returncode == 1
    assert "disk holding" in one_error_line(done) and "is full" in done.stderr
    filler.unlink()
    assert giftdesk(db, "send", "Vera", "Cleo", "Rose").returncode == 0


def test_full_disk_refuses_the_write_and_keeps_every_earlier_one(small_disk):
    db = small_disk / "g.db"
    make_ledger(db)
    filler = fill(small_disk)
    done = giftdesk(
        db, "recharge", "Vera", "--package", "17500", "--channel", "web", "--method", "paypal"
    )
    assert done.returncode == 1
    line = one_error_line(done)
    assert "nothing was changed" in line and ("full" in line or "disk" in line)
    filler.unlink()
    done = giftdesk(db, "--json", "balance", "Vera")
    assert done.returncode == 0 and '"coins": 761' in done.stdout
    assert giftdesk(db, "verify").returncode == 0


@pytest.mark.parametrize("damage", ["half", "header-only", "garbage-after-header", "text"])
def test_damaged_files_are_refused_and_left_as_they_are(tmp_path, damage):
    db = tmp_path / "g.db"
    make_ledger(db)
    data = db.read_bytes()
    damaged = {
        "half": data[: len(data) // 2],
        "header-only": data[:100],
        "garbage-after-header": data[:100] + os.urandom(len(data) - 100),
        "text": b"Dear diary, today I bought coins.\n" * 50,
    }[damage]
    db.write_bytes(damaged)
    done = giftdesk(db, "balance", "Vera")
    assert done.returncode in (1, 2)
    one_error_line(done)
    assert db.read_bytes() == damaged
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


def test_missing_database_is_created_private_to_its_owner(tmp_path):
    db = tmp_path / "g.db"  # in a folder that exists (one that does not is refused)
    done = giftdesk(db, "profiles", "list")
    assert done.returncode == 0, done.stderr
    assert db.stat().st_mode & 0o777 == 0o600


def test_backup_then_restore_brings_back_the_ledger(tmp_path):
    db = tmp_path / "g.db"
    make_ledger(db)
    assert giftdesk(db, "backup", str(tmp_path / "safe.db")).returncode == 0
    assert giftdesk(db, "send", "Vera", "Cleo", "Corgi").returncode == 0
    done = giftdesk(db, "--json", "restore", str(tmp_path / "safe.db"))
    assert done.returncode == 0, done.stderr
    assert '"coins": 761' in giftdesk(db, "--json", "balance", "Vera").stdout
    previous = next(tmp_path.glob("g.db.before-restore-*"))
    kept = Services.open(previous)
    assert kept.balance(kept.profiles.find("Vera").id).coins == 761 - 299
    kept.close()
    assert giftdesk(db, "verify").returncode == 0


def test_restore_refuses_a_backup_that_fails_verification(tmp_path):
    db = tmp_path / "g.db"
    make_ledger(db)
    bad = tmp_path / "bad.db"
    shutil.copy(db, bad)
    import sqlite3

    with sqlite3.connect(bad) as conn:  # coins from nowhere
        conn.execute("UPDATE accounts SET balance = balance + 5 WHERE code = 'profile:1:coin'")
    conn.close()
    before = db.read_bytes()
    services = Services.open(db)
    with pytest.raises(InvalidPath, match="fails verification"):
        services.maintenance.restore(bad)
    with pytest.raises(NotAGiftDeskDatabase):
        (tmp_path / "junk.db").write_bytes(b"junk" * 200)
        services.maintenance.restore(tmp_path / "junk.db")
    services.close()
    assert db.read_bytes() == before


def test_a_damaged_ledger_can_be_restored_over_and_is_kept_as_it_was(tmp_path):
    # The window tells a user whose ledger fails its checks to restore a backup: the restore
    # must not refuse because the contents it keeps aside fail those same checks.
    import sqlite3

    db = tmp_path / "g.db"
    make_ledger(db)
    services = Services.open(db)
    services.maintenance.backup(tmp_path / "safe.db")
    services.close()
    with sqlite3.connect(db) as conn:  # coins from nowhere
        conn.execute("UPDATE accounts SET balance = balance + 5 WHERE code = 'profile:1:coin'")
    conn.close()
    services = Services.open(db)
    assert not all(c.ok for c in services.maintenance.verify())
    done = services.maintenance.restore(tmp_path / "safe.db")
    saved, checks = done.previous, done.checks
    assert all(c.ok for c in checks)
    assert services.balance(services.profiles.find("Vera").id).coins == 770 - 9
    services.close()
    kept = Services.open(saved)  # the damaged contents, exactly as they were, for a look later
    assert kept.balance(kept.profiles.find("Vera").id).coins == 770 - 9 + 5
    kept.close()


def test_a_backup_with_another_page_size_restores(tmp_path):
    import sqlite3

    db = tmp_path / "g.db"
    make_ledger(db)
    services = Services.open(db)
    services.maintenance.backup(tmp_path / "safe.db")
    services.gifts.send(
        services.profiles.find("Vera").id, services.profiles.find("Cleo").id, "Corgi"
    )
    with sqlite3.connect(tmp_path / "safe.db", isolation_level=None) as conn:
        conn.execute("PRAGMA page_size = 8192")  # as a tool with another default leaves it
        conn.execute("VACUUM")
    conn.close()
    done = services.maintenance.restore(tmp_path / "safe.db")
    assert all(c.ok for c in done.checks)
    assert services.balance(services.profiles.find("Vera").id).coins == 761
    services.close()


def test_no_room_to_check_a_backup_is_said_as_such_not_as_a_damaged_backup(small_disk, tmp_path):
    db = small_disk / "g.db"
    make_ledger(db)
    services = Services.open(db)
    try:
        services.maintenance.backup(tmp_path / "safe.db")  # on another disk, with room
        filler = fill(small_disk)
        try:
            with pytest.raises(StorageError, match="no room beside the database"):
                services.maintenance.restore(tmp_path / "safe.db")
        finally:
            filler.unlink()
        assert not list(small_disk.glob(".giftdesk-restore-*"))
        assert services.balance(services.profiles.find("Vera").id).coins == 761
    finally:
        services.close()


def test_the_copy_kept_aside_is_taken_under_the_restores_write_lock(tmp_path, monkeypatch):
    # Nothing can commit between the copy of the current contents and the restore that
    # replaces them: a gift sent meanwhile waits, and lands in one or the other. (It used to
    # commit in between and be in neither.)
    import sqlite3

    from giftdesk.storage import backup_files

    db = tmp_path / "g.db"
    make_ledger(db)
    services = Services.open(db)
    services.maintenance.backup(tmp_path / "safe.db")
    other = sqlite3.connect(db, timeout=0, isolation_level=None)  # another process's writer
    real = backup_files._copy_as_it_is
    attempts = []

    def copy_then_try_to_write(conn, dest):
        real(conn, dest)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            attempts.append("it could write")
        except sqlite3.OperationalError as e:
            attempts.append(str(e))

    monkeypatch.setattr(backup_files, "_copy_as_it_is", copy_then_try_to_write)
    done = services.maintenance.restore(tmp_path / "safe.db")
    saved, _checks = done.previous, done.checks
    assert attempts == ["database is locked"]
    assert not list(tmp_path.glob(".g.db.before-restore-*.part-*"))  # only the whole copy
    assert saved.exists()
    other.close()
    services.close()


def test_services_that_pinned_the_contents_write_nothing_after_a_restore_elsewhere(tmp_path):
    db = tmp_path / "g.db"
    make_ledger(db)
    command = Services.open(db)  # as the command line opens it, before it waits for the lock
    command.maintenance.pin_contents()
    vera, cleo = command.profiles.find("Vera").id, command.profiles.find("Cleo").id
    restorer = Services.open(db)
    restorer.maintenance.backup(tmp_path / "safe.db")
    before = restorer.maintenance.contents_generation()
    restorer.maintenance.restore(tmp_path / "safe.db")
    assert restorer.maintenance.contents_generation() not in (before, 0)
    with pytest.raises(StorageError, match="replaced by a restore from a backup"):
        command.gifts.send(vera, cleo, "Rose")
    restorer.gifts.send(vera, cleo, "Rose")  # the restoring services go on writing
    command.close()
    restorer.close()


def test_what_a_killed_backup_or_restore_left_is_cleared_by_the_next_one(tmp_path):
    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = int(gone.stdout)  # a process that has exited
    db = tmp_path / "g.db"
    make_ledger(db)
    leftovers = [
        tmp_path / f".safe.db.part-{dead}",
        tmp_path / f".safe.db.part-{dead}-journal",
        tmp_path / f".g.db.before-restore-20261201T000000Z.part-{dead}",
    ]
    for path in leftovers:
        path.write_bytes(b"half a copy")
    staging = tmp_path / f".giftdesk-restore-{dead}-x1y2z3"
    staging.mkdir()
    (staging / "backup.sqlite3").write_bytes(b"half a copy")
    live = tmp_path / f".giftdesk-restore-{os.getppid()}-a1b2c3"  # a running process's
    live.mkdir()
    services = Services.open(db)
    services.maintenance.backup(tmp_path / "safe.db")
    services.maintenance.restore(tmp_path / "safe.db")
    services.close()
    assert not any(path.exists() for path in leftovers) and not staging.exists()
    assert live.exists()


def test_quick_check_on_start_warns_about_a_broken_ledger(tmp_path, qtbot):
    db = tmp_path / "g.db"
    make_ledger(db)
    import sqlite3

    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE accounts SET balance = balance + 5 WHERE code = 'profile:1:coin'")
    conn.close()
    services = Services.open(db)
    window = MainWindow(
        services, settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(window)
    window.check_on_start()
    assert "debits_equal_credits" in window.banner_label.text()
    services.close()


def test_write_errors_become_storage_errors_and_roll_back(
    fresh_services, funded_viewer, creator, monkeypatch
):
    import sqlite3

    from giftdesk.storage import gifts

    def disk_gone(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    # the last write of a gift: the creator's running totals, at the end of its transaction
    monkeypatch.setattr(gifts, "write_creator_totals", disk_gone)
    with pytest.raises(StorageError, match="nothing was changed"):
        fresh_services.gifts.send(funded_viewer.id, creator.id, "Rose")
    monkeypatch.undo()
    assert fresh_services.balance(funded_viewer.id).coins == 19_250


def test_screenshots_of_a_read_only_database_need_no_write(read_only_copy, tmp_path):
    # The Earnings tab marks a creator's new gifts seen, which is a write: on a read-only file
    # it used to raise, and the error dialog of a headless run waited for ever.
    shots = tmp_path / "shots"
    done = giftdesk(read_only_copy, "--screenshot", str(shots))
    assert done.returncode == 0, done.stderr
    assert {"activity.png", "earnings.png", "gifts.png", "live.png", "recharge.png"} <= {
        p.name for p in shots.iterdir()
    }


def test_restore_refuses_a_backup_whose_triggers_were_changed(tmp_path):
    import sqlite3

    db = tmp_path / "g.db"
    make_ledger(db)
    tampered = tmp_path / "tampered.db"
    services = Services.open(db)
    services.maintenance.backup(tampered)
    with sqlite3.connect(tampered) as conn:  # every check still passes on this file
        conn.execute("DROP TRIGGER transfers_no_update")
    conn.close()
    before = services.balance(services.profiles.find("Vera").id)
    with pytest.raises(InvalidPath, match="does not have the tables, triggers and checks"):
        services.maintenance.restore(tampered)
    assert services.balance(services.profiles.find("Vera").id) == before
    assert list(tmp_path.glob("g.db.before-restore-*")) == []  # refused before anything moved
    services.close()


def test_a_backup_from_an_earlier_schema_restores(tmp_path):
    import sqlite3

    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

    from giftdesk.storage import migrations

    old = tmp_path / "old.db"  # as an earlier GiftDesk left it: migrations 0001 to 0005 only
    with sqlite3.connect(old) as conn:
        earlier = Migrations(migrations.SET_NAME)
        for step in migrations.STEPS[:5]:
            earlier()(step)
        earlier.apply(Database(conn))
    conn.close()
    db = tmp_path / "g.db"
    services = Services.open(db)  # no money has moved here yet: nothing to carry
    services.profiles.add("Vera", birthdate="1990-04-12")
    done = services.maintenance.restore(old)
    saved, checks = done.previous, done.checks
    assert all(c.ok for c in checks) and saved is not None
    assert services.profiles.list() == []  # the old, empty ledger is back
    services.close()
    assert not list(tmp_path.glob(".giftdesk-restore-*"))  # the staged copy is gone

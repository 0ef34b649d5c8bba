"""File > Restore from Backup: the backup checked in a worker, what it holds said and asked
about, then put in place of the wallet's contents (which are kept aside) and shown."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.ui.actions import sentence
from giftdesk.ui.operations.job import STATUS_MS, check_name, start_job

if TYPE_CHECKING:
    from giftdesk.services.maintenance import Moved, StagedRestore
    from giftdesk.ui.operations.job import Host

# The purchases and payouts since the backup, listed one a line up to this many: a message
# box does not scroll, and a month of purchases went off the bottom of the screen (a 1366x768
# laptop at 150% has room for three lines of them).
CARRIED_LINES = 3


def restore(window: Host) -> None:
    title = QCoreApplication.translate("Operations", "Restore from backup")
    if window.services.maintenance.read_only:
        window.prompter.error(
            window,
            title,
            QCoreApplication.translate(
                "Operations", "This database is read-only: nothing can be restored into it."
            ),
        )
        return
    path = window.prompter.open_path(
        window,
        title,
        str(Path.home()),
        QCoreApplication.translate("Operations", "SQLite database (*.sqlite3 *.db);;All files (*)"),
    )
    if path is None or not _unlock_every_other_profile(window):
        return
    start_job(
        window,
        title,
        lambda snapshot, progress: snapshot.maintenance.stage_restore(path, progress=progress),
        lambda done, total, name: QCoreApplication.translate(
            "Operations", "Checking the backup: {name} ({number} of {total})…"
        ).format(name=check_name(name), number=done + 1, total=total),
        done=lambda staged: _ask_then_restore(window, staged),
        failed_title=QCoreApplication.translate("Operations", "Restore failed"),
        cancelled=QCoreApplication.translate("Operations", "Restore cancelled"),
    )


def _unlock_every_other_profile(window: Host) -> bool:
    """A restore replaces every profile: each one with a password needs it, as the command
    line asks for it. The one on show was unlocked to be shown."""
    services = window.services
    for profile_id in services.security.with_password():
        if profile_id == window.selection.profile_id:
            continue
        name = services.profiles.get(profile_id).name
        title = QCoreApplication.translate("Operations", "Restoring replaces {name}'s profile")
        if not window.switcher.unlock(profile_id, title=title.format(name=name)):
            window.statusBar().showMessage(
                QCoreApplication.translate("Operations", "Restore cancelled"), STATUS_MS
            )
            return False
    return True


def _ask_then_restore(window: Host, staged: StagedRestore) -> None:
    with staged:  # the checked copy goes, whatever the answer
        if window.closing:  # the check ended as the window closed: nobody is asked
            return
        if not window.prompter.confirm(
            window,
            QCoreApplication.translate("Operations", "Restore from backup"),
            question(staged),
        ):
            window.statusBar().showMessage(
                QCoreApplication.translate("Operations", "Restore cancelled"), STATUS_MS
            )
            return
        try:
            saved = window.services.maintenance.finish_restore(staged)
        except GiftDeskError as e:
            window.prompter.error(
                window, QCoreApplication.translate("Operations", "Restore failed"), sentence(e)
            )
            return
    kept = (
        QCoreApplication.translate("Operations", " What was here before is kept in {path}.").format(
            path=saved
        )
        if saved is not None
        else ""
    )
    # The news first, then the profile chosen (and its password asked for) again.
    window.show_restored(
        said=lambda: window.prompter.info(
            window,
            QCoreApplication.translate("Operations", "Restore done"),
            QCoreApplication.translate("Operations", "Restored the backup {source}.").format(
                source=staged.source
            )
            + kept,
        )
    )


def question(staged: StagedRestore) -> str:
    """What the backup holds, what replacing the wallet with it means, and the money that
    moved since, which it keeps."""
    from giftdesk.ui.models.base import when

    newest = (
        QCoreApplication.translate("Operations", "the newest from {when}").format(
            when=when(staged.last_at)
        )
        if staged.last_at
        else QCoreApplication.translate("Operations", "none yet")
    )
    profiles = (
        QCoreApplication.translate("Operations", "1 profile")
        if staged.profiles == 1
        else QCoreApplication.translate("Operations", "{n} profiles").format(
            n=fmt.group(staged.profiles)
        )
    )
    transactions = (
        QCoreApplication.translate("Operations", "1 transaction")
        if staged.transactions == 1
        else QCoreApplication.translate("Operations", "{n} transactions").format(
            n=fmt.group(staged.transactions)
        )
    )
    text = QCoreApplication.translate(
        "Operations",
        "Replace everything in this wallet with the backup {source}?\n\n"
        "It passed all {count} checks and holds {profiles} and {transactions} "
        "({newest}). Every profile, balance and transaction here now is replaced "
        "by the backup's.\n\nWhat is here now is kept in a file beside the database, "
        "so this can be undone.",
    ).format(
        source=staged.source,
        count=len(staged.checks),
        profiles=profiles,
        transactions=transactions,
        newest=newest,
    )
    if staged.carried:
        text += (
            "\n\n"
            + QCoreApplication.translate(
                "Operations",
                "Money that already moved after the backup was made stays as it is here:",
            )
            + "".join(f"\n• {describe_moved(m)}" for m in staged.carried[:CARRIED_LINES])
        )
        more = len(staged.carried) - CARRIED_LINES
        if more > 0:
            text += "\n• " + QCoreApplication.translate(
                "Operations", "and {n} more, listed in Activity after the restore"
            ).format(n=fmt.group(more))
    return text


def describe_moved(m: Moved) -> str:
    """A purchase or payout a restore carries, in a line."""
    if m.kind == "purchase":
        return QCoreApplication.translate(
            "Operations", "purchase {reference}: {profile} bought {coins} for {price}"
        ).format(
            reference=m.reference,
            profile=fmt.short_name(m.profile),
            coins=fmt.coins(m.coins),
            price=fmt.usd(m.cents),
        )
    status = {
        "pending": QCoreApplication.translate("Operations", "pending"),
        "paid": QCoreApplication.translate("Operations", "paid"),
        "failed": QCoreApplication.translate("Operations", "failed"),
    }.get(m.status or "", m.status or "")
    return QCoreApplication.translate(
        "Operations", "payout {reference}: {amount} to {profile}, {status}"
    ).format(
        reference=m.reference,
        amount=fmt.usd(m.cents),
        profile=fmt.short_name(m.profile),
        status=status,
    )

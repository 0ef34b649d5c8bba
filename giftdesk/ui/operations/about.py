"""Help > About GiftDesk: the versions of GiftDesk, its rules and what it runs on."""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion

import giftdesk

if TYPE_CHECKING:
    from giftdesk.ui.operations.job import Host


def about(window: Host) -> None:
    server = window.services.maintenance.database_server()
    on_server = (
        "\n"
        + QCoreApplication.translate("Operations", "The ledger is on {server}.").format(
            server=server
        )
        if server is not None
        else ""
    )
    window.prompter.info(
        window,
        QCoreApplication.translate("Operations", "About GiftDesk"),
        QCoreApplication.translate(
            "Operations",
            "GiftDesk {version}\n\nA desktop wallet for a virtual gift economy, with a "
            "double-entry ledger you can verify.\n\nRules {rules}\n"
            "Python {python}, Qt {qt}, PySide6 {pyside}, SQLite {sqlite}",
        ).format(
            version=giftdesk.__version__,
            rules=window.services.rules.version,
            python=platform.python_version(),
            qt=qVersion(),
            pyside=pyside_version,
            sqlite=window.services.maintenance.engine_version(),
        )
        + on_server,
    )

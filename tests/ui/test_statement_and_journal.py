"""File > Monthly Statement and File > Export for hledger / for Beancount, through the
window's prompter: the month offered first is last month, the PDF's text names the profile
and its totals, the journals are what the command line writes, and a refusal is told."""

from __future__ import annotations

import shutil
import subprocess

from PySide6.QtCore import QSettings

from giftdesk.ui.prompter import Prompter

# Never skipped: resources/scripts/setup.sh --test installs poppler-utils and hledger; without
# them these tests fail, naming the missing program.
PDFTOTEXT = shutil.which("pdftotext") or "pdftotext"
HLEDGER = shutil.which("hledger") or "hledger"


def test_monthly_statement_from_the_menu(make_window, economy, prompter, tmp_path):
    services, vera, cleo = economy
    sent = services.gifts.send(vera.id, cleo.id, "Money Gun")
    window = make_window()
    window.select_profile(vera.id)
    assert window.statement_action.isEnabled()
    prompter.month = None  # Cancel: nothing asked after it
    window.statement_action.trigger()
    ((months, default),) = prompter.months_asked
    assert months[0] == ("2026-11", "November 2026") and months[default][0] == "2026-10"
    assert not prompter.suggested
    prompter.month = "2026-11"
    prompter.save_to = tmp_path / "vera.pdf"
    window.statement_action.trigger()
    assert prompter.suggested[-1][0].endswith("giftdesk-Vera-2026-11.pdf")
    assert (
        prompter.infos[-1]
        == f"Saved Vera's statement for November 2026 to {tmp_path / 'vera.pdf'}."
    )
    text = subprocess.run(
        [PDFTOTEXT, "-layout", str(tmp_path / "vera.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    paid = sent.money_trail.paid_cents
    assert "Vera (viewer)" in text and f"${paid // 100}.{paid % 100:02d}" in text
    assert not (tmp_path / "vera.pdf.part").exists()


def test_journals_from_the_menu(make_window, economy, prompter, tmp_path):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Rose")
    window = make_window()
    window.select_profile(vera.id)
    prompter.save_to = tmp_path / "vera.journal"
    window.hledger_action.trigger()
    assert prompter.infos[-1] == (
        f"Wrote 2 transactions as a hledger journal to {tmp_path / 'vera.journal'}."
    )
    assert prompter.suggested[-1][0].endswith("giftdesk-Vera.journal")
    subprocess.run([HLEDGER, "-f", str(tmp_path / "vera.journal"), "check"], check=True)
    prompter.save_to = tmp_path / "vera.beancount"
    window.beancount_action.trigger()
    assert "as a Beancount journal" in prompter.infos[-1]
    assert "open Assets:Wallets" in (tmp_path / "vera.beancount").read_text(encoding="utf-8")
    # A folder that is not there: told, nothing left behind.
    prompter.save_to = tmp_path / "no" / "such.journal"
    window.hledger_action.trigger()
    assert prompter.errors and "cannot write" in prompter.errors[-1].lower()


def test_the_pdf_folder_is_remembered(tmp_path):
    prompter = Prompter(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    prompter._remember_folder("PDF documents (*.pdf)", tmp_path / "x.pdf")
    assert prompter.last_folder("PDF documents (*.pdf)") == tmp_path
    assert prompter.last_folder("hledger journals (*.journal *.hledger)") is None

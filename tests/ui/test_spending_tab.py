"""The Spending tab: a year of money spent, to the cent as services.spending gives it, stacked
by where it went, with the budget drawn in, by creator, and the coins not yet spent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from giftdesk.formatting import coins, usd
from giftdesk.ui.models.spending import CreatorSpendingModel, MonthSpendingModel


def _spend_over_two_months(services, clock, vera, cleo, mia):
    services.gifts.send(vera.id, cleo.id, "Money Gun")
    services.gifts.send(vera.id, mia.id, "Rose", count=99)
    clock.advance(days=10)  # 5 December
    services.recharge.recharge(vera.id, coins=700, channel="app", method="app-store")
    services.gifts.send(vera.id, cleo.id, "Interstellar")
    services.gifts.send(vera.id, cleo.id, "Private Jet")
    services.gifts.send(vera.id, cleo.id, "Motorcycle")
    services.gifts.send(vera.id, cleo.id, "Galaxy")  # into the app lot
    services.gifts.send(vera.id, mia.id, "Corgi")
    services.gifts.undo(services.gifts.send(vera.id, mia.id, "Rose", count=5).transaction_id)


def _spending(window, profile_id):
    window.select_profile(profile_id)
    window.tabs.setCurrentWidget(window.spending_tab)
    return window.spending_tab


def test_the_figures_are_services_spending_to_the_cent(make_window, economy, clock, qtbot):
    services, vera, cleo = economy
    mia = services.profiles.add("Mia", birthdate="1995-01-01", creator=True)
    _spend_over_two_months(services, clock, vera, cleo, mia)
    tab = _spending(make_window(), vera.id)
    box = tab.chart_box
    months = services.spending.months(vera.id)
    assert len(months) == 12 and months[-1].month == "2026-12"
    bars = box.chart.bars()
    assert [b.value for b in bars] == [m.paid_cents for m in months]
    assert [b.parts for b in bars] == [
        (m.creator_cents, m.platform_cents, m.store_fee_cents) for m in months
    ]
    # The table behind the chart says the same, cell by cell.
    model = box.table_model
    for row, month in enumerate(months):
        cells = [model.index(row, c).data() for c in MonthSpendingModel.Column]
        assert cells[1:] == [
            usd(month.paid_cents),
            usd(month.creator_cents),
            usd(month.platform_cents),
            usd(month.store_fee_cents),
            f"{month.coins:,}",
        ]
    december = months[-1]
    assert december.store_fee_cents > 0  # the app lot's fee is in it
    assert box.figure_label.text().startswith(f"December 2026: {usd(december.paid_cents)}")
    # By creator, for the chosen month: December, then November by keyboard.
    creators = tab.creators_model
    assert creators.rowCount() == len(december.by_creator)
    assert creators.index(0, CreatorSpendingModel.Column.PAID).data() == usd(
        december.by_creator[0].paid_cents
    )
    assert tab.creators_box.title() == "By creator, December 2026"
    box.chart.setFocus()
    qtbot.keyClick(box.chart, Qt.Key.Key_Left)
    november = months[-2]
    assert tab.creators_box.title() == "By creator, November 2026"
    assert [creators.row_at(r) for r in range(creators.rowCount())] == list(november.by_creator)
    assert box.table.currentIndex().row() == 10  # the table follows the chart
    assert tab.unspent_label.text() == (
        f"Not yet spent: <b>{coins(december.unspent_coins)}</b>, which cost you "
        f"{usd(december.unspent_cents)}."
    )
    assert usd(december.unspent_cents) in tab.unspent_label.accessibleName()


def test_the_monthly_budget_is_drawn_in(make_window, economy, qtbot):
    services, vera, cleo = economy
    services.profiles.set_budget(vera.id, daily_coins=None, monthly_coins=5_000)
    services.gifts.send(vera.id, cleo.id, "Money Gun")
    window = make_window()
    window.show()
    tab = _spending(window, vera.id)
    qtbot.waitUntil(lambda: tab.chart_box.chart.plot is not None)
    line = tab.chart_box.chart.plot.budget_line
    web = services.recharge.coins_value_cents(5_000, "web")
    assert line.isVisible() and line.value() == web
    assert tab.chart_box.budget_label.text() == (
        f"Dashed line: your monthly budget of 5,000 coins, about {usd(web)} at web prices."
    )


def test_empty_states(make_window, fresh_services, viewer):
    tab = _spending(make_window(), viewer.id)
    assert tab.chart_box.chart.empty_label.text().startswith("No gifts sent in these 12 months")
    assert not tab.chart_box.chart.has_figures()
    assert tab.creators_model.rowCount() == 0
    assert tab.unspent_label.text() == "Not yet spent: <b>0 coins</b>, which cost you $0.00."


def test_the_tables_pass_qt_model_tester(make_window, economy, qtmodeltester):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Money Gun")
    tab = _spending(make_window(), vera.id)
    qtmodeltester.check(tab.creators_model)
    qtmodeltester.check(tab.chart_box.table_model)


def test_accessible_names_and_no_tab_trap(active_window, economy, qtbot):
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Money Gun")
    window = active_window()
    tab = _spending(window, vera.id)
    box = tab.chart_box
    for widget in (box.table_button, box.chart, box.table, tab.creators_table):
        assert widget.accessibleName()
    assert box.chart.accessibleDescription()  # the chart in a sentence
    box.table_button.click()  # the months as a table instead
    assert box.pages.currentWidget() is box.table
    box.table_button.setFocus()
    qtbot.waitUntil(box.table_button.hasFocus)
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert box.table in seen and tab.creators_table in seen
    assert seen[-1] is not tab.creators_table  # Tab went on, not cell by cell


def test_by_creator_shows_every_heading_whole_in_german_on_a_small_screen(
    make_window, economy, qapp, restore_language
):
    """On a 1280x720 screen (the window 1200 wide) "Creator" and "Creator-Anteil" were cut and
    "Mia Beats" wrapped: the table now asks for the width its columns need."""
    from giftdesk.ui import language

    language.install_language(qapp, "de")
    services, vera, cleo = economy
    services.gifts.send(vera.id, cleo.id, "Galaxy")
    window = make_window()
    window.resize(1200, 688)
    window.show()
    tab = _spending(window, vera.id)
    QApplication.processEvents()
    table = tab.creators_table
    header = table.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(tab.creators_model.columnCount()):
        heading = tab.creators_model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= metrics.horizontalAdvance(heading), heading
    assert sum(header.sectionSize(c) for c in range(header.count())) <= (table.viewport().width())
    assert not table.wordWrap()

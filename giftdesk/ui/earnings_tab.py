"""Earnings tab (creators): diamonds and their value, gifts received, a chart, payouts."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.domain.errors import GiftDeskError
from giftdesk.services import Services
from giftdesk.services.context import Change, ChangeKind, new_key
from giftdesk.ui.actions import run_action
from giftdesk.ui.earnings.chart_box import ChartBox
from giftdesk.ui.earnings.live_history import LiveHistoryView
from giftdesk.ui.earnings.supporters_box import EarningsSupportersBox
from giftdesk.ui.earnings.table import table_view
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.models.payouts import PayoutsModel
from giftdesk.ui.models.received_gifts import ReceivedGiftsModel
from giftdesk.ui.prompter import Prompter
from giftdesk.ui.tab import ButtonRest, ProfileTab
from giftdesk.ui.widgets.amount_edit import AmountEdit
from giftdesk.ui.widgets.live_label import LiveLabel
from giftdesk.ui.widgets.room import keep_room


class EarningsTab(ProfileTab):
    payout_requested = Signal(object)  # PayoutRequested
    unseen_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        prompter: Prompter,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, prompter, parent)
        rules = services.rules

        self.not_creator_label = QLabel()
        self.not_creator_label.setWordWrap(True)
        self.not_creator_label.setObjectName("note")

        self.diamonds_label = LiveLabel(self.tr("Diamonds"))
        self.diamonds_label.setObjectName("bigNumber")
        self.value_label = LiveLabel(self.tr("Cash value"))
        self.breakdown_label = QLabel()
        self.breakdown_label.setObjectName("note")
        self.breakdown_label.setWordWrap(True)
        summary_box = QGroupBox(self.tr("Your diamonds"))
        summary_layout = QVBoxLayout(summary_box)
        summary_layout.addWidget(self.diamonds_label)
        summary_layout.addWidget(self.value_label)
        summary_layout.addWidget(self.breakdown_label)

        self.chart_box = ChartBox()
        self.chart = self.chart_box.chart

        self.received_model = ReceivedGiftsModel(self)
        self.received_view = table_view(
            self.received_model, self.tr("Gifts received"), ReceivedGiftsModel.Column.GIFT
        )
        self.live_history_view = LiveHistoryView(services)
        # The gifts, the LIVEs and the payouts take turns in one place: side by side, none
        # had room for its rows and columns on a laptop's screen (the payouts, under the top
        # supporters, left the board its heading alone).
        self.lists_tabs = QTabWidget()
        self.lists_tabs.setAccessibleName(self.tr("Gifts received, LIVEs and payouts"))
        self.lists_tabs.tabBar().setAccessibleName(self.tr("Which list"))
        self.lists_tabs.addTab(self.received_view, self.tr("Gifts received"))
        self.lists_tabs.addTab(self.live_history_view, self.tr("Your LIVEs"))

        self.supporters_box = EarningsSupportersBox(services)

        self.payout_edit = AmountEdit(
            placeholder=self.tr("at least {diamonds}").format(
                diamonds=fmt.group(rules.payout_min_diamonds)
            )
        )
        self.payout_edit.setAccessibleName(self.tr("Diamonds to pay out"))
        self.payout_value_label = LiveLabel(self.tr("Cash value of the payout"))
        self.method_combo = QComboBox()
        self.method_combo.setAccessibleName(self.tr("Payout method"))
        for method in rules.payout_methods:
            self.method_combo.addItem(
                self.tr("Bank account") if method == "bank" else self.tr("PayPal"), method
            )
        self.limits_label = LiveLabel(self.tr("Payout limits"))
        self.limits_label.setObjectName("note")
        self.limits_label.setWordWrap(True)
        self.payout_button = QPushButton(self.tr("Request payout"))
        self.payout_button.setObjectName("primary")
        self.payout_button.setAccessibleName(self.tr("Request payout"))
        self.payout_rest = ButtonRest(
            self, self.payout_button, lambda: self.payout_button.setEnabled(True)
        )
        self.settle_button = QPushButton(self.tr("Process pending (sandbox)"))
        self.settle_button.setAccessibleName(self.tr("Process pending payouts"))
        payout_box = QGroupBox(self.tr("Cash out"))
        payout_form = QFormLayout(payout_box)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.payout_edit, 1)
        amount_row.addWidget(self.payout_value_label, 1)
        payout_form.addRow(self.tr("Diamonds:"), amount_row)
        # Why a pasted amount was refused, under the field as on every amount field, in a
        # line's room kept so that the payout button does not move when it comes.
        keep_room(self.payout_edit.hint_label, 1)
        payout_form.addRow("", self.payout_edit.hint_label)
        payout_form.addRow(self.tr("To:"), self.method_combo)
        payout_form.addRow(self.limits_label)
        # One above the other: side by side, German's "Ausstehende verarbeiten (Sandbox)" and
        # its neighbour were cut at both ends in the narrowest window.
        payout_form.addRow(self.payout_button)
        payout_form.addRow(self.settle_button)
        # What the last request or settling did: a result the creator waits for, announced.
        self.payout_status_label = LiveLabel(self.tr("Payout status"), announce=True)
        self.payout_status_label.setWordWrap(True)
        payout_form.addRow(self.payout_status_label)

        self.payouts_model = PayoutsModel(self)
        self.payouts_view = table_view(
            self.payouts_model, self.tr("Payout history"), PayoutsModel.Column.STATUS
        )
        self.payouts_view.hideColumn(PayoutsModel.Column.ID)
        # The amount in money says what a payout was (its diamonds follow by the rules' rate);
        # a diamonds column as well made the narrow table scroll sideways at the smallest window.
        self.payouts_view.hideColumn(PayoutsModel.Column.DIAMONDS)
        self.lists_tabs.addTab(self.payouts_view, self.tr("Payout history"))

        grid = QGridLayout()
        grid.addWidget(summary_box, 0, 0)
        grid.addWidget(self.chart_box, 0, 1)
        grid.addWidget(payout_box, 0, 2)
        grid.addWidget(self.lists_tabs, 1, 0, 1, 2)
        grid.addWidget(self.supporters_box, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 5)
        grid.setRowStretch(1, 1)
        creator_page = QWidget()
        creator_page.setLayout(grid)

        self.pages = QStackedWidget()
        viewer_page = QWidget()
        viewer_layout = QVBoxLayout(viewer_page)
        viewer_layout.addWidget(self.not_creator_label)
        viewer_layout.addStretch()
        self.pages.addWidget(viewer_page)
        self.pages.addWidget(creator_page)
        QVBoxLayout(self).addWidget(self.pages)

        self.payout_edit.amount_changed.connect(self._on_payout_edit_amount_changed)
        self.payout_button.clicked.connect(self._on_payout_button_clicked)
        self.settle_button.clicked.connect(self._on_settle_button_clicked)
        self.refresh()

    def _not_creator_text(self) -> str:
        if self._selection.profile_id is None:  # none on show (locked, or none yet)
            return self.tr("Choose a profile in the list above to see its earnings.")
        return self.tr(
            "Earnings are for creator profiles. Switch to a creator in the profile "
            "list above, or create one with File > New Profile."
        )

    def _creator_id(self) -> int | None:
        profile_id = self._selection.profile_id
        if profile_id is None:
            return None
        return profile_id if self._services.profiles.get(profile_id).is_creator else None

    def refresh(self) -> None:
        creator_id = self._creator_id()
        self.pages.setCurrentIndex(0 if creator_id is None else 1)
        if creator_id is None:
            self.not_creator_label.setText(self._not_creator_text())
            self.received_model.set_source(None)
            self.payouts_model.set_rows([])
            self.supporters_box.show_creator(None, "")
            self.live_history_view.show_creator(None)
            self.chart_box.set_source(None)
            self.unseen_changed.emit(0)
            return
        earnings = self._services.earnings
        money = self._services.payouts.earnings(creator_id)
        self.diamonds_label.setText(fmt.diamonds(money.diamonds))
        self.value_label.setText(
            self.tr("worth {value}").format(value=fmt.usd(money.diamonds_cents))
        )
        by_context = earnings.by_context(creator_id)
        pending = money.pending_diamonds
        rate = self._services.rules.diamond_rate
        breakdown = self.tr(
            "From LIVEs: {live}; from videos: {video}. You receive {diamonds} diamond for every "
            "{coins} coins of gifts, and a diamond is worth one cent."
        ).format(
            live=fmt.group(by_context.live),
            video=fmt.group(by_context.video),
            diamonds=rate.num,
            coins=rate.den,
        )
        if pending:
            breakdown += self.tr(" {diamonds} are held for pending payouts.").format(
                diamonds=fmt.diamonds(pending)
            )
        self.breakdown_label.setText(breakdown)
        self.chart_box.set_source(lambda period: earnings.diamonds_per_period(creator_id, period))
        self.received_model.set_source(
            lambda before, limit: earnings.received_page(
                creator_id, before_txn_id=before, limit=limit
            )
        )
        self.supporters_box.show_creator(creator_id, "")
        self.live_history_view.show_creator(creator_id)
        self.payouts_model.set_rows(self._services.payouts.list(creator_id))
        self.settle_button.setEnabled(any(p.status == "pending" for p in self.payouts_model._rows))
        self._update_limits()
        if self.isVisible():  # a gift that arrives while the creator looks at the table is seen
            try:
                self.mark_seen()
            except GiftDeskError:
                pass  # busy or full: a convenience, not worth a dialog; the gifts stay "new"
        self.unseen_changed.emit(earnings.unseen_count(creator_id))

    def _on_selection_changed(self, profile_id) -> None:
        self.payout_status_label.setText("")  # the last profile's payout is not the next one's
        self.payout_edit.clear()
        self.supporters_box.forget_period()  # the last profile's choice is not the next one's
        creator_id = self._creator_id()
        if creator_id is not None:  # shown for the first time, its gifts so far are not news
            try:
                self._services.earnings.start_news(creator_id)
            except GiftDeskError:
                pass  # busy or full: it starts the next time the creator is shown
        super()._on_selection_changed(profile_id)
        self._update_badge_if_stale()

    def _update_badge_if_stale(self) -> None:
        if self.stale:  # hidden: the tables wait until shown, the new-gifts badge does not
            creator_id = self._creator_id()
            self.unseen_changed.emit(
                0 if creator_id is None else self._services.earnings.unseen_count(creator_id)
            )

    def mark_seen(self) -> None:
        """The creator opened their earnings: the gifts so far are no longer new."""
        creator_id = self._creator_id()
        if creator_id is not None:
            self._services.earnings.mark_seen(creator_id)

    def _update_limits(self) -> None:
        creator_id = self._creator_id()
        if creator_id is None:
            return
        rules = self._services.rules
        left = self._services.payouts.left_today_cents(creator_id)
        limits = self.tr(
            "Minimum {diamonds} ({value}). At most {max_per_day} per UTC day: {left} left today."
        ).format(
            diamonds=fmt.diamonds(rules.payout_min_diamonds),
            value=fmt.usd(rules.diamond_value_rate.floor(rules.payout_min_diamonds)),
            max_per_day=fmt.usd(rules.payout_max_cents_per_day),
            left=fmt.usd(left),
        )
        if self._services.security.totp_enabled(creator_id):
            limits += " " + self.tr("Two-step check is on: you will be asked for a code.")
        self.limits_label.setText(limits)
        diamonds = self.payout_edit.amount()
        self.payout_value_label.setText(
            self.tr("= {value}").format(value=fmt.usd(rules.diamond_value_rate.floor(diamonds)))
            if diamonds
            else ""
        )

    def _on_payout_edit_amount_changed(self, _amount) -> None:
        self._update_limits()

    def _on_payout_button_clicked(self) -> None:
        creator_id = self._creator_id()
        diamonds = self.payout_edit.amount()
        if creator_id is None:
            return
        if not diamonds:
            self._prompter.error(
                self, self.tr("Payout"), self.tr("Type how many diamonds to pay out.")
            )
            return
        method = self.method_combo.currentData()
        code = None
        if self._services.security.totp_enabled(creator_id):
            code = self._prompter.ask_secret(
                self,
                self.tr("Two-step check"),
                self.tr(
                    "Enter the 6-digit code from your authenticator app to pay out {value}:"
                ).format(value=fmt.usd(self._services.rules.diamond_value_rate.floor(diamonds))),
            )
            if code is None:
                return
            if self._creator_id() != creator_id:
                return  # the window switched or locked profile while it asked
        # Resting, the button cannot take a double-click's second click, which found the
        # amount just cleared and said "Type how many diamonds" after the payout went through.
        self.payout_rest.start()
        result = run_action(
            self,
            self._prompter,
            self.tr("Payout refused"),
            lambda: self._services.payouts.request(
                creator_id, diamonds, method=method, key=new_key(), second_factor=code
            ),
        )
        # The amount field, either way: to put another amount, or to mend the refused one
        # (the button itself rests disabled, and focus on it would be lost).
        self.payout_edit.setFocus()
        if result is None:
            self.payout_rest.end()
        else:
            self.payout_edit.clear()
            self.lists_tabs.setCurrentWidget(self.payouts_view)  # where it now is, pending
            self.payout_status_label.setText(
                self.tr(
                    "Payout of {value} to {method} requested: pending until it is processed."
                ).format(value=fmt.usd(result.cents), method=self.method_combo.currentText())
            )
            self.payout_requested.emit(result)

    def _on_settle_button_clicked(self) -> None:
        creator_id = self._creator_id()
        if creator_id is None:
            return
        settled = run_action(
            self,
            self._prompter,
            self.tr("Payouts"),
            lambda: self._services.payouts.settle_pending(creator_id),
        )
        if settled:
            paid = [r for r in settled if r.status == "paid"]
            text = self.tr("Processed {n}: {paid} paid ({value}), {failed} failed.").format(
                n=len(settled),
                paid=len(paid),
                value=fmt.usd(sum(r.cents for r in paid)),
                failed=len(settled) - len(paid),
            )
            if len(paid) < len(settled):
                text += " " + self.tr("A failed payout's diamonds are back in your balance.")
            self.payout_status_label.setText(text)
            self.lists_tabs.setCurrentWidget(self.payouts_view)
            self.payouts_view.setFocus()  # the statuses it changed (the button may turn off)

    def _on_services_changed(self, change: Change) -> None:
        if self._selection.profile_id in change.profile_ids or change.kind is ChangeKind.PROFILE:
            self.refresh_when_shown()
            self._update_badge_if_stale()

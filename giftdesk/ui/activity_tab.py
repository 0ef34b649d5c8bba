"""Activity tab: the profile's whole ledger history, filterable, exportable to CSV, with the
chosen transaction in detail beside it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from giftdesk import formatting as fmt
from giftdesk.services import Services
from giftdesk.services.context import Change
from giftdesk.services.history import HistoryRow
from giftdesk.ui.activity.detail_pane import DetailPane
from giftdesk.ui.events import ProfileSelection, ServiceEvents
from giftdesk.ui.history_text import describe
from giftdesk.ui.models.activity import ActivityModel
from giftdesk.ui.models.base import SORT_ROLE
from giftdesk.ui.tab import ProfileTab
from giftdesk.ui.widgets.empty_views import EmptyTextTableView
from giftdesk.ui.widgets.tables import fit_columns

# (English label, ledger kinds shown); labels are marked for lupdate and translated where
# shown, with ActivityTab's self.tr.
KIND_FILTERS = (
    (QT_TRANSLATE_NOOP("ActivityTab", "Everything"), ()),
    (QT_TRANSLATE_NOOP("ActivityTab", "Purchases"), ("recharge",)),
    (QT_TRANSLATE_NOOP("ActivityTab", "Gifts"), ("gift", "gift_undo")),
    (QT_TRANSLATE_NOOP("ActivityTab", "Payouts"), ("payout", "payout_paid", "payout_failed")),
)


# With a filter on, older pages are read (one per turn of the event loop, so the window stays
# live) until this many rows match or the history ends: otherwise a filter matching nothing
# in the newest page showed no row, no scroll bar, and no way to reach older matches.
FILTER_FILL_ROWS = 60


class ActivityFilterModel(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kinds: tuple[str, ...] = ()
        self._text = ""
        self.setSortRole(SORT_ROLE)

    @property
    def active(self) -> bool:
        return bool(self._kinds or self._text)

    def accepts(self, row: HistoryRow) -> bool:
        """Whether the filter shows `row` (an export of what is shown asks it of every row)."""
        if self._kinds and row.kind not in self._kinds:
            return False
        return not self._text or self._text in describe(row).casefold()

    def set_kinds(self, kinds: tuple[str, ...]) -> None:
        self.beginFilterChange()
        self._kinds = kinds
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.strip().casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        return self.accepts(self.sourceModel().row_at(source_row))


class ActivityTab(ProfileTab):
    def __init__(
        self,
        services: Services,
        events: ServiceEvents,
        selection: ProfileSelection,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, events, selection, parent=parent)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Show"))
        for label, _ in KIND_FILTERS:
            self.kind_combo.addItem(self.tr(label))
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Filter by text, e.g. a creator's name"))
        self.search_edit.setAccessibleName(self.tr("Filter activity"))
        self.search_edit.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export CSV..."))
        self.export_button.setAccessibleName(self.tr("Export activity as CSV"))
        self.count_label = QLabel()
        self.count_label.setObjectName("note")

        self.model = ActivityModel(self)
        self.proxy = ActivityFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = EmptyTextTableView()
        self.table.setAccessibleName(self.tr("Activity"))
        self.table.setModel(self.proxy)
        # Newest first, as the pages come: sorting by another column would need every row.
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Tab leaves the table (arrows move in it), or a keyboard user is kept in a long history.
        self.table.setTabKeyNavigation(False)
        fit_columns(self.table, ActivityModel.SPECS, stretch=ActivityModel.Column.WHAT)
        self.detail_pane = DetailPane()

        top = QHBoxLayout()
        show_label = QLabel(self.tr("Sho&w:"))
        show_label.setBuddy(self.kind_combo)
        top.addWidget(show_label)
        top.addWidget(self.kind_combo)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.detail_pane)

        find = QShortcut(QKeySequence.StandardKey.Find, self, self._on_find_shortcut_activated)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # on this tab only
        self.fill_timer = QTimer(self)
        self.fill_timer.setSingleShot(True)
        self.fill_timer.setInterval(0)
        self.fill_timer.timeout.connect(self._on_fill_timer_timeout)

        self.model.rowsInserted.connect(self._update_count)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_current_row_changed)
        self.model.modelReset.connect(self.detail_pane.show_nothing)
        self.proxy.layoutChanged.connect(self._show_current)
        self.proxy.rowsRemoved.connect(self._show_current)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_changed)
        self.search_edit.textChanged.connect(self._on_search_edit_changed)
        self.refresh()

    def shown_filter(self) -> tuple[str, Callable[[HistoryRow], bool]] | None:
        """What the filter shows, in words ("Gifts, “corgi”"), and the test of a row, or None
        when it shows everything."""
        if not self.proxy.active:
            return None
        words = []
        if self.kind_combo.currentIndex():
            words.append(self.kind_combo.currentText())
        if self.search_edit.text().strip():
            words.append(f"“{self.search_edit.text().strip()}”")
        return ", ".join(words), self.proxy.accepts

    def _on_selection_changed(self, profile_id) -> None:
        # What one profile filtered by is not the next one's business, nor what they see.
        self.kind_combo.setCurrentIndex(0)
        self.search_edit.clear()
        super()._on_selection_changed(profile_id)

    def refresh(self) -> None:
        profile_id = self._selection.profile_id
        history = self._services.history
        self.model.set_source(
            None
            if profile_id is None
            else lambda before, limit: history.page(profile_id, before_txn_id=before, limit=limit)
        )
        self._update_count()

    def _on_find_shortcut_activated(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _filling(self) -> bool:
        """Whether older pages are still wanted for the filter's matches."""
        return (
            self.proxy.active
            and self.proxy.rowCount() < FILTER_FILL_ROWS
            and self.model.canFetchMore()
        )

    def _on_fill_timer_timeout(self) -> None:
        if self._filling():
            self.model.fetchMore()
            self._update_count()

    def _update_count(self) -> None:
        filling = self._filling()
        if filling:
            self.fill_timer.start()
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if filling:
            text = self.tr(
                "{shown} found in the {total} newest transactions; looking further back..."
            ).format(shown=fmt.group(shown), total=fmt.group(total))
        elif self.model.canFetchMore() and self.proxy.active:
            text = self.tr(
                "{shown} found in the {total} newest transactions; scroll for older ones"
            ).format(shown=fmt.group(shown), total=fmt.group(total))
        elif self.model.canFetchMore():
            text = self.tr("The {total} newest transactions; scroll for older ones").format(
                total=fmt.group(total)
            )
        elif shown != total:
            text = self.tr("{shown} of {total} transactions shown").format(
                shown=fmt.group(shown), total=fmt.group(total)
            )
        else:
            text = (
                self.tr("1 transaction")
                if total == 1
                else self.tr("{total} transactions").format(total=fmt.group(total))
            )
        self.count_label.setText(text)
        self.table.set_empty_text(self._why_empty(filling))

    def _why_empty(self, filling: bool) -> str:
        if self._selection.profile_id is None:
            return self.tr("Choose a profile to see its activity.")
        if filling:
            return self.tr("Looking further back for matches...")
        if self.proxy.active and self.model.rowCount():
            return self.tr("Nothing matches the filter. Clear it to see every transaction.")
        return self.tr("No activity yet: purchases, gifts and payouts will show here.")

    def _on_table_current_row_changed(self, current, _previous) -> None:
        self._show_current()

    def _show_current(self, *_args) -> None:
        """The detail of the row chosen in the table, or how to choose one."""
        index = self.table.currentIndex()
        if not index.isValid():
            self.detail_pane.show_nothing()
            return
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        self.detail_pane.show_detail(row, self._services.history.detail(row))

    def _on_kind_combo_changed(self, index: int) -> None:
        self.proxy.set_kinds(KIND_FILTERS[index][1])
        self._update_count()

    def _on_search_edit_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _on_services_changed(self, change: Change) -> None:
        if self._selection.profile_id in change.profile_ids:
            self.refresh_when_shown()

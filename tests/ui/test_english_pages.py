"""Every tab of a village, a commune and the province in English: no fixed interface text is
left in Vietnamese. Names that come from the data (units, catalogues, plan items) may be
Vietnamese and are taken out before the check."""

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from ntm_desktop.checklist import assessments
from ntm_desktop.common.errors import NtmError
from ntm_desktop.criteria import catalogs
from ntm_desktop.dossier import dossier_data
from ntm_desktop.targets import targets
from ntm_desktop.units import units
from ntm_desktop.village_plans import village_plans as vp
from tests.ui.conftest import shown_window
from ui import labels, translation
from ui.widgets.elided_label import ElidedLabel

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
VIETNAMESE = re.compile(
    "[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.IGNORECASE
)
VILLAGE, COMMUNE, PROVINCE = "07354.001", "07354", "24"
WORK = "Bê tông hóa đường trục thôn"


@pytest.fixture
def english(qapp):
    assert translation.install(qapp, "en") == "en"
    yield
    for translator in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()


def _data_names(db) -> list[str]:
    """Texts from the data, longest first so that a name is removed before its parts."""
    names = {text for unit in units.subtree(db, PROVINCE) for text in (unit.name, unit.kind)}
    for info, _, _ in catalogs.list_all(db):
        names.update((info.title, info.legal_basis))
        for criterion in catalogs.get(db, info.id).criteria:
            names.add(criterion.name)
    names.add(WORK)
    # The official form and its total row are named as the sheet a user imports names them.
    names.update(("Biểu 01", "Tổng cộng"))
    # Core messages stay Vietnamese: the province has no checklist set, the village no
    # standard-tier dossier set in 2020.
    for refused in (
        lambda: assessments.checklist(db, PROVINCE, 2020),
        lambda: dossier_data.assemble(db, VILLAGE, 2020, "standard"),
    ):
        with pytest.raises(NtmError) as raised:
            refused()
        names.add(raised.value.message)
    return sorted(names, key=len, reverse=True)


def _header_texts(view: QTableView | QTreeView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for column in range(model.columnCount())
    ]


def _fixed_texts(root: QWidget) -> list[tuple[str, str]]:
    """(kind, text) of what a reader sees as the interface itself under `root`."""
    found: list[tuple[str, str]] = []
    for tabs in root.findChildren(QTabWidget):
        found += [("tab", tabs.tabText(i)) for i in range(tabs.count()) if tabs.isTabVisible(i)]
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            found.append(("button", widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append(("group", widget.title()))
        elif isinstance(widget, ElidedLabel):
            found.append(("label", widget.full_text))  # data cut short would hide its name
        elif isinstance(widget, QLabel):
            found.append(("label", widget.text()))
        elif isinstance(widget, QTableView | QTreeView):
            found += [("header", text) for text in _header_texts(widget)]
        elif isinstance(widget, QComboBox):
            found += [("choice", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractSpinBox):
            found.append(("spin box", widget.text()))
        if widget.toolTip():
            found.append(("tooltip", widget.toolTip()))
    return found


def _left_in_vietnamese(texts: list[tuple[str, str]], names: list[str]) -> list[tuple[str, str]]:
    left = []
    for kind, text in texts:
        stripped = text
        for name in names:
            stripped = stripped.replace(name, "")
        if VIETNAMESE.search(stripped):
            left.append((kind, text))
    return left


def test_every_tab_is_english(qtbot, db, english):
    vp.register(db, VILLAGE, 2020)
    plan = vp.set_status(db, VILLAGE, 2020, "drafted")
    vp.add_item(db, plan, work=WORK, criterion_no=2, start="Q1", end="6")
    targets.set_targets(db, "216", 2020, {"standard": "5"})
    window = shown_window(qtbot, db)
    names = _data_names(db)
    SCREENSHOTS.mkdir(exist_ok=True)
    menus = [("menu", action.text()) for action in window.menuBar().actions()]
    assert _left_in_vietnamese(menus, names) == []
    assert [text for _, text in menus] == ["&File", "&Edit"]
    seen: dict[str, list[str]] = {}
    for code in (VILLAGE, COMMUNE, PROVINCE):
        window.select_unit(code)
        page = window.page
        for index in range(page.tabs.count()):
            if not page.tabs.isTabVisible(index):
                continue
            page.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            seen.setdefault(code, []).append(page.tabs.tabText(index))
            left = _left_in_vietnamese(_fixed_texts(window), names)
            assert left == [], (code, page.tabs.tabText(index), left)
            shot = page.tabs.tabText(index).lower().replace(" ", "-")
            assert window.grab().save(str(SCREENSHOTS / f"english-{code}-{shot}.png"))
    assert seen == {
        VILLAGE: ["Criteria checklist", "Model-village plan", "Recognition dossier"],
        COMMUNE: ["Criteria checklist", "Recognition dossier", "Funding", "OCOP", "Recognitions"],
        PROVINCE: [
            "Criteria checklist",
            "Funding",
            "Tasks",
            "OCOP",
            "Summary reports",
            "Planning targets",
        ],
    }
    # The province report's inner tabs, column titles and chart follow the language too.
    window.select_unit(PROVINCE)
    reports = window.page.reports
    window.page.show_tab(reports)
    assert [reports.tabs.tabText(i) for i in range(reports.tabs.count())] == [
        "By district 2020",
        "By criterion 2020",
    ]
    assert reports.chart.title == "NTM-standard communes (incl. advanced, model)"
    assert reports.chart.marker_name == "target"
    reports.tabs.setCurrentIndex(1)
    assert reports.chart.title == "Share of communes meeting each criterion (%)"
    headers = _header_texts(reports.views[1])
    assert headers[:2] == ["No.", "Criterion"]
    assert re.fullmatch(
        r"Year 2020 \(\d+ communes\): Communes meeting \(communes\)", " ".join(headers[2].split())
    )
    reports.tabs.setCurrentIndex(0)
    assert window.grab().save(str(SCREENSHOTS / "english-24-summary-reports-chart.png"))
    # Fixed words inside report cells follow too; the unit's own name stays.
    window.select_unit(COMMUNE)
    window.page.show_tab(window.page.funding)
    funding = window.page.funding.model()
    assert funding.data(funding.index(0, 2)) == "Commune level (Xã Việt Lập)"
    assert funding.data(funding.index(funding.rowCount() - 1, 2)) == "Total"
    # The village's plan status from the core shows in English in the tree too.
    assert window.model.index_of(VILLAGE).data().endswith(labels.short_plan_statuses()["drafted"])
    assert labels.short_plan_statuses()["drafted"] == "draft plan"


def test_labels_match_the_core_in_vietnamese():
    """Without a translator the interface tables are the core's own Vietnamese names."""
    from ntm_desktop.backups import backups
    from ntm_desktop.checklist import recognitions
    from ntm_desktop.criteria.tiers import TIER_NAMES
    from ntm_desktop.evidence import attachments
    from ntm_desktop.funding import funding, funding_report

    assert labels.plan_statuses() == vp.STATUS_NAMES
    assert labels.short_plan_statuses() == vp.SHORT_STATUS_NAMES
    assert labels.tiers() == TIER_NAMES
    assert labels.evidence_stages() == attachments.STAGES
    assert labels.funding_sources() == funding_report.SHORT_SOURCES
    assert labels.in_kind() == funding.IN_KIND
    assert labels.funding_kinds() == funding.KINDS
    assert labels.plan_funding_sources() == vp.FUNDING_SOURCES
    assert labels.plan_in_kind() == vp.IN_KIND
    assert labels.no_criterion() == vp.NO_CRITERION
    assert labels.backup_reasons() == backups.REASON_LABELS
    assert labels.targets_measures() == {
        measure: (targets.MEASURE_NAMES[measure], targets.MEASURE_UNITS[measure])
        for measure in targets.MEASURES
    }
    for tier in (None, *TIER_NAMES):
        assert labels.tier_label(tier) == recognitions.tier_label(tier)

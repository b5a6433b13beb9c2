"""The plan's exports: the PDF (`document`) or the budget workbook, from `plan_data`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.tables import xlsx_tables
from ntm_desktop.tables.xlsx_tables import Column, Table
from ntm_desktop.village_plans import village_plans as vp
from ntm_desktop.village_plans.plan_data import PlanDocument

FORMATS = ("pdf", "xlsx")


def check_format(name: str) -> str:
    if name not in FORMATS:
        raise InvalidInput(
            f"Định dạng '{name}' không xuất được; chọn pdf (phương án) hoặc xlsx (dự toán)."
        )
    return name


def export(
    data: PlanDocument,
    target: Path,
    file_format: str,
    progress: Callable[[int, str], None] | None = None,
) -> int:
    """Write the PDF or the workbook atomically; returns the bytes written."""
    check_format(file_format)
    if file_format == "pdf":
        # reportlab takes a few hundred ms to import: only a PDF export pays for it.
        from ntm_desktop.village_plans import document

        return document.write(data, target, progress=progress)
    report = progress or (lambda percent, text: None)
    report(10, "Lập bảng dự toán")
    xlsx_tables.write(target, budget_tables(data))
    report(100, "Xong")
    return target.stat().st_size


# -- the budget workbook ------------------------------------------------------------------------
MONEY_GROUP = "Kinh phí bằng tiền (đồng)"
IN_KIND_GROUP = "Đóng góp bằng hiện vật, ngày công"


def _money_columns() -> list[Column]:
    return [
        *(
            Column(label, "int", 16, group=MONEY_GROUP, unit="đồng")
            for label in vp.FUNDING_SOURCES.values()
        ),
        Column("Tổng cộng", "int", 17, group=MONEY_GROUP, unit="đồng"),
    ]


def _in_kind_columns() -> list[Column]:
    return [
        Column(
            vp.IN_KIND_TITLES[key],
            "int" if key == "workdays" else "dec1",
            12,
            group=IN_KIND_GROUP,
            unit=vp.IN_KIND_UNITS[key],
        )
        for key in vp.IN_KIND
    ]


def _subtitle(data: PlanDocument) -> list[str]:
    place = f"{data.village_name}, {data.commune_words}, {data.district_words}"
    if data.plan.approval_decision and data.plan.approval_date:
        approved = (
            f"Phê duyệt theo Quyết định số {data.plan.approval_decision} ngày "
            f"{data.plan.approval_date:%d/%m/%Y} của Ủy ban nhân dân {data.commune_words}"
        )
    else:
        approved = "Dự thảo, chưa được phê duyệt"
    return [place, approved]


def budget_tables(data: PlanDocument) -> list[Table]:
    """Items × sources with the in-kind columns and a totals row; then the sums by criterion."""
    items = [
        (
            item.ord,
            item.work,
            item.criterion_no,
            item.lead,
            item.start_date,
            item.end_date,
            item.quantity,
            item.unit,
            item.percent_done / 100,
            *(getattr(item, source) for source in vp.FUNDING_SOURCES),
            item.cash_total,
            *(getattr(item, kind) for kind in vp.IN_KIND),
        )
        for item in data.items
    ]
    totals = data.totals
    items_table = Table(
        title=f"DỰ TOÁN KINH PHÍ XÂY DỰNG THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM {data.plan.year}",
        subtitle=_subtitle(data),
        sheet_name="Dự toán",
        frozen_columns=2,
        columns=[
            Column("TT", "int", 5),
            Column("Nội dung công việc", "text", 40),
            Column("Tiêu chí", "int", 8),
            Column("Đơn vị chủ trì", "text", 20),
            Column("Bắt đầu", "date", 11),
            Column("Kết thúc", "date", 11),
            Column("Khối lượng", "dec1", 10),
            Column("Đơn vị tính", "text", 9),
            Column("Tỷ lệ hoàn thành", "percent", 10),
            *_money_columns(),
            *_in_kind_columns(),
        ],
        rows=items,
        totals=(
            None,
            f"Tổng cộng ({totals.items} hạng mục)",
            None,
            None,
            None,
            None,
            None,
            None,
            totals.progress / 100,
            *totals.by_source.values(),
            totals.grand_total,
            *totals.in_kind.values(),
        ),
        notes=(
            "Số liệu tổng cộng do phần mềm tính từ các hạng mục. Đóng góp bằng hiện vật và ngày "
            "công tính riêng, không quy thành tiền.",
            "Tỷ lệ hoàn thành dòng tổng cộng: trung bình tỷ lệ của các hạng mục.",
        ),
    )
    in_kind_by_criterion: dict[int | None, dict[str, float]] = {}
    for item in data.items:
        sums = in_kind_by_criterion.setdefault(item.criterion_no, dict.fromkeys(vp.IN_KIND, 0.0))
        for kind in vp.IN_KIND:
            sums[kind] += float(getattr(item, kind))
    names = {criterion.no: criterion.name for criterion in data.review.criteria}
    by_criterion = [
        (
            criterion,
            names.get(criterion, "") if criterion is not None else vp.NO_CRITERION,
            *sums.values(),
            totals.criterion_totals[criterion],
            *in_kind_by_criterion[criterion].values(),
        )
        for criterion, sums in totals.by_criterion.items()
    ]
    criteria_table = Table(
        title=f"KINH PHÍ THEO TIÊU CHÍ THÔN NÔNG THÔN MỚI KIỂU MẪU NĂM {data.plan.year}",
        subtitle=_subtitle(data),
        sheet_name="Theo tiêu chí",
        columns=[
            Column("Tiêu chí", "int", 8),
            Column("Tên tiêu chí", "text", 34),
            *_money_columns(),
            *_in_kind_columns(),
        ],
        rows=by_criterion,
        totals=(
            None,
            "Tổng cộng",
            *totals.by_source.values(),
            totals.grand_total,
            *totals.in_kind.values(),
        ),
    )
    return [items_table, criteria_table]

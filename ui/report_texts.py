"""The fixed texts of the core's report tables (sheet names, column titles, units, groups, the
totals label, task states, producer kinds), listed so that lupdate collects them: the GUI shows
the very tables the reports write, in the interface language. Texts not listed (names from the
data) show as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

TEXTS = (
    QT_TRANSLATE_NOOP("ReportTables", "Theo đơn vị"),
    QT_TRANSLATE_NOOP("ReportTables", "Cơ cấu nguồn vốn"),
    QT_TRANSLATE_NOOP("ReportTables", "Nhiệm vụ"),
    QT_TRANSLATE_NOOP("ReportTables", "Theo loại chủ thể"),
    QT_TRANSLATE_NOOP("ReportTables", "Danh sách sản phẩm"),
    QT_TRANSLATE_NOOP("ReportTables", "STT"),
    QT_TRANSLATE_NOOP("ReportTables", "Mã"),
    QT_TRANSLATE_NOOP("ReportTables", "Đơn vị"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngân sách Trung ương"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngân sách tỉnh"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngân sách huyện"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngân sách xã"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn lồng ghép"),
    QT_TRANSLATE_NOOP("ReportTables", "Doanh nghiệp, HTX"),
    QT_TRANSLATE_NOOP("ReportTables", "Người dân, cộng đồng (tiền mặt)"),
    QT_TRANSLATE_NOOP("ReportTables", "Tổng cộng"),
    QT_TRANSLATE_NOOP("ReportTables", "Hiến đất"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngày công"),
    QT_TRANSLATE_NOOP("ReportTables", "Phá dỡ tường rào"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn đầu tư: được giao"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn đầu tư: đã giải ngân"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn đầu tư: tỷ lệ"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn sự nghiệp: được giao"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn sự nghiệp: đã giải ngân"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn sự nghiệp: tỷ lệ"),
    QT_TRANSLATE_NOOP("ReportTables", "Tổng: được giao"),
    QT_TRANSLATE_NOOP("ReportTables", "Tổng: đã giải ngân"),
    QT_TRANSLATE_NOOP("ReportTables", "Tổng: tỷ lệ"),
    QT_TRANSLATE_NOOP("ReportTables", "Nguồn vốn"),
    QT_TRANSLATE_NOOP("ReportTables", "Số tiền"),
    QT_TRANSLATE_NOOP("ReportTables", "Tỷ lệ"),
    QT_TRANSLATE_NOOP("ReportTables", "Kỳ"),
    QT_TRANSLATE_NOOP("ReportTables", "Cơ quan chủ trì"),
    QT_TRANSLATE_NOOP("ReportTables", "Cơ quan phối hợp"),
    QT_TRANSLATE_NOOP("ReportTables", "Như kế hoạch ghi"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngày"),
    QT_TRANSLATE_NOOP("ReportTables", "Tình trạng"),
    QT_TRANSLATE_NOOP("ReportTables", "Số ngày quá hạn"),
    QT_TRANSLATE_NOOP("ReportTables", "Báo cáo hoàn thành"),
    QT_TRANSLATE_NOOP("ReportTables", "3 sao"),
    QT_TRANSLATE_NOOP("ReportTables", "4 sao"),
    QT_TRANSLATE_NOOP("ReportTables", "5 sao"),
    QT_TRANSLATE_NOOP("ReportTables", "Tổng"),
    QT_TRANSLATE_NOOP("ReportTables", "Loại chủ thể"),
    QT_TRANSLATE_NOOP("ReportTables", "Số chủ thể"),
    QT_TRANSLATE_NOOP("ReportTables", "Sản phẩm"),
    QT_TRANSLATE_NOOP("ReportTables", "Chủ thể"),
    QT_TRANSLATE_NOOP("ReportTables", "Xã"),
    QT_TRANSLATE_NOOP("ReportTables", "Hạng sao"),
    QT_TRANSLATE_NOOP("ReportTables", "Quyết định"),
    QT_TRANSLATE_NOOP("ReportTables", "triệu đồng"),
    QT_TRANSLATE_NOOP("ReportTables", "ngày công"),
    QT_TRANSLATE_NOOP("ReportTables", "sản phẩm"),
    QT_TRANSLATE_NOOP("ReportTables", "chủ thể"),
    QT_TRANSLATE_NOOP("ReportTables", "Nguồn vốn huy động"),
    QT_TRANSLATE_NOOP("ReportTables", "Đóng góp của người dân (ngoài tiền mặt)"),
    QT_TRANSLATE_NOOP("ReportTables", "Thời hạn"),
    QT_TRANSLATE_NOOP("ReportTables", "Hoàn thành"),
    QT_TRANSLATE_NOOP("ReportTables", "Số sản phẩm theo hạng sao"),
    QT_TRANSLATE_NOOP("ReportTables", "Ngân sách địa phương (tỉnh, huyện, xã)"),
    QT_TRANSLATE_NOOP("ReportTables", "Vốn lồng ghép từ các Chương trình, dự án khác"),
    QT_TRANSLATE_NOOP("ReportTables", "Người dân và cộng đồng"),
    QT_TRANSLATE_NOOP("ReportTables", "Quá hạn"),
    QT_TRANSLATE_NOOP("ReportTables", "Sắp đến hạn"),
    QT_TRANSLATE_NOOP("ReportTables", "Đang thực hiện"),
    QT_TRANSLATE_NOOP("ReportTables", "Hủy bỏ"),
    QT_TRANSLATE_NOOP("ReportTables", "Hợp tác xã"),
    QT_TRANSLATE_NOOP("ReportTables", "Doanh nghiệp"),
    QT_TRANSLATE_NOOP("ReportTables", "Hộ gia đình"),
    QT_TRANSLATE_NOOP("ReportTables", "Cấp tỉnh"),
    QT_TRANSLATE_NOOP("ReportTables", "Cấp huyện"),
    QT_TRANSLATE_NOOP("ReportTables", "Cấp xã"),
    QT_TRANSLATE_NOOP("ReportTables", "Số xã"),
    QT_TRANSLATE_NOOP("ReportTables", "Thực hiện"),
    QT_TRANSLATE_NOOP("ReportTables", "Kế hoạch"),
    QT_TRANSLATE_NOOP("ReportTables", "% kế hoạch"),
    QT_TRANSLATE_NOOP("ReportTables", "TT"),
    QT_TRANSLATE_NOOP("ReportTables", "Tiêu chí"),
    QT_TRANSLATE_NOOP("ReportTables", "Số xã đạt"),
    QT_TRANSLATE_NOOP("ReportTables", "Tăng (+), giảm (-)"),
    QT_TRANSLATE_NOOP("ReportTables", "xã"),
    QT_TRANSLATE_NOOP("ReportTables", "thôn"),
    QT_TRANSLATE_NOOP("ReportTables", "tiêu chí"),
    QT_TRANSLATE_NOOP("ReportTables", "Bình quân tiêu chí đạt/xã"),
    QT_TRANSLATE_NOOP("ReportTables", "Số xã đạt dưới 10 tiêu chí"),
    QT_TRANSLATE_NOOP("ReportTables", "Xã đạt chuẩn NTM (kể cả nâng cao, kiểu mẫu)"),
    QT_TRANSLATE_NOOP("ReportTables", "Xã NTM nâng cao (kể cả kiểu mẫu)"),
    QT_TRANSLATE_NOOP("ReportTables", "Xã NTM kiểu mẫu"),
    QT_TRANSLATE_NOOP("ReportTables", "Thôn đạt chuẩn NTM (không kể thôn kiểu mẫu)"),
    QT_TRANSLATE_NOOP("ReportTables", "Thôn NTM kiểu mẫu"),
)
_AS_OF = re.compile(r"^Giải ngân đến (\d{2}/\d{2}/\d{4})$")
_OWN_ROW = re.compile(r"^(Cấp tỉnh|Cấp huyện|Cấp xã) \((.+)\)$")
_BY_YEAR = re.compile(r"^(Theo huyện|Theo tiêu chí) (\d{4})$")
_YEAR_GROUP = re.compile(r"^Năm (\d{4}) \((\d+) xã\)$")
# The province's sheet names, and the year groups its screen tables fold into column titles.
PATTERNS = (
    QT_TRANSLATE_NOOP("ReportTables", "Theo huyện {0}"),
    QT_TRANSLATE_NOOP("ReportTables", "Theo tiêu chí {0}"),
)


def translate(text: str) -> str:
    """`text` in the interface language; the disbursement group carries its date, the unit's
    own row its name, the province's sheets and year groups their year, and a "group: title"
    heading is translated part by part."""
    as_of = _AS_OF.match(text)
    if as_of:
        return QCoreApplication.translate("ReportTables", "Giải ngân đến {0}").format(as_of[1])
    own = _OWN_ROW.match(text)
    if own:
        level = QCoreApplication.translate("ReportTables", own[1])
        return QCoreApplication.translate("ReportTables", "{0} ({1})").format(level, own[2])
    by_year = _BY_YEAR.match(text)
    if by_year:
        pattern = f"{by_year[1]} {{0}}"
        return QCoreApplication.translate("ReportTables", pattern).format(by_year[2])
    group = _YEAR_GROUP.match(text)
    if group:
        year_group = QCoreApplication.translate("ReportTables", "Năm {0} ({1} xã)")
        return year_group.format(*group.groups())
    translated = QCoreApplication.translate("ReportTables", text)
    if translated == text and ": " in text:
        head, tail = text.split(": ", 1)
        return f"{translate(head)}: {translate(tail)}"
    return translated

"""The Trợ giúp menu: a short guide for each office (xã, huyện, tỉnh), the keyboard shortcuts
(read from the window's own menus, so the list never goes stale), and Giới thiệu with the
version and the licences of the fonts and libraries the app ships."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
)

from ntm_desktop import __version__
from ntm_desktop.storage import Database
from ntm_desktop.units import units

# (component, what it does in the app, licence). The Python packages are checked against
# their installed metadata by tests/ui/test_help_menu.py.
LICENCES = (
    (
        "Liberation Serif",
        QT_TRANSLATE_NOOP("HelpMenu", "phông chữ in PDF (resources/fonts)"),
        "SIL Open Font License 1.1",
    ),
    ("Qt, PySide6-Essentials", QT_TRANSLATE_NOOP("HelpMenu", "giao diện"), "LGPL-3.0"),
    ("reportlab, rl-accel", QT_TRANSLATE_NOOP("HelpMenu", "tạo văn bản PDF"), "BSD"),
    ("openpyxl", QT_TRANSLATE_NOOP("HelpMenu", "đọc, ghi Excel"), "MIT"),
    ("lxml", QT_TRANSLATE_NOOP("HelpMenu", "đọc, ghi Excel nhanh"), "BSD-3-Clause"),
    ("pypdf", QT_TRANSLATE_NOOP("HelpMenu", "ghép, đọc PDF"), "BSD-3-Clause"),
    (
        "pypdfium2 (PDFium)",
        QT_TRANSLATE_NOOP("HelpMenu", "xem trước PDF"),
        "Apache-2.0 / BSD-3-Clause",
    ),
    (
        "cryptography",
        QT_TRANSLATE_NOOP("HelpMenu", "ký và kiểm tra gói dữ liệu"),
        "Apache-2.0 / BSD-3-Clause",
    ),
    ("jsonschema", QT_TRANSLATE_NOOP("HelpMenu", "kiểm tra dữ liệu đi kèm"), "MIT"),
    ("platformdirs", QT_TRANSLATE_NOOP("HelpMenu", "thư mục dữ liệu của người dùng"), "MIT"),
    ("SQLite", QT_TRANSLATE_NOOP("HelpMenu", "tệp dữ liệu"), "Public domain"),
    ("Python", QT_TRANSLATE_NOOP("HelpMenu", "ngôn ngữ chạy phần mềm"), "PSF License"),
)


class HelpMenu(QObject):
    """Adds the Trợ giúp menu to `window` (after its other menus) and opens its pages."""

    def __init__(self, window: QMainWindow, db: Database) -> None:
        super().__init__(window)
        self.window = window
        self.db = db
        menu = window.menuBar().addMenu(self.tr("Trợ &giúp"))
        self.menu = menu
        guides = (
            ("commune", self.tr("Hướng dẫn cho văn phòng &xã")),
            ("district", self.tr("Hướng dẫn cho văn phòng &huyện")),
            ("province", self.tr("Hướng dẫn cho văn phòng &tỉnh")),
        )
        for level, label in guides:
            action = QAction(label, self)
            action.triggered.connect(lambda _checked=False, level=level: self.show_guide(level))
            menu.addAction(action)
        guide_action = QAction(self.tr("Hướng dẫn cho văn phòng của máy này"), self)
        guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide_action.triggered.connect(lambda: self.show_guide(self.office_level()))
        menu.addAction(guide_action)
        menu.addSeparator()
        keys_action = QAction(self.tr("&Phím tắt"), self)
        keys_action.triggered.connect(self.show_shortcuts)
        menu.addAction(keys_action)
        about_action = QAction(self.tr("&Giới thiệu"), self)
        about_action.triggered.connect(self.show_about)
        menu.addAction(about_action)

    def office_level(self) -> str:
        """The level of the office this file serves; the province's guide when none is set."""
        office = self.db.actor.office_code
        if not office:
            return "province"
        level = units.get(self.db, office).level
        return "commune" if level == "village" else level

    # -- pages -------------------------------------------------------------------------------
    def show_guide(self, level: str) -> QDialog:
        titles = {
            "commune": self.tr("Hướng dẫn cho văn phòng xã"),
            "district": self.tr("Hướng dẫn cho văn phòng huyện"),
            "province": self.tr("Hướng dẫn cho văn phòng tỉnh"),
        }
        return self._page(titles[level], self.guide_html(level))

    def guide_html(self, level: str) -> str:
        common = self.tr(
            "<p>Cây đơn vị ở bên trái: gõ tên vào ô tìm kiếm (Ctrl+F), không dấu cũng được. "
            "Mọi thay đổi được lưu ngay và ghi nhật ký (ai sửa, khi nào). Cuối mỗi tuần: "
            "<b>Sao lưu › Sao lưu ra USB ngay…</b>, chỉ rút USB khi có thông báo "
            '"Có thể rút USB an toàn".</p>'
        )
        steps = {
            "commune": self.tr(
                "<ol>"
                "<li>Chọn xã của mình trên cây, thẻ <b>Bảng tiêu chí</b>, chọn năm.</li>"
                "<li>Với mỗi chỉ tiêu: nhập giá trị đạt được, chọn Đạt / Chưa đạt, ghi chú và "
                "cơ quan phụ trách. Dấu ⚠ là khi giá trị khác với đánh giá.</li>"
                '<li>Thêm tệp minh chứng: chọn dòng rồi bấm "Thêm tệp…", hoặc kéo thả tệp vào '
                "dòng đó.</li>"
                '<li>Sửa nhầm: Ctrl+Z; xem các lần sửa: "Lịch sử…".</li>'
                "<li>Thôn kiểu mẫu: chọn thôn, thẻ <b>Phương án thôn kiểu mẫu</b>: đăng ký, thêm "
                "hạng mục và kinh phí, ảnh trước/sau, xuất Phương án (PDF) và dự toán (Excel).</li>"
                "<li>Thẻ <b>Hồ sơ công nhận</b>: điền thông tin, xem điều kiện còn thiếu, xuất "
                "PDF.</li>"
                "<li>Gửi số liệu lên huyện: <b>Tệp › Trao đổi dữ liệu…</b> (cần chứng thư văn "
                "phòng do tỉnh cấp).</li>"
                "</ol>"
            ),
            "district": self.tr(
                "<ol>"
                "<li>Chọn huyện trên cây, thẻ <b>Báo cáo tổng hợp</b>: kết quả các xã theo tiêu "
                "chí, so với chỉ tiêu kế hoạch, biểu đồ; xuất Excel.</li>"
                "<li>Nhập bảng tiêu chí của các xã từ Excel ngay trên thẻ đó (mỗi xã một dòng); "
                "tệp có ô sai thì không nhập gì và nêu từng ô.</li>"
                "<li>Chọn từng xã để xem bảng tiêu chí; ghi kết quả thẩm tra bằng nút "
                '"Ghi kết quả…" ở dòng Thẩm tra / thẩm định.</li>'
                "<li>Thẻ <b>Công nhận</b>: quyết định công nhận đạt chuẩn, nâng cao, kiểu mẫu.</li>"
                "<li>Thẻ <b>Nhiệm vụ</b>, <b>Nguồn vốn</b>: việc quá hạn, sắp đến hạn, vốn theo "
                "nguồn.</li>"
                "<li>Nhận gói dữ liệu của xã và gửi lên tỉnh: <b>Tệp › Trao đổi dữ liệu…</b> "
                "(kéo thả tệp .vnsb vào cửa sổ).</li>"
                "</ol>"
            ),
            "province": self.tr(
                "<ol>"
                "<li>Chọn tỉnh trên cây, thẻ <b>Chỉ tiêu kế hoạch</b>: Biểu 01 theo năm, nhập tay "
                "hoặc từ bảng tính.</li>"
                '<li>Thẻ <b>Báo cáo tổng hợp</b>: theo huyện và theo tiêu chí, "% kế hoạch", '
                "biểu đồ; xuất Excel.</li>"
                "<li>Thẻ <b>Nguồn vốn</b>, <b>Nhiệm vụ</b>, <b>OCOP</b>: bảng tổng hợp có dòng "
                "tổng, xuất Excel; nhập bảng tính bằng dòng lệnh <tt>ntm import</tt>.</li>"
                '<li>Thẩm định kết quả của xã: chọn xã, "Ghi kết quả…" ở dòng Thẩm tra / '
                "thẩm định.</li>"
                "<li>Cấp chứng thư cho các văn phòng (<tt>ntm keys issue</tt>) và gửi gói đầy đủ "
                "cho máy mới: <b>Tệp › Trao đổi dữ liệu…</b>.</li>"
                "</ol>"
            ),
        }
        demo = self.tr(
            "<p>Muốn xem thử trước với số liệu mẫu (tệp riêng, không động đến dữ liệu của "
            "anh/chị): chạy <nobr><tt>ntm-desktop --demo</tt></nobr>, hoặc bấm "
            '"Mở dữ liệu mẫu" ở lần chạy đầu.</p>'
        )
        return steps[level] + common + demo

    def shortcuts(self) -> list[tuple[str, str]]:
        """(keys, what) for every menu command with a shortcut, then the table keys."""
        found: list[tuple[str, str]] = []
        for top in self.window.menuBar().actions():
            menu = top.menu()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    path = f"{_plain(top.text())} › {_plain(action.text())}"
                    found.append((keys, path))
        found += [
            ("F2, Enter", self.tr("Sửa ô đang chọn trong bảng (hoặc gõ luôn giá trị)")),
            ("Tab, Shift+Tab", self.tr("Sang ô sau, ô trước")),
            ("Esc", self.tr("Bỏ sửa ô đang sửa")),
            (
                self.tr("Kéo thả tệp"),
                self.tr("Thêm minh chứng vào dòng chỉ tiêu; nhập gói dữ liệu"),
            ),
        ]
        return found

    def show_shortcuts(self) -> QDialog:
        # Imported on use, here and in about_html: html brings its table of 2,000 entities
        # (~0.9 MB), which the menu does not need until a page is shown.
        from html import escape

        rows = "".join(
            f"<tr><td><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in self.shortcuts()
        )
        body = f"<table cellpadding='4'>{rows}</table>"
        return self._page(self.tr("Phím tắt"), body)

    def about_html(self) -> str:
        from html import escape

        heads = (self.tr("Thành phần"), self.tr("Dùng để"), self.tr("Giấy phép"))
        rows = "".join(
            "<tr>"
            + "".join(f"<td>{escape(cell)}</td>" for cell in (name, self.tr(what), licence))
            + "</tr>"
            for name, what, licence in LICENCES
        )
        header = "".join(f"<th>{escape(head)}</th>" for head in heads)
        return self.tr(
            "<h3>NTM Desktop {0}</h3><p>Phần mềm quản lý Chương trình xây dựng nông thôn "
            "mới, chạy không cần mạng. Qt {1}.</p><p>Phần mềm dùng các thành phần sau, "
            "theo giấy phép của từng thành phần (toàn văn giấy phép phông chữ ở "
            "resources/fonts/LICENSE-LiberationSerif.txt):</p>"
        ).format(escape(__version__), escape(qVersion())) + (
            f"<table cellpadding='3'><tr>{header}</tr>{rows}</table>"
        )

    def show_about(self) -> QDialog:
        return self._page(self.tr("Giới thiệu NTM Desktop"), self.about_html())

    def _page(self, title: str, html: str) -> QDialog:
        dialog = QDialog(self.window)
        dialog.setWindowTitle(title)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        text = QTextBrowser()
        text.setHtml(html)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Đóng"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        dialog.resize(680, 520)
        dialog.open()
        return dialog


def _plain(text: str) -> str:
    """A menu text without its mnemonic marks (&&: a literal ampersand)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")

"""The first-start wizard: which office this laptop serves, who uses it, where the data lives,
and the office certificate (optional: without it the app works but sends unsigned data)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ntm_desktop.backups import places
from ntm_desktop.common.errors import NtmError
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from ui import messages
from ui.dialogs.first_start import OPEN_DEMO, SKIPPED_KEY


@dataclass(frozen=True)
class FirstStartChoice:
    """What the person chose in the wizard."""

    office_code: str
    user_name: str
    data_folder: Path
    certificate: Path | None

    def apply(self, db: Database) -> None:
        """Record the choices in the data file (the data folder is the caller's: it reopens).

        A certificate, already verified by its page, is installed, and it names the office.
        """
        with db.transaction():
            db.set_user(self.user_name)
            if self.certificate is not None:
                from ntm_desktop.sync import identity  # its cryptography: only with a certificate

                identity.install(db, self.certificate)
            else:
                db.set_office(self.office_code)


NO_CERTIFICATE = QT_TRANSLATE_NOOP(
    "CertificatePage", "Chưa có chứng thư — phần mềm vẫn hoạt động, dữ liệu gửi đi chưa được ký."
)


class OfficePage(QWizardPage):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.setTitle(self.tr("Máy này thuộc đơn vị nào?"))
        self.setSubTitle(
            self.tr(
                "Chọn xã, huyện hoặc tỉnh mà văn phòng của anh/chị phụ trách. Gõ tên, không dấu "
                "cũng được (ví dụ: viet lap)."
            )
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Tìm đơn vị…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.chosen = QLabel()
        self.chosen.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.chosen)
        self.search.textChanged.connect(self._search)
        self.results.currentItemChanged.connect(self._picked)
        if db.actor.office_code:
            self.search.setText(db.actor.office_code)

    def _search(self, text: str) -> None:
        self.results.clear()
        for unit in units.search(self.db, text, limit=50):
            if unit.level == "village":
                continue
            above = units.path(self.db, unit.code)[:-1]
            where = f" — {above[-1].name}" if above else ""
            item = QListWidgetItem(f"{unit.name}{where} ({unit.code})")
            item.setData(Qt.ItemDataRole.UserRole, unit.code)
            self.results.addItem(item)
        if self.results.count() == 1:
            self.results.setCurrentRow(0)
        self.completeChanged.emit()

    def _picked(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.chosen.setText(self.tr("Đã chọn: {0}").format(item.text()) if item else "")
        self.completeChanged.emit()

    def office_code(self) -> str | None:
        item = self.results.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def isComplete(self) -> bool:
        return self.office_code() is not None


class UserPage(QWizardPage):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.setTitle(self.tr("Người sử dụng"))
        self.setSubTitle(
            self.tr("Họ và tên được ghi kèm mỗi thay đổi, để biết ai đã nhập hay sửa số liệu.")
        )
        self.name = QLineEdit(db.get_meta("user_name") or "")
        self.name.setPlaceholderText(self.tr("Ví dụ: Nguyễn Thị Hoa"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Họ và tên:")))
        layout.addWidget(self.name)
        layout.addStretch(1)
        self.name.textChanged.connect(lambda _text: self.completeChanged.emit())

    def isComplete(self) -> bool:
        return len(self.name.text().strip()) >= 2


class DataFolderPage(QWizardPage):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.setTitle(self.tr("Nơi lưu dữ liệu"))
        self.setSubTitle(
            self.tr(
                "Tệp dữ liệu, các tệp minh chứng và bản sao lưu tự động nằm trong thư mục này. "
                "Nên để ở thư mục mặc định trên ổ đĩa của máy, không để trên USB."
            )
        )
        self.folder = QLineEdit(str(db.path.parent))
        browse = QPushButton(self.tr("Chọn thư mục…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        note = QLabel(
            self.tr(
                "Nếu chọn thư mục khác, dữ liệu được chép sang đó; tệp ở thư mục cũ vẫn được "
                "giữ nguyên."
            )
        )
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addStretch(1)

    def validatePage(self) -> bool:
        try:
            places.check_writable(Path(self.folder.text().strip()).expanduser())
        except NtmError as error:
            messages.show_error(self, error, self.tr("Không dùng được thư mục này"))
            return False
        return True

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Chọn thư mục lưu dữ liệu"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.folder.text().strip())


class CertificatePage(QWizardPage):
    def __init__(self, db: Database) -> None:
        super().__init__()
        self.setTitle(self.tr("Chứng thư của văn phòng (không bắt buộc)"))
        self.setSubTitle(
            self.tr(
                "Nếu cấp trên đã gửi tệp chứng thư cho văn phòng, chọn tệp đó ở đây. Có thể làm "
                "sau."
            )
        )
        self.db = db
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Chưa chọn tệp"))
        browse = QPushButton(self.tr("Chọn tệp chứng thư…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.status = QLabel()
        self.status.setWordWrap(True)
        # Room for the longer message, so switching messages never clips a line.
        self.status.setMinimumHeight(self.status.fontMetrics().lineSpacing() * 3)
        self.status.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.path.textChanged.connect(self._show_status)
        self._show_status(self.path.text())

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Chọn tệp chứng thư"),
            "",
            self.tr("Chứng thư văn phòng (*.cert);;Mọi tệp (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _show_status(self, text: str) -> None:
        if text.strip():
            self.status.setText(self.tr("Chứng thư sẽ được kiểm tra khi bấm Hoàn tất."))
        else:
            self.status.setText(self.tr(NO_CERTIFICATE))

    def validatePage(self) -> bool:
        """A wrong, damaged or revoked certificate is refused here, before anything is written."""
        text = self.path.text().strip()
        if not text:
            return True
        try:
            from ntm_desktop.sync import identity

            _, cert = identity.verify(self.db, Path(text).expanduser())
        except NtmError as error:
            self.status.setText(error.message)
            return False
        wizard = self.wizard()
        chosen = wizard.office.office_code() if isinstance(wizard, FirstStartWizard) else None
        if chosen and cert.office_code != chosen:
            office = units.get(self.db, cert.office_code).name
            self.status.setText(
                self.tr(
                    "Chứng thư này cấp cho {0} (mã {1}), không phải đơn vị đã chọn ở bước đầu. "
                    "Hãy chọn lại đơn vị hoặc đúng tệp chứng thư."
                ).format(office, cert.office_code)
            )
            return False
        return True


class FirstStartWizard(QWizard):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("NTM Desktop — Bắt đầu sử dụng"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Tiếp theo >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Bỏ qua"))
        # A newcomer can look at a working province first, in a separate file.
        self.setOption(QWizard.WizardOption.HaveCustomButton1)
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("Mở dữ liệu mẫu"))
        self.button(QWizard.WizardButton.CustomButton1).setToolTip(
            self.tr(
                "Xem phần mềm với dữ liệu mẫu của tỉnh Bắc Giang năm 2019-2020, trong một tệp "
                "riêng; tệp dữ liệu của anh/chị không bị động đến."
            )
        )
        self.customButtonClicked.connect(self._custom_button)
        self.office = OfficePage(db)
        self.user = UserPage(db)
        self.folder = DataFolderPage(db)
        self.certificate = CertificatePage(db)
        for page in (self.office, self.user, self.folder, self.certificate):
            self.addPage(page)
        self.resize(720, 520)
        self.rejected.connect(lambda: QSettings().setValue(SKIPPED_KEY, True))

    def _custom_button(self, which: int) -> None:
        if which == QWizard.WizardButton.CustomButton1.value:
            self.done(OPEN_DEMO)

    def choice(self) -> FirstStartChoice:
        office = self.office.office_code()
        assert office is not None  # the office page cannot be left without one
        certificate = self.certificate.path.text().strip()
        return FirstStartChoice(
            office_code=office,
            user_name=" ".join(self.user.name.text().split()),
            data_folder=Path(self.folder.folder.text().strip()).expanduser(),
            certificate=Path(certificate) if certificate else None,
        )

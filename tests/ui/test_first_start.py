import os
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWizard

from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.sync import identity
from ntm_desktop.units import datasets
from ui.dialogs import first_start
from ui.dialogs.first_start_wizard import FirstStartWizard

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def shoot(qtbot, wizard: QWizard, name: str) -> None:
    qtbot.wait(20)  # let word-wrapped labels reflow before the grab
    SCREENSHOTS.mkdir(exist_ok=True)
    assert wizard.grab().save(str(SCREENSHOTS / f"first-start-{name}.png"))


def test_wizard_completes_and_records_the_choices(qtbot, db_path, tmp_path):
    db = open_data_file(db_path)
    assert first_start.is_needed(db)
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert not next_button.isEnabled()  # no office chosen yet
    qtbot.keyClicks(wizard.office.search, "viet lap")
    assert wizard.office.results.count() == 1
    assert wizard.office.office_code() == "07354"
    assert "Xã Việt Lập — Huyện Tân Yên (07354)" in wizard.office.chosen.text()
    shoot(qtbot, wizard, "1-office")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    assert not next_button.isEnabled()
    wizard.user.name.insert("Nguyễn  Thị Hoa")  # QTest cannot type non-ASCII keys
    shoot(qtbot, wizard, "2-user")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    assert wizard.folder.folder.text() == str(db_path.parent)
    shoot(qtbot, wizard, "3-folder")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    assert "dữ liệu gửi đi chưa được ký" in wizard.certificate.status.text()
    shoot(qtbot, wizard, "4-certificate-none")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    damaged = tmp_path / "hong.cert"
    damaged.write_text("-----BEGIN CERTIFICATE-----\n")
    wizard.certificate.path.setText(str(damaged))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and wizard.certificate.status.text() != ""
    other = _certificate(tmp_path, "07360")
    wizard.certificate.path.setText(str(other))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.isVisible() and "không phải đơn vị đã chọn" in wizard.certificate.status.text()
    shoot(qtbot, wizard, "4-certificate-wrong-office")
    certificate = _certificate(tmp_path, "07354")
    wizard.certificate.path.setText(str(certificate))
    qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted

    wizard.choice().apply(db)
    db.close()
    with open_data_file(db_path) as again:
        assert again.actor.office_code == "07354"
        assert again.actor.user == "Nguyễn Thị Hoa"
        assert identity.require_office(again).certificate.office_code == "07354"
        assert not first_start.is_needed(again)


def _certificate(folder: Path, office: str) -> Path:
    """A real office certificate, issued by a province data file with its own root key."""
    province = folder / f"tinh-{office}.db"
    with open_data_file(province, create=True) as db:
        datasets.initialize(db)
        root = folder / f"root-{office}.key"
        identity.init_root(db, root)
        out = folder / f"{office}.cert"
        identity.issue(db, root, office, "commune", out)
    return out


def test_search_ignores_villages_and_needs_a_choice(qtbot, db):
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.office.search, "tan yen")
    codes = [
        wizard.office.results.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(wizard.office.results.count())
    ]
    assert "216" in codes and all("." not in code for code in codes)


def test_a_read_only_folder_is_refused_on_its_page(qtbot, db, tmp_path, no_modal_boxes):
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    wizard.folder.folder.setText(str(blocked / "data"))
    assert not wizard.folder.validatePage()
    assert "Không tạo được thư mục" in no_modal_boxes[0]
    wizard.folder.folder.setText(str(tmp_path / "new-data"))
    assert wizard.folder.validatePage() and os.path.isdir(tmp_path / "new-data")


def test_skipping_changes_nothing_and_is_remembered(qtbot, db):
    wizard = FirstStartWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert db.actor.office_code is None
    assert QSettings().value(first_start.SKIPPED_KEY, type=bool)
    assert not first_start.is_needed(db)

"""The interface language: Vietnamese (the source text) unless English is chosen or the system
is not Vietnamese. Translations are compiled Qt files in ui/translations (see the .ts source).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("vi", "en")
SETTING = "ui/language"


def choose(setting: object, system: QLocale) -> str:
    """'vi' or 'en': the stored choice if valid, else by the system's language."""
    if setting in LANGUAGES:
        return str(setting)
    return "vi" if system.language() == QLocale.Language.Vietnamese else "en"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translator for `language` (or the chosen one); returns the language used."""
    chosen = choose(language or QSettings().value(SETTING), QLocale.system())
    if chosen == "vi":
        return chosen
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"ntm_{chosen}.qm")):
        return "vi"
    app.installTranslator(translator)
    return chosen

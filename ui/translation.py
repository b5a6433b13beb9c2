"""The interface language: Vietnamese (the source text) unless English is chosen.

The system locale is not consulted: many Vietnamese offices run an English-language Windows,
and their staff work in Vietnamese. Translations are compiled Qt files in ui/translations.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

TRANSLATIONS = Path(__file__).resolve().parent / "translations"
LANGUAGES = ("vi", "en")
SETTING = "ui/language"


def choose(setting: object) -> str:
    """'vi' or 'en': the stored or given choice if valid, else Vietnamese."""
    return str(setting) if setting in LANGUAGES else "vi"


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translator for `language` (or the chosen one); returns the language used."""
    chosen = choose(language or QSettings().value(SETTING))
    if chosen == "vi":
        return chosen
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"ntm_{chosen}.qm")):
        return "vi"
    app.installTranslator(translator)
    return chosen

"""NTM Desktop core: the Qt-free part of the application (domain, storage, reports, CLI)."""

__version__ = "0.1.0"

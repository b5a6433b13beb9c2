"""Sheets and tables in and out: reading xlsx/csv cells with per-cell problems, writing
styled xlsx tables and csv.

May use: common, storage, backups (a backup before an import).
"""

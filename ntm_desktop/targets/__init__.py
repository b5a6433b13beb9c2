"""The province's yearly plan targets per district (Biểu 01) and their import.

May use: units, tables, backups, common, storage.
"""

"""The one place that opens a data file for work, with its hooks: the office's write-scope
guard on every tracked write, and a backup before a migration changes the file.

May use: every core package below the command line (sync, backups, storage, common).
"""

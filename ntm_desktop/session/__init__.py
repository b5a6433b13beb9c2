"""The one place that opens a data file for work, with its hooks: the office's write-scope
guard on every tracked write, and a backup before a migration changes the file. At each open it
also makes sure the file's device id is fit to issue ops (names its office, not already used for
what was sent: sync.sent) and removes the temporary files killed work left beside the data.

May use: every core package below the command line (sync, backups, storage, common).
"""

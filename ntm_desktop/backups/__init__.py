"""Backups of a data file (zip with snapshot, manifest and evidence), their schedule,
thinning and restore, and moving the data folder.

May use: common, storage.
"""

"""The plan's tasks with owners and deadlines, their import and the overdue report.

May use: units, tables, common, storage.
"""

"""Funds mobilised by source for a unit and year, their import from the province's
sheets and the funding report.

May use: units, tables, common, storage.
"""

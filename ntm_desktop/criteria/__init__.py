"""The criteria sets (catalogs) with their versions, indicator value kinds and targets, the
tiers, and the workbook people fill to bring in a set.

May use: common, tables, storage.
"""

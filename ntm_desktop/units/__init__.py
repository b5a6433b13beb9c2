"""The administrative tree (province, district, commune, village) with its history, the
shipped unit datasets, name matching, and who owns a unit's records.

May use: common, storage.
"""

"""The administrative tree (province, district, commune, village) with its history, the
shipped unit datasets, name matching, who owns a unit's records, the group (1, 2, 3) the
province puts each commune in, and the sheet imports of villages and of commune groups.

May use: common, storage, tables (the sheet reader), criteria (a new data file's sets).
"""

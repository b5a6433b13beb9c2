"""A unit's assessment against its criteria set for a year: indicator values, evidence,
scores and tiers, the set version it is pinned to and the move to a newer one, scores that
follow the commune's group, the district's and province's reviews, recognitions, the OCOP rule
of criterion 13, and the district's criteria-status sheet.

May use: evidence, criteria, units, tables, backups, common, storage.
"""

"""OCOP producers, products and star ratings, their import and report.

May use: checklist (a rating re-scores criterion 13), units, tables, common, storage.
"""

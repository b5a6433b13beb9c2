"""The province's tables, computed from the stored results for a year and a scope.

One module per report; each returns plain data (`columns`, `rows`, a title and notes), and
`output` writes any of them as CSV, xlsx or an ND30 PDF.

May use: targets, units, criteria, tables, documents, storage, common.
"""

"""Official documents as PDF: the Nghị định 30/2020 layout engine and its fonts. The documents
themselves live with their feature (`dossier.document`, `village_plans.document`).

May use: common.
"""

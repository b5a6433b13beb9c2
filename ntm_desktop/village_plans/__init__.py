"""Model-village plans (Phương án thôn NTM kiểu mẫu): works, costs by funding source,
approval and progress, photos, the plan document and its budget workbook.

May use: dossier, checklist, evidence, criteria, units, documents, tables, common, storage.
"""

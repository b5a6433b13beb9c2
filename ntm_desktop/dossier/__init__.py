"""The recognition dossier: what the offices record for it, the data it is printed from,
its legal citations, readiness checks and the PDF document; and the files of the next stages,
the district's verification and the province's appraisal with its draft decision (`stage_*`).

May use: checklist, evidence, criteria, units, documents, common, storage.
"""

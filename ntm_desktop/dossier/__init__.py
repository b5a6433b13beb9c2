"""The recognition dossier: what the offices record for it, the data it is printed from,
its legal citations, readiness checks and the PDF document.

May use: checklist, evidence, criteria, units, documents, common, storage.
"""

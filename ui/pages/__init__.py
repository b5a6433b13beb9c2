"""The unit page and its tabs: one page per task an office does for a unit (checklist,
model-village plan, dossier, funding, tasks, OCOP, reports). Pages use widgets, dialogs, actions
and models; nothing below imports a page."""

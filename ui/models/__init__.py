"""Qt item models over core data (checklist, unit tree, village plan, report tables). They use only
the core and the shared seams in `ui` (jobs, messages, labels)."""

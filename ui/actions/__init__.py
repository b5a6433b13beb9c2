"""Menus and menu actions: backups, help, the tree's village menu, exporting a plan. They may use
models and the shared seams in `ui` (jobs, messages, labels)."""

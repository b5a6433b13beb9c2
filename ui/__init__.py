"""NTM Desktop's Qt layer over the ntm_desktop core.

`app` starts the program and `main_window` holds the tree and the unit page. Below them:
`pages/` (one per task), then `actions/` (menus), `dialogs/` and `widgets/`, then `models/` (Qt
item models). The shared seams sit at the top of the folder and every part may use them: slow
work runs through one background-job seam (`jobs`), failures reach the person through one message
seam (`messages`), and words shown for stored codes come from `labels` and `report_texts`."""

from ui.source_scan import answer_from_files

# Before any Qt module: PySide's import hook then checks every later import the quick way.
answer_from_files()

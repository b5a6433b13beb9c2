"""NTM Desktop's Qt layer: windows, item models and dialogs over the ntm_desktop core; slow work
runs through one background-job seam (`ui.jobs`), failures reach the person through one message
seam (`ui.messages`)."""

"""NTM Desktop's Qt layer: windows, item models, dialogs and workers over the ntm_desktop core."""

"""Reusable parts of pages: the evidence panel, review strip, recognitions panel, targets editor,
chart, delegates and elided labels. They may use models and the shared seams."""

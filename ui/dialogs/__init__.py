"""Dialogs a person works through: first start, history of a value, exchanging sync bundles.
They may use models and the shared seams."""

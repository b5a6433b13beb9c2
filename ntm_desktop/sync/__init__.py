"""Sync bundles: offices exchange signed files (USB stick, e-mail) and converge without loss.

Modules: `tables` (what travels and who may write it), `canonical` (signed JSON), `keys`
(root, office certificates, revocations), `scope` (this office and its write checks),
`writer`/`reader` (the bundle file), `merge` (heads and conflicts), `importer` (the pipeline),
`summary` (what an import did, in Vietnamese), `conflicts`, `board` (the reporting board).
"""

"""Sync bundles: offices exchange signed files (USB stick, e-mail) and converge without loss.

Modules: `tables` (what travels and who may write it), `canonical` (signed JSON), `keys`
(root, office certificates, revocations), `identity` (this data file's trust and office),
`scope` (the write check), `format` (member names and limits), `writer`/`reader` (the bundle
file), `evidence` (content-addressed files), `merge` (heads and conflicts), `catalog_versions`
(criteria catalogs in province bundles), `importer` (the pipeline), `summary` (what an import
did, in Vietnamese), `conflicts`, `board` (the reporting board). `table_spec` says what a
table entry declares, `domain_tables` declares every feature table.

May use: the feature folders (whose rows travel), backups, storage, common.
"""

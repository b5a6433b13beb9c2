"""Evidence files: the office's content-addressed store and the tracked rows linking a stored
file to what it proves, an indicator value or a model-village plan item (one module, the link
table a parameter).

May use: common, storage. Which indicator or plan item a file goes to is decided above, by
checklist and village_plans.
"""

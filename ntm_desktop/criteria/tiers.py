"""The tiers a unit is assessed and recognised at, lowest first: standard (đạt chuẩn), advanced
(nâng cao), model (kiểu mẫu). Apart from the catalogs, so that what only orders or names tiers
(the unit tree at start-up) does not load the catalogs' machinery."""

TIERS = ("standard", "advanced", "model")
TIER_NAMES = {"standard": "đạt chuẩn", "advanced": "nâng cao", "model": "kiểu mẫu"}

import copy
import json

import pytest

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.paths import resources_dir
from ntm_desktop.criteria import catalogs, indicator_values


def _doc(name="xa-ntm-2016-2020"):
    return json.loads((resources_dir() / "catalogs" / f"{name}.json").read_text("utf-8"))


def test_every_shipped_catalog_is_loaded_with_its_flags(db):
    listed = {info.id: (info, c, i) for info, c, i in catalogs.list_all(db)}
    assert len(listed) == len(catalogs.shipped_files())
    info, criteria, indicators = listed["xa-ntm-2016-2020"]
    assert (criteria, indicators, info.verified) == (19, 49, False)
    assert info.legal_basis.startswith("Quyết định 1980/QĐ-TTg")
    assert (info.period_from, info.period_to) == (2016, 2020)
    assert listed["xa-ntm-2026-2030"][1] == 10
    village, criteria, indicators = listed["thon-kieu-mau-bac-giang-2020"]
    assert (village.level, village.tier, village.verified) == ("village", "model", False)
    assert criteria == 6 and indicators >= 8


def test_criterion_without_indicators_gets_a_placeholder(db):
    catalog = catalogs.get(db, "xa-ntm-nang-cao-2021-2025")
    assert len(catalog.criteria) == 19
    first = catalog.criteria[0].indicators
    assert len(first) == 1 and first[0].placeholder and first[0].code == "1"


def test_changed_document_makes_a_new_version_and_keeps_the_old(db):
    document = _doc()
    document["criteria"][0]["indicators"][0]["target"] = {"op": "yes"}
    info, status = catalogs.import_document(db, document)
    assert (status, info.version, info.key) == ("new-version", 2, "xa-ntm-2016-2020@2")
    assert info.supersedes == "xa-ntm-2016-2020@1"
    assert catalogs.get(db, "xa-ntm-2016-2020@1").indicators[0].target is None
    assert catalogs.get(db, "xa-ntm-2016-2020").indicators[0].target == {"op": "yes"}
    again, status = catalogs.import_document(db, copy.deepcopy(document))
    assert (status, again.version) == ("unchanged", 2)


def test_invalid_documents_are_refused_with_reasons(db):
    before = catalogs.list_all(db)
    bad = _doc()
    bad["level"] = "galaxy"
    del bad["criteria"][0]["name"]
    with pytest.raises(InvalidInput) as caught:
        catalogs.import_document(db, bad)
    assert "không đúng định dạng" in caught.value.message
    assert any("level" in line for line in caught.value.details)
    dup = _doc()
    dup["criteria"][1]["indicators"][0]["code"] = dup["criteria"][0]["indicators"][0]["code"]
    with pytest.raises(InvalidInput, match="trùng"):
        catalogs.import_document(db, dup)
    assert catalogs.list_all(db) == before


def test_applicable_set_by_level_tier_and_year(db):
    assert catalogs.applicable(db, "commune", "standard", 2020).id == "xa-ntm-2016-2020"
    assert catalogs.applicable(db, "commune", "standard", 2023).id == "xa-ntm-2021-2025"
    assert catalogs.applicable(db, "commune", "standard", 2027).id == "xa-ntm-2026-2030"
    assert catalogs.applicable(db, "commune", "model", 2023).id == "xa-ntm-kieu-mau-2021-2025"
    assert catalogs.applicable(db, "commune", "advanced", 2010) is None
    assert catalogs.applicable(db, "village", "model", 2020).id == "thon-kieu-mau-bac-giang-2020"


def test_a_code_whose_number_is_not_known_is_never_shown(db):
    catalog = catalogs.get(db, "xa-ntm-2021-2025")
    waste = next(i for i in catalog.indicators if i.code == "17.x2")
    assert waste.unnumbered and waste.shown_code == ""
    assert waste.label.startswith("(chỉ tiêu chưa nhập từ văn bản) Tỷ lệ hộ gia đình")
    with pytest.raises(InvalidInput) as caught:
        indicator_values.parse(waste, "150")
    assert caught.value.message.startswith(
        "Tỷ lệ của chỉ tiêu chưa nhập từ văn bản phải từ 0 đến 100 %"
    )
    # Never decided by a target rule, even one entered for it.
    assert indicator_values.evaluate(waste._replace(target={"op": ">=", "value": 50}), 80) is None
    numbered = next(i for i in catalog.indicators if i.code == "17.1")
    assert (numbered.shown_code, catalogs.code_words("17.1")) == ("17.1", "17.1")

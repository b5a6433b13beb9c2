"""Every shipped criteria set says where each of its items came from, and says it honestly
(issue 14 item 7); the 2026-2030 set ships its structure only (item 4)."""

from __future__ import annotations

import json

import pytest

from ntm_desktop.cli import main
from ntm_desktop.common.text import fold
from ntm_desktop.criteria import catalogs

SHIPPED = {path.stem: json.loads(path.read_text("utf-8")) for path in catalogs.shipped_files()}


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_every_item_carries_its_source(name):
    document = SHIPPED[name]
    assert document["sources"] and all(source.strip() for source in document["sources"])
    for criterion in document["criteria"]:
        assert criterion.get("source", "x").strip(), (name, criterion["no"])
        for item in criterion["indicators"]:
            assert item.get("source", "x").strip(), (name, item["code"])
    # Shipped sets are never presented as checked against the legal text.
    assert document["verified"] is False


@pytest.mark.parametrize("name", sorted(SHIPPED))
def test_a_set_rebuilt_from_other_texts_says_so_and_claims_no_high_confidence(name):
    document = SHIPPED[name]
    said = "dung lai" in fold(document["title"]) or "dung lai" in fold(document.get("notes") or "")
    assert bool(document.get("reconstructed")) == said, name
    if not said:
        return
    # On screen: the title the checklist header and the catalog list show carries it.
    assert "dựng lại" in document["title"]
    for criterion in document["criteria"]:
        for item in criterion["indicators"]:
            assert item.get("confidence") != "high", (name, item["code"])
            # Each item names the passage of the plan or report it was rebuilt from.
            assert any(item["source"].startswith(s.split(" ")[0]) for s in document["sources"])


def test_the_2026_2030_set_ships_its_official_criteria_and_no_invented_indicator():
    document = SHIPPED["xa-ntm-2026-2030"]
    assert [c["name"] for c in document["criteria"]] == [
        "Quy hoạch",
        "Hạ tầng kinh tế - xã hội",
        "Phát triển kinh tế nông thôn",
        "Đào tạo nguồn nhân lực nông thôn",
        "Văn hóa, giáo dục, y tế",
        "Giảm nghèo và an sinh xã hội",
        "Khoa học công nghệ và chuyển đổi số",
        "Môi trường và cảnh quan nông thôn",
        "Xây dựng hệ thống chính trị và hành chính công",
        "Tiếp cận pháp luật và an ninh, quốc phòng",
    ]
    assert all(c["indicators"] == [] for c in document["criteria"])
    assert (document["commune_groups"], document["indicator_count"]) == (True, 47)
    assert document["legal_basis"].startswith("Quyết định 51/2025/QĐ-TTg ngày 29/12/2025")


def test_the_catalog_list_says_which_sets_were_rebuilt(db_path, capsys):
    assert main(["--db", str(db_path), "catalogs"]) == 0
    lines = capsys.readouterr().out.splitlines()
    rebuilt = [line.split(",")[0] for line in lines if ",dựng lại," in line]
    assert rebuilt == [name for name, doc in sorted(SHIPPED.items()) if doc.get("reconstructed")]
    assert any(line.endswith(",theo nhóm xã") for line in lines if "2026-2030" in line)

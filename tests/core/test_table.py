"""A domain record is made from its table's row by position (`Record._make(row)`): each must hold
its row's fields, in their order, or a value would land in the wrong field unnoticed."""

import pytest

from ntm_desktop.checklist import ocop_criterion, recognitions, reviews
from ntm_desktop.criteria import catalogs
from ntm_desktop.evidence import attachments
from ntm_desktop.ocop import ocop
from ntm_desktop.storage import catalogs as catalog_rows
from ntm_desktop.storage import changes
from ntm_desktop.storage import evidence as evidence_rows
from ntm_desktop.storage import ocop as ocop_rows
from ntm_desktop.storage import recognitions as recognition_rows
from ntm_desktop.storage import reviews as review_rows
from ntm_desktop.storage import tasks as task_rows
from ntm_desktop.storage import units as unit_rows
from ntm_desktop.storage import village_plans as plan_rows
from ntm_desktop.tasks import tasks
from ntm_desktop.units import units
from ntm_desktop.village_plans import village_plans

RECORDS = [
    (units.Unit, unit_rows.UnitRow),
    (units.UnitLink, unit_rows.LinkRow),
    (changes.Change, changes.ChangeRow),
    (catalogs.Indicator, catalog_rows.IndicatorRow),
    (catalogs.CatalogInfo, catalog_rows.CatalogRow),
    (recognitions.Recognition, recognition_rows.RecognitionRow),
    (reviews.Review, review_rows.ReviewRow),
    (ocop_criterion.RatedProduct, ocop_rows.RatedRow),
    (tasks.Task, task_rows.TaskRow),
    (village_plans.Plan, plan_rows.PlanRow),
    (village_plans.PlanItem, plan_rows.ItemRow),
    (attachments.Evidence, evidence_rows.EvidenceRow),
    (ocop.Producer, ocop_rows.ProducerRow),
    (ocop.Product, ocop_rows.ProductRow),
    (ocop.Rating, ocop_rows.RatingRow),
]


@pytest.mark.parametrize(("record", "row"), RECORDS, ids=[record.__name__ for record, _ in RECORDS])
def test_a_record_holds_its_rows_fields_in_order(record, row):
    assert record._fields == row._fields


def test_a_record_made_from_a_row_reads_it_by_name(db):
    row = unit_rows.get(db, "24")
    unit = units.Unit._make(row)
    assert (unit.code, unit.level, unit.parent_code) == ("24", "province", None)
    assert unit.name == row.name

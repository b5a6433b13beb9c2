"""Every replica ends with the same domain tables and conflict list, whatever the delivery.

A stateful hypothesis model of offices on real data files with real certificates: the
province, commune A on two laptops (one certificate, so the same village and indicator can be
edited concurrently and conflict), commune B and district 216. Hypothesis interleaves edits,
exports and imports of any bundle at any office, in any order, any number of times, each import
possibly "crashed" first: a truncated copy of the bundle, as a copy cut short on a USB stick,
which must be refused and leave the data file unchanged. At the end everyone exchanges
everything (full exports through the province) and the replicas must agree: same synced rows,
same conflicts, exactly the conflicts the heads rule gives, and every value with a single
writer equal to what that writer last wrote; the writer itself shows it at every step.

CI runs NTM_SYNC_MODEL_RUNS=15 runs of NTM_SYNC_MODEL_STEPS=15 steps; raise both for long runs.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    invariant,
    multiple,
    rule,
    run_state_machine_as_test,
)

from ntm_desktop.checklist import assessments, reviews
from ntm_desktop.storage import Database
from ntm_desktop.units import units
from tests.conftest import file_digest
from tests.core.sync_net import (
    COMMUNE_A,
    COMMUNE_B,
    DISTRICT,
    Net,
    assert_conflicts_follow_the_heads_rule,
    dump,
    imp,
)

RUNS = int(os.environ.get("NTM_SYNC_MODEL_RUNS", "15"))
STEPS = int(os.environ.get("NTM_SYNC_MODEL_STEPS", "15"))

YEAR = 2020
OFFICES = ("tinh", "a1", "a2", "b", "huyen")


@dataclass(frozen=True)
class Field:
    """One value an office may write: how it writes a choice and how any replica reads it."""

    write: Callable[[Database, str], object]
    read: Callable[[Database], object]
    choices: tuple[str, ...]


def village_name(code: str) -> Field:
    return Field(
        lambda db, name: units.rename(db, code, name),
        lambda db: units.get(db, code).name,
        ("Thôn Đông", "Thôn Tây", "Thôn Trung"),
    )


def commune_name(code: str) -> Field:
    return Field(
        lambda db, name: units.rename(db, code, name),
        lambda db: units.get(db, code).name,
        ("Xã Hòa Bình", "Xã Thống Nhất"),
    )


def indicator_value(unit: str) -> Field:
    return Field(
        lambda db, value: assessments.set_indicator(db, unit, YEAR, "2.1", value=value),
        lambda db: assessments.checklist(db, unit, YEAR).row("2.1").value,
        ("80", "95,5", "100"),
    )


def indicator_met(unit: str) -> Field:
    return Field(
        lambda db, met: assessments.set_indicator(db, unit, YEAR, "2.1", met=met),
        lambda db: assessments.checklist(db, unit, YEAR).row("2.1").officer_met,
        ("yes", "no"),
    )


def review(unit: str, stage: str) -> Field:
    def read(db: Database) -> object:
        found = reviews.of_unit(db, unit, YEAR).get(stage)
        return None if found is None else found.status

    return Field(
        lambda db, status: reviews.record(db, unit, YEAR, stage, status),
        read,
        ("passed", "returned", "failed"),
    )


# What each office may write, by a name hypothesis prints in a failing program.
FIELDS = {
    "tên thôn 07354.001": village_name(f"{COMMUNE_A}.001"),
    "chỉ tiêu 2.1 xã A": indicator_value(COMMUNE_A),
    "đánh giá 2.1 xã A": indicator_met(COMMUNE_A),
    "tên thôn 07360.001": village_name(f"{COMMUNE_B}.001"),
    "chỉ tiêu 2.1 xã B": indicator_value(COMMUNE_B),
    "huyện thẩm tra xã A": review(COMMUNE_A, "district"),
    "huyện thẩm tra xã B": review(COMMUNE_B, "district"),
    "tỉnh thẩm định xã A": review(COMMUNE_A, "province"),
    "tên xã A": commune_name(COMMUNE_A),
    "tên xã B": commune_name(COMMUNE_B),
}
# The two laptops of commune A edit the same fields: the edits that can conflict get a rule
# of their own so that hypothesis tries them as often as all the others together.
SHARED_EDITS = [(laptop, name) for laptop in ("a1", "a2") for name in list(FIELDS)[:3]]
OTHER_EDITS = [
    *(("b", name) for name in list(FIELDS)[3:5]),
    *(("huyen", name) for name in list(FIELDS)[5:7]),
    *(("tinh", name) for name in list(FIELDS)[7:]),
]


@dataclass(frozen=True)
class Sent:
    office: str
    path: Path

    def __repr__(self) -> str:
        return f"<{self.path.name} của {self.office}>"


class Offices(RuleBasedStateMachine):
    template: Path
    work: Path
    bundles = Bundle("bundles")

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(dir=self.work))
        self.net = Net(self.folder, self.template)
        self.db = {
            "tinh": self.net.province,
            "a1": self.net.replica("a1", COMMUNE_A),
            "a2": self.net.replica("a2", COMMUNE_A, cert="a1"),
            "b": self.net.replica("b", COMMUNE_B),
            "huyen": self.net.replica("huyen", DISTRICT, role="district"),
        }
        # Each field's writes in order: (office, the value the writer then showed).
        self.written: dict[str, list[tuple[str, object]]] = {}
        self.cuts = 0

    @rule(edit=st.sampled_from(SHARED_EDITS), choice=st.integers(0, 2))
    def edit_at_commune_a(self, edit: tuple[str, str], choice: int) -> None:
        self._edit(*edit, choice)

    @rule(edit=st.sampled_from(OTHER_EDITS), choice=st.integers(0, 2))
    def edit_elsewhere(self, edit: tuple[str, str], choice: int) -> None:
        self._edit(*edit, choice)

    def _edit(self, office: str, name: str, choice: int) -> None:
        field = FIELDS[name]
        db = self.db[office]
        field.write(db, field.choices[choice % len(field.choices)])
        self.written.setdefault(name, []).append((office, field.read(db)))

    @rule(target=bundles, office=st.sampled_from(OFFICES[1:]))
    def report_to_the_province(self, office: str) -> object:
        return self._export(office)

    @rule(target=bundles, to=st.sampled_from([COMMUNE_A, COMMUNE_B, DISTRICT, "*"]))
    def province_exports(self, to: str) -> object:
        return self._export("tinh", **({"full": True} if to == "*" else {"to": to}))

    def _export(self, office: str, **options: object) -> object:
        parts = self.net.export(self.db[office], **options)
        return multiple(*(Sent(office, path) for path in parts))

    @rule(batch=st.lists(bundles, min_size=1, max_size=4), at=st.sampled_from(OFFICES))
    def deliver(self, batch: list[Sent], at: str) -> None:
        for sent in batch:
            self._import(sent, at)

    @rule(sent=bundles, at=st.sampled_from(OFFICES), keep=st.floats(0, 0.999))
    def deliver_after_a_cut_copy(self, sent: Sent, at: str, keep: float) -> None:
        data = sent.path.read_bytes()
        self.cuts += 1
        cut = self.folder / "cut" / f"{self.cuts}" / sent.path.name
        cut.parent.mkdir(parents=True)
        cut.write_bytes(data[: int(len(data) * keep)])
        db = self.db[at]
        before = file_digest(db.path)
        assert imp(db, cut).status == "refused"
        assert file_digest(db.path) == before
        self._import(sent, at)

    @invariant()
    def a_sole_writer_still_shows_its_last_value(self) -> None:
        """No import, of a replayed bundle or of its own ops relayed back by the province,
        takes an office's value back to an older one of its own."""
        for name, writes in self.written.items():
            writers = {office for office, _ in writes}
            if len(writers) == 1:
                assert FIELDS[name].read(self.db[writers.pop()]) == writes[-1][1], name

    def _import(self, sent: Sent, at: str) -> None:
        summary = imp(self.db[at], sent.path)
        assert summary.status in ("applied", "duplicate"), summary.reason

    def teardown(self) -> None:
        try:
            self._exchange_everything()
            self._check_agreement()
        finally:
            self.net.close()
            shutil.rmtree(self.folder)

    def _exchange_everything(self) -> None:
        province = self.db["tinh"]
        for office in OFFICES[1:]:
            for part in self.net.export(self.db[office], full=True):
                assert imp(province, part).status in ("applied", "duplicate")
        for part in self.net.export(province, full=True):
            for office in OFFICES[1:]:
                assert imp(self.db[office], part).status in ("applied", "duplicate")

    def _check_agreement(self) -> None:
        province = json.loads(dump(self.db["tinh"]))
        for office, db in self.db.items():
            assert json.loads(dump(db)) == province, f"{office} khác tỉnh"
        assert_conflicts_follow_the_heads_rule(self.db["tinh"])
        for name, writes in self.written.items():
            shown = {office: FIELDS[name].read(db) for office, db in self.db.items()}
            assert len(set(shown.values())) == 1, (name, shown)
            values = {value for _, value in writes}
            assert set(shown.values()) <= values, (name, shown, writes)
            if len({office for office, _ in writes}) == 1:
                assert set(shown.values()) == {writes[-1][1]}, (name, shown, writes)


def test_replicas_converge_whatever_the_order_duplicates_or_cut_copies(
    tmp_path, bac_giang_template
):
    class Run(Offices):
        template = bac_giang_template
        work = tmp_path

    run_state_machine_as_test(
        Run,
        settings=settings(
            max_examples=RUNS, stateful_step_count=STEPS, deadline=None, database=None
        ),
    )

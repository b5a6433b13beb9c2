"""Building the demonstration file from the shipped Bắc Giang documents (`resources/demo/`).

Taken as the documents give it: the 2020 task schedule of Kế hoạch 552/KH-BCĐ, the funds
mobilised in 2020 and their disbursement to 30/11/2020 (Báo cáo kết quả năm 2020), the
district and province targets for 2020 (Biểu 01), and the 46 model villages registered for
2020 (Biểu 04, already in the unit tree; each gets a registered plan).

Made up, by the rule below, and never any real commune's record: which commune meets which
criterion in 2019 and 2020, and which communes hold a recognition. Every generated judgment
carries the note DEMO_NOTE and the file carries the DEMO_KEY marker, which the window and every
unit page show as "dữ liệu mẫu". The draws use `random.Random(SEED)` in a fixed order, so the
same documents always give the same file.

The rule, 2019 (reproduces every district row of Biểu 01 for 2019). For a district with n
rural communes (xã; wards and towns are outside the programme) where Biểu 01 gives S communes
meeting the standard, B communes below 10 criteria and an average of A criteria per commune:

1. The district's criteria total is T = round(A × n), and round(T / n, 1) = A holds.
2. S communes meet all 19 criteria and hold a standard recognition of 20/12/2019: first the
   district's communes that Biểu 03 registers for the advanced tier in 2020 (the tier needs the
   standard one first), then communes drawn at random.
3. B communes drawn from the rest meet 7, 8 or 9 criteria (drawn).
4. The other communes share what is left of T: each gets the floor of the share, a random
   draw of them one more, then 3n random pairs trade one criterion when both stay within
   10..18, so the district total never changes.
5. A commune meeting k < 19 criteria misses 19 − k of them drawn without replacement, each
   criterion weighted by how many of the province's 184 communes still missed it at the end
   of 2020 (the report's counts) plus one; criteria the report does not mention weigh one.

Biểu 01's own province total (15,8 criteria per commune, which the 2020 report repeats) is not
what its district rows give on the 184 communes of the 2020 tree: 3.037 criteria, 16,5 per
commune (the total was perhaps taken before the 2019-2020 mergers); the demo's province row
shows 16,5. Its village columns are not reproduced: the unit tree holds no villages besides
the 46 of Biểu 04.

The rule, 2020 (reproduces the report's province figures: 127 standard communes, 8 advanced,
16,3 criteria per commune, none below 10, and the communes meeting each criterion it names):

1. Standard communes at the end of 2020: each district reaches its Biểu 01 target for 2020,
   except Yên Dũng at 16 (the report: 16/16) and Hiệp Hòa at 21 (so the province has the
   report's 127); the newly standard ones are the district's 2019 communes with most criteria
   (ties drawn), recognised on 30/11/2020. They meet all 19 criteria.
2. The eight Biểu 03 communes hold an advanced recognition of 15/12/2020.
3. Every criterion the report counts (m communes) is met by the 127 and by m − 127 of the 57
   others; criteria it does not mention by UNREPORTED_2020 of the others (chosen so that the
   average is 16,3 and no commune is below 10). Each criterion, most-met first, goes to the
   others that have fewest so far (ties: most criteria in 2019, then drawn), so every one of
   the 57 meets 10 or 11. A commune's 2020 result is not derived from its 2019 one: the two
   tables disagree (16,5 on the 2019 rows, 16,3 reported for 2020).
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ntm_desktop.checklist import assessments, recognitions
from ntm_desktop.common.errors import Refused
from ntm_desktop.common.files import atomic_output
from ntm_desktop.common.numbers import parse_decimal
from ntm_desktop.common.paths import resources_dir
from ntm_desktop.demo.marker import DEMO_KEY, DEMO_TEXT, is_demo
from ntm_desktop.funding import funding_import
from ntm_desktop.session.data_file import open_data_file
from ntm_desktop.storage import Database
from ntm_desktop.targets import targets, targets_import
from ntm_desktop.tasks import tasks_import
from ntm_desktop.units import datasets, unit_names, units
from ntm_desktop.village_plans import village_plans

# Short: it is shown in the checklist's note column of every row.
DEMO_NOTE = "Dữ liệu mẫu"
DEMO_USER = "Người dùng thử"
DATASET = "bac-giang-2020"
PROVINCE = "24"
SEED = 552  # Kế hoạch 552/KH-BCĐ
CRITERIA = tuple(range(1, 20))
STANDARD_2019_ON = date(2019, 12, 20)
STANDARD_2020_ON = date(2020, 11, 30)
ADVANCED_2020_ON = date(2020, 12, 15)
STANDARD_2020_EXCEPTIONS = {"Huyện Yên Dũng": 16, "Huyện Hiệp Hòa": 21}
UNREPORTED_2020 = {1: 57, 4: 40, 7: 10, 8: 10, 9: 5}


def source(name: str) -> Path:
    return resources_dir() / "demo" / name


def _rows(name: str) -> list[dict[str, str]]:
    lines = source(name).read_text("utf-8").splitlines()
    return list(csv.DictReader(line for line in lines if not line.startswith("#")))


@dataclass(frozen=True)
class District:
    unit: units.Unit
    communes: tuple[str, ...]  # rural communes (xã), by code
    plan: dict[str, str]  # its Biểu 01 row


def districts(db: Database) -> list[District]:
    found = [u for u in units.children(db, PROVINCE) if u.level == "district"]
    out = []
    for row in _rows("bac-giang-2020-plan-by-district.csv"):
        if unit_names.bare_key(row["district"]) == unit_names.bare_key("Tổng cộng"):
            continue
        (unit,) = unit_names.find(found, row["district"])
        communes = tuple(
            u.code for u in units.children(db, unit.code) if u.kind == units.RURAL_COMMUNE_KIND
        )
        out.append(District(unit, communes, row))
    return out


def advanced_2020(db: Database) -> list[str]:
    """The communes Biểu 03 registers for the advanced tier in 2020, by code."""
    codes = []
    for row in _rows("bac-giang-2020-advanced-communes.csv"):
        district = unit_names.find(units.children(db, PROVINCE), row["district"])[0]
        (commune,) = unit_names.find(units.children(db, district.code), row["commune"])
        codes.append(commune.code)
    return codes


def attainment_2020() -> dict[int, int]:
    return {
        int(row["criterion_no"]): int(row["communes_met"])
        for row in _rows("bac-giang-2020-criteria-attainment.csv")
    }


def _int(text: str) -> int:
    return int(text) if text.strip() else 0


class Rule:
    """The seeded draws of the module's rule, in their fixed order."""

    def __init__(self, db: Database) -> None:
        self.rng = random.Random(SEED)
        self.districts = districts(db)
        self.advanced = advanced_2020(db)
        attained = attainment_2020()
        communes = sum(len(d.communes) for d in self.districts)
        self.weights = {no: communes - attained[no] + 1 if no in attained else 1 for no in CRITERIA}

    def scores_2019(self) -> tuple[dict[str, int], list[str]]:
        """Criteria met per commune in 2019, and the standard communes."""
        scores: dict[str, int] = {}
        standard: list[str] = []
        for district in self.districts:
            n = len(district.communes)
            average = float(parse_decimal(district.plan["avg_criteria_2019"], "avg_criteria_2019"))
            total = round(average * n)
            assert round(total / n, 1) == average, district.unit.name
            first = [code for code in self.advanced if code in district.communes]
            rest = [code for code in district.communes if code not in first]
            self.rng.shuffle(rest)
            count = _int(district.plan["standard_communes_2019"])
            chosen, rest = [*first, *rest][:count], [*first, *rest][count:]
            below = rest[: _int(district.plan["below10_2019"])]
            others = rest[len(below) :]
            scores |= dict.fromkeys(chosen, 19)
            scores |= {code: self.rng.choice((7, 8, 9)) for code in below}
            standard += chosen
            left = total - sum(scores[code] for code in [*chosen, *below])
            scores |= self._share(others, left)
        return scores, standard

    def _share(self, codes: list[str], total: int) -> dict[str, int]:
        if not codes:
            assert total == 0
            return {}
        base, extra = divmod(total, len(codes))
        assert base >= 10 and base + (extra > 0) <= 18, (codes, total)
        lucky = set(self.rng.sample(codes, extra))
        share = {code: base + (code in lucky) for code in codes}
        for _ in range(3 * len(codes)):
            giver, taker = self.rng.sample(codes, 2) if len(codes) > 1 else (codes[0], codes[0])
            if share[giver] > 10 and share[taker] < 18 and giver != taker:
                share[giver] -= 1
                share[taker] += 1
        return share

    def missed(self, met: int) -> set[int]:
        """Which 19 − met criteria a commune misses (weighted draws without replacement)."""
        left = dict(self.weights)
        out: set[int] = set()
        while len(out) < len(CRITERIA) - met:
            (no,) = self.rng.choices(list(left), weights=list(left.values()))
            out.add(no)
            del left[no]
        return out

    def results_2020(
        self, scores_2019: dict[str, int], standard_2019: list[str]
    ) -> tuple[dict[str, set[int]], list[str]]:
        """Criteria met per commune in 2020, and the communes newly standard that year."""
        newly: list[str] = []
        others: list[str] = []
        for district in self.districts:
            target = STANDARD_2020_EXCEPTIONS.get(
                district.unit.name, _int(district.plan["standard_communes_plan2020"])
            )
            held = [code for code in district.communes if code in standard_2019]
            candidates = [code for code in district.communes if code not in standard_2019]
            self.rng.shuffle(candidates)
            candidates.sort(key=lambda code: -scores_2019[code])
            newly += candidates[: target - len(held)]
            others += candidates[target - len(held) :]
        standard = {*standard_2019, *newly}
        extras = {no: met - len(standard) for no, met in attainment_2020().items()}
        extras |= UNREPORTED_2020
        order = {code: (-scores_2019[code], self.rng.random()) for code in others}
        met: dict[str, set[int]] = {code: set() for code in others}
        for no, count in sorted(extras.items(), key=lambda item: -item[1]):
            for code in sorted(others, key=lambda c: (len(met[c]), order[c]))[:count]:
                met[code].add(no)
        return met | {code: set(CRITERIA) for code in standard}, newly


def build(db: Database) -> None:
    """Fill a new data file with the demonstration data (one transaction)."""
    with db.transaction():
        datasets.initialize(db, DATASET)
        db.set_meta(DEMO_KEY, DEMO_TEXT)
        db.set_office(PROVINCE)
        db.set_user(DEMO_USER)
        rule = Rule(db)
        scores_2019, standard_2019 = rule.scores_2019()
        for code, met in scores_2019.items():
            missed = rule.missed(met)
            assessments.load_generated(
                db, code, 2019, {no: no not in missed for no in CRITERIA}, DEMO_NOTE
            )
        results_2020, newly = rule.results_2020(scores_2019, standard_2019)
        for code, criteria in results_2020.items():
            assessments.load_generated(
                db, code, 2020, {no: no in criteria for no in CRITERIA}, DEMO_NOTE
            )
        for code in standard_2019:
            recognitions.add(db, code, "standard", STANDARD_2019_ON)
        for code in newly:
            recognitions.add(db, code, "standard", STANDARD_2020_ON)
        for code in rule.advanced:
            recognitions.add(db, code, "advanced", ADVANCED_2020_ON)
        _plan_2020(db)


def _plan_2020(db: Database) -> None:
    """The province's own 2020 documents, through the app's imports (no backup: the file is
    new and the caller's transaction is open)."""
    for unit, values in targets_import.read(
        db, source("bac-giang-2020-plan-by-district.csv"), 2020
    ):
        targets.set_targets(db, unit.code, 2020, values)
    funding_import.import_sheet(db, source("bac-giang-2020-funding.csv"), 2020, unit=PROVINCE)
    funding_import.import_sheet(db, source("bac-giang-2020-disbursement.csv"), 2020, unit=PROVINCE)
    tasks_import.import_sheet(db, source("bac-giang-2020-tasks.csv"), 2020)
    for village in units.subtree(db, PROVINCE):
        if village.level == "village":
            village_plans.register(db, village.code, 2020)


def create(path: Path) -> bool:
    """Build the demonstration file at `path` unless it is there already; True when built.

    A file at `path` that is not a demonstration file is refused, never written. The file is
    built under a temporary name and renamed when complete, so a failed build leaves nothing.
    """
    if path.exists():
        with open_data_file(path) as db:
            if not is_demo(db):
                raise Refused(
                    f"{path} không phải tệp dữ liệu mẫu; phần mềm không ghi dữ liệu mẫu vào "
                    "đó. Hãy chọn một đường dẫn khác cho tệp dữ liệu mẫu."
                )
        return False
    with atomic_output(path) as partial, open_data_file(partial, create=True) as db:
        build(db)
    return True

"""Is the district's (or the province's) file complete? Only that stage's own conditions.

For each commune: the stage has what the previous stage produced (the commune's Tờ trình; for
the province, the district's verification where there is a district) and has recorded its own
review as passed. For the file: the meeting of the district's team (the province's council) with
its vote, and the date and signer of the document that goes on.
"""

from __future__ import annotations

from ntm_desktop.checklist import reviews
from ntm_desktop.common.text import format_date
from ntm_desktop.dossier.dossier_readiness import Item, Readiness
from ntm_desktop.dossier.stage_data import STAGE_OFFICES, Proposed, StageFile

MEETINGS = {"district": "Họp đoàn thẩm tra", "province": "Họp Hội đồng thẩm định"}
SIGNED = {"district": "Tờ trình của huyện", "province": "Báo cáo thẩm định"}


def check(file: StageFile) -> Readiness:
    items = [_commune(file, commune) for commune in file.communes]
    items += [_meeting(file), _signed(file)]
    return Readiness(tuple(items))


def _commune(file: StageFile, commune: Proposed) -> Item:
    who = STAGE_OFFICES[file.stage]
    title = f"{commune.dossier.unit.name}: {who} {file.act} đạt"
    reasons: list[str] = []
    inputs = commune.dossier.inputs
    if file.stage == "province" and commune.district_name:
        earlier = commune.district
        if earlier is None or earlier.status != "passed":
            verdict = reviews.status_name("district", earlier.status if earlier else "pending")
            reasons.append(f"{commune.district_name} chưa thẩm tra đạt ({verdict})")
    elif not (inputs.proposal_number and inputs.proposal_date):
        reasons.append("chưa có tờ trình của xã (số, ngày tờ trình)")
    review = commune.review(file.stage)
    if review is None or review.status == "pending":
        reasons.append(f"{who} chưa {file.act} kết quả năm {file.year}")
    elif review.status != "passed":
        verdict = reviews.STATUS_NAMES[review.status]
        reasons.append(
            f"{who} {file.act}: {verdict}" + (f" ({review.note})" if review.note else "")
        )
    elif review.review_date is None:
        reasons.append(f"chưa ghi ngày {file.act}")
    if reasons:
        return Item(f"commune:{commune.dossier.unit.code}", title, False, tuple(reasons))
    assert review is not None
    return Item(f"commune:{commune.dossier.unit.code}", title, True, (review.summary,))


def _meeting(file: StageFile) -> Item:
    title = f"{MEETINGS[file.stage]} (chủ trì, thư ký, thành viên, biểu quyết)"
    signing = file.signing
    missing = [
        label
        for label, value in (
            ("chủ trì (--chair)", signing.chair),
            ("thư ký (--secretary)", signing.secretary),
            ("số thành viên dự họp (--members-present)", signing.members_present),
            ("số thành viên nhất trí (--votes-for)", signing.votes_for),
        )
        if not value
    ]
    if missing:
        return Item("meeting", title, False, ("chưa nhập " + ", ".join(missing),))
    if signing.votes_for is not None and signing.votes_for > (signing.members_present or 0):
        return Item("meeting", title, False, ("số thành viên nhất trí vượt số dự họp",))
    rate = signing.vote_rate
    if rate is None or rate <= 50:
        return Item("meeting", title, False, (f"{signing.vote_text}: chưa quá bán",))
    held = f"ngày {format_date(file.meeting_day)}, " if file.meeting_day else ""
    return Item("meeting", title, True, (held + signing.vote_text,))


def _signed(file: StageFile) -> Item:
    title = f"{SIGNED[file.stage]} (ngày, người ký)"
    day = file.day
    missing = [
        label
        for label, value in (("ngày (--date)", day), ("người ký (--signer)", file.signing.signer))
        if not value
    ]
    if missing:
        return Item("signed", title, False, ("chưa nhập " + ", ".join(missing),))
    assert day is not None
    if file.meeting_day and day < file.meeting_day:
        return Item(
            "signed",
            title,
            False,
            (
                f"ngày {format_date(day)} trước ngày {file.act} cuối cùng "
                f"{format_date(file.meeting_day)}: hãy kiểm tra lại ngày",
            ),
        )
    return Item("signed", title, True, (f"ngày {format_date(day)}, {file.signing.signer}",))

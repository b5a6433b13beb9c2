"""What this office may write: the check every tracked write and every imported op passes."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import TYPE_CHECKING, Any

from ntm_desktop.common.errors import OutOfScope
from ntm_desktop.storage import Database
from ntm_desktop.storage import sync as sync_rows
from ntm_desktop.storage import units as unit_rows

# `keys` (cryptography) and `tables` (the registry, which imports every feature area: most of the
# core) are imported by the checks that need a certificate: opening a file, and every write to a
# file without one, never do.
if TYPE_CHECKING:
    from ntm_desktop.sync import keys


def owner_in_scope(db: Database, owner: str, scope: Collection[str]) -> bool:
    """The owner unit is one of the scope units or lies under one of them."""
    if owner in scope:
        return True
    return any(row.code in scope for row in unit_rows.ancestors(db, owner))


def field_refusal(
    db: Database,
    cert: keys.Certificate,
    table: str,
    owner: str,
    fields: Collection[str],
) -> str | None:
    """Why an office with `cert` may not write these fields of a row owned by `owner`."""
    from ntm_desktop.sync import keys, tables

    spec = tables.get(table)
    if spec is None:
        return None
    role = keys.ROLE_NAMES[cert.role]
    for field in fields:
        if not spec.may_write(cert.role, field):
            return (
                f"đơn vị cấp {role} {cert.office_code} không được sửa trường '{field}' "
                f"của bảng '{table}'"
            )
    reach = (
        owner_in_scope(db, owner, cert.scope) if cert.role in spec.below else owner in cert.scope
    )
    if not reach:
        return f"bản ghi của đơn vị {owner} nằm ngoài phạm vi của đơn vị {cert.office_code}"
    return None


def value_refusal(
    db: Database, cert: keys.Certificate, table: str, owner: str, values: Mapping[str, Any]
) -> str | None:
    """Why an office with `cert` may not give these fields these values (a status only the
    district or the province sets: SyncTable.value_writers)."""
    from ntm_desktop.sync import keys, tables

    spec = tables.get(table)
    if spec is None:
        return None
    for field, value in values.items():
        rule = spec.value_writers.get(field)
        roles = None if rule is None else rule(db, owner, value)
        if roles is not None and cert.role not in roles:
            who = " hoặc ".join(f"đơn vị cấp {keys.ROLE_NAMES[role]}" for role in sorted(roles))
            return (
                f"giá trị '{value}' của trường '{field}' (bảng '{table}') do {who} quyết định, "
                f"không phải đơn vị cấp {keys.ROLE_NAMES[cert.role]} {cert.office_code}"
            )
    return None


def row_role_refusal(cert: keys.Certificate, table: str, row_role: str | None) -> str | None:
    """Why an office with `cert` may not write a row whose role field holds `row_role`."""
    from ntm_desktop.sync import keys, tables

    spec = tables.get(table)
    if spec is None or spec.may_write_row(cert.role, row_role):
        return None
    if row_role not in keys.ROLE_NAMES:
        return f"không xác định được cấp được ghi bản ghi này của bảng '{table}'"
    return (
        f"bản ghi này của bảng '{table}' do đơn vị cấp {keys.ROLE_NAMES[row_role]} ghi, "
        f"không phải đơn vị cấp {keys.ROLE_NAMES[cert.role]} {cert.office_code}"
    )


def installed_certificate(db: Database) -> keys.Certificate | None:
    text = db.get_meta(sync_rows.OFFICE_CERTIFICATE)
    if text is None:
        return None
    from ntm_desktop.sync import keys

    return keys.Certificate.from_record(json.loads(text)["cert"])


def check_row_role(db: Database, table: str, row_role: str) -> None:
    """Refuse (OutOfScope) a local write to a row another office role writes."""
    cert = installed_certificate(db)
    reason = None if cert is None else row_role_refusal(cert, table, row_role)
    if reason is not None:
        raise OutOfScope(f"Không thể lưu: {reason}.")


def check_write(db: Database, table: str, owner: str, values: Mapping[str, Any]) -> None:
    """Refuse (OutOfScope) a local edit the installed office may not make.

    A data file without an office certificate (a demo or a file not yet set up) is not checked:
    nothing it writes can travel, because exporting needs a certificate.
    """
    cert = installed_certificate(db)
    if cert is None:
        return
    reason = field_refusal(db, cert, table, owner, values) or value_refusal(
        db, cert, table, owner, values
    )
    if reason is not None:
        raise OutOfScope(
            f"Không thể lưu: {reason}. Việc này thuộc quyền của đơn vị quản lý bản ghi."
        )

"""Validation of shipped and imported JSON documents against the schemas in resources/schemas."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from ntm_desktop.common.errors import InvalidInput
from ntm_desktop.common.paths import resources_dir


@cache
def _validator(name: str) -> Any:
    import jsonschema  # imported on first use: not needed to paint the main window

    schema = json.loads((resources_dir() / "schemas" / f"{name}.schema.json").read_text("utf-8"))
    return jsonschema.Draft202012Validator(schema)


def validate(document: Any, schema: str, what: str) -> None:
    """Raise InvalidInput listing every place where `document` breaks the schema."""
    errors = sorted(_validator(schema).iter_errors(document), key=lambda error: list(error.path))
    if errors:
        details = [
            f"{'/'.join(str(part) for part in error.path) or '(gốc)'}: {error.message}"
            for error in errors[:20]
        ]
        raise InvalidInput(
            f"{what} không đúng định dạng ({len(errors)} lỗi). Không có gì được thay đổi.",
            details=details,
        )

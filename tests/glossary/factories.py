"""Small glossary files for tests, written as real TOML on disk."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HEADER = """[glossary]
name = "Test"

[categories.general]
en = "General"
id = "Umum"
"""


def entry(entry_id: str, term_en: str, term_id: str | None = None, **fields: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": entry_id,
        "category": "general",
        "term_en": term_en,
        "term_id": term_id or term_en,
        "aliases_en": [],
        "aliases_id": [],
        "definition_en": f"Definition of {term_en}.",
        "definition_id": f"Definisi {term_id or term_en}.",
        "usage_en": "Used in the text.",
        "usage_id": "Dipakai dalam teks.",
        "related": [],
    }
    data.update(fields)
    return data


def toml_entry(data: dict[str, Any]) -> str:
    # JSON strings and arrays of strings are valid TOML values.
    lines = ["[[entry]]"] + [
        f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in data.items()
    ]
    return "\n".join(lines) + "\n"


def write_glossary(path: Path, *entries: dict[str, Any], header: str = HEADER) -> Path:
    path.write_text(header + "\n" + "\n".join(toml_entry(e) for e in entries), encoding="utf-8")
    return path

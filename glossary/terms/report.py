"""Plain-text and JSON reports of the terms found in a document (used by the CLI)."""

from __future__ import annotations

import json
from collections import Counter

from glossary.model import Document, Occurrence
from glossary.terms.glossary import Glossary


def occurrences_json(glossary: Glossary, occurrences: list[Occurrence]) -> str:
    """A JSON array, one object per occurrence, in text order (as ``json.dumps`` gives
    it, indented by 2). Written row by row, with what each entry gives made once: a
    50 MB text has a million occurrences of a few hundred entries, and ``json.dumps``
    indents in Python (8 s for them)."""
    if not occurrences:
        return "[]"
    text = json.encoder.encode_basestring  # JSON's string, beyond ASCII as it is
    heads: dict[str, str] = {}
    rows = []
    for occ in occurrences:
        head = heads.get(occ.entry_id)
        if head is None:
            entry = glossary.entry(occ.entry_id)
            origin = glossary.origin(entry.id)
            category = entry.category.removeprefix(f"{origin.key}:") if origin else entry.category
            fields = {
                "entry": origin.entry_id if origin else entry.id,
                "glossary": origin.name if origin else glossary.name,
                "term_en": entry.term_en,
                "term_id": entry.term_id,
                "category": category,
            }
            head = heads[occ.entry_id] = "".join(
                f'    "{key}": {text(value)},\n' for key, value in fields.items()
            )
        rows.append(
            f'  {{\n{head}    "text": {text(occ.text)},\n'
            f'    "start": {occ.start},\n    "end": {occ.end}\n  }}'
        )
    return "[\n" + ",\n".join(rows) + "\n]"


def occurrences_table(glossary: Glossary, document: Document, occurrences: list[Occurrence]) -> str:
    """One line per entry found: counts, headwords and the forms the text uses."""
    counts = Counter(o.entry_id for o in occurrences)
    forms: dict[str, dict[str, None]] = {}
    for occ in occurrences:
        forms.setdefault(occ.entry_id, {})[" ".join(occ.text.split())] = None
    lines = [
        f"{document.title or document.path}: {len(occurrences)} occurrences "
        f"of {len(counts)} glossary entries"
    ]
    for entry_id in sorted(counts, key=lambda e: (-counts[e], e)):
        entry = glossary.entry(entry_id)
        used = ", ".join(forms[entry_id])
        lines.append(f"{counts[entry_id]:4d}  {entry.term_en} / {entry.term_id}  [{used}]")
    return "\n".join(lines)

"""Glossaries as files, to share term lists: TOML in the schema of
``resources/glossary/`` (an exported file can be dropped into a project as bundled
data) and CSV, one row per entry, for spreadsheets.

Reading checks everything before anything is used, and names the line and the field
of each problem. A CSV may be written by hand: only the headwords and definitions are
needed; ids are made from the Indonesian headword and categories from their ids.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP, Message, Problems, one_line
from glossary.model import DEFAULT_CATEGORY, Category, Entry
from glossary.terms.glossary import (
    FIELDS,
    LIST_FIELDS,
    collection_problems,
    entry_fields,
    entry_from,
    entry_problems,
)
from glossary.userfiles import UserFileError, read_user_file, toml_loads

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PROBLEMS_SHOWN = 20
# The schema's field order, also the CSV's columns.
ORDER = (
    "id",
    "category",
    "term_id",
    "term_en",
    "aliases_id",
    "aliases_en",
    "definition_id",
    "definition_en",
    "usage_id",
    "usage_en",
    "related",
)
LIST_SEPARATOR = ";"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class GlossaryFileError(Problems):
    """A glossary file cannot be used; ``problems`` names line and field of each (as
    translatable messages, which read as their English text)."""

    def __init__(self, problems: Sequence[str | Message]) -> None:
        shown = [str(p) for p in list(problems)[:MAX_PROBLEMS_SHOWN]]
        more = len(problems) - len(shown)
        super().__init__(
            problems, "\n".join(shown) + (f"\n... and {more} more" if more > 0 else "")
        )


def _at(file_name: str, line: int, field: str, message: str | Message) -> Message:
    """A problem of one field on one line of a file."""
    return Message(
        QT_TRANSLATE_NOOP("glossary", "{file}: line {line}: field '{field}': {problem}."),
        file=file_name,
        line=line,
        field=field,
        problem=message,
    )


class TermList(NamedTuple):
    """A glossary read from a file, not yet stored anywhere."""

    name: str
    categories: dict[str, Category]
    entries: list[Entry]


# -- writing --------------------------------------------------------------------------


def _toml_string(text: str) -> str:
    out = []
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == '"':
            out.append('\\"')
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def _toml_value(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_string(v) for v in value) + "]"
    return _toml_string(str(value))


def to_toml(name: str, categories: Mapping[str, Category], entries: Sequence[Entry]) -> str:
    """The glossary as a TOML file that ``glossary.terms.glossary.load_glossary`` reads."""
    used = {e.category for e in entries}
    lines = [
        f"# {' '.join(name.split())}: a glossary exported by Glossary Reader.",
        "",
        "[glossary]",
        f"name = {_toml_string(name)}",
        'source_language = "id"',
        "",
    ]
    for cat_id in sorted(used):
        category = categories.get(cat_id) or Category(cat_id, cat_id, cat_id)
        lines += [
            f"[categories.{_toml_string(cat_id)}]",
            f"en = {_toml_string(category.label_en)}",
            f"id = {_toml_string(category.label_id)}",
            "",
        ]
    for entry in entries:
        fields = entry_fields(entry)
        lines.append("[[entry]]")
        lines += [f"{key} = {_toml_value(fields[key])}" for key in ORDER]
        lines.append("")
    return "\n".join(lines)


def join_list(items: Sequence[str]) -> str:
    """Aliases in one cell: "a; b". A ";" or "\\" inside an alias gets a "\\" before it."""
    return "; ".join(i.replace("\\", "\\\\").replace(";", "\\;") for i in items)


def split_list(cell: str) -> list[str]:
    """The items of a cell written by :func:`join_list` or by hand ("a; b")."""
    items, current, escaped = [], [], False
    for char in cell:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == LIST_SEPARATOR:
            items.append("".join(current))
            current = []
        else:
            current.append(char)
    items.append("".join(current) + ("\\" if escaped else ""))
    return [item.strip() for item in items if item.strip()]


def _neutralise(cell: str) -> str:
    # A cell that already starts with the guard gets one more, so that reading it back
    # (which removes one) gives exactly what was written.
    guarded = cell.startswith("'") and cell[1:].startswith((*_FORMULA_START, "'"))
    return "'" + cell if cell.startswith(_FORMULA_START) or guarded else cell


def to_csv(entries: Sequence[Entry]) -> str:
    """One row per entry, lists joined with ";"; UTF-8 with a byte-order mark, cells
    that a spreadsheet would run as formulas neutralised."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(ORDER)
    for entry in entries:
        fields = entry_fields(entry)
        row = [join_list(fields[k]) if k in LIST_FIELDS else fields[k] for k in ORDER]
        writer.writerow([_neutralise(cell) for cell in row])
    return "\ufeff" + buffer.getvalue()


# -- reading --------------------------------------------------------------------------


def read_glossary_file(path: Path, name: str | None = None) -> TermList:
    """A ``.toml`` or ``.csv`` glossary; :class:`GlossaryFileError` says what is wrong."""
    try:
        data = read_user_file(path, MAX_FILE_BYTES)
    except UserFileError as exc:
        raise GlossaryFileError([Message(exc.template, **exc.fields)]) from None
    if b"\x00" in data[:8192]:
        raise GlossaryFileError(
            [
                Message(
                    QT_TRANSLATE_NOOP("glossary", "{file}: the file is binary, not text."),
                    file=path.name,
                )
            ]
        )
    try:
        source = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise GlossaryFileError(
            [
                Message(
                    QT_TRANSLATE_NOOP(
                        "glossary", "{file}: line {line}: the file is not UTF-8 text."
                    ),
                    file=path.name,
                    line=line,
                )
            ]
        ) from None
    if not source.strip():
        # Nothing at all, not even a header: a mistake rather than an empty glossary.
        raise GlossaryFileError(
            [Message(QT_TRANSLATE_NOOP("glossary", "{path} is empty."), path=path)]
        )
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return parse_toml(source, path.name, name)
    if suffix == ".csv":
        return parse_csv(source, path.name, name or path.stem)
    raise GlossaryFileError(
        [
            Message(
                QT_TRANSLATE_NOOP(
                    "glossary", "{file}: only .toml and .csv glossaries can be read."
                ),
                file=path.name,
            )
        ]
    )


_ENTRY_TABLE = re.compile(r"\s*\[\[\s*entry\s*\]\]")
_ENTRY_KEY = re.compile(r"\s*\"?entry\"?\s*=")


def _entry_lines(lines: list[str], count: int) -> list[tuple[int, int]]:
    """For each of ``count`` entries, its first and last line (1-based): the
    ``[[entry]]`` tables in turn. Entries written as an inline array
    (``entry = [{...}, {...}]``) are all on the line of ``entry =``."""
    starts = [i + 1 for i, line in enumerate(lines) if _ENTRY_TABLE.match(line)]
    if not starts:
        key = next((i + 1 for i, line in enumerate(lines) if _ENTRY_KEY.match(line)), 1)
        return [(key, key)] * count
    ends = [s - 1 for s in starts[1:]] + [len(lines)]
    return list(zip(starts, ends, strict=True))


def _key_lines(source_lines: list[str], span: tuple[int, int]) -> dict[str, int]:
    """The line of each key (``key =`` or ``"key" =``) from the first line of ``span``
    to its last: found once for an entry, not once for each of its problems, which
    made an entry of 50,000 unknown keys quadratic."""
    found: dict[str, int] = {}
    for number in range(span[0], min(span[1], len(source_lines)) + 1):
        key, equals, _ = source_lines[number - 1].partition("=")
        if equals:
            key = key.strip()
            key = key[1:] if key.startswith('"') else key
            key = key[:-1] if key.endswith('"') else key
            found.setdefault(key, number)
    return found


def parse_toml(source: str, file_name: str, name: str | None = None) -> TermList:
    try:
        data = toml_loads(source)
    except (ValueError, RecursionError) as exc:  # ValueError: also a number too long to read
        raise GlossaryFileError([f"{file_name}: {exc}."]) from None
    problems: list[str | Message] = []
    header = data.get("glossary", {})
    if not isinstance(header, dict):
        header = {}
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("glossary", "{file}: [glossary] must be a table."), file=file_name
            )
        )
    categories: dict[str, Category] = {}
    raw_categories = data.get("categories", {})
    if not isinstance(raw_categories, dict):
        raw_categories = {}
        problems.append(
            Message(
                QT_TRANSLATE_NOOP("glossary", "{file}: [categories] must be a table."),
                file=file_name,
            )
        )
    for cat_id, labels in raw_categories.items():
        if isinstance(labels, dict) and all(
            isinstance(labels.get(k), str) and labels[k].strip() for k in ("en", "id")
        ):
            categories[cat_id] = Category(cat_id, labels["en"].strip(), labels["id"].strip())
        else:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "glossary", "{file}: category '{category}': needs the texts 'en' and 'id'."
                    ),
                    file=file_name,
                    category=one_line(cat_id),
                )
            )
    raw_entries = data.get("entry", [])
    if not isinstance(raw_entries, list):
        raise GlossaryFileError(
            [
                Message(
                    QT_TRANSLATE_NOOP(
                        "glossary", "{file}: 'entry' must be an array of tables ([[entry]])."
                    ),
                    file=file_name,
                )
            ]
        )
    lines = source.splitlines()
    spans = _entry_lines(lines, len(raw_entries))
    keys: dict[tuple[int, int], dict[str, int]] = {}

    def field_line(span: tuple[int, int], field: str) -> int:
        if span not in keys:
            keys[span] = _key_lines(lines, span)
        return keys[span].get(field, span[0])

    entries: list[Entry] = []
    where: dict[str, tuple[int, int]] = {}
    for index, raw in enumerate(raw_entries):
        span = spans[index] if index < len(spans) else (1, 1)
        if not isinstance(raw, dict):
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("glossary", "{file}: line {line}: the entry is not a table."),
                    file=file_name,
                    line=span[0],
                )
            )
            continue
        bad = entry_problems(raw)
        for field, message in bad:
            line = field_line(span, field) if message != "missing" else span[0]
            problems.append(_at(file_name, line, field, message))
        if not bad:
            entry = entry_from(raw)
            entries.append(entry)
            where.setdefault(entry.id, span)
    for entry_id, field, message in collection_problems(entries, categories):
        line = field_line(where[entry_id], field)
        problems.append(_at(file_name, line, field, message))
    if problems:
        raise GlossaryFileError(problems)
    chosen = name or str(header.get("name") or Path(file_name).stem)
    return TermList(chosen, categories, entries)


def _unneutralise(cell: str) -> str:
    guarded = cell.startswith("'") and cell[1:].startswith((*_FORMULA_START, "'"))
    return cell[1:] if guarded else cell


def slug(text: str) -> str:
    """An entry id from a headword: lowercase ASCII letters and digits, hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_text.lower())) or "term"


def parse_csv(source: str, file_name: str, name: str) -> TermList:
    reader = csv.reader(io.StringIO(source, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise GlossaryFileError(
            [Message(QT_TRANSLATE_NOOP("glossary", "{file}: the file is empty."), file=file_name)]
        ) from None
    except csv.Error as exc:
        raise GlossaryFileError([f"{file_name}: line 1: {exc}."]) from None
    problems: list[str | Message] = [
        Message(
            QT_TRANSLATE_NOOP("glossary", "{file}: line 1: column '{column}': unknown column."),
            file=file_name,
            column=one_line(h),
        )
        for h in header
        if h not in FIELDS
    ]
    counted = Counter(header)
    problems += [
        Message(
            QT_TRANSLATE_NOOP("glossary", "{file}: line 1: column '{column}' appears twice."),
            file=file_name,
            column=one_line(h),
        )
        for h, count in counted.items()
        if h in FIELDS and count > 1
    ]
    required = ("term_id", "term_en", "definition_id", "definition_en")
    problems += [
        Message(
            QT_TRANSLATE_NOOP("glossary", "{file}: line 1: column '{column}' is missing."),
            file=file_name,
            column=c,
        )
        for c in required
        if c not in header
    ]
    if problems:
        raise GlossaryFileError(problems)
    entries: list[Entry] = []
    lines: dict[str, int] = {}
    categories: dict[str, Category] = {}
    taken: set[str] = set()
    tried: dict[str, int] = {}  # see _free
    line = reader.line_num
    try:
        for row in reader:
            start, line = line + 1, reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                problems.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "glossary", "{file}: line {line}: {cells} cells for {columns} columns."
                        ),
                        file=file_name,
                        line=start,
                        cells=len(row),
                        columns=len(header),
                    )
                )
                continue
            cells = dict(zip(header, (_unneutralise(c) for c in row), strict=False))
            raw: dict[str, Any] = {}
            for key in FIELDS:
                value = cells.get(key, "")
                if key in LIST_FIELDS:
                    raw[key] = split_list(value)
                else:
                    raw[key] = value.strip()
            if not raw["id"]:
                raw["id"] = _free(slug(raw["term_id"] or raw["term_en"]), taken, tried)
            if not raw["category"]:
                raw["category"] = DEFAULT_CATEGORY.id
            bad = entry_problems(raw)
            for field, message in bad:
                problems.append(_at(file_name, start, field, message))
            if bad:
                continue
            entry = entry_from(raw)
            taken.add(entry.id)
            lines.setdefault(entry.id, start)
            entries.append(entry)
            if entry.category not in categories:
                categories[entry.category] = (
                    DEFAULT_CATEGORY
                    if entry.category == DEFAULT_CATEGORY.id
                    else Category(entry.category, entry.category, entry.category)
                )
    except csv.Error as exc:  # a cell over csv.field_size_limit(), 128 KB
        problems.append(f"{file_name}: line {line + 1}: {exc}.")
    for entry_id, field, message in collection_problems(entries, categories):
        problems.append(_at(file_name, lines[entry_id], field, message))
    if problems:
        raise GlossaryFileError(problems)
    return TermList(name, categories, entries)


def _free(base: str, taken: set[str], tried: dict[str, int]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken. ``tried`` keeps the
    number last given for each base, below which all are taken: headwords without a
    Latin letter all have the id "term", and counting from 2 each time made 20,000 of
    them quadratic."""
    n = tried.get(base, 1)
    candidate = base if n == 1 else f"{base}-{n}"
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    tried[base] = n
    return candidate

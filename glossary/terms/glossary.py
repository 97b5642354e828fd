"""Glossary entries: loading and validating the TOML files in ``resources/glossary/``.

A glossary file has a ``[glossary]`` table, ``[categories.<id>]`` tables with an
English and an Indonesian label, and ``[[entry]]`` tables (see ``FIELDS``).
Validation reports every problem at once, each naming the file and the entry.
"""

from __future__ import annotations

import contextlib
import json
import re
import zlib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from glossary.atomic import write_text_atomic
from glossary.messages import QT_TRANSLATE_NOOP, Message, Problems, one_line, plain_reason
from glossary.model import Category, Entry
from glossary.paths import RESOURCES
from glossary.textfold import match_key
from glossary.userfiles import UserFileError, read_user_file, toml_loads

MAX_GLOSSARY_BYTES = 20 * 1024 * 1024
REQUIRED_TEXT = ("id", "category", "term_en", "term_id", "definition_en", "definition_id")
# The note on how a particular text uses the term may be empty (a term list written
# for any text has none).
OPTIONAL_TEXT = ("usage_en", "usage_id")
TEXT_FIELDS = REQUIRED_TEXT + OPTIONAL_TEXT
LIST_FIELDS = ("aliases_en", "aliases_id", "related")
FIELDS = frozenset(TEXT_FIELDS + LIST_FIELDS)
HEADER_FIELDS = frozenset({"name", "source_language", "description", "article"})
ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_PROBLEMS_SHOWN = 20


class GlossaryError(Problems):
    """Glossary data is malformed. ``problems`` lists each, naming file and entry."""

    def __init__(self, problems: Sequence[str]) -> None:
        shown = list(problems)[:MAX_PROBLEMS_SHOWN]
        more = len(problems) - len(shown)
        text = "\n".join(shown) + (f"\n... and {more} more problems" if more > 0 else "")
        super().__init__(problems, text)


class Origin(NamedTuple):
    """The glossary an entry of a combined glossary comes from."""

    key: str  # "bundled" or "own-<id>"
    name: str  # the glossary's name, to show
    entry_id: str  # the entry's id in that glossary


class Glossary:
    """A set of entries with their categories, looked up by id."""

    def __init__(
        self,
        name: str,
        entries: tuple[Entry, ...],
        categories: Mapping[str, Category],
        articles: frozenset[str] = frozenset(),
        origins: Mapping[str, Origin] | None = None,
    ) -> None:
        self.name = name
        # File names of the documents whose text the entries' usage notes describe.
        self.articles = articles
        self.entries = entries
        self.categories = categories
        self.by_id = {entry.id: entry for entry in self.entries}
        # For a glossary combined from several (see glossary.terms.combined): where each entry
        # comes from.
        self.origins: Mapping[str, Origin] = origins or {}
        self._owners: dict[str, list[str]] | None = None

    def alternatives(self, entry_id: str) -> tuple[str, ...]:
        """The other entries that define one of this entry's forms (in a combined
        glossary: another glossary's definition). The index is built on first use, not
        on every edit of a large glossary."""
        if self._owners is None:
            self._owners = {}
            for entry in self.entries:
                for form in entry.all_forms():
                    ids = self._owners.setdefault(match_key(form), [])
                    if entry.id not in ids:
                        ids.append(entry.id)
        wanted = self.by_id.get(entry_id)
        if wanted is None:
            return ()
        found = {
            other
            for form in wanted.all_forms()
            for other in self._owners.get(match_key(form), ())
            if other != entry_id
        }
        return tuple(sorted(found))

    def origin(self, entry_id: str) -> Origin | None:
        return self.origins.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)

    def entry(self, entry_id: str) -> Entry:
        return self.by_id[entry_id]

    def get(self, entry_id: str) -> Entry | None:
        return self.by_id.get(entry_id)

    def related(self, entry: Entry) -> list[Entry]:
        return [self.by_id[r] for r in entry.related if r in self.by_id]

    def describes(self, path: Path | None) -> bool:
        """Whether the usage notes are about the document at ``path``."""
        return path is not None and path.name in self.articles

    def category(self, category_id: str) -> Category:
        return self.categories.get(category_id) or Category(category_id, category_id, category_id)


# The bundled glossary's name (resources/glossary/deepseek.toml), for the interface to
# show in its own language.
BUNDLED_NAME = QT_TRANSLATE_NOOP("glossary", "DeepSeek article")


def bundled_glossary_dir() -> Path:
    return RESOURCES / "glossary"


def load_bundled_glossary(cache_dir: Path | None = None) -> Glossary:
    return load_glossary(sorted(bundled_glossary_dir().glob("*.toml")), cache_dir)


def load_glossary(paths: Iterable[str | Path], cache_dir: Path | None = None) -> Glossary:
    """Load and validate one or more glossary files as one glossary.

    With ``cache_dir``, the parsed TOML of each file is kept there as JSON, which
    reads ten times faster; it is used only while the file's size and time match.
    Validation always runs on what is loaded.
    """
    problems: list[str] = []
    entries: list[tuple[str, Entry]] = []
    categories: dict[str, Category] = {}
    names: list[str] = []
    articles: set[str] = set()
    files = [Path(p) for p in paths]
    if not files:
        raise GlossaryError(["No glossary files were found."])
    for path in files:
        data = _read_cached(path, cache_dir, problems)
        if data is None:
            continue
        name = _read_header(path, data, problems)
        if name:
            names.append(name)
        header = data.get("glossary")
        if isinstance(header, dict) and isinstance(header.get("article"), str):
            articles.add(header["article"])
        categories.update(_read_categories(path, data, problems))
        raw_entries = data.get("entry", [])
        for index, raw in enumerate(raw_entries if isinstance(raw_entries, list) else [], start=1):
            entry = _read_entry(path, index, raw, problems)
            if entry is not None:
                entries.append((path.name, entry))
    _check_links(entries, categories, problems)
    if problems:
        raise GlossaryError(problems)
    return Glossary(
        " + ".join(names), tuple(e for _, e in entries), categories, frozenset(articles)
    )


def _read_cached(path: Path, cache_dir: Path | None, problems: list[str]) -> dict[str, Any] | None:
    if cache_dir is None:
        return _read_toml(path, problems)
    try:
        stat = path.stat()
    except OSError:
        return _read_toml(path, problems)
    stamp = [str(path.resolve()), stat.st_size, stat.st_mtime_ns]
    name = f"{zlib.crc32(str(stamp[0]).encode()):08x}"
    cache = cache_dir / f"glossary-{name}.json"
    try:
        cached = json.loads(cache.read_text(encoding="utf-8"))
        if isinstance(cached, dict) and cached.get("stamp") == stamp:
            data = cached.get("data")
            if isinstance(data, dict):
                return data
    except (OSError, ValueError):
        pass
    data = _read_toml(path, problems)
    if data is not None:
        # A cache is optional: none where it cannot be written or JSON cannot hold the data.
        with contextlib.suppress(OSError, TypeError, ValueError):
            write_text_atomic(cache, json.dumps({"stamp": stamp, "data": data}))
    return data


def _read_toml(path: Path, problems: list[str]) -> dict[str, Any] | None:
    import tomllib  # only when the parsed cache is stale: it costs 10 ms to import

    try:
        return toml_loads(read_user_file(path, MAX_GLOSSARY_BYTES).decode("utf-8"))
    except UserFileError as exc:
        problems.append(str(exc))
    except UnicodeDecodeError:
        problems.append(f"{path.name}: not UTF-8 text.")
    except (ValueError, RecursionError) as exc:  # ValueError: also a number too long to read
        reason = exc if isinstance(exc, tomllib.TOMLDecodeError) else plain_reason(exc)
        problems.append(f"{path.name}: not valid TOML: {reason}.")
    return None


def _read_header(path: Path, data: Mapping[str, Any], problems: list[str]) -> str:
    unknown = set(data) - {"glossary", "categories", "entry"}
    if unknown:
        problems.append(f"{path.name}: unknown top-level keys: {', '.join(sorted(unknown))}.")
    header = data.get("glossary", {})
    if not isinstance(header, dict) or not isinstance(header.get("name", ""), str):
        problems.append(f"{path.name}: [glossary] must be a table with a text 'name'.")
        return ""
    unknown_header = set(header) - HEADER_FIELDS
    if unknown_header:
        problems.append(
            f"{path.name}: unknown keys in [glossary]: {', '.join(sorted(unknown_header))}."
        )
    if not isinstance(data.get("entry", []), list):
        problems.append(f"{path.name}: 'entry' must be an array of tables ([[entry]]).")
    return str(header.get("name", path.stem))


def _read_categories(
    path: Path, data: Mapping[str, Any], problems: list[str]
) -> dict[str, Category]:
    found: dict[str, Category] = {}
    raw = data.get("categories", {})
    if not isinstance(raw, dict):
        problems.append(f"{path.name}: [categories] must be a table.")
        return found
    for cat_id, labels in raw.items():
        if (
            not isinstance(labels, dict)
            or set(labels) != {"en", "id"}
            or not all(isinstance(v, str) and v.strip() for v in labels.values())
        ):
            problems.append(
                f"{path.name}: category '{cat_id}' needs exactly two text labels, 'en' and 'id'."
            )
            continue
        found[cat_id] = Category(cat_id, labels["en"].strip(), labels["id"].strip())
    return found


def entry_problems(raw: Mapping[str, Any]) -> list[tuple[str, str | Message]]:
    """What is wrong with one entry's fields, as (field, message); [] when it is valid.

    The same rules for bundled files, imported files and the entry editor.
    """
    bad: list[tuple[str, str | Message]] = []
    for key in sorted(set(raw) - FIELDS):
        bad.append((key, Message(QT_TRANSLATE_NOOP("glossary", "unknown field"))))
    for key in sorted(FIELDS - set(raw)):
        bad.append((key, Message(QT_TRANSLATE_NOOP("glossary", "missing"))))
    for key in REQUIRED_TEXT:
        if key in raw and (not isinstance(raw[key], str) or not raw[key].strip()):
            bad.append((key, Message(QT_TRANSLATE_NOOP("glossary", "must be non-empty text"))))
    for key in OPTIONAL_TEXT:
        if key in raw and not isinstance(raw[key], str):
            bad.append((key, Message(QT_TRANSLATE_NOOP("glossary", "must be text"))))
    for key in LIST_FIELDS:
        value = raw.get(key)
        if key in raw and (
            not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            bad.append(
                (key, Message(QT_TRANSLATE_NOOP("glossary", "must be a list of non-empty texts")))
            )
    entry_id = raw.get("id")
    if isinstance(entry_id, str) and entry_id and not ID_PATTERN.match(entry_id):
        bad.append(
            (
                "id",
                Message(
                    QT_TRANSLATE_NOOP(
                        "glossary", "must be lowercase letters, digits and single hyphens"
                    )
                ),
            )
        )
    return bad


def entry_from(raw: Mapping[str, Any]) -> Entry:
    """An :class:`Entry` from fields that :func:`entry_problems` found valid."""
    return Entry(
        id=raw["id"],
        category=raw["category"].strip(),
        term_en=raw["term_en"].strip(),
        term_id=raw["term_id"].strip(),
        aliases_en=tuple(a.strip() for a in raw["aliases_en"]),
        aliases_id=tuple(a.strip() for a in raw["aliases_id"]),
        definition_en=raw["definition_en"].strip(),
        definition_id=raw["definition_id"].strip(),
        usage_en=raw["usage_en"].strip(),
        usage_id=raw["usage_id"].strip(),
        related=tuple(raw["related"]),
    )


def entry_fields(entry: Entry) -> dict[str, Any]:
    """The entry as the fields of a file (lists for the tuples)."""
    return {
        key: list(value) if isinstance(value, tuple) else value
        for key, value in entry._asdict().items()
    }


def _read_entry(path: Path, index: int, raw: Any, problems: list[str]) -> Entry | None:
    if not isinstance(raw, dict):
        problems.append(f"{path.name}: entry #{index} is not a table.")
        return None
    where = f"{path.name}: entry '{raw.get('id', '?')}' (#{index})"
    bad = entry_problems(raw)
    if bad:
        problems.append(f"{where}: {describe_problems(bad)}.")
        return None
    return entry_from(raw)


def describe_problems(bad: Sequence[tuple[str, str | Message]]) -> str:
    """Field problems in one line: unknown and missing fields grouped, then the rest."""
    unknown = [f for f, m in bad if m == "unknown field"]
    missing = [f for f, m in bad if m == "missing"]
    parts = []
    if unknown:
        parts.append(f"unknown keys: {', '.join(map(one_line, unknown))}")
    if missing:
        parts.append(f"missing fields: {', '.join(missing)}")
    parts += [f"'{f}' {m}" for f, m in bad if m not in ("unknown field", "missing")]
    return "; ".join(parts)


def collection_problems(
    entries: Sequence[Entry],
    categories: Mapping[str, Category] | None = None,
    *,
    known_ids: Iterable[str] = (),
    known_forms: Mapping[str, str] | None = None,
) -> list[tuple[str, str, str | Message]]:
    """Problems between entries, as (entry id, field, message): duplicate ids, an alias
    used twice, a form without letters, unknown categories and related entries.

    ``known_ids`` and ``known_forms`` (form key -> entry id) describe entries already
    checked, which ``entries`` are checked against (one new entry among thousands)."""
    found: list[tuple[str, str, str | Message]] = []
    ids: set[str] = set(known_ids)
    owner_of_form: dict[str, str] = dict(known_forms or {})
    for entry in entries:
        if entry.id in ids:
            found.append((entry.id, "id", Message(QT_TRANSLATE_NOOP("glossary", "duplicate id"))))
        ids.add(entry.id)
        if categories is not None and entry.category not in categories:
            found.append(
                (
                    entry.id,
                    "category",
                    Message(
                        QT_TRANSLATE_NOOP("glossary", "unknown category '{category}'"),
                        category=one_line(entry.category),
                    ),
                )
            )
        for form in entry.all_forms():
            key = match_key(form)
            field = "term_en" if form == entry.term_en else "term_id"
            if form not in (entry.term_en, entry.term_id):
                field = "aliases_id" if form in entry.aliases_id else "aliases_en"
            if not any(ch.isalnum() for ch in key):
                found.append(
                    (
                        entry.id,
                        field,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "glossary", "the form '{form}' has no letters or digits"
                            ),
                            form=one_line(form),
                        ),
                    )
                )
                continue
            other = owner_of_form.setdefault(key, entry.id)
            if other != entry.id:
                found.append(
                    (
                        entry.id,
                        field,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "glossary", "the alias '{form}' is already used by '{other}'"
                            ),
                            form=one_line(form),
                            other=other,
                        ),
                    )
                )
    all_ids = ids
    for entry in entries:
        for target in entry.related:
            if target == entry.id:
                found.append(
                    (
                        entry.id,
                        "related",
                        Message(QT_TRANSLATE_NOOP("glossary", "lists itself as related")),
                    )
                )
            elif target not in all_ids:
                found.append(
                    (
                        entry.id,
                        "related",
                        Message(
                            QT_TRANSLATE_NOOP(
                                "glossary", "relates to '{target}', which does not exist"
                            ),
                            target=one_line(target),
                        ),
                    )
                )
    return found


def _check_links(
    entries: Sequence[tuple[str, Entry]],
    categories: Mapping[str, Category],
    problems: list[str],
) -> None:
    files = {entry.id: file_name for file_name, entry in reversed(entries)}
    for entry_id, _field, message in collection_problems([e for _, e in entries], categories):
        problems.append(f"{files.get(entry_id, '?')}: entry '{entry_id}': {message}.")

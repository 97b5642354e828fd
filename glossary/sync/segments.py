"""A segment: one device's changes of one sync, a file written once and never changed.

A segment is UTF-8 JSON lines: a header, one line per change, and a closing line with
the count and the SHA-256 of everything before it, so that a segment cut short (a
sync engine still copying it, a crash of the writer's disk) or garbled is recognised
and not merged. Its name is its sequence number (``000000000042.jsonl``): each device
writes only in its own folder, under names no other device uses, so sync engines
never see two writers of one file.

    {"format": 1, "app": "glossary-reader", "device": "d1f0…", "sequence": 42,
     "changes": 2}
    {"kind": "highlight", "key": "…uuid…", "stamp": "…", "fields": {"note": "…"},
     "bases": {"note": ["…"]}}
    …
    {"end": 2, "sha256": "…"}
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from glossary.messages import QT_TRANSLATE_NOOP, Problem

FORMAT = 1
APP = "glossary-reader"
SUFFIX = ".jsonl"
SEQUENCE_DIGITS = 12


class SegmentError(Problem):
    """A segment that cannot be merged (cut short, garbled, of a newer format)."""


class NewerSegment(SegmentError):
    """A segment written by a newer version of the app."""


class Change(NamedTuple):
    """One record's fields changed on one device at ``stamp``; ``bases``: for a text
    field, the stamps of the versions this one replaced."""

    kind: str
    key: str
    stamp: str
    fields: Mapping[str, Any]
    bases: Mapping[str, Sequence[str]]


class Segment(NamedTuple):
    device: str
    sequence: int
    changes: list[Change]


def name_of(sequence: int) -> str:
    return f"{sequence:0{SEQUENCE_DIGITS}d}{SUFFIX}"


def sequence_of(name: str) -> int | None:
    """The sequence number a segment's file name gives, None for any other file."""
    stem = name[: -len(SUFFIX)] if name.endswith(SUFFIX) else ""
    if len(stem) != SEQUENCE_DIGITS or not stem.isdigit():
        return None
    return int(stem)


def _line(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def encode(device: str, sequence: int, changes: Sequence[Change]) -> bytes:
    """The segment's bytes."""
    header = {
        "format": FORMAT,
        "app": APP,
        "device": device,
        "sequence": sequence,
        "changes": len(changes),
    }
    lines = [_line(header)]
    for change in changes:
        line: dict[str, Any] = {
            "kind": change.kind,
            "key": change.key,
            "stamp": change.stamp,
            "fields": dict(change.fields),
        }
        if change.bases:
            line["bases"] = {field: list(stamps) for field, stamps in change.bases.items()}
        lines.append(_line(line))
    body = "".join(lines).encode("utf-8")
    closing = _line({"end": len(changes), "sha256": hashlib.sha256(body).hexdigest()})
    return body + closing.encode("utf-8")


def _bad(name: str, why: str) -> SegmentError:
    return SegmentError(
        QT_TRANSLATE_NOOP("glossary", "The segment {name} cannot be read ({why}): skipped."),
        name=name,
        why=why,
    )


def decode(data: bytes, name: str = "") -> Segment:
    """The segment in ``data`` (named ``name`` in messages); SegmentError if it is cut
    short, garbled or of a newer format."""
    body, _, closing = data.rstrip(b"\n").rpartition(b"\n")
    try:
        end = json.loads(closing)
        header = json.loads(body.split(b"\n", 1)[0])
    except (ValueError, UnicodeDecodeError):
        raise _bad(name, "cut short or garbled") from None
    newer = (
        isinstance(header, dict)
        and isinstance(header.get("format"), int)
        and header["format"] > FORMAT
        and header.get("app") == APP
    )
    if newer:
        raise NewerSegment(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The segment {name} was written by a newer version of Glossary Reader: "
                "update the app to read it.",
            ),
            name=name,
        )
    if not isinstance(end, dict) or "sha256" not in end or "end" not in end:
        raise _bad(name, "cut short")
    if hashlib.sha256(body + b"\n").hexdigest() != end["sha256"]:
        raise _bad(name, "its contents do not match its checksum")
    if not isinstance(header, dict) or header.get("app") != APP or header.get("format") != FORMAT:
        raise _bad(name, "not a Glossary Reader segment")
    device, sequence = header.get("device"), header.get("sequence")
    if not isinstance(device, str) or not isinstance(sequence, int):
        raise _bad(name, "no device or sequence")
    changes = []
    for raw in body.split(b"\n")[1:]:
        try:
            line = json.loads(raw)
        except ValueError:
            raise _bad(name, "a line is not JSON") from None
        change = _change(line)
        if change is None:
            raise _bad(name, "a change is malformed")
        changes.append(change)
    if len(changes) != end["end"]:
        raise _bad(name, "the count of changes is wrong")
    return Segment(device, sequence, changes)


def _change(line: object) -> Change | None:
    if not isinstance(line, dict):
        return None
    kind, key, stamp, fields = (line.get(k) for k in ("kind", "key", "stamp", "fields"))
    bases = line.get("bases", {})
    if not (
        isinstance(kind, str)
        and isinstance(key, str)
        and isinstance(stamp, str)
        and isinstance(fields, dict)
        and isinstance(bases, dict)
        and all(isinstance(v, list) and all(isinstance(s, str) for s in v) for v in bases.values())
    ):
        return None
    return Change(kind, key, stamp, fields, bases)

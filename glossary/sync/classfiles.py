"""The files of a class root (docs/sync.md, "Classes"): where each is, what it says,
and reading each back without trusting it. :mod:`glossary.sync.classes` does the
publishing, subscribing and handing in with them.

::

    <root>/glossary-reader-class/<class>/
        class.json                      the teacher's: app, format, class, teacher, created
        layer/<document sha>.json       the teacher's: the highlights of one document
        glossaries/<glossary id>.json   the teacher's: one glossary (the schema of
                                        resources/glossary/, as JSON)
        hand-ins/<student id>/<document sha>.json   one student's notes on a document

A file that is not the app's, is malformed, or is of a newer format is a
:class:`ClassError` and is not read at all (never in part).
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from glossary.messages import QT_TRANSLATE_NOOP, Message, Problem
from glossary.model import Category
from glossary.sync.layer import ClassHighlight
from glossary.sync.roots import MissingFile, SyncRoot

if TYPE_CHECKING:  # the glossary files' module loads when a glossary is read
    from glossary.terms.files import TermList

CLASS_TOP = "glossary-reader-class"
CLASS_FILE = "class.json"
APP = "glossary-reader"
FORMAT = 1
MAX_FILE_BYTES = 20 * 1024 * 1024  # a class file bigger than this is not read
MAX_NAME = 100  # characters of a teacher's or student's name
CLASS_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
SHA = re.compile(r"[0-9a-f]{64}")
FILE_ID = re.compile(r"[0-9a-f]{16}")


class ClassError(Problem):
    """A class cannot be published, subscribed to, handed in to or read as asked; the
    message says why and what to do. Nothing was changed here."""


@dataclass(frozen=True)
class HandedNote:
    """One highlight of a hand-in."""

    uuid: str
    start: int
    end: int
    exact: str
    note: str
    colour: int
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class HandIn:
    """A student's notes on one document, as handed in."""

    class_id: str
    student: str
    student_id: str
    document_sha: str
    title: str
    handed_in: str
    highlights: tuple[HandedNote, ...]

    def as_json(self) -> dict[str, object]:
        return {
            "class": self.class_id,
            "student": self.student,
            "student_id": self.student_id,
            "document": {"sha256": self.document_sha, "title": self.title},
            "handed_in": self.handed_in,
            "highlights": [_note_json(h) for h in self.highlights],
        }


# -- paths and names ----------------------------------------------------------------------------


def class_folder(class_id: str) -> str:
    return f"{CLASS_TOP}/{class_id}"


def layer_path(class_id: str, sha: str) -> str:
    return f"{class_folder(class_id)}/layer/{sha}.json"


def glossary_path(class_id: str, file_id: str) -> str:
    return f"{class_folder(class_id)}/glossaries/{file_id}.json"


def hand_in_folder(class_id: str, student_id: str) -> str:
    return f"{class_folder(class_id)}/hand-ins/{student_id}"


def hand_in_path(class_id: str, student_id: str, sha: str) -> str:
    return f"{hand_in_folder(class_id, student_id)}/{sha}.json"


def glossary_file_id(name: str) -> str:
    """A published glossary's file name: the same for its name whatever the device (a
    glossary's row id is this store's own)."""
    folded = " ".join(name.split()).casefold()
    return hashlib.sha256(f"glossary\n{folded}".encode()).hexdigest()[:16]


def student_id_of(class_id: str, student: str) -> str:
    """A student's hand-in folder, from their name: the same on each of their devices
    (a laptop at school, a desktop at home hand in to one folder)."""
    folded = " ".join(student.split()).casefold()
    return hashlib.sha256(f"student\n{class_id}\n{folded}".encode()).hexdigest()[:16]


def content_digest(content: dict[str, Any]) -> str:
    """The SHA-256 of what a file says but when it was written: a file is written again
    only when this changes."""
    kept = {k: v for k, v in content.items() if k not in ("updated", "handed_in")}
    return hashlib.sha256(json.dumps(kept, sort_keys=True).encode()).hexdigest()


def encode(content: dict[str, Any]) -> bytes:
    return (json.dumps(content, ensure_ascii=False, indent=1) + "\n").encode()


def read_json(root: SyncRoot, path: str) -> dict[str, Any]:
    """The JSON object in ``path``; ClassError if it is not one (MissingFile, RootError
    as the root raises them)."""
    data = root.read(path)
    if len(data) > MAX_FILE_BYTES:
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "too large"))
    try:
        content = json.loads(data.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "not JSON")) from None
    if not isinstance(content, dict) or content.get("app") != APP:
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "not a Glossary Reader file"))
    if not isinstance(content.get("format"), int) or content["format"] > FORMAT:
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{path} in {root} was written by a newer version of Glossary Reader: "
                "update the app to read it.",
            ),
            path=path,
            root=root.description,
        )
    return content


def damaged(root: SyncRoot, path: str, reason: str) -> ClassError:
    """``path`` cannot be read for ``reason`` (a text marked for translation)."""
    return ClassError(
        QT_TRANSLATE_NOOP(
            "glossary", "{path} in {root} cannot be read ({reason}): it was left as it was."
        ),
        path=path,
        root=root.description,
        reason=Message(reason),
    )


def classes_in(root: SyncRoot) -> list[str]:
    """The classes in ``root`` (the folders of its ``glossary-reader-class``)."""
    return [n for n in root.list(CLASS_TOP) if not n.startswith(".")]


def read_class(root: SyncRoot, class_id: str) -> dict[str, Any]:
    """What ``class.json`` of ``class_id`` says; ClassError if the class is not there
    or its file is not the app's."""
    path = f"{class_folder(class_id)}/{CLASS_FILE}"
    try:
        content = read_json(root, path)
    except MissingFile:
        raise not_a_class(root, class_id) from None
    teacher = content.get("teacher")
    if content.get("class") != class_id or not isinstance(teacher, str) or not teacher.strip():
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "not this class's file"))
    return content


def not_a_class(root: SyncRoot, class_id: str | None) -> ClassError:
    if class_id is None:
        return ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{root} holds no class of Glossary Reader (no folder {top}): check the "
                "folder or address the teacher gave.",
            ),
            root=root.description,
            top=CLASS_TOP,
        )
    return ClassError(
        QT_TRANSLATE_NOOP(
            "glossary",
            "{root} holds no class {name}: check the class's name and the folder or "
            "address the teacher gave.",
        ),
        root=root.description,
        name=class_id,
    )


def hand_in_of(root: SyncRoot, path: str, class_id: str, student_id: str, sha: str) -> HandIn:
    content = read_json(root, path)
    document = content.get("document")
    student = content.get("student")
    if (
        content.get("class") != class_id
        or content.get("student_id") != student_id
        or not isinstance(student, str)
        or not isinstance(document, dict)
        or document.get("sha256") != sha
        or not SHA.fullmatch(sha)
    ):
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "not this student's hand-in"))
    return HandIn(
        class_id,
        " ".join(student.split())[:MAX_NAME],
        student_id,
        sha,
        str(document.get("title") or ""),
        str(content.get("handed_in") or ""),
        tuple(notes_of(root, path, content.get("highlights"))),
    )


def layer_of(
    root: SyncRoot, path: str, class_id: str, sha: str, teacher: str
) -> tuple[list[ClassHighlight], str]:
    """The highlights of a teacher's layer file, and the digest of what it says;
    ClassError if it is not a sound layer of ``class_id`` on the document ``sha``."""
    content = read_json(root, path)
    document = content.get("document")
    if (
        content.get("class") != class_id
        or not isinstance(document, dict)
        or document.get("sha256") != sha
    ):
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "not this class's layer"))
    return [
        ClassHighlight(
            class_id,
            teacher,
            n.uuid,
            n.start,
            n.end,
            n.exact,
            n.note,
            n.colour,
            n.prefix,
            n.suffix,
            sha,
        )
        for n in notes_of(root, path, content.get("highlights"))
    ], content_digest(content)


def notes_of(root: SyncRoot, path: str, raw: object) -> list[HandedNote]:
    """The highlights a layer or a hand-in lists; ClassError if any is malformed (the
    file is not read at all, rather than in part)."""
    if not isinstance(raw, list):
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "no list of highlights"))
    notes = []
    for item in raw:
        if not isinstance(item, dict):
            raise damaged(
                root, path, QT_TRANSLATE_NOOP("glossary", "a highlight that is not an object")
            )
        uuid, exact, note, prefix, suffix = (
            item.get(k, "") for k in ("uuid", "exact", "note", "prefix", "suffix")
        )
        start, end, colour = (item.get(k) for k in ("start", "end", "colour"))
        if not (
            isinstance(uuid, str)
            and isinstance(exact, str)
            and isinstance(note, str)
            and isinstance(prefix, str)
            and isinstance(suffix, str)
            and type(start) is int
            and type(end) is int
            and type(colour) is int
        ):
            raise damaged(
                root,
                path,
                QT_TRANSLATE_NOOP("glossary", "a highlight with a field of the wrong type"),
            )
        if not uuid or not 0 <= start <= end or not 1 <= colour <= 5:
            raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "a highlight out of range"))
        notes.append(HandedNote(uuid, start, end, exact, note, colour, prefix, suffix))
    return notes


def glossary_of(root: SyncRoot, path: str, class_id: str) -> tuple[TermList, str]:
    """A published glossary as a TermList, and the digest of what its file says;
    ClassError if it is not a valid one."""
    from glossary.terms.files import TermList
    from glossary.terms.glossary import collection_problems, entry_from, entry_problems

    content = read_json(root, path)
    header = content.get("glossary")
    raw_categories = content.get("categories")
    raw_entries = content.get("entry")
    if (
        content.get("class") != class_id
        or not isinstance(header, dict)
        or not isinstance(header.get("name"), str)
        or not header["name"].strip()
        or not isinstance(raw_categories, dict)
        or not isinstance(raw_entries, list)
    ):
        raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "not this class's glossary"))
    categories: dict[str, Category] = {}
    for cat_id, labels in raw_categories.items():
        if not isinstance(labels, dict) or not all(
            isinstance(labels.get(k), str) and labels[k].strip() for k in ("en", "id")
        ):
            raise damaged(
                root, path, QT_TRANSLATE_NOOP("glossary", "a category without its texts en and id")
            )
        categories[cat_id] = Category(cat_id, labels["en"].strip(), labels["id"].strip())
    entries = []
    for raw in raw_entries:
        if not isinstance(raw, dict) or entry_problems(raw):
            raise damaged(root, path, QT_TRANSLATE_NOOP("glossary", "an entry that is not valid"))
        entries.append(entry_from(raw))
    if collection_problems(entries, categories):
        raise damaged(
            root, path, QT_TRANSLATE_NOOP("glossary", "entries that are not valid together")
        )
    name = " ".join(header["name"].split())[:MAX_NAME]
    return TermList(name, categories, entries), content_digest(content)


def _note_json(note: HandedNote) -> dict[str, object]:
    return {
        "uuid": note.uuid,
        "start": note.start,
        "end": note.end,
        "quote": note.exact,
        "note": note.note,
        "colour": note.colour,
    }

"""A class that reads together: a teacher publishes a layer of highlights and notes on
some documents, and some own glossaries, into a class folder (a folder or a WebDAV
folder: the same roots as sync); students subscribe and see the layer beside their own
notes, never mixed into them, and get the glossaries among their own; a student hands
in their notes on a document, and the teacher lists the hand-ins.

The class root's files and how they are read back: :mod:`glossary.sync.classfiles`
(and docs/sync.md, "Classes").

Each file is replaced whole (a hidden name, then renamed), so a reader sees the old
file or the new one. The teacher's device writes class.json, layer/ and glossaries/; a
student's device writes only its own ``hand-ins/<student id>/``. Who may write what is
otherwise the folder's or server's (a share read-only for students but for hand-ins/).

Nothing read from a class root is trusted: a file that is not the app's, malformed or
of a newer format is a problem in the report, and changes nothing here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.sync.classfiles import (
    APP,
    CLASS_FILE,
    CLASS_ID,
    CLASS_TOP,
    FILE_ID,
    FORMAT,
    MAX_NAME,
    SHA,
    ClassError,
    HandedNote,
    HandIn,
    class_folder,
    classes_in,
    content_digest,
    damaged,
    encode,
    glossary_file_id,
    glossary_of,
    glossary_path,
    hand_in_of,
    hand_in_path,
    layer_of,
    layer_path,
    not_a_class,
    read_class,
    student_id_of,
)
from glossary.sync.layer import ClassHighlight, has_classes, layer_highlights
from glossary.sync.roots import FolderRoot, MissingFile, RootError, SyncRoot

__all__ = [
    "ClassError",
    "ClassHighlight",
    "ClassInfo",
    "ClassReport",
    "HandIn",
    "HandedNote",
    "followed",
    "hand_in",
    "hand_ins",
    "has_classes",
    "layer_highlights",
    "publications",
    "publish",
    "refresh",
    "subscribe",
    "subscriptions",
    "unpublish",
    "unsubscribe",
]


@dataclass(frozen=True)
class ClassInfo:
    """A class this store publishes (``role`` "teacher") or follows ("student")."""

    class_id: str
    role: str
    kind: str  # "folder" or "webdav"
    location: str  # the folder, or the WebDAV URL
    user: str  # WebDAV's user name ("" for a folder)
    teacher: str
    student: str = ""
    student_id: str = ""
    documents: tuple[str, ...] = ()  # published (a teacher's): SHA-256 of each text
    glossaries: tuple[str, ...] = ()  # published (a teacher's): own glossaries' names

    def as_json(self) -> dict[str, object]:
        return {
            "class": self.class_id,
            "role": self.role,
            "kind": self.kind,
            "location": self.location,
            "user": self.user or None,
            "teacher": self.teacher,
            "student": self.student or None,
            "student_id": self.student_id or None,
            "documents": list(self.documents),
            "glossaries": list(self.glossaries),
        }


@dataclass
class ClassReport:
    """What one refresh did: class files written (a teacher's) and read in (a
    student's), and what could not be done (each a sentence)."""

    written: int = 0
    read: int = 0
    problems: list[Problem] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {
            "written": self.written,
            "read": self.read,
            "problems": [str(p) for p in self.problems],
        }


def new_class_id() -> str:
    from uuid import uuid4

    return uuid4().hex[:16]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _person(name: str, missing: str) -> str:
    """``name`` on one line; ClassError ``missing`` (a text marked for translation) if
    it is empty or too long."""
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise ClassError(missing, count=MAX_NAME)
    return name


def _check_class_id(class_id: str) -> str:
    if not CLASS_ID.fullmatch(class_id):
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{name} is not a class's name: letters, digits, - and _ (at most 64).",
            ),
            name=class_id,
        )
    return class_id


# -- where a class is ---------------------------------------------------------------------------


def location_of(root: SyncRoot) -> tuple[str, str, str]:
    """The kind, location and user by which ``root`` is opened again."""
    from glossary.sync.webdav import WebDAVRoot

    if isinstance(root, WebDAVRoot):
        return "webdav", root.url, root.user
    if isinstance(root, FolderRoot):
        return "folder", str(root.folder), ""
    raise TypeError(f"not a class root: {root!r}")


def open_class_root(kind: str, location: str, user: str, password: str | None) -> SyncRoot:
    """The root of a class, as :func:`glossary.sync.setup.open_root` opens sync's (the
    password given, else the environment's or the keyring's)."""
    from glossary.sync.opening import open_location

    return open_location(kind, location, user, password)


@contextmanager
def _opened(info: ClassInfo, password: str | None) -> Iterator[SyncRoot]:
    root = open_class_root(info.kind, info.location, info.user, password)
    try:
        yield root
    finally:
        root.close()


# -- this store's classes -----------------------------------------------------------------------


def _json_list(text: object) -> tuple[str, ...]:
    try:
        value = json.loads(str(text))
    except ValueError:
        return ()
    return tuple(str(v) for v in value) if isinstance(value, list) else ()


def publications(store: Store) -> list[ClassInfo]:
    """The classes this store publishes (as their teacher)."""
    rows = store.query(
        "SELECT class_id, root_kind, location, user, teacher, documents, glossaries "
        "FROM class_publications ORDER BY class_id"
    ).fetchall()
    return [
        ClassInfo(
            str(c),
            "teacher",
            str(k),
            str(loc),
            str(u),
            str(t),
            documents=_json_list(d),
            glossaries=_json_list(g),
        )
        for c, k, loc, u, t, d, g in rows
    ]


def subscriptions(store: Store) -> list[ClassInfo]:
    """The classes this store follows (as a student)."""
    rows = store.query(
        "SELECT class_id, root_kind, location, user, teacher, student, student_id "
        "FROM class_subscriptions ORDER BY class_id"
    ).fetchall()
    return [
        ClassInfo(str(c), "student", str(k), str(loc), str(u), str(t), str(s), str(sid))
        for c, k, loc, u, t, s, sid in rows
    ]


def _publication(store: Store, class_id: str) -> ClassInfo | None:
    return next((c for c in publications(store) if c.class_id == class_id), None)


def followed(store: Store, class_id: str) -> ClassInfo:
    """The class ``class_id`` this store follows; ClassError if it follows none so
    named."""
    found = next((c for c in subscriptions(store) if c.class_id == class_id), None)
    if found is None:
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "You do not follow a class {name} (glossary-reader class list shows yours).",
            ),
            name=class_id,
        )
    return found


def _known_files(store: Store, class_id: str) -> dict[str, str]:
    rows = store.query(
        "SELECT path, sha256 FROM class_files WHERE class_id = :c", {"c": class_id}
    ).fetchall()
    return {str(p): str(s) for p, s in rows}


# -- a teacher ----------------------------------------------------------------------------------


def publish(
    store: Store,
    root: SyncRoot,
    *,
    teacher: str,
    documents: list[str],
    glossaries: list[str],
    class_id: str | None = None,
) -> ClassInfo:
    """Publish the highlights and notes of ``documents`` (the SHA-256 of each text) and
    the own glossaries named ``glossaries`` as class ``class_id`` in ``root``, under the
    name ``teacher``: exactly these (a document or glossary published before and not
    given now is taken out of the class). A new class without ``class_id`` gets a new
    id; without it, the class this store already publishes in ``root`` (if one) is
    published again. ClassError, with nothing written or kept here, when the class
    cannot be published (a class of another teacher, a read-only share)."""
    from glossary.terms.own import OwnGlossaries

    teacher = _person(
        teacher,
        QT_TRANSLATE_NOOP("glossary", "Give the teacher's name (at most {count} characters)."),
    )
    kind, location, user = location_of(root)
    if class_id is None:
        mine = [c for c in publications(store) if (c.kind, c.location) == (kind, location)]
        class_id = mine[0].class_id if len(mine) == 1 else new_class_id()
    _check_class_id(class_id)
    shas = list(dict.fromkeys(d.strip().lower() for d in documents))
    known = {d.sha256 for d in Documents(store).all()}
    for sha in shas:
        if sha not in known:
            raise ClassError(
                QT_TRANSLATE_NOOP(
                    "glossary", "No document of your notes has the fingerprint {sha}."
                ),
                sha=sha,
            )
    own = OwnGlossaries(store)
    names: list[str] = []
    for wanted in glossaries:
        found = own.find(wanted)
        if found is None:
            raise ClassError(
                QT_TRANSLATE_NOOP("glossary", "You have no own glossary named {name}."),
                name=wanted,
            )
        if found.name not in names:
            names.append(found.name)
    info = ClassInfo(
        class_id,
        "teacher",
        kind,
        location,
        user,
        teacher,
        documents=tuple(shas),
        glossaries=tuple(names),
    )
    previous = _publication(store, class_id)
    if previous is None or (previous.kind, previous.location) != (kind, location):
        # This store's own class may be published again under another name.
        _check_not_anothers(root, class_id, teacher)
    known_files = (
        _known_files(store, class_id)
        if previous is not None and (previous.kind, previous.location) == (kind, location)
        else {}
    )
    report = ClassReport()
    written = _write_class(store, root, info, known_files, report)
    with store.transaction() as db:
        db.execute(
            "INSERT INTO class_publications (class_id, root_kind, location, user, teacher, "
            "documents, glossaries, created) VALUES (:c, :k, :l, :u, :t, :d, :g, :now) "
            "ON CONFLICT (class_id) DO UPDATE SET root_kind = :k, location = :l, user = :u, "
            "teacher = :t, documents = :d, glossaries = :g",
            {
                "c": class_id,
                "k": kind,
                "l": location,
                "u": user,
                "t": teacher,
                "d": json.dumps(list(info.documents)),
                "g": json.dumps(list(info.glossaries)),
                "now": _now(),
            },
        )
        _keep_files(db, class_id, written, replace_all=True)
    return info


def _check_not_anothers(root: SyncRoot, class_id: str, teacher: str) -> None:
    """ClassError if ``root`` holds ``class_id`` published by someone else, or holds
    something else under the app's class folder's name."""
    if class_id not in classes_in(root):
        return
    try:
        found = read_class(root, class_id)
    except ClassError:
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "{root} holds a folder {name} that is not a class of Glossary Reader: "
                "choose another class name or folder.",
            ),
            root=f"{root.description}/{CLASS_TOP}",
            name=class_id,
        ) from None
    if " ".join(str(found["teacher"]).split()).casefold() != teacher.casefold():
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "The class {name} in {root} is published by {teacher}: only they publish "
                "it (a student subscribes to it; another teacher chooses another name).",
            ),
            name=class_id,
            root=root.description,
            teacher=found["teacher"],
        )


def _class_files(store: Store, info: ClassInfo) -> dict[str, dict[str, Any]]:
    """Every file the teacher's class holds now but class.json: path -> content."""
    from glossary.terms.glossary import entry_fields
    from glossary.terms.own import OwnGlossaries

    cid = info.class_id
    files: dict[str, dict[str, Any]] = {}
    head = {"app": APP, "format": FORMAT, "class": cid, "teacher": info.teacher}
    documents = Documents(store)
    highlights = Highlights(store)
    for sha in info.documents:
        doc_id = documents.id_of(sha)
        record = documents.get(doc_id) if doc_id is not None else None
        if record is None:
            continue  # gone from the notes since: it leaves the class
        files[layer_path(cid, sha)] = {
            **head,
            "kind": "layer",
            "document": {"sha256": sha, "title": record.title},
            "updated": _now(),
            "highlights": [
                {
                    "uuid": h.uuid,
                    "start": h.start,
                    "end": h.end,
                    "exact": h.exact,
                    "prefix": h.prefix,
                    "suffix": h.suffix,
                    "colour": h.colour,
                    "note": h.note,
                }
                for h in highlights.of_document(record.id)
                if not h.orphaned  # its place is not known: nothing to show it at
            ],
        }
    own = OwnGlossaries(store)
    for name in info.glossaries:
        found = own.find(name)
        if found is None:
            continue  # deleted since: it leaves the class
        categories = own.categories(found.id)
        files[glossary_path(cid, glossary_file_id(found.name))] = {
            **head,
            "kind": "glossary",
            "updated": _now(),
            "glossary": {"name": found.name, "source_language": "id"},
            "categories": {c.id: {"en": c.label_en, "id": c.label_id} for c in categories.values()},
            "entry": [entry_fields(e) for e in own.entries(found.id)],
        }
    return files


def _write_class(
    store: Store,
    root: SyncRoot,
    info: ClassInfo,
    known: dict[str, str],
    report: ClassReport,
) -> dict[str, str]:
    """Write the class's files that changed since ``known`` (path -> digest) was
    written, delete those it no longer holds; the digests of what the class holds now.
    ClassError if the root cannot be written."""
    files = _class_files(store, info)
    digests = {path: content_digest(content) for path, content in files.items()}
    # class.json lists every file with its digest: a student reads it, and only the
    # files whose digest changed (one request a refresh when nothing did).
    folder = class_folder(info.class_id)
    created = store.query(
        "SELECT created FROM class_publications WHERE class_id = :c", {"c": info.class_id}
    ).fetchone()
    head = files[f"{folder}/{CLASS_FILE}"] = {
        "app": APP,
        "format": FORMAT,
        "class": info.class_id,
        "teacher": info.teacher,
        "created": str(created[0]) if created else _now(),
        "files": {path.removeprefix(f"{folder}/"): digests[path] for path in sorted(digests)},
    }
    digests[f"{folder}/{CLASS_FILE}"] = content_digest(head)
    try:
        if not known:  # published here for the first time: the students' folder too
            root.make_folder(f"{class_folder(info.class_id)}/hand-ins")
        # class.json last: a class appears once its layer is there.
        for path in sorted(files, key=lambda p: p.endswith(CLASS_FILE)):
            if known.get(path) != digests[path]:
                root.replace(path, encode(files[path]))
                report.written += 1
        for path in known:
            if path not in files:
                root.delete(path)
    except RootError as exc:
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary", "The class {name} cannot be published to {root}: {reason}"
            ),
            name=info.class_id,
            root=root.description,
            reason=exc,
        ) from None
    return digests


def _keep_files(db: Any, class_id: str, digests: dict[str, str], *, replace_all: bool) -> None:
    if replace_all:
        db.execute("DELETE FROM class_files WHERE class_id = :c", {"c": class_id})
    db.executemany(
        "INSERT INTO class_files (class_id, path, sha256) VALUES (?, ?, ?) "
        "ON CONFLICT (class_id, path) DO UPDATE SET sha256 = excluded.sha256",
        [(class_id, path, digest) for path, digest in digests.items()],
    )


def hand_ins(
    store: Store,
    class_id: str,
    password: str | None = None,
    problems: list[Problem] | None = None,
) -> list[HandIn]:
    """The hand-ins of the class this store publishes, by student and document; a
    hand-in that cannot be read is left out (and said in ``problems``, if given)."""
    info = _publication(store, class_id)
    if info is None:
        raise _not_published(class_id)
    found: list[HandIn] = []
    with _opened(info, password) as root:
        base = f"{class_folder(class_id)}/hand-ins"
        for student_id in root.list(base):
            if student_id.startswith(".") or not FILE_ID.fullmatch(student_id):
                continue
            for name in root.list(f"{base}/{student_id}"):
                sha = name.removesuffix(".json")
                if name.startswith(".") or not name.endswith(".json"):
                    continue
                path = f"{base}/{student_id}/{name}"
                try:
                    found.append(hand_in_of(root, path, class_id, student_id, sha))
                except (ClassError, MissingFile) as exc:
                    if problems is not None:
                        problems.append(exc)
    found.sort(key=lambda h: (h.student.casefold(), h.student_id, h.title.casefold()))
    return found


def _not_published(class_id: str) -> ClassError:
    return ClassError(
        QT_TRANSLATE_NOOP(
            "glossary",
            "You do not publish a class {name} (glossary-reader class list shows yours).",
        ),
        name=class_id,
    )


# -- a student ----------------------------------------------------------------------------------


def subscribe(
    store: Store, root: SyncRoot, *, student: str, class_id: str | None = None
) -> ClassInfo:
    """Follow the class ``class_id`` in ``root`` (or the only one there) as
    ``student``, and read in its layer and glossaries (what cannot be read is said by
    the next :func:`refresh`). ClassError, with nothing kept, when ``root`` holds no
    such class."""
    student = _person(
        student,
        QT_TRANSLATE_NOOP("glossary", "Give the student's name (at most {count} characters)."),
    )
    kind, location, user = location_of(root)
    if class_id is None:
        # Only folders with a class.json: a publish that failed half-way (a read-only
        # share) may have left an empty folder.
        found = [c for c in classes_in(root) if CLASS_FILE in root.list(class_folder(c))]
        if not found:
            raise not_a_class(root, None)
        if len(found) > 1:
            raise ClassError(
                QT_TRANSLATE_NOOP(
                    "glossary", "{root} holds several classes ({names}): name one with --class."
                ),
                root=root.description,
                names=", ".join(found),
            )
        class_id = found[0]
    _check_class_id(class_id)
    content = read_class(root, class_id)
    if _publication(store, class_id) is not None:
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary", "You publish the class {name} yourself: a teacher does not subscribe."
            ),
            name=class_id,
        )
    info = ClassInfo(
        class_id,
        "student",
        kind,
        location,
        user,
        " ".join(str(content["teacher"]).split()),
        student,
        student_id_of(class_id, student),
    )
    with store.transaction() as db:
        db.execute(
            "INSERT INTO class_subscriptions (class_id, root_kind, location, user, teacher, "
            "student, student_id, created) VALUES (:c, :k, :l, :u, :t, :s, :sid, :now) "
            "ON CONFLICT (class_id) DO UPDATE SET root_kind = :k, location = :l, user = :u, "
            "teacher = :t, student = :s, student_id = :sid",
            {
                "c": class_id,
                "k": kind,
                "l": location,
                "u": user,
                "t": info.teacher,
                "s": student,
                "sid": info.student_id,
                "now": _now(),
            },
        )
    _read_class(store, root, info, ClassReport())
    return info


def _read_class(store: Store, root: SyncRoot, info: ClassInfo, report: ClassReport) -> None:
    """Read in what changed in the class ``info`` follows: class.json (the teacher's
    name), each layer file and glossary file. A file that cannot be read is a problem
    and changes nothing; the others are read in."""
    cid = info.class_id
    content = read_class(root, cid)  # ClassError: nothing is read
    teacher = " ".join(str(content["teacher"]).split())[:MAX_NAME]
    known = _known_files(store, cid)
    layers: dict[str, tuple[str, list[ClassHighlight]]] = {}
    glossaries: dict[str, tuple[str, str, Any]] = {}
    listed = _manifest(root, cid, content)
    for path, digest in listed.items():
        if known.get(path) == digest and teacher == info.teacher:
            continue  # read in already, as it is
        name = path.rsplit("/", 1)[1].removesuffix(".json")
        try:
            # Recorded with the digest of what was read: a file that has not arrived
            # whole yet (a file-sync program still copying) is read again next time.
            if "/layer/" in path:
                items, got = layer_of(root, path, cid, name, teacher)
                layers[path] = (got, items)
            else:
                terms, got = glossary_of(root, path, cid)
                glossaries[path] = (got, name, terms)
        except (ClassError, MissingFile) as exc:  # what was read of it before stays
            report.problems.append(exc)
    present = set(listed)
    gone = [p for p in known if p not in present]
    _apply_glossaries(store, cid, teacher, glossaries, report)
    with store.transaction() as db:
        if teacher != info.teacher:
            db.execute(
                "UPDATE class_subscriptions SET teacher = :t WHERE class_id = :c",
                {"t": teacher, "c": cid},
            )
            db.execute(
                "UPDATE class_highlights SET teacher = :t WHERE class_id = :c",
                {"t": teacher, "c": cid},
            )
        for path, (_digest, items) in layers.items():
            sha = path.rsplit("/", 1)[1].removesuffix(".json")
            db.execute(
                "DELETE FROM class_highlights WHERE class_id = :c AND document_sha = :d",
                {"c": cid, "d": sha},
            )
            db.executemany(
                "INSERT OR REPLACE INTO class_highlights (class_id, document_sha, uuid, "
                "start_offset, end_offset, exact, prefix, suffix, colour, note, teacher) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        cid,
                        sha,
                        h.uuid,
                        h.start,
                        h.end,
                        h.exact,
                        h.prefix,
                        h.suffix,
                        h.colour,
                        h.note,
                        teacher,
                    )
                    for h in items
                ],
            )
            report.read += 1
        for path in gone:
            if "/layer/" in path:
                sha = path.rsplit("/", 1)[1].removesuffix(".json")
                db.execute(
                    "DELETE FROM class_highlights WHERE class_id = :c AND document_sha = :d",
                    {"c": cid, "d": sha},
                )
            db.execute(
                "DELETE FROM class_files WHERE class_id = :c AND path = :p", {"c": cid, "p": path}
            )
        _keep_files(db, cid, {p: d for p, (d, _) in layers.items()}, replace_all=False)


def _manifest(root: SyncRoot, class_id: str, content: dict[str, Any]) -> dict[str, str]:
    """The layer and glossary files class.json lists: path -> digest. A kind of file
    this version does not know is left for a newer one."""
    files = content.get("files", {})
    if not isinstance(files, dict):
        raise damaged(
            root,
            f"{class_folder(class_id)}/{CLASS_FILE}",
            QT_TRANSLATE_NOOP("glossary", "no list of files"),
        )
    listed = {}
    for name, digest in files.items():
        kind, _, file_name = str(name).partition("/")
        stem = file_name.removesuffix(".json")
        if not isinstance(digest, str) or not file_name.endswith(".json"):
            continue
        if (kind == "layer" and SHA.fullmatch(stem)) or (
            kind == "glossaries" and FILE_ID.fullmatch(stem)
        ):
            listed[f"{class_folder(class_id)}/{kind}/{file_name}"] = digest
    return listed


def _apply_glossaries(
    store: Store,
    class_id: str,
    teacher: str,
    glossaries: dict[str, tuple[str, str, Any]],
    report: ClassReport,
) -> None:
    """Each published glossary read: added to the student's own glossaries as "<name>
    (<teacher>)", or the one made of it before replaced whole."""
    from glossary.terms.own import EntryProblems, OwnGlossaries

    own = OwnGlossaries(store)
    for path, (digest, file_id, terms) in glossaries.items():
        row = store.query(
            "SELECT glossary_id FROM class_glossaries WHERE class_id = :c AND file_id = :f",
            {"c": class_id, "f": file_id},
        ).fetchone()
        existing = {g.id for g in own.all()}
        glossary_id = int(row[0]) if row and int(row[0]) in existing else None
        wanted = f"{terms.name} ({teacher})"
        taken = own.find(wanted)
        name = wanted
        number = 2
        while taken is not None and taken.id != glossary_id:
            name = f"{wanted} {number}"
            taken = own.find(name)
            number += 1
        try:
            if glossary_id is None:
                glossary_id = own.create(name)
                try:
                    own.replace_all(glossary_id, terms)
                except EntryProblems:
                    own.delete(glossary_id)
                    raise
            else:
                own.replace_all(glossary_id, terms, name)
        except EntryProblems as exc:
            report.problems.append(_damaged_glossary(path, exc))
            continue
        with store.transaction() as db:
            db.execute(
                "INSERT INTO class_glossaries (class_id, file_id, glossary_id) VALUES "
                "(:c, :f, :g) ON CONFLICT (class_id, file_id) DO UPDATE SET glossary_id = :g",
                {"c": class_id, "f": file_id, "g": glossary_id},
            )
            _keep_files(db, class_id, {path: digest}, replace_all=False)
        report.read += 1


def _damaged_glossary(path: str, exc: Problem) -> ClassError:
    return ClassError(
        QT_TRANSLATE_NOOP("glossary", "The glossary {path} cannot be used ({reason})."),
        path=path,
        reason=exc,
    )


def hand_in(store: Store, class_id: str, document_sha: str, password: str | None = None) -> str:
    """Hand in this student's highlights and notes on the document ``document_sha`` to
    the class ``class_id`` (replacing what they handed in before); where it was written
    (a file or a URL). ClassError when there is nothing to hand in or the class's
    hand-in folder cannot be written."""
    info = followed(store, class_id)
    sha = document_sha.strip().lower()
    documents = Documents(store)
    doc_id = documents.id_of(sha)
    record = documents.get(doc_id) if doc_id is not None else None
    mine = Highlights(store).of_document(record.id) if record is not None else []
    if record is None or not mine:
        raise ClassError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "You have no highlights or notes on the document {sha} to hand in: "
                "highlight passages in it first.",
            ),
            sha=sha[:12],
        )
    content = {
        "app": APP,
        "format": FORMAT,
        "kind": "hand-in",
        "class": class_id,
        "student": info.student,
        "student_id": info.student_id,
        "document": {"sha256": sha, "title": record.title},
        "handed_in": _now(),
        "highlights": [
            {
                "uuid": h.uuid,
                "start": h.start,
                "end": h.end,
                "exact": h.exact,
                "prefix": h.prefix,
                "suffix": h.suffix,
                "colour": h.colour,
                "note": h.note,
            }
            for h in mine
        ],
    }
    path = hand_in_path(class_id, info.student_id, sha)
    with _opened(info, password) as root:
        try:
            root.replace(path, encode(content))
        except RootError as exc:
            raise ClassError(
                QT_TRANSLATE_NOOP(
                    "glossary",
                    "Your notes cannot be handed in to the class {name} ({reason}): ask "
                    "the teacher to let you write in its hand-ins folder.",
                ),
                name=class_id,
                reason=exc,
            ) from None
        return f"{root.description.rstrip('/')}/{path}"


# -- both ---------------------------------------------------------------------------------------


def refresh(store: Store, password: str | None = None, *, server: str | None = None) -> ClassReport:
    """For each class this store publishes, write what changed in its notes and
    glossaries; for each it follows, read in what changed in the teacher's layer and
    glossaries. A class that cannot be reached or read is a problem in the report, and
    the others go on. ``password``: for the WebDAV classes on ``server`` (a URL: the
    notes' sync server, whose password the reader gave this session), or on any server
    when ``server`` is None; the others' from the environment or the keyring."""
    report = ClassReport()

    def given(info: ClassInfo) -> str | None:
        return password if server is None or _same_server(info.location, server) else None

    for info in publications(store):
        try:
            with _opened(info, given(info)) as root:
                written = _write_class(
                    store, root, info, _known_files(store, info.class_id), report
                )
            with store.transaction() as db:
                _keep_files(db, info.class_id, written, replace_all=True)
        except Problem as exc:  # offline, read-only, no password: said, the others go on
            report.problems.append(exc)
    for info in subscriptions(store):
        try:
            with _opened(info, given(info)) as root:
                _read_class(store, root, info, report)
        except Problem as exc:
            report.problems.append(exc)
    return report


def _same_server(url: str, other: str) -> bool:
    from urllib.parse import urlsplit

    a, b = urlsplit(url), urlsplit(other)
    return (a.scheme.lower(), a.netloc.lower()) == (b.scheme.lower(), b.netloc.lower())


def unsubscribe(store: Store, class_id: str) -> None:
    """Stop following the class ``class_id``: its layer goes from this store (the
    glossaries it added stay, as the reader's own). Nothing in the class root changes."""
    followed(store, class_id)
    with store.transaction() as db:
        for table in ("class_subscriptions", "class_highlights", "class_files", "class_glossaries"):
            db.execute(f"DELETE FROM {table} WHERE class_id = :c", {"c": class_id})


def unpublish(store: Store, class_id: str) -> None:
    """Stop publishing the class ``class_id`` from this store (its files stay in the
    class root, for the students to read and hand in to, until they are deleted there)."""
    if _publication(store, class_id) is None:
        raise _not_published(class_id)
    with store.transaction() as db:
        for table in ("class_publications", "class_files"):
            db.execute(f"DELETE FROM {table} WHERE class_id = :c", {"c": class_id})


def describe(infos: Sequence[ClassInfo]) -> list[dict[str, object]]:
    """The classes as JSON (``class list --json``)."""
    return [info.as_json() for info in infos]

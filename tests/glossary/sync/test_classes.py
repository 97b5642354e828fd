"""A class that reads together: a teacher publishes a layer of notes and a glossary to
a folder or a real WebDAV server, students subscribe and see it beside their own notes
(never mixed in), updates arrive, students hand in their notes and the teacher lists
and exports them; a student's device writes nowhere but its own hand-in folder, and
a damaged class file changes nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest

from glossary.documents.loading import parse_markdown
from glossary.export.handins import to_csv, write_handout
from glossary.model import Category
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlight, Highlights
from glossary.notes.store import Store
from glossary.sync.classes import (
    CLASS_TOP,
    ClassError,
    glossary_file_id,
    hand_in,
    hand_ins,
    layer_highlights,
    publications,
    publish,
    refresh,
    subscribe,
    subscriptions,
    unpublish,
    unsubscribe,
)
from glossary.sync.passwords import ENVIRONMENT_VARIABLE
from glossary.sync.roots import FolderRoot, SyncRoot
from glossary.sync.setup import setup_folder, sync_once
from glossary.sync.webdav import WebDAVRoot
from glossary.terms.own import OwnGlossaries
from tests.glossary.sync.conftest import PASSWORD, TEXT, USER, DAVServer
from tests.glossary.terms.test_files import make_entry

TEACHER = "Bu Ani"


class Reader:
    """A teacher's or a student's computer: its own notes store, with the text read."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "notes.sqlite3"
        self.store = Store(self.path)
        self.document = parse_markdown(TEXT)
        self.sha = self.document.sha256
        self.document_id = Documents(self.store).remember(self.document)

    def highlight(self, word: str, note: str = "", colour: int = 1) -> Highlight:
        start = self.document.text.index(word)
        return Highlights(self.store).add(
            self.document_id, self.document.text, start, start + len(word), colour, note
        )

    def own_notes(self) -> list[tuple[str, str, str]]:
        return [
            (h.uuid, h.exact, h.note) for h in Highlights(self.store).of_document(self.document_id)
        ]

    def close(self) -> None:
        self.store.close()


class Place:
    """Where the class is: a folder, or the folder a WebDAV server serves; ``root()``
    opens it as a reader's device does."""

    def __init__(self, files: Path, opener: Callable[[], SyncRoot]) -> None:
        self.files = files
        self.opener = opener

    def root(self) -> SyncRoot:
        return self.opener()

    def snapshot(self) -> dict[str, bytes]:
        return {
            str(p.relative_to(self.files)): p.read_bytes()
            for p in sorted(self.files.rglob("*"))
            if p.is_file()
        }


@pytest.fixture(params=["folder", "webdav"])
def place(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Place]:
    if request.param == "folder":
        folder = tmp_path / "class share"
        folder.mkdir()
        yield Place(folder, lambda: FolderRoot(folder))
        return
    server = request.getfixturevalue("dav")
    # The devices' refreshes open the server again: the password as a script gives it.
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, PASSWORD)
    yield Place(server.folder, lambda: WebDAVRoot(server.url, USER, PASSWORD))


@pytest.fixture
def teacher(tmp_path: Path) -> Iterator[Reader]:
    reader = Reader(tmp_path / "teacher")
    yield reader
    reader.close()


@pytest.fixture
def students(tmp_path: Path) -> Iterator[list[Reader]]:
    readers = [Reader(tmp_path / "siti"), Reader(tmp_path / "budi")]
    yield readers
    for reader in readers:
        reader.close()


def make_glossary(reader: Reader, name: str = "Istilah AI", entries: int = 2) -> int:
    own = OwnGlossaries(reader.store)
    glossary_id = own.create(name)
    own.add_category(glossary_id, Category("ai", "AI", "KB"))
    for n in range(entries):
        own.save_entry(glossary_id, make_entry(n, category="ai"))
    return glossary_id


def class_files(place: Place, class_id: str) -> dict[str, bytes]:
    prefix = f"{CLASS_TOP}/{class_id}/"
    return {p[len(prefix) :]: b for p, b in place.snapshot().items() if p.startswith(prefix)}


def test_students_see_the_teachers_layer_and_glossary_beside_their_own_notes(
    place: Place, teacher: Reader, students: list[Reader]
) -> None:
    made = teacher.highlight("Kecerdasan buatan", "Definisi: <b>AI</b>", colour=3)
    make_glossary(teacher)
    with closing(place.root()) as root:
        info = publish(
            teacher.store,
            root,
            teacher=TEACHER,
            documents=[teacher.sha],
            glossaries=["istilah ai"],
            class_id="kelas10a",
        )
    assert (info.class_id, info.teacher, info.glossaries) == ("kelas10a", TEACHER, ("Istilah AI",))
    files = class_files(place, "kelas10a")
    assert json.loads(files["class.json"])["teacher"] == TEACHER
    layer = json.loads(files[f"layer/{teacher.sha}.json"])
    assert [(h["uuid"], h["note"], h["colour"]) for h in layer["highlights"]] == [
        (made.uuid, "Definisi: <b>AI</b>", 3)
    ]
    assert f"glossaries/{glossary_file_id('Istilah AI')}.json" in files
    assert publications(teacher.store)[0].documents == (teacher.sha,)

    own_before = []
    for student, name in zip(students, ("Siti", "Budi"), strict=True):
        student.highlight("Model bahasa", f"catatan {name}")
        own_before.append(student.own_notes())
        with closing(place.root()) as root:
            joined = subscribe(student.store, root, student=name)  # the only class there
        assert (joined.class_id, joined.teacher, joined.student) == ("kelas10a", TEACHER, name)
        shown = layer_highlights(student.store, student.sha)
        assert [(h.uuid, h.exact, h.note, h.colour, h.teacher) for h in shown] == [
            (made.uuid, "Kecerdasan buatan", "Definisi: <b>AI</b>", 3, TEACHER)
        ]
        own = OwnGlossaries(student.store)
        given = own.find(f"Istilah AI ({TEACHER})")
        assert given is not None and given.entries == 2
        assert own.categories(given.id)["ai"].label_id == "KB"
    # Their own notes are as they were: the layer is beside them, not in them.
    assert [s.own_notes() for s in students] == own_before
    assert layer_highlights(teacher.store, teacher.sha) == []  # nor in the teacher's own

    # The teacher edits the note, adds an entry, and refreshes: the students' refresh
    # brings both.
    Highlights(teacher.store).set_note(made.id, "Definisi baru")
    own = OwnGlossaries(teacher.store)
    own.save_entry(own.find("Istilah AI").id, make_entry(7, category="ai"))  # type: ignore[union-attr]
    sent = refresh(teacher.store)
    assert sent.problems == [] and sent.written == 3  # the layer, the glossary, class.json
    assert refresh(teacher.store).written == 0  # nothing changed since: nothing written
    for student in students:
        got = refresh(student.store)
        assert got.problems == [] and got.read == 2
        assert [h.note for h in layer_highlights(student.store, student.sha)] == ["Definisi baru"]
        given = OwnGlossaries(student.store).find(f"Istilah AI ({TEACHER})")
        assert given is not None and given.entries == 3  # replaced in place, not added again
        assert len(OwnGlossaries(student.store).all()) == 1
        assert refresh(student.store).read == 0
    assert [s.own_notes() for s in students] == own_before


def test_hand_ins_are_listed_per_student_and_exported_together(
    place: Place, teacher: Reader, students: list[Reader], tmp_path: Path
) -> None:
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    with closing(place.root()) as root:
        publish(teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=[])
    class_id = publications(teacher.store)[0].class_id
    notes = {"Siti": "=1+1 <script>alert(1)</script>", "Budi": "model itu *besar*"}
    for student, name in zip(students, notes, strict=True):
        with closing(place.root()) as root:
            subscribe(student.store, root, student=name, class_id=class_id)
        student.highlight("Model bahasa", notes[name], colour=2)
        written = hand_in(student.store, class_id, student.sha)
        assert written.endswith(f"/hand-ins/{subscriptions(student.store)[0].student_id}/"
                                f"{student.sha}.json")  # fmt: skip
    listed = hand_ins(teacher.store, class_id)
    assert [(h.student, h.document_sha) for h in listed] == [
        ("Budi", teacher.sha),
        ("Siti", teacher.sha),
    ]
    assert [[n.note for n in h.highlights] for h in listed] == [
        [notes["Budi"]],
        [notes["Siti"]],
    ]
    sheet = to_csv(listed)
    assert sheet.startswith("\ufeffstudent,document,quote,note,colour,handed_in\r\n")
    assert "Siti,Catatan,Model bahasa,'=1+1 <script>alert(1)</script>,Term" in sheet
    page = write_handout(listed, class_id, tmp_path / "hand-ins.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.index("Budi: Catatan") < page.index("Siti: Catatan")
    text = write_handout(listed, class_id, tmp_path / "hand-ins.md").read_text()
    assert "\\<script>" in text and "model itu \\*besar\\*" in text
    assert f"# Hand-ins of the class {class_id}" in text


def test_a_students_device_writes_only_in_its_own_hand_in_folder(
    place: Place, teacher: Reader, students: list[Reader]
) -> None:
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    make_glossary(teacher)
    with closing(place.root()) as root:
        publish(
            teacher.store,
            root,
            teacher=TEACHER,
            documents=[teacher.sha],
            glossaries=["Istilah AI"],
            class_id="k1",
        )
    before = place.snapshot()
    student = students[0]
    with closing(place.root()) as root:
        subscribe(student.store, root, student="Siti")
    mine = student.highlight("Model bahasa", "punyaku")
    refresh(student.store)
    hand_in(student.store, "k1", student.sha)
    Highlights(student.store).set_note(mine.id, "diubah")
    hand_in(student.store, "k1", student.sha)  # handed in again: replaced
    after = place.snapshot()
    folder = f"{CLASS_TOP}/k1/hand-ins/{subscriptions(student.store)[0].student_id}/"
    changed = {p for p in before.keys() | after.keys() if before.get(p) != after.get(p)}
    assert changed == {f"{folder}{student.sha}.json"}
    assert json.loads(after[f"{folder}{student.sha}.json"])["highlights"][0]["note"] == "diubah"


def test_on_webdav_a_student_sends_no_write_outside_its_hand_in_folder(
    dav: DAVServer, teacher: Reader, students: list[Reader], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, PASSWORD)
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    with WebDAVRoot(dav.url, USER, PASSWORD) as root:
        publish(teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=[])
    class_id = publications(teacher.store)[0].class_id
    dav.faults.requests.clear()
    student = students[0]
    with WebDAVRoot(dav.url, USER, PASSWORD) as root:
        subscribe(student.store, root, student="Siti")
    student.highlight("Model bahasa", "punyaku")
    refresh(student.store)
    hand_in(student.store, class_id, student.sha)
    folder = f"/dav/{CLASS_TOP}/{class_id}/hand-ins/{subscriptions(student.store)[0].student_id}/"
    writes = [(m, p) for m, p, _ in dav.faults.requests if m in ("PUT", "MOVE", "MKCOL", "DELETE")]
    # The first PUT finds no folder (409): its folder alone is made, and the PUT done again.
    assert [m for m, _p in writes] == ["PUT", "MKCOL", "PUT", "MOVE"], writes
    assert all(p.startswith(folder.rstrip("/")) for _m, p in writes), writes
    # A refresh with nothing new asks for class.json alone: its list of files and their
    # digests says that nothing changed.
    dav.faults.requests.clear()
    assert refresh(student.store).read == 0
    assert [(m, p) for m, p, _ in dav.faults.requests] == [
        ("GET", f"/dav/{CLASS_TOP}/{class_id}/class.json")
    ]


def test_a_read_only_share_refuses_the_teachers_publish_and_a_students_hand_in(
    dav: DAVServer, teacher: Reader, students: list[Reader], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, PASSWORD)
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    dav.faults.answer(403, "PUT")
    dav.faults.answer(403, "MKCOL")
    with (
        WebDAVRoot(dav.url, USER, PASSWORD) as root,
        pytest.raises(ClassError, match=r"cannot be published to .*read-only for you"),
    ):
        publish(teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=[])
    assert publications(teacher.store) == []
    dav.faults.clear()
    with WebDAVRoot(dav.url, USER, PASSWORD) as root:
        publish(teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=[])
    class_id = publications(teacher.store)[0].class_id
    student = students[0]
    with WebDAVRoot(dav.url, USER, PASSWORD) as root:
        subscribe(student.store, root, student="Siti")
    student.highlight("Model bahasa", "punyaku")
    dav.faults.answer(403, "PUT", "/hand-ins/")
    with pytest.raises(ClassError, match=r"cannot be handed in to the class .*read-only"):
        hand_in(student.store, class_id, student.sha)
    # The teacher's refresh to a share that became read-only: a problem, not a crash.
    Highlights(teacher.store).set_note(1, "baru")
    dav.faults.answer(403, "PUT")
    assert "read-only for you" in str(refresh(teacher.store).problems[0])


def test_what_is_not_a_class_is_refused_and_nothing_is_kept(
    tmp_path: Path, teacher: Reader, students: list[Reader]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    student = students[0]
    with pytest.raises(ClassError, match="holds no class of Glossary Reader"):
        subscribe(student.store, FolderRoot(share), student="Siti")
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    publish(
        teacher.store,
        FolderRoot(share),
        teacher=TEACHER,
        documents=[teacher.sha],
        glossaries=[],
        class_id="k1",
    )
    with pytest.raises(ClassError, match="holds no class k2"):
        subscribe(student.store, FolderRoot(share), student="Siti", class_id="k2")
    (share / CLASS_TOP / "k1" / "class.json").write_text("{not json")
    with pytest.raises(ClassError, match=r"class.json in .* cannot be read \(not JSON\)"):
        subscribe(student.store, FolderRoot(share), student="Siti")
    assert subscriptions(student.store) == []
    # Another teacher cannot publish over the class; nor a folder that is not one.
    (share / CLASS_TOP / "k1" / "class.json").write_text(
        json.dumps({"app": "glossary-reader", "format": 1, "class": "k1", "teacher": TEACHER})
    )
    with pytest.raises(ClassError, match="is published by Bu Ani"):
        publish(
            student.store,
            FolderRoot(share),
            teacher="Pak Budi",
            documents=[],
            glossaries=[],
            class_id="k1",
        )
    (share / CLASS_TOP / "k3").mkdir()
    with pytest.raises(ClassError, match="that is not a class of Glossary Reader"):
        publish(
            student.store, FolderRoot(share), teacher="Pak Budi", documents=[], glossaries=[],
            class_id="k3",
        )  # fmt: skip
    assert publications(student.store) == []
    subscribe(student.store, FolderRoot(share), student="Siti", class_id="k1")
    with pytest.raises(ClassError, match="no highlights or notes on the document"):
        hand_in(student.store, "k1", student.sha)
    with pytest.raises(ClassError, match="You do not follow a class k9"):
        hand_in(student.store, "k9", student.sha)
    with pytest.raises(ClassError, match="You do not publish a class k9"):
        hand_ins(teacher.store, "k9")
    with pytest.raises(ClassError, match="No document of your notes has the fingerprint"):
        publish(teacher.store, FolderRoot(share), teacher=TEACHER, documents=["ab" * 32],
                glossaries=[], class_id="k1")  # fmt: skip
    with pytest.raises(ClassError, match="You have no own glossary named Kimia"):
        publish(teacher.store, FolderRoot(share), teacher=TEACHER, documents=[],
                glossaries=["Kimia"], class_id="k1")  # fmt: skip


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda _old: b"\xff\xfe garbage", "cannot be read (not JSON)"),
        (lambda old: old[: len(old) // 2], "cannot be read (not JSON)"),
        (
            lambda old: old.replace(b'"format": 1', b'"format": 2'),
            "newer version of Glossary Reader",
        ),
        (lambda old: old.replace(b'"colour": 1', b'"colour": 9'), "a highlight out of range"),
        (lambda old: old.replace(b'"start": ', b'"start": "x", "_": '), "wrong type"),
    ],
)
def test_a_damaged_layer_file_is_a_problem_and_changes_nothing(
    tmp_path: Path,
    teacher: Reader,
    students: list[Reader],
    damage: Callable[[bytes], bytes],
    said: str,
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    made = teacher.highlight("Kecerdasan buatan", "lihat ini")
    make_glossary(teacher)
    publish(
        teacher.store,
        FolderRoot(share),
        teacher=TEACHER,
        documents=[teacher.sha],
        glossaries=["Istilah AI"],
        class_id="k1",
    )
    student = students[0]
    subscribe(student.store, FolderRoot(share), student="Siti")
    Highlights(teacher.store).set_note(made.id, "baru")
    refresh(teacher.store)
    layer = share / CLASS_TOP / "k1" / "layer" / f"{teacher.sha}.json"
    layer.write_bytes(damage(layer.read_bytes()))
    report = refresh(student.store)
    assert len(report.problems) == 1 and said in str(report.problems[0])
    assert [h.note for h in layer_highlights(student.store, student.sha)] == ["lihat ini"]
    assert refresh(student.store).problems  # said again until the file is sound
    # The teacher's device writes a file when its content changes (it does not read
    # its files back): the next change puts the layer right.
    Highlights(teacher.store).set_note(made.id, "lagi")
    refresh(teacher.store)
    assert refresh(student.store).problems == []
    assert [h.note for h in layer_highlights(student.store, student.sha)] == ["lagi"]


def test_a_damaged_glossary_file_is_a_problem_and_the_students_copy_stays(
    tmp_path: Path, teacher: Reader, students: list[Reader]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    make_glossary(teacher)
    publish(
        teacher.store,
        FolderRoot(share),
        teacher=TEACHER,
        documents=[],
        glossaries=["Istilah AI"],
        class_id="k1",
    )
    student = students[0]
    subscribe(student.store, FolderRoot(share), student="Siti")
    # The teacher adds an entry; the file that arrives is damaged.
    own = OwnGlossaries(teacher.store)
    own.save_entry(own.find("Istilah AI").id, make_entry(5, category="ai"))  # type: ignore[union-attr]
    assert refresh(teacher.store).written == 2  # the glossary, and class.json listing it
    path = share / CLASS_TOP / "k1" / "glossaries" / f"{glossary_file_id('Istilah AI')}.json"
    content = json.loads(path.read_text())
    content["entry"].append(dict(content["entry"][0]))  # one id twice
    path.write_text(json.dumps(content))
    report = refresh(student.store)
    assert [str(p) for p in report.problems] == [
        f"{path.relative_to(share)} in {share} cannot be read (entries that are not valid "
        "together): it was left as it was."
    ]
    given = OwnGlossaries(student.store).find(f"Istilah AI ({TEACHER})")
    assert given is not None and given.entries == 2


def test_a_document_taken_out_of_the_class_leaves_the_students_layer(
    tmp_path: Path, teacher: Reader, students: list[Reader]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    root = FolderRoot(share)
    publish(teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=[])
    student = students[0]
    subscribe(student.store, root, student="Siti")
    assert len(layer_highlights(student.store, student.sha)) == 1
    # Published again without it (the same class: the only one this store has there).
    info = publish(teacher.store, root, teacher=TEACHER, documents=[], glossaries=[])
    assert info.class_id == subscriptions(student.store)[0].class_id
    assert not (share / CLASS_TOP / info.class_id / "layer" / f"{teacher.sha}.json").exists()
    assert refresh(student.store).problems == []
    assert layer_highlights(student.store, student.sha) == []


def test_the_notes_sync_refreshes_the_classes_and_says_their_problems(
    tmp_path: Path, teacher: Reader, students: list[Reader]
) -> None:
    share, own_sync = tmp_path / "class", tmp_path / "own sync"
    share.mkdir()
    own_sync.mkdir()
    made = teacher.highlight("Kecerdasan buatan", "lihat ini")
    publish(
        teacher.store,
        FolderRoot(share),
        teacher=TEACHER,
        documents=[teacher.sha],
        glossaries=[],
        class_id="k1",
    )
    student = students[0]
    subscribe(student.store, FolderRoot(share), student="Siti")
    (own_sync / "teacher").mkdir()
    (own_sync / "student").mkdir()
    setup_folder(teacher.store, own_sync / "teacher")
    setup_folder(student.store, own_sync / "student")
    Highlights(teacher.store).set_note(made.id, "lewat sync")
    assert sync_once(teacher.path) is not None  # publishes the change
    report = sync_once(student.path)
    assert report is not None and report.problems == []
    assert [h.note for h in layer_highlights(student.store, student.sha)] == ["lewat sync"]
    # The class's folder gone (a share taken away): said, and the notes still synced.
    (share / CLASS_TOP / "k1" / "class.json").unlink()
    student.highlight("Model bahasa", "tetap dikirim")
    report = sync_once(student.path)
    assert report is not None and report.sent >= 1
    assert [("holds no class k1" in str(p)) for p in report.problems] == [True]
    assert [h.note for h in layer_highlights(student.store, student.sha)] == ["lewat sync"]


def test_a_teacher_renamed_and_a_student_who_leaves(
    tmp_path: Path, teacher: Reader, students: list[Reader]
) -> None:
    share = tmp_path / "share"
    share.mkdir()
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    make_glossary(teacher)
    root = FolderRoot(share)
    publish(
        teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=["Istilah AI"]
    )
    student = students[0]
    subscribe(student.store, root, student="Siti")
    # The class's own teacher publishes it again under another name: not "another
    # teacher's class".
    publish(
        teacher.store,
        root,
        teacher="Ibu Ani",
        documents=[teacher.sha],
        glossaries=["Istilah AI"],
    )
    assert refresh(student.store).problems == []
    assert [h.teacher for h in layer_highlights(student.store, student.sha)] == ["Ibu Ani"]
    assert [g.name for g in OwnGlossaries(student.store).all()] == ["Istilah AI (Ibu Ani)"]
    assert subscriptions(student.store)[0].teacher == "Ibu Ani"
    class_id = subscriptions(student.store)[0].class_id
    unsubscribe(student.store, class_id)
    assert subscriptions(student.store) == []
    assert layer_highlights(student.store, student.sha) == []
    assert [g.name for g in OwnGlossaries(student.store).all()] == ["Istilah AI (Ibu Ani)"]
    before = place_files(share)
    unpublish(teacher.store, class_id)
    assert publications(teacher.store) == [] and refresh(teacher.store).written == 0
    assert place_files(share) == before  # the class's files stay for the students
    with pytest.raises(ClassError, match="You do not follow a class"):
        unsubscribe(student.store, class_id)


def place_files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_the_password_given_serves_the_classes_on_that_server_only(
    dav: DAVServer, teacher: Reader, students: list[Reader]
) -> None:
    teacher.highlight("Kecerdasan buatan", "lihat ini")
    with WebDAVRoot(dav.url, USER, PASSWORD) as root:
        publish(teacher.store, root, teacher=TEACHER, documents=[teacher.sha], glossaries=[])
        subscribe(students[0].store, root, student="Siti")
    # No password in the environment nor a keyring: the one given this session.
    assert refresh(students[0].store, PASSWORD, server=dav.url).problems == []
    assert refresh(students[0].store, PASSWORD).problems == []
    elsewhere = refresh(students[0].store, PASSWORD, server="https://cloud.example.org/dav/")
    assert [("No password for siti" in str(p)) for p in elsewhere.problems] == [True]

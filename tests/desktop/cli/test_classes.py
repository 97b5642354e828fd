"""``glossary-reader class`` from the command line: a teacher's data folder and two
students' publishing, subscribing and handing in through a shared folder and a real
WebDAV server (on 127.0.0.1), as scripts would drive them, and what it says when it
cannot."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.documents.loading import bundled_article_path, load_bundled_article
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from glossary.sync.classes import CLASS_TOP, layer_highlights
from glossary.sync.passwords import ENVIRONMENT_VARIABLE
from glossary.terms.own import OwnGlossaries
from tests.desktop.cli.test_sync import highlight, run
from tests.glossary.sync.conftest import PASSWORD, USER, DAVServer
from tests.glossary.terms.test_files import make_entry


def own_notes(data: Path) -> list[str]:
    with Store(data / NOTES_FILE) as store:
        return [h.note for h in Highlights(store).of_document(1)]


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DAVServer]:
    server = DAVServer(tmp_path / "server")
    server.start()
    yield server
    server.stop()


def test_a_class_through_a_folder_from_publish_to_the_hand_ins_handout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    share, teacher = tmp_path / "class share", tmp_path / "teacher"
    siti, budi = tmp_path / "siti", tmp_path / "budi"
    share.mkdir()
    made = highlight(teacher, "campuran pakar", "Perhatikan istilah ini").id
    with Store(teacher / NOTES_FILE) as store:
        own = OwnGlossaries(store)
        own.save_entry(own.create("Istilah AI"), make_entry(1))
    article = str(bundled_article_path())
    sha = load_bundled_article().sha256
    t = ["--data-dir", str(teacher), "class"]
    code, out, err = run(
        capsys, *t, "publish", "--folder", str(share), "--teacher", "Bu Ani", "--class",
        "kelas10a", "--document", article, "--glossary", "Istilah AI",
    )  # fmt: skip
    assert code == 0, err
    assert out.startswith(f"Class kelas10a published to {share} by Bu Ani: 1 document, 1 glossary.")
    assert f"class subscribe --folder {share} --class kelas10a --student NAME" in out
    assert (share / CLASS_TOP / "kelas10a" / "layer" / f"{sha}.json").is_file()

    for data, name, note in ((siti, "Siti", "<script>x</script>"), (budi, "Budi", "ok")):
        highlight(data, "model bahasa", note)
        code, out, err = run(
            capsys, "--data-dir", str(data), "class", "subscribe", "--folder", str(share),
            "--student", name,
        )  # fmt: skip
        assert code == 0 and err == ""
        assert out.strip() == f"Subscribed to class kelas10a of Bu Ani at {share}, as {name}."
        with Store(data / NOTES_FILE) as store:
            assert [h.note for h in layer_highlights(store, sha)] == ["Perhatikan istilah ini"]
            assert OwnGlossaries(store).find("Istilah AI (Bu Ani)") is not None
        assert own_notes(data) == [note]  # the layer is not among their own notes
        code, out, _ = run(
            capsys, "--data-dir", str(data), "class", "hand-in", "--class", "kelas10a",
            "--document", sha[:10],
        )  # fmt: skip
        assert code == 0 and out.startswith("Handed in 1 highlight on “")

    # The teacher changes the note; a refresh carries it to the students.
    with Store(teacher / NOTES_FILE) as store:
        Highlights(store).set_note(made, "Catatan baru")
    code, out, _ = run(capsys, *t, "refresh", "--json")
    assert code == 0 and json.loads(out)["written"] == 2  # the layer, and class.json
    code, out, _ = run(capsys, "--data-dir", str(siti), "class", "refresh")
    assert code == 0 and out.strip() == "Wrote 0 class files, read 1."
    with Store(siti / NOTES_FILE) as store:
        assert [h.note for h in layer_highlights(store, sha)] == ["Catatan baru"]

    code, out, _ = run(capsys, *t, "hand-ins", "--class", "kelas10a")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "Budi" and lines[2] == "Siti"
    assert "1 highlight, handed in " in lines[1]
    code, out, _ = run(capsys, *t, "hand-ins", "--class", "kelas10a", "--json")
    listed = json.loads(out)
    assert [(h["student"], h["highlights"][0]["note"]) for h in listed] == [
        ("Budi", "ok"),
        ("Siti", "<script>x</script>"),
    ]
    sheet, page = tmp_path / "hand-ins.csv", tmp_path / "hand-ins.html"
    code, out, _ = run(
        capsys, *t, "hand-ins", "--class", "kelas10a", "--csv", str(sheet), "--handout", str(page)
    )
    assert code == 0 and out.splitlines() == [f"Wrote {sheet}.", f"Wrote {page}."]
    rows = sheet.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0] == "student,document,quote,note,colour,handed_in"
    assert [r.split(",")[0] for r in rows[1:]] == ["Budi", "Siti"]
    html = page.read_text()
    assert "<script>x" not in html and "&lt;script&gt;x&lt;/script&gt;" in html

    code, out, _ = run(capsys, *t, "list", "--json")
    assert [(c["class"], c["role"], c["documents"]) for c in json.loads(out)] == [
        ("kelas10a", "teacher", [sha])
    ]
    code, out, _ = run(capsys, "--data-dir", str(siti), "class", "list")
    assert out.strip() == f"kelas10a: you follow it, as Siti; Bu Ani publishes it to {share}"
    code, out, _ = run(capsys, "--data-dir", str(siti), "class", "leave", "--class", "kelas10a")
    assert code == 0 and out.startswith("You no longer follow class kelas10a")
    assert run(capsys, "--data-dir", str(siti), "class", "list", "--json")[1].strip() == "[]"


def test_a_class_through_a_webdav_server_and_a_read_only_share(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    dav: DAVServer,
) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, PASSWORD)
    teacher, siti = tmp_path / "teacher", tmp_path / "siti"
    highlight(teacher, "campuran pakar", "dari guru")
    sha = load_bundled_article().sha256
    where = ["--webdav", dav.url, "--user", USER]
    dav.faults.answer(403, "PUT")
    code, _out, err = run(
        capsys, "--data-dir", str(teacher), "class", "publish", *where, "--teacher", "Bu Ani",
        "--document", sha[:8],
    )  # fmt: skip
    assert code == 2 and "cannot be published to" in err and "read-only for you" in err
    dav.faults.clear()
    code, out, err = run(
        capsys, "--data-dir", str(teacher), "class", "publish", *where, "--teacher", "Bu Ani",
        "--document", sha[:8],
    )  # fmt: skip
    assert code == 0, err
    assert f"--webdav {dav.url} --user NAME" in out
    highlight(siti, "model bahasa", "punyaku")
    code, out, err = run(
        capsys, "--data-dir", str(siti), "class", "subscribe", *where, "--student", "Siti"
    )
    assert code == 0 and out.startswith("Subscribed to class ") and "as Siti." in out, err
    with Store(siti / NOTES_FILE) as store:
        assert [h.note for h in layer_highlights(store, sha)] == ["dari guru"]
    dav.faults.answer(403, "PUT", "/hand-ins/")
    class_id = out.split()[3]
    code, _out, err = run(
        capsys, "--data-dir", str(siti), "class", "hand-in", "--class", class_id,
        "--document", sha[:8],
    )  # fmt: skip
    assert code == 2 and "cannot be handed in to the class" in err
    dav.faults.clear()
    code, out, _ = run(
        capsys, "--data-dir", str(siti), "class", "hand-in", "--class", class_id,
        "--document", sha[:8],
    )  # fmt: skip
    assert code == 0 and f"{dav.url}{CLASS_TOP}/{class_id}/hand-ins/" in out
    code, out, _ = run(
        capsys, "--data-dir", str(teacher), "class", "hand-ins", "--class", class_id, "--json"
    )
    assert [h["highlights"][0]["note"] for h in json.loads(out)] == ["punyaku"]


def test_what_cannot_be_done_is_said_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty, data = tmp_path / "empty", tmp_path / "data"
    empty.mkdir()
    highlight(data, "model bahasa", "punyaku")
    d = ["--data-dir", str(data), "class"]
    cases = [
        (["subscribe", "--folder", str(empty), "--student", "Siti"], "holds no class"),
        (["subscribe", "--folder", str(tmp_path / "nowhere"), "--student", "S"], "is not a folder"),
        (["hand-in", "--class", "k1", "--document", "abcdef"], "You do not follow a class k1"),
        (["hand-ins", "--class", "k1"], "You do not publish a class k1"),
        (
            ["publish", "--webdav", "https://cloud.example.org/dav/", "--teacher", "A"],
            "--webdav needs --user NAME",
        ),
        (
            ["publish", "--folder", str(empty), "--teacher", "A", "--document", "ffffff"],
            "no such file, and no document's hash starts so",
        ),
        (
            ["publish", "--folder", str(empty), "--teacher", " ", "--glossary", "X"],
            "Give the teacher's name",
        ),
    ]
    for argv, said in cases:
        code, out, err = run(capsys, *d, *argv)
        assert (code, out) == (2, ""), argv
        assert said in err and len(err.splitlines()) == 1, (argv, err)
    assert not (empty / CLASS_TOP).exists()  # nothing was written anywhere
    # A hand-in of a document without notes.
    share = tmp_path / "share"
    share.mkdir()
    teacher = tmp_path / "teacher"
    highlight(teacher, "campuran pakar", "dari guru")
    publish = ["publish", "--folder", str(share), "--teacher", "Bu Ani", "--class", "k1"]
    article = str(bundled_article_path())
    assert run(capsys, "--data-dir", str(teacher), "class", *publish, "--document", article)[0] == 0
    run(capsys, *d, "subscribe", "--folder", str(share), "--student", "Siti")
    with Store(data / NOTES_FILE) as store:
        Highlights(store).delete(1)
    code, _out, err = run(
        capsys, *d, "hand-in", "--class", "k1", "--document", str(bundled_article_path())
    )
    assert code == 2 and "no highlights or notes on the document" in err

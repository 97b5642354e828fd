"""The corpus of broken inputs: for every format the app reads, the same damages (missing,
empty, a folder, garbage, a wrong encoding, cut short, huge, a pipe, a link to
/dev/zero), and the cases found one by one (by QA, by the fuzz tests) that a generic
damage does not make.

Each :class:`Case` builds itself into an empty folder and returns what a command is
given: the file (a document, a glossary, an annotation file) or, for a damaged notes
database or damaged dictionaries, the data folder that holds them. Big cases are sparse
files, made at test time: the corpus in git stays a few KB (``tests/data/broken/``).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from glossary.terms.files import to_toml
from tests.conftest import DATA
from tests.corpus import samples
from tests.glossary.dictfactories import dictd_number, write_dictd, write_dictzip

BROKEN = DATA / "broken"
MB = 1 << 20

Kind = Literal["document", "glossary", "annotations", "notes", "dictionary"]
# What a command must end with: refused (exit 2), done (0), or either.
Outcome = Literal["refused", "done", "either"]

# Known bugs, being fixed elsewhere: a case that shows one is expected to fail (strictly).
# Generic damages that show a known bug.
KNOWN_GENERIC: dict[str, str] = {}


@dataclass(frozen=True)
class Case:
    """One broken input. ``build`` makes it in an empty folder and returns the path a
    command is given (the file, or the data folder for kinds notes and dictionary)."""

    name: str
    kind: Kind
    build: Callable[[Path], Path]
    outcome: Outcome = "either"
    known_bug: str | None = None  # the test fails until this is fixed (strict xfail)
    hangs: bool = False  # takes minutes today: run only in a subprocess, with a timeout
    needs: str | None = None  # "fifo" or "/dev/zero": skipped where the system has none
    hostile: bool = False  # holds HTML and script, which nothing written may run
    kept: bool = False  # the notes database given must be left exactly as it was
    never_shows: str = ""  # a text the document as read must not have (from a None)

    def available(self) -> bool:
        if self.needs == "fifo":
            return hasattr(os, "mkfifo")
        if self.needs == "/dev/zero":
            return Path("/dev/zero").exists() and hasattr(os, "symlink")
        return True

    def __str__(self) -> str:
        return self.name


# -- formats and their valid examples ---------------------------------------------------


@dataclass(frozen=True)
class Format:
    """A format: how to write a valid example of it into a folder (returning the file
    that the damages apply to, and what a command is given), and its reader's limit."""

    name: str
    kind: Kind
    make: Callable[[Path], tuple[Path, Path]]
    limit: int  # bytes: the huge case is larger
    text: bool  # a text format: the wrong-encoding cases apply


def _file(name: str, contents: Callable[[Path], bytes]) -> Callable[[Path], tuple[Path, Path]]:
    def make(folder: Path) -> tuple[Path, Path]:
        path = folder / name
        path.write_bytes(contents(folder / "work"))
        return path, path

    return make


def _notes(folder: Path) -> tuple[Path, Path]:
    data = samples.data_dir(folder)
    return samples.fill_notes(data), data


def _dictionary(kind: str, file_name: str) -> Callable[[Path], tuple[Path, Path]]:
    def make(folder: Path) -> tuple[Path, Path]:
        data = samples.data_dir(folder)
        return samples.dictionaries(data, kind) / file_name, data

    return make


FORMATS = [
    Format("txt", "document", _file("teks.txt", lambda _f: samples.txt()), 50 * MB, True),
    Format("md", "document", _file("artikel.md", lambda _f: samples.markdown()), 50 * MB, True),
    Format("html", "document", _file("halaman.html", lambda _f: samples.html()), 50 * MB, True),
    Format("htm", "document", _file("halaman.htm", lambda _f: samples.html()), 50 * MB, True),
    Format("xhtml", "document", _file("halaman.xhtml", lambda _f: samples.html()), 50 * MB, True),
    Format("epub", "document", _file("buku.epub", samples.epub), 50 * MB, False),
    Format("docx", "document", _file("laporan.docx", samples.word), 50 * MB, False),
    Format("pdf", "document", _file("jurnal.pdf", samples.pdf), 200 * MB, False),
    Format(
        "toml",
        "glossary",
        _file("glosarium.toml", lambda _f: samples.toml_glossary()),
        20 * MB,
        True,
    ),
    Format(
        "csv", "glossary", _file("glosarium.csv", lambda _f: samples.csv_glossary()), 20 * MB, True
    ),
    Format(
        "json",
        "annotations",
        _file("catatan.json", lambda _f: samples.annotations()),
        50 * MB,
        True,
    ),
    Format("sqlite", "notes", _notes, 0, False),
    Format(
        "dictd-index", "dictionary", _dictionary("dictd", "freedict-ind-eng.index"), 64 * MB, True
    ),
    Format("dictd-dict", "dictionary", _dictionary("dictd", "freedict-ind-eng.dict"), 0, True),
    Format("dictzip", "dictionary", _dictionary("dictzip", "freedict-ind-eng.dict.dz"), 0, False),
    Format("stardict-ifo", "dictionary", _dictionary("stardict", "stardict-ind-eng.ifo"), MB, True),
    Format(
        "stardict-idx",
        "dictionary",
        _dictionary("stardict", "stardict-ind-eng.idx"),
        64 * MB,
        False,
    ),
    Format(
        "stardict-dict", "dictionary", _dictionary("stardict", "stardict-ind-eng.dict"), 0, False
    ),
]


# -- the damages every format gets --------------------------------------------------------


def _missing(path: Path, valid: bytes) -> None:
    path.unlink()


def _empty(path: Path, valid: bytes) -> None:
    path.write_bytes(b"")


def _folder(path: Path, valid: bytes) -> None:
    path.unlink()
    path.mkdir()
    (path / "inside.txt").write_text("a file inside the folder\n", encoding="utf-8")


def _garbage(path: Path, valid: bytes) -> None:
    path.write_bytes(random.Random(path.name).randbytes(4096))


def _utf16(path: Path, valid: bytes) -> None:
    path.write_bytes(valid.decode("utf-8").encode("utf-16"))


def _cp1252(path: Path, valid: bytes) -> None:
    path.write_bytes(valid.decode("utf-8").encode("cp1252", errors="replace"))


def _truncated(path: Path, valid: bytes) -> None:
    path.write_bytes(valid[: len(valid) // 2])


def _huge(limit: int) -> Callable[[Path, bytes], None]:
    # Sparse: the valid start, then zeros (holes) up to past the limit; nothing is written.
    size = limit + 16 * MB if limit else 3 << 30

    def damage(path: Path, valid: bytes) -> None:
        with path.open("r+b") as handle:
            handle.truncate(size)

    return damage


def _fifo(path: Path, valid: bytes) -> None:
    path.unlink()
    os.mkfifo(path)


def _dev_zero(path: Path, valid: bytes) -> None:
    path.unlink()
    path.symlink_to("/dev/zero")


def _damaged(fmt: Format) -> Iterator[Case]:
    # A file that is not there, not a file or never ends is refused; for the notes and
    # dictionaries in a data folder what the command ends with depends on the command.
    refused: Outcome = (
        "refused" if fmt.kind in ("document", "glossary", "annotations") else "either"
    )
    damages: list[tuple[str, Callable[[Path, bytes], None], Outcome, str | None]] = [
        ("missing", _missing, refused, None),
        ("empty", _empty, refused, None),
        ("folder", _folder, refused, None),
        ("garbage", _garbage, "either", None),
        ("truncated", _truncated, "either", None),
        ("huge", _huge(fmt.limit), refused, None),
        ("fifo", _fifo, refused, "fifo"),
        ("dev-zero", _dev_zero, refused, "/dev/zero"),
    ]
    if fmt.text:
        damages += [("utf16", _utf16, "either", None), ("cp1252", _cp1252, "either", None)]
    for damage_name, damage, outcome, needs in damages:

        def build(folder: Path, damage: Callable[[Path, bytes], None] = damage) -> Path:
            target, given = fmt.make(folder)
            damage(target, target.read_bytes())
            return given

        kind = fmt.kind
        name = f"{fmt.name}-{damage_name}"
        yield Case(
            name,
            kind,
            build,
            known_bug=KNOWN_GENERIC.get(name),
            # A damaged dictionary is a warning: the lookup itself goes on.
            outcome="done" if kind == "dictionary" else outcome,
            needs=needs,
            # The command line never repairs a notes database: only the window does
            # (open_store). A database followed by gigabytes of zeros still works.
            kept=kind == "notes" and damage_name not in ("missing", "huge"),
        )


# -- documents ----------------------------------------------------------------------------


def _write(name: str, data: bytes | str | Callable[[], bytes | str]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        contents = data() if callable(data) else data
        path.write_bytes(contents.encode("utf-8") if isinstance(contents, str) else contents)
        return path

    return build


def _from_file(name: str) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / name
        shutil.copyfile(BROKEN / name, path)
        return path

    return build


HOSTILE_HTML = (
    "<html><head><title>Serangan</title><script>alert('kepala')</script></head><body>"
    "<h1>Judul <script>alert('judul')</script></h1>"
    "<p onclick=\"alert('klik')\">Teks tentang DeepSeek <img src=x onerror=\"alert('gambar')\">"
    "<iframe src=\"javascript:alert('bingkai')\">alert('bingkai')</iframe>"
    "<a href=\"javascript:alert('tautan')\">tautan</a> &lt;script&gt;teks&lt;/script&gt;</p>"
    "<style>body{background:url(javascript:alert('gaya'))}</style>"
    "<svg onload=\"alert('svg')\"><script>alert('svg2')</script></svg>"
    "<object data=x>alert('objek')</object><template><script>alert('templat')</script></template>"
    "</body></html>"
)


def _document_cases() -> Iterator[Case]:
    doc, done = "document", "done"
    yield Case("html-script", doc, _write("serangan.html", HOSTILE_HTML), done, hostile=True)
    yield Case(
        "md-script",
        doc,
        _write("serangan.md", f"# Judul {samples.HOSTILE}\n\n{samples.HOSTILE} DeepSeek\n"),
        done,
        hostile=True,
    )
    yield Case(
        "txt-script",
        doc,
        _write("serangan.txt", f"{samples.HOSTILE} DeepSeek\n"),
        done,
        hostile=True,
    )
    yield Case(
        "html-unclosed-b",
        doc,
        _write("tebal.html", "<html><body>" + "<p><b>kata " * 8000 + "</body></html>"),
        hangs=True,
    )
    yield Case(
        "md-emphasis-marks",
        doc,
        _write("penekanan.md", "*_" * 50_000 + "\n"),
        hangs=True,
    )
    yield Case("md-only-marks", doc, _write("tanda.md", "*" * 100_000 + "\n"))
    nesting = 100_000
    yield Case(
        "html-deep-nesting", doc, _write("dalam.html", "<div>" * nesting + "teks" + "</div>" * 9)
    )
    yield Case("html-deep-lists", doc, _write("daftar.html", "<ul><li>butir " * 20_000 + "akhir"))
    yield Case("md-deep-quotes", doc, _write("kutipan.md", ">" * nesting + " teks\n"))
    yield Case(
        "md-deep-lists",
        doc,
        _write("daftar.md", "".join(" " * (2 * i) + f"- butir {i}\n" for i in range(1500))),
    )
    yield Case(
        "md-deep-front-matter",
        doc,
        _write("kepala.md", "+++\njudul = " + "[" * nesting + "\n+++\n\nTeks.\n"),
        "refused",
    )
    yield Case(
        "md-front-matter-huge-integer",
        doc,
        _write("angka.md", f"+++\nx = {'9' * 5000}\n+++\n\nTeks.\n"),
    )
    yield Case(
        "md-front-matter-dotted-keys",
        doc,
        _write("titik.md", "+++\n" + ".".join(["a"] * 80_000) + " = 1\n+++\n\nTeks.\n"),
        hangs=True,
    )
    yield Case(
        "md-front-matter-unclosed",
        doc,
        _write("terbuka.md", "+++\ntitle = 'x'\n\nTeks.\n"),
        "refused",
    )
    yield Case("txt-one-long-line", doc, _write("baris.txt", ("kata DeepSeek " * 100_000).encode()))
    yield Case("txt-nul-bytes", doc, _write("nul.txt", b"Teks\x00dengan\x00NUL " * 100), "refused")
    yield Case("txt-control-chars", doc, _write("kendali.txt", bytes(range(1, 32)) * 50 + b"teks"))
    yield Case(
        "txt-utf16-bom-garbage", doc, _write("bom.txt", b"\xff\xfe" + b"\x00\xd8" * 500 + b"a\x00")
    )
    yield Case("txt-lone-surrogates", doc, _write("surrogat.txt", b"teks \xed\xa0\x80 lagi " * 50))
    yield Case(
        "html-meta-charset-bogus",
        doc,
        _write(
            "charset.html",
            '<meta charset="x-no-such-encoding"><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-7"><p>teks +ADw-script+AD4-</p>',
        ),
    )
    yield Case(
        "html-comment-unclosed", doc, _write("komentar.html", "<p>teks</p><!--" + "x" * 50_000)
    )
    yield Case("html-only-script", doc, _write("skrip.html", "<script>" + "x" * 10_000), "refused")
    yield from _epub_cases()


# -- EPUB books, written entry by entry ----------------------------------------------------

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" '
    'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles>'
    '<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
    "</rootfiles></container>"
)
CHAPTER = (
    '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
    "<head><title>{title}</title></head><body>{body}</body></html>"
)


def _opf(manifest: str, spine: str, metadata: str | None = None) -> str:
    if metadata is None:
        metadata = (
            '<dc:identifier id="bookid">uji</dc:identifier><dc:title>Buku Rusak</dc:title>'
            "<dc:language>id</dc:language>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" '
        'version="2.0" unique-identifier="bookid"><metadata '
        f'xmlns:dc="http://purl.org/dc/elements/1.1/">{metadata}</metadata>'
        f'<manifest>{manifest}</manifest><spine toc="ncx">{spine}</spine></package>'
    )


def _ncx(nav_points: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
        'version="2005-1"><head><meta name="dtb:uid" content="uji"/></head>'
        f"<docTitle><text>Buku</text></docTitle><navMap>{nav_points}</navMap></ncx>"
    )


def _nav_point(number: int, title: str | None, src: str | None, inner: str = "") -> str:
    label = f"<navLabel><text>{title}</text></navLabel>" if title is not None else ""
    content = f'<content src="{src}"/>' if src is not None else ""
    return f'<navPoint id="n{number}" playOrder="{number}">{label}{content}{inner}</navPoint>'


NCX_ITEM = '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>'


def _chapter_item(number: int) -> str:
    return f'<item id="c{number}" href="c{number}.xhtml" media-type="application/xhtml+xml"/>'


def _book(files: dict[str, str | bytes], *, container: bool = True) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        path = folder / "buku.epub"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("mimetype", b"application/epub+zip", zipfile.ZIP_STORED)
            if container:
                archive.writestr("META-INF/container.xml", CONTAINER)
            for name, data in files.items():
                archive.writestr(name, data)
        return path

    return build


def _plain_book(
    nav_points: str, *, chapters: int = 2, spine: str | None = None, extra: str = ""
) -> dict[str, str | bytes]:
    manifest = NCX_ITEM + "".join(_chapter_item(n) for n in range(1, chapters + 1)) + extra
    if spine is None:
        spine = "".join(f'<itemref idref="c{n}"/>' for n in range(1, chapters + 1))
    files: dict[str, str | bytes] = {
        "OEBPS/content.opf": _opf(manifest, spine),
        "OEBPS/toc.ncx": _ncx(nav_points),
    }
    for n in range(1, chapters + 1):
        files[f"OEBPS/c{n}.xhtml"] = CHAPTER.format(
            title=f"Bab {n}", body=f"<p>Bab {n}: {samples.PARAGRAPH}</p>"
        )
    return files


def _nested_toc(depth: int, src: Callable[[int], str]) -> str:
    inner = ""
    for number in range(depth, 0, -1):
        inner = _nav_point(number, f"Bagian {number}", src(number), inner)
    return inner


def _epub_cases() -> Iterator[Case]:
    doc = "document"
    good_toc = _nav_point(1, "Bab 1", "c1.xhtml") + _nav_point(2, "Bab 2", "c2.xhtml")
    yield Case("epub-no-container", doc, _book(_plain_book(good_toc), container=False), "refused")
    yield Case(
        "epub-container-points-nowhere",
        doc,
        _book({"OEBPS/lain.opf": _opf(NCX_ITEM, "")}),
        "refused",
    )
    yield Case(
        "epub-toc-deep",  # deeper than XML parsers take
        doc,
        _book(_plain_book(_nested_toc(5_000, lambda n: f"c{n % 2 + 1}.xhtml"))),
    )
    yield Case(
        "epub-toc-nested-200",  # as deep as XML parsers take
        doc,
        _book(_plain_book(_nested_toc(200, lambda n: f"c{n % 2 + 1}.xhtml"))),
    )
    yield Case(
        "epub-toc-self-referencing",  # entries that point at the table itself, or at nothing
        doc,
        _book(
            _plain_book(
                _nav_point(1, "Daftar isi", "toc.ncx", _nav_point(2, "Lagi", "toc.ncx#n1"))
                + _nav_point(3, "Bab 1", "c1.xhtml#c1.xhtml")
                + _nav_point(4, "Luar", "../../../etc/passwd")
                + _nav_point(5, "Kosong", "")
                + _nav_point(6, "Bab 2", "c2.xhtml", _nav_point(7, "Bab 2 lagi", "c2.xhtml")),
                spine='<itemref idref="c1"/><itemref idref="ncx"/><itemref idref="c2"/>',
            )
        ),
    )
    yield Case(
        "epub-toc-none-names",  # table entries with no title, no target, or "None" ones
        doc,
        _book(
            _plain_book(
                _nav_point(1, "", "c1.xhtml")
                + _nav_point(2, None, "c1.xhtml#awal")
                + _nav_point(3, "", None)
                + _nav_point(4, "null", "c2.xhtml", _nav_point(5, None, None)),
            )
        ),
        "done",
        never_shows="None",
    )
    yield Case(
        "epub-manifest-none-names",  # items and reading order naming nothing, or "None"
        doc,
        _book(
            {
                **_plain_book(
                    good_toc,
                    spine='<itemref idref="c1"/><itemref idref="None"/><itemref/>'
                    '<itemref idref="tanpa-href"/><itemref idref="c2"/>',
                    extra='<item id="tanpa-href" media-type="application/xhtml+xml"/>'
                    '<item id="None" href="None" media-type="application/xhtml+xml"/>'
                    '<item href="null" media-type="application/xhtml+xml"/>',
                ),
                "None": b"None",
                "OEBPS/None": CHAPTER.format(title="None", body="<p>None</p>"),
                "null": b"",
            }
        ),
    )
    yield Case(
        "epub-zip-names-none",  # archive entries named like nothing
        doc,
        _book({**_plain_book(good_toc), "None": b"None", "null": b"", "OEBPS/None": b"x"}),
    )
    yield Case(
        "epub-no-metadata",
        doc,
        _book(
            {
                **_plain_book(good_toc),
                "OEBPS/content.opf": _opf(
                    NCX_ITEM + _chapter_item(1) + _chapter_item(2),
                    '<itemref idref="c1"/><itemref idref="c2"/>',
                    metadata="",
                ),
            }
        ),
    )
    yield Case(
        "epub-spine-repeats",  # one chapter listed 20,000 times in the reading order
        doc,
        _book(_plain_book(good_toc, spine='<itemref idref="c1"/>' * 20_000)),
    )
    yield Case(
        "epub-entities",
        doc,
        _book(
            {
                **_plain_book(good_toc),
                "OEBPS/c1.xhtml": '<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaa">'
                '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><html><body><p>&b;</p></body></html>',
            }
        ),
        "refused",
    )
    yield Case(
        "epub-deep-chapter",
        doc,
        _book(
            {
                **_plain_book(good_toc),
                "OEBPS/c1.xhtml": CHAPTER.format(title="Dalam", body="<div>" * 100_000 + "teks"),
            }
        ),
    )
    yield Case(
        "epub-script-chapter",
        doc,
        _book(
            {
                **_plain_book(good_toc),
                "OEBPS/c1.xhtml": f"<html><body>{HOSTILE_HTML}<p>DeepSeek</p></body></html>",
            }
        ),
        "done",
        hostile=True,
    )
    yield Case(
        "epub-chapter-binary",
        doc,
        _book({**_plain_book(good_toc), "OEBPS/c1.xhtml": random.Random(1).randbytes(3000)}),
    )
    yield Case(
        "epub-path-outside",
        doc,
        _book({**_plain_book(good_toc), "../../keluar.xhtml": "<p>luar</p>"}),
        "refused",
    )


# -- glossaries ---------------------------------------------------------------------------


def _glossary_cases() -> Iterator[Case]:
    gl = "glossary"
    yield Case(
        "toml-no-entry",
        gl,
        _from_file("glossary-no-entry.toml"),
    )
    yield Case(
        "toml-inline-entries",
        gl,
        _from_file("glossary-inline-entries.toml"),
    )
    yield Case(
        "toml-own-export-of-empty-glossary",  # what "glossary export" writes for no entries
        gl,
        _write("kosong.toml", to_toml("Kosong", {}, [])),
    )
    hostile = [
        {
            **entry,
            "definition_id": f"{samples.HOSTILE} {entry['definition_id']}",
            "definition_en": f"{samples.HOSTILE} {entry['definition_en']}",
            "term_en": f"{entry['term_en']} <i>x</i>",
            "usage_en": "<script>alert('pakai')</script>",
        }
        for entry in samples.glossary_entries()
    ]
    yield Case(
        "toml-script-text",
        gl,
        _write("serangan.toml", samples.toml_glossary(hostile)),
        "done",
        hostile=True,
    )
    yield Case(
        "csv-script-text",
        gl,
        _write(
            "serangan.csv",
            "term_id,term_en,definition_id,definition_en\r\n"
            f'rumah,house,"{samples.HOSTILE.replace(chr(34), chr(34) * 2)}",'
            '"=HYPERLINK(""http://x"")"\r\n',
        ),
        "done",
        hostile=True,
    )
    nesting = 100_000
    yield Case("toml-deep-arrays", gl, _write("dalam.toml", "a = " + "[" * nesting), "refused")
    yield Case(
        "toml-deep-inline-tables", gl, _write("tabel.toml", "a = " + "{b = " * nesting), "refused"
    )
    yield Case(
        "toml-deep-dotted-keys",
        gl,
        _write("titik.toml", ".".join(["a"] * 80_000) + " = 1\n"),
        hangs=True,
    )
    wrong_types = (
        samples.toml_glossary([]).decode()
        + "[[entry]]\nid = 7\ncategory = 'teknologi'\nterm_id = 1979-05-27T07:32:00Z\n"
        "term_en = true\naliases_id = 'LLM'\naliases_en = [1, 2.5, inf]\n"
        "definition_id = {x = 1}\ndefinition_en = [[]]\nusage_id = nan\nusage_en = 07:32:00\n"
        "related = [[1], {a = 2}]\n"
    )
    yield Case("toml-wrong-types", gl, _write("jenis.toml", wrong_types), "refused")
    yield Case(
        "toml-odd-tables",
        gl,
        _write(
            "tabel-aneh.toml",
            "glossary = 3\ncategories = [1, 2]\nentry = 5\n",
        ),
        "refused",
    )
    yield Case(
        "toml-entries-not-tables",
        gl,
        _write("bukan-tabel.toml", "entry = [1, 'dua', [3]]\n[glossary]\nname = 'x'\n"),
    )
    yield Case(
        "toml-huge-numbers",
        gl,
        _write("angka.toml", f"x = {'9' * 5000}\n" + samples.toml_glossary().decode()),
    )
    yield Case(
        "csv-huge-cell",
        gl,
        _write("sel.csv", "term_id,term_en,definition_id,definition_en\r\na,b,c," + "d" * 300_000),
        "refused",
    )
    yield Case(
        "csv-unclosed-quote",
        gl,
        _write("kutip.csv", 'term_id,term_en,definition_id,definition_en\r\n"a,b,c,d\r\n'),
        "refused",
    )
    yield Case(
        "csv-terminal-escapes",  # quoted in the message: shown, never obeyed
        gl,
        _write("escape.csv", "term_id,term_en,\x1b[2J\x1b]0;judul\x07,\rdefinition_en\u202e\r\n"),
        "refused",
    )
    yield Case(
        "csv-line-break-in-column-name",  # each problem of the list on a line of its own
        gl,
        _write("baris.csv", 'term_id,term_en,definition_id,definition_en,"catatan\nlain"\r\n'),
        "refused",
    )
    yield Case(
        "csv-only-header",
        gl,
        _write("kepala.csv", "term_id,term_en,definition_id,definition_en\r\n"),
    )
    yield Case(
        "csv-many-columns",
        gl,
        _write("kolom.csv", ",".join(f"c{i}" for i in range(20_000)) + "\r\n" + "x," * 20_000),
        "refused",
    )
    yield Case(
        "csv-nul-cell",
        gl,
        _write(
            "nul.csv", b"term_id,term_en,definition_id,definition_en\r\n" + b"a\x00,b,c,d\r\n" * 3
        ),
        "refused",
    )
    yield Case(
        "glossary-wrong-suffix", gl, _write("glosarium.txt", samples.toml_glossary()), "refused"
    )


# -- annotation files ---------------------------------------------------------------------


def _json(name: str, value: Callable[[], object]) -> Callable[[Path], Path]:
    # ASCII: a lone surrogate is written as its escape, as other tools may write it.
    return _write(name, lambda: json.dumps(value()))


def _annotation_cases() -> Iterator[Case]:
    an = "annotations"
    yield Case("json-end-2-63", an, _from_file("annotation-end-2-63.json"), "refused")
    yield Case("json-start-2-63", an, _from_file("annotation-start-2-63.json"), "refused")
    nesting = 100_000
    yield Case(
        "json-deep-arrays", an, _write("dalam.json", "[" * nesting + "]" * nesting), "refused"
    )
    yield Case(
        "json-deep-objects",
        an,
        _write("objek.json", '{"a":' * nesting + "1" + "}" * nesting),
        "refused",
    )
    yield Case("json-nested-just-under-limit", an, _json("hampir.json", _nested_note))
    yield Case(
        "json-script-note",
        an,
        _write(
            "serangan.json",
            lambda: samples.annotations(
                samples.annotation(note=samples.HOSTILE + "\n<b>baris dua</b>")
            ),
        ),
        "done",
        hostile=True,
    )
    yield Case("json-huge-number", an, _write("angka.json", "[" + "9" * 100_000 + "]"), "refused")
    yield Case("json-negative-offsets", an, _json("negatif.json", _negative_offsets), "refused")
    yield Case(
        "json-nan",
        an,
        _write(
            "nan.json", lambda: samples.annotations().replace(b'"start": ', b'"start": NaN, "x": ')
        ),
    )
    yield Case(
        "json-lone-surrogate",
        an,
        _json("surrogat.json", lambda: [samples.annotation(note="\ud800")]),
        "refused",
    )
    yield Case("json-odd-types", an, _json("jenis.json", _odd_types), "refused")
    yield Case(
        "json-id-line-breaks",  # quoted in the message, which stays one line
        an,
        _json(
            "baris.json",
            lambda: [{"id": "a\nb\r\nc\x1b[2J", "type": "Annotation", "target": {"x": 1}}],
        ),
        "refused",
    )
    yield Case(
        "json-pages-as-links",
        an,
        _json(
            "tautan.json",
            lambda: {"type": "AnnotationCollection", "first": "http://example.org/p1"},
        ),
        "refused",
    )
    yield Case(
        "json-quote-not-in-any-document",
        an,
        _write(
            "tidak-ada.json",
            lambda: samples.annotations(
                samples.annotation(exact="tidak ada di mana pun", sha256="ab" * 32)
            ),
        ),
        "refused",
    )
    yield Case(
        "json-many-annotations",
        an,
        _write(
            "banyak.json",
            lambda: samples.annotations(*(samples.annotation(number=n) for n in range(1, 3001))),
        ),
        "done",
    )


def _nested_note() -> list[dict[str, Any]]:
    deep = samples.annotation()
    del deep["id"]  # its uuid is then made from its content, nested as it is
    node = deep
    for _ in range(95):  # just under the depth limit: the reader must not recurse past it
        child: dict[str, Any] = {"type": "TextualBody"}
        node["next"] = child
        node = child
    return [deep]


def _negative_offsets() -> list[dict[str, Any]]:
    wrong = samples.annotation()
    wrong["target"]["selector"][1] = {"type": "TextPositionSelector", "start": -5, "end": "10"}
    return [wrong]


def _odd_types() -> list[Any]:
    odd = samples.annotation()
    odd["target"] = [1, "x", None, {"selector": 5}, {"selector": [None, 3, {"type": 7}]}]
    odd["body"] = [1, {"type": ["TextualBody"], "value": 5}]
    odd["creator"] = [[{"name": {"x": 1}}]]
    odd["type"] = ["Annotation", None, 3]
    return [odd, 5, None, "x"]


# -- notes databases ----------------------------------------------------------------------


def _notes_with(contents: Callable[[Path, bytes], bytes | None]) -> Callable[[Path], Path]:
    """A data folder with notes and their backup, whose database is then replaced by
    ``contents(path, valid)`` (None: left as the function made it)."""

    def build(folder: Path) -> Path:
        data = samples.data_dir(folder)
        path = samples.fill_notes(data)
        replaced = contents(path, path.read_bytes())
        if replaced is not None:
            path.write_bytes(replaced)
        return data

    return build


def _newer_schema(path: Path, valid: bytes) -> None:
    db = sqlite3.connect(path)
    try:
        db.execute("PRAGMA user_version = 999")
    finally:
        db.close()


def _overwritten_pages(path: Path, valid: bytes) -> bytes:
    data = bytearray(valid)
    rng = random.Random(3)
    for page in range(1, len(data) // 4096):  # the header stays; every other page is hit
        start = page * 4096 + rng.randrange(4096 - 64)
        data[start : start + 64] = rng.randbytes(64)
    return bytes(data)


def _notes_cases() -> Iterator[Case]:
    nt = "notes"
    yield Case(
        "notes-zero-byte",  # cut to nothing while its backup holds the notes
        nt,
        _notes_with(lambda _p, _v: b""),
        kept=True,
    )
    yield Case(
        "notes-truncated",
        nt,
        _notes_with(lambda _p, valid: valid[: len(valid) // 2 + 100]),
        kept=True,
    )
    yield Case(
        "notes-pdf",
        nt,
        _notes_with(lambda _p, _v: (BROKEN / "notes-database.pdf").read_bytes()),
        kept=True,
    )
    yield Case("notes-overwritten-pages", nt, _notes_with(_overwritten_pages), kept=True)
    yield Case("notes-newer-schema", nt, _notes_with(_newer_schema), kept=True)
    yield Case(
        "notes-header-only",
        nt,
        _notes_with(lambda _p, valid: valid[:100]),
        kept=True,
    )


# -- dictionaries -------------------------------------------------------------------------


def _dictionary_folder(write: Callable[[Path], None]) -> Callable[[Path], Path]:
    def build(folder: Path) -> Path:
        data = samples.data_dir(folder)
        write(data / "dictionaries")
        return data

    return build


def _claims_2gb(folder: Path) -> None:
    # A dictzip whose index says a definition is 2 GB long (and another at 2**40).
    index = write_dictd(folder, "freedict-ind-eng", samples.DICTIONARY_WORDS, compress=True)
    lines = index.read_text(encoding="utf-8").splitlines()
    head, offset, _length = lines[0].split("\t")
    lines[0] = f"{head}\t{offset}\t{dictd_number(2 << 30)}"
    lines.append(f"pasar\t{dictd_number(1 << 40)}\t{dictd_number(10)}")
    index.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _index_150mb(folder: Path) -> None:
    index = write_dictd(folder, "freedict-ind-eng", samples.DICTIONARY_WORDS)
    with index.open("r+b") as handle:
        handle.truncate(150 * MB)


def _dictzip_bad_table(folder: Path) -> None:
    # A chunk table that claims 65,535 chunks of 65,535 bytes in a file of a few bytes.
    index = write_dictd(folder, "freedict-ind-eng", samples.DICTIONARY_WORDS, compress=True)
    data = index.with_suffix(".dict.dz")
    raw = bytearray(data.read_bytes())
    raw[16:22] = (
        (1).to_bytes(2, "little") + (0xFFFF).to_bytes(2, "little") + (0xFFFF).to_bytes(2, "little")
    )
    data.write_bytes(bytes(raw))


def _dictzip_bomb(folder: Path) -> None:
    # An index claiming a 900 KB definition in one chunk that inflates from zeros.
    (folder).mkdir(parents=True, exist_ok=True)
    write_dictzip(folder / "freedict-ind-eng.dict.dz", bytes(900_000), chunk_length=60_000)
    (folder / "freedict-ind-eng.index").write_text(
        f"rumah\tA\t{dictd_number(900_000)}\n", encoding="utf-8"
    )


def _stardict_lies(folder: Path) -> None:
    samples.dictionaries(folder.parent, "stardict")
    info = folder / "stardict-ind-eng.ifo"
    info.write_text(
        info.read_text(encoding="utf-8")
        .replace("wordcount=3", f"wordcount={10**30}")
        .replace("sametypesequence=m", "sametypesequence=" + "W" * 1000),
        encoding="utf-8",
    )
    idx = folder / "stardict-ind-eng.idx"
    # An entry at offset 2**32 - 1, of size 2**32 - 1.
    idx.write_bytes(idx.read_bytes() + b"rumah\0" + b"\xff" * 8)


def _stardict_64bit_claims(folder: Path) -> None:
    from tests.glossary.dictfactories import write_stardict

    write_stardict(folder, "stardict-ind-eng", samples.DICTIONARY_WORDS, offset_bits=64)
    idx = folder / "stardict-ind-eng.idx"
    idx.write_bytes(idx.read_bytes() + b"makan\0" + b"\x7f" + b"\xff" * 7 + b"\x00\x00\x00\x10")


def _stardict_idxoffsetbits(folder: Path) -> None:
    samples.dictionaries(folder.parent, "stardict")
    info = folder / "stardict-ind-eng.ifo"
    info.write_text(info.read_text(encoding="utf-8") + "idxoffsetbits=128\n", encoding="utf-8")


def _stardict_markup(folder: Path) -> None:
    from tests.glossary.dictfactories import write_stardict

    deep = "<div>" * 50_000 + "rumah" + "<b>" * 50_000
    write_stardict(
        folder,
        "stardict-ind-eng",
        {"rumah": [("h", samples.HOSTILE + deep)], "makan": [("x", "<k>makan</k>" * 1000)]},
        sametypesequence=None,
    )


def _dictionary_cases() -> Iterator[Case]:
    dc, done = "dictionary", "done"
    yield Case("dictzip-claims-2gb-definition", dc, _dictionary_folder(_claims_2gb), done)
    yield Case("dictd-index-150mb", dc, _dictionary_folder(_index_150mb), done)
    yield Case("dictzip-bad-chunk-table", dc, _dictionary_folder(_dictzip_bad_table), done)
    yield Case("dictzip-zeros-bomb", dc, _dictionary_folder(_dictzip_bomb), done)
    yield Case("stardict-lying-counts", dc, _dictionary_folder(_stardict_lies), done)
    yield Case("stardict-64bit-offsets", dc, _dictionary_folder(_stardict_64bit_claims), done)
    yield Case("stardict-idxoffsetbits-128", dc, _dictionary_folder(_stardict_idxoffsetbits), done)
    yield Case("stardict-deep-markup", dc, _dictionary_folder(_stardict_markup), done)
    yield Case(
        "dictd-index-lines-garbled",
        dc,
        _dictionary_folder(
            lambda folder: write_dictd(
                folder, "freedict-ind-eng", [("rumah\tA\tB", "x"), ("\t\t", "y"), ("makan", "z")]
            )
        ),
        done,
    )


def all_cases() -> list[Case]:
    found = [case for fmt in FORMATS for case in _damaged(fmt)]
    found += [
        *_document_cases(),
        *_glossary_cases(),
        *_annotation_cases(),
        *_notes_cases(),
        *_dictionary_cases(),
    ]
    names = [case.name for case in found]
    assert len(names) == len(set(names)), "case names must be unique"
    return found


CASES = all_cases()


def cases(kind: Kind | None = None) -> list[Case]:
    return [case for case in CASES if kind is None or case.kind == kind]


def case(name: str) -> Case:
    return next(c for c in CASES if c.name == name)

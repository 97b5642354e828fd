"""A valid file of every format the app reads, as bytes (or written into a folder): what
the broken cases damage and what the fuzz tests mutate. Each is small and has the
features its reader handles (headings, lists, emphasis, non-ASCII text, glossary terms,
notes on the bundled article), so that a mutation reaches deep into the reader."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from glossary.documents.loading import load_bundled_article
from glossary.notes.backups import take_backup
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store
from glossary.paths import NOTES_FILE
from glossary.terms.files import parse_toml
from glossary.terms.own import OwnGlossaries
from glossary.words.setup import FOLDERS_FILE, OWN_DICTIONARIES
from tests.glossary.bookfactories import write_epub
from tests.glossary.dictfactories import write_dictd, write_stardict

# Non-ASCII on purpose (curly quotes, a dash, accents): a wrong encoding shows.
PARAGRAPH = (
    "DeepSeek membuat “model bahasa” besar – lebih murah daripada Nvidia; "
    "kafe di Jakarta membahas naïveté pasar dan Rp 1.000 per saham."
)
OWN_GLOSSARY = "Milik Saya"
# Words the sample dictionaries define (``lookup`` finds them).
DICTIONARY_WORDS = {"rumah": "house; home", "makan": "to eat", "pasar": "market"}
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)><b>tebal</b> & &amp;'


def txt() -> bytes:
    return f"Judul Uji\n\n{PARAGRAPH}\n\n- butir satu\n- butir dua\n".encode()


def markdown() -> bytes:
    return (
        '+++\ntitle = "Uji Markdown"\nlanguage = "id"\n+++\n\n'
        f"# Judul\n\n{PARAGRAPH} *miring* dan **tebal**, `kode` dan [tautan](http://x).\n\n"
        "- butir satu\n- butir _dua_\n1. nomor\n\n> kutipan tentang DeepSeek\n\n---\n\nAkhir.\n"
    ).encode()


def html() -> bytes:
    return (
        '<!DOCTYPE html>\n<html lang="id"><head><meta charset="utf-8"><title>Uji HTML</title>'
        "<style>p { color: red }</style></head>\n<body><h1>Judul</h1>\n"
        f"<p>{PARAGRAPH} <b>tebal</b> <i>miring</i> <code>kode</code></p>\n"
        "<ul><li>satu</li><li>dua</li></ul><ol><li>pertama</li></ol>\n"
        "<blockquote>kutipan</blockquote><pre>baris\nbaris</pre><hr>"
        "<table><tr><td>sel</td><th>kepala</th></tr></table></body></html>\n"
    ).encode()


def word(_folder: Path) -> bytes:
    from tests.glossary.wordfactories import sample, to_bytes

    return to_bytes(sample())


def pdf(_folder: Path) -> bytes:
    from tests.glossary.pdffactories import Line, paragraph_lines, write_pdf

    title = Line(72, 780, "Jurnal Uji", 16, bold=True)
    return write_pdf([[title, *paragraph_lines(PARAGRAPH, top=740)], paragraph_lines("Akhir.")])


def epub(folder: Path) -> bytes:
    folder.mkdir(parents=True, exist_ok=True)
    path = write_epub(
        folder / "sample.epub",
        [
            ("Bab Satu", f"<h1>Bab Satu</h1><p>{PARAGRAPH}</p>"),
            ("Bab Dua", "<p>Teks bab dua tentang <b>Nvidia</b>.</p><ul><li>butir</li></ul>"),
        ],
    )
    data = path.read_bytes()
    path.unlink()
    return data


def _toml_string(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML string


def glossary_entries() -> list[dict[str, Any]]:
    return [
        {
            "id": "model-bahasa",
            "category": "teknologi",
            "term_id": "model bahasa",
            "term_en": "language model",
            "aliases_id": ["LLM"],
            "aliases_en": [],
            "definition_id": "Program yang meramalkan kata berikutnya.",
            "definition_en": "A program that predicts the next word.",
            "usage_id": "",
            "usage_en": "",
            "related": ["saham"],
        },
        {
            "id": "saham",
            "category": "teknologi",
            "term_id": "saham",
            "term_en": "share",
            "aliases_id": [],
            "aliases_en": ["stock"],
            "definition_id": "Bagian kepemilikan perusahaan – “ekuitas”.",
            "definition_en": "A part of a company's ownership.",
            "usage_id": "Rp 1.000 per saham.",
            "usage_en": "",
            "related": [],
        },
    ]


def toml_glossary(entries: list[dict[str, Any]] | None = None, name: str = OWN_GLOSSARY) -> bytes:
    lines = [
        "[glossary]",
        f"name = {_toml_string(name)}",
        'source_language = "id"',
        "",
        "[categories.teknologi]",
        'en = "Technology"',
        'id = "Teknologi"',
        "",
    ]
    for entry in glossary_entries() if entries is None else entries:
        lines.append("[[entry]]")
        lines += [
            f"{key} = {json.dumps(value, ensure_ascii=False)}" for key, value in entry.items()
        ]
        lines.append("")
    return "\n".join(lines).encode()


def csv_glossary() -> bytes:
    return (
        "\ufeffterm_id,term_en,definition_id,definition_en,aliases_id,category\r\n"
        'rumah,house,"Tempat tinggal, “kediaman”.",A place to live.,kediaman; wisma,umum\r\n'
        "pasar,market,Tempat jual beli.,A place to trade.,,ekonomi\r\n"
    ).encode()


@cache
def _article() -> tuple[str, str, str]:
    article = load_bundled_article()
    return article.sha256, article.title, article.text


def annotation(
    note: str = "Catatan – “penting”.",
    exact: str | None = None,
    number: int = 1,
    sha256: str | None = None,
) -> dict[str, Any]:
    """An annotation on "campuran pakar" in the bundled article (or on ``exact`` in the
    text whose hash is ``sha256``)."""
    sha, title, text = _article()
    sha = sha256 or sha
    start = text.index("campuran pakar")
    end = start + len("campuran pakar")
    return {
        "id": f"urn:uuid:00000000-0000-4000-8000-{number:012d}",
        "type": "Annotation",
        "motivation": "commenting",
        "created": "2025-01-02T03:04:05.000+00:00",
        "modified": "2025-01-02T03:04:05.000+00:00",
        "creator": {"type": "Person", "name": "Guru"},
        "body": {"type": "TextualBody", "value": note, "format": "text/plain"},
        "target": {
            "source": {"id": f"urn:sha256:{sha}", "type": "Text", "label": title},
            "styleClass": "colour-2",
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": text[start:end] if exact is None else exact,
                    "prefix": text[max(0, start - 20) : start],
                    "suffix": text[end : end + 20],
                },
                {"type": "TextPositionSelector", "start": start, "end": end},
            ],
        },
    }


def annotation_collection(*annotations: dict[str, Any]) -> dict[str, Any]:
    items = list(annotations) or [annotation()]
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": "urn:uuid:11111111-1111-4111-8111-111111111111",
        "type": "AnnotationCollection",
        "label": "Notes",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def annotations(*items: dict[str, Any]) -> bytes:
    return json.dumps(annotation_collection(*items), ensure_ascii=False, indent=1).encode()


def data_dir(folder: Path) -> Path:
    """An empty data folder whose only dictionaries are its own (as the tests'
    ``data_dir`` fixture makes it): the machine's /usr/share/dictd is not read."""
    path = folder / "data"
    path.mkdir(parents=True, exist_ok=True)
    (path / FOLDERS_FILE).write_text(f"{path / OWN_DICTIONARIES}\n", encoding="utf-8")
    return path


def fill_notes(data: Path, *, backup: bool = True) -> Path:
    """A notes database in ``data`` with two highlights on the bundled article and an
    own glossary of two entries, and (with ``backup``) a backup of it; returns its path."""
    article = load_bundled_article()
    path = data / NOTES_FILE
    with Store(path) as store:
        doc = Documents(store).remember(article)
        for find, note in (("campuran pakar", "Catatan satu"), ("Nvidia", "Catatan dua")):
            start = article.text.index(find)
            Highlights(store).add(doc, article.text, start, start + len(find), 3, note)
        own = OwnGlossaries(store)
        terms = parse_toml(toml_glossary().decode(), "sample.toml")
        own.apply_import(own.create(terms.name), terms)
        if backup:
            take_backup(store, data / "backups")
    return path


def notes_database(folder: Path) -> bytes:
    """The bytes of a filled notes database (one file: no write-ahead log beside it)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = fill_notes(folder, backup=False)
    copy = folder / "copy.sqlite3"
    with Store(path) as store:
        store.backup(copy)
    return copy.read_bytes()


def dictionaries(data: Path, kind: str) -> Path:
    """A dictionary of ``kind`` ("dictd", "dictzip" or "stardict") in the data folder's
    own dictionaries; returns its folder."""
    folder = data / OWN_DICTIONARIES
    if kind == "stardict":
        write_stardict(folder, "stardict-ind-eng", DICTIONARY_WORDS, bookname="Kamus Uji")
    else:
        write_dictd(
            folder,
            "freedict-ind-eng",
            DICTIONARY_WORDS,
            compress=kind == "dictzip",
            short_name="Kamus Uji",
        )
    return folder

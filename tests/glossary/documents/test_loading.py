from __future__ import annotations

from pathlib import Path

import pytest

from glossary.documents.loading import (
    DocumentError,
    load_bundled_article,
    load_document,
    parse_markdown,
)
from tests.conftest import DATA, REPO

SEED_COPY = DATA / "article-deepseek-id.txt"
SHARED_SEED = REPO.parent / "shared" / "seed" / "article-deepseek-id.txt"
SEPARATOR = "—-"  # the seed's line before the credit, a rule in the Markdown
# A plain text wrapped at about 60 characters: a term broken across lines, a word
# hyphenated at a line's end, and real hyphens that stay.
WRAPPED = """DeepSeek memakai model campuran
pakar (mixture of experts) yang murah. Nilai valua-
sinya turun, dan rencana Made-in-
China 2025 disebut lagi oleh anak-
anak muda yang membaca berita itu.

Paragraf kedua, pendek.
"""
WRAPPED_LIST = """Langkah-langkah yang dianjurkan bagi pembaca yang ingin
memahami artikel ini:
1. baca dulu bagian pembuka dengan teliti, sampai ke
catatan tentang DeepSeek
2. cari setiap istilah yang bergaris titik di glosarium
di sebelah kanan teks
- tandai kalimat yang penting, lalu tulis catatan
singkat tentang maksudnya
"""


def seed_words(path: Path) -> list[str]:
    return [w for w in path.read_text(encoding="utf-8").split() if w != SEPARATOR]


def test_test_copy_of_seed_is_current() -> None:
    if not SHARED_SEED.exists():
        pytest.skip("shared/ is not beside this checkout")
    assert SEED_COPY.read_bytes() == SHARED_SEED.read_bytes()


def test_bundled_article_keeps_every_word_of_the_seed() -> None:
    article = load_bundled_article()
    # Same words, same order, same punctuation attached: nothing lost, added or changed.
    assert article.text.split() == seed_words(SEED_COPY)


def test_bundled_article_structure() -> None:
    article = load_bundled_article()
    headings = [article.block_text(b) for b in article.blocks if b.kind == "heading"]
    assert headings[0] == "Perencanaan ekonomi sosialis di balik keberhasilan DeepSeek"
    assert headings[1].startswith("Teknologi Tiongkok kembali berinovasi")
    assert headings[2].startswith("Respon pasar AS")
    assert len(headings) == 3
    quotes = [article.block_text(b) for b in article.blocks if b.kind == "quote"]
    assert len(quotes) == 10
    assert all(q.startswith("“") for q in quotes)
    byline = article.blocks[0]
    assert article.block_text(byline) == "Oleh: Hugo East *"
    assert byline.spans[0].style == "emphasis"
    assert article.meta["language"] == "id"
    assert article.meta["author"] == "Hugo East"
    assert article.meta["translation"] == "Bergelora.com"
    assert "Workers World" in article.meta["source"]
    # The Indonesian headline, the original's title, and the original's date (issue 20).
    assert article.title == "AI DeepSeek Tiongkok Mengungkap Keunggulan Sosialisme"
    assert article.meta["original_title"] == "China’s DeepSeek AI Reveals Advantages Of Socialism"
    assert article.meta["date"] == "2025-02-10"
    assert "Friends of Socialist China" in article.meta["source"]


def test_blocks_are_separated_by_one_newline() -> None:
    article = load_bundled_article()
    for before, after in zip(article.blocks, article.blocks[1:], strict=False):
        assert after.start == before.end + 1
        assert article.text[before.end] == "\n"
    assert "\n" not in "".join(article.block_text(b) for b in article.blocks)
    last_heading = article.heading_before(len(article.text) - 1)
    assert last_heading is not None
    assert article.block_text(last_heading).startswith("Respon pasar AS")
    assert article.heading_before(0) is None


def test_markdown_subset() -> None:
    doc = parse_markdown(
        "+++\ntitle = 'T'\nlanguage = 'en'\n+++\n# Head #\n\nOne\ntwo *em* **st** `c`\n\n"
        "> q1\n> still q1\n>\n> q2\n\n***\n\n[link](http://x) a\\*b snake_case\n"
    )
    assert doc.title == "T"
    assert [b.kind for b in doc.blocks] == [
        "heading",
        "paragraph",
        "quote",
        "quote",
        "rule",
        "paragraph",
    ]
    assert doc.text.split("\n") == [
        "Head",
        "One two em st c",
        "q1 still q1",
        "q2",
        "",
        "link a*b snake_case",
    ]
    para = doc.blocks[1]
    styles = {doc.text[s.start : s.end]: s.style for s in para.spans}
    assert styles == {"em": "emphasis", "st": "strong", "c": "code"}


def test_spans_stay_on_their_words_when_white_space_is_folded() -> None:
    doc = parse_markdown("Kata  dua   spasi **tebal** dan\n*miring*.")
    styles = {doc.text[s.start : s.end]: s.style for s in doc.blocks[0].spans}
    assert doc.text == "Kata dua spasi tebal dan miring."
    assert styles == {"tebal": "strong", "miring": "emphasis"}


@pytest.mark.parametrize(
    ("raw", "text", "styled"),
    [
        ("a **b *c* d** e", "a b c d e", [("b c d", "strong"), ("c", "emphasis")]),
        ("*a [b `c`](u) d*", "a b c d", [("a b c d", "emphasis"), ("c", "code")]),
        (
            "__a _b_ c__ snake_case_name",
            "a b c snake_case_name",
            [("a b c", "strong"), ("b", "emphasis")],
        ),
        ("**a** b", "a b", [("a", "strong")]),
        ("`*a*` \\*b\\*", "*a* *b*", [("*a*", "code")]),
        ("[a](b c) [d]", "[a](b c) [d]", []),
        ("x * a* _b _", "x * a* _b _", []),
    ],
)
def test_inline_markdown(raw: str, text: str, styled: list[tuple[str, str]]) -> None:
    doc = parse_markdown("Awal.\n\n" + raw)  # (the paragraph after another: offsets move)
    block = doc.blocks[1]
    assert doc.block_text(block) == text
    assert [(doc.text[s.start : s.end], s.style) for s in block.spans] == styled


def test_unclosed_emphasis_stays_text() -> None:
    # CommonMark: "_" after a space and before "_" neither opens nor closes here.
    doc = parse_markdown("_a " * 5000 + "_" * 5000)
    assert doc.text == "_a " * 4999 + "_a " + "_" * 5000
    assert doc.blocks[0].spans == ()


def test_a_heading_ends_at_its_closing_marks() -> None:
    doc = parse_markdown("## Judul ##  \n\n# a #b\n\n#Bukan\n\n# kata" + " " * 50_000 + "akhir")
    assert doc.text.split("\n") == ["Judul", "a #b", "#Bukan", "kata akhir"]
    assert [b.kind for b in doc.blocks] == ["heading", "heading", "paragraph", "heading"]


def test_inline_html_stays_text() -> None:
    doc = parse_markdown("<b>bold</b> <img src=x onerror=alert(1)>\n\n<script>x()</script>")
    assert doc.text == "<b>bold</b> <img src=x onerror=alert(1)>\n<script>x()</script>"
    assert all(block.spans == () for block in doc.blocks)


def test_plain_text_one_paragraph_per_long_line(tmp_path: Path) -> None:
    long_line = "kata " * 30
    path = tmp_path / "a.txt"
    path.write_text(f"{long_line}\n{long_line}\n", encoding="utf-8")
    doc = load_document(path)
    assert len(doc.blocks) == 2
    assert doc.title == "a"


def test_plain_text_hard_wrapped_joins_lines(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    doc = load_document(path)
    assert [b.kind for b in doc.blocks] == ["paragraph", "paragraph"]
    first, second = doc.text.split("\n")
    assert "model campuran pakar (mixture of experts) yang" in first
    assert "valuasinya" in first and "Made-in-China" in first and "anak-anak" in first
    assert second == "Paragraf kedua, pendek."


def test_plain_text_with_a_paragraph_on_each_line_is_not_joined(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    lines = [
        "Judul singkat",
        "Sebuah paragraf yang cukup panjang untuk mengisi lebih dari separuh baris ini.",
        "Pendek.",
        "Paragraf lain yang juga panjang, tentang saham Nvidia yang jatuh pada hari itu.",
        "Akhir.",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert load_document(path).text.split("\n") == lines


def test_utf8_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes("\ufeff# Judul\r\n\r\nIsi teks.\r\n".encode())
    doc = load_document(path)
    assert doc.text == "Judul\nIsi teks."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.md", None, "no such file"),
        ("empty.md", b"", "is empty"),
        ("blank.txt", b"  \n\n ", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("damaged.txt", b"\xef\xbb\xbfok \xff broken", "UTF-8 .*damaged at byte 6"),
        ("onlymeta.md", b"+++\ntitle='x'\n+++\n", "no text"),
        ("badmeta.md", b"+++\ntitle=\n+++\ntext", "metadata"),
        ("open.md", b"+++\ntitle='x'\ntext", "not closed"),
        ("deep.md", b"+++\nx = " + b"[" * 3000 + b"]" * 3000 + b"\n+++\ntext", "metadata"),
        ("bignumber.md", b"+++\nx = " + b"9" * 5000 + b"\n+++\ntext", "metadata"),
    ],
)
def test_bad_input_gives_a_clear_message(
    tmp_path: Path, name: str, content: bytes | None, message: str
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as info:
        load_document(path)
    assert name in str(info.value)


def test_a_legacy_encoding_is_detected_and_named(tmp_path: Path) -> None:
    path = tmp_path / "lama.txt"
    path.write_bytes("Harga naik 25 € — kata “pengamat” café.\n".encode("cp1252"))
    document = load_document(path)
    assert document.text == "Harga naik 25 € — kata “pengamat” café."
    assert document.meta["encoding"] == "Windows-1252 (Western)"
    assert document.meta["encoding_guessed"] == "yes"
    # The reader may choose another; UTF-8 files say so without a guess.
    assert load_document(path, "cp1250").meta["encoding"] == "Windows-1250 (Central European)"
    assert load_bundled_article().meta["encoding_guessed"] == "no"


def test_folder_and_huge_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="folder"):
        load_document(tmp_path)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    with pytest.raises(DocumentError, match="too large"):
        load_document(huge)


def test_document_identity_is_hash_of_text() -> None:
    a = parse_markdown("# A\n\ntext")
    b = parse_markdown("+++\ntitle='other'\n+++\n# A\n\ntext")
    assert a.sha256 == b.sha256
    assert len(a.sha256) == 64


def test_text_is_read_in_composed_form(tmp_path: Path) -> None:
    path = tmp_path / "nfd.txt"
    path.write_text("Cafe\u0301 di Jakarta", encoding="utf-8")
    assert load_document(path).text == "Caf\u00e9 di Jakarta"


def test_markdown_list_items_are_blocks() -> None:
    doc = parse_markdown("Daftar:\n\n- satu\n  lanjutan\n- dua\n\n1. pertama\n2) kedua\n")
    items = [(doc.block_text(b), b.level, b.bullet) for b in doc.blocks if b.kind == "item"]
    assert items == [
        ("satu lanjutan", 1, True),
        ("dua", 1, True),
        ("1. pertama", 1, False),
        ("2) kedua", 1, False),  # (another list: its marker differs)
    ]


def test_plain_text_list_lines_stay_apart(tmp_path: Path) -> None:
    path = tmp_path / "list.txt"
    path.write_text(WRAPPED_LIST, encoding="utf-8")
    assert load_document(path).text.split("\n") == [
        "Langkah-langkah yang dianjurkan bagi pembaca yang ingin memahami artikel ini:",
        "1. baca dulu bagian pembuka dengan teliti, sampai ke catatan tentang DeepSeek",
        "2. cari setiap istilah yang bergaris titik di glosarium di sebelah kanan teks",
        "- tandai kalimat yang penting, lalu tulis catatan singkat tentang maksudnya",
    ]

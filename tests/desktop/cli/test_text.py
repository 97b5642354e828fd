"""``glossary-reader text FILE [--json]``: the document as the reader reads it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli.main import main
from glossary.documents.loading import bundled_article_path, load_bundled_article

SOURCE = """# Judul

Paragraf dengan **tebal**.

- satu
  - dua
1. tiga

> kutipan

```
baris satu
  baris dua
```

| A | B |
|---|---|
| 1 | 2 |
"""


def test_json_gives_each_block_its_kind_level_text_and_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text(SOURCE, encoding="utf-8")
    assert main(["text", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == "Judul"
    assert [(b["kind"], b["level"], b["text"], b["page"]) for b in out["blocks"]] == [
        ("heading", 1, "Judul", None),
        ("paragraph", 0, "Paragraf dengan tebal.", None),
        ("list_item", 1, "satu", None),
        ("list_item", 2, "dua", None),
        ("list_item", 1, "1. tiga", None),
        ("quote", 0, "kutipan", None),
        ("code", 0, "baris satu\n  baris dua", None),
        ("table_row", 0, "A\tB", None),
        ("table_row", 0, "1\t2", None),
    ]


def test_plain_text_reads_as_the_reader_shows_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.md"
    path.write_text(SOURCE, encoding="utf-8")
    assert main(["text", str(path)]) == 0
    assert capsys.readouterr().out == (
        "Judul\n\nParagraf dengan tebal.\n\n• satu\n  • dua\n1. tiga\n\n> kutipan\n\n"
        "    baris satu\n      baris dua\n\nA\tB\n1\t2\n"
    )


def test_the_bundled_article_reads_whole(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(bundled_article_path()), "--json"]) == 0
    blocks = json.loads(capsys.readouterr().out)["blocks"]
    article = load_bundled_article()
    assert "\n".join(b["text"] for b in blocks) == article.text.replace("\n\n", "\n").strip()


def test_what_a_terminal_would_obey_is_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "evil.txt"
    path.write_text("Teks \x1b[2J merah \u202e balik\n", encoding="utf-8")
    assert main(["text", str(path)]) == 0
    assert capsys.readouterr().out == "Teks \\x1b[2J merah \\u202e balik\n"
    assert main(["text", str(path), "--json"]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\u202e" not in out
    assert json.loads(out)["blocks"][0]["text"] == "Teks \x1b[2J merah \u202e balik"


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02binary\xff\xfe"])
def test_a_file_that_cannot_be_read_gives_one_line_and_status_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes | None
) -> None:
    path = tmp_path / "x.txt"
    if content is not None:
        path.write_bytes(content)
    assert main(["text", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("glossary-reader: ") and err.count("\n") == 1

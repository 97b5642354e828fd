"""The documents the store knows: by the hash of their text, and their highlights moved
onto a changed text at the same path."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from glossary.documents.loading import load_bundled_article, parse_markdown
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.notes.store import Store


def test_documents_are_known_by_the_hash_of_their_text(store: Store, tmp_path: Path) -> None:
    article = load_bundled_article()
    first = Documents(store).remember(article)
    assert Documents(store).remember(article) == first
    moved = dataclasses.replace(article, title="Moved", path=tmp_path / "moved.md")
    assert moved.sha256 == article.sha256
    assert Documents(store).remember(moved) == first
    other = Documents(store).remember(parse_markdown("# Lain\n\nteks lain"))
    assert other != first
    assert Documents(store).id_of(article.sha256) == first
    record = next(d for d in Documents(store).all() if d.id == first)
    assert (record.title, record.path) == ("Moved", str(tmp_path / "moved.md"))


def test_changed_text_at_the_same_path_moves_and_reanchors_highlights(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "artikel.md"
    old = parse_markdown("# Judul\n\nSatu dua tiga. Empat lima enam.", path=path)
    old_id = Documents(store).remember(old)
    kept = Highlights(store).add(
        old_id, old.text, old.text.index("Empat"), old.text.index("enam") + 4
    )
    gone = Highlights(store).add(
        old_id, old.text, old.text.index("Satu"), old.text.index("tiga") + 4
    )
    new = parse_markdown("# Judul baru\n\nPembuka. Empat lima enam.", path=path)
    new_id, moved = Documents(store).open(new)
    assert new_id != old_id
    by_id = {h.id: h for h in moved}
    assert new.text[by_id[kept.id].start : by_id[kept.id].end] == "Empat lima enam"
    assert not by_id[kept.id].orphaned
    assert by_id[gone.id].orphaned and by_id[gone.id].exact == "Satu dua tiga"
    assert by_id[kept.id].exact == "Empat lima enam"  # the quote as highlighted, kept
    assert [h.id for h in Highlights(store).of_document(new_id)] == [
        kept.id,
        gone.id,
    ]  # orphans last
    assert Highlights(store).of_document(old_id) == []
    assert Documents(store).open(new) == (new_id, [])

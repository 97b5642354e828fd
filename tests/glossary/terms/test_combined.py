"""The glossary a document is read with: own glossaries first, then the bundled one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from glossary.documents.loading import load_bundled_article
from glossary.notes.documents import Documents
from glossary.notes.store import Store
from glossary.terms.combined import Part, active_parts, combine
from glossary.terms.glossary import Glossary, load_bundled_glossary
from glossary.terms.matching import TermMatcher
from glossary.terms.own import BUNDLED, OwnGlossaries, own_key

from .test_files import make_entry


@pytest.fixture
def own(tmp_path: Path) -> Iterator[OwnGlossaries]:
    with Store(tmp_path / "notes.sqlite3") as store:
        yield OwnGlossaries(store)


@pytest.fixture(scope="module")
def bundled() -> Glossary:
    return load_bundled_glossary()


def test_own_definition_wins_and_the_other_is_listed(own: OwnGlossaries, bundled: Glossary) -> None:
    gid = own.create("Kelas")
    moe = bundled.entry("mixture-of-experts")
    own.save_entry(
        gid,
        make_entry(1, id="moe", term_id=moe.term_id, term_en="MoE", definition_en="Ours."),
    )
    own.save_entry(gid, make_entry(2, term_id="embargo dagang", related=("moe",)))
    combined = combine(active_parts(bundled, own, None))
    key = own_key(gid)
    assert combined.entry(f"{key}:moe").definition_en == "Ours."
    assert combined.entry(f"{key}:term-2").related == (f"{key}:moe",)
    assert combined.alternatives(f"{key}:moe") == ("mixture-of-experts",)
    assert combined.alternatives("mixture-of-experts") == (f"{key}:moe",)
    assert combined.alternatives("nvidia") == ()
    assert combined.origin(f"{key}:moe") == (key, "Kelas", "moe")
    assert combined.origin("nvidia") == (BUNDLED, bundled.name, "nvidia")
    text = load_bundled_article().text
    found = {o.entry_id for o in TermMatcher(combined).find(text) if o.text == "campuran pakar"}
    assert found == {f"{key}:moe"}
    # The bundled entry still marks the forms only it defines.
    assert any(o.entry_id == "nvidia" for o in TermMatcher(combined).find(text))


def test_switched_off_glossaries_are_left_out(own: OwnGlossaries, bundled: Glossary) -> None:
    doc = Documents(own.store).remember(load_bundled_article())
    gid = own.create("Kelas")
    own.save_entry(gid, make_entry(1))
    assert [p.key for p in active_parts(bundled, own, doc)] == [own_key(gid), BUNDLED]
    own.set_active(doc, BUNDLED, False)
    parts = active_parts(bundled, own, doc)
    assert [p.key for p in parts] == [own_key(gid)]
    assert [e.id for e in combine(parts).entries] == [f"{own_key(gid)}:term-1"]


def test_the_bundled_glossary_alone_is_itself(bundled: Glossary) -> None:
    assert combine([Part(BUNDLED, bundled)]) is bundled

"""Annotation files (W3C Web Annotations, JSON) mutated from a valid one, read and
imported into a data folder with notes: the import is done or refused with the app's
own error, and a refused one changes no note."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import strategies as st

from glossary.export.webanno import parse
from glossary.messages import Problem
from tests.corpus import samples
from tests.fuzz.checks import filled_data_dir, notes_summary, run_cli
from tests.fuzz.mutations import encoded, json_text, mutated_tree, sometimes_damaged
from tests.fuzz.profiles import fuzz

ANNOTATION_KEYS = [
    "@context",
    "id",
    "@id",
    "type",
    "@type",
    "first",
    "next",
    "items",
    "total",
    "motivation",
    "created",
    "modified",
    "creator",
    "name",
    "body",
    "bodyValue",
    "value",
    "purpose",
    "target",
    "source",
    "label",
    "styleClass",
    "selector",
    "exact",
    "prefix",
    "suffix",
    "start",
    "end",
]
JSON_TOKENS = [b"[", b"]", b"{", b"}", b'"', b"\\", b"\\u", b"9" * 5000, b"NaN", b"-", b","]


@st.composite
def annotation_files(draw: st.DrawFn) -> bytes:
    """Annotations on the bundled article (two of them, one of them a note), their tree
    mutated, then written as JSON, perhaps in another encoding and damaged."""
    tree = samples.annotation_collection(
        samples.annotation(), samples.annotation(note="", number=2)
    )
    tree = draw(mutated_tree(tree, keys=ANNOTATION_KEYS, steps=5))
    text = json_text(draw, tree)
    return draw(sometimes_damaged(draw(encoded(text)), tokens=JSON_TOKENS))


@fuzz(data=annotation_files())
def test_annotation_files(folder: Path, data: bytes) -> None:
    try:  # the reader itself: annotations or its own error
        parse(data)
    except Problem as exc:
        assert str(exc).strip()
    path = folder / "catatan.json"
    path.write_bytes(data)
    store = filled_data_dir(folder)
    before = notes_summary(store)
    ran = run_cli("--data-dir", store, "import", path)
    if ran.code != 0:
        assert notes_summary(store) == before, f"a refused import changed the notes: {ran}"
    else:
        listed = run_cli("--data-dir", store, "notes", "list", "--json")
        assert isinstance(json.loads(listed.out), list)

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from glossary.export.handout import Handout
from glossary.export.webanno import (
    CONTEXT,
    MAX_DEPTH,
    AnnotationFileError,
    _depth,
    parse,
    render,
)


def test_collection_follows_the_web_annotation_model(handout: Handout) -> None:
    data = json.loads(render(handout, reader="Bu Sari"))
    assert data["@context"] == CONTEXT and data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == len(handout.items)
    for item, annotation in zip(handout.items, items, strict=True):
        h = item.highlight
        assert annotation["type"] == "Annotation"
        assert annotation["id"] == f"urn:uuid:{h.uuid}"
        assert annotation["motivation"] == ("commenting" if h.note else "highlighting")
        assert annotation["created"] == h.created and annotation["modified"] == h.updated
        assert annotation["creator"] == {"type": "Person", "name": "Bu Sari"}
        target = annotation["target"]
        assert target["source"]["id"] == f"urn:sha256:{handout.sha256}"
        assert target["source"]["label"] == handout.title
        assert target["styleClass"] == f"colour-{h.colour}"
        assert f".colour-{h.colour} " in annotation["stylesheet"]["value"]
        quote, position = target["selector"]
        assert quote == {
            "type": "TextQuoteSelector",
            "exact": h.exact,
            "prefix": h.prefix,
            "suffix": h.suffix,
        }
        assert position == {"type": "TextPositionSelector", "start": h.start, "end": h.end}
        if h.note:
            assert annotation["body"] == {
                "type": "TextualBody",
                "value": h.note,
                "format": "text/plain",
                "purpose": "commenting",
            }
        else:
            assert "body" not in annotation


def test_parse_reads_back_what_render_wrote(handout: Handout) -> None:
    parsed = parse(render(handout).encode("utf-8"))
    assert [(a.exact, a.start, a.end, a.note, a.colour) for a in parsed] == [
        (
            i.highlight.exact,
            i.highlight.start,
            i.highlight.end,
            i.highlight.note,
            i.highlight.colour,
        )
        for i in handout.items
    ]
    assert [a.id for a in parsed] == [i.highlight.uuid for i in handout.items]
    assert {a.sha256 for a in parsed} == {handout.sha256}


def test_other_tools_shapes_are_read() -> None:
    single = {
        "@context": CONTEXT,
        "id": "http://example.org/anno23",
        "type": "Annotation",
        "bodyValue": "A comment",
        "creator": "http://example.org/user1",
        "target": {
            "source": "http://example.org/page1",
            "selector": {"type": "TextQuoteSelector", "exact": "anotation", "prefix": "an "},
        },
    }
    [a] = parse(json.dumps(single).encode())
    assert (a.exact, a.prefix, a.suffix, a.start, a.note) == (
        "anotation",
        "an ",
        "",
        None,
        "A comment",
    )
    assert a.source == "http://example.org/page1" and a.sha256 is None and a.colour == 1
    assert a.creator == "http://example.org/user1"
    # The same id gives the same uuid, so a second import is recognised.
    assert parse(json.dumps([single]).encode())[0].id == a.id
    page = {
        "type": "AnnotationPage",
        "items": [
            dict(
                single,
                id=None,
                body=[
                    {"type": "TextualBody", "value": "one", "purpose": "commenting"},
                    {"type": "TextualBody", "value": "tag", "purpose": "tagging"},
                ],
            )
        ],
    }
    page["items"][0].pop("bodyValue")
    [b] = parse(json.dumps(page).encode())
    assert b.note == "one"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "the file is empty"),
        (b"  \n", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (b"\xff\xfe\xfa garbage", "not UTF-8"),
        (b'{"type": ', "not JSON"),
        (b"42", "expected a JSON object"),
        (b'{"hello": 1}', "not a Web Annotation file"),
        (b'{"type": "AnnotationCollection", "first": "http://x/page1"}', "links"),
        (b"[]", "no annotations"),
        (b'[{"type": "Annotation", "target": "http://x"}]', "no 'selector'"),
        (
            b'[{"type": "Annotation", "target": {"selector": {"type": "X"}}}]',
            "no text quote or position selector",
        ),
        (
            b'[{"type": "Annotation", "target": {"selector": '
            b'{"type": "TextPositionSelector", "start": 5, "end": 2}}}]',
            "not two offsets",
        ),
        # SQLite holds integers up to 2**63 - 1: beyond, sqlite3 raised OverflowError.
        (
            b'[{"type": "Annotation", "target": {"selector": '
            b'{"type": "TextPositionSelector", "start": 0, "end": 9223372036854775808}}}]',
            "not two offsets",
        ),
        (
            b'[{"type": "Annotation", "target": {"selector": '
            b'{"type": "TextPositionSelector", "start": 18446744073709551616, "end": 1}}}]',
            "not two offsets",
        ),
        (
            b'[{"type": "Annotation", "target": {"selector": '
            b'{"type": "TextQuoteSelector", "exact": 7}}}]',
            "'exact' is not a string",
        ),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        # Deep enough to pass the parser of some Pythons and not others (and to fail
        # hashing an annotation without an id on some): refused on every one.
        (
            b'[{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", '
            b'"exact": "x"}}, "extra": ' + b"[" * 985 + b"]" * 985 + b"}]",
            "nested too deeply",
        ),
        (
            b'[{"type": "Annotation", "bodyValue": "bad \\ud800", "target": {"selector": '
            b'{"type": "TextQuoteSelector", "exact": "x"}}}]',
            "invalid character",
        ),
        (b'{"end": 1' + b"0" * 5000 + b"}", "number too long"),
    ],
)
def test_bad_files_are_named_plainly(data: bytes, message: str) -> None:
    with pytest.raises(AnnotationFileError, match=message):
        parse(data)


def nested(depth: int) -> bytes:
    """An annotation without an id (so it is hashed) whose arrays and objects nest
    ``depth`` deep, the file's list included."""
    extra = "[" * (depth - 2) + "]" * (depth - 2)  # the list, the annotation, then these
    return (
        '[{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", '
        f'"exact": "x"}}}}, "extra": {extra}}}]'
    ).encode()


def test_the_nesting_limit_is_the_same_on_every_python() -> None:
    """Not wherever the recursion of this Python's parser or encoder stops."""
    assert _depth(nested(MAX_DEPTH)) == MAX_DEPTH
    [annotation] = parse(nested(MAX_DEPTH))
    assert annotation.exact == "x" and annotation.id  # hashed, all of it
    with pytest.raises(AnnotationFileError, match="nested too deeply"):
        parse(nested(MAX_DEPTH + 1))
    # Brackets in strings, escaped quotes and backslashes do not count.
    tricky = nested(MAX_DEPTH).replace(b'"x"', b'"x \\\\\\" [[[{{ \\u005c \\\\"')
    assert json.loads(tricky)[0]["target"]["selector"]["exact"] == 'x \\" [[[{{ \\ \\'
    [annotation] = parse(tricky)
    assert annotation.exact == 'x \\" [[[{{ \\ \\'


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(alphabet='[]{}"\\ax\u00e9,:'),
    lambda inner: st.lists(inner) | st.dictionaries(st.text(alphabet='[]{}"\\a'), inner),
    max_leaves=30,
)


def depth_of(value: Any) -> int:
    if isinstance(value, list):
        return 1 + max(map(depth_of, value), default=0)
    if isinstance(value, dict):
        return 1 + max(map(depth_of, value.values()), default=0)
    return 0


@given(json_values, st.booleans())
def test_the_depth_is_found_without_parsing(value: Any, ascii_only: bool) -> None:
    text = json.dumps(value, ensure_ascii=ascii_only, indent=None if ascii_only else 1)
    assert _depth(text.encode()) == depth_of(value)


def test_huge_file_is_refused_before_parsing() -> None:
    with pytest.raises(AnnotationFileError, match="too large"):
        parse(b" " * (50 * 1024 * 1024 + 1))


def test_notes_from_other_tools_get_plain_line_breaks_and_times_are_checked() -> None:
    raw = {
        "type": "Annotation",
        "created": "yesterday",
        "modified": "2025-02-01T10:00:00Z",
        "bodyValue": "one\r\ntwo\rthree",
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "x"}},
    }
    [a] = parse(json.dumps(raw).encode())
    assert a.note == "one\ntwo\nthree"
    assert (a.created, a.modified) == ("", "2025-02-01T10:00:00Z")

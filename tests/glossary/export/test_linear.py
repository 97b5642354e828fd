"""W3C Web Annotation files are read in time linear in their size."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from glossary.export.webanno import AnnotationFileError, parse
from tests.glossary.linear import assert_linear


def annotation(i: int, exact: str = "kata") -> dict[str, Any]:
    return {
        "id": f"urn:uuid:00000000-0000-4000-8000-{i:012d}",
        "type": "Annotation",
        "created": "2024-05-01T10:00:00Z",
        "creator": {"type": "Person", "name": "Guru"},
        "body": [
            {
                "type": "TextualBody",
                "value": f'Catatan {i} [x] {{y}} \\"z\\"',
                "purpose": "commenting",
            }
        ],
        "target": {
            "source": {"id": "urn:sha256:" + "0" * 64, "label": "Artikel"},
            "styleClass": "colour-2",
            "selector": [
                {"type": "TextQuoteSelector", "exact": exact, "prefix": "a ", "suffix": " b"},
                {"type": "TextPositionSelector", "start": i, "end": i + len(exact)},
            ],
        },
    }


def collection(items: list[dict[str, Any]]) -> bytes:
    page = {"type": "AnnotationPage", "items": items}
    return json.dumps({"type": "AnnotationCollection", "first": page}).encode("utf-8")


SHAPES: list[tuple[str, Callable[[int], bytes]]] = [
    ("annotations", lambda n: collection([annotation(i) for i in range(n)])),
    (
        "annotations without ids",
        lambda n: collection([dict(annotation(i), id=None) for i in range(n)]),
    ),
    ("a long quote", lambda n: collection([annotation(0, 'kata [{\\"} ' * n)])),
    ("brackets", lambda n: json.dumps([[[]] * n] * 1 + [annotation(0)]).encode()),
]


def reading(data: bytes) -> object:
    try:
        return parse(data)
    except AnnotationFileError as refused:
        return refused


@pytest.mark.parametrize(("shape", "make"), SHAPES, ids=[s for s, _ in SHAPES])
def test_an_annotation_file_is_read_in_linear_time(
    shape: str, make: Callable[[int], bytes]
) -> None:
    assert_linear(f"Web Annotations ({shape})", reading, make)

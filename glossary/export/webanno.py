"""Highlights and notes as W3C Web Annotations (JSON-LD), for sharing with a class.

Writing: one ``AnnotationCollection`` whose first page holds every annotation. Each
targets the document by the SHA-256 of its plain text (``urn:sha256:...``) with a
TextQuoteSelector and a TextPositionSelector (code points of the plain text); the note
is a ``TextualBody``; the colour is a ``styleClass`` with its stylesheet.

Reading (:func:`parse`) accepts what other W3C-conformant tools write too: a single
annotation, a page, a collection, or a list; a target with only a quote selector; a
body as an object, a list or ``bodyValue``.
"""

from __future__ import annotations

import json
import re
import uuid
from array import array
from collections.abc import Iterator
from datetime import datetime
from itertools import accumulate
from pathlib import Path
from typing import Any, NamedTuple

from glossary import __version__
from glossary.export import write_text
from glossary.export.handout import Handout
from glossary.export.registry import Holds, Option, Options, Preview
from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.notes.colours import HIGHLIGHT_RGB
from glossary.notes.highlights import Highlight
from glossary.userfiles import bounded_int

extension = "json"
label = QT_TRANSLATE_NOOP("glossary", "Web Annotations (JSON), for sharing")
options: frozenset[Option] = frozenset({"creator"})
holds: Holds = "highlights"

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MAX_BYTES = 50 * 1024 * 1024
# Arrays and objects nested deeper than this are refused before the file is parsed. An
# annotation file needs a dozen levels. Left to the parser, the limit would be wherever
# Python's recursion stops (it moved in 3.12), and a file just under it would pass the
# parser and then fail, or not, when an annotation without an id is hashed.
MAX_DEPTH = 100
_STYLE_CLASS = "colour-{}"
_SHA_URN = re.compile(r"^urn:sha256:([0-9a-f]{64})$")


_TOO_DEEP = QT_TRANSLATE_NOOP("glossary", "the JSON is nested too deeply.")
# Every byte but a quote and a bracket (in UTF-8 these never occur inside a character).
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'"[]{}')
_STRING = re.compile(rb'"[^"]*"?')  # (an unclosed string runs to the end)
_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1 and -1 as signed bytes


class AnnotationFileError(Problem):
    """The file is not a usable annotation file; the message says what is wrong."""


PDF_FRAGMENTS = "http://tools.ietf.org/rfc/rfc8118"  # page=N of a PDF


class Annotation(NamedTuple):
    """One annotation as read from a file."""

    id: str  # the uuid it will have in the store
    source: str  # the target's source IRI ("urn:sha256:..." for this app's files)
    source_label: str
    exact: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    note: str
    colour: int
    created: str
    modified: str
    creator: str

    @property
    def sha256(self) -> str | None:
        match = _SHA_URN.match(self.source)
        return match.group(1) if match else None


# -- writing --------------------------------------------------------------------------


def _annotation(
    handout: Handout, h: Highlight, reader: str, page: int | None = None
) -> dict[str, Any]:
    selectors: list[dict[str, Any]] = [
        {"type": "TextQuoteSelector", "exact": h.exact, "prefix": h.prefix, "suffix": h.suffix}
    ]
    if not h.orphaned:
        selectors.append({"type": "TextPositionSelector", "start": h.start, "end": h.end})
    if page is not None:
        # The page of the original (a PDF) it starts on, as a PDF fragment (RFC 8118).
        selectors.append(
            {"type": "FragmentSelector", "conformsTo": PDF_FRAGMENTS, "value": f"page={page}"}
        )
    source: dict[str, Any] = {
        "id": f"urn:sha256:{handout.sha256}",
        "type": "Text",
        "format": "text/plain",
        "label": handout.title,
    }
    if handout.language:
        source["language"] = handout.language
    colour = _STYLE_CLASS.format(h.colour)
    red, green, blue = HIGHLIGHT_RGB.get(h.colour, HIGHLIGHT_RGB[1])
    annotation: dict[str, Any] = {
        "id": f"urn:uuid:{h.uuid}",
        "type": "Annotation",
        "motivation": "commenting" if h.note else "highlighting",
        "created": h.created,
        "modified": h.updated,
    }
    creator = h.creator or reader
    if creator:
        annotation["creator"] = {"type": "Person", "name": creator}
    if h.note:
        annotation["body"] = {
            "type": "TextualBody",
            "value": h.note,
            "format": "text/plain",
            "purpose": "commenting",
        }
    annotation["stylesheet"] = {
        "type": "CssStylesheet",
        "value": f".{colour} {{ background-color: rgb({red}, {green}, {blue}); }}",
    }
    annotation["target"] = {"source": source, "styleClass": colour, "selector": selectors}
    return annotation


def render(handout: Handout, reader: str = "") -> str:
    """The handout's highlights as an AnnotationCollection; ``reader`` names the author
    of the reader's own notes (imported ones keep theirs)."""
    items = [_annotation(handout, item.highlight, reader, item.page) for item in handout.items]
    collection = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{uuid.uuid4()}",
        "type": "AnnotationCollection",
        "label": f"Notes on {handout.title}",
        "total": len(items),
        "generator": {"type": "Software", "name": f"Glossary Reader {__version__}"},
        "generated": handout.date,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


def export(handout: Handout, path: Path, options: Options) -> Path:
    return write_text(path, render(handout, reader=options.creator))


def preview(handout: Handout, options: Options) -> Preview:
    return Preview(render(handout, reader=options.creator))


# -- reading --------------------------------------------------------------------------


def parse(data: bytes) -> list[Annotation]:
    """The annotations in ``data``; :class:`AnnotationFileError` says what is wrong."""
    if len(data) > MAX_BYTES:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP(
                "glossary", "the file is too large ({size:.0f} MB); the limit is {limit} MB."
            ),
            size=len(data) / 1048576,
            limit=MAX_BYTES // 1048576,
        )
    if not data.strip():
        raise AnnotationFileError(QT_TRANSLATE_NOOP("glossary", "the file is empty."))
    if b"\x00" in data[:8192]:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "the file is binary, not JSON text.")
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "the file is not UTF-8 text.")
        ) from None
    if _depth(data) > MAX_DEPTH:
        raise AnnotationFileError(_TOO_DEEP)
    try:
        root = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP(
                "glossary", "the file is not JSON (line {line}, column {column}: {reason})."
            ),
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from None
    except ValueError:  # a number with thousands of digits
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "the file holds a number too long to be read.")
        ) from None
    found = [_read(raw, n) for n, raw in enumerate(_items(root), 1)]
    if not found:
        raise AnnotationFileError(QT_TRANSLATE_NOOP("glossary", "the file holds no annotations."))
    return found


def _depth(data: bytes) -> int:
    """How deep the arrays and objects of the JSON text ``data`` nest (brackets in
    strings do not count), found without parsing it: about 0.3 s for 50 MB, of the 1.7 s
    that reading such a file takes. Of a text that is not JSON it counts the brackets
    outside what look like strings; the parser then says what is wrong."""
    if b"\\" in data:
        # Escaped backslashes, then escaped quotes, so that every quote left opens or
        # closes a string (JSON escapes no bracket).
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    # Adjacent quotes hold nothing between them: dropping them keeps every string whole.
    structure = _STRING.sub(b"", data.translate(None, _NOT_STRUCTURE).replace(b'""', b""))
    return max(accumulate(array("b", structure.translate(_STEPS))), default=0)


def _type(node: Any) -> set[str]:
    kind = node.get("type", node.get("@type")) if isinstance(node, dict) else None
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).removeprefix("oa:").removeprefix("as:") for k in kinds if k}


def _items(root: Any) -> Iterator[Any]:
    if isinstance(root, list):
        yield from root
        return
    if not isinstance(root, dict):
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "expected a JSON object or array of Web Annotations.")
        )
    kinds = _type(root)
    if "Annotation" in kinds:
        yield root
    elif "AnnotationCollection" in kinds or "AnnotationPage" in kinds:
        page = root if "AnnotationPage" in kinds else root.get("first")
        seen = 0
        while page is not None:
            if not isinstance(page, dict):
                raise AnnotationFileError(
                    QT_TRANSLATE_NOOP(
                        "glossary",
                        "the collection's pages are links to elsewhere; only pages held in "
                        "the file itself can be read.",
                    )
                )
            items = page.get("items", [])
            if not isinstance(items, list):
                raise AnnotationFileError(
                    QT_TRANSLATE_NOOP("glossary", "a page's 'items' is not a list.")
                )
            yield from items
            seen += 1
            page = page.get("next") if seen < 10_000 else None
    else:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP(
                "glossary",
                "this JSON is not a Web Annotation file (no 'Annotation', 'AnnotationPage' "
                "or 'AnnotationCollection' type).",
            )
        )


def _string(value: Any, what: str, where: Problem) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "{where}: '{what}' is not a string."),
            where=where,
            what=what,
        )
    return value


def _time(value: Any, what: str, where: Problem) -> str:
    """An ISO 8601 time as given; "" (the import's own time) if absent or not a time."""
    text = _string(value, what, where)
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return text


def _lines(text: str) -> str:
    """Line breaks as "\n": other tools may write "\r\n" or a bare "\r"."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read(raw: Any, number: int) -> Annotation:
    where = Problem(QT_TRANSLATE_NOOP("glossary", "annotation {number}"), number=number)
    if not isinstance(raw, dict) or "Annotation" not in _type(raw):
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "{where} is not an object of type 'Annotation'."),
            where=where,
        )
    ident = raw.get("id", raw.get("@id"))
    if ident is not None:
        where = Problem(
            QT_TRANSLATE_NOOP("glossary", "annotation {number} ({id})"),
            number=number,
            id=" ".join(str(ident).split())[:80],  # on one line, as the message is
        )
    target = _target(raw.get("target"), where)
    source = target.get("source")
    if isinstance(source, dict):
        source_id = _string(source.get("id", source.get("@id")), "source id", where)
        source_label = _string(source.get("label", source.get("title")), "source label", where)
    else:
        source_id, source_label = _string(source, "source", where), ""
    quote: dict[str, Any] | None = None
    position: dict[str, Any] | None = None
    selectors = target.get("selector", [])
    for selector in selectors if isinstance(selectors, list) else [selectors]:
        kinds = _type(selector)
        if "TextQuoteSelector" in kinds and quote is None:
            quote = selector
        elif "TextPositionSelector" in kinds and position is None:
            position = selector
    if quote is None and position is None:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP(
                "glossary", "{where}: its target has no text quote or position selector."
            ),
            where=where,
        )
    exact = _string((quote or {}).get("exact"), "exact", where)
    if quote is not None and not exact:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "{where}: its quote selector's 'exact' is empty."),
            where=where,
        )
    start = end = None
    if position is not None:
        # Offsets go to SQLite, which holds integers up to 2**63 - 1.
        start, end = bounded_int(position.get("start")), bounded_int(position.get("end"))
        if start is None or end is None or start >= end:
            raise AnnotationFileError(
                QT_TRANSLATE_NOOP("glossary", "{where}: its position selector is not two offsets."),
                where=where,
            )
    annotation = Annotation(
        id=_uuid(ident, raw),
        source=source_id,
        source_label=source_label,
        exact=exact,
        prefix=_string((quote or {}).get("prefix"), "prefix", where),
        suffix=_string((quote or {}).get("suffix"), "suffix", where),
        start=start,
        end=end,
        note=_lines(_note(raw, where)),
        colour=_colour(target),
        created=_time(raw.get("created"), "created", where),
        modified=_time(raw.get("modified"), "modified", where),
        creator=_creator(raw.get("creator")),
    )
    try:
        "".join(f for f in annotation if isinstance(f, str)).encode("utf-8")
    except UnicodeEncodeError:
        # JSON can spell a lone surrogate ("\ud800"), which is no character at all.
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "{where}: a text in it holds an invalid character."),
            where=where,
        ) from None
    return annotation


def _target(target: Any, where: Problem) -> dict[str, Any]:
    targets = target if isinstance(target, list) else [target]
    for candidate in targets:
        if isinstance(candidate, dict) and "selector" in candidate:
            return candidate
    raise AnnotationFileError(
        QT_TRANSLATE_NOOP("glossary", "{where}: its target selects no text (no 'selector')."),
        where=where,
    )


def _note(raw: dict[str, Any], where: Problem) -> str:
    if "bodyValue" in raw:
        return _string(raw["bodyValue"], "bodyValue", where)
    bodies = raw.get("body", [])
    notes = []
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if isinstance(body, dict) and "TextualBody" in _type(body):
            purpose = body.get("purpose")
            if purpose in (None, "commenting", "describing", "replying"):
                notes.append(_string(body.get("value"), "value", where))
    return "\n\n".join(n for n in notes if n)


def _colour(target: dict[str, Any]) -> int:
    style = target.get("styleClass")
    classes = style if isinstance(style, list) else [style]
    for name in classes:
        match = re.fullmatch(r"colour-([1-5])", str(name))
        if match:
            return int(match.group(1))
    return 1


def _creator(creator: Any) -> str:
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, dict):
        name = creator.get("name") or creator.get("nickname") or creator.get("id") or ""
        return str(name)[:200]
    return str(creator)[:200] if isinstance(creator, str) else ""


def _uuid(ident: Any, raw: dict[str, Any]) -> str:
    """The store uuid for an annotation id: the same id always gives the same uuid, so a
    file imported twice adds nothing the second time."""
    if isinstance(ident, str) and ident:
        if ident.startswith("urn:uuid:"):
            try:
                return str(uuid.UUID(ident.removeprefix("urn:uuid:")))
            except ValueError:
                pass
        return str(uuid.uuid5(uuid.NAMESPACE_URL, ident))
    content = json.dumps(raw, sort_keys=True)
    return str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:content:" + content))

"""Structured mutations of valid files, as hypothesis strategies: of the parsed value
(JSON and TOML trees: keys dropped, duplicated, renamed or swapped, values of another
type, huge and negative numbers, long strings, deep nesting), of lines (Markdown, text,
CSV rows, index lines), of tags (HTML, XML), of archive entries (EPUB), of database pages
(SQLite), and of the bytes themselves (cut short, flipped, NULs and garbage inserted,
stretches deleted or repeated, another encoding). Valid files come from
``tests.corpus.samples``; a mutation keeps most of the structure, so that the reader gets
past its first check and deep into its work."""

from __future__ import annotations

import copy
import csv
import datetime as dt
import functools
import io
import json
import math
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from hypothesis import strategies as st

# -- bytes ----------------------------------------------------------------------------------


class _Quiet:
    """A value with a short repr."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __repr__(self) -> str:
        size = f"{len(self.value):,}" if isinstance(self.value, str | bytes) else "?"
        return f"<{type(self.value).__name__} of {size}>"


def quiet(
    function: Callable[..., Any],
) -> Callable[..., st.SearchStrategy[Any]]:
    """``st.composite`` for a strategy whose first argument is a whole file: hypothesis
    shows a strategy's arguments when an example fails, and a file there helps no one (it
    warns of a repr over 30,000 characters, and warnings are errors in this suite)."""

    def unwrapped(draw: st.DrawFn, value: _Quiet, *args: Any, **kwargs: Any) -> Any:
        return function(draw, value.value, *args, **kwargs)

    unwrapped.__name__ = function.__name__
    strategy = st.composite(unwrapped)

    @functools.wraps(function)
    def make(value: Any, *args: Any, **kwargs: Any) -> st.SearchStrategy[Any]:
        return strategy(_Quiet(value), *args, **kwargs)

    return make


ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-le",
    "utf-16-be",
    "utf-32",
    "latin-1",
    "cp1252",
    "gb18030",
    "shift_jis",
    "koi8-r",
)


@quiet
def mutated_bytes(
    draw: st.DrawFn,
    data: bytes,
    *,
    steps: int = 3,
    tokens: Sequence[bytes] = (),
    max_size: int = 200_000,
) -> bytes:
    """``data`` after up to ``steps`` damages: cut short, a byte flipped, NULs or garbage
    or one of ``tokens`` inserted, a stretch deleted or repeated."""
    operations = ["cut", "flip", "nul", "garbage", "delete", "repeat"]
    if tokens:
        operations.append("token")
    for _ in range(draw(st.integers(0, steps))):
        size = len(data)
        at = draw(st.integers(0, size))
        operation = draw(st.sampled_from(operations))
        if operation == "cut":
            data = data[:at]
        elif operation == "flip" and at < size:
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
        elif operation == "nul":
            data = data[:at] + b"\0" * draw(st.integers(1, 4)) + data[at:]
        elif operation == "garbage":
            data = data[:at] + draw(st.binary(min_size=1, max_size=32)) + data[at:]
        elif operation == "token":
            data = data[:at] + draw(st.sampled_from(tokens)) + data[at:]
        elif operation == "delete":
            end = draw(st.integers(at, size))
            data = data[:at] + data[end:]
        elif operation == "repeat":
            end = draw(st.integers(at, min(size, at + 400)))
            times = draw(st.integers(1, 40))
            data = data[:end] + data[at:end] * times + data[end:]
        data = data[:max_size]
    return data


@quiet
def encoded(draw: st.DrawFn, text: str) -> bytes:
    """``text`` in UTF-8 four times in five, else in another encoding (what cannot be
    written in it replaced), with or without a byte-order mark."""
    encoding = draw(st.sampled_from(ENCODINGS)) if draw(st.integers(0, 4)) == 0 else "utf-8"
    return text.encode(encoding, errors="replace")


@quiet
def sometimes_damaged(
    draw: st.DrawFn, data: bytes, *, tokens: Sequence[bytes] = (), max_size: int = 200_000
) -> bytes:
    """``data`` as it is two times in three, else after :func:`mutated_bytes`."""
    if draw(st.integers(0, 2)):
        return data[:max_size]
    return draw(mutated_bytes(data, steps=3, tokens=tokens, max_size=max_size))


# -- trees (JSON, TOML) ---------------------------------------------------------------------

HUGE_NUMBERS = (
    2**63,
    2**63 - 1,
    2**64,
    -(2**63) - 1,
    10**30,
    -1,
    -(10**20),
    1e308,
    -0.0,
    math.inf,
    -math.inf,
    math.nan,
)
LONG_STRINGS = ("x" * 100_000, "\u202e" * 50, "\n" * 500, "\x00\x01\x1b[2J", "\ud800")


def odd_values(*, toml: bool = False) -> st.SearchStrategy[Any]:
    """A value of any type a tree can hold: what a field gets instead of its own."""
    scalars: list[st.SearchStrategy[Any]] = [
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.sampled_from(HUGE_NUMBERS),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=30),
        st.sampled_from(LONG_STRINGS),
        st.sampled_from(["", " ", "None", "null", "<script>alert(1)</script>", "../../x"]),
    ]
    if toml:
        scalars += [
            st.datetimes(timezones=st.none() | st.just(dt.UTC)),
            st.dates(),
            st.times(),
        ]
    else:
        scalars.append(st.none())
    leaf = st.one_of(*scalars)
    return st.recursive(
        leaf,
        lambda inner: (
            st.lists(inner, max_size=3)
            | st.dictionaries(st.text(min_size=1, max_size=8), inner, max_size=3)
        ),
        max_leaves=6,
    )


def _places(node: Any) -> Iterator[tuple[Any, Any]]:
    """Every (container, key) of a tree, the containers themselves included."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield node, key
            yield from _places(value)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield node, index
            yield from _places(value)


def _nested(value: Any, depth: int, as_list: bool) -> Any:
    for _ in range(depth):
        value = [value] if as_list else {"a": value}
    return value


@quiet
def mutated_tree(
    draw: st.DrawFn,
    tree: Any,
    *,
    keys: Sequence[str] = (),
    steps: int = 4,
    toml: bool = False,
    max_depth: int = 150,
) -> Any:
    """``tree`` (a JSON or TOML value) after 1 to ``steps`` mutations: a key dropped,
    renamed (to one of ``keys``, the format's own, or any), duplicated or swapped with
    another place's value, a value replaced by one of another type, a huge or negative
    number, a long string, or nested deep (up to ``max_depth`` levels)."""
    root = [copy.deepcopy(tree)]
    names = st.sampled_from(list(keys)) if keys else st.text(min_size=1, max_size=10)
    names = names | st.text(min_size=1, max_size=10)
    for _ in range(draw(st.integers(1, steps))):
        places = list(_places(root))
        container, key = draw(st.sampled_from(places))
        operation = draw(
            st.sampled_from(["drop", "replace", "rename", "duplicate", "swap", "nest", "grow"])
        )
        if operation == "drop" and container is not root:
            del container[key]
        elif operation == "replace":
            container[key] = draw(odd_values(toml=toml))
        elif operation == "rename" and isinstance(container, dict):
            container[draw(names)] = container.pop(key)
        elif operation == "duplicate":
            if isinstance(container, dict):
                container[draw(names)] = copy.deepcopy(container[key])
            else:
                container.insert(key, copy.deepcopy(container[key]))
        elif operation == "swap":
            other, other_key = draw(st.sampled_from(places))
            container[key], other[other_key] = (
                copy.deepcopy(other[other_key]),
                copy.deepcopy(container[key]),
            )
        elif operation == "nest":
            depth = draw(st.integers(1, max_depth))
            container[key] = _nested(container[key], depth, draw(st.booleans()))
        elif operation == "grow" and isinstance(container[key], list):
            times = draw(st.integers(2, 300))
            container[key] = container[key] * times
    return root[0]


def json_text(draw: st.DrawFn, value: Any) -> str:
    """``value`` as JSON text, written one of several ways (NaN and Infinity included)."""
    try:
        return json.dumps(
            value,
            ensure_ascii=draw(st.booleans()),
            indent=draw(st.sampled_from([None, 1, 2])),
            allow_nan=True,
            default=str,  # what a TOML tree holds and JSON lacks: dates and times
        )
    except ValueError:  # an int of more than 4,300 digits: json cannot write it
        return json.dumps(str(value))


# -- TOML, written by hand (the standard library only reads it) -----------------------------

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")


def toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else toml_value(key)


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value):
            return "nan"
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        return repr(value)
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, str):
        escaped = "".join(
            f"\\u{ord(c):04x}" if ord(c) < 0x20 or c in '"\\\x7f' or 0xD800 <= ord(c) < 0xE000
            else c
            for c in value
        )  # fmt: skip
        return f'"{escaped}"'
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value if v is not None) + "]"
    if isinstance(value, dict):
        inner = ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items())
        return "{" + inner + "}"
    return '""'


def toml_text(document: dict[str, Any]) -> str:
    """A TOML document from a tree: scalars and lists first, then tables, then arrays of
    tables (``[[entry]]``); what a table holds inside it is written inline."""
    lines: list[str] = []
    tables: list[tuple[str, dict[str, Any]]] = []
    arrays: list[tuple[str, list[dict[str, Any]]]] = []
    for key, value in document.items():
        if isinstance(value, dict):
            tables.append((key, value))
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            arrays.append((key, value))
        else:
            lines.append(f"{toml_key(key)} = {toml_value(value)}")
    for key, table in tables:
        simple = {k: v for k, v in table.items() if not isinstance(v, dict)}
        lines += ["", f"[{toml_key(key)}]"]
        lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in simple.items()]
        for name, sub in table.items():
            if isinstance(sub, dict):
                lines += ["", f"[{toml_key(key)}.{toml_key(name)}]"]
                lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in sub.items()]
    for key, items in arrays:
        for item in items:
            lines += ["", f"[[{toml_key(key)}]]"]
            lines += [f"{toml_key(k)} = {toml_value(v)}" for k, v in item.items()]
    return "\n".join(lines) + "\n"


# -- lines and tags ---------------------------------------------------------------------------


@quiet
def mutated_lines(draw: st.DrawFn, text: str, *, extra: Sequence[str] = (), steps: int = 4) -> str:
    """``text`` with lines dropped, repeated, swapped, or one of ``extra`` inserted."""
    lines = text.split("\n")
    for _ in range(draw(st.integers(1, steps))):
        at = draw(st.integers(0, max(0, len(lines) - 1)))
        operation = draw(st.sampled_from(["drop", "repeat", "swap", "insert", "join"]))
        if operation == "drop" and lines:
            del lines[at]
        elif operation == "repeat" and lines:
            lines[at:at] = [lines[at]] * draw(st.integers(1, 20))
        elif operation == "swap" and lines:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        elif operation == "insert":
            lines.insert(at, draw(st.sampled_from(list(extra)) if extra else st.text(max_size=40)))
        elif operation == "join" and at + 1 < len(lines):
            lines[at : at + 2] = [lines[at] + lines[at + 1]]
    return "\n".join(lines)


_TOKEN = re.compile(r"<[^>]*>|[^<]+")
_ATTRIBUTE = re.compile(r'(\w[\w:-]*)="([^"]*)"')


@quiet
def mutated_markup(draw: st.DrawFn, text: str, *, tags: Sequence[str] = (), steps: int = 4) -> str:
    """HTML or XML ``text`` with tags and texts dropped, repeated or swapped, one of
    ``tags`` inserted (opened and never closed, say), an attribute given an odd value,
    or a stretch wrapped in deep nesting."""
    tokens = _TOKEN.findall(text)
    for _ in range(draw(st.integers(1, steps))):
        at = draw(st.integers(0, max(0, len(tokens) - 1)))
        operation = draw(
            st.sampled_from(["drop", "repeat", "swap", "insert", "attribute", "nest", "text"])
        )
        if not tokens:
            tokens = [""]
        if operation == "drop":
            del tokens[at]
        elif operation == "repeat":
            tokens[at:at] = [tokens[at]] * draw(st.integers(1, 30))
        elif operation == "swap":
            other = draw(st.integers(0, len(tokens) - 1))
            tokens[at], tokens[other] = tokens[other], tokens[at]
        elif operation == "insert" and tags:
            tokens.insert(at, draw(st.sampled_from(list(tags))))
        elif operation == "attribute":
            odd = st.sampled_from(
                ["", "None", "null", "../../../etc/passwd", "#", "a" * 5000, "\x00", "&#0;"]
            )
            value = draw(odd | st.text(max_size=20)).replace('"', "")
            tokens[at] = _ATTRIBUTE.sub(
                lambda m, value=value: f'{m.group(1)}="{value}"', tokens[at], count=1
            )
        elif operation == "nest":
            depth = draw(st.integers(1, 300))
            tag = draw(st.sampled_from(["div", "b", "ul", "li", "blockquote", "navPoint"]))
            tokens[at] = f"<{tag}>" * depth + tokens[at] + f"</{tag}>" * draw(st.integers(0, depth))
        elif operation == "text":
            entity = st.sampled_from(["&#0;", "&#x110000;", "&#xD800;", "&bogus;", "&amp", "]]>"])
            tokens.insert(at, draw(entity | st.text(max_size=20)))
    return "".join(tokens)


# -- CSV ------------------------------------------------------------------------------------


@quiet
def mutated_csv(draw: st.DrawFn, text: str) -> str:
    """CSV ``text`` read into rows, rows and columns dropped, repeated or swapped, cells
    given odd values, and written back in one of several dialects."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    cells = st.sampled_from(
        ["", "=1+1", "'=x", 'a "quoted" b', "a\nb", "a;b\\;c", "\\", "x" * 2000, ",,,", " "]
    )
    for _ in range(draw(st.integers(1, 4))):
        operation = draw(
            st.sampled_from(["row", "row", "cell", "cell", "column", "header", "width"])
        )
        if not rows:
            rows = [[""]]
        row = draw(st.integers(0, len(rows) - 1))
        if operation == "row":
            what = draw(st.sampled_from(["drop", "repeat", "swap"]))
            if what == "drop":
                del rows[row]
            elif what == "repeat":
                rows[row:row] = [rows[row]] * draw(st.integers(1, 50))
            else:
                other = draw(st.integers(0, len(rows) - 1))
                rows[row], rows[other] = rows[other], rows[row]
        elif operation == "column" and rows[0]:
            column = draw(st.integers(0, len(rows[0]) - 1))
            for r in rows:
                if column < len(r):
                    del r[column]
        elif operation == "cell" and rows[row]:
            column = draw(st.integers(0, len(rows[row]) - 1))
            rows[row][column] = draw(cells | st.text(max_size=20))
        elif operation == "header" and rows[0]:
            column = draw(st.integers(0, len(rows[0]) - 1))
            rows[0][column] = draw(
                st.sampled_from(["id", "term_id", "related", "TERM_EN ", "", "x"])
            )
        elif operation == "width":
            rows[row] = rows[row] + [draw(cells)] * draw(st.integers(1, 5))
    buffer = io.StringIO()
    delimiter = draw(st.sampled_from([",", ";", "\t"])) if draw(st.integers(0, 5)) == 0 else ","
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    ending = draw(st.sampled_from(["\r\n", "\n", "\r"]))
    csv.writer(buffer, delimiter=delimiter, quoting=quoting, lineterminator=ending).writerows(rows)
    return buffer.getvalue()


# -- archives -------------------------------------------------------------------------------


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def rezip(files: Sequence[tuple[str, bytes, int]]) -> bytes:
    """An archive of (name, data, compression) in that order (names may repeat)."""
    import warnings

    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Duplicate name": wanted here
        with zipfile.ZipFile(buffer, "w") as archive:
            for name, data, compression in files:
                archive.writestr(zipfile.ZipInfo(name or "_"), data, compression)
    return buffer.getvalue()

"""Importing shared annotation files into the notes store.

Each annotation attaches to the document whose text has the hash its target names;
otherwise to a known document (the bundled article, the one open, any the store can
still read) whose text contains every quote of the file's document. Passages are
anchored as when a document changes (see ``glossary.notes.anchoring``). Everything is
checked before anything is written, and written in one transaction.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple

from glossary.documents.loading import DocumentError, load_bundled_article, load_document
from glossary.export.webanno import MAX_BYTES, Annotation, AnnotationFileError, parse
from glossary.messages import QT_TRANSLATE_NOOP, Problem
from glossary.model import Document
from glossary.notes.anchoring import anchor, quote_selector
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights, ImportedDocument, ImportedHighlight
from glossary.notes.store import Store, now_iso
from glossary.userfiles import UserFileError, read_user_file

MAX_NOT_FOUND_SHOWN = 3


class ImportResult(NamedTuple):
    added: int
    already_present: int
    documents: list[str]  # titles of the documents the notes went to
    hashes: list[str]  # and the SHA-256 of their texts


def read_annotation_file(path: Path) -> list[Annotation]:
    """The annotations in ``path``; :class:`AnnotationFileError` names the file and says
    what is wrong."""
    try:
        data = read_user_file(path, MAX_BYTES)
    except UserFileError as exc:
        raise AnnotationFileError(exc.template, **exc.fields) from None
    try:
        return parse(data)
    except AnnotationFileError as exc:
        raise AnnotationFileError(
            QT_TRANSLATE_NOOP("glossary", "{path}: {problem}"), path=path, problem=exc
        ) from None


def known_documents(store: Store, extra: Iterable[Document] = ()) -> list[Document]:
    """Documents whose text an import can anchor in: ``extra``, the bundled article,
    and every document of the store whose file can still be read unchanged."""
    found: dict[str, Document] = {}
    for document in [*extra, load_bundled_article()]:
        found.setdefault(document.sha256, document)
    for record in Documents(store).all():
        if record.sha256 in found or not record.path:
            continue
        try:
            document = load_document(record.path)
        except DocumentError:
            continue
        if document.sha256 == record.sha256:
            found[record.sha256] = document
    return list(found.values())


def import_annotations(
    store: Store, annotations: Sequence[Annotation], documents: Sequence[Document]
) -> ImportResult:
    """Anchor ``annotations`` in ``documents`` and add them to ``store`` in one
    transaction. Raises :class:`AnnotationFileError` (writing nothing) when some
    passages are found in no document."""
    by_sha = {d.sha256: d for d in documents}
    stored = {r.sha256: r for r in Documents(store).all()}
    groups: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        groups.setdefault(annotation.source, []).append(annotation)
    items: list[ImportedHighlight] = []
    titles: list[str] = []
    for source, group in groups.items():
        sha = group[0].sha256
        if sha is not None and sha in by_sha:
            document = by_sha[sha]
            items += [_anchored(a, document, orphan_if_lost=True) for a in group]
            titles.append(document.title)
        elif sha is not None and sha in stored:
            # The document's file cannot be read now, but its text is the one the
            # positions count in: keep them as they are.
            record = stored[sha]
            target = ImportedDocument(sha, record.title, record.path)
            items += [_unanchored(a, target) for a in group]
            titles.append(record.title)
        else:
            containing = _containing(group, documents)
            if containing is None:
                raise _not_found(source, group, documents)
            items += [_anchored(a, containing, orphan_if_lost=False) for a in group]
            titles.append(containing.title)
    added = Highlights(store).add_imported(items)
    hashes = list(dict.fromkeys(item.document.sha256 for item in items))
    return ImportResult(added, len(items) - added, list(dict.fromkeys(titles)), hashes)


def _find(annotation: Annotation, text: str, *, fuzzy: bool = True) -> tuple[int, int] | None:
    """Where the annotation's passage stands in ``text``; without ``fuzzy``, only where
    the quote stands exactly (to decide which document a file is about)."""
    if annotation.exact:
        start = annotation.start if annotation.start is not None else 0
        end = annotation.end if annotation.end is not None else start + len(annotation.exact)
        found = anchor(text, annotation.exact, annotation.prefix, annotation.suffix, start, end)
        if found is None or (found.how == "fuzzy" and not fuzzy):
            return None
        return found.start, found.end
    # Only a position: it stands if the text is long enough.
    assert annotation.start is not None and annotation.end is not None
    return (annotation.start, annotation.end) if annotation.end <= len(text) else None


def _containing(group: list[Annotation], documents: Sequence[Document]) -> Document | None:
    """The document in which every quote of ``group`` is found, if any."""
    for document in documents:
        if all(a.exact and _find(a, document.text, fuzzy=False) for a in group):
            return document
    return None


def _not_found(
    source: str, group: list[Annotation], documents: Sequence[Document]
) -> AnnotationFileError:
    best = max(
        documents,
        key=lambda d: sum(1 for a in group if a.exact and _find(a, d.text, fuzzy=False)),
        default=None,
    )
    missing = [
        a for a in group if best is None or not (a.exact and _find(a, best.text, fuzzy=False))
    ]
    shown = "; ".join(f"“{' '.join(a.exact.split())[:60]}”" for a in missing[:MAX_NOT_FOUND_SHOWN])
    name: str | Problem = " ".join((group[0].source_label or source).split())[:200]
    if not name:
        name = Problem(QT_TRANSLATE_NOOP("glossary", "an unnamed document"))
    return AnnotationFileError(
        QT_TRANSLATE_NOOP(
            "glossary",
            "{missing} of {count} passages of {name} are not in any document the app knows "
            "({shown}). Open that document first, then import again.",
        ),
        missing=len(missing),
        count=len(group),
        name=name,
        shown=shown,
    )


def _target(document: Document) -> ImportedDocument:
    return ImportedDocument(
        document.sha256, document.title, str(document.path) if document.path else None
    )


def _anchored(a: Annotation, document: Document, *, orphan_if_lost: bool) -> ImportedHighlight:
    # A fuzzy search needs the old position to start from; without one (an orphaned
    # highlight, a quote-only annotation) only the exact quote is trusted.
    place = _find(a, document.text, fuzzy=orphan_if_lost and a.start is not None)
    if place is None:
        assert orphan_if_lost
        return _unanchored(a, _target(document), orphaned=True)
    exact, prefix, suffix = quote_selector(document.text, *place)
    return _highlight(a, _target(document), exact, prefix, suffix, place, orphaned=False)


def _unanchored(
    a: Annotation, target: ImportedDocument, *, orphaned: bool = False
) -> ImportedHighlight:
    start = a.start if a.start is not None else 0
    end = a.end if a.end is not None else start + len(a.exact)
    lost = orphaned or a.start is None
    return _highlight(a, target, a.exact, a.prefix, a.suffix, (start, end), orphaned=lost)


def _highlight(
    a: Annotation,
    target: ImportedDocument,
    exact: str,
    prefix: str,
    suffix: str,
    place: tuple[int, int],
    *,
    orphaned: bool,
) -> ImportedHighlight:
    stamp = now_iso()
    created = a.created or a.modified or stamp
    return ImportedHighlight(
        uuid=a.id,
        document=target,
        exact=exact,
        prefix=prefix,
        suffix=suffix,
        start=place[0],
        end=place[1],
        colour=a.colour,
        note=a.note,
        created=created,
        updated=a.modified or created,
        creator=a.creator,
        orphaned=orphaned,
    )

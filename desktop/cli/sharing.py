"""``glossary-reader export`` and ``glossary-reader import``: handouts and annotation
files from the command line. The formats and their options are those of
``desktop.exporters``, as in the export dialog. Only the PDF format starts Qt
(offscreen when there is no display), to lay the handout out.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from desktop.exporters import names
from glossary.export.registry import PAGE_SIZES, SCOPES
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.notes.highlights import Highlights
from glossary.paths import NOTES_LOCK

EXPORT_USAGE = (
    f"glossary-reader [--data-dir DIR] export --format {{{','.join(names())}}} "
    "[--document PATH_OR_HASH] [--output PATH] [--article] [--no-glossary] "
    f"[--terms {{{','.join(SCOPES)}}}] [--page-size {{{','.join(PAGE_SIZES)}}}] "
    "[--creator NAME] [--vocabulary [--status STATUS]]"
)
IMPORT_USAGE = "glossary-reader [--data-dir DIR] import FILE.json"


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    export = commands.add_parser(
        "export",
        help="write the notes of a document as a handout, spreadsheet or deck",
        usage=EXPORT_USAGE,
    )
    export.add_argument(
        "--format", required=True, choices=names(), help="the kind of file to write"
    )
    export.add_argument(
        "--document",
        metavar="PATH_OR_HASH",
        help="a file, or the start of its text's SHA-256 (default: the bundled article)",
    )
    export.add_argument(
        "--output", metavar="PATH", type=Path, help="default: the title, in the current folder"
    )
    export.add_argument(
        "--article",
        action="store_true",
        help="HTML/PDF: include the whole article with the highlights marked",
    )
    export.add_argument(
        "--no-glossary",
        dest="glossary",
        action="store_false",
        help="Markdown/HTML/PDF: leave out the glossary of the terms in the highlights",
    )
    export.add_argument(
        "--terms",
        choices=SCOPES,
        default=None,
        help="which terms the glossary (or Anki deck) holds: those in the highlights "
        "(default for handouts) or all in the document (default for the deck and with "
        "--article)",
    )
    export.add_argument("--page-size", choices=PAGE_SIZES, default="a4", help="PDF only")
    export.add_argument(
        "--creator", metavar="NAME", default="", help="JSON: your name, as the notes' author"
    )
    export.add_argument(
        "--vocabulary",
        action="store_true",
        help="write the kept words instead of the notes (--format csv or apkg)",
    )
    export.add_argument(
        "--status",
        choices=("new", "learning", "known", "ignored"),
        help="with --vocabulary: only the words of this status",
    )
    add_data_dir(export)
    importing = commands.add_parser(
        "import",
        help="add the highlights and notes of a shared annotation file (JSON)",
        usage=IMPORT_USAGE,
    )
    importing.add_argument("file", type=Path, metavar="FILE.json")
    add_data_dir(importing)


def run_export(args: argparse.Namespace, notes_path: Path, fail: Callable[[str], int]) -> int:
    if args.vocabulary:
        return run_vocabulary_export(args, notes_path, fail)
    from desktop.exporters import exporter
    from glossary.documents.loading import DocumentError
    from glossary.export import ExportError
    from glossary.export.handout import build_handout
    from glossary.export.registry import Options
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.colours import DEFAULT_LABELS
    from glossary.notes.report import NotesError, document_to_export
    from glossary.notes.store import StoreError
    from glossary.terms.glossary import GlossaryError, load_bundled_glossary

    try:
        glossary = load_bundled_glossary()
        if notes_path.exists():
            with open_unrepaired(notes_path) as store:
                record, document = document_to_export(store, args.document)
                highlights = Highlights(store).of_document(record.id) if record else []
                labels = ColourLabels(store).all()
        else:
            if args.document is not None and not Path(args.document).is_file():
                return fail(f"{notes_path}: no notes yet (the file does not exist).")
            from glossary.documents.loading import load_bundled_article, load_document

            record, highlights, labels = None, [], DEFAULT_LABELS
            document = load_document(args.document) if args.document else load_bundled_article()
    except (StoreError, NotesError, DocumentError, GlossaryError) as exc:
        return fail(str(exc))
    chosen = exporter(args.format)
    options = Options(
        glossary=args.glossary,
        article=args.article,
        terms=args.terms,
        page_size=args.page_size,
        creator=args.creator,
    )
    wanted = chosen.handout_options(options)
    handout = build_handout(
        highlights,
        glossary,
        document=document,
        title=record.title if record else "",
        sha256=record.sha256 if record else "",
        labels=labels,
        include_glossary=wanted.include_glossary,
        include_article=wanted.include_article,
        scope=wanted.scope,
    )
    output = args.output or Path.cwd() / chosen.file_name(handout.title)
    if output.is_dir():
        output = output / chosen.file_name(handout.title)
    try:
        chosen.export(handout, output, options)
    except ExportError as exc:
        return fail(str(exc))
    if chosen.holds == "terms":
        what = f"{len(handout.entries)} terms"
    else:
        what = f"{len(handout.items)} highlights"
    print(f"Wrote {output} ({what}).")
    return 0


def run_vocabulary_export(
    args: argparse.Namespace, notes_path: Path, fail: Callable[[str], int]
) -> int:
    from glossary.export import ExportError
    from glossary.export.vocabulary import FORMATS as VOCABULARY_FORMATS
    from glossary.export.vocabulary import write as write_vocabulary
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.store import StoreError
    from glossary.words.vocabulary import STATUS_BY_NAME, Vocabulary

    if args.format not in VOCABULARY_FORMATS:
        return fail("--vocabulary is written as --format csv or --format apkg.")
    if not notes_path.exists():
        return fail(f"{notes_path}: no words kept yet (the file does not exist).")
    status = STATUS_BY_NAME[args.status] if args.status else None
    try:
        with open_unrepaired(notes_path) as store:
            items = Vocabulary(store).items(status=status)
            titles = {d.id: d.title for d in Documents(store).all()}
    except StoreError as exc:
        return fail(str(exc))
    output = args.output or Path.cwd() / f"vocabulary.{args.format}"
    if output.is_dir():
        output = output / f"vocabulary.{args.format}"
    try:
        write_vocabulary(items, args.format, output, titles)
    except ExportError as exc:
        return fail(str(exc))
    print(f"Wrote {output} ({len(items)} words).")
    return 0


def run_import(args: argparse.Namespace, notes_path: Path, fail: Callable[[str], int]) -> int:
    from glossary.export.webanno import AnnotationFileError
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.importing import import_annotations, known_documents, read_annotation_file
    from glossary.notes.store import StoreError

    if window_is_open(notes_path.parent / NOTES_LOCK):
        # One writer per notes database, as between two windows.
        return fail(
            "Glossary Reader is open on this data folder; import the file there "
            "(File > Import Annotations…) or close the window first."
        )
    try:
        annotations = read_annotation_file(args.file)
        with open_unrepaired(notes_path) as store:
            result = import_annotations(store, annotations, known_documents(store))
    except (AnnotationFileError, StoreError) as exc:
        return fail(str(exc))
    titles = ", ".join(f"“{t}”" for t in result.documents)
    added = "highlight" if result.added == 1 else "highlights"
    were = "was" if result.already_present == 1 else "were"
    print(
        f"Imported {result.added} {added} into {titles}; "
        f"{result.already_present} {were} already there."
    )
    return 0


def window_is_open(lock: Path) -> bool:
    """Whether a window holds the notes lock (Qt's QLockFile: the first line is its PID)."""
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").split("\n", 1)[0])
        os.kill(pid, 0)
    except PermissionError:
        return True  # the process exists; it belongs to someone else
    except (OSError, ValueError):
        return False
    return pid != os.getpid()

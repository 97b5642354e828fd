"""The command line: ``glossary-reader [--data-dir DIR] [--screenshot PNG] [FILE]``,
``glossary-reader terms [FILE] [--json]``.

Only opening the window (or taking a screenshot) imports Qt; the other
subcommands run without a display.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli.terminal import printable
from glossary import __version__
from glossary.documents.loading import (
    DocumentError,
    bundled_article_path,
    load_bundled_article,
    load_document,
)
from glossary.messages import Problem, plain_reason
from glossary.model import Document
from glossary.notes.colours import ColourLabels
from glossary.notes.documents import Documents
from glossary.paths import NOTES_LOCK
from glossary.terms.glossary import Glossary, GlossaryError

EXIT_USAGE = 2
EXIT_SOFTWARE = 70  # sysexits.h: an internal error
EXIT_INTERRUPTED = 130
DEBUG_ENV = "GLOSSARY_READER_DEBUG"
OWN_GLOSSARIES_SCHEMA = 3
SUBCOMMANDS = (
    "terms",
    "text",
    "notes",
    "export",
    "import",
    "glossary",
    "lookup",
    "speak",
    "sync",
    "class",
)
DESKTOP_ENTRY_OPTIONS = ("--install-desktop-entry", "--uninstall-desktop-entry")
DATA_ENV = "GLOSSARY_READER_DATA"

USAGE = """\
glossary-reader [--data-dir DIR] [--screenshot PNG] [FILE]
       glossary-reader [--data-dir DIR] terms [FILE] [--json]
       glossary-reader text FILE [--json]
       glossary-reader [--data-dir DIR] notes list [--document PATH_OR_HASH] [--json]
       glossary-reader [--data-dir DIR] notes edit ID --note TEXT | notes delete ID
       glossary-reader [--data-dir DIR] sync [--json] | sync status [--json]
       glossary-reader [--data-dir DIR] sync setup --folder DIR | --webdav URL --user NAME
       glossary-reader [--data-dir DIR] class publish|subscribe|hand-in|hand-ins|list ...
       glossary-reader [--data-dir DIR] export --format FORMAT [--document PATH_OR_HASH]
                       [--output PATH] [--article] [--no-glossary] [...]
       glossary-reader [--data-dir DIR] import FILE.json
       glossary-reader [--data-dir DIR] glossary {list,export,import} ...
       glossary-reader [--data-dir DIR] lookup WORD [WORD ...] [--json]
       glossary-reader speak TEXT [--lang id|en] [--out FILE.wav] [--speed PERCENT]
       glossary-reader --install-desktop-entry | --uninstall-desktop-entry"""


def _add_data_dir(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        default=default,
        help="folder for notes, settings and caches (default: the platform's app-data folder)",
    )


def _add_window_options(parser: argparse.ArgumentParser, default: object) -> None:
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        default=default,
        help="lay the window out at 1280x800, save a PNG once painted, and exit",
    )
    # For benchmarks: exit once the article and its marks are painted.
    parser.add_argument(
        "--exit-when-painted",
        action="store_true",
        default=default if default is argparse.SUPPRESS else False,
        help=argparse.SUPPRESS,
    )


def build_parser(window_only: bool = False) -> argparse.ArgumentParser:
    """The command line's parser; ``window_only`` leaves out the subcommands other than
    ``open`` (and the modules that define them): opening the window need not pay for
    them at start-up."""
    parser = argparse.ArgumentParser(
        prog="glossary-reader",
        usage=USAGE,
        description=(
            "Read an article beside a bilingual (Indonesian/English) glossary. "
            "Without FILE, opens the bundled article."
        ),
        epilog=f"The data folder can also be set with the environment variable {DATA_ENV}.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument(
        "--install-desktop-entry",
        action="store_true",
        help="add Glossary Reader to the desktop's menu, with its icon, for this user",
    )
    entry.add_argument(
        "--uninstall-desktop-entry",
        action="store_true",
        help="remove what --install-desktop-entry added",
    )
    _add_data_dir(parser, None)
    _add_window_options(parser, None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    # The options are accepted after the command too; SUPPRESS keeps a value given
    # before it from being reset by the subcommand's default.
    window = commands.add_parser(
        "open",
        help="open the reader window on FILE (the default command)",
        usage="glossary-reader [--data-dir DIR] [--screenshot PNG] [open] [FILE]",
    )
    window.add_argument(
        "file",
        nargs="?",
        type=Path,
        metavar="FILE",
        help="a .txt, .md, .html, .epub, .docx or .pdf file",
    )
    _add_data_dir(window, argparse.SUPPRESS)
    _add_window_options(window, argparse.SUPPRESS)
    if window_only:
        return parser
    from desktop.cli import classes as cliclasses
    from desktop.cli import glossaries as cliglossaries
    from desktop.cli import lookup as clilookup
    from desktop.cli import sharing as clisharing
    from desktop.cli import speak as clispeak
    from desktop.cli import sync as clisync

    terms = commands.add_parser(
        "terms",
        help="print the glossary terms found in FILE",
        usage="glossary-reader [--data-dir DIR] terms [FILE] [--json]",
    )
    terms.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help="default: the bundled article"
    )
    terms.add_argument("--json", action="store_true", help="print a JSON array of occurrences")
    cliglossaries.add_terms_option(terms)
    _add_data_dir(terms, argparse.SUPPRESS)
    text = commands.add_parser(
        "text",
        help="print FILE as the reader reads it (a clean text of a PDF, a book, a page)",
        usage="glossary-reader text FILE [--json]",
    )
    text.add_argument("file", type=Path, metavar="FILE", help="any file the reader opens")
    text.add_argument(
        "--json",
        action="store_true",
        help="print the title and each block's kind, level, text and page as JSON",
    )
    _add_data_dir(text, argparse.SUPPRESS)
    notes = commands.add_parser(
        "notes",
        help="list the highlights and notes kept in the data folder",
        usage="glossary-reader [--data-dir DIR] notes list [--document PATH_OR_HASH] [--json]",
    )
    notes_commands = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    listing = notes_commands.add_parser("list", help="print highlights with their notes")
    listing.add_argument(
        "--document",
        metavar="PATH_OR_HASH",
        help="only this document: a file, or the start of its text's SHA-256",
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    _add_data_dir(listing, argparse.SUPPRESS)
    clisync.add_note_commands(notes_commands, lambda p: _add_data_dir(p, argparse.SUPPRESS))
    clisync.add_commands(commands, lambda p: _add_data_dir(p, argparse.SUPPRESS))
    cliclasses.add_commands(commands, lambda p: _add_data_dir(p, argparse.SUPPRESS))
    clisharing.add_commands(commands, lambda p: _add_data_dir(p, argparse.SUPPRESS))
    cliglossaries.add_commands(commands, lambda p: _add_data_dir(p, argparse.SUPPRESS))
    clilookup.add_command(
        commands, lambda p: _add_data_dir(p, argparse.SUPPRESS), cliglossaries.add_terms_option
    )
    clispeak.add_command(commands, lambda p: _add_data_dir(p, argparse.SUPPRESS))
    return parser


def _command_at(argv: list[str]) -> tuple[int, str | None]:
    """Where the command is (or would go) in ``argv``, and which it is: a subcommand,
    ``open``, None when ``open`` is to be inserted there, or "" when argparse must see
    ``argv`` as it is (help, version, a missing option value)."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            return i, None
        if arg in ("-h", "--help", "--version", *DESKTOP_ENTRY_OPTIONS):
            return i, ""
        if arg in ("--data-dir", "--screenshot"):
            if i + 1 >= len(argv):
                return i, ""  # argparse says the value is missing
            i += 2
        elif arg.startswith(("--data-dir=", "--screenshot=")) or arg == "--exit-when-painted":
            i += 1
        elif arg in SUBCOMMANDS or arg == "open":
            return i, arg
        else:
            break
    return i, None


def _with_default_command(argv: list[str]) -> list[str]:
    """Insert ``open`` before the first positional argument unless it is a subcommand."""
    i, command = _command_at(argv)
    return [*argv[:i], "open", *argv[i:]] if command is None else argv


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = list(sys.argv[1:] if argv is None else argv)
    window_only = _command_at(args)[1] in (None, "open")
    return build_parser(window_only).parse_args(_with_default_command(args))


def data_dir_from(args: argparse.Namespace) -> Path | None:
    """``--data-dir``, else ``$GLOSSARY_READER_DATA``, else None (the platform default)."""
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser()
    env = os.environ.get(DATA_ENV)
    return Path(env).expanduser() if env else None


def fail(message: str) -> int:
    print(f"glossary-reader: {printable(message)}", file=sys.stderr)
    return EXIT_USAGE


def run_terms(args: argparse.Namespace) -> int:
    from glossary.notes.store import StoreError
    from glossary.terms.glossary import load_bundled_glossary
    from glossary.terms.matching import TermMatcher
    from glossary.terms.report import occurrences_json, occurrences_table

    try:
        document = load_document(args.file or bundled_article_path())
        glossary = _glossary_for(args, document, load_bundled_glossary())
    except (DocumentError, GlossaryError, StoreError) as exc:
        return fail(str(exc))
    if document.meta.get("encoding_guessed") == "yes":
        print(
            f"glossary-reader: {document.path} is not UTF-8; read as "
            f"{document.meta.get('encoding')}.",
            file=sys.stderr,
        )
    occurrences = TermMatcher(glossary).find(document.term_text)
    if args.json:
        return _print(occurrences_json(glossary, occurrences))
    return _print(occurrences_table(glossary, document, occurrences))


def run_text(args: argparse.Namespace) -> int:
    from desktop.cli.terminal import printable_json, printable_text
    from glossary.documents.report import document_json, document_text

    try:
        document = load_document(args.file)
    except DocumentError as exc:
        return fail(str(exc))
    if args.json:
        return _print(printable_json(document_json(document)))
    return _print(printable_text(document_text(document).rstrip("\n")))


def _print(output: str) -> int:
    """Print ``output``; a pipe closed early (``| head``) is not an error."""
    from desktop.cli.terminal import say

    say(output)
    return 0


def _glossary_for(args: argparse.Namespace, document: Document, bundled: Glossary) -> Glossary:
    """The bundled glossary with the reader's own: those named by ``--glossary``, else
    those switched on for the document."""
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.store import schema_version
    from glossary.terms.combined import Part, active_parts, combine
    from glossary.terms.own import BUNDLED, OwnGlossaries, own_key

    path = _notes_path(args)
    # Own glossaries came with schema 3: an older database has none, and is not
    # migrated (nor backed up) just to read it.
    if not path.exists() or schema_version(path) < OWN_GLOSSARIES_SCHEMA:
        if args.glossary and any(n.casefold() != BUNDLED for n in args.glossary):
            raise GlossaryError([f"no glossary named '{args.glossary[0]}' (none of yours yet)."])
        return bundled
    with open_unrepaired(path) as store:
        own = OwnGlossaries(store)
        if not args.glossary:
            return combine(active_parts(bundled, own, Documents(store).id_of(document.sha256)))
        parts = []
        for name in args.glossary:
            if name.casefold() == BUNDLED:
                parts.append(Part(BUNDLED, bundled))
                continue
            info = own.find(name)
            if info is None:
                names = ", ".join(g.name for g in own.all()) or "none"
                raise GlossaryError([f"no glossary named '{name}' (yours: {names})."])
            parts.append(Part(own_key(info.id), own.load(info.id)))
        own_first = sorted(parts, key=lambda p: p.key == BUNDLED)
        return combine(own_first)


def run_notes(args: argparse.Namespace) -> int:
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.report import NotesError, notes_json, notes_table, select_highlights
    from glossary.notes.store import StoreError
    from glossary.paths import NOTES_FILE, default_data_dir

    path = (data_dir_from(args) or default_data_dir()) / NOTES_FILE
    if not path.exists():
        return fail(f"{path}: no notes yet (the file does not exist).")
    try:
        with open_unrepaired(path) as store:
            rows = select_highlights(store, args.document)
            print(
                notes_json(rows, store)
                if args.json
                else notes_table(rows, ColourLabels(store).all())
            )
    except (StoreError, NotesError, DocumentError) as exc:
        return fail(str(exc))
    return 0


def _notes_path(args: argparse.Namespace) -> Path:
    from glossary.paths import NOTES_FILE, default_data_dir

    return (data_dir_from(args) or default_data_dir()) / NOTES_FILE


def run_window(args: argparse.Namespace) -> int:
    document = None
    if args.file is not None:
        # Read the file before Qt starts, so that a typo gives one line and exit 2.
        try:
            document = load_document(args.file)
        except DocumentError as exc:
            return fail(str(exc))
    data_dir = data_dir_from(args)
    if data_dir is not None:
        try:
            data_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return fail(f"{data_dir}: cannot be used as the data folder ({exc.strerror or exc}).")
    # The domain modules the window uses, before Qt: PySide6 looks at the source of
    # each module imported after it (see desktop/featurescan.py).
    import glossary.documents.reading
    import glossary.notes.backups
    import glossary.terms.combined
    import glossary.terms.matching
    import glossary.terms.search
    import glossary.words.vocabulary  # noqa: F401

    # isort: split
    from desktop.featurescan import scan_sources_lightly

    scan_sources_lightly()  # before the window's modules: see desktop/featurescan.py
    from desktop.app import run

    return run(
        document=document,
        data_dir=data_dir,
        screenshot=args.screenshot,
        exit_when_painted=args.exit_when_painted,
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. Whatever the input, it ends in one line and exit status 2 when
    it cannot be done: every reader raises the app's own error with a sentence for the
    user, and a file too large or deep for the memory gets one too. A bug in the app
    itself gets one line naming it (with the traceback when GLOSSARY_READER_DEBUG is set)
    and exit status 70."""
    args = parse_args(argv)
    try:
        if getattr(args, "install_desktop_entry", False) or getattr(
            args, "uninstall_desktop_entry", False
        ):
            return _desktop_entry(args)
        code = _run(args)
        sys.stdout.flush()  # a reader gone away (| head) is found here, not at exit
        return code
    except BrokenPipeError:
        # A reader of the output that went away early is no error of the command.
        from desktop.cli.terminal import stdout_gone

        stdout_gone()
        return 0
    except Problem as exc:
        return fail(str(exc))
    except (MemoryError, RecursionError) as exc:
        return fail(f"the input cannot be read: {plain_reason(exc)}.")
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        if os.environ.get(DEBUG_ENV):
            raise
        print(
            f"glossary-reader: internal error ({type(exc).__name__}: {exc}); please report it.",
            file=sys.stderr,
        )
        return EXIT_SOFTWARE


def _desktop_entry(args: argparse.Namespace) -> int:
    from desktop.cli import desktopentry

    try:
        if args.install_desktop_entry:
            desktopentry.install()
        else:
            desktopentry.uninstall()
    except OSError as exc:
        return fail(f"{exc.filename or 'the desktop entry'}: {exc.strerror or exc}.")
    return 0


def _run(args: argparse.Namespace) -> int:
    if args.command == "open":
        # No garbage collection until the window has painted (desktop/app.py turns it
        # back on then); see main.py.
        gc.disable()
        try:
            return run_window(args)
        finally:
            gc.enable()
    gc.enable()
    from glossary.atomic import clean_pending, keep_journal_in
    from glossary.paths import PENDING_DIR

    pending = _notes_path(args).parent / PENDING_DIR
    keep_journal_in(pending)
    clean_pending(pending)  # what an export killed half-way left
    from desktop.cli import glossaries as cliglossaries
    from desktop.cli import lookup as clilookup
    from desktop.cli import sharing as clisharing
    from desktop.cli import speak as clispeak
    from desktop.cli import sync as clisync

    if args.command == "speak":
        return clispeak.run_speak(args, fail)
    if args.command == "terms":
        return run_terms(args)
    if args.command == "text":
        return run_text(args)
    if args.command == "notes" and args.notes_command in ("edit", "delete"):
        path = _notes_path(args)
        return clisync.run_note_change(
            args, path, fail, lambda: clisharing.window_is_open(path.parent / NOTES_LOCK)
        )
    if args.command == "notes":
        return run_notes(args)
    if args.command == "sync":
        path = _notes_path(args)
        return clisync.run_sync(
            args, path, fail, lambda: clisharing.window_is_open(path.parent / NOTES_LOCK)
        )
    if args.command == "class":
        from desktop.cli import classes as cliclasses

        path = _notes_path(args)
        return cliclasses.run(
            args, path, fail, lambda: clisharing.window_is_open(path.parent / NOTES_LOCK)
        )
    if args.command == "export":
        return clisharing.run_export(args, _notes_path(args), fail)
    if args.command == "import":
        return clisharing.run_import(args, _notes_path(args), fail)
    if args.command == "lookup":
        return clilookup.run_lookup(
            args,
            _notes_path(args).parent,
            fail,
            lambda bundled: _glossary_for(args, load_bundled_article(), bundled),
        )
    if args.command == "glossary":
        path = _notes_path(args)
        return cliglossaries.run(
            args, path, fail, lambda: clisharing.window_is_open(path.parent / NOTES_LOCK)
        )
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())

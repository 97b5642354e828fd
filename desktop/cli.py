"""The command line: ``glossary-reader [--data-dir DIR] [--screenshot PNG] [FILE]``,
``glossary-reader terms [FILE] [--json]``.

Only opening the window (or taking a screenshot) imports Qt; the other
subcommands run without a display.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from glossary import __version__
from glossary.document import DocumentError, bundled_article_path, load_document
from glossary.terms import GlossaryError

EXIT_USAGE = 2
SUBCOMMANDS = ("terms",)
DATA_ENV = "GLOSSARY_READER_DATA"

USAGE = """\
glossary-reader [--data-dir DIR] [--screenshot PNG] [FILE]
       glossary-reader [--data-dir DIR] terms [FILE] [--json]"""


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        type=Path,
        help="folder for settings and notes (default: the platform's app-data folder)",
    )
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        type=Path,
        help="lay the window out at 1280x800, save a PNG once painted, and exit",
    )
    # For benchmarks: exit once the article and its marks are painted.
    parser.add_argument("--exit-when-painted", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    window = commands.add_parser(
        "open",
        help="open the reader window on FILE (the default command; FILE: .md or .txt)",
        usage="glossary-reader [--data-dir DIR] [--screenshot PNG] [open] [FILE]",
    )
    window.add_argument("file", nargs="?", type=Path, metavar="FILE", help="a .md or .txt file")
    terms = commands.add_parser(
        "terms",
        help="print the glossary terms found in FILE",
        usage="glossary-reader [--data-dir DIR] terms [FILE] [--json]",
    )
    terms.add_argument(
        "file", nargs="?", type=Path, metavar="FILE", help="default: the bundled article"
    )
    terms.add_argument("--json", action="store_true", help="print a JSON array of occurrences")
    return parser


def _with_default_command(argv: list[str]) -> list[str]:
    """Insert ``open`` before the first positional argument unless it is a subcommand."""
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            break
        if arg in ("--data-dir", "--screenshot"):
            i += 2
            continue
        if arg.startswith(("--data-dir=", "--screenshot=")):
            i += 1
            continue
        if arg == "--exit-when-painted":
            i += 1
            continue
        if arg in ("-h", "--help", "--version"):
            return argv
        if arg in SUBCOMMANDS or arg == "open":
            return argv
        break
    return [*argv[:i], "open", *argv[i:]]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    args = list(sys.argv[1:] if argv is None else argv)
    return build_parser().parse_args(_with_default_command(args))


def data_dir_from(args: argparse.Namespace) -> Path | None:
    """``--data-dir``, else ``$GLOSSARY_READER_DATA``, else None (the platform default)."""
    if args.data_dir is not None:
        return Path(args.data_dir).expanduser()
    env = os.environ.get(DATA_ENV)
    return Path(env).expanduser() if env else None


def fail(message: str) -> int:
    print(f"glossary-reader: {message}", file=sys.stderr)
    return EXIT_USAGE


def run_terms(args: argparse.Namespace) -> int:
    from glossary.matching import TermMatcher
    from glossary.report import occurrences_json, occurrences_table
    from glossary.terms import load_bundled_glossary

    try:
        document = load_document(args.file or bundled_article_path())
        glossary = load_bundled_glossary()
    except (DocumentError, GlossaryError) as exc:
        return fail(str(exc))
    occurrences = TermMatcher(glossary).find(document.text)
    if args.json:
        print(occurrences_json(glossary, occurrences))
    else:
        print(occurrences_table(glossary, document, occurrences))
    return 0


def run_window(args: argparse.Namespace) -> int:
    if args.file is not None:
        # Check the file before Qt starts, so that a typo gives one line and exit 2.
        try:
            load_document(args.file)
        except DocumentError as exc:
            return fail(str(exc))
    from desktop.app import run

    return run(
        file=args.file,
        data_dir=data_dir_from(args),
        screenshot=args.screenshot,
        exit_when_painted=args.exit_when_painted,
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.command == "terms":
        return run_terms(args)
    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())

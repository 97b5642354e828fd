"""``glossary-reader glossary list|export|import`` and the glossary choice of
``terms``: the reader's own glossaries from the command line, without Qt."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from glossary.export.glossaries import FORMATS
from glossary.terms.own import BUNDLED

USAGE = (
    "glossary-reader [--data-dir DIR] glossary list\n"
    "       glossary-reader [--data-dir DIR] glossary export NAME "
    f"--format {{{','.join(FORMATS)}}} [--output PATH]\n"
    "       glossary-reader [--data-dir DIR] glossary import FILE [--name NAME] [--dry-run]"
)


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = commands.add_parser(
        "glossary", help="list, export and import your own glossaries", usage=USAGE
    )
    actions = parser.add_subparsers(dest="glossary_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the glossaries: bundled and your own")
    add_data_dir(listing)
    export = actions.add_parser("export", help="write a glossary as TOML, CSV or an Anki deck")
    export.add_argument(
        "name", metavar="NAME", help="the glossary's name ('bundled' for the app's)"
    )
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument(
        "--output", metavar="PATH", type=Path, help="default: the name, in the current folder"
    )
    add_data_dir(export)
    importing = actions.add_parser(
        "import", help="add the entries of a TOML or CSV file to one of your glossaries"
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--name", help="the glossary to import into (default: the file's; made if new)"
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="only list what would be new, changed or in conflict"
    )
    add_data_dir(importing)


def add_terms_option(terms: argparse.ArgumentParser) -> None:
    terms.add_argument(
        "--glossary",
        action="append",
        metavar="NAME",
        help="use this glossary ('bundled' or one of yours; repeat for several; default: "
        "those switched on for the document)",
    )


def run(
    args: argparse.Namespace,
    notes_path: Path,
    fail: Callable[[str], int],
    window_is_open: Callable[[], bool],
) -> int:
    from glossary.notes.store import StoreError
    from glossary.terms.files import GlossaryFileError
    from glossary.terms.glossary import GlossaryError
    from glossary.terms.own import EntryProblems

    try:
        if args.glossary_command == "list":
            return _list(notes_path)
        if args.glossary_command == "export":
            return _export(args, notes_path, fail)
        if window_is_open():
            return fail(
                "Glossary Reader is open on this data folder; import the glossary there or "
                "close the window first."
            )
        return _import(args, notes_path)
    except (GlossaryFileError, GlossaryError, StoreError, EntryProblems) as exc:
        return fail(str(exc))


def _list(notes_path: Path) -> int:
    from glossary.notes.backups import open_unrepaired
    from glossary.terms.glossary import load_bundled_glossary
    from glossary.terms.own import OwnGlossaries

    bundled = load_bundled_glossary()
    print(f"{BUNDLED:<10} {len(bundled):6d} entries  {bundled.name} (bundled, read-only)")
    if notes_path.exists():
        with open_unrepaired(notes_path) as store:
            for info in OwnGlossaries(store).all():
                print(f"{'own':<10} {info.entries:6d} entries  {info.name}")
    return 0


def _export(args: argparse.Namespace, notes_path: Path, fail: Callable[[str], int]) -> int:
    from glossary.export import ExportError, safe_filename
    from glossary.export.glossaries import write_glossary
    from glossary.notes.backups import open_unrepaired
    from glossary.terms.glossary import load_bundled_glossary
    from glossary.terms.own import OwnGlossaries

    if args.name.casefold() == BUNDLED:
        glossary = load_bundled_glossary()
    else:
        if not notes_path.exists():
            return fail(f"no glossary named '{args.name}' (there are no own glossaries yet).")
        with open_unrepaired(notes_path) as store:
            own = OwnGlossaries(store)
            info = own.find(args.name)
            if info is None:
                names = ", ".join(g.name for g in own.all()) or "none"
                return fail(f"no glossary named '{args.name}' (yours: {names}).")
            glossary = own.load(info.id)
    output = args.output or Path(safe_filename(glossary.name, args.format, "glossary"))
    if output.is_dir():
        output = output / safe_filename(glossary.name, args.format, "glossary")
    try:
        write_glossary(glossary, output, args.format)
    except ExportError as exc:
        return fail(str(exc))
    print(f"Wrote {output} ({len(glossary)} entries).")
    return 0


def _import(args: argparse.Namespace, notes_path: Path) -> int:
    from glossary.notes.backups import open_unrepaired
    from glossary.terms.files import read_glossary_file
    from glossary.terms.own import OwnGlossaries

    terms = read_glossary_file(args.file, args.name)
    if args.dry_run and not notes_path.exists():
        print(f"A new glossary “{terms.name}” with {len(terms.entries)} entries.")
        return 0
    with open_unrepaired(notes_path) as store:
        own = OwnGlossaries(store)
        info = own.find(terms.name)
        if info is None and args.dry_run:
            print(f"A new glossary “{terms.name}” with {len(terms.entries)} entries.")
            return 0
        glossary_id = info.id if info is not None else own.create(terms.name)
        plan = own.plan_import(glossary_id, terms)
        print(
            f"“{terms.name}”: {len(plan.new)} new, {len(plan.changed)} changed, "
            f"{len(plan.unchanged)} unchanged entries."
        )
        for _old, new in plan.changed[:20]:
            print(f"  changed: {new.id} ({new.term_id})")
        for entry_id, field, message in plan.conflicts[:20]:
            print(f"  conflict: {entry_id}: {field}: {message}")
        if args.dry_run:
            return 0
        own.apply_import(glossary_id, terms)  # raises on conflicts, writing nothing
    print("Imported.")
    return 0

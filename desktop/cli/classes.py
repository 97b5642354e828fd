"""``glossary-reader class``: a class that reads together, from the command line. A
teacher publishes a layer of notes and own glossaries to a folder or a WebDAV folder,
students subscribe and hand in their notes, the teacher lists and exports the hand-ins.
No Qt: the domain does the work (glossary/sync/classes.py)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from glossary.sync.passwords import ENVIRONMENT_VARIABLE as PASSWORD_VARIABLE

if TYPE_CHECKING:
    from glossary.notes.store import Store
    from glossary.sync.classes import ClassInfo, ClassReport
    from glossary.sync.roots import SyncRoot

USAGE = (
    "glossary-reader [--data-dir DIR] class publish (--folder DIR | --webdav URL --user NAME)"
    " --teacher NAME [--class ID] [--document SHA_OR_FILE ...] [--glossary NAME ...]\n"
    "       glossary-reader [--data-dir DIR] class subscribe (--folder DIR | --webdav URL"
    " --user NAME) --student NAME [--class ID]\n"
    "       glossary-reader [--data-dir DIR] class hand-in --class ID --document SHA_OR_FILE\n"
    "       glossary-reader [--data-dir DIR] class hand-ins --class ID [--json] [--csv FILE]"
    " [--handout FILE.md|FILE.html]\n"
    "       glossary-reader [--data-dir DIR] class list [--json] | class refresh [--json]"
    " | class leave --class ID"
)
# What only reads the notes: allowed while the window is open on them.
READ_ONLY = ("list", "hand-ins")


def _add_where(parser: argparse.ArgumentParser) -> None:
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder", type=Path, metavar="DIR", help="the class's shared folder")
    where.add_argument(
        "--webdav",
        metavar="URL",
        help="the class's WebDAV folder (https://…); the password from "
        f"{PASSWORD_VARIABLE}, or asked",
    )
    parser.add_argument("--user", metavar="NAME", help="the WebDAV user name")
    parser.add_argument(
        "--class", dest="class_id", metavar="ID", help="the class's name (default: the only one)"
    )


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    parser = commands.add_parser(
        "class",
        help="a class that reads together: publish, subscribe, hand in",
        usage=USAGE,
    )
    actions = parser.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    publish = actions.add_parser(
        "publish",
        prog="glossary-reader class publish",
        help="a teacher: publish notes on documents and own glossaries to a class",
    )
    _add_where(publish)
    publish.add_argument("--teacher", required=True, metavar="NAME", help="your name, as shown")
    publish.add_argument(
        "--document",
        action="append",
        default=[],
        metavar="SHA_OR_FILE",
        help="a document whose notes to publish: a file, or the start of its text's SHA-256 "
        "(repeat for several; added to those published before)",
    )
    publish.add_argument(
        "--glossary",
        action="append",
        default=[],
        metavar="NAME",
        help="an own glossary to publish (repeat for several; added to those before)",
    )
    publish.add_argument("--json", action="store_true", help="print the class as JSON")
    add_data_dir(publish)
    subscribe = actions.add_parser(
        "subscribe",
        prog="glossary-reader class subscribe",
        help="a student: follow a class (its notes beside yours, its glossaries)",
    )
    _add_where(subscribe)
    subscribe.add_argument("--student", required=True, metavar="NAME", help="your name")
    subscribe.add_argument("--json", action="store_true", help="print the class as JSON")
    add_data_dir(subscribe)
    hand_in = actions.add_parser(
        "hand-in",
        prog="glossary-reader class hand-in",
        help="a student: hand in your notes on a document",
    )
    hand_in.add_argument("--class", dest="class_id", required=True, metavar="ID")
    hand_in.add_argument(
        "--document",
        required=True,
        metavar="SHA_OR_FILE",
        help="a file, or the start of its text's SHA-256",
    )
    add_data_dir(hand_in)
    hand_ins = actions.add_parser(
        "hand-ins",
        prog="glossary-reader class hand-ins",
        help="a teacher: list the hand-ins, and export them together",
    )
    hand_ins.add_argument("--class", dest="class_id", required=True, metavar="ID")
    hand_ins.add_argument("--json", action="store_true", help="print them as JSON")
    hand_ins.add_argument(
        "--csv", type=Path, metavar="FILE", help="write them as a spreadsheet (CSV)"
    )
    hand_ins.add_argument(
        "--handout",
        type=Path,
        metavar="FILE",
        help="write them as a handout, per student and document (.md or .html)",
    )
    add_data_dir(hand_ins)
    listing = actions.add_parser(
        "list", prog="glossary-reader class list", help="the classes you publish or follow"
    )
    listing.add_argument("--json", action="store_true", help="print them as JSON")
    add_data_dir(listing)
    refresh = actions.add_parser(
        "refresh",
        prog="glossary-reader class refresh",
        help="publish what changed, read in the teachers' changes (sync does it too)",
    )
    refresh.add_argument("--json", action="store_true", help="print what was done as JSON")
    add_data_dir(refresh)
    leave = actions.add_parser(
        "leave",
        prog="glossary-reader class leave",
        help="stop following a class (its notes go; its glossaries stay yours), or "
        "stop publishing one (its files stay in the class folder)",
    )
    leave.add_argument("--class", dest="class_id", required=True, metavar="ID")
    add_data_dir(leave)


def run(
    args: argparse.Namespace,
    notes_path: Path,
    fail: Callable[[str], int],
    window_is_open: Callable[[], bool],
) -> int:
    from glossary.documents.loading import DocumentError
    from glossary.export import ExportError
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.errors import StoreError
    from glossary.notes.report import NotesError
    from glossary.sync.classes import ClassError
    from glossary.sync.roots import RootError

    command = args.class_command
    if command not in READ_ONLY and window_is_open():
        return fail(
            "Glossary Reader is open on this data folder; close the window first (the "
            "window refreshes its classes at each sync)."
        )
    if command in ("hand-in", "hand-ins", "list", "refresh", "leave") and not notes_path.exists():
        return fail(f"{notes_path}: no notes yet (the file does not exist).")
    notes_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open_unrepaired(notes_path) as store:
            if command in ("publish", "subscribe"):
                return _join(store, args, fail)
            if command == "hand-in":
                return _hand_in(store, args)
            if command == "hand-ins":
                return _hand_ins(store, args)
            if command == "leave":
                return _leave(store, args.class_id)
            if command == "refresh":
                from glossary.sync.classes import refresh

                report = refresh(store)
                _say_report(report, args.json)
                return 0
            return _list(store, args.json)
    except (
        ClassError,
        RootError,
        StoreError,
        NotesError,
        DocumentError,
        ExportError,
    ) as exc:
        return fail(str(exc))


def _root(args: argparse.Namespace, fail: Callable[[str], int]) -> SyncRoot | int:
    """The root ``--folder`` or ``--webdav`` names (for WebDAV the password from the
    environment or a terminal, kept in the keyring once the server took it), or the
    exit status of saying why not."""
    from glossary.sync import passwords
    from glossary.sync.roots import FolderRoot
    from glossary.sync.webdav import WebDAVRoot, check_url

    if args.webdav is None:
        folder = args.folder.expanduser().absolute()
        if not folder.is_dir():
            return fail(f"{folder} is not a folder.")
        return FolderRoot(folder)
    if not args.user:
        return fail("--webdav needs --user NAME (the user name on the WebDAV server)")
    url = check_url(args.webdav)  # refused before any password is asked
    password = passwords.from_environment()
    if password is None:
        try:
            password = passwords.password_for(url, args.user)
        except Exception:  # no keyring, or none kept: asked on a terminal, if there is one
            password = None
    if password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {args.user} at {url}: ") or None
    if password is None:
        return fail(
            f"give the WebDAV password in the environment variable {PASSWORD_VARIABLE} "
            "(or run this on a terminal to be asked for it)"
        )
    root = WebDAVRoot(url, args.user, password)
    root.check()
    if passwords.from_environment() is None:
        passwords.keep(root.url, args.user, password)  # for the refreshes to come
    return root


def _join(store: Store, args: argparse.Namespace, fail: Callable[[str], int]) -> int:
    from glossary.notes.report import find_document
    from glossary.sync.classes import location_of, publications, publish, refresh, subscribe

    opened = _root(args, fail)
    if isinstance(opened, int):
        return opened
    with closing(opened) as root:
        if args.class_command == "subscribe":
            info = subscribe(store, root, student=args.student, class_id=args.class_id)
        else:
            # What was published before stays: the documents and glossaries given are
            # added to it (the class this store publishes there, when none is named).
            here = location_of(root)[:2]
            mine = [c for c in publications(store) if (c.kind, c.location) == here]
            named = [c for c in publications(store) if c.class_id == args.class_id]
            before = (
                named[0] if named else (mine[0] if len(mine) == 1 and not args.class_id else None)
            )
            documents = list(before.documents) if before else []
            documents += [find_document(store, d).sha256 for d in args.document]
            glossaries = list(before.glossaries) if before else []
            info = publish(
                store,
                root,
                teacher=args.teacher,
                documents=documents,
                glossaries=glossaries + args.glossary,
                class_id=args.class_id,
            )
    if args.json:
        print(json.dumps(info.as_json(), ensure_ascii=False, indent=2))
        return 0
    _say_class(info)
    if args.class_command == "subscribe":
        for problem in refresh(store).problems:  # what the first reading could not read
            print(f"glossary-reader: {problem}", file=sys.stderr)
    return 0


def _say_class(info: ClassInfo) -> None:
    where = f"{info.location} as {info.user}" if info.kind == "webdav" else info.location
    if info.role == "teacher":
        print(
            f"Class {info.class_id} published to {where} by {info.teacher}: "
            f"{_count(len(info.documents), 'document')}, "
            f"{_count(len(info.glossaries), 'glossary', 'glossaries')}."
        )
        place = f"--webdav {info.location} --user NAME" if info.kind == "webdav" else (
            f"--folder {info.location}"
        )  # fmt: skip
        print(
            f"Students subscribe with: glossary-reader class subscribe {place} "
            f"--class {info.class_id} --student NAME"
        )
    else:
        print(
            f"Subscribed to class {info.class_id} of {info.teacher} at {where}, as {info.student}."
        )


def _leave(store: Store, class_id: str) -> int:
    from glossary.sync.classes import publications, unpublish, unsubscribe

    if any(c.class_id == class_id for c in publications(store)):
        unpublish(store, class_id)
        print(f"You no longer publish class {class_id}; its files stay in the class folder.")
    else:
        unsubscribe(store, class_id)
        print(f"You no longer follow class {class_id}; its glossaries stay among yours.")
    return 0


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else many or one + 's'}"


def _hand_in(store: Store, args: argparse.Namespace) -> int:
    from glossary.notes.highlights import Highlights
    from glossary.notes.report import find_document
    from glossary.sync.classes import followed, hand_in

    followed(store, args.class_id)  # before the document: the class named may be a typo
    record = find_document(store, args.document)
    written = hand_in(store, args.class_id, record.sha256)
    count = len(Highlights(store).of_document(record.id))
    title = record.title or record.sha256[:12]
    print(f"Handed in {_count(count, 'highlight')} on “{title}”: {written}")
    return 0


def _hand_ins(store: Store, args: argparse.Namespace) -> int:
    from glossary.export.handins import write_csv, write_handout
    from glossary.messages import Problem
    from glossary.sync.classes import hand_ins

    problems: list[Problem] = []
    found = hand_ins(store, args.class_id, problems=problems)
    if args.csv is not None:
        print(f"Wrote {write_csv(found, args.csv)}.")
    if args.handout is not None:
        print(f"Wrote {write_handout(found, args.class_id, args.handout)}.")
    if args.json:
        print(json.dumps([h.as_json() for h in found], ensure_ascii=False, indent=2))
    elif args.csv is None and args.handout is None:
        if not found:
            print(f"No hand-ins in class {args.class_id} yet.")
        student = None
        for handed in found:
            if handed.student_id != student:
                student = handed.student_id
                print(handed.student)
            print(
                f"  {handed.title or handed.document_sha[:12]}: "
                f"{_count(len(handed.highlights), 'highlight')}, handed in {handed.handed_in}"
            )
    for problem in problems:
        print(f"glossary-reader: {problem}", file=sys.stderr)
    return 0


def _list(store: Store, as_json: bool) -> int:
    from glossary.sync.classes import publications, subscriptions

    classes = publications(store) + subscriptions(store)
    if as_json:
        print(json.dumps([c.as_json() for c in classes], ensure_ascii=False, indent=2))
        return 0
    if not classes:
        print(
            "No classes (glossary-reader class publish … as a teacher, class subscribe … "
            "as a student)."
        )
    for info in classes:
        if info.role == "teacher":
            print(
                f"{info.class_id}: you publish it, as {info.teacher}, to {info.location} "
                f"({_count(len(info.documents), 'document')}, "
                f"{_count(len(info.glossaries), 'glossary', 'glossaries')})"
            )
        else:
            print(
                f"{info.class_id}: you follow it, as {info.student}; {info.teacher} "
                f"publishes it to {info.location}"
            )
    return 0


def _say_report(report: ClassReport, as_json: bool) -> None:
    if as_json:
        print(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        print(f"Wrote {_count(report.written, 'class file')}, read {report.read}.")
    for problem in report.problems:
        print(f"glossary-reader: {problem}", file=sys.stderr)

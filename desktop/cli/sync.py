"""``glossary-reader sync``: set up sync through a folder or a WebDAV server, sync once,
say how it stands; and ``notes edit`` / ``notes delete``, so that notes can be scripted
as well as synced. No Qt: the domain does the work (glossary/sync)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.terminal import say
from glossary.sync.passwords import ENVIRONMENT_VARIABLE as PASSWORD_VARIABLE

if TYPE_CHECKING:
    from glossary.notes.store import Store

from glossary.sync.passphrase import ENVIRONMENT as PASSPHRASE_ENV

SYNC_USAGE = (
    "glossary-reader [--data-dir DIR] sync [--json]"
    " | sync setup (--folder DIR | --webdav URL --user NAME) [--library NAME] [--passphrase]"
    " | sync status [--json]"
)


def add_commands(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync the notes with your other devices through a folder or WebDAV",
        usage=SYNC_USAGE,
    )
    sync.add_argument("--json", action="store_true", help="print what was sent and received")
    add_data_dir(sync)
    actions = sync.add_subparsers(dest="sync_command", metavar="ACTION")
    # Named in full: argparse would build their names from the usage line above.
    setup = actions.add_parser(
        "setup",
        prog="glossary-reader sync setup",
        help="sync through a folder (Syncthing, a USB stick…) or a WebDAV server",
    )
    where = setup.add_mutually_exclusive_group(required=True)
    where.add_argument("--folder", type=Path, metavar="DIR", help="the folder to sync through")
    where.add_argument(
        "--webdav",
        metavar="URL",
        help="the WebDAV folder to sync through (https://…; on Nextcloud "
        "https://SERVER/remote.php/dav/files/USER/); the password from "
        f"{PASSWORD_VARIABLE}, or asked",
    )
    setup.add_argument("--user", metavar="NAME", help="the WebDAV user name")
    setup.add_argument(
        "--library", metavar="NAME", help="the library to join, if the root holds several"
    )
    setup.add_argument(
        "--passphrase",
        action="store_true",
        help=f"encrypt the notes with a passphrase (from {PASSPHRASE_ENV}, or asked): "
        "a new library is made encrypted; an encrypted one is joined with its passphrase",
    )
    add_data_dir(setup)
    state = actions.add_parser(
        "status",
        prog="glossary-reader sync status",
        help="where the notes sync to, and the last sync",
    )
    state.add_argument("--json", action="store_true", help="print it as JSON")
    add_data_dir(state)


def add_note_commands(
    notes_commands: argparse._SubParsersAction[argparse.ArgumentParser],
    add_data_dir: Callable[[argparse.ArgumentParser], None],
) -> None:
    edit = notes_commands.add_parser("edit", help="change a highlight's note")
    edit.add_argument("id", metavar="ID", help="the highlight's id, as notes list --json gives it")
    edit.add_argument("--note", required=True, metavar="TEXT", help="the new note ('' clears it)")
    add_data_dir(edit)
    delete = notes_commands.add_parser("delete", help="put a highlight in the Trash")
    delete.add_argument(
        "id", metavar="ID", help="the highlight's id, as notes list --json gives it"
    )
    add_data_dir(delete)


def run_sync(
    args: argparse.Namespace,
    notes_path: Path,
    fail: Callable[[str], int],
    window_is_open: Callable[[], bool],
) -> int:
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.errors import StoreError
    from glossary.sync import passphrase as passphrases
    from glossary.sync.crypto import PassphraseError
    from glossary.sync.engine import Sync
    from glossary.sync.roots import RootError
    from glossary.sync.setup import (
        SetupError,
        is_encrypted,
        load_config,
        open_root,
        record_outcome,
        setup_folder,
        status,
        with_classes,
    )

    command = getattr(args, "sync_command", None)
    if command != "status" and window_is_open():
        return fail(
            "Glossary Reader is open on this data folder; sync there (File > Sync Now) "
            "or close the window first."
        )
    notes_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with open_unrepaired(notes_path) as store:
            if command == "setup" and args.webdav is not None:
                return _setup_webdav(store, args, fail)
            if command == "setup":
                secret = None
                if args.passphrase:
                    secret, why_not = passphrase_given()
                    if secret is None:
                        return fail(why_not)
                config = setup_folder(store, args.folder, args.library, secret)
                say(f"Notes sync through {config.location}, library {config.library}.")
                if secret is not None:
                    say_where_the_passphrase_is(
                        passphrases.store(config.library, secret), config.library
                    )
                return 0
            if command == "status":
                now = status(store)
                if args.json:
                    shown = now.as_json()
                    shown["encrypted"] = now.config is not None and is_encrypted(
                        store, now.config.library
                    )
                    say(json.dumps(shown, ensure_ascii=False, indent=2))
                elif now.config is None:
                    say(
                        "Sync is not set up (glossary-reader sync setup --folder DIR, or "
                        "--webdav URL --user NAME)."
                    )
                else:
                    last = now.last_sync or "never"
                    user = f" as {now.config.user}" if now.config.kind == "webdav" else ""
                    say(
                        f"Syncing through {now.config.location}{user}, "
                        f"library {now.config.library}."
                    )
                    if is_encrypted(store, now.config.library):
                        say("The library is encrypted with a passphrase.")
                    say(f"Last sync: {last}; {now.pending} changes waiting.")
                    for problem in now.last_problems:
                        say(f"Problem: {problem}")
                return 0
            configured = load_config(store)
            if configured is None:
                return fail(
                    "sync is not set up: glossary-reader sync setup --folder DIR "
                    "(or --webdav URL --user NAME)"
                )
            secret = None
            if is_encrypted(store, configured.library):
                secret = passphrases.find(configured.library)
                if secret is None:
                    problem = (
                        f"the library {configured.library} is encrypted: give its passphrase "
                        f"in {PASSPHRASE_ENV}, or keep it in the keyring with "
                        "glossary-reader sync setup ... --passphrase"
                    )
                    record_outcome(store, None, problem)
                    return fail(problem)
            try:
                with closing(open_root(configured)) as root:
                    report = Sync(store, root, configured.library, passphrase=secret).run()
            except (RootError, PassphraseError) as exc:
                record_outcome(store, None, str(exc))
                return fail(str(exc))
            report = with_classes(store, report)  # the classes' problems among its own
            record_outcome(store, report)
    except (StoreError, SetupError, RootError, PassphraseError) as exc:
        return fail(str(exc))
    if args.json:
        say(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        say(
            f"Sent {report.sent} changes, received {report.received} ({report.read} segments read)."
        )
    for trouble in report.problems:
        print(f"glossary-reader: {trouble}", file=sys.stderr)
    return 0


def _setup_webdav(store: Store, args: argparse.Namespace, fail: Callable[[str], int]) -> int:
    """``sync setup --webdav URL --user NAME``: the password from the environment, or
    asked on a terminal; kept in the system keyring once the server took it."""
    from glossary.sync import passwords
    from glossary.sync.setup import setup_webdav
    from glossary.sync.webdav import check_url

    if not args.user:
        return fail("--webdav needs --user NAME (the user name on the WebDAV server)")
    check_url(args.webdav)  # an address that may not be used is refused before any password
    password = passwords.from_environment()
    if password is None and sys.stdin.isatty():
        import getpass

        password = getpass.getpass(f"Password for {args.user} at {args.webdav}: ") or None
    if password is None:
        return fail(
            f"give the WebDAV password in the environment variable {PASSWORD_VARIABLE} "
            "(or run this on a terminal to be asked for it)"
        )
    secret = None
    if args.passphrase:
        secret, why_not = passphrase_given()
        if secret is None:
            return fail(why_not)
    config = setup_webdav(store, args.webdav, args.user, password, args.library, secret)
    say(f"Notes sync through {config.location} as {config.user}, library {config.library}.")
    if passwords.keep(config.location, config.user, password):
        say("The password is kept in the system keyring.")
    else:
        say(
            f"No system keyring is available here: give the password in {PASSWORD_VARIABLE} "
            "each time you sync (it is not kept anywhere else)."
        )
    if secret is not None:
        from glossary.sync import passphrase as passphrases

        say_where_the_passphrase_is(passphrases.store(config.library, secret), config.library)
    return 0


def passphrase_given() -> tuple[str | None, str]:
    """The passphrase from the environment, or typed twice on a terminal; or None and
    why there is none."""
    import getpass
    import os

    given = os.environ.get(PASSPHRASE_ENV)
    if given is not None:
        return given, ""
    if not sys.stdin.isatty():
        return None, f"give the passphrase in {PASSPHRASE_ENV} (there is no terminal to ask it on)"
    first = getpass.getpass("Passphrase: ")
    if getpass.getpass("The passphrase again: ") != first:
        return None, "the two passphrases typed differ: nothing was set up"
    return first, ""


def say_where_the_passphrase_is(in_keyring: bool, library: str) -> None:
    say("The library is encrypted: what is written to the sync folder cannot be read")
    say("without the passphrase, and a lost passphrase cannot be recovered.")
    if in_keyring:
        say(f"The passphrase is kept in the system keyring (passphrase@{library}).")
    else:
        say(f"There is no system keyring here: give the passphrase in {PASSPHRASE_ENV}")
        say("each time you sync.")


def run_note_change(
    args: argparse.Namespace,
    notes_path: Path,
    fail: Callable[[str], int],
    window_is_open: Callable[[], bool],
) -> int:
    from glossary.notes.backups import open_unrepaired
    from glossary.notes.errors import StoreError
    from glossary.notes.highlights import Highlights
    from glossary.notes.report import NotesError, find_highlight

    if window_is_open():
        return fail(
            "Glossary Reader is open on this data folder; change the note there or close "
            "the window first."
        )
    if not notes_path.exists():
        return fail(f"{notes_path}: no notes yet (the file does not exist).")
    try:
        with open_unrepaired(notes_path) as store:
            highlight = find_highlight(store, args.id)
            if args.notes_command == "edit":
                Highlights(store).set_note(highlight.id, args.note)
                say(f"Note of “{highlight.exact[:60]}” changed.")
            else:
                Highlights(store).delete(highlight.id)
                say(f"“{highlight.exact[:60]}” is in the Trash.")
    except (StoreError, NotesError) as exc:
        return fail(str(exc))
    return 0

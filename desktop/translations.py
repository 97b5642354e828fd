"""The interface in English or Indonesian: Qt Linguist translations built from the
``tr()`` strings (``pyside6-lupdate`` writes ``resources/translations/*.ts``,
``pyside6-lrelease`` the ``.qm`` files the app loads). The language follows the system
locale unless Preferences chooses one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from glossary.messages import CONTEXT, Message, Problem, plain_reason, render
from glossary.model import Language
from glossary.notes.colours import DEFAULT_LABELS
from glossary.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "id")
_installed: list[QTranslator] = []
_language = ["en"]  # the interface's language, as installed


def interface_language(choice: str) -> str:
    """ "en" or "id": the choice, or the system's language for "system"."""
    if choice in LANGUAGES:
        return choice
    return "id" if QLocale.system().name().lower().startswith(("id", "in")) else "en"


def install(choice: str) -> str:
    """Load the translation for ``choice`` ("system", "en" or "id") in place of any
    loaded before; returns the language used. English needs none but its plurals."""
    app = QCoreApplication.instance()
    language = interface_language(choice)
    _language[0] = language
    # Dates and numbers in the interface's language: the system's conventions when it
    # speaks that language (en_GB stays en_GB), the language's own otherwise.
    system = QLocale.system()
    same = system.name().lower().startswith(("id", "in") if language == "id" else ("en",))
    QLocale.setDefault(system if same else QLocale("id_ID" if language == "id" else "en_US"))
    if app is None:
        return language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Ours, and Qt's own words (buttons, the text menus) that Qt ships no Indonesian for.
    for name in (f"glossary-reader_{language}.qm", f"qt_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(str(TRANSLATIONS / name)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language


def current_language() -> Language:
    """ "en" or "id": the language the interface is shown in."""
    return "id" if _language[0] == "id" else "en"


def problem_text(problem: BaseException | Message | str) -> str:
    """The message of ``problem`` in the interface's language: a domain
    :class:`~glossary.messages.Problem` or ``Message`` is translated before its fields
    are filled."""
    from glossary.terms.files import MAX_PROBLEMS_SHOWN, GlossaryFileError

    if isinstance(problem, GlossaryFileError):
        shown = [problem_text(p) for p in problem.problems[:MAX_PROBLEMS_SHOWN]]
        more = len(problem.problems) - len(shown)
        if more > 0:
            shown.append(
                QCoreApplication.translate("Problems", "… and %1 more").replace("%1", str(more))
            )
        return "\n".join(shown)
    from glossary.terms.own import EntryProblems

    if isinstance(problem, EntryProblems):
        return "; ".join(
            f"{entry}: {field}: {problem_text(message)}"
            for entry, field, message in problem.problems[:10]
        )
    if isinstance(problem, Problem | Message):
        return render(problem.template, problem.fields, domain_text)
    return str(problem)


def failure_text(exc: BaseException) -> str:
    """What a reader is told of work that failed: a domain problem in their language,
    a file's trouble in the system's words, anything else (a bug) by its type."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename else ""
        return f"{where}{exc.strerror}"
    text = problem_text(exc)
    if isinstance(exc, Problem | OSError):
        return text
    if isinstance(exc, MemoryError | RecursionError):
        return QCoreApplication.translate("Problems", "The file cannot be read: %1.").replace(
            "%1", problem_text(plain_reason(exc))
        )
    return QCoreApplication.translate("Problems", "Something went wrong: %1").replace(
        "%1", f"{type(exc).__name__}: {text}"
    )


def domain_text(text: str) -> str:
    """A text the domain marked with ``QT_TRANSLATE_NOOP("glossary", ...)``, in the
    interface's language."""
    return QCoreApplication.translate(CONTEXT, text)


def shown_labels(labels: dict[int, str]) -> dict[int, str]:
    """The colour labels as the interface shows them: a default one in its language."""
    return {
        colour: domain_text(label) if label == DEFAULT_LABELS.get(colour) else label
        for colour, label in labels.items()
    }


def stored_labels(labels: dict[int, str]) -> dict[int, str]:
    """The colour labels as the reader typed them, a default one shown in the interface's
    language given back as the default (so that it follows the language later)."""
    shown = shown_labels(DEFAULT_LABELS)
    return {
        colour: DEFAULT_LABELS[colour] if label == shown.get(colour) else label
        for colour, label in labels.items()
    }

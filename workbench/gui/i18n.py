"""The interface language: Qt Linguist catalogs, the OS language with an override, locale formats.

Every user-visible string, in the GUI and in the core alike, goes through
``workbench.core.i18n.translate(context, text)``; this module points that function at Qt's
``QCoreApplication.translate`` once a catalog is loaded. (Not ``self.tr()``: its context is the
runtime class, which lupdate cannot know for subclasses; one explicit call is easier to check.) ``make i18n`` runs ``pyside6-lupdate`` over the
sources into ``resources/translations/workbench_<lang>.ts`` (the catalogs translators edit in Qt
Linguist); ``make translations`` (a step of ``make run``, ``make test`` and ``make dist``)
compiles them to ``.qm`` with ``pyside6-lrelease``. A test fails when a catalog misses a string.

The language follows the OS (``QLocale.system()``) unless the user picked one in Settings; the
choice is a device preference (``QSettings``), not vault data, because the unlock screen needs it
before any vault is open. It takes effect at the next start.

Dates and numbers on screen follow the language's locale; what goes onto USCIS forms keeps the
format the forms require (``MM/DD/YYYY``, in the core), whatever the interface language.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core import i18n as core_i18n
from ..core.i18n import translate
from .resources import resource_path

LANGUAGES = {"en": "English", "es": "Español"}  # code -> the language's own name (not translated)
SOURCE_LANGUAGE = "en"
CATALOG = "workbench"
PREFERENCES = ("ProBonoWorkbench", "workbench")  # QSettings scope for device preferences
_LANGUAGE_KEY = "interface/language"

# what the running app installed (kept referenced: Qt does not own installed translators)
_installed: list[QTranslator] = []
_language = SOURCE_LANGUAGE


def _qt_translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, disambiguation, n)


# -- which language ---------------------------------------------------------------------------------
def preferences() -> QSettings:
    return QSettings(*PREFERENCES)


def chosen_language() -> str:
    """The override from Settings, or "" to follow the OS."""
    value = preferences().value(_LANGUAGE_KEY, "")
    return value if value in LANGUAGES else ""


def set_chosen_language(code: str) -> None:
    """Remember the override ("" follows the OS again); applied at the next start."""
    if code and code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    preferences().setValue(_LANGUAGE_KEY, code)


def system_language() -> str:
    """The OS's UI language if we have a catalog for it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return SOURCE_LANGUAGE


def current_language() -> str:
    """The language installed by ``install`` (English before it runs)."""
    return _language


# -- catalogs ------------------------------------------------------------------------------------
def catalog_dir() -> Path:
    return resource_path("translations")


def source_catalog(language: str) -> Path:
    return catalog_dir() / f"{CATALOG}_{language}.ts"


def compiled_catalog(language: str) -> Path:
    return catalog_dir() / f"{CATALOG}_{language}.qm"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease`` from this interpreter's environment (beside the
    interpreter, or in its scripts folder: ``Scripts\\pyside6-lrelease.exe`` on Windows), else PATH."""
    import sysconfig

    program = f"pyside6-{name}" + (".exe" if sys.platform == "win32" else "")
    places = (Path(sys.executable).parent / program, Path(sysconfig.get_path("scripts")) / program)
    found = next((str(p) for p in places if p.is_file()), None) or shutil.which(f"pyside6-{name}")
    if not found:
        raise FileNotFoundError(f"pyside6-{name} not found (it ships with PySide6)")
    return found


def compile_catalogs(out_dir: Path | None = None) -> list[Path]:
    """Compile every ``.ts`` catalog to ``.qm`` (build step); returns the files written."""
    written = []
    for ts in sorted(catalog_dir().glob(f"{CATALOG}_*.ts")):
        qm = (out_dir or ts.parent) / ts.with_suffix(".qm").name
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


def install(app: QCoreApplication, language: str | None = None, catalog: Path | None = None) -> str:
    """Load the catalogs for ``language`` (default: the Settings override, else the OS language),
    set the default locale for dates and numbers, and route the core's strings through Qt.
    Returns the language in use; a missing catalog falls back to English, never fails the start.
    ``catalog`` loads a given .qm instead of ours (the tests' pseudo-language)."""
    global _language
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    language = language or chosen_language() or system_language()
    if language != SOURCE_LANGUAGE:
        ours = QTranslator(app)
        if not ours.load(str(catalog or compiled_catalog(language))):
            language = SOURCE_LANGUAGE
        else:
            _installed.append(ours)
            qt_own = QTranslator(app)  # Qt's standard buttons and dialogs (OK, Cancel, file dialogs)
            if qt_own.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                _installed.append(qt_own)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(language) if language != SOURCE_LANGUAGE else QLocale(QLocale.Language.English,
                                                                                   QLocale.Country.UnitedStates))
    core_i18n.set_translator(_qt_translate if _installed else None)
    _language = language
    return language


# -- locale formats -----------------------------------------------------------------------------------
_DATE_ORDER = {"en": "MDY"}  # every other language here writes day first


def date_order() -> str:
    """How dates are typed in the interface: ``MDY`` (English, as on USCIS forms) or ``DMY``."""
    return _DATE_ORDER.get(_language, "DMY")


def date_pattern() -> str:
    """The typed-date pattern for placeholders and messages, in the user's words."""
    return translate("i18n", "MM/DD/YYYY") if date_order() == "MDY" else translate("i18n", "DD/MM/YYYY")


def display_date(d: date) -> str:
    """A date to read: the month as a word (``Mar 4, 2026`` / ``4 mar 2026``), never ambiguous."""
    pattern = "MMM d, yyyy" if date_order() == "MDY" else "d MMM yyyy"
    return QLocale().toString(QDate(d.year, d.month, d.day), pattern)


def typed_date(d: date) -> str:
    """A date as the user types one (``03/04/2026`` in English, ``04/03/2026`` in Spanish)."""
    if date_order() == "MDY":
        return f"{d.month:02d}/{d.day:02d}/{d.year:04d}"
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def number(n: int | float, decimals: int = 0) -> str:
    """A number with the locale's grouping and decimal separators."""
    if decimals:
        return QLocale().toString(float(n), "f", decimals)
    return QLocale().toString(int(n))


if __name__ == "__main__":  # python -m workbench.gui.i18n compile  (the build step)
    if sys.argv[1:] != ["compile"]:
        sys.exit("usage: python -m workbench.gui.i18n compile")
    for path in compile_catalogs():
        print(path)

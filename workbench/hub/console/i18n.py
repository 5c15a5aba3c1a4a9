"""English and Spanish for the console: English source strings, a Spanish catalog (``catalog_es``).

The language is the ``wb_lang`` cookie the switch sets, else the first of English or Spanish in
the browser's ``Accept-Language``, else English. A string with no Spanish entry shows in
English (tests/hub/console/test_i18n.py fails on any such string in the templates or code).
``{name}`` placeholders are filled after translation.
"""

from __future__ import annotations

from .catalog_es import SPANISH

LANGUAGES = ("en", "es")
COOKIE = "wb_lang"


def language(request) -> str:
    chosen = request.cookies.get(COOKIE)
    if chosen in LANGUAGES:
        return chosen
    ranked = []
    for part in request.headers.get("accept-language", "").split(",")[:20]:
        tag, _, params = part.strip().partition(";")
        try:
            q = float(params.strip()[2:]) if params.strip().startswith("q=") else 1.0
        except ValueError:
            q = 0.0
        ranked.append((q, tag.strip().lower()[:2]))
    for _q, tag in sorted(ranked, key=lambda item: -item[0]):
        if tag in LANGUAGES:
            return tag
    return "en"


def other(lang: str) -> str:
    return "es" if lang == "en" else "en"


def translate(lang: str, text: str, **values) -> str:
    out = SPANISH.get(text, text) if lang == "es" else text
    return out.format(**values) if values else out


def translator(lang: str):
    return lambda text, **values: translate(lang, text, **values)


# Stored names whose English words are not just the name with spaces (acronyms, hyphens).
SPECIAL_LABELS = {"sijs": "SIJS", "vawa_self_petition": "VAWA self-petition", "cat_deferral": "CAT deferral",
                  "cat_withholding": "CAT withholding", "ssn": "SSN", "a_number": "A-Number",
                  "uscis_account_number": "USCIS account number"}


def label(key) -> str:
    """A stored name as English words ("defensive_asylum" -> "Defensive asylum"), the catalog's key."""
    key = str(key)
    return SPECIAL_LABELS.get(key) or key.replace("_", " ").capitalize()

"""Profile sections a field map may ask to be computed before it is resolved (``"derived"`` in a map).

Why: some answers are a legal judgment over several facts, not one fact or questionnaire answer:
the I-765 eligibility category (Item 27) follows from the matter's kind, its asylum dates and what
USCIS decided, and has a clock the deadline engine computes. Such a judgment lives in a Qt-free
module with its own tests (``ead_category``); a map names it (``"derived": ["ead"]``) and reads
its result like any profile path (``ead.letter``), and the judgment's checks join the form's
pre-filing checks. Maps are data, possibly published by the organization's hub: they can only
name a derivation registered here, never code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # checks imports fieldmap, which imports this registry
    from .checks import Check


def _ead(profile: dict) -> tuple[dict, list[Check]]:
    from .ead_category import derive

    return derive(profile)


def _travel(profile: dict) -> tuple[dict, list[Check]]:
    from .travel_type import derive

    return derive(profile)


def _adjustment(profile: dict) -> tuple[dict, list[Check]]:
    from .adjustment import derive

    return derive(profile)


def _household(profile: dict) -> tuple[dict, list[Check]]:
    from .household import derive

    return derive(profile)


# name (also the profile root the section is put under) -> derive(profile) -> (section, checks)
DERIVATIONS: dict[str, Callable[[dict], tuple[dict, list[Check]]]] = {"ead": _ead, "travel": _travel,
                                                                       "adjustment": _adjustment,
                                                                       "household": _household}


def apply(names, profile: dict) -> tuple[dict, list[Check]]:
    """``profile`` with each named section added (a new dict; the given one is not changed) and the checks."""
    out, checks = dict(profile), []
    for name in names:
        section, found = DERIVATIONS[name](out)
        out[name] = section
        checks.extend(found)
    return out, checks


def propose_answers(defaults: dict[str, str], questions: dict, profile: dict) -> tuple[dict, list[Check]]:
    """Fill an unanswered question with what a derivation proposes (``"answer_defaults"`` in a map:
    question id -> profile path), saying so with an info check at the question's item.

    Why: the I-485 filing category (Part 2) follows from the matter for an SIJ, an asylee or a U
    visa holder, as the I-765 category and the I-131 type do; the attorney's own answer always wins,
    and the app says what it proposed so nothing is ticked silently."""
    from .checks import INFO, Check
    from .fieldmap import lookup
    from ..i18n import QT_TRANSLATE_NOOP
    from ..msg import Msg

    answers = dict(profile.get("answers") or {})
    checks = []
    for qid, source in defaults.items():
        if answers.get(qid) not in (None, ""):
            continue
        value = lookup(profile, source)
        if value in (None, ""):
            continue
        answers[qid] = value
        q = questions.get(qid, {})
        checks.append(Check(INFO, Msg("forms", QT_TRANSLATE_NOOP(
            "forms", "Not answered, so the workbench proposes \"{value}\" from the matter: answer the question to "
                     "choose another."), value=value), None, q.get("part"), q.get("item")))
    return ({**profile, "answers": answers} if checks else profile), checks


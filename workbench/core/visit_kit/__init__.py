"""The detention-visit kit: paper for facilities where laptops are not allowed.

``build_visit_kit(vault, matter_id, lang)`` returns one PDF (in memory) with:

1. a pre-visit checklist (signed G-28 / EOIR-28, ID, bar card, the facility's rules);
2. a client summary (stage, next hearing, open deadlines and tasks, interpreter, what the forms
   still need);
3. the intake and declaration-interview worksheet in English or Spanish (``questions.json``:
   the questions the forms need, with ruled room to write).

Identifiers: every page leaves the attorney's hands (facility searches, a client copy), so by
default the only identifier printed is the matter number (or a short reference when there is
none). The attorney may choose more with ``include`` = any of ``name``, ``a_number``,
``date_of_birth``, ``facility``; nothing else about the client's identity is ever printed.

``record_visit`` creates the "Visit" event (``EventKind.DETENTION_VISIT``); ``add_visit_notes``
appends what the attorney types in afterwards (notes are appended, never overwritten).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import lru_cache
from pathlib import Path

from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from ..errors import NotFound, WorkbenchError
from ..i18n import translate
from ..model import Event, Matter
from ..model import enums as E
from ..packets._pdf import CONTENT_WIDTH, grid, lines, p, render

LANGS = ("en", "es")
IDENTIFIERS = ("name", "a_number", "date_of_birth", "facility")

T = {  # the kit's own words
    "kit": {"en": "Detention visit kit", "es": "Paquete para visita en detención"},
    "matter": {"en": "Matter", "es": "Caso"},
    "confidential": {"en": "Confidential: attorney-client privileged", "es": "Confidencial: comunicación privilegiada abogado-cliente"},
    "checklist": {"en": "Before the visit", "es": "Antes de la visita"},
    "summary": {"en": "Client summary", "es": "Resumen del caso"},
    "kind": {"en": "Kind of case", "es": "Tipo de caso"},
    "stage": {"en": "Stage", "es": "Etapa"},
    "next_hearing": {"en": "Next hearing", "es": "Próxima audiencia"},
    "deadlines": {"en": "Open deadlines", "es": "Plazos pendientes"},
    "tasks": {"en": "Open tasks", "es": "Tareas pendientes"},
    "interpreter": {"en": "Interpreter", "es": "Intérprete"},
    "none": {"en": "None", "es": "Ninguno"},
    "name": {"en": "Name", "es": "Nombre"},
    "a_number": {"en": "A-Number", "es": "Número A"},
    "date_of_birth": {"en": "Date of birth", "es": "Fecha de nacimiento"},
    "facility": {"en": "Facility", "es": "Centro de detención"},
    "date": {"en": "Date of visit", "es": "Fecha de la visita"},
    "yes_needed": {"en": "needed", "es": "necesario"},
    "not_needed": {"en": "not needed", "es": "no es necesario"},
}

CHECKLIST = [
    {"en": "Signed Form G-28 (USCIS) or EOIR-28 (immigration court) on file, and a copy to show the facility.",
     "es": "Formulario G-28 (USCIS) o EOIR-28 (corte de inmigración) firmado y presentado, y una copia para mostrar en el centro."},
    {"en": "Government photo ID.", "es": "Identificación oficial con foto."},
    {"en": "Bar card (or proof of good standing) and the organization's letter, if the facility asks for one.",
     "es": "Credencial del colegio de abogados (o constancia de habilitación) y la carta de la organización, si el centro la pide."},
    {"en": "The facility's rules: attorney visiting hours, advance scheduling, what may be brought in (paper, pens; "
           "laptops and phones usually not), dress code, legal-call procedure.",
     "es": "Las reglas del centro: horario de visitas de abogados, cita previa, qué se puede llevar (papel, bolígrafos; "
           "normalmente no computadoras ni teléfonos), código de vestimenta, procedimiento de llamadas legales."},
    {"en": "Interpreter arranged (in person or by phone) if the client needs one.",
     "es": "Intérprete organizado (en persona o por teléfono) si el cliente lo necesita."},
    {"en": "Forms or declarations to sign, printed, and a pen the facility allows.",
     "es": "Formularios o declaraciones para firmar, impresos, y un bolígrafo permitido por el centro."},
]


@lru_cache(maxsize=None)
def questions() -> dict:
    return json.loads((Path(__file__).resolve().parent / "questions.json").read_text("utf-8"))


@dataclass(frozen=True)
class KitInfo:
    """What the kit prints, read in one short session (plain values)."""

    reference: str
    kind: str
    stage: str
    next_hearing: str | None
    deadlines: list[tuple[str, str]]
    tasks: list[str]
    interpreter: str | None
    identifiers: dict[str, str]


def _reference(matter: Matter) -> str:
    return matter.matter_number or f"ref. {matter.id[:8]}"


def kit_info(session, matter_id: str, include: frozenset[str] | set[str] = frozenset(),
             today: date | None = None) -> KitInfo:
    unknown = set(include) - set(IDENTIFIERS)
    if unknown:
        raise WorkbenchError(translate("visits", "Unknown identifier(s) {unknown}: choose from {known}.")
                             .format(unknown=", ".join(sorted(unknown)), known=", ".join(IDENTIFIERS)))
    matter = session.get(Matter, matter_id)
    if matter is None or matter.deleted_at is not None:
        raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
    today = today or date.today()
    c = matter.client
    hearing = next((e for e in matter.events if e.deleted_at is None and e.kind == E.EventKind.HEARING
                    and e.on_date >= today), None)
    idents = {}
    if "name" in include:
        idents["name"] = " ".join(x for x in (c.given_name, c.middle_name, c.family_name) if x)
    if "a_number" in include and c.a_number:
        idents["a_number"] = f"A{c.a_number}"
    if "date_of_birth" in include and c.date_of_birth:
        idents["date_of_birth"] = f"{c.date_of_birth:%m/%d/%Y}"
    if "facility" in include and c.detention_facility:
        idents["facility"] = c.detention_facility
    return KitInfo(
        reference=_reference(matter), kind=str(matter.kind.value).replace("_", " "),
        stage=str(matter.stage.value).replace("_", " "),
        next_hearing=(f"{hearing.on_date:%m/%d/%Y}" + (f" {hearing.at_time:%H:%M}" if hearing.at_time else "")
                      + (f", {hearing.hearing_type.value}" if hearing.hearing_type else "")) if hearing else None,
        deadlines=[(f"{d.due_on:%m/%d/%Y}", d.title) for d in matter.deadlines
                   if d.deleted_at is None and d.status == E.DeadlineStatus.OPEN],
        tasks=[t.title for t in matter.tasks if t.deleted_at is None and not t.done],
        interpreter=(c.interpreter_language or c.native_language or "?") if c.interpreter_needed else None,
        identifiers=idents,
    )


def _no_such_language(lang: str) -> WorkbenchError:
    return WorkbenchError(translate("visits", "The visit kit is available in {languages}, not {language}.")
                          .format(languages=", ".join(LANGS), language=repr(lang)))


def render_kit(info: KitInfo, lang: str = "en", *, kind: str | None = None) -> bytes:
    if lang not in LANGS:
        raise _no_such_language(lang)
    q = questions()
    header = f"{T['matter'][lang]} {info.reference}"
    story = [p(f"{T['kit'][lang]} — {header}", "title"), p(T["confidential"][lang], "small"), Spacer(1, 8)]
    story += [p(T["checklist"][lang], "h2")] + [p(f"[  ]  {item[lang]}") for item in CHECKLIST]
    story += [Spacer(1, 6), p(f"{T['date'][lang]}: ____________________"), Spacer(1, 10)]
    rows = [[T[k][lang], v] for k, v in info.identifiers.items()]
    rows += [[T["kind"][lang], info.kind], [T["stage"][lang], info.stage],
             [T["next_hearing"][lang], info.next_hearing or T["none"][lang]],
             [T["interpreter"][lang], f"{T['yes_needed'][lang]}: {info.interpreter}" if info.interpreter
              else T["not_needed"][lang]]]
    story += [p(T["summary"][lang], "h2"), grid([[p(a, "bold"), p(b)] for a, b in rows],
                                                 [1.8 * inch, CONTENT_WIDTH - 1.8 * inch], header=False)]
    for key, items in (("deadlines", [f"{d}  {t}" for d, t in info.deadlines]), ("tasks", info.tasks)):
        story += [p(T[key][lang], "h2")] + ([p(f"•  {x}") for x in items] or [p(T["none"][lang])])
    story += [PageBreak(), p(f"{q['title'][lang]} — {header}", "title"), p(q["intro"][lang], "small"), Spacer(1, 6)]
    for section in q["sections"]:
        if section.get("kinds") and kind not in section["kinds"]:
            continue
        heading = p(f"{section['title'][lang]}  ({section['forms']})", "h2")
        for n, item in enumerate(section["questions"], 1):
            block = [p(f"{n}. {item[lang]}"), lines(item.get("lines", 3), CONTENT_WIDTH), Spacer(1, 6)]
            story.append(KeepTogether(([heading] if n == 1 else []) + block))  # no heading alone at a page foot
    story += [p(q["notes_title"][lang], "h2"), lines(10, CONTENT_WIDTH)]
    return render(story, title=T["kit"][lang], footer=f"{header} — {T['confidential'][lang]}")


def build_visit_kit(vault, matter_id: str, lang: str = "en", *, include=frozenset(), today: date | None = None) -> bytes:
    """The kit for ``matter_id`` in ``lang`` (``en`` or ``es``); returns PDF bytes (see the module docstring)."""
    if lang not in LANGS:
        raise _no_such_language(lang)
    with vault.session() as s:
        info = kit_info(s, matter_id, include, today)
        kind = str(s.get(Matter, matter_id).kind.value)
    return render_kit(info, lang, kind=kind)


def record_visit(vault, matter_id: str, on_date: date, *, location: str | None = None,
                 title: str = "Visit", notes: str | None = None) -> str:
    """Create the visit event (kind ``detention_visit``); its notes can be typed in afterwards
    with ``add_visit_notes``. The location defaults to the client's detention facility. Returns the event id."""
    with vault.session() as s:
        matter = s.get(Matter, matter_id)
        if matter is None or matter.deleted_at is not None:
            raise NotFound(translate("errors", "There is no matter with id {id}.").format(id=matter_id))
        event = Event(matter_id=matter_id, kind=E.EventKind.DETENTION_VISIT, title=title, on_date=on_date,
                      location=location or matter.client.detention_facility, description=notes or None)
        s.add(event)
        s.flush()
        return event.id


def add_visit_notes(vault, event_id: str, notes: str, *, now: datetime | None = None) -> None:
    """Append ``notes`` (typed in after the visit) to the visit event, with a timestamp."""
    notes = (notes or "").strip()
    if not notes:
        raise WorkbenchError(translate("visits", "The notes are empty; nothing was added."))
    with vault.session() as s:
        event = s.get(Event, event_id)
        if event is None or event.deleted_at is not None or event.kind != E.EventKind.DETENTION_VISIT:
            raise NotFound(translate("visits", "There is no visit event with id {id}.").format(id=event_id))
        stamp = (now or datetime.now(timezone.utc)).strftime("%Y-%m-%d %H:%M UTC")
        block = f"[{stamp}]\n{notes}"
        event.description = f"{event.description}\n\n{block}" if event.description else block

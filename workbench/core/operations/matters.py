"""The matters list (paged, filtered, sorted) and adding a client with their first matter."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..errors import ValidationError
from ..i18n import translate
from ..queries.matter_list import SORT_KEYS, MatterRow, count_matters, list_matters
from ..model import Client, Matter
from ..model.enums import MatterKind, MatterStage  # noqa: F401 - the matter vocabulary the front-ends show
from ..model.validators import normalize_a_number
from ..vault.store import Vault
from .base import ChangeSet, _clean


PAGE_SIZE = 100


@dataclass(frozen=True)
class MatterQuery:
    """What the matters list shows: a filter and a sort (see ``matter_list``)."""

    filter_text: str = ""
    sort: str = "client"
    descending: bool = False

    def __post_init__(self) -> None:
        if self.sort not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.sort!r}; use one of {', '.join(SORT_KEYS)}")


@dataclass(frozen=True)
class MatterPage:
    rows: list[MatterRow] = field(default_factory=list)
    total: int | None = None  # counted only when asked for (the first page)


def matters_page(vault: Vault, query: MatterQuery, offset: int = 0, limit: int = PAGE_SIZE,
                 *, with_total: bool = False, today: date | None = None) -> MatterPage:
    """One page of the matters list, and optionally the number of matching matters."""
    with vault.session() as s:
        rows = list_matters(s, query.filter_text, query.sort, query.descending, offset, limit, today)
        total = count_matters(s, query.filter_text) if with_total else None
    return MatterPage(rows, total)


def add_client_with_matter(vault: Vault, family_name: str, given_name: str, kind: MatterKind | str,
                           matter_number: str | None = None, *, a_number: str | None = None,
                           court_location: str | None = None, opened_on: date | None = None) -> ChangeSet:
    """Create a client and their first matter in one transaction.

    Every problem is reported at once, keyed by field name, so a dialog can mark each input;
    nothing is written unless all of them pass.
    """
    problems: list[tuple[str, str]] = []
    family, given = _clean(family_name), _clean(given_name) or ""
    if family is None:
        problems.append(("family_name", translate("fields", "Enter the client's family name (as on their "
                                                            "documents).")))
    try:
        kind = MatterKind(kind)
    except ValueError:
        problems.append(("kind", translate("fields", "Choose the kind of matter.")))
    try:
        a_number = normalize_a_number(_clean(a_number))
    except ValueError:
        problems.append(("a_number", translate("fields", "An A-number has 7 to 9 digits, for example A012345678.")))
    number = _clean(matter_number)
    if number is not None and len(number) > 40:
        problems.append(("matter_number", translate("fields", "The matter number is too long (at most 40 "
                                                              "characters).")))
    if problems:
        raise ValidationError(problems, translate("fields", "The new matter"))
    with vault.session() as s:
        client = Client(family_name=family, given_name=given, a_number=a_number)
        s.add(client)
        s.flush()
        matter = Matter(client_id=client.id, kind=kind, stage=MatterStage.INTAKE, matter_number=number,
                        court_location=_clean(court_location), opened_on=opened_on or date.today())
        s.add(matter)
        s.flush()
        created = frozenset({("clients", client.id), ("matters", matter.id)})
    return ChangeSet(created=created)



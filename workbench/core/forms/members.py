"""Which family members a per-member form is filed for: one rule for the Forms tab and packets.

Why one rule: the Forms tab offers one Supplement A (and, after an asylum grant, one I-730) per
member, and the U visa packet encloses one Supplement A per member; if the two chose differently
the attorney would check forms the packet then leaves out.

The members are those marked "include in the application"; when none is marked, the spouse and
the children (the usual qualifying relatives of a U-1 petitioner, 8 CFR 214.14(a)(10); an asylee's
I-730 relatives, 8 CFR 208.21(a)): spouse first, then children from the eldest.
"""

from __future__ import annotations

from datetime import date

from ..model import Matter, Person
from ..model.enums import Relationship


def qualifying_members(matter: Matter) -> list[Person]:
    people = [p for p in matter.client.people if p.deleted_at is None]
    chosen = [p for p in people if p.include_in_application]
    if not chosen:
        chosen = [p for p in people if p.relation in (Relationship.SPOUSE, Relationship.CHILD)]
    return sorted(chosen, key=lambda p: (p.relation != Relationship.SPOUSE, p.date_of_birth or date.max))


def display_name(person: Person) -> str:
    return " ".join(x for x in (person.given_name, person.family_name) if x)

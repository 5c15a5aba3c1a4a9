"""The petitioner's spouse and children as one list, for forms whose rows are not tied to a relation.

Why: the I-918's Part 4 ("Information About Your Spouse and/or Children") has five alike rows, each with
its own Relationship box. A careful preparer lists the spouse first, then the children oldest first,
and only uses Part 8 when they are more than five: a single parent of five children fills the five
rows. A map that fixed row 1 to the spouse left it "N/A" for a single parent and sent the fifth child
to Part 8 for nothing. The I-360's Part 5 (Persons 1-9, Person 1 with a Spouse and a Child box) reads the
same list. ``household.members[i]`` is that list (each person's columns, ``relation``
included); ``household.count`` how many there are (absent when none).
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP
from ..msg import Msg
from .checks import WARNING, Check

# still married in law: the form's spouse row is theirs
_MARRIED = {"married", "separated"}


def derive(profile: dict) -> tuple[dict, list[Check]]:
    """The ``household`` section: the spouse (when recorded), then the children in the profile's order."""
    spouse = profile.get("spouse")
    members = ([dict(spouse)] if isinstance(spouse, dict) and spouse else [])
    members += [dict(c) for c in profile.get("children") or [] if isinstance(c, dict)]
    section: dict = {"members": members}
    if members:
        section["count"] = len(members)
    checks: list[Check] = []
    client = profile.get("client") if isinstance(profile.get("client"), dict) else {}
    if str(client.get("marital_status") or "") in _MARRIED and not (isinstance(spouse, dict) and spouse):
        # a married client with no spouse recorded would have a child in the spouse's row, unremarked
        checks.append(Check(WARNING, Msg("forms", QT_TRANSLATE_NOOP(
            "forms", "The client is recorded as married (or separated), but no spouse is on the Family tab: the "
                     "form lists the spouse first among the family members. Record the spouse, or correct the "
                     "marital status."))))
    return section, checks

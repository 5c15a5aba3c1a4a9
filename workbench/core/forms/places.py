"""Places written as one line ("Houston, TX", "Cusco, Peru") split for forms that ask City and
State (or Country) in separate boxes.

Why: the model keeps a port of entry, a marriage place or a relative's location as the person
says it, in one field; the I-589 has one "Place" box, the I-918 a City box beside a State box.
Putting the whole line in the City box writes the state twice, so the profile offers the parts
(``<column>_city``, ``<column>_state``, ``<column>_country``) and each map takes what its boxes ask.
A US state is recognised by its USPS code or its name (the 50 states, DC and the territories on
USCIS's state lists); anything else after the last comma is taken as the country.
"""

from __future__ import annotations

import re

US_STATES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California", "CO": "Colorado",
    "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan",
    "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York", "NC": "North Carolina",
    "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania",
    "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas",
    "UT": "Utah", "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "AS": "American Samoa", "GU": "Guam", "MP": "Northern Mariana Islands",
    "PR": "Puerto Rico", "VI": "Virgin Islands", "FM": "Federated States of Micronesia",
    "MH": "Marshall Islands", "PW": "Palau",
}
_BY_NAME = {name.lower(): code for code, name in US_STATES.items()}
#: A foreign postal code written as its own part ("21102", "SW1A 1AA", "C1425-DKA", "1012 AB"): a first group
#: with a digit among its first three characters ("Zona 10" is a place), then one optional group after a space or
#: hyphen. After a city or province ("Oaxaca 68000") only a code of 4 or more digits.
_POSTAL_CODE = re.compile(r"[A-Za-z]{0,2}\d[A-Za-z0-9]{0,4}(?:[ -][A-Za-z0-9]{1,4})?")
_TRAILING_POSTAL_CODE = re.compile(r"(.*[^\d\s-])\s+(\d{4,6}(?:-\d{3,4})?)")
_US_NAMES = {"united states", "usa", "u.s.", "u.s.a.", "us", "united states of america"}
UNITED_STATES = "United States"


def state_code(text: str | None) -> str | None:
    """The USPS code of a US state written as a code or a name, else None."""
    if not text:
        return None
    t = text.strip().rstrip(".")
    if t.upper() in US_STATES and len(t) == 2:
        return t.upper()
    return _BY_NAME.get(t.lower())


def split_place(text: str | None) -> tuple[str, str, str]:
    """``(city, state code, country)`` of a one-line place; parts it does not hold are empty.

    "Houston, TX" -> ("Houston", "TX", "United States"); "Cusco, Peru" -> ("Cusco", "", "Peru");
    "El Paso, Texas, USA" -> ("El Paso", "TX", "United States"); one part alone is taken as the
    city: "Hidalgo" -> ("Hidalgo", "", "").
    """
    if not text or not text.strip():
        return "", "", ""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if parts and parts[-1].lower() in _US_NAMES:
        parts = parts[:-1]
        if not parts:
            return "", "", UNITED_STATES
        code = state_code(parts[-1])
        return (", ".join(parts[:-1]) if code else ", ".join(parts)), code or "", UNITED_STATES
    code = state_code(parts[-1])
    if code:
        return ", ".join(parts[:-1]), code, UNITED_STATES
    if len(parts) == 1:
        return parts[0], "", ""
    return ", ".join(parts[:-1]), "", parts[-1]


_UNITS = {"apt": "APT", "apartment": "APT", "ste": "STE", "suite": "STE", "flr": "FLR", "floor": "FLR"}


def split_name(text: str | None) -> tuple[str, str]:
    """``(family name, given names)`` of a name written in USCIS order, "Family, Given Middle".

    Without a comma the parts cannot be told apart (two-part family names are common), so both
    are empty and the form's boxes stay for the user."""
    if not text or "," not in text:
        return "", ""
    family, given = (p.strip() for p in text.split(",", 1))
    return family, given


def split_address(text: str | None) -> dict[str, str]:
    """A one-line address "street[, Apt|Ste|Flr N], City, ST 12345[, Country]" (or the unit at the end of the
    street line, "4817 N Sample Ave APT 3R", as USPS writes it) in the parts the
    forms ask for (street, unit_type, unit, city, state, zip_code, province, postal_code, country); a foreign
    address "street, City, Province[, Postal code], Country" keeps the province and the postal code, also when
    the code follows the city or province ("Oaxaca 68000"): without it the code landed in the Province box or
    the province in the City box. Empty when it cannot be read."""
    out = dict.fromkeys(("street", "unit_type", "unit", "city", "state", "zip_code", "province", "postal_code",
                         "country"), "")
    parts = [p.strip() for p in (text or "").replace("\n", ",").split(",") if p.strip()]
    if len(parts) < 2:
        return out
    out["street"] = parts.pop(0)
    if parts and parts[0].split(" ", 1)[0].lower().rstrip(".") in _UNITS and " " in parts[0]:
        kind, number = parts.pop(0).split(" ", 1)
        out["unit_type"], out["unit"] = _UNITS[kind.lower().rstrip(".")], number.strip().lstrip("#")
    words = out["street"].split()
    if (not out["unit_type"] and len(words) >= 4 and words[-2].lower().rstrip(".") in _UNITS
            and any(c.isdigit() for c in words[-1])):  # USPS style, the unit on the street line: "4817 N Sample Ave APT 3R"
        out["unit_type"], out["unit"] = _UNITS[words[-2].lower().rstrip(".")], words[-1].lstrip("#")
        out["street"] = " ".join(words[:-2])
    if parts and parts[-1].lower() in _US_NAMES:
        parts.pop()
        out["country"] = UNITED_STATES
    last = parts[-1] if parts else ""
    bits = last.rsplit(" ", 1)
    if len(bits) == 2 and state_code(bits[0]) and bits[1].replace("-", "").isdigit():
        out["state"], out["zip_code"] = state_code(bits[0]), bits[1]
        parts.pop()
        out["country"] = UNITED_STATES
    elif state_code(last):
        out["state"] = state_code(last)
        parts.pop()
        out["country"] = UNITED_STATES
    elif len(parts) >= 2 and not out["country"]:
        out["country"] = parts.pop()
        if len(parts) >= 2 and _POSTAL_CODE.fullmatch(parts[-1]):
            out["postal_code"] = parts.pop()
        elif trailing := _TRAILING_POSTAL_CODE.fullmatch(parts[-1]):
            parts[-1], out["postal_code"] = trailing.group(1), trailing.group(2)
        if len(parts) >= 2:
            out["province"] = parts.pop()
    out["city"] = ", ".join(parts)
    return out

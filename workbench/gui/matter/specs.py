"""What each editor asks, as field specs (see ``gui.fields``), and what each list shows.

``forms`` names the USCIS forms that need a field (marked ◆ in the editor), so a volunteer
sees which blanks will stop a filing; the forms issue fills them from these same columns.

Each table is a function, built when an editor is: its labels, placeholders, choices and column
headers are then in the interface language (a table built at import time would stay English).
"""

from __future__ import annotations

from ...core.i18n import translate
from .. import labels as L
from ..fields import FieldSpec as F, enum_choices
from ..record_table import Column


def bool3() -> tuple[tuple[object, str], ...]:
    return ((None, "—"), (True, translate("specs", "Yes")), (False, translate("specs", "No")))


def _names_placeholder() -> str:
    return translate("specs", "One per line: Family name, Given name Middle name")


def client() -> list[F]:
    return [
        F("family_name", translate("specs", "Family name"), forms="I-589, I-918, I-360, G-28"),
        F("given_name", translate("specs", "Given name"), forms="I-589, I-918, I-360, G-28"),
        F("middle_name", translate("specs", "Middle name"), forms="I-589, I-918, I-360"),
        F("other_names", translate("specs", "Other names used"), "names", forms="I-589, I-918, I-360",
          placeholder=_names_placeholder()),
        F("names_native_alphabet", translate("specs", "Name in native alphabet"), forms="I-589"),
        F("a_number", translate("specs", "A-number"), placeholder="A012345678", forms="I-589, I-918, I-360, G-28"),
        F("uscis_account_number", translate("specs", "USCIS online account number")),
        F("ssn", translate("specs", "Social Security number"), forms="I-589, I-918"),
        F("date_of_birth", translate("specs", "Date of birth"), "date", forms="I-589, I-918, I-360"),
        F("sex", translate("specs", "Sex"), "choice", enum_choices(L.SEX), forms="I-589, I-918"),
        F("marital_status", translate("specs", "Marital status"), "choice", enum_choices(L.MARITAL),
          forms="I-589, I-918, I-360"),
        F("city_of_birth", translate("specs", "City of birth"), forms="I-589, I-918, I-360"),
        F("country_of_birth", translate("specs", "Country of birth"), forms="I-589, I-918, I-360"),
        F("nationality", translate("specs", "Nationality"), forms="I-589, I-918"),
        F("nationality_at_birth", translate("specs", "Nationality at birth"), forms="I-589"),
        F("race_ethnic_tribal_group", translate("specs", "Race, ethnic or tribal group"), forms="I-589"),
        F("religion", translate("specs", "Religion"), forms="I-589"),
        F("native_language", translate("specs", "Native language"), forms="I-589"),
        F("languages", translate("specs", "Other languages spoken fluently"), "list", forms="I-589",
          placeholder=translate("specs", "e.g. Spanish, Quechua")),
        F("english_fluency", translate("specs", "Fluent in English"), "choice", enum_choices(L.FLUENCY),
          forms="I-589"),
        F("interpreter_needed", translate("specs", "Needs an interpreter"), "bool"),
        F("interpreter_language", translate("specs", "Interpreter language")),
        F("phone", translate("specs", "Phone"), placeholder="(312) 555-0100", forms="I-589, I-918, G-28"),
        F("mobile_phone", translate("specs", "Mobile phone")),
        F("email", translate("specs", "Email"), placeholder=translate("specs", "name@example.org"), forms="G-28"),
        F("custody_status", translate("specs", "Custody"), "choice", enum_choices(L.CUSTODY, empty=None)),
        F("detention_facility", translate("specs", "Detention facility")),
        F("court_proceedings", translate("specs", "Immigration court proceedings"), "choice",
          enum_choices(L.PROCEEDINGS), forms="I-589"),
    ]


def matter() -> list[F]:
    return [
        F("matter_number", translate("specs", "Matter number")),
        F("kind", translate("specs", "Kind"), "choice", enum_choices(L.MATTER_KIND, empty=None)),
        F("stage", translate("specs", "Stage"), "choice", enum_choices(L.MATTER_STAGE, empty=None)),
        F("forum", translate("specs", "Forum"), "choice", enum_choices(L.FORUM)),
        F("court_location", translate("specs", "Court or office")),
        F("judge", translate("specs", "Judge")),
        F("detained_docket", translate("specs", "Detained docket"), "bool"),
        F("opened_on", translate("specs", "Opened"), "date"),
        F("summary", translate("specs", "Summary"), "multiline"),
    ]


def facts() -> list[F]:
    return [
        F("ij_decision_on", translate("specs", "IJ decision date"), "date"),
        F("ij_decision_oral", translate("specs", "IJ decision was"), "choice",
          ((None, "—"), (True, translate("specs", "Oral")), (False, translate("specs", "Written")))),
        F("ij_decision_served_on", translate("specs", "Written decision mailed/served"), "date"),
        F("bia_final_order_on", translate("specs", "BIA final order"), "date"),
        F("asylum_filed_on", translate("specs", "Asylum application filed"), "date"),
        F("asylum_granted_on", translate("specs", "Asylum granted"), "date"),
        F("sijs_state_order_on", translate("specs", "State-court SIJ order"), "date"),
        F("supp_b_signed_on", translate("specs", "Supplement B signed"), "date"),
        F("unaccompanied_child", translate("specs", "Unaccompanied child (UAC)"), "bool"),
    ]


def _from_to(forms: str = "") -> list[F]:
    return [F("from_date", translate("specs", "From"), "date", forms=forms),
            F("to_date", translate("specs", "To"), "date", forms=forms)]


def address() -> list[F]:
    return [
        F("kind", translate("specs", "Kind"), "choice", enum_choices(L.ADDRESS_KIND, empty=None)),
        F("in_care_of", translate("specs", "In care of")),
        F("street", translate("specs", "Street"), forms="I-589, I-918, G-28"),
        F("unit_type", translate("specs", "Unit type"), "choice",
          ((None, "—"), ("APT", translate("specs", "Apt.")), ("STE", translate("specs", "Suite")),
           ("FLR", translate("specs", "Floor")))),
        F("unit", translate("specs", "Unit")), F("city", translate("specs", "City"), forms="I-589, I-918, G-28"),
        F("state", translate("specs", "State")), F("zip_code", translate("specs", "ZIP code")),
        F("province", translate("specs", "Province")), F("postal_code", translate("specs", "Postal code")),
        F("country", translate("specs", "Country")),
    ] + _from_to()


def address_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Kind"), lambda r: L.enum_label(L.ADDRESS_KIND, r["kind"])),
            Column(translate("specs", "Address"),
                   lambda r: ", ".join(filter(None, (r["street"], r["unit"], r["city"], r["state"], r["zip_code"],
                                                     r["country"])))),
            Column(translate("specs", "From"), lambda r: L.short_date(r["from_date"])),
            Column(translate("specs", "To"), lambda r: L.short_date(r["to_date"])))


def entry() -> list[F]:
    return [F("entry_date", translate("specs", "Date of entry"), "date", forms="I-589"),
            F("place", translate("specs", "Place (port of entry)"), forms="I-589"),
            F("status", translate("specs", "Status at entry"), placeholder=translate("specs", "e.g. B-2, F-1, EWI"),
              forms="I-589"),
            F("i94_number", translate("specs", "I-94 number"), forms="I-589, I-918"),
            F("status_expires_on", translate("specs", "Status expires"), "date")]


def entry_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Date"), lambda r: L.short_date(r["entry_date"])),
            Column(translate("specs", "Place"), lambda r: r["place"] or ""),
            Column(translate("specs", "Status"), lambda r: r["status"] or ""),
            Column("I-94", lambda r: r["i94_number"] or ""))


def travel() -> list[F]:
    return [F("kind", translate("specs", "Kind"), "choice", enum_choices(L.TRAVEL_DOCUMENT, empty=None)),
            F("number", translate("specs", "Number"), forms="I-589"),
            F("issuing_country", translate("specs", "Issuing country"), forms="I-589"),
            F("issued_on", translate("specs", "Issued"), "date"),
            F("expires_on", translate("specs", "Expires"), "date", forms="I-589")]


def travel_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Kind"), lambda r: L.enum_label(L.TRAVEL_DOCUMENT, r["kind"])),
            Column(translate("specs", "Number"), lambda r: r["number"] or ""),
            Column(translate("specs", "Country"), lambda r: r["issuing_country"] or ""),
            Column(translate("specs", "Expires"), lambda r: L.short_date(r["expires_on"])))


def person() -> list[F]:
    return [
        F("relation", translate("specs", "Relationship"), "choice", enum_choices(L.RELATION, empty=None)),
        F("family_name", translate("specs", "Family name"), forms="I-589"),
        F("given_name", translate("specs", "Given name"), forms="I-589"),
        F("middle_name", translate("specs", "Middle name")),
        F("date_of_birth", translate("specs", "Date of birth"), "date", forms="I-589"),
        F("sex", translate("specs", "Sex"), "choice", enum_choices(L.SEX)),
        F("a_number", translate("specs", "A-number")),
        F("city_of_birth", translate("specs", "City of birth")),
        F("country_of_birth", translate("specs", "Country of birth"), forms="I-589"),
        F("nationality", translate("specs", "Nationality"), forms="I-589"),
        F("deceased", translate("specs", "Deceased"), "bool"),
        F("in_united_states", translate("specs", "In the United States"), "choice", bool3(), forms="I-589"),
        F("current_location", translate("specs", "Current location (if not in the US)")),
        F("include_in_application", translate("specs", "Include in the application"), "bool",
          forms="I-589, I-918 Supp. A"),
        F("marriage_date", translate("specs", "Date of marriage"), "date"),
        F("marriage_place", translate("specs", "Place of marriage")),
        F("other_names", translate("specs", "Other names used"), "names", forms="I-918 Supp. A",
          placeholder=_names_placeholder()),
        F("marital_status", translate("specs", "Marital status"), "choice", enum_choices(L.MARITAL),
          forms="I-589, I-918 Supp. A"),
        F("race_ethnic_tribal_group", translate("specs", "Race, ethnic or tribal group"), forms="I-589"),
        F("ssn", translate("specs", "Social Security number"), forms="I-589"),
        F("passport_number", translate("specs", "Passport number"), forms="I-589"),
        F("phone", translate("specs", "Phone"), placeholder="(312) 555-0100"),
        F("last_entry_date", translate("specs", "Date of last entry to the US"), "date", forms="I-589"),
        F("last_entry_place", translate("specs", "Place of last entry"), forms="I-589"),
        F("i94_number", translate("specs", "I-94 number"), forms="I-589"),
        F("status_at_last_entry", translate("specs", "Status at last entry"), forms="I-589"),
        F("current_status", translate("specs", "Current status"), forms="I-589"),
        F("status_expires_on", translate("specs", "Status expires"), "date"),
        F("in_court_proceedings", translate("specs", "In immigration court proceedings"), "choice", bool3(),
          forms="I-589"),
        F("notes", translate("specs", "Notes"), "multiline"),
    ]


def person_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Relationship"), lambda r: L.enum_label(L.RELATION, r["relation"])),
            Column(translate("specs", "Name"), lambda r: f"{r['family_name']}, {r['given_name']}".strip(", ")),
            Column(translate("specs", "Born"), lambda r: L.short_date(r["date_of_birth"])),
            Column(translate("specs", "Where now"), lambda r: translate("specs", "In the US")
                   if r["in_united_states"] else (r["current_location"] or "")),
            Column(translate("specs", "In application"),
                   lambda r: translate("specs", "Yes") if r["include_in_application"] else ""))


def event() -> list[F]:
    return [
        F("kind", translate("specs", "Kind"), "choice", enum_choices(L.EVENT_KIND, empty=None)),
        F("title", translate("specs", "Title")),
        F("on_date", translate("specs", "Date"), "date"),
        F("hearing_type", translate("specs", "Hearing type"), "choice", enum_choices(L.HEARING_TYPE)),
        F("location", translate("specs", "Location")),
        F("notice_type", translate("specs", "Notice type"), placeholder=translate("specs", "RFE, NOID, …")),
        F("response_due_on", translate("specs", "Response due (date on the notice)"), "date"),
        F("judge_set_due_on", translate("specs", "Filing deadline set by the judge"), "date"),
        F("description", translate("specs", "Description"), "multiline"),
        F("result", translate("specs", "Result"), "multiline"),
    ]


def event_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Date"), lambda r: L.short_date(r["on_date"])),
            Column(translate("specs", "Kind"), lambda r: L.enum_label(L.EVENT_KIND, r["kind"])),
            Column(translate("specs", "Title"), lambda r: r["title"]),
            Column(translate("specs", "Location"), lambda r: r["location"] or ""))


def time_entry() -> list[F]:
    return [F("work_date", translate("specs", "Date"), "date"), F("minutes", translate("specs", "Hours"), "hours"),
            F("activity", translate("specs", "Activity")), F("attorney", translate("specs", "Attorney")),
            F("description", translate("specs", "Description"), "multiline")]


def time_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Date"), lambda r: L.short_date(r["work_date"])),
            Column(translate("specs", "Hours"), lambda r: L.hours_text(r["minutes"]), align_right=True),
            Column(translate("specs", "Activity"), lambda r: r["activity"] or ""),
            Column(translate("specs", "Attorney"), lambda r: r["attorney"] or ""),
            Column(translate("specs", "Description"), lambda r: (r["description"] or "").split("\n")[0]))


def education() -> list[F]:
    return [F("school", translate("specs", "School"), forms="I-589"),
            F("school_type", translate("specs", "Type of school"), forms="I-589",
              placeholder=translate("specs", "primary, secondary, university, trade")),
            F("location", translate("specs", "Location (city, country)"), forms="I-589")] + _from_to("I-589")


def education_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "School"), lambda r: r["school"]),
            Column(translate("specs", "Type"), lambda r: r["school_type"] or ""),
            Column(translate("specs", "Location"), lambda r: r["location"] or ""),
            Column(translate("specs", "From"), lambda r: L.short_date(r["from_date"])),
            Column(translate("specs", "To"), lambda r: L.short_date(r["to_date"])))


def employment() -> list[F]:
    return [F("employer", translate("specs", "Employer"), forms="I-589"),
            F("address", translate("specs", "Employer's address"), forms="I-589"),
            F("occupation", translate("specs", "Occupation"), forms="I-589")] + _from_to("I-589")


def employment_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Employer"), lambda r: r["employer"]),
            Column(translate("specs", "Occupation"), lambda r: r["occupation"] or ""),
            Column(translate("specs", "Address"), lambda r: r["address"] or ""),
            Column(translate("specs", "From"), lambda r: L.short_date(r["from_date"])),
            Column(translate("specs", "To"), lambda r: L.short_date(r["to_date"])))


def task() -> list[F]:
    return [F("title", translate("specs", "Task")), F("due_on", translate("specs", "Due"), "date"),
            F("done", translate("specs", "Done"), "bool"), F("assignee", translate("specs", "Who")),
            F("description", translate("specs", "Details"), "multiline")]


def task_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Due"), lambda r: L.short_date(r["due_on"])),
            Column(translate("specs", "Task"), lambda r: r["title"]),
            Column(translate("specs", "Who"), lambda r: r["assignee"] or ""),
            Column(translate("specs", "Done"), lambda r: translate("specs", "Done") if r["done"] else ""))


def contact() -> list[F]:
    return [F("role", translate("specs", "Role"), "choice", enum_choices(L.CONTACT_ROLE, empty=None),
              forms="I-918, I-589"),
            F("name", translate("specs", "Name"), forms="I-918, I-589"),
            F("organization", translate("specs", "Organization or agency"), forms="I-918"),
            F("title", translate("specs", "Title")),
            F("phone", translate("specs", "Phone"), placeholder="(312) 555-0100", forms="I-918"),
            F("email", translate("specs", "Email"), placeholder=translate("specs", "name@example.org")),
            F("address", translate("specs", "Address"), "multiline", forms="I-918"),
            F("notes", translate("specs", "Notes"), "multiline")]


def contact_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Role"), lambda r: L.enum_label(L.CONTACT_ROLE, r["role"])),
            Column(translate("specs", "Name"), lambda r: r["name"]),
            Column(translate("specs", "Organization"), lambda r: r["organization"] or ""),
            Column(translate("specs", "Phone"), lambda r: r["phone"] or ""),
            Column(translate("specs", "Email"), lambda r: r["email"] or ""))


def note() -> list[F]:
    return [F("title", translate("specs", "Title")), F("body", translate("specs", "Note"), "multiline")]


def document_columns() -> tuple[Column, ...]:
    return (Column(translate("specs", "Title"), lambda r: r["title"]),
            Column(translate("specs", "Category"), lambda r: r["category"] or ""),
            Column(translate("specs", "Type"), lambda r: (r["media_type"] or "").split("/")[-1].upper()),
            Column(translate("specs", "Size"), lambda r: L.size_text(r["size_bytes"]), align_right=True),
            Column(translate("specs", "Added"), lambda r: L.short_date(r["received_on"])))


# the specs of each synced table, for the conflicts view (it names fields and shows choice labels)
_BY_TABLE = {"clients": client, "matters": lambda: matter() + facts(), "addresses": address, "entries": entry,
             "travel_documents": travel, "people": person, "events": event, "time_entries": time_entry,
             "education": education, "employment": employment, "tasks": task, "contacts": contact, "notes": note}


def for_table(table: str) -> list[F]:
    """The field specs of ``table`` in the interface language (none for a table without an editor)."""
    build = _BY_TABLE.get(table)
    return build() if build else []

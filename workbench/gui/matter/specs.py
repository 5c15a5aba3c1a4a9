"""What each editor asks, as field specs (see ``gui.fields``), and what each list shows.

``forms`` names the USCIS forms that need a field (marked ◆ in the editor), so a volunteer
sees which blanks will stop a filing; the forms issue fills them from these same columns.
"""

from __future__ import annotations

from .. import labels as L
from ..fields import FieldSpec as F, enum_choices
from ..record_table import Column

BOOL3 = ((None, "—"), (True, "Yes"), (False, "No"))

CLIENT = [
    F("family_name", "Family name", forms="I-589, I-918, I-360, G-28"),
    F("given_name", "Given name", forms="I-589, I-918, I-360, G-28"),
    F("middle_name", "Middle name", forms="I-589, I-918, I-360"),
    F("other_names", "Other names used", "names", forms="I-589, I-918, I-360",
      placeholder="One per line: Family name, Given name Middle name"),
    F("names_native_alphabet", "Name in native alphabet", forms="I-589"),
    F("a_number", "A-number", placeholder="A012345678", forms="I-589, I-918, I-360, G-28"),
    F("uscis_account_number", "USCIS online account number"),
    F("ssn", "Social Security number", forms="I-589, I-918"),
    F("date_of_birth", "Date of birth", "date", forms="I-589, I-918, I-360"),
    F("sex", "Sex", "choice", enum_choices(L.SEX), forms="I-589, I-918"),
    F("marital_status", "Marital status", "choice", enum_choices(L.MARITAL), forms="I-589, I-918, I-360"),
    F("city_of_birth", "City of birth", forms="I-589, I-918, I-360"),
    F("country_of_birth", "Country of birth", forms="I-589, I-918, I-360"),
    F("nationality", "Nationality", forms="I-589, I-918"),
    F("nationality_at_birth", "Nationality at birth", forms="I-589"),
    F("race_ethnic_tribal_group", "Race, ethnic or tribal group", forms="I-589"),
    F("religion", "Religion", forms="I-589"),
    F("native_language", "Native language", forms="I-589"),
    F("languages", "Other languages spoken fluently", "list", forms="I-589", placeholder="e.g. Spanish, Quechua"),
    F("english_fluency", "Fluent in English", "choice", enum_choices(L.FLUENCY), forms="I-589"),
    F("interpreter_needed", "Needs an interpreter", "bool"),
    F("interpreter_language", "Interpreter language"),
    F("phone", "Phone", placeholder="(312) 555-0100", forms="I-589, I-918, G-28"),
    F("mobile_phone", "Mobile phone"),
    F("email", "Email", placeholder="name@example.org", forms="G-28"),
    F("custody_status", "Custody", "choice", enum_choices(L.CUSTODY, empty=None)),
    F("detention_facility", "Detention facility"),
    F("court_proceedings", "Immigration court proceedings", "choice", enum_choices(L.PROCEEDINGS), forms="I-589"),
]

MATTER = [
    F("matter_number", "Matter number"),
    F("kind", "Kind", "choice", enum_choices(L.MATTER_KIND, empty=None)),
    F("stage", "Stage", "choice", enum_choices(L.MATTER_STAGE, empty=None)),
    F("forum", "Forum", "choice", enum_choices(L.FORUM)),
    F("court_location", "Court or office"),
    F("judge", "Judge"),
    F("detained_docket", "Detained docket", "bool"),
    F("opened_on", "Opened", "date"),
    F("summary", "Summary", "multiline"),
]

FACTS = [
    F("ij_decision_on", "IJ decision date", "date"),
    F("ij_decision_oral", "IJ decision was", "choice", ((None, "—"), (True, "Oral"), (False, "Written"))),
    F("ij_decision_served_on", "Written decision mailed/served", "date"),
    F("bia_final_order_on", "BIA final order", "date"),
    F("asylum_filed_on", "Asylum application filed", "date"),
    F("asylum_granted_on", "Asylum granted", "date"),
    F("sijs_state_order_on", "State-court SIJ order", "date"),
    F("supp_b_signed_on", "Supplement B signed", "date"),
    F("unaccompanied_child", "Unaccompanied child (UAC)", "bool"),
]

ADDRESS = [
    F("kind", "Kind", "choice", enum_choices(L.ADDRESS_KIND, empty=None)),
    F("in_care_of", "In care of"), F("street", "Street", forms="I-589, I-918, G-28"),
    F("unit_type", "Unit type", "choice", ((None, "—"), ("APT", "Apt."), ("STE", "Suite"), ("FLR", "Floor"))),
    F("unit", "Unit"), F("city", "City", forms="I-589, I-918, G-28"), F("state", "State"),
    F("zip_code", "ZIP code"), F("province", "Province"), F("postal_code", "Postal code"), F("country", "Country"),
    F("from_date", "From", "date"), F("to_date", "To", "date"),
]
ADDRESS_COLUMNS = (Column("Kind", lambda r: L.enum_label(L.ADDRESS_KIND, r["kind"])),
                   Column("Address", lambda r: ", ".join(filter(None, (r["street"], r["unit"], r["city"], r["state"],
                                                                        r["zip_code"], r["country"])))),
                   Column("From", lambda r: L.short_date(r["from_date"])), Column("To", lambda r: L.short_date(r["to_date"])))

ENTRY = [F("entry_date", "Date of entry", "date", forms="I-589"), F("place", "Place (port of entry)", forms="I-589"),
         F("status", "Status at entry", placeholder="e.g. B-2, F-1, EWI", forms="I-589"),
         F("i94_number", "I-94 number", forms="I-589, I-918"), F("status_expires_on", "Status expires", "date")]
ENTRY_COLUMNS = (Column("Date", lambda r: L.short_date(r["entry_date"])), Column("Place", lambda r: r["place"] or ""),
                 Column("Status", lambda r: r["status"] or ""), Column("I-94", lambda r: r["i94_number"] or ""))

TRAVEL = [F("kind", "Kind", "choice", enum_choices(L.TRAVEL_DOCUMENT, empty=None)), F("number", "Number", forms="I-589"),
          F("issuing_country", "Issuing country", forms="I-589"), F("issued_on", "Issued", "date"),
          F("expires_on", "Expires", "date", forms="I-589")]
TRAVEL_COLUMNS = (Column("Kind", lambda r: L.enum_label(L.TRAVEL_DOCUMENT, r["kind"])),
                  Column("Number", lambda r: r["number"] or ""), Column("Country", lambda r: r["issuing_country"] or ""),
                  Column("Expires", lambda r: L.short_date(r["expires_on"])))

PERSON = [
    F("relation", "Relationship", "choice", enum_choices(L.RELATION, empty=None)),
    F("family_name", "Family name", forms="I-589"), F("given_name", "Given name", forms="I-589"),
    F("middle_name", "Middle name"), F("date_of_birth", "Date of birth", "date", forms="I-589"),
    F("sex", "Sex", "choice", enum_choices(L.SEX)), F("a_number", "A-number"),
    F("city_of_birth", "City of birth"), F("country_of_birth", "Country of birth", forms="I-589"),
    F("nationality", "Nationality", forms="I-589"), F("deceased", "Deceased", "bool"),
    F("in_united_states", "In the United States", "choice", BOOL3, forms="I-589"),
    F("current_location", "Current location (if not in the US)"),
    F("include_in_application", "Include in the application", "bool", forms="I-589, I-918 Supp. A"),
    F("marriage_date", "Date of marriage", "date"), F("marriage_place", "Place of marriage"),
    F("other_names", "Other names used", "names", forms="I-918 Supp. A",
      placeholder="One per line: Family name, Given name Middle name"),
    F("marital_status", "Marital status", "choice", enum_choices(L.MARITAL), forms="I-589, I-918 Supp. A"),
    F("race_ethnic_tribal_group", "Race, ethnic or tribal group", forms="I-589"),
    F("ssn", "Social Security number", forms="I-589"), F("passport_number", "Passport number", forms="I-589"),
    F("phone", "Phone", placeholder="(312) 555-0100"),
    F("last_entry_date", "Date of last entry to the US", "date", forms="I-589"),
    F("last_entry_place", "Place of last entry", forms="I-589"), F("i94_number", "I-94 number", forms="I-589"),
    F("status_at_last_entry", "Status at last entry", forms="I-589"),
    F("current_status", "Current status", forms="I-589"), F("status_expires_on", "Status expires", "date"),
    F("in_court_proceedings", "In immigration court proceedings", "choice", BOOL3, forms="I-589"),
    F("notes", "Notes", "multiline"),
]
PERSON_COLUMNS = (Column("Relationship", lambda r: L.enum_label(L.RELATION, r["relation"])),
                  Column("Name", lambda r: f"{r['family_name']}, {r['given_name']}".strip(", ")),
                  Column("Born", lambda r: L.short_date(r["date_of_birth"])),
                  Column("Where now", lambda r: "In the US" if r["in_united_states"] else (r["current_location"] or "")),
                  Column("In application", lambda r: "Yes" if r["include_in_application"] else ""))

EVENT = [
    F("kind", "Kind", "choice", enum_choices(L.EVENT_KIND, empty=None)), F("title", "Title"),
    F("on_date", "Date", "date"), F("hearing_type", "Hearing type", "choice", enum_choices(L.HEARING_TYPE)),
    F("location", "Location"), F("notice_type", "Notice type", placeholder="RFE, NOID, …"),
    F("response_due_on", "Response due (date on the notice)", "date"),
    F("judge_set_due_on", "Filing deadline set by the judge", "date"),
    F("description", "Description", "multiline"), F("result", "Result", "multiline"),
]
EVENT_COLUMNS = (Column("Date", lambda r: L.short_date(r["on_date"])),
                 Column("Kind", lambda r: L.enum_label(L.EVENT_KIND, r["kind"])), Column("Title", lambda r: r["title"]),
                 Column("Location", lambda r: r["location"] or ""))

TIME = [F("work_date", "Date", "date"), F("minutes", "Hours", "hours"), F("activity", "Activity"),
        F("attorney", "Attorney"), F("description", "Description", "multiline")]
TIME_COLUMNS = (Column("Date", lambda r: L.short_date(r["work_date"])),
                Column("Hours", lambda r: L.hours_text(r["minutes"]), align_right=True),
                Column("Activity", lambda r: r["activity"] or ""), Column("Attorney", lambda r: r["attorney"] or ""),
                Column("Description", lambda r: (r["description"] or "").split("\n")[0]))

EDUCATION = [F("school", "School", forms="I-589"), F("school_type", "Type of school", forms="I-589",
                                                 placeholder="primary, secondary, university, trade"),
             F("location", "Location (city, country)", forms="I-589"), F("from_date", "From", "date", forms="I-589"),
             F("to_date", "To", "date", forms="I-589")]
EDUCATION_COLUMNS = (Column("School", lambda r: r["school"]), Column("Type", lambda r: r["school_type"] or ""),
                     Column("Location", lambda r: r["location"] or ""),
                     Column("From", lambda r: L.short_date(r["from_date"])),
                     Column("To", lambda r: L.short_date(r["to_date"])))

EMPLOYMENT = [F("employer", "Employer", forms="I-589"), F("address", "Employer's address", forms="I-589"),
              F("occupation", "Occupation", forms="I-589"), F("from_date", "From", "date", forms="I-589"),
              F("to_date", "To", "date", forms="I-589")]
EMPLOYMENT_COLUMNS = (Column("Employer", lambda r: r["employer"]), Column("Occupation", lambda r: r["occupation"] or ""),
                      Column("Address", lambda r: r["address"] or ""),
                      Column("From", lambda r: L.short_date(r["from_date"])),
                      Column("To", lambda r: L.short_date(r["to_date"])))

TASK = [F("title", "Task"), F("due_on", "Due", "date"), F("done", "Done", "bool"), F("assignee", "Who"),
        F("description", "Details", "multiline")]
TASK_COLUMNS = (Column("Due", lambda r: L.short_date(r["due_on"])), Column("Task", lambda r: r["title"]),
                Column("Who", lambda r: r["assignee"] or ""), Column("Done", lambda r: "Done" if r["done"] else ""))

CONTACT = [F("role", "Role", "choice", enum_choices(L.CONTACT_ROLE, empty=None), forms="I-918, I-589"),
           F("name", "Name", forms="I-918, I-589"), F("organization", "Organization or agency", forms="I-918"),
           F("title", "Title"), F("phone", "Phone", placeholder="(312) 555-0100", forms="I-918"),
           F("email", "Email", placeholder="name@example.org"), F("address", "Address", "multiline", forms="I-918"),
           F("notes", "Notes", "multiline")]
CONTACT_COLUMNS = (Column("Role", lambda r: L.enum_label(L.CONTACT_ROLE, r["role"])), Column("Name", lambda r: r["name"]),
                   Column("Organization", lambda r: r["organization"] or ""), Column("Phone", lambda r: r["phone"] or ""),
                   Column("Email", lambda r: r["email"] or ""))

NOTE = [F("title", "Title"), F("body", "Note", "multiline")]

DOCUMENT_COLUMNS = (Column("Title", lambda r: r["title"]), Column("Category", lambda r: r["category"] or ""),
                    Column("Type", lambda r: (r["media_type"] or "").split("/")[-1].upper()),
                    Column("Size", lambda r: L.size_text(r["size_bytes"]), align_right=True),
                    Column("Added", lambda r: L.short_date(r["received_on"])))

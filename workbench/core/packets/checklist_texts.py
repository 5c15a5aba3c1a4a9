"""The checklist texts of ``checklists/*.json`` (each filing's label and items), for ``lupdate``.

``lupdate`` reads Python, not JSON: this list marks every text a user reads in the Packet tab so the
catalogs carry them; ``filings.load_filing`` makes them ``Msg`` values (English in the cover letter,
translated where the GUI shows them with ``msg.tr``). Citations and ``verified`` notes name English
sources and stay as written. ``tests/core/packets/test_checklist_texts.py`` fails when a checklist
file has a text missing here: add it (and its translation) when a checklist changes.
"""

from __future__ import annotations

from ..i18n import QT_TRANSLATE_NOOP

TEXTS = frozenset({
    QT_TRANSLATE_NOOP("checklists", "Petition (Form I-360: VAWA self-petition or Special Immigrant Juvenile) filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "Form G-28 signed by the attorney and the petitioner."),
    QT_TRANSLATE_NOOP("checklists", "The evidence the I-360 instructions list for the classification (VAWA: the qualifying relationship, a good-faith marriage for a spouse, battery or extreme cruelty, shared residence, good moral character; SIJS: the state juvenile court order)."),
    QT_TRANSLATE_NOOP("checklists", "Foreign-language documents with full English translations and the translator's certificate of competence and accuracy."),
    QT_TRANSLATE_NOOP("checklists", "Asylum, withholding and CAT application (Form I-589) filed with the Immigration Court"),
    QT_TRANSLATE_NOOP("checklists", "Form EOIR-28 on file with the court (e-filed in ECAS or attached): the G-28 is for DHS, not the court."),
    QT_TRANSLATE_NOOP("checklists", "A cover page naming the filing, the respondent, the A-Number, the judge, the next hearing and whether detained."),
    QT_TRANSLATE_NOOP("checklists", "Exhibits indexed with a table of contents, tabbed, and every page numbered consecutively."),
    QT_TRANSLATE_NOOP("checklists", "Letter-size (8 1/2 x 11 inch) pages."),
    QT_TRANSLATE_NOOP("checklists", "Proof of service on DHS (ICE Office of the Principal Legal Advisor) with the date and manner of service, signed."),
    QT_TRANSLATE_NOOP("checklists", "Foreign-language documents with an English translation and a typed, signed translator's certificate of competence and accuracy, with the translator's address and telephone number."),
    QT_TRANSLATE_NOOP("checklists", "Form I-589 complete and signed; the applicant swears to it before the judge at the hearing."),
    QT_TRANSLATE_NOOP("checklists", "Filed by the deadline the judge set (and the one-year deadline, or Part C explains the exception)."),
    QT_TRANSLATE_NOOP("checklists", "Affirmative asylum application (Form I-589) filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "Form G-28 signed by the attorney and the applicant, on top of the application."),
    QT_TRANSLATE_NOOP("checklists", "Form I-589 completed, every item answered (\"N/A\"/\"None\" where it does not apply), signed by the applicant in Part D and by the preparer in Part E."),
    QT_TRANSLATE_NOOP("checklists", "The signed original Form I-589: since May 31, 2023 USCIS asks for no extra copies of the form or of the supporting documents (8 CFR 208.3(a) still names one copy for each included family member: check the current instructions)."),
    QT_TRANSLATE_NOOP("checklists", "No passport-style photographs: USCIS stopped requiring them with Form I-589 on May 31, 2023 (check the current instructions)."),
    QT_TRANSLATE_NOOP("checklists", "Copies of passports, other travel or identity documents and I-94 records of the applicant and each included family member."),
    QT_TRANSLATE_NOOP("checklists", "Evidence of the relationship to each included spouse or child (marriage and birth certificates, or secondary evidence with an explanation)."),
    QT_TRANSLATE_NOOP("checklists", "The applicant's signed declaration (detailed statement of the claim), referenced from Part B, plus corroborating evidence or an explanation of why it is not reasonably available."),
    QT_TRANSLATE_NOOP("checklists", "Every document in a foreign language with a full English translation and the translator's certificate that the translation is complete and accurate and that the translator is competent to translate."),
    QT_TRANSLATE_NOOP("checklists", "Filed within one year of the last arrival, or Part C explains changed or extraordinary circumstances."),
    QT_TRANSLATE_NOOP("checklists", "U nonimmigrant status petition (Form I-918 with Supplement B) filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "Form I-918 Supplement B signed by the certifying official within the six months before filing."),
    QT_TRANSLATE_NOOP("checklists", "The petitioner's signed personal statement describing the criminal activity."),
    QT_TRANSLATE_NOOP("checklists", "Form I-192 waiver application if any ground of inadmissibility applies."),
})

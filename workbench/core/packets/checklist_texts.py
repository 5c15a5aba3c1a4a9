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
    QT_TRANSLATE_NOOP("checklists", "Adjustment of status (Form I-485, with the I-765, I-131 and I-912 that go with it) filed with USCIS: asylee, Special Immigrant Juvenile or VAWA self-petitioner"),
    QT_TRANSLATE_NOOP("checklists", "Form I-765 under category (c)(9) (pending adjustment) if the applicant wants a work permit while the I-485 is pending (an asylee already may work incident to status). The app encloses it once its questions are begun."),
    QT_TRANSLATE_NOOP("checklists", "Form I-131 for advance parole (Part 1, Item 5.A) if the applicant must travel while the I-485 is pending: leaving without it abandons the application. An asylee asks for a Refugee Travel Document instead. The app encloses it once its questions are begun."),
    QT_TRANSLATE_NOOP("checklists", "Form I-912 only when a form in the packet carries a fee the applicant asks to waive and that form may be waived; fee-exempt filings need none. The app encloses it once its questions are begun."),
    QT_TRANSLATE_NOOP("checklists", "Form I-485 signed and dated by the applicant in Part 10, by the interpreter in Part 11 if one read the form, and by the preparer in Part 12."),
    QT_TRANSLATE_NOOP("checklists", "Evidence of the category in Part 2: for an asylee, the asylum approval (USCIS notice, I-94 or the judge's order) and proof of one year of physical presence in the United States after the grant; for a Special Immigrant Juvenile, the Form I-360 approval notice (or the I-360 filed with the I-485) and, if removal proceedings were dismissed or terminated, the order; for a VAWA self-petitioner, the Form I-360 approval or receipt notice."),
    QT_TRANSLATE_NOOP("checklists", "Form I-693 (Report of Immigration Medical Examination and Vaccination Record) completed and signed by a USCIS-designated civil surgeon, in the sealed envelope, filed with the I-485."),
    QT_TRANSLATE_NOOP("checklists", "Two identical passport-style color photographs, name and A-Number written lightly on the back."),
    QT_TRANSLATE_NOOP("checklists", "A copy of a government-issued photo identity document, the birth certificate (with translation), and a copy of the passport page with the visa, admission or parole stamp and the Form I-94, if any."),
    QT_TRANSLATE_NOOP("checklists", "No Affidavit of Support (Form I-864): asylees and Special Immigrant Juveniles answer Part 3 Item 1.e, VAWA self-petitioners Item 1.d."),
    QT_TRANSLATE_NOOP("checklists", "Every document in a foreign language with a full English translation and the translator's certificate of competence and accuracy."),
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
    QT_TRANSLATE_NOOP("checklists", "U visa petition (Form I-918, Supplements A and B, I-765, I-912) filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "One Form I-918 Supplement A for each qualifying family member the petition includes (spouse, children under 21; parents and unmarried siblings under 18 when the petitioner is under 21), filed with the I-918 or later."),
    QT_TRANSLATE_NOOP("checklists", "Form I-765 for the petitioner and one for each qualifying family member in the United States (none for a member abroad: no U.S. work permit before admission), filed with the I-918 or the member's Supplement A, so USCIS can issue bona fide determination work permits; no fee for the initial ones. A member's copy is ticked when their Supplement A asks for a work permit (Part 4, Item 8); untick any copy not wanted now. Each member's copy follows that member's own Form G-28, enclosed with it by the same tick box: the member is its client and signs it (a parent or legal guardian may sign for a child under 14)."),
    QT_TRANSLATE_NOOP("checklists", "Form I-912 only when a form in the packet carries a fee to be waived (for example Form I-192): the I-918, its supplements and an initial bona fide determination I-765 have no fee. The app encloses it when its questions have been answered."),
    QT_TRANSLATE_NOOP("checklists", "Form I-918 Supplement B signed by the certifying official within the six months before filing."),
    QT_TRANSLATE_NOOP("checklists", "The petitioner's signed personal statement describing the criminal activity."),
    QT_TRANSLATE_NOOP("checklists", "Form I-192 waiver application if any ground of inadmissibility applies."),
    # checklists/i-912.json
    QT_TRANSLATE_NOOP("checklists", "Fee waiver request (Form I-912) filed with the application or petition it covers"),
    QT_TRANSLATE_NOOP("checklists", "Each fee to be waived is one USCIS may waive (the list at uscis.gov/i-912, 8 CFR 106.3(a)(3)), and the form is not fee-exempt for this client (a fee exemption in Form G-1055 needs no I-912); fees set by H.R. 1 cannot be waived."),
    QT_TRANSLATE_NOOP("checklists", "At least one basis selected in Part 1, with supporting documentation for each basis selected; only the parts for the chosen bases completed (1.A: Parts 2-4 and 7-9; 1.B: Parts 2-3, 5 and 7-9; 1.C: Parts 2-3 and 6-9)."),
    QT_TRANSLATE_NOOP("checklists", "Basis 1.A: for each person in Part 4, a current document from the agency that awarded the means-tested benefit."),
    QT_TRANSLATE_NOOP("checklists", "Basis 1.B: household income at or below 150 percent of the Federal Poverty Guidelines for the household size, checked by the attorney against the current USCIS Form I-912P (the app does not hold the figures); evidence of the income; any change since the last Federal tax return explained in Part 5, Item 9."),
    QT_TRANSLATE_NOOP("checklists", "Basis 1.C: Part 6 describes the situation with the amounts, lists assets and monthly expenses, and evidence of the hardship and of the monthly payments is attached."),
    QT_TRANSLATE_NOOP("checklists", "Signed and dated in Part 7 by the requestor, who may sign for the whole household listed in Part 3 (a parent or legal guardian signs for a requestor under 14); the interpreter (Part 8) and the preparer (Part 9) sign too."),
    QT_TRANSLATE_NOOP("checklists", "Filed on paper together with the application or petition whose fee it covers, without a payment for the fees to be waived."),
    # checklists/i-730.json
    QT_TRANSLATE_NOOP("checklists", "Refugee/asylee relative petition (Form I-730), one for each spouse or child, filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "A separate Form I-730 for each spouse or unmarried child, each with its own photograph and evidence; the START HERE box says which of the petitioner's forms this is (for example 1 of 2)."),
    QT_TRANSLATE_NOOP("checklists", "Filed within two years of the date asylum was granted (a refugee: of the admission to the United States), or Part 3 answers Yes, explains the delay and attaches evidence of the humanitarian reasons for USCIS to extend the period."),
    QT_TRANSLATE_NOOP("checklists", "Proof of the petitioner's status as a principal asylee or refugee: the I-94 granting it, the immigration judge's order or the asylum approval notice (or the EAD, advance parole or refugee travel document the checklist accepts)."),
    QT_TRANSLATE_NOOP("checklists", "A passport-style photograph, or a recent clear photograph, of the family member the petition is for."),
    QT_TRANSLATE_NOOP("checklists", "If the family member is in the United States: a copy of both sides of their Form I-94, and Part 6 signed by them if they are 14 or older."),
    QT_TRANSLATE_NOOP("checklists", "Evidence of the relationship as it existed on the day asylum was granted: for a spouse, the marriage certificate, proof that every prior marriage of either spouse ended, and any legal name change; for a child, the birth certificate naming the petitioner as parent (for a stepchild, also the parents' marriage certificate; for an adopted child, the adoption decree)."),
    QT_TRANSLATE_NOOP("checklists", "The family member's name and mailing address written in the language of the country where they live (Part 2, Item 22), so the interview notice reaches them."),
    # checklists/i-765.json
    QT_TRANSLATE_NOOP("checklists", "Work permit application (Form I-765) filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "Form G-28 signed by the attorney and the applicant."),
    QT_TRANSLATE_NOOP("checklists", "One eligibility category in Part 2, Item 27, the one the evidence supports (the workbench's proposal, checked against the matter's facts)."),
    QT_TRANSLATE_NOOP("checklists", "Category (c)(8): filed no earlier than 150 days after the complete asylum application (the deadline on the matter), with a copy of the I-589 receipt or other proof of filing, and certified court dispositions if Part 2, Item 30 is Yes."),
    QT_TRANSLATE_NOOP("checklists", "Evidence of the category: (c)(14) the notice of deferred action or of the bona fide determination (and Form I-765WS where the instructions ask for it); (c)(31) the I-360 approval notice; (c)(9) the I-485 receipt or the I-485 filed with it; (a)(5) the asylum grant; (a)(19)/(a)(20) the U status approval."),
    QT_TRANSLATE_NOOP("checklists", "A copy of the last work permit (front and back) or, without one, a government-issued identity document with photograph, name and date of birth; a copy of the I-94, passport or other travel document if any."),
    QT_TRANSLATE_NOOP("checklists", "Two identical passport-style color photographs taken within 30 days of filing, name and A-Number written lightly in pencil on the back."),
    QT_TRANSLATE_NOOP("checklists", "Part 3 signed and dated by the applicant; Part 4 by the interpreter if one read the form; Part 5 by the attorney."),
    # checklists/i-131.json
    QT_TRANSLATE_NOOP("checklists", "Travel document application (Form I-131) filed with USCIS"),
    QT_TRANSLATE_NOOP("checklists", "One application type in Part 1, the one the facts support: Item 2 or 3 (Refugee Travel Document) for an asylee or refugee, Item 5.A (advance parole) for a pending I-485; the workbench checks the type against the matter."),
    QT_TRANSLATE_NOOP("checklists", "Refugee Travel Document: filed before the client leaves the United States and the biometrics appointment attended before departure; the client told that travel to the country of persecution, or on its passport, can end asylee or refugee status (Part 6 answers explained in Part 13)."),
    QT_TRANSLATE_NOOP("checklists", "Proof of the basis: for a Refugee Travel Document, the asylum approval, the immigration judge's grant or the I-94 showing asylee or refugee status (a permanent resident: both sides of the green card); for advance parole, the I-485 receipt (or the I-485 filed with it) or the approved I-918 notice."),
    QT_TRANSLATE_NOOP("checklists", "Advance parole: the purpose of the trip, the countries and the dates in Part 7 with evidence of the reason (for example a doctor's letter about a relative's illness); the client told not to leave before the document is issued."),
    QT_TRANSLATE_NOOP("checklists", "Two identical passport-style color photographs taken within 30 days of filing, name and A-Number written lightly in pencil on the back, and a copy of a government-issued photo identity document."),
    QT_TRANSLATE_NOOP("checklists", "Part 10 signed and dated by the applicant; Part 11 by the interpreter if one was used; Part 12 by the attorney."),
})

"""The profile the field maps read: per-member answers, parents by sex, address helpers."""

from datetime import date

from workbench.core.forms.profile import build_profile
from workbench.core.model import Address, Client, FormAnswer, Matter, Person, enums as E


def test_member_answers_override_matter_answers_and_stay_with_their_member(make_vault):
    vault, _ = make_vault()
    with vault.session() as s:
        c = Client(family_name="Tran", given_name="Mai", date_of_birth=date(1980, 1, 1))
        kid1 = Person(relation=E.Relationship.CHILD, family_name="Tran", given_name="An", date_of_birth=date(2010, 1, 1))
        kid2 = Person(relation=E.Relationship.CHILD, family_name="Tran", given_name="Bao", date_of_birth=date(2012, 1, 1))
        mom = Person(relation=E.Relationship.PARENT, family_name="Le", given_name="Hoa", sex=E.Sex.FEMALE,
                     date_of_birth=date(1950, 1, 1))
        dad = Person(relation=E.Relationship.PARENT, family_name="Tran", given_name="Minh", sex=E.Sex.MALE,
                     date_of_birth=date(1955, 1, 1))
        c.people = [kid1, kid2, mom, dad]
        c.addresses = [Address(kind=E.AddressKind.PREVIOUS, city="Hue", province="Thua Thien", country="Vietnam"),
                       Address(kind=E.AddressKind.MAILING, city="Chicago", state="IL")]
        m = Matter(client=c, kind=E.MatterKind.U_VISA)
        s.add(m)
        s.flush()
        m.answers = [FormAnswer(key="q", value="matter-wide"),
                     FormAnswer(key="q", value="about An", person_id=kid1.id),
                     FormAnswer(key="only_bao", value=True, person_id=kid2.id)]
        ids = m.id, kid1.id, kid2.id
    matter_id, an, bao = ids
    with vault.session() as s:
        for_an = build_profile(s, matter_id, member_id=an)
        for_bao = build_profile(s, matter_id, member_id=bao)
        plain = build_profile(s, matter_id)
    assert for_an["answers"]["q"] == "about An" and "only_bao" not in for_an["answers"]
    assert for_bao["answers"] == {"q": "matter-wide", "only_bao": True}
    assert plain["answers"] == {"q": "matter-wide"}
    assert for_an["member"]["given_name"] == "An"
    assert plain["mother"]["given_name"] == "Hoa" and plain["father"]["given_name"] == "Minh"
    assert [a["city"] for a in plain["addresses"]["history"]] == ["Hue"], "the mailing address is not a residence"
    assert plain["addresses"]["history"][0]["state_or_province"] == "Thua Thien"

"""The staff CSV export: every appeal once, UTF-8 with a BOM, no IIN, staff only."""
import csv
import io

from factories import make_appeal

# CONTRACT §6: the columns scripts read, by these names and codes.
REQUIRED = {"ref", "submission_key", "source", "status", "category", "settlement", "department", "text",
            "created_at", "received_at", "due", "extended", "answered_at", "rating", "flagged_formal"}


def rows(response):
    body = response.get_data(as_text=True)
    assert body.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(body[1:])))


def test_export_lists_each_appeal_once(app, client, staff, db):
    refs = [make_appeal(app)[0] for _ in range(3)]
    client.post("/open311/v2/requests.json", data={
        "service_code": "roads", "description": "Жолда үлкен шұңқыр бар, көлік өте алмайды.",
        "address_string": "Beineu", "first_name": "Nurlan"})
    r = staff.client("admin").get("/staff/export/appeals.csv")
    assert r.status_code == 200 and r.mimetype == "text/csv"
    exported = rows(r)
    assert REQUIRED <= set(exported[0])
    assert sorted(x["ref"] for x in exported if x["source"] == "web") == sorted(refs)
    assert {x["source"] for x in exported} == {"web", "open311"}
    assert "Айгерім" not in r.get_data(as_text=True)  # names stay in the app, not in files


def test_export_needs_a_signed_in_moderator_or_admin(client, staff, db):
    assert client.get("/staff/export/appeals.csv").status_code == 302
    assert staff.client("officer").get("/staff/export/appeals.csv").status_code == 403
    assert staff.client("moderator").get("/staff/export/appeals.csv").status_code == 200


def test_export_columns_carry_the_contracts_codes(app, client, staff, db):
    import datetime
    from unittest import mock

    from db import database
    from db.models import Appeal
    from rules import deadlines
    from services import appeals

    refs = [make_appeal(app)[0] for _ in range(2)]
    appeal = Appeal.get(Appeal.ref == refs[0])
    officer = staff["officer"]
    new_due = deadlines.add_working_days(appeal.due_on, 5)
    appeals.extend(appeal, officer, new_due, "Сараптама қажет")
    appeals.answer(appeal, officer, "Заңға сәйкес қаралды.", verdict=appeals.check_answer("Заңға сәйкес қаралды."))
    admin = staff.client("admin")
    with mock.patch.object(database.obj, "execute_sql", wraps=database.obj.execute_sql) as queries:
        r = admin.get("/staff/export/appeals.csv")
    by_ref = {row["ref"]: row for row in rows(r)}
    first, second = by_ref[refs[0]], by_ref[refs[1]]
    assert (first["due"], first["extended"], first["flagged_formal"]) == (new_due.isoformat(), "1", "1")
    assert first["answered_at"].endswith("Z") and first["department"] == "energy-housing-utilities"
    assert (second["extended"], second["flagged_formal"], second["answered_at"], second["rating"]) == ("0", "0", "", "")
    assert datetime.date.fromisoformat(second["due"]) == Appeal.get(Appeal.ref == refs[1]).due_on
    # One joined query for every row, not five look-ups per appeal (plus the session and audit).
    assert queries.call_count <= 6

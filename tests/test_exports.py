"""The staff CSV export: every appeal once, UTF-8 with a BOM, no IIN, staff only."""
import csv
import io

from factories import make_appeal

REQUIRED = {"ref", "submission_key", "source", "status", "category", "settlement", "text",
            "created_at", "received_at"}


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

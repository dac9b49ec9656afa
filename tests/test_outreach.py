"""Outreach workers register phones, start visits and upload saved queues; staff review the field."""
import io
import json
import re
import uuid

from conftest import csrf_from
from test_sync import appeal_item, sync

from db.models import Appeal, AuditLog, Device, OutreachEvent


def form_post(client, page, action, **fields):
    token = csrf_from(client.get(page).get_data(as_text=True))
    return client.post(action, data={"csrf_token": token, **fields})


def register_phone(worker):
    r = form_post(worker, "/staff/outreach", "/staff/outreach/devices", label="Samsung A12, Aruzhan")
    assert r.status_code == 201
    return re.search(r'data-device-token="([^"]+)"', r.get_data(as_text=True)).group(1)


def test_worker_registers_a_phone_and_its_token_syncs(client, staff, db):
    worker = staff.client("outreach")
    token = register_phone(worker)
    device = Device.get()
    assert device.token_hash != token and len(token) >= 40
    r = sync(client, [appeal_item()], token=token)
    assert r.get_json()["results"][0]["status"] == "created"
    assert AuditLog.select().where(AuditLog.action == "device.registered").count() == 1


def test_a_phone_without_a_name_is_not_registered(staff, db):
    worker = staff.client("outreach")
    r = form_post(worker, "/staff/outreach", "/staff/outreach/devices", label=" ")
    assert r.status_code == 422 and Device.select().count() == 0


def test_admin_revokes_a_phone_and_its_token_stops_at_once(client, staff, db):
    token = register_phone(staff.client("outreach"))
    admin = staff.client("admin")
    device = Device.get()
    assert "Samsung A12" in admin.get("/staff/devices").get_data(as_text=True)
    r = form_post(admin, "/staff/devices", f"/staff/devices/{device.id}/revoke")
    assert r.status_code == 303
    assert sync(client, [appeal_item()], token=token).status_code == 401


def test_worker_starts_a_visit(staff, db):
    worker = staff.client("outreach")
    r = form_post(worker, "/staff/outreach", "/staff/outreach/events", ngo="Zhas Orken",
                  settlement="akshymyrau", held_on="2026-11-27")
    assert r.status_code == 303
    event = OutreachEvent.get()
    assert (event.ngo, event.settlement.code, event.user.login) == ("Zhas Orken", "akshymyrau", "outreach")
    bad = form_post(worker, "/staff/outreach", "/staff/outreach/events", ngo="", settlement="x", held_on="")
    assert bad.status_code == 422


def test_a_saved_queue_file_uploaded_twice_creates_each_record_once(client, staff, db):
    items = [appeal_item(f"Обращение из файла номер {i}, без связи в ауле") for i in range(5)]
    items.append(appeal_item("", key=str(uuid.uuid4())))
    queue = json.dumps({"device": str(uuid.uuid4()), "items": items}).encode()
    moderator = staff.client("moderator")
    for attempt in range(2):
        token = csrf_from(moderator.get("/staff/login").get_data(as_text=True))
        r = moderator.post("/staff/upload", data={"csrf_token": token,
                                                  "queue": (io.BytesIO(queue), "qatysu-queue.json")},
                           content_type="multipart/form-data")
        assert r.status_code == 200
    assert Appeal.select().count() == 5
    assert {a.source for a in Appeal.select()} == {"offline"}
    # and sending the same queue over sync later still makes nothing new
    results = sync(client, items[:5]).get_json()["results"]
    assert {x["status"] for x in results} == {"duplicate"}


def test_a_broken_file_is_explained(staff, db):
    worker = staff.client("outreach")
    token = csrf_from(worker.get("/staff/outreach").get_data(as_text=True))
    r = worker.post("/staff/upload", data={"csrf_token": token, "queue": (io.BytesIO(b"{oops"), "q.json")},
                    content_type="multipart/form-data")
    assert r.status_code == 422 and "JSON" in r.get_data(as_text=True)


def test_staff_review_counts_what_came_from_each_phone(client, staff, db):
    token = register_phone(staff.client("outreach"))
    future = appeal_item("Часы телефона спешат на сутки вперёд")
    future["created_at"] = "2099-01-01T00:00:00+05:00"
    good = appeal_item()
    sync(client, [good, future, appeal_item("", name="")], token=token)
    sync(client, [good], token=token)  # a resend
    device = Device.get()
    html = staff.client("moderator").get("/staff/field").get_data(as_text=True)
    row = re.search(rf'device={device.id}".*?</tr>', html, re.S).group(0)
    cells = re.findall(r"<td[^>]*>(\d+)</td>", row)
    assert cells == ["2", "1", "1", "1"]  # appeals, wrong clock, sent again, refused
    items = staff.client("moderator").get(f"/staff/field/items?device={device.id}").get_data(as_text=True)
    appeals_table, log_table = items.split("<h2>")[1:3]
    assert appeals_table.count("/staff/appeals/MG-") == 2
    assert log_table.count("<tr><td>") == 2  # the resend and the refused item


def test_a_large_queue_file_of_a_whole_day_is_taken(client, staff, db):
    """More than one sync request holds: 600 appeals, over 1 MiB, in one file."""
    items = [appeal_item(f"Обращение номер {i} из дальнего аула: " + "нет воды, " * 200) for i in range(600)]
    queue = json.dumps({"device": str(uuid.uuid4()), "items": items}).encode()
    assert len(queue) > 1024 * 1024
    worker = staff.client("outreach")
    token = csrf_from(worker.get("/staff/outreach").get_data(as_text=True))
    r = worker.post("/staff/upload", data={"csrf_token": token, "queue": (io.BytesIO(queue), "day.json")},
                    content_type="multipart/form-data")
    assert r.status_code == 200
    assert Appeal.select().count() == 600
    assert {a.source for a in Appeal.select()} == {"outreach"}


def test_sync_items_keep_the_language_of_their_form(client, db):
    item = appeal_item()
    item["lang"] = "kk"
    r = client.post("/api/v1/sync", json={"device": str(uuid.uuid4()), "items": [item]},
                    headers={"Accept-Language": "ru"})
    result = r.get_json()["results"][0]
    assert Appeal.get(Appeal.ref == result["ref"]).lang == "kk"
    assert result["follow"].startswith("/kk/track/")


def test_a_refused_visit_form_keeps_its_values_and_marks_each_wrong_field(staff, db):
    from conftest import csrf_from
    worker = staff.client("outreach")
    token = csrf_from(worker.get("/staff/outreach").get_data(as_text=True))
    r = worker.post("/staff/outreach/events", data={"csrf_token": token, "ngo": "Жас Өркен",
                                                    "settlement": "atlantis", "held_on": "31.12.2026"})
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    assert 'id="event-settlement-error"' in html and 'id="held_on-error"' in html
    assert 'id="ngo-error"' not in html and 'value="Жас Өркен"' in html
    assert 'id="label-error"' not in html  # the phone form above was not the one sent
    assert OutreachEvent.select().count() == 0

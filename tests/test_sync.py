"""The sync protocol (SYNC.md), line by line, as a phone would speak it."""
import datetime
import gzip
import json
import uuid

import pytest

from db.models import Appeal, Device, OutreachEvent, Settlement, SyncLog
from web import auth


def now_iso(delta=datetime.timedelta()):
    return (datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=5))) + delta).isoformat(
        timespec="seconds")


def appeal_item(text="Нет воды в посёлке уже три дня, просим помочь", key=None, **fields):
    item = {"key": key or str(uuid.uuid4()), "kind": "appeal", "created_at": now_iso(),
            "fields": {"category": "water", "settlement": "akshymyrau", "text": text, "name": "Сауле",
                       "phone": "+77015550000", "public": True, "consent": True}}
    item["fields"].update(fields)
    return item


def sync(client, items, device=None, token=None, raw=None, encoding=None):
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    body = raw if raw is not None else json.dumps({"device": device or str(uuid.uuid4()), "items": items}).encode()
    if encoding == "gzip":
        body = gzip.compress(body)
        headers["Content-Encoding"] = "gzip"
    return client.post("/api/v1/sync", data=body, headers=headers)


def statuses(response):
    assert response.status_code == 200, response.get_data(as_text=True)
    return [r["status"] for r in response.get_json()["results"]]


def test_items_are_created_with_source_offline_and_both_times_kept(client, db):
    items = [appeal_item(f"Нет воды в посёлке уже {i + 2} дня, просим помочь") for i in range(3)]
    r = sync(client, items)
    assert statuses(r) == ["created"] * 3
    body = r.get_json()
    assert body["server_time"].endswith("Z")
    appeals = [Appeal.get(Appeal.ref == x["ref"]) for x in body["results"]]
    assert {a.source for a in appeals} == {"offline"}
    assert all(a.created_at <= a.received_at for a in appeals)
    assert [a.submission_key for a in appeals] == [i["key"] for i in items]


def test_a_resend_is_a_duplicate_with_the_first_ref(client, db):
    items = [appeal_item(), appeal_item("Вторая жалоба: свет отключают каждый вечер")]
    first = sync(client, items).get_json()["results"]
    again = sync(client, items).get_json()["results"]
    assert [x["status"] for x in again] == ["duplicate", "duplicate"]
    assert [x["ref"] for x in again] == [x["ref"] for x in first]
    assert Appeal.select().count() == 2
    assert SyncLog.select().where(SyncLog.status == "duplicate").count() == 2


def test_the_same_key_with_other_content_is_a_conflict(client, db):
    item = appeal_item()
    sync(client, [item])
    changed = dict(item, fields=dict(item["fields"], text="Совсем другой текст обращения про дороги"))
    result = sync(client, [changed]).get_json()["results"][0]
    assert result == {"key": item["key"], "status": "rejected", "errors": {"key": "conflict"}}


def test_the_form_and_sync_share_one_key_space(client, db):
    """The HTML form's submission_key is the sync key: a form sent both ways is one appeal."""
    from conftest import appeal_fields, submit
    fields = appeal_fields()
    submit(client, "/kk/appeals/new", "/kk/appeals", fields)
    item = {"key": fields["submission_key"], "kind": "appeal", "created_at": now_iso(),
            "fields": {k: fields[k] for k in ("category", "settlement", "text", "name", "phone", "public", "consent")}}
    assert statuses(sync(client, [item])) == ["duplicate"]


def test_one_bad_item_does_not_block_the_others_and_order_is_kept(client, db):
    items = [appeal_item("Хороший текст обращения номер один"),
             appeal_item("", name=""),
             {"key": str(uuid.uuid4()), "kind": "proposal", "fields": {}},
             {"key": "not-a-uuid", "kind": "appeal", "fields": {}},
             appeal_item("Хороший текст обращения номер два")]
    results = sync(client, items).get_json()["results"]
    assert [x["status"] for x in results] == ["created", "rejected", "rejected", "rejected", "created"]
    assert [x["key"] for x in results] == [i["key"] for i in items]
    assert results[1]["errors"] == {"text": "required", "name": "required"}
    assert results[2]["errors"] == {"kind": "unsupported"}
    assert results[3]["errors"] == {"key": "invalid"}


@pytest.mark.parametrize("kind", ["proposal", "vote", "comment"])
def test_kinds_not_built_yet_answer_unsupported(client, db, kind):
    item = {"key": str(uuid.uuid4()), "kind": kind, "created_at": now_iso(), "fields": {"cycle": "1"}}
    assert sync(client, [item]).get_json()["results"][0]["errors"] == {"kind": "unsupported"}


def test_gzip_bodies_are_accepted(client, db):
    assert statuses(sync(client, [appeal_item()], encoding="gzip")) == ["created"]


def test_malformed_and_wrongly_shaped_bodies_are_400_json(client, db):
    for raw in (b"{not json", b"[]", b'{"items": "nope"}', b'{"device": 5, "items": []}', b"\xff\xfe"):
        r = sync(client, None, raw=raw)
        assert r.status_code == 400 and "error" in r.get_json(), raw
    r = client.post("/api/v1/sync", data=b"not gzip", headers={"Content-Type": "application/json",
                                                                "Content-Encoding": "gzip"})
    assert r.status_code == 400


def test_more_than_200_items_or_1_mib_is_413(client, db):
    assert sync(client, [appeal_item() for _ in range(201)]).status_code == 413
    assert statuses(sync(client, [appeal_item() for _ in range(200)])) == ["created"] * 200
    big = json.dumps({"device": "x", "items": [appeal_item("я" * 4000) for _ in range(150)]}).encode()
    assert len(big) > 1024 * 1024
    assert sync(client, None, raw=big).status_code == 413
    # A zip bomb is refused after inflating only the first MiB.
    bomb = json.dumps({"device": "x", "items": [], "pad": " " * (50 * 1024 * 1024)}).encode()
    assert sync(client, None, raw=bomb, encoding="gzip").status_code == 413


def test_unknown_or_revoked_token_is_401(client, staff, db):
    assert sync(client, [appeal_item()], token="not-a-real-token").status_code == 401
    device, token = auth.issue_device_token(staff["outreach"], "Samsung A12")
    assert statuses(sync(client, [appeal_item()], token=token)) == ["created"]
    auth.revoke_device(device)
    assert sync(client, [appeal_item()], token=token).status_code == 401


def test_outreach_items_record_worker_device_and_event(client, staff, db):
    device, token = auth.issue_device_token(staff["outreach"], "Samsung A12")
    assert token not in Device.get_by_id(device.id).token_hash  # stored hashed
    event = OutreachEvent.create(user=staff["outreach"], ngo="Zhas Orken", held_on=datetime.date.today(),
                                 settlement=Settlement.get(Settlement.code == "akshymyrau"))
    item = appeal_item(outreach_event=event.id, paper_form="A-0017")
    ref = sync(client, [item], token=token).get_json()["results"][0]["ref"]
    appeal = Appeal.get(Appeal.ref == ref)
    assert appeal.source == "outreach"
    assert (appeal.worker.id, appeal.device.id, appeal.outreach_event.id) == (staff["outreach"].id, device.id, event.id)
    assert appeal.consent_paper_form == "A-0017"


def test_an_event_of_another_worker_is_not_attached(client, staff, db):
    _, token = auth.issue_device_token(staff["outreach"], "phone")
    other = OutreachEvent.create(user=staff["admin"], ngo="X", held_on=datetime.date.today(),
                                 settlement=Settlement.get(Settlement.code == "aktau"))
    ref = sync(client, [appeal_item(outreach_event=other.id)], token=token).get_json()["results"][0]["ref"]
    assert Appeal.get(Appeal.ref == ref).outreach_event is None


def test_a_clock_far_ahead_is_replaced_and_flagged(client, db):
    ahead = appeal_item()
    ahead["created_at"] = now_iso(datetime.timedelta(days=1))
    slightly = appeal_item("Часы спешат на пять минут, это нормально")
    slightly["created_at"] = now_iso(datetime.timedelta(minutes=5))
    late = appeal_item("Написано вчера без связи, отправлено сегодня")
    late["created_at"] = now_iso(-datetime.timedelta(days=1))
    refs = [x["ref"] for x in sync(client, [ahead, slightly, late]).get_json()["results"]]
    a, b, c = (Appeal.get(Appeal.ref == r) for r in refs)
    assert a.clock_flagged and a.created_at == a.received_at
    assert not b.clock_flagged and not c.clock_flagged
    assert (c.received_at - c.created_at) > datetime.timedelta(hours=23)


def test_rate_limits_count_per_address_but_never_stop_an_outreach_phone(app, staff, db):
    app.config.update(RATELIMIT_ENABLED=True, SYNC_LIMIT="3 per minute", SYNC_TOKEN_LIMIT="1000 per minute")
    from web.security import limiter
    limiter.init_app(app)  # pick up the switch for this app only
    limiter.reset()
    c = app.test_client()
    codes = [sync(c, [appeal_item()]).status_code for _ in range(4)]
    assert codes == [200, 200, 200, 429]
    limited = sync(c, [appeal_item()])
    assert "Retry-After" in limited.headers and "error" in limited.get_json()
    _, token = auth.issue_device_token(staff["outreach"], "village phone")
    assert all(sync(c, [appeal_item()], token=token).status_code == 200 for _ in range(10))
    limiter.reset()


def test_storage_unavailable_is_503(app, client, db, monkeypatch):
    import dataclasses

    from peewee import OperationalError

    import submissions

    def broken(*a, **k):
        raise OperationalError("disk I/O error")
    monkeypatch.setitem(submissions.KINDS, "appeal", dataclasses.replace(submissions.KINDS["appeal"], store=broken))
    r = sync(client, [appeal_item()])
    assert r.status_code == 503 and "error" in r.get_json()

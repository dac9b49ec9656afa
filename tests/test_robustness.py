"""No input gives a 5xx, and none grows the database without bound: each case was once seen to do so."""
import datetime
import json
import threading
import uuid

import pytest
from conftest import csrf_from
from test_sync import appeal_item, statuses, sync

from db.models import Appeal, OutreachEvent, Settlement, SyncLog
from web import auth


def good(n):
    return appeal_item(f"Хороший текст обращения номер {n}, воды нет")


def stored_good_ones(results, *positions):
    for i in positions:
        assert results[i]["status"] == "created", results[i]
    return [Appeal.get(Appeal.ref == results[i]["ref"]) for i in positions]


# ---- sync: the whole request ---------------------------------------------------------

@pytest.mark.parametrize("device", ["x" * 500_000, "not-a-uuid", 5, None, "", ["a"],
                                    str(uuid.uuid4()) + "\u0000", "\ud800"])
def test_a_device_that_is_not_a_uuid_is_400(client, db, device):
    """SYNC.md: the device is a UUID that the phone keeps, anything else is a 400 (app.js always sends one)."""
    body = json.dumps({"device": device, "items": [good(1)]}).encode()
    r = sync(client, None, raw=body)
    assert r.status_code == 400 and "error" in r.get_json()
    assert Appeal.select().count() == 0


def test_a_device_without_the_key_is_400_too(client, db):
    r = sync(client, None, raw=json.dumps({"items": [good(1)]}).encode())
    assert r.status_code == 400


def test_an_upper_case_device_is_kept_in_canonical_form(client, db):
    device = str(uuid.uuid4())
    ref = sync(client, [good(1)], device=device.upper()).get_json()["results"][0]["ref"]
    assert Appeal.get(Appeal.ref == ref).sync_device == device


def test_json_nested_100000_deep_is_400(client, db):
    raw = b'{"device": "%s", "items": [' % str(uuid.uuid4()).encode() + b"[" * 100_000 + b"]" * 100_000 + b"]}"
    r = sync(client, None, raw=raw)
    assert r.status_code == 400 and "error" in r.get_json()


def test_json_nested_a_little_less_deep_is_400_as_well(client, db):
    """Deep enough to pass the parser but not the code that walks an item."""
    deep = "[" * 900 + "]" * 900
    raw = ('{"device": "%s", "items": [{"key": "%s", "kind": "appeal", "fields": {"text": %s}}]}'
           % (uuid.uuid4(), uuid.uuid4(), deep)).encode()
    r = sync(client, None, raw=raw)
    assert r.status_code == 400


# ---- sync: one bad item among good ones ----------------------------------------------

@pytest.mark.parametrize("created_at", ["9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00",
                                        "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59"])
def test_a_created_at_at_the_ends_of_the_calendar_is_replaced_and_flagged(client, db, created_at):
    """A clock that cannot be right: the server's time stands in, as for any unreadable clock (SYNC.md, Clocks)."""
    odd = good(2)
    odd["created_at"] = created_at
    results = sync(client, [good(1), odd, good(3)]).get_json()["results"]
    first, flagged, last = stored_good_ones(results, 0, 1, 2)
    assert flagged.clock_flagged and flagged.created_at == flagged.received_at
    assert not first.clock_flagged and not last.clock_flagged


BAD_CHARACTERS = ["\ud800", "\udfff", "\u0000"]


@pytest.mark.parametrize("char", BAD_CHARACTERS)
@pytest.mark.parametrize("field", ["text", "name", "category", "settlement", "phone", "paper_form", "extra"])
def test_a_character_the_database_cannot_keep_rejects_only_its_item(client, db, field, char):
    bad = appeal_item(**{field: f"Текст с плохим знаком {char} внутри"})
    results = sync(client, [good(1), bad, good(3)]).get_json()["results"]
    stored_good_ones(results, 0, 2)
    assert results[1]["status"] == "rejected"
    assert results[1]["errors"] == {field: "invalid"}
    assert Appeal.select().count() == 2
    assert SyncLog.select().count() == 1


@pytest.mark.parametrize("char", BAD_CHARACTERS)
@pytest.mark.parametrize("where, expected", [
    ("kind", {"status": "rejected", "errors": {"kind": "unsupported"}}),
    ("key", {"key": None, "status": "rejected", "errors": {"key": "invalid"}}),
    ("lang", {"status": "created"}),        # not a language: the request's stands in
    ("created_at", {"status": "created"}),  # not a time: the server's stands in, flagged
])
def test_a_bad_character_beside_the_fields_rejects_only_its_item(client, db, where, expected, char):
    bad = good(2)
    bad[where] = f"appeal{char}"
    results = sync(client, [good(1), bad, good(3)]).get_json()["results"]
    stored_good_ones(results, 0, 2)
    assert expected.items() <= results[1].items()
    assert Appeal.select().count() == 2 + (expected["status"] == "created")


@pytest.mark.parametrize("value", [[1, "\ud800"], {"a": "\u0000"}, {"\ud800": 1}])
def test_a_bad_character_deep_inside_a_field_rejects_only_its_item(client, db, value):
    bad = appeal_item(public=value)
    results = sync(client, [good(1), bad, good(3)]).get_json()["results"]
    stored_good_ones(results, 0, 2)
    assert results[1] == {"key": bad["key"], "status": "rejected", "errors": {"public": "invalid"}}


def test_a_bad_character_in_a_fields_name_rejects_the_item_without_echoing_it(client, db):
    bad = good(2)
    bad["fields"]["\ud800" * 3] = "x"
    results = sync(client, [good(1), bad, good(3)]).get_json()["results"]
    stored_good_ones(results, 0, 2)
    assert results[1]["errors"] == {"fields": "invalid"}


def test_an_invalid_key_is_not_echoed_when_it_cannot_be_sent_back(client, db):
    for key in ("\ud800", "k" * 100_000, {"a": 1}):
        results = sync(client, [{"key": key, "kind": "appeal", "fields": {}}, good(1)]).get_json()["results"]
        assert results[0] == {"key": None, "status": "rejected", "errors": {"key": "invalid"}}
        assert results[1]["status"] == "created"


@pytest.mark.parametrize("event", [1e308, 10 ** 30, -1, "1e400", "abc", True, [], {}, 2 ** 31])
def test_an_outreach_event_of_any_shape_never_blocks_the_batch(client, staff, db, event):
    _, token = auth.issue_device_token(staff["outreach"], "phone")
    bad = appeal_item(outreach_event=event)
    results = sync(client, [good(1), bad, good(3)], token=token).get_json()["results"]
    stored_good_ones(results, 0, 2)
    assert results[1]["status"] in ("created", "rejected")


def test_an_outreach_event_of_1e400_never_blocks_the_batch(client, staff, db):
    """json.loads reads 1e400 as infinity, which int() cannot take."""
    _, token = auth.issue_device_token(staff["outreach"], "phone")
    body = json.dumps({"device": str(uuid.uuid4()), "items": [good(1), appeal_item(outreach_event=0), good(3)]})
    body = body.replace('"outreach_event": 0', '"outreach_event": 1e400').encode()
    r = client.post("/api/v1/sync", data=body, headers={"Content-Type": "application/json",
                                                        "Authorization": f"Bearer {token}"})
    assert statuses(r) == ["created", "created", "created"]


def test_an_own_event_given_as_a_string_is_still_attached(client, staff, db):
    _, token = auth.issue_device_token(staff["outreach"], "phone")
    event = OutreachEvent.create(user=staff["outreach"], ngo="Zhas Orken", held_on=datetime.date.today(),
                                 settlement=Settlement.get(Settlement.code == "akshymyrau"))
    ref = sync(client, [appeal_item(outreach_event=str(event.id))], token=token).get_json()["results"][0]["ref"]
    assert Appeal.get(Appeal.ref == ref).outreach_event.id == event.id


def test_the_sync_log_of_one_request_stays_small(client, db):
    """At most one small row per item sent: nothing an item says is kept at its own length."""
    junk_kind = [{"key": str(uuid.uuid4()), "kind": "k" * 5000 + "\u0000", "fields": {}} for _ in range(50)]
    bad_fields = [{"key": str(uuid.uuid4()), "kind": "appeal",
                   "fields": {f"f{i}" * 30: "\ud800" for i in range(40)}} for _ in range(50)]
    bad_values = [appeal_item(**{f"x{i}": "\u0000" for i in range(200)}) for _ in range(50)]
    items = junk_kind + bad_fields + bad_values
    assert len(json.dumps(items)) < 1024 * 1024
    results = sync(client, items).get_json()["results"]
    assert {r["status"] for r in results} == {"rejected"}
    assert SyncLog.select().count() == len(items)
    for row in SyncLog.select():
        assert len(row.kind) <= 40 and len(row.errors) <= 400 and len(row.key) == 36


# ---- paging ------------------------------------------------------------------------

HUGE = "999999999999999999"
ODD_PAGES = [HUGE, "-5", "0", "abc", "1e9", "9" * 5000, "", "\u0663"]


@pytest.mark.parametrize("page", ODD_PAGES)
def test_any_page_number_on_the_public_list_is_a_page(client, db, page):
    r = client.get("/kk/appeals", query_string={"page": page})
    assert r.status_code == 200
    r = client.get("/kk/appeals", query_string={"page": page}, headers={"HX-Request": "true"})
    assert r.status_code == 200


@pytest.mark.parametrize("role, url, queue", [("moderator", "/staff/", "new"), ("officer", "/staff/", "all"),
                                              ("admin", "/staff/audit", None)])
def test_any_page_number_on_a_staff_list_is_a_page(staff, db, role, url, queue):
    signed_in = staff.client(role)
    for page in ODD_PAGES:
        r = signed_in.get(url, query_string={"page": page, **({"queue": queue} if queue else {})})
        assert r.status_code == 200, page


def test_a_page_past_the_end_shows_the_last_one(client, db):
    from conftest import create_appeal
    from test_appeals import publish
    for _ in range(21):
        publish(create_appeal(client)[0])
    html = client.get(f"/kk/appeals?page={HUGE}").get_data(as_text=True)
    assert html.count('class="card"') == 1 and 'rel="prev"' in html and 'rel="next"' not in html


def test_the_audit_log_offers_older_entries_only_when_there_are_some(staff, db):
    from services.audit import audit
    admin = staff.client("admin")  # signing in writes one entry
    for i in range(99):
        audit(None, "test.entry", str(i))
    assert "?page=2" not in admin.get("/staff/audit").get_data(as_text=True)  # exactly 100
    audit(None, "test.entry", "one more")
    assert "?page=2" in admin.get("/staff/audit").get_data(as_text=True)
    oldest = admin.get("/staff/audit?page=2").get_data(as_text=True)
    assert oldest.count("<tr><td>") == 1 and "staff.login" in oldest


def test_page_numbers_are_read_once_and_kept_in_range(app):
    from web.paging import MAX_PAGE, Page, requested_number
    assert [requested_number(v) for v in (None, "", "x", "0", "-3", "7", HUGE)] == [1, 1, 1, 1, 1, 7, MAX_PAGE]
    page = Page(3, 20, total=41)
    assert (page.offset, page.pages, page.has_prev) == (40, 3, True)
    assert Page(1, 20, total=0).pages == 1
    assert app.config["PAGE_SIZES"] == {"appeals": 20, "staff_queue": 50, "audit": 100}


# ---- NUL in an address or a form -----------------------------------------------------

@pytest.mark.parametrize("url", ["/kk/appeals/MG-%00", "/kk/appeals/lookup?ref=MG-%00", "/kk/appeals?category=%00",
                                 "/kk/appeals?status=x%00y", "/kk/appeals?%00=1", "/kk/track/MG-%00/abc",
                                 "/staff/login?next=/%00", "/open311/v2/requests/MG-%00.json",
                                 "/kk/appeals/new?event=%00", "/%00"])
def test_a_nul_in_the_address_is_400(client, db, url):
    assert client.get(url).status_code == 400


def test_a_nul_in_a_staff_address_is_400(staff, db):
    moderator = staff.client("moderator")
    for url in ("/staff/appeals/MG-%00", "/staff/field/items?phone=%00", "/staff/?queue=%00"):
        assert moderator.get(url).status_code == 400, url


@pytest.mark.parametrize("field", ["text", "name", "category", "phone", "submission_key", "x\u0000"])
def test_a_nul_in_a_form_field_is_400_and_stores_nothing(client, db, field):
    from conftest import appeal_fields, submit
    fields = appeal_fields(**({field: "Ауылда су жоқ\u0000 көмектесіңіздер"} if "\u0000" not in field
                              else {field: "1"}))
    assert submit(client, "/kk/appeals/new", "/kk/appeals", fields).status_code == 400
    assert Appeal.select().count() == 0


def test_a_nul_in_the_sign_in_form_is_400(client, db):
    from conftest import submit
    r = submit(client, "/staff/login", "/staff/login", {"login": "admin\u0000", "password": "x"})
    assert r.status_code == 400


def test_a_nul_in_a_multipart_form_is_400(staff, db):
    import io
    worker = staff.client("outreach")
    token = csrf_from(worker.get("/staff/outreach").get_data(as_text=True))
    r = worker.post("/staff/upload", data={"csrf_token": token, "note": "\u0000",
                                           "queue": (io.BytesIO(b"{}"), "q.json")},
                    content_type="multipart/form-data")
    assert r.status_code == 400


# ---- next= on the sign-in and language pages --------------------------------------------

@pytest.mark.parametrize("target", ["/%0A/x", "/%0D%0ALocation:%20http://x", "/\u202e", "/%E2%80%AE", "/%ff"])
def test_an_odd_next_never_breaks_sign_in_or_the_language_switch(client, staff, db, target):
    from conftest import submit
    assert client.get(f"/staff/login?next={target}").status_code == 200
    r = client.get(f"/staff/lang/en?next={target}")
    assert r.status_code == 303 and "\n" not in r.headers["Location"] and "\r" not in r.headers["Location"]
    r = submit(client, f"/staff/login?next={target}", "/staff/login",
               {"login": "admin", "password": "correct-horse-battery", "next": target.replace("%0A", "\n")})
    assert r.status_code == 303 and "\n" not in r.headers["Location"]


# ---- SQLite: a writer waits for another instead of failing ---------------------------

def hold_the_write_lock(app, seconds, started):
    """In another thread, as another worker process would: write, keep the transaction open, commit."""
    from db import database
    from services.audit import audit

    def run():
        with app.app_context():
            database.connect(reuse_if_open=True)
            with database.atomic():
                audit(None, "test.long_write", "holder")
                started.set()
                threading.Event().wait(seconds)
            database.close()
    thread = threading.Thread(target=run)
    thread.start()
    return thread


def test_a_sync_that_reads_before_it_writes_waits_for_a_concurrent_write(app, staff, db):
    """An outreach item reads its event before the insert: on SQLite that used to fail at once with 503."""
    from submissions.common import reference
    _, token = auth.issue_device_token(staff["outreach"], "phone")
    event = OutreachEvent.create(user=staff["outreach"], ngo="Zhas Orken", held_on=datetime.date.today(),
                                 settlement=Settlement.get(Settlement.code == "akshymyrau"))
    db.close()
    client = app.test_client()
    for _ in range(3):
        started = threading.Event()
        reference.loaded_at = None  # the reference lists are read again, inside the transaction
        holder = hold_the_write_lock(app, 0.4, started)
        started.wait(5)
        r = sync(client, [appeal_item(outreach_event=event.id)], token=token)
        holder.join()
        assert r.status_code == 200, r.get_data(as_text=True)
        assert statuses(r) == ["created"]


def test_a_staff_action_waits_for_a_concurrent_write(app, staff, db):
    from conftest import create_appeal, submit
    ref, _ = create_appeal(app.test_client())
    moderator = staff.client("moderator")
    db.close()
    started = threading.Event()
    holder = hold_the_write_lock(app, 0.4, started)
    started.wait(5)
    r = submit(moderator, f"/staff/appeals/{ref}", f"/staff/appeals/{ref}/publish", {"public_text": "Ауылда су жоқ."})
    holder.join()
    assert r.status_code == 303


# ---- found by tests/test_fuzz.py --------------------------------------------------------

def test_the_field_review_of_an_id_that_is_no_id_is_404(staff, db):
    """PostgreSQL refused worker=+7 701 ... as an integer: a 500."""
    moderator = staff.client("moderator")
    for name in ("device", "worker", "event"):
        for value in ("+7 701 123 45 67", "x", "-1", "0", "1.5", "9" * 30, "9" * 5000, "\u0663"):
            r = moderator.get("/staff/field/items", query_string={name: value})
            assert r.status_code == 404, (name, value)


def test_an_id_in_the_address_past_any_column_is_404(staff, db):
    """SQLite cannot take 10**30 as an integer: revoking device 10**30 was a 500."""
    admin = staff.client("admin")
    token = csrf_from(admin.get("/staff/devices").get_data(as_text=True))
    for device_id in (10 ** 30, 2 ** 31, 2 ** 63):
        assert admin.post(f"/staff/devices/{device_id}/revoke", data={"csrf_token": token}).status_code == 404
    assert admin.post("/staff/devices/2147483647/revoke", data={"csrf_token": token}).status_code == 404


def test_an_outreach_workers_form_with_an_event_past_any_id_is_stored_without_it(staff, db):
    """SQLite cannot compare an id with 10**20: the form was a 500."""
    from conftest import appeal_fields, submit
    worker = staff.client("outreach")
    for event in ("99999999999999999999", "-1", "x", "\u0663"):
        r = submit(worker, "/kk/appeals/new", "/kk/appeals", appeal_fields(outreach_event=event))
        assert r.status_code == 303, event
    assert Appeal.select().where(Appeal.outreach_event.is_null()).count() == 4


def test_forwarding_to_a_body_with_a_name_past_its_column_is_refused(client, staff, db):
    """forwarded_to is VARCHAR(255) on PostgreSQL: a longer name was a 500 there."""
    from conftest import create_appeal, submit
    ref, _ = create_appeal(client)
    moderator = staff.client("moderator")
    r = submit(moderator, f"/staff/appeals/{ref}", f"/staff/appeals/{ref}/forward",
               {"body": "Б" * 256, "reason": "Не наш вопрос"})
    assert r.status_code == 422 and "255" in r.get_data(as_text=True)
    assert Appeal.get(Appeal.ref == ref).forwarded_to is None
    r = submit(moderator, f"/staff/appeals/{ref}", f"/staff/appeals/{ref}/forward",
               {"body": "Б" * 255, "reason": "Не наш вопрос"})
    assert r.status_code == 303

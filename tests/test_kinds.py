"""The kinds registry: one declaration per kind, read by the form, sync, the worker and the queue page."""
import dataclasses
import json
import re

from conftest import appeal_fields, submit
from test_sync import appeal_item, statuses, sync

import submissions
from submissions.common import Outcome
from submissions.fields import Field, check_fields

ZERO_WIDTH = "\u200b" * 20


def served_kinds(client):
    body = client.get("/sw.js").get_data(as_text=True)
    return json.loads(re.search(r"const KINDS = (\{.*\});", body).group(1))


def test_the_worker_queues_the_form_action_of_every_declared_kind(client):
    kinds = served_kinds(client)
    assert kinds.keys() == submissions.KINDS.keys()
    for name, kind in submissions.KINDS.items():
        assert kinds[name]["action"] == kind.action and kinds[name]["form"] == kind.form
        assert kinds[name]["fields"]["text" if name == "appeal" else kind.summary]["max_length"] > 0


def test_a_new_kind_travels_sync_with_no_change_to_the_sync_code(client, db, monkeypatch):
    stored = []

    def store(fields, key, ctx):
        clean, errors = check_fields(kind.fields, fields)
        if errors:
            return Outcome("rejected", errors=errors)
        stored.append((key, clean["note"], ctx.lang, ctx.source))
        return Outcome("created", ref="NOTE-1")

    kind = submissions.Kind("note", "Note", (Field("note", "Note", min_length=3, max_length=20),), store,
                            action="/notes", form="/notes/new", summary="note")
    monkeypatch.setitem(submissions.KINDS, "note", kind)
    good = {"key": appeal_item()["key"], "kind": "note", "lang": "ru", "fields": {"note": "жарық жоқ"}}
    short = {"key": appeal_item()["key"], "kind": "note", "fields": {"note": "ab"}}
    r = sync(client, [good, short, appeal_item()])
    assert statuses(r) == ["created", "rejected", "created"]
    assert r.get_json()["results"][1]["errors"] == {"note": "too_short"}
    assert stored == [(good["key"], "жарық жоқ", "ru", "offline")]
    # The worker learns the new form action from the registry too.
    assert served_kinds(client)["note"]["action"] == "/notes"


def test_the_queue_page_names_each_kind_and_its_fields_in_the_page_language(client):
    html = client.get("/ru/queue").get_data(as_text=True)
    words = json.loads(re.search(r"data-words='([^']*)'", html).group(1).replace("&#39;", "'"))
    appeal = words["kinds"]["appeal"]
    assert appeal["label"] == "Обращение" and appeal["form"] == "/appeals/new" and appeal["summary"] == "text"
    assert appeal["fields"]["text"]["min_length"] == 10
    assert "{num}" in words["errors"]["too_short"]


def test_the_form_limits_and_their_words_come_from_the_kinds_fields(client, db):
    text = submissions.KINDS["appeal"].field("text")
    html = client.get("/kk/appeals/new").get_data(as_text=True)
    assert f'minlength="{text.min_length}"' in html and f'data-counter="{text.max_length}"' in html
    r = submit(client, "/ru/appeals/new", "/ru/appeals", appeal_fields(text="x" * (text.max_length + 1)))
    assert r.status_code == 422
    assert f"не длиннее {text.max_length} букв" in r.get_data(as_text=True)
    r = submit(client, "/ru/appeals/new", "/ru/appeals", appeal_fields(text="коротко"))
    assert f"не меньше {text.min_length} букв" in r.get_data(as_text=True)


def test_twenty_zero_width_spaces_are_not_an_appeal_on_any_road(client, db):
    r = submit(client, "/kk/appeals/new", "/kk/appeals", appeal_fields(text=ZERO_WIDTH))
    assert r.status_code == 422
    r = sync(client, [appeal_item(text=ZERO_WIDTH), appeal_item(text="су" + ZERO_WIDTH)])
    assert [x.get("errors") for x in r.get_json()["results"]] == [{"text": "required"}, {"text": "too_short"}]


def test_a_refused_item_is_named_in_the_words_of_its_own_kind(app):
    from web.labels import errors_text
    with app.test_request_context("/ru/queue"):
        from flask import g
        g.lang = "ru"
        assert errors_text('{"text": "too_short", "kind": "unsupported"}', "appeal") == (
            "Ваше обращение: Напишите чуть подробнее: не меньше 10 букв.; "
            "Форма: Такую форму пока нельзя отправить.")


def test_kinds_are_frozen_declarations():
    kind = submissions.KINDS["appeal"]
    assert dataclasses.is_dataclass(kind) and kind.field("consent").type == "flag"


def test_the_numbers_people_type_are_understood_and_stored_one_way(client, db):
    from db.models import Appeal
    for typed in ("7011234567", "701 123 45 67", "8\u2011701\u2011123\u201145\u201167", "+7 (701) 123-45-67"):
        fields = appeal_fields(phone=typed)
        assert submit(client, "/kk/appeals/new", "/kk/appeals", fields).status_code == 303, typed
        assert Appeal.get(Appeal.submission_key == fields["submission_key"]).phone == "+77011234567"
    for wrong in ("12345", "+7 916 123 45 67"):  # too short; a Russian mobile
        r = submit(client, "/ru/appeals/new", "/ru/appeals", appeal_fields(phone=wrong))
        assert r.status_code == 422 and 'id="phone-error"' in r.get_data(as_text=True), wrong


def test_a_text_with_no_letters_is_not_an_appeal(client, db):
    r = submit(client, "/ru/appeals/new", "/ru/appeals", appeal_fields(text="😡" * 10 + " 112 !!!"))
    assert r.status_code == 422 and "Напишите это словами." in r.get_data(as_text=True)
    r = sync(client, [appeal_item(text="1234567890 ?!")])
    assert r.get_json()["results"][0]["errors"] == {"text": "no_letters"}


def test_a_long_text_is_refused_in_words_not_cut_by_the_browser(client):
    html = client.get("/kk/appeals/new").get_data(as_text=True)
    text = submissions.KINDS["appeal"].field("text")
    assert f'data-counter="{text.max_length}"' in html and f'maxlength="{text.max_length}"' not in html


def test_accent_marks_are_not_letters(client, db):
    r = sync(client, [appeal_item(text="а\u0301" * 6), appeal_item(text="Ж́о́л́ ж́а́м́а́н́")])
    assert [x.get("errors") for x in r.get_json()["results"]] == [{"text": "too_short"}, {"text": "too_short"}]


def test_the_apis_answer_a_wrong_method_in_json(client):
    r = client.get("/api/v1/sync")
    assert r.status_code == 405 and r.get_json()["error"]

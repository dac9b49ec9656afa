"""A resident writes an appeal, follows it, and rates the answer; the public sees it when allowed."""
import re

from conftest import appeal_fields, create_appeal, submit
from factories import make_appeal

from db.models import Appeal


def test_resident_submits_in_kazakh_and_gets_a_reference(client, db):
    page = client.get("/kk/appeals/new").get_data(as_text=True)
    assert '<html lang="kk"' in page
    assert 'name="submission_key"' in page
    ref, private = create_appeal(client, "kk")
    confirmation = client.get(private + "?sent=1").get_data(as_text=True)
    assert ref in confirmation
    appeal = Appeal.get(Appeal.ref == ref)
    assert appeal.lang == "kk" and appeal.source == "web"
    assert appeal.phone == "+77011234567"  # normalised
    assert appeal.department.code == "energy-housing-utilities"  # water's default department


def test_resident_submits_in_russian(client, db):
    ref, private = create_appeal(client, "ru", category="roads", settlement="zhanaozen",
                                 text="В микрорайоне Шугыла дорога к школе вся в ямах.")
    page = client.get(private).get_data(as_text=True)
    assert '<html lang="ru"' in page and ref in page
    assert Appeal.get(Appeal.ref == ref).department.code == "transport-roads"


def test_the_same_form_posted_twice_makes_one_appeal(client, db):
    fields = appeal_fields()
    first = submit(client, "/kk/appeals/new", "/kk/appeals", fields)
    second = submit(client, "/kk/appeals/new", "/kk/appeals", fields)
    assert first.status_code == second.status_code == 303
    assert first.headers["Location"] == second.headers["Location"]
    assert Appeal.select().count() == 1


def test_reused_key_with_other_text_is_refused_and_offers_a_fresh_form(client, db):
    fields = appeal_fields()
    submit(client, "/kk/appeals/new", "/kk/appeals", fields)
    r = submit(client, "/kk/appeals/new", "/kk/appeals", dict(fields, text="Басқа мәтін, басқа мәселе туралы."))
    assert r.status_code == 409
    assert fields["submission_key"] not in r.get_data(as_text=True)
    assert Appeal.select().count() == 1


def test_errors_appear_beside_each_field_and_values_are_kept(client, db):
    r = submit(client, "/ru/appeals/new", "/ru/appeals",
               appeal_fields(category="", text="кратко", name="", phone="12345", consent=""))
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    for field in ("category", "text", "name", "phone", "consent"):
        assert f'id="{field}-error"' in html, field
        assert re.search(rf'id="{field}"[^>]*aria-describedby="[^"]*{field}-error', html), field
    assert "кратко" in html  # the person's words are kept
    assert 'id="settlement-error"' not in html
    assert Appeal.select().count() == 0


def test_reference_cannot_be_guessed(app, client, db):
    refs = {make_appeal(app)[0] for _ in range(5)}
    assert all(re.fullmatch(r"MG-[2-9A-HJ-NP-Z]{8}", r) for r in refs)
    assert len(refs) == 5


def test_private_link_needs_the_secret(app, client, db):
    ref, private = make_appeal(app)
    assert client.get(private).status_code == 200
    assert client.get(f"/kk/track/{ref}/{'0' * 24}").status_code == 404


def test_unpublished_appeal_is_not_public_but_its_status_can_be_looked_up(app, client, db):
    ref, _ = make_appeal(app, public="")
    assert client.get(f"/kk/appeals/{ref}").status_code == 404
    assert ref not in client.get("/kk/appeals").get_data(as_text=True)
    lookup = client.get(f"/ru/appeals/lookup?ref={ref.lower()}")
    html = lookup.get_data(as_text=True)
    assert lookup.status_code == 200 and ref in html
    assert "Айгерім" not in html and "701" not in html and "ауыз су жоқ" not in html


def test_confirmation_names_the_legal_answer_date(client, db):
    ref, private = create_appeal(client, "ru")
    appeal = Appeal.get(Appeal.ref == ref)
    html = client.get(private + "?sent=1").get_data(as_text=True)
    with client.application.test_request_context("/ru/"):
        from flask import g

        from web.i18n import long_date
        g.lang = "ru"
        words = long_date(appeal.due_on)
    assert f'<time datetime="{appeal.due_on.isoformat()}">{words}</time>' in html
    assert "г.." not in html  # the sentence's full stop is not doubled


def test_timeline_starts_with_the_arrival(app, client, db):
    ref, private = make_appeal(app)
    appeal = Appeal.get(Appeal.ref == ref)
    assert [e.kind for e in appeal.timeline()] == ["received"]
    html = client.get(private).get_data(as_text=True)
    assert html.count('<ol class="timeline">') == 1 and "<li><time" in html


def publish(ref):
    Appeal.update(published=True).where(Appeal.ref == ref).execute()


def test_public_list_filters_by_category_settlement_and_status_and_pages(app, client, db):
    water, _ = make_appeal(app)
    roads, _ = make_appeal(app, category="roads", settlement="zhanaozen",
                             text="Дорога к школе вся в ямах, дети идут по грязи.")
    for ref in (water, roads):
        publish(ref)
    Appeal.update(status="answered").where(Appeal.ref == roads).execute()
    assert water in client.get("/kk/appeals?category=water").get_data(as_text=True)
    assert roads not in client.get("/kk/appeals?category=water").get_data(as_text=True)
    assert roads in client.get("/kk/appeals?settlement=zhanaozen").get_data(as_text=True)
    assert water not in client.get("/kk/appeals?status=answered").get_data(as_text=True)
    for _ in range(20):
        publish(make_appeal(app)[0])
    first = client.get("/kk/appeals").get_data(as_text=True)
    second = client.get("/kk/appeals?page=2").get_data(as_text=True)
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert first.count('class="card"') == 20 and second.count('class="card"') == 2


def test_htmx_asks_for_the_results_alone(app, client, db):
    publish(make_appeal(app)[0])
    r = client.get("/kk/appeals?category=water", headers={"HX-Request": "true"})
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="results">') and "<html" not in html
    assert "HX-Request" in r.headers["Vary"]


def test_public_posts_are_rate_limited(app, db):
    from web.security import limiter
    app.config.update(RATELIMIT_ENABLED=True, PUBLIC_POST_LIMIT="2 per minute")
    limiter.init_app(app)
    limiter.reset()
    c = app.test_client()
    codes = [submit(c, "/kk/appeals/new", "/kk/appeals", appeal_fields()).status_code for _ in range(3)]
    assert codes == [303, 303, 429]
    limiter.reset()


def test_look_up_forgives_how_the_reference_was_copied(client, db):
    ref, _ = create_appeal(client, public="")
    body = ref[3:]
    for typed in (body, "mg" + body.lower(), f"MG {body[:4]} {body[4:]}", f" mg-{body} "):
        r = client.get("/kk/appeals/lookup", query_string={"ref": typed})
        html = r.get_data(as_text=True)
        assert r.status_code == 200 and ref in html, typed
        assert "Түскен күні" in html and "MG-3NTU3JPF" in html  # the date says what it is; the hint stays
    assert client.get("/kk/appeals/lookup", query_string={"ref": "MG-NOTHERE"}).status_code == 404

"""Staff moderate, route, answer and review appeals; every action is audited."""
import datetime

from conftest import csrf_from, login
from factories import make_appeal

from db.models import Appeal, AuditLog
from rules import deadlines


def post(client, path, page, **fields):
    """Post one of the action forms shown on a staff page."""
    token = csrf_from(client.get(page).get_data(as_text=True))
    return client.post(path, data={"csrf_token": token, **fields})


def test_sign_in_with_a_wrong_password_is_refused_and_audited(client, staff, db):
    r = login(client, "admin", "wrong-password")
    assert r.status_code == 401
    assert client.get("/staff/").status_code == 302
    assert AuditLog.select().where(AuditLog.action == "staff.login_failed").count() == 1


def test_moderator_publishes_with_redaction(app, client, staff, db):
    ref, _ = make_appeal(app, text="Менің атым Айгерім, Абай көшесі 5 үйде су жоқ.")
    moderator = staff.client("moderator")
    page = f"/staff/appeals/{ref}"
    assert "Абай көшесі 5" in moderator.get(page).get_data(as_text=True)
    r = post(moderator, f"/staff/appeals/{ref}/publish", page, public_text="Абай көшесінде су жоқ.")
    assert r.status_code == 303
    public = client.get(f"/kk/appeals/{ref}").get_data(as_text=True)
    assert "Абай көшесінде су жоқ." in public
    assert "Айгерім" not in public and "+7701" not in public
    assert ref in client.get("/kk/appeals").get_data(as_text=True)
    entry = AuditLog.get(AuditLog.action == "appeal.published")
    assert entry.user.login == "moderator" and entry.target == ref


def test_an_appeal_not_allowed_public_cannot_be_published(app, client, staff, db):
    ref, _ = make_appeal(app, public="")
    moderator = staff.client("moderator")
    r = post(moderator, f"/staff/appeals/{ref}/publish", f"/staff/appeals/{ref}", public_text="x" * 20)
    assert r.status_code == 422
    assert not Appeal.get(Appeal.ref == ref).published


def test_moderator_hides_a_published_appeal(app, client, staff, db):
    ref, _ = make_appeal(app)
    moderator = staff.client("moderator")
    post(moderator, f"/staff/appeals/{ref}/publish", f"/staff/appeals/{ref}")
    post(moderator, f"/staff/appeals/{ref}/hide", f"/staff/appeals/{ref}")
    assert client.get(f"/kk/appeals/{ref}").status_code == 404


FORMAL = "Ваше обращение рассмотрено. Вопрос находится на контроле, разъяснения даны согласно Закону."
SUBSTANTIVE = "Насос на водозаборе заменён 12 ноября, подача воды в Акшымырау возобновлена 13 ноября."


def test_officer_is_warned_of_a_formal_reply_before_it_is_sent(app, client, staff, db):
    ref, private = make_appeal(app)
    officer = staff.client("officer")
    page = f"/staff/appeals/{ref}"
    r = post(officer, f"/staff/appeals/{ref}/answer", page, answer=FORMAL)
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert 'id="formal-warning"' in html and 'name="confirm_formal"' in html
    assert FORMAL in html  # the officer's text is kept
    assert Appeal.get(Appeal.ref == ref).answer is None
    r = post(officer, f"/staff/appeals/{ref}/answer", page, answer=FORMAL, confirm_formal="1")
    assert r.status_code == 303
    appeal = Appeal.get(Appeal.ref == ref)
    assert appeal.status == "answered" and appeal.answer_formal is True
    assert 'class="flag"' in client.get(private).get_data(as_text=True)


def test_officer_answer_with_a_result_goes_straight_through(app, client, staff, db):
    ref, _ = make_appeal(app)
    officer = staff.client("officer")
    r = post(officer, f"/staff/appeals/{ref}/answer", f"/staff/appeals/{ref}", answer=SUBSTANTIVE)
    assert r.status_code == 303
    assert Appeal.get(Appeal.ref == ref).answer_formal is False


def test_the_live_formal_check_fragment(app, client, staff, db):
    officer = staff.client("officer")
    ref, _ = make_appeal(app)
    token = csrf_from(officer.get(f"/staff/appeals/{ref}").get_data(as_text=True))
    warn = officer.post("/staff/formal-check", data={"csrf_token": token, "answer": FORMAL},
                        headers={"HX-Request": "true"}).get_data(as_text=True)
    calm = officer.post("/staff/formal-check", data={"csrf_token": token, "answer": SUBSTANTIVE},
                        headers={"HX-Request": "true"}).get_data(as_text=True)
    assert 'class="alert"' in warn and 'class="alert"' not in calm
    assert "<html" not in warn


def test_author_rates_the_answer(app, client, staff, db):
    ref, private = make_appeal(app)
    officer = staff.client("officer")
    post(officer, f"/staff/appeals/{ref}/answer", f"/staff/appeals/{ref}", answer=SUBSTANTIVE)
    r = post(client, private + "/rating", private, rating="not_solved")
    assert r.status_code == 303
    assert Appeal.get(Appeal.ref == ref).rating == "not_solved"
    r = post(client, private + "/rating", private, rating="excellent")
    assert r.status_code == 422


def test_officer_sees_only_their_department(app, client, staff, db):
    ref, _ = make_appeal(app)  # water: energy-housing-utilities
    assert staff.client("other_officer").get(f"/staff/appeals/{ref}").status_code == 403
    mine = staff.client("officer").get("/staff/?queue=mine").get_data(as_text=True)
    assert ref in mine
    assert ref not in staff.client("other_officer").get("/staff/?queue=all").get_data(as_text=True)


def test_moderator_routes_to_another_department(app, client, staff, db):
    ref, _ = make_appeal(app)
    moderator = staff.client("moderator")
    post(moderator, f"/staff/appeals/{ref}/route", f"/staff/appeals/{ref}", department="transport-roads")
    appeal = Appeal.get(Appeal.ref == ref)
    assert appeal.department.code == "transport-roads" and appeal.status == "in_progress"
    assert ref in staff.client("other_officer").get("/staff/?queue=mine").get_data(as_text=True)


def test_forward_shows_the_three_day_rule_and_goes_on_the_public_timeline(app, client, staff, db):
    ref, private = make_appeal(app)
    officer = staff.client("officer")
    page = officer.get(f"/staff/appeals/{ref}").get_data(as_text=True)
    appeal = Appeal.get(Appeal.ref == ref)
    assert f'datetime="{deadlines.forward_due(appeal.received_on).isoformat()}"' in page
    post(officer, f"/staff/appeals/{ref}/forward", f"/staff/appeals/{ref}",
         body="Маңғыстау аудандық әкімдігі", reason="Ауыл су құбыры аудан балансында.")
    html = client.get(private).get_data(as_text=True)
    assert "Маңғыстау аудандық әкімдігі" in html
    assert Appeal.get(Appeal.ref == ref).status == "forwarded"


def test_extension_is_limited_to_two_months_and_its_reason_is_public(app, client, staff, db):
    ref, private = make_appeal(app)
    officer = staff.client("officer")
    appeal = Appeal.get(Appeal.ref == ref)
    too_far = appeal.due_on + datetime.timedelta(days=75)
    r = post(officer, f"/staff/appeals/{ref}/extend", f"/staff/appeals/{ref}",
             due_on=too_far.isoformat(), reason="Нужна экспертиза")
    assert r.status_code == 422
    fine = appeal.due_on + datetime.timedelta(days=30)
    r = post(officer, f"/staff/appeals/{ref}/extend", f"/staff/appeals/{ref}",
             due_on=fine.isoformat(), reason="Нужна лабораторная экспертиза воды")
    assert r.status_code == 303
    assert "Нужна лабораторная экспертиза воды" in client.get(private).get_data(as_text=True)
    assert Appeal.get(Appeal.ref == ref).due_on == fine


def test_overdue_appeal_counts_a_holiday_inside_its_fifteen_days(app, client, staff, db):
    """Received 20 May 2026: Kurban Ait (27 May) pushes the due date one working day later."""
    ref, private = make_appeal(app)
    received = datetime.date(2026, 5, 20)
    due = deadlines.answer_due(received)
    plain_count = datetime.date(2026, 6, 10)  # 15 weekdays after 20 May with no holiday
    assert due == plain_count + datetime.timedelta(days=1)
    Appeal.update(received_on=received, due_on=due).where(Appeal.ref == ref).execute()
    queue = staff.client("moderator").get("/staff/?queue=overdue").get_data(as_text=True)
    assert ref in queue
    html = client.get(private).get_data(as_text=True)
    assert 'class="deadline late"' in html


def test_admin_reads_the_audit_log(app, client, staff, db):
    ref, _ = make_appeal(app)
    post(staff.client("moderator"), f"/staff/appeals/{ref}/close", f"/staff/appeals/{ref}",
         reason="Өтініш иесі өзі шешілгенін хабарлады")
    html = staff.client("admin").get("/staff/audit").get_data(as_text=True)
    assert "appeal.closed" in html and ref in html
    assert staff.client("moderator").get("/staff/audit").status_code == 403


def test_a_refused_staff_form_keeps_its_values_and_shows_the_error_beside_the_field(app, client, staff, db):
    ref, _ = make_appeal(app)
    officer = staff.client("officer")
    page = f"/staff/appeals/{ref}"
    too_far = (datetime.date.today() + datetime.timedelta(days=200)).isoformat()
    r = post(officer, f"/staff/appeals/{ref}/extend", page, due_on=too_far, reason="Керек құжаттар күтілуде")
    html = r.get_data(as_text=True)
    assert r.status_code == 422
    assert 'id="due_on-error"' in html and 'aria-invalid="true"' in html
    assert f'value="{too_far}"' in html and "Керек құжаттар күтілуде</textarea>" in html
    # The other forms on the page start blank: the forward form's reason is not the extension's.
    assert html.count("Керек құжаттар күтілуде") == 1

    r = post(officer, f"/staff/appeals/{ref}/forward", page, body="", reason="Бұл су құбыры кәсіпорнына тиесілі")
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and 'id="body-error"' in html
    assert "Бұл су құбыры кәсіпорнына тиесілі</textarea>" in html

    r = post(officer, f"/staff/appeals/{ref}/answer", page, answer="Жоқ.", confirm_formal="1")
    assert r.status_code == 422 and 'id="answer-error"' in r.get_data(as_text=True)
    assert Appeal.get(Appeal.ref == ref).status == "new"


def test_every_staff_form_carries_the_one_csrf_field(app, client, staff, db):
    ref, _ = make_appeal(app)
    for role, page in (("moderator", f"/staff/appeals/{ref}"), ("outreach", "/staff/outreach"),
                       ("admin", "/staff/devices"), (None, "/staff/login")):
        c = staff.client(role) if role else client
        html = c.get(page).get_data(as_text=True)
        assert html.count("<form") == html.count('name="csrf_token"'), page


def test_closing_without_an_answer_needs_a_public_reason(app, client, staff, db):
    ref, private = make_appeal(app)
    moderator = staff.client("moderator")
    page = f"/staff/appeals/{ref}"
    r = post(moderator, f"{page}/close", page)
    assert r.status_code == 422 and 'id="close-reason-error"' in r.get_data(as_text=True)
    assert Appeal.get(Appeal.ref == ref).status == "new"
    assert post(moderator, f"{page}/close", page, reason="Екі рет жіберілген өтініш").status_code == 303
    assert "Екі рет жіберілген өтініш" in client.get(private).get_data(as_text=True)


def test_publishing_again_adds_no_second_line_and_an_empty_redaction_is_refused(app, client, staff, db):
    from db.models import AppealEvent
    ref, _ = make_appeal(app)
    moderator = staff.client("moderator")
    page = f"/staff/appeals/{ref}"
    assert post(moderator, f"{page}/publish", page, public_text="Ауылда су жоқ.").status_code == 303
    assert post(moderator, f"{page}/publish", page, public_text="Ауылда үш күн су жоқ.").status_code == 303
    appeal = Appeal.get(Appeal.ref == ref)
    assert appeal.public_text == "Ауылда үш күн су жоқ."
    assert AppealEvent.select().where(AppealEvent.appeal == appeal, AppealEvent.kind == "published").count() == 1
    r = post(moderator, f"{page}/publish", page, public_text="   ")
    assert r.status_code == 422 and 'id="public_text-error"' in r.get_data(as_text=True)


def test_a_held_formal_answer_comes_back_with_send_anyway_in_view(app, client, staff, db):
    ref, _ = make_appeal(app)
    officer = staff.client("officer")
    page = f"/staff/appeals/{ref}"
    r = post(officer, f"{page}/answer", page, answer="Сіздің өтінішіңіз заңнамаға сәйкес қаралды.")
    html = r.get_data(as_text=True)
    assert r.status_code == 422 and 'id="confirm_formal" name="confirm_formal" value="1" autofocus' in html


def test_a_phone_number_or_the_authors_name_is_never_published(app, client, staff, db):
    ref, _ = make_appeal(app, name="Айгүл Серікқызы", public="1")
    moderator = staff.client("moderator")
    page = f"/staff/appeals/{ref}"
    for leaked in ("Бейнеуде су жоқ. Тел. 8 701 123 45 67.", "Бейнеуде су жоқ, Айгүлге хабарлаңыз."):
        r = post(moderator, f"{page}/publish", page, public_text=leaked)
        html = r.get_data(as_text=True)
        assert r.status_code == 422 and 'id="public_text-error"' in html and leaked in html
        assert not Appeal.get(Appeal.ref == ref).published
    assert post(moderator, f"{page}/publish", page, public_text="Бейнеуде су жоқ.").status_code == 303
    assert "8 701" not in client.get("/kk/appeals").get_data(as_text=True)


def test_the_queue_says_overdue_in_words_not_as_a_negative_number(app, staff, db):
    import re
    ref, _ = make_appeal(app)
    Appeal.update(due_on=datetime.date(2026, 1, 5)).where(Appeal.ref == ref).execute()
    html = staff.client("moderator").get("/staff/?queue=all").get_data(as_text=True)
    cell = html.split(ref, 1)[1].split('class="late">', 1)[1].split("</td>", 1)[0]
    assert re.fullmatch(r"Мерзімі \d+ жұмыс күніне кешікті\.", cell), cell

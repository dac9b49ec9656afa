"""Each department's record (CONTRACT §3): every figure checked against a fixture counted by hand."""
import datetime

from factories import make_appeal

from db.models import Appeal, OutreachEvent, Settlement
from rules import deadlines
from rules.times import local_today
from services import appeals

DEPARTMENT = "energy-housing-utilities"  # where water appeals go
FORMAL = "Сіздің өтінішіңіз заңнамаға сәйкес қаралды."
REAL = "Абай көшесіндегі су құбыры 25 қарашада жөнделді, су берілді."


def working_days_ago(n, today):
    day = today
    while deadlines.working_days_between(day, today) < n:
        day -= datetime.timedelta(days=1)
    return day


def fixture(app, staff):
    """Four water appeals: answered on time and rated solved; answered late, flagged and rated formal;
    extended and still open; open and overdue. One roads appeal elsewhere."""
    officer = staff["officer"]
    refs = [make_appeal(app, category="water")[0] for _ in range(4)]
    make_appeal(app, category="roads", settlement="beineu")
    a, b, c, d = (Appeal.get(Appeal.ref == r) for r in refs)
    today = local_today()
    # a: received 10 working days ago, answered today (on time, 10 working days).
    received = working_days_ago(10, today)
    Appeal.update(received_on=received, due_on=deadlines.answer_due(received)).where(Appeal.id == a.id).execute()
    appeals.answer(Appeal.get_by_id(a.id), officer, REAL, verdict=appeals.check_answer(REAL))
    appeals.rate_answer(Appeal.get_by_id(a.id), "solved")
    # b: due yesterday, answered today (late, flagged formal), rated formal; 20 working days.
    received = working_days_ago(20, today)
    Appeal.update(received_on=received, due_on=today - datetime.timedelta(days=1)).where(Appeal.id == b.id).execute()
    appeals.answer(Appeal.get_by_id(b.id), officer, FORMAL, verdict=appeals.check_answer(FORMAL))
    appeals.rate_answer(Appeal.get_by_id(b.id), "formal")
    # c: extended, open, not overdue.
    c = Appeal.get_by_id(c.id)
    appeals.extend(c, officer, deadlines.add_working_days(c.due_on, 5), "Сараптама керек")
    # d: open and past due.
    Appeal.update(due_on=today - datetime.timedelta(days=3)).where(Appeal.id == d.id).execute()
    OutreachEvent.create(user=staff["outreach"], ngo="Жас Өркен", held_on=today,
                         settlement=Settlement.get(Settlement.code == "akshymyrau"))
    return today


def test_every_figure_of_the_record_is_counted_from_the_appeals(app, client, staff, db):
    fixture(app, staff)
    data = client.get("/api/v1/stats.json").get_json()
    assert data["from"] is None and data["to"] is None
    water = next(d for d in data["departments"] if d["code"] == DEPARTMENT)
    assert water == {"code": DEPARTMENT, "received": 4, "answered": 2, "answered_on_time": 1,
                     "median_working_days": 15, "extended": 1, "overdue": 1, "rated": 2,
                     "rated_solved": 1, "rated_formal": 1, "flagged_formal": 1}
    roads = next(d for d in data["departments"] if d["code"] == "transport-roads")
    assert (roads["received"], roads["answered"], roads["median_working_days"]) == (1, 0, None)
    districts = {d["code"]: d for d in data["districts"]}
    akshymyrau = Settlement.get(Settlement.code == "akshymyrau").district
    assert districts[akshymyrau.code]["appeals"] == 4 and districts[akshymyrau.code]["outreach_visits"] == 1
    assert districts[akshymyrau.code]["appeals_per_1000"] == round(4000 / akshymyrau.population, 1)
    assert all(isinstance(d["ballots"], int) for d in data["districts"])


def test_the_record_for_a_period_counts_by_the_day_received(app, client, staff, db):
    today = fixture(app, staff)
    since = today - datetime.timedelta(days=2)
    data = client.get(f"/api/v1/stats.json?from={since}&to={today}").get_json()
    assert (data["from"], data["to"]) == (since.isoformat(), today.isoformat())
    water = next(d for d in data["departments"] if d["code"] == DEPARTMENT)
    assert water["received"] == 2  # the two received weeks ago fall outside
    assert client.get("/api/v1/stats.json?from=2026-13-01").status_code == 400
    assert client.get("/api/v1/stats.json?from=2026-02-01&to=2026-01-01").get_json()["error"]


def test_the_statistics_page_shows_shares_in_each_language(app, client, staff, db):
    fixture(app, staff)
    for lang, words in (("kk", "Мерзімінде жауап берілді"), ("ru", "Ответ дан в срок")):
        html = client.get(f"/{lang}/stats").get_data(as_text=True)
        assert f'<html lang="{lang}"' in html and words in html
        assert "25% (1)" in html and "50% (1 / 2)" in html  # on time 1 of 4; solved 1 of 2 rated
    assert client.get("/kk/stats?from=yesterday").status_code == 400

"""Every page under /kk/, /ru/, /en/; / chooses by cookie, then browser, then Kazakh."""
import pytest
from factories import make_appeal


def test_root_prefers_the_cookie_then_the_browser_then_kazakh(app):
    assert app.test_client().get("/").headers["Location"].endswith("/kk/")
    ru = app.test_client().get("/", headers={"Accept-Language": "ru-RU,ru;q=0.9,en;q=0.5"})
    assert ru.headers["Location"].endswith("/ru/")
    chosen = app.test_client()
    chosen.get("/en/")  # visiting a language remembers it
    assert chosen.get("/", headers={"Accept-Language": "ru"}).headers["Location"].endswith("/en/")


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_pages_carry_their_language(client, db, lang):
    for path in ("", "appeals", "appeals/new", "queue", "offline"):
        html = client.get(f"/{lang}/{path}").get_data(as_text=True)
        assert f'<html lang="{lang}"' in html, path


def test_an_unknown_language_is_404(client, db):
    assert client.get("/de/appeals").status_code == 404


def test_the_language_switch_stays_on_the_same_page(client, db):
    html = client.get("/kk/appeals?category=water").get_data(as_text=True)
    assert 'href="/ru/appeals?category=water"' in html


def test_kazakh_and_russian_pages_have_no_english_left(app, client, db):
    ref, private = make_appeal(app)
    english = ("Write an appeal", "Your name", "Send", "Appeals", "working days", "Answer due")
    for lang in ("kk", "ru"):
        for path in (f"/{lang}/", f"/{lang}/appeals/new", f"/{lang}/appeals", f"/{lang}/queue",
                     private.replace("/kk/", f"/{lang}/")):
            html = client.get(path).get_data(as_text=True)
            assert not [w for w in english if w in html], (path, [w for w in english if w in html])


def test_plural_forms_follow_each_language(app, client, db):
    ref, private = make_appeal(app, "ru")
    html = client.get(private.replace("/kk/", "/ru/")).get_data(as_text=True)
    assert "рабочих дн" in html or "рабочий день" in html or "рабочих дня" in html
    kk = client.get(private.replace("/ru/", "/kk/")).get_data(as_text=True)
    assert "жұмыс күн" in kk


def test_dates_follow_the_page_language(app, client, db):
    ref, private = make_appeal(app)
    ru = client.get(private.replace("/kk/", "/ru/")).get_data(as_text=True)
    kk = client.get(private).get_data(as_text=True)
    months_ru = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                 "октября", "ноября", "декабря")
    assert any(m in ru for m in months_ru)
    assert not any(m in kk for m in months_ru)


def test_the_service_workers_background_fetches_do_not_change_the_language_cookie(client):
    client.set_cookie("lang", "ru")
    r = client.get("/kk/queue", headers={"X-Qatysu-Background": "1"})
    assert r.status_code == 200 and "lang=" not in r.headers.get("Set-Cookie", "")
    assert "lang=kk" in client.get("/kk/queue").headers.get("Set-Cookie", "")  # a person's visit does


def test_kazakh_dates_read_as_written_by_hand(app):
    import datetime

    from rules.kazakh import dative
    months = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
              "қазан", "қараша", "желтоқсан"]
    assert [dative(m) for m in months] == [
        "қаңтарға", "ақпанға", "наурызға", "сәуірге", "мамырға", "маусымға", "шілдеге", "тамызға",
        "қыркүйекке", "қазанға", "қарашаға", "желтоқсанға"]
    day = datetime.date(2026, 12, 23)
    with app.test_request_context("/kk/"):
        from flask import g
        g.lang = "kk"
        env = app.jinja_env
        assert env.filters["date"](day) == "2026 жылғы 23 желтоқсан"
        assert env.filters["date_until"](day) == "2026 жылғы 23 желтоқсанға"
    with app.test_request_context("/ru/"):
        g.lang = "ru"
        assert env.filters["date_until"](day) == "23 декабря 2026"

"""The security findings of "Sound footing" (item 7), each pinned by a test that failed before its fix."""
import pytest
from conftest import csrf_from, login

EVIL_NEXTS = ["/%09/evil.com", "/%0A/evil.com", "/%0D%0A/evil.com", "/\\evil.com", "/%5Cevil.com",
              "//evil.com", "/%2F/evil.com", "https://evil.com/", "javascript:alert(1)", "/%E2%80%8B/evil.com",
              "/%0A/x"]


# ---- 1. open redirect ----------------------------------------------------------------

@pytest.mark.parametrize("target", EVIL_NEXTS)
def test_language_switch_never_leaves_the_site(client, db, target):
    r = client.get(f"/staff/lang/en?next={target}")
    assert r.status_code == 303
    assert r.headers["Location"] == "/staff/"


@pytest.mark.parametrize("target", EVIL_NEXTS)
def test_sign_in_never_leaves_the_site(app, staff, target):
    from urllib.parse import unquote
    c = app.test_client()
    html = c.get(f"/staff/login?next={target}").get_data(as_text=True)
    r = c.post("/staff/login", data={"csrf_token": csrf_from(html), "login": "admin",
                                     "password": "correct-horse-battery", "next": unquote(target)})
    assert r.status_code == 303
    assert r.headers["Location"] == "/staff/"


def test_a_local_next_is_kept(client, staff):
    r = client.get("/staff/lang/ru?next=/staff/appeals/MG-ABCDEFGH%3Fx%3D1")
    assert r.headers["Location"] == "/staff/appeals/MG-ABCDEFGH?x=1"
    html = client.get("/staff/login").get_data(as_text=True)
    r = client.post("/staff/login", data={"csrf_token": csrf_from(html), "login": "admin",
                                          "password": "correct-horse-battery", "next": "/staff/audit?page=2"})
    assert r.headers["Location"] == "/staff/audit?page=2"

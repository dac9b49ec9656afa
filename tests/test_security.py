"""Roles on every staff route, CSRF, headers, compression, escaping, request size."""
import gzip

from conftest import appeal_fields, csrf_from, login
from factories import PASSWORD, make_appeal

from db.models import Appeal
from db.models.staff import ROLES as STAFF_ROLES

PUBLIC_STAFF_ENDPOINTS = {"staff.login_GET", "staff.login_POST", "staff.logout_POST", "staff.language_GET"}
ROLES = ("anonymous", *STAFF_ROLES)


def staff_rules(app):
    return [r for r in app.url_map.iter_rules() if r.rule.startswith("/staff")
            and r.endpoint not in PUBLIC_STAFF_ENDPOINTS]


def test_every_staff_route_declares_its_roles(app):
    rules = staff_rules(app)
    assert len(rules) >= 12
    for rule in rules:
        assert hasattr(app.view_functions[rule.endpoint], "roles"), rule.endpoint


def test_role_matrix(app, client, staff, db):
    """Every staff route, with every role and with nobody signed in."""
    ref, _ = make_appeal(app)  # a water appeal: the officer's department
    values = {"ref": ref, "code": "kk", "device_id": 1}
    for role in ROLES:
        c = app.test_client() if role == "anonymous" else staff.client(role)
        token = csrf_from(c.get("/staff/login").get_data(as_text=True))
        for rule in staff_rules(app):
            allowed = app.view_functions[rule.endpoint].roles
            url = rule.rule
            for name in rule.arguments:
                url = url.replace(f"<{name}>", str(values[name])).replace(f"<int:{name}>", str(values[name]))
            for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
                r = c.open(url, method=method, data={"csrf_token": token} if method == "POST" else None)
                where = f"{role} {method} {url}"
                if role == "anonymous":
                    assert r.status_code == 302 and "/staff/login" in r.headers["Location"], where
                elif role == "admin" or role in allowed:
                    assert r.status_code not in (401, 403) and r.status_code < 500, (where, r.status_code)
                else:
                    assert r.status_code == 403, (where, r.status_code)


def test_forms_without_csrf_token_are_refused(client, db):
    r = client.post("/kk/appeals", data=appeal_fields())
    assert r.status_code == 400
    assert Appeal.select().count() == 0
    assert client.post("/staff/login", data={"login": "x", "password": "y"}).status_code == 400


def test_security_headers_on_pages(client, db):
    r = client.get("/kk/appeals/new")
    csp = r.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'self'" in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["X-Frame-Options"] == "DENY"
    html = r.get_data(as_text=True)
    assert "<script>" not in html and " style=" not in html and "onclick" not in html


def test_session_cookie_is_http_only(client, staff, db):
    r = login(client, "admin")
    cookie = r.headers.get("Set-Cookie", "")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_user_text_is_escaped_everywhere(app, client, staff, db):
    evil = "<script>alert(1)</script> су жоқ, көмектесіңіз"
    ref, private = make_appeal(app, text=evil)
    Appeal.update(published=True).where(Appeal.ref == ref).execute()
    for page in (private, f"/kk/appeals/{ref}", "/kk/appeals", f"/staff/appeals/{ref}"):
        c = staff.client("moderator") if page.startswith("/staff") else client
        html = c.get(page).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in html, page
        assert "&lt;script&gt;" in html, page


def test_html_is_compressed_whatever_its_size(client, db):
    for encoding in ("br", "gzip"):
        r = client.get("/kk/offline", headers={"Accept-Encoding": encoding})
        assert r.headers.get("Content-Encoding") == encoding
    r = client.get("/kk/appeals/new", headers={"Accept-Encoding": "gzip"})
    assert b"<form" in gzip.decompress(r.data)


def test_request_size_is_bounded(client, db):
    r = client.post("/kk/appeals", data={"text": "x" * (3 * 1024 * 1024)})
    assert r.status_code == 413


def test_passwords_are_hashed(staff, db):
    from db.models import User
    stored = User.get(User.login == "admin").password_hash
    assert PASSWORD not in stored and stored.startswith(("scrypt:", "pbkdf2:"))


def test_login_rejects_an_open_redirect(client, staff, db):
    html = client.get("/staff/login").get_data(as_text=True)
    r = client.post("/staff/login", data={"csrf_token": csrf_from(html), "login": "admin",
                                          "password": PASSWORD, "next": "//evil.example/x"})
    assert r.status_code == 303 and "evil.example" not in r.headers["Location"]

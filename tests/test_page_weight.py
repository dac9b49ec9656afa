"""Every page type's HTML and CSS, as served compressed, fit in one TCP first flight (14,600 bytes)."""
import re

import pytest
from factories import make_appeal

from db.models import Appeal

LIMIT = 14600
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+)"')


def weight(client, path, encoding):
    page = client.get(path, headers={"Accept-Encoding": encoding})
    assert page.status_code in (200, 404, 422), (path, page.status_code)
    assert page.headers.get("Content-Encoding") == encoding, path
    plain = client.get(path).get_data(as_text=True)
    total = len(page.data)
    for href in STYLESHEET.findall(plain):
        css = client.get(href, headers={"Accept-Encoding": encoding})
        total += len(css.data)
        css.close()
    return total


@pytest.fixture
def pages(app, client, staff, db):
    ref, private = make_appeal(app, text="Шетпе ауылында су жоқ. " * 40)
    Appeal.update(published=True, status="answered", answer="Құбыр 12 қарашада ауыстырылды. " * 30).where(
        Appeal.ref == ref).execute()
    hidden, _ = make_appeal(app, public="")
    for _ in range(25):
        other, _ = make_appeal(app, text="Жолда шұңқыр көп, жөндеу керек. " * 20)
        Appeal.update(published=True).where(Appeal.ref == other).execute()
    public = [f"/{lang}/{path}" for lang in ("kk", "ru", "en")
              for path in ("", "appeals", "appeals/new", "queue", "offline", "stats", f"appeals/{ref}",
                           f"appeals/lookup?ref={hidden}")]
    return public + [private, "/kk/nowhere"], ref


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_public_pages_fit_in_the_first_flight(client, pages, encoding):
    paths, _ = pages
    heaviest = max((weight(client, p, encoding), p) for p in paths)
    assert heaviest[0] <= LIMIT, heaviest


def test_staff_pages_fit_in_the_first_flight(staff, pages):
    _, ref = pages
    for role, paths in {"moderator": ["/staff/?queue=all", f"/staff/appeals/{ref}", "/staff/field"],
                        "admin": ["/staff/audit", "/staff/devices"], "outreach": ["/staff/outreach"]}.items():
        c = staff.client(role)
        for path in paths:
            assert weight(c, path, "br") <= LIMIT, path

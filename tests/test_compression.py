"""Compression that reuses work must give every reader the right bytes."""
import gzip
import re

import brotli
import pytest

from db.models import Appeal
from tests.conftest import appeal_fields, create_appeal
from tests.test_lists import counting
from web.compression import uncompressed_meta_blocks

DECODE = {"br": brotli.decompress, "gzip": gzip.decompress}
FRESH = re.compile(r'name="(csrf_token|submission_key)" value="([^"]+)"')


def fetch(client, path, encoding):
    r = client.get(path, headers={"Accept-Encoding": encoding})
    assert r.status_code == 200
    if encoding == "identity":
        assert "Content-Encoding" not in r.headers
        return r.get_data(as_text=True)
    assert r.headers["Content-Encoding"] == encoding and "Accept-Encoding" in r.headers["Vary"]
    return DECODE[encoding](r.get_data()).decode()


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_each_blank_form_has_its_own_key_and_token_and_is_otherwise_the_same_page(app, db, encoding):
    pages = [fetch(app.test_client(), "/ru/appeals/new", encoding) for _ in range(3)]
    plain = fetch(app.test_client(), "/ru/appeals/new", "identity")
    assert len({p.count("<option") for p in pages + [plain]}) == 1
    values = [dict(FRESH.findall(p)) for p in pages]
    assert len({v["submission_key"] for v in values}) == 3 and len({v["csrf_token"] for v in values}) == 3
    assert {FRESH.sub("", p) for p in pages} == {FRESH.sub("", plain)}
    assert pages[0].rstrip().endswith("</html>")


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_a_kept_blank_form_posts_like_any_other(app, db, encoding):
    client = app.test_client()
    page = fetch(client, "/kk/appeals/new", encoding)
    values = dict(FRESH.findall(page))
    fields = appeal_fields(submission_key=values["submission_key"])
    r = client.post("/kk/appeals", data={"csrf_token": values["csrf_token"], **fields})
    assert r.status_code == 303
    assert Appeal.get(Appeal.submission_key == values["submission_key"]).lang == "kk"


def test_the_blank_form_needs_no_query_but_a_visit_form_is_rendered_anew(app, db):
    client = app.test_client()
    client.get("/kk/appeals/new")
    with counting() as statements:
        assert client.get("/kk/appeals/new").status_code == 200
    assert statements == []
    with_event = client.get("/kk/appeals/new?event=7").get_data(as_text=True)
    assert 'name="outreach_event" value="7"' in with_event


@pytest.mark.parametrize("encoding", ["br", "gzip"])
def test_a_kept_compressed_list_is_never_stale(client, db, encoding):
    ref, _ = create_appeal(client)
    Appeal.update(published=True).where(Appeal.ref == ref).execute()
    before = fetch(client, "/kk/appeals", encoding)
    assert before == fetch(client, "/kk/appeals", encoding) == fetch(client, "/kk/appeals", "identity")
    Appeal.update(public_text="Жөнделген мәтін, жеке деректерсіз.").where(Appeal.ref == ref).execute()
    after = fetch(client, "/kk/appeals", encoding)
    assert "Жөнделген мәтін" in after and after == fetch(client, "/kk/appeals", "identity")


def test_stored_meta_blocks_carry_any_length():
    compressor = brotli.Compressor(quality=11)
    head = "<p>Сәлем</p>".encode() * 500
    start = compressor.process(head) + compressor.flush()
    for tail in (b"x", b"<p>" * 30000, bytes(range(256)) * 300):
        assert brotli.decompress(start + uncompressed_meta_blocks(tail) + b"\x03") == head + tail

"""Open311 GeoReport v2: a partner system creates, lists and reads appeals; no personal data leaks."""
import datetime
import json
import uuid
import xml.etree.ElementTree as ET
from unittest import mock
from urllib.parse import quote

import georeport
import jsonschema
import pytest
import requests
import xmltodict
from conftest import create_appeal, shared_path
from factories import make_appeal
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from db import database
from db.models import ApiKey, Appeal, Category, Settlement
from rules.times import utcnow
from web import auth


@pytest.fixture(scope="module")
def validate():
    """Validate a document against the Open311 community's schemas, read in place from ../shared."""
    folder = shared_path("open311-schema")
    schemas = {name: json.loads((folder / name).read_text())
               for name in ("request.json", "requests.json", "service.json", "services.json",
                            "service-definition.json")}
    registry = Registry().with_resources(
        (name, Resource.from_contents(schema, default_specification=DRAFT4)) for name, schema in schemas.items())

    def check(document, schema_name):
        validator = jsonschema.Draft4Validator(schemas[schema_name], registry=registry,
                                               format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(document), key=str)
        assert not errors, errors[0]
    return check


def create(client, **fields):
    body = {"service_code": "water", "description": "Су құбыры жарылды, көшеде су ағып жатыр.",
            "address_string": "Shetpe", "first_name": "Арман", "last_name": "Ержанов",
            "phone": "+77019876543"}
    body.update(fields)
    return client.post("/open311/v2/requests.json", data=body)


def test_services_are_the_categories(client, db, validate):
    services = client.get("/open311/v2/services.json").get_json()
    validate(services, "services.json")
    assert [s["service_code"] for s in services][:2] == ["water", "utilities"]
    definition = client.get("/open311/v2/services/water.json").get_json()
    validate(definition, "service-definition.json")
    assert client.get("/open311/v2/services/nope.json").status_code == 404


def test_create_then_get_without_personal_data(client, db, validate):
    r = create(client)
    assert r.status_code == 201
    rid = r.get_json()[0]["service_request_id"]
    appeal = Appeal.get(Appeal.ref == rid)
    assert appeal.source == "open311" and appeal.settlement.code == "shetpe"
    got = client.get(f"/open311/v2/requests/{rid}.json")
    validate(got.get_json(), "requests.json")
    item = got.get_json()[0]
    assert item["status"] == "open" and item["service_code"] == "water"
    assert item["description"] is None  # not published yet
    text = got.get_data(as_text=True)
    assert "9876543" not in text and "Ержанов" not in text
    token = r.get_json()[0]["token"]
    assert client.get(f"/open311/v2/tokens/{token}.json").get_json()[0]["service_request_id"] == rid


def test_web_appeal_is_a_request_too_and_published_ones_are_listed(app, client, db, validate, staff):
    ref, _ = make_appeal(app)
    Appeal.update(published=True, status="answered", answer="Су 12 қарашада берілді.").where(
        Appeal.ref == ref).execute()
    listed = client.get("/open311/v2/requests.json?service_code=water&status=closed").get_json()
    validate(listed, "requests.json")
    assert [i["service_request_id"] for i in listed] == [ref]
    assert listed[0]["status_notes"] == "Су 12 қарашада берілді."
    assert client.get("/open311/v2/requests.json?status=open").get_json() == []
    assert client.get("/open311/v2/requests.json?start_date=2999-01-01T00:00:00Z").get_json() == []
    assert client.get("/open311/v2/requests.json?start_date=yesterday").status_code == 400


def test_errors_use_the_georeport_form(client, db):
    r = create(client, service_code="nope", description="x")
    body = r.get_json()
    assert r.status_code == 400
    assert {"code": 400, "description": "service_code: unknown"} in body
    assert all(set(e) == {"code", "description"} for e in body)
    assert client.get("/open311/v2/requests/MG-NOPE1234.json").status_code == 404


def test_the_same_validation_as_the_form(client, db):
    short = create(client, description="кыска")
    assert {"code": 400, "description": "description: too_short"} in short.get_json()
    nowhere = create(client, address_string="Atlantis")
    assert {"code": 400, "description": "settlement: unknown"} in nowhere.get_json()


def test_nearest_settlement_from_coordinates(client, db):
    r = create(client, address_string="", lat="43.6", long="51.2")
    rid = r.get_json()[0]["service_request_id"]
    assert Appeal.get(Appeal.ref == rid).settlement.code in ("aktau", "omirzak")


def test_api_keys(client, db):
    ApiKey.create(partner="eOtinish", key_hash=auth.token_hash("partner-key-1"))
    assert create(client, api_key="partner-key-1").status_code == 201
    assert create(client, api_key="wrong").status_code == 403


def test_unknown_open311_paths_answer_in_the_georeport_error_form(client, db):
    r = client.get("/open311/v2/nothing.json")
    assert r.status_code == 404 and r.get_json()[0]["code"] == 404


# ---- XML: the same documents in GeoReport v2's XML form --------------------------------------

# GeoReport v2's XML (the specification's examples; there is no XSD in open311-schema/):
# each list and the name of its items.
XML_LISTS = {"services": "service", "service_requests": "request", "errors": "error",
             "attributes": "attribute", "values": "value", "endpoints": "endpoint", "formats": "format"}


def xml_data(element):
    """A GeoReport XML element read back as data, each list by its item names, every leaf a string."""
    if element.tag in XML_LISTS:
        assert [c.tag for c in element] == [XML_LISTS[element.tag]] * len(element), element.tag
        return [xml_data(c) for c in element]
    if len(element):
        tags = [c.tag for c in element]
        assert len(tags) == len(set(tags)), f"{element.tag} repeats a child: {tags}"
        return {c.tag: xml_data(c) for c in element}
    return element.text  # an empty element is null


def as_xml_text(value):
    """A JSON document as XML must write it: true/false, numbers as text, null as an empty element."""
    if isinstance(value, dict):
        return {k: as_xml_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_xml_text(v) for v in value]
    if isinstance(value, bool):
        return "true" if value else "false"
    return None if value is None else str(value)


def get_xml(client, path, status=200, **kwargs):
    r = client.get(path, **kwargs)
    assert r.status_code == status, r.get_data(as_text=True)[:300]
    assert r.mimetype == "text/xml" and r.mimetype_params["charset"] == "utf-8"
    assert r.data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(r.data)


def publish(ref, **changes):
    Appeal.update(published=True, **changes).where(Appeal.ref == ref).execute()


def sample_documents(client):
    """Every kind of GET document, by path without its format: (XML root element, JSON schema or None)."""
    made = create(client).get_json()[0]
    answered, _ = create_appeal(client)
    publish(answered, status="answered", answer="Су 12 қарашада берілді.")
    return answered, {
        "discovery": ("discovery", None),
        "services": ("services", "services.json"),
        "services/water": ("service_definition", "service-definition.json"),
        "requests": ("service_requests", "requests.json"),
        f"requests/{made['service_request_id']}": ("service_requests", "requests.json"),
        f"requests/{answered}": ("service_requests", "requests.json"),
        f"tokens/{made['token']}": ("service_requests", None),
        "services/nope": ("errors", None),
    }


def test_every_document_validates_against_the_schemas(client, db, validate):
    for path, (_, schema) in sample_documents(client)[1].items():
        if schema:
            validate(client.get(f"/open311/v2/{path}.json").get_json(), schema)


def test_every_document_reads_the_same_in_xml_as_in_json(client, db):
    # There is no XSD for GeoReport v2 (open311-schema/ has JSON Schemas only): XML carrying exactly
    # the JSON document, which the test above validates, under the specification's element names.
    answered, documents = sample_documents(client)
    for path, (root, _) in documents.items():
        as_json = client.get(f"/open311/v2/{path}.json")
        element = get_xml(client, f"/open311/v2/{path}.xml", status=as_json.status_code)
        assert element.tag == root, path
        assert xml_data(element) == as_xml_text(as_json.get_json()), path
    listed = xml_data(get_xml(client, f"/open311/v2/requests.xml?service_request_id={answered}"))
    assert [r["service_request_id"] for r in listed] == [answered]
    assert listed[0]["status"] == "closed" and listed[0]["status_notes"] == "Су 12 қарашада берілді."


def test_post_answers_in_the_format_of_its_path(client, db):
    r = client.post("/open311/v2/requests.xml", data={
        "service_code": "water", "description": "Көшеде су құбыры жарылды, су ағып жатыр.",
        "lat": "44.16667", "long": "52.11667", "first_name": "Арман", "email": "a@example.kz"})
    assert r.status_code == 201 and r.mimetype == "text/xml"
    request_ = ET.fromstring(r.data).find("request")
    ref = request_.findtext("service_request_id")
    assert Appeal.get(Appeal.ref == ref).settlement.code == "shetpe"
    token = request_.findtext("token")
    assert get_xml(client, f"/open311/v2/tokens/{token}.xml").findtext("request/service_request_id") == ref
    rejected = client.post("/open311/v2/requests.xml", data={"service_code": "nope", "description": "x"})
    assert rejected.status_code == 400
    codes = {e.findtext("description") for e in ET.fromstring(rejected.data).iter("error")}
    assert {"service_code: unknown", "description: too_short"} <= codes


def test_xml_escapes_what_people_write(client, db):
    ref, _ = create_appeal(client)
    # A phone's paste can carry a vertical tab: XML 1.0 cannot, so it is written as U+FFFD.
    publish(ref, public_text="Құбыр <b>жарылды</b> & су жоқ\x0b ]]> \"иә\"")
    request_ = get_xml(client, f"/open311/v2/requests/{ref}.xml").find("request")
    assert request_.findtext("description") == "Құбыр <b>жарылды</b> & су жоқ\ufffd ]]> \"иә\""


# ---- a real client library, over HTTP on loopback ------------------------------------------

def requests_of(parsed):
    """georeport hands on xmltodict's reading, which makes a list of one request a bare dict."""
    return parsed if isinstance(parsed, list) else [parsed]


@pytest.fixture
def georeport_client(live_server, monkeypatch):
    """The PyPI client `georeport` pointed at the app served on loopback, in either format."""
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    endpoint = live_server.url + "/open311/v2"
    return lambda fmt: georeport.GeoReport(endpoint, output_format=fmt)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_georeport_client_creates_reads_and_lists(fmt, georeport_client, live_server, db):
    client = georeport_client(fmt)
    endpoint = client.root_address

    def read(response):
        return response.json() if fmt == "json" else xmltodict.parse(response.content)

    discovered = read(requests.get(f"{endpoint}/discovery.{fmt}"))
    formats = (discovered["endpoints"][0]["formats"] if fmt == "json"
               else discovered["discovery"]["endpoints"]["endpoint"]["formats"]["format"])
    assert formats == ["text/xml", "application/json"]

    services = client.get_service_list()
    assert [s["service_code"] for s in services][:2] == ["water", "utilities"]
    definition = client.get_service_definition("water")
    attributes = definition["attributes"] if fmt == "json" else definition["attributes"]["attribute"]
    settlement = next(a for a in attributes if a["code"] == "settlement")
    values = settlement["values"] if fmt == "json" else settlement["values"]["value"]
    assert {"key": "shetpe", "name": "Шетпе"} in values

    # georeport cannot post (its README says so): the form body FixMyStreet's Open311.pm sends.
    made = []
    for place in ("Shetpe", "Ақтау", "Жаңаөзен"):
        r = requests.post(f"{endpoint}/requests.{fmt}", data={
            "service_code": "water", "description": f"{place}: ауыз су үш күннен бері жоқ.",
            "address_string": place, "first_name": "Арман", "last_name": "Ержанов", "phone": "+77019876543",
            "email": "arman@example.kz", "attribute[public]": "true", "jurisdiction_id": "", "api_key": ""})
        assert r.status_code == 201, r.text
        created = r.json()[0] if fmt == "json" else read(r)["service_requests"]["request"]
        token = read(requests.get(f"{endpoint}/tokens/{created['token']}.{fmt}"))
        by_token = token[0] if fmt == "json" else token["service_requests"]["request"]
        assert by_token["service_request_id"] == created["service_request_id"]
        made.append(created["service_request_id"])
    publish(made[0])
    publish(made[2])

    one = client.get_service_request(made[1])  # not published: status, category and dates only
    assert one["service_request_id"] == made[1] and one["status"] == "open" and one["service_code"] == "water"
    assert one["description"] is None and one["address"] is None and one["agency_responsible"] is None
    listed = requests_of(client.get_service_requests())
    assert sorted(r["service_request_id"] for r in listed) == sorted([made[0], made[2]])
    # service_request_id overrides the other filters, and names unpublished requests too.
    chosen = requests_of(client.get_service_requests(service_request_id=f"{made[1]},{made[2]}",
                                                     status="closed", start_date="2999-01-01T00:00:00Z"))
    assert sorted(r["service_request_id"] for r in chosen) == sorted(made[1:])
    filtered = requests_of(client.get_service_requests(service_code="water", status="open",
                                                       end_date="2999-01-01T00:00:00Z"))
    assert {r["service_request_id"] for r in filtered} == {made[0], made[2]}

    with pytest.raises(requests.HTTPError) as missing:
        client.get_service_request("MG-NOPE2345")
    assert missing.value.response.status_code == 404
    errors = read(missing.value.response)
    first = errors[0] if fmt == "json" else errors["errors"]["error"]
    assert str(first["code"]) == "404" and "MG-NOPE2345" in first["description"]


# ---- robustness: anything odd is a 4xx in GeoReport's form, never a 5xx ---------------------

ODD_VALUES = ["\x00", "\x1b[31m", "\ud800", "\ufffe", "9" * 5000, "1e400", "-1e400", "nan", "x" * 300,
              "9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "<a>&amp;'\"", "' OR '1'='1", ",,,",
              "\u202eabc", "MG-" + "Z" * 300]
GET_PARAMETERS = ["service_request_id", "service_code", "status", "start_date", "end_date", "locale",
                  "jurisdiction_id", "page_size", "api_key"]
POST_VALUES = ["\x00", "\ud800", "9" * 5000, "1e400", "nan", "x" * 300, "<a>&amp;'\""]
POST_FIELDS = ["service_code", "description", "first_name", "last_name", "phone", "email", "address_string",
               "attribute[settlement]", "attribute[public]", "attribute[submission_key]", "lat", "long",
               "api_key", "media_url", "locale"]


def encoded(value):
    """Percent-encoded UTF-8, lone surrogates included, as a careless client would send them."""
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


def assert_georeport_answer(r, fmt):
    assert r.status_code < 500, (r.request.path, r.get_data(as_text=True)[:300])
    if fmt == "xml":
        element = ET.fromstring(r.data)  # well-formed whatever came in
        if r.status_code >= 400:
            assert element.tag == "errors" and element.find("error/code").text == str(r.status_code)
            assert element.find("error/description").text
    else:
        body = r.get_json()
        if r.status_code >= 400:
            assert body and all(set(e) == {"code", "description"} and e["code"] == r.status_code for e in body)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_odd_parameters_are_answered_never_a_server_error(client, db, fmt):
    made = create(client).get_json()[0]
    paths = ["requests", "services", "services/water", f"requests/{made['service_request_id']}",
             f"tokens/{made['token']}", "discovery"]
    for value in ODD_VALUES:
        for path in paths:  # requests.<fmt> reads every parameter, the others only the locale
            for name in GET_PARAMETERS if path == "requests" else ["locale"]:
                r = client.get(f"/open311/v2/{path}.{fmt}", query_string=f"{name}={encoded(value)}")
                assert_georeport_answer(r, fmt)
        for place in ("requests", "services", "tokens"):
            assert_georeport_answer(client.get(f"/open311/v2/{place}/{encoded(value)}.{fmt}"), fmt)
    for value in POST_VALUES:  # each post goes as far as the database: fewer values, every field
        for name in POST_FIELDS:
            body = {"service_code": "water", "description": "Су құбыры жарылды, көшеде су ағып жатыр.",
                    "address_string": "Shetpe", "first_name": "Арман"}
            body[name] = value
            r = client.post(f"/open311/v2/requests.{fmt}", data="&".join(
                f"{encoded(k)}={encoded(v)}" for k, v in body.items()),
                content_type="application/x-www-form-urlencoded")
            assert_georeport_answer(r, fmt)


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_date_past_the_last_datetime_is_a_400(client, db, fmt):
    for name in ("start_date", "end_date"):
        for given in ("9999-12-31T23:59:59-12:00", "0001-01-01T00:00:00+14:00", "yesterday"):
            r = client.get(f"/open311/v2/requests.{fmt}", query_string={name: given})
            assert r.status_code == 400
            assert_georeport_answer(r, fmt)


def test_dates_are_read_with_their_offset_and_without_one_as_aqtau_time(client, db):
    ref, _ = create_appeal(client)
    publish(ref, received_at=datetime.datetime(2026, 11, 27, 4, 30))  # 09:30 in Aqtau

    def listed(**dates):
        r = client.get("/open311/v2/requests.json", query_string=dates)
        assert r.status_code == 200, r.get_json()
        return [item["service_request_id"] for item in r.get_json()]
    assert listed(start_date="2026-11-27T04:00:00Z") == [ref]
    assert listed(start_date="2026-11-27T05:00:00Z") == []
    assert listed(start_date="2026-11-27T09:00:00") == [ref]  # naive: Aqtau's clock, as a phone's
    assert listed(end_date="2026-11-27T09:00:00+05:00") == []
    # "+05:00" sent unencoded in a URL arrives as " 05:00": read as the offset the client meant.
    r = client.get("/open311/v2/requests.json?start_date=2026-11-27T09:00:00+05:00")
    assert [item["service_request_id"] for item in r.get_json()] == [ref]


def test_service_request_id_takes_a_bounded_list(client, db):
    made = create(client).get_json()[0]["service_request_id"]
    many = ",".join([made.lower()] + [f"MG-X{i:07d}" for i in range(199)])
    assert [r["service_request_id"] for r in client.get(
        f"/open311/v2/requests.json?service_request_id={many}").get_json()] == [made]
    too_many = client.get(f"/open311/v2/requests.json?service_request_id={many},MG-ONEMORE1")
    assert too_many.status_code == 400
    assert too_many.get_json() == [{"code": 400, "description": "service_request_id: at most 200 values"}]


def test_control_characters_and_junk_positions_are_refused(client, db):
    # A NUL is refused for the whole site before Open311 reads anything (web/guards.py); other
    # characters XML cannot carry are refused by Open311 itself, naming the parameter.
    nul = create(client, description="Су құбыры жарылды,\x00 көшеде су ағып жатыр.")
    assert nul.status_code == 400 and nul.get_json()[0]["code"] == 400
    bell = create(client, description="Су құбыры жарылды,\x07 көшеде су ағып жатыр.")
    assert bell.status_code == 400
    assert bell.get_json() == [{"code": 400, "description": "description: contains a control character"}]
    for lat, lon in (("nan", "51.2"), ("1e400", "51.2"), ("43.6", "-inf"), ("91", "51.2"), ("43.6", "east")):
        r = create(client, address_string="", lat=lat, long=lon)
        assert r.status_code == 400, (lat, lon)
    assert client.get("/open311/v2/requests/%00.xml").status_code == 400
    assert Appeal.select().count() == 0


def test_locale_is_one_of_ours_or_falls_back(client, db):
    def water(locale, **headers):
        services = client.get("/open311/v2/services.json", query_string={"locale": locale}, headers=headers)
        return services.get_json()[0]["service_name"]
    kazakh, russian = water("kk"), water("ru")
    assert kazakh != russian and water("en") not in (kazakh, russian)
    assert water("ru_RU") == water("ru-KZ") == russian
    assert water("x" * 300) == water("de") == water("\u202e") == kazakh
    assert water("x" * 300, **{"Accept-Language": "ru"}) == russian
    r = create(client, locale="k" * 300)  # once stored as the appeal's language: 5xx on PostgreSQL
    assert r.status_code == 201
    assert Appeal.get(Appeal.ref == r.get_json()[0]["service_request_id"]).lang == "kk"


# ---- privacy: an unpublished appeal shows its status, category and dates only ----------------

SHOWN_BEFORE_PUBLISHING = {"service_request_id", "status", "service_code", "service_name",
                           "requested_datetime", "updated_datetime", "expected_datetime"}


def test_an_unpublished_request_shows_only_status_category_and_dates(client, db):
    ref, _ = create_appeal(client, settlement="shetpe")
    for path, query in ((f"requests/{ref}", ""), ("requests", f"service_request_id={ref}")):
        item = client.get(f"/open311/v2/{path}.json?{query}").get_json()[0]
        assert {k for k, v in item.items() if v is not None} == SHOWN_BEFORE_PUBLISHING, path
        xml = client.get(f"/open311/v2/{path}.xml?{query}").get_data(as_text=True)
        for private in ("Шетпе", "shetpe", "44.16667", "52.11667", "Ауылда", "Айгерім", "1234567"):
            assert private not in xml, (path, private)
        shown = xml_data(ET.fromstring(xml))[0]
        assert {k for k, v in shown.items() if v is not None} == SHOWN_BEFORE_PUBLISHING
    publish(ref)
    item = client.get(f"/open311/v2/requests/{ref}.json").get_json()[0]
    assert item["address_id"] == "shetpe" and item["lat"] == 44.16667 and item["agency_responsible"]
    assert item["description"].startswith("Ауылда")
    text = client.get(f"/open311/v2/requests/{ref}.xml").get_data(as_text=True)
    assert "Айгерім" not in text and "1234567" not in text  # personal data never


# ---- speed: a bounded number of queries, whatever the number of appeals ----------------------

def add_published_appeals(count):
    """Published appeals spread over every category and settlement, written straight to the table."""
    categories, settlements = list(Category.select()), list(Settlement.select())
    now = utcnow()
    Appeal.insert_many([{
        "ref": f"MG-Q{uuid.uuid4().hex[:8].upper()}", "submission_key": str(uuid.uuid4()), "content_hash": "-",
        "secret_hash": "-", "source": "web", "category": categories[i % len(categories)],
        "department": categories[i % len(categories)].department_id,
        "settlement": settlements[i % len(settlements)], "text": "Көшеде жарық жоқ, түнде қараңғы.",
        "name": "Айгерім Сапарова", "published": True, "created_at": now, "received_at": now,
        "received_on": now.date(), "due_on": now.date()} for i in range(count)]).execute()


def count_queries(action):
    """How many SQL statements an action sends: every query passes through execute_sql."""
    with mock.patch.object(database.obj, "execute_sql", wraps=database.obj.execute_sql) as spy:
        action()
    return spy.call_count


def test_the_list_takes_the_same_few_queries_for_3_or_60_appeals(client, db):
    paths = ["requests.json", "requests.xml?service_code=water,roads&status=open", "services.json",
             "services/water.xml"]
    add_published_appeals(3)
    few = {p: count_queries(lambda p=p: client.get(f"/open311/v2/{p}")) for p in paths}
    add_published_appeals(57)
    assert len(client.get("/open311/v2/requests.json").get_json()) == 60
    many = {p: count_queries(lambda p=p: client.get(f"/open311/v2/{p}")) for p in paths}
    assert many == few and max(many.values()) <= 2, many
    refs = ",".join(a.ref for a in Appeal.select().limit(20))
    assert count_queries(lambda: client.get(f"/open311/v2/requests.json?service_request_id={refs}")) == 1


# ---- one error document for the views and the app's error handlers ---------------------------

def test_the_apps_errors_on_open311_paths_answer_in_the_paths_format(app, client, db):
    missing = get_xml(client, "/open311/v2/nothing.xml", status=404)
    assert missing.tag == "errors" and missing.findtext("error/code") == "404"
    assert client.get("/open311/v2/nothing.json").get_json()[0]["code"] == 404
    wrong_method = client.delete("/open311/v2/requests.xml")
    assert wrong_method.status_code == 405 and "POST" in wrong_method.headers["Allow"]
    assert ET.fromstring(wrong_method.data).findtext("error/code") == "405"
    assert client.put("/open311/v2/services.json").get_json()[0]["code"] == 405
    too_large = client.post("/open311/v2/requests.xml", data={"description": "x" * (3 * 1024 * 1024)})
    assert too_large.status_code == 413 and ET.fromstring(too_large.data).findtext("error/code") == "413"
    assert client.delete("/kk/").status_code == 405  # elsewhere Flask's own answer stays


def test_the_rate_limit_answers_in_the_georeport_form(app, db):
    from web.security import limiter
    app.config.update(RATELIMIT_ENABLED=True, PUBLIC_POST_LIMIT="1 per minute")
    limiter.init_app(app)
    limiter.reset()
    try:
        c = app.test_client()
        assert create(c).status_code == 201
        limited = c.post("/open311/v2/requests.xml", data={"service_code": "water"})
        assert limited.status_code == 429
        assert ET.fromstring(limited.data).findtext("error/code") == "429"
    finally:
        limiter.reset()

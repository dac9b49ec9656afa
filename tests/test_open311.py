"""Open311 GeoReport v2: a partner system creates, lists and reads appeals; no personal data leaks."""
import json

import jsonschema
import pytest
from conftest import shared_path
from factories import make_appeal
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from db.models import ApiKey, Appeal
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

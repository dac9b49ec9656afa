"""Open311 GeoReport v2 documents as plain data, and their one serialisation to JSON or to XML.

Each function here builds a document once: a root name (the XML root element)
and a body of dicts, lists, strings, numbers, booleans and None, exactly the
JSON document. `to_json` and `to_xml` write any document; XML names the items
of a list by GeoReport's singulars (services/service, service_requests/request,
errors/error ...), so no document is written twice.

What a request may show is decided here, once for both formats: an unpublished
appeal shows only its status, category and dates (CONTRACT §4); the
description, the answer, the place and the agency only once a moderator has
published it; personal data (name, phone) never.
"""
import datetime
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from db.models import CLOSED_STATUSES
from rules.times import LOCAL_TZ, iso_offset

CHANGESET = "2026-11-27T00:00:00Z"
DESCRIPTION_MAX = 4000  # GeoReport's schema caps a description here
FORMATS = ("text/xml", "application/json")
# The name of each item of a list in GeoReport's XML, by the list's name.
ITEMS = {"services": "service", "service_requests": "request", "errors": "error",
         "attributes": "attribute", "values": "value", "endpoints": "endpoint", "formats": "format"}
# What XML 1.0 cannot carry at all (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF);
# the views refuse these in parameters too, since PostgreSQL refuses NUL and no caller needs them.
UNSAFE_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'


@dataclass(frozen=True)
class Document:
    root: str    # the XML root element: discovery, services, service_definition, service_requests, errors
    body: object  # the JSON document itself


def discovery(base_url):
    return Document("discovery", {
        "changeset": CHANGESET,
        "contact": "Qatysu",
        "key_service": "API keys are issued by the site's administrators to partner systems.",
        "endpoints": [{"specification": "http://wiki.open311.org/GeoReport_v2", "url": base_url,
                       "changeset": CHANGESET, "type": "production", "formats": list(FORMATS)}],
    })


def service(category, lang):
    return {"service_code": category.code, "service_name": category.name(lang),
            "description": category.department.name(lang), "metadata": True, "type": "realtime",
            "keywords": category.code, "group": None}


def services(categories, lang):
    return Document("services", [service(c, lang) for c in categories])


def service_definition(category, settlements, lang):
    return Document("service_definition", {"service_code": category.code, "attributes": [
        {"variable": True, "code": "settlement", "datatype": "singlevaluelist", "required": False,
         "datatype_description": "A settlement code; address_string or lat/long may be given instead",
         "order": 1, "description": "Settlement",
         "values": [{"key": s.code, "name": s.name(lang)} for s in settlements]},
        {"variable": True, "code": "public", "datatype": "singlevaluelist", "required": False,
         "datatype_description": None, "order": 2,
         "description": "May the text be shown publicly after moderation",
         "values": [{"key": "true", "name": "yes"}, {"key": "false", "name": "no"}]},
    ]})


def service_request(appeal, lang):
    """One appeal as a GeoReport request; the appeal comes with its category, department and settlement."""
    shown = appeal.published
    settlement = appeal.settlement if shown else None
    return {
        "service_request_id": appeal.ref,
        "status": "closed" if appeal.status in CLOSED_STATUSES else "open",
        "status_notes": appeal.answer if shown else None,
        "service_name": appeal.category.name(lang),
        "service_code": appeal.category.code,
        "description": appeal.shown_text[:DESCRIPTION_MAX] if shown else None,
        "agency_responsible": appeal.department.name(lang) if shown else None,
        "service_notice": None,
        "requested_datetime": iso_offset(appeal.received_at),
        "updated_datetime": iso_offset(appeal.answered_at or appeal.received_at),
        # The deadline is a local date; the akimat's working day ends at six.
        "expected_datetime": datetime.datetime.combine(
            appeal.due_on, datetime.time(18, 0), LOCAL_TZ).isoformat(),
        "address": settlement.name(lang) if settlement else None,
        "address_id": settlement.code if settlement else None,
        "zipcode": None,
        "lat": settlement.lat if settlement else None,
        "long": settlement.lon if settlement else None,
        "media_url": None,
    }


def service_requests(appeals, lang):
    return Document("service_requests", [service_request(a, lang) for a in appeals])


def created(ref, token):
    return Document("service_requests", [{"service_request_id": ref, "token": token,
                                          "service_notice": None, "account_id": None}])


def token(token, ref):
    return Document("service_requests", [{"token": token, "service_request_id": ref}])


def errors(status, descriptions):
    return Document("errors", [{"code": status, "description": str(d)} for d in descriptions])


def to_json(document):
    # A lone surrogate cannot be UTF-8; "replace" writes "?" rather than failing the whole answer.
    return json.dumps(document.body, ensure_ascii=False).encode("utf-8", "replace")


def to_xml(document):
    root = ET.Element(document.root)
    _fill(root, document.root, document.body)
    return XML_DECLARATION + ET.tostring(root, encoding="unicode").encode("utf-8")


def _fill(element, name, value):
    """Write a value into its element: a dict as child elements, a list as ITEMS[name] children."""
    if isinstance(value, dict):
        for key, item in value.items():
            _fill(ET.SubElement(element, key), key, item)
    elif isinstance(value, list):
        child = ITEMS[name]
        for item in value:
            _fill(ET.SubElement(element, child), child, item)
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:  # None is an empty element, as GeoReport's examples write it
        # ElementTree escapes & < > but writes control characters as they are: ill-formed XML.
        element.text = UNSAFE_CHARACTERS.sub("\ufffd", str(value))

"""Open311 GeoReport v2: categories are services, appeals are service requests.

Creation goes through submissions.submit_appeal, the same rule as the web form.
Personal data (name, phone) is never in a response; the description and the
answer only once a moderator has published the appeal.
"""
import datetime
import uuid

from flask import Blueprint, current_app, jsonify, request, url_for

from db.models import ApiKey, Appeal, Category, Settlement
from rules.times import LOCAL_TZ
from submissions import Context
from submissions.appeal import submit_appeal
from web import auth
from web.security import csrf, limiter, public_post_limit

bp = Blueprint("open311", __name__, url_prefix="/open311/v2")
DESCRIPTION_MAX = 4000  # GeoReport's schema caps a description here
CLOSED = ("answered", "closed")


def error(status, *descriptions):
    return jsonify([{"code": status, "description": d} for d in descriptions]), status


def language():
    return request.args.get("locale") or request.accept_languages.best_match(
        current_app.config["LANGUAGES"]) or "kk"


def iso(moment):
    """Stored times are naive UTC."""
    return moment.replace(tzinfo=datetime.timezone.utc).isoformat() if moment else None


def service_json(category, lang):
    return {"service_code": category.code, "service_name": category.name(lang),
            "description": category.department.name(lang), "metadata": True, "type": "realtime",
            "keywords": category.code, "group": None}


def request_json(appeal, lang):
    shown = appeal.published
    settlement = appeal.settlement
    return {
        "service_request_id": appeal.ref,
        "status": "closed" if appeal.status in CLOSED else "open",
        "status_notes": appeal.answer if shown else None,
        "service_name": appeal.category.name(lang),
        "service_code": appeal.category.code,
        "description": appeal.shown_text[:DESCRIPTION_MAX] if shown else None,
        "agency_responsible": appeal.department.name(lang),
        "service_notice": None,
        "requested_datetime": iso(appeal.received_at),
        "updated_datetime": iso(appeal.answered_at or appeal.received_at),
        "expected_datetime": datetime.datetime.combine(
            appeal.due_on, datetime.time(18, 0), LOCAL_TZ).isoformat(),
        "address": settlement.name(lang),
        "address_id": settlement.code,
        "zipcode": None,
        "lat": settlement.lat,
        "long": settlement.lon,
        "media_url": None,
    }


@bp.get("/discovery.json")
def discovery_GET():
    return jsonify({
        "changeset": "2026-11-27T00:00:00Z",
        "contact": "Qatysu",
        "key_service": "API keys are issued by the site's administrators to partner systems.",
        "endpoints": [{"specification": "http://wiki.open311.org/GeoReport_v2",
                       "url": url_for(".services_GET", _external=True).rsplit("/", 1)[0],
                       "changeset": "2026-11-27T00:00:00Z", "type": "production",
                       "formats": ["application/json"]}],
    })


@bp.get("/services.json")
def services_GET():
    lang = language()
    return jsonify([service_json(c, lang) for c in Category.ordered()])


@bp.get("/services/<code>.json")
def service_GET(code):
    category = Category.get_or_none(Category.code == code)
    if category is None:
        return error(404, f"service_code {code} not found")
    lang = language()
    settlements = Settlement.select().order_by(Settlement.id)
    return jsonify({"service_code": code, "attributes": [
        {"variable": True, "code": "settlement", "datatype": "singlevaluelist", "required": False,
         "datatype_description": "A settlement code; address_string or lat/long may be given instead",
         "order": 1, "description": "Settlement",
         "values": [{"key": s.code, "name": s.name(lang)} for s in settlements]},
        {"variable": True, "code": "public", "datatype": "singlevaluelist", "required": False,
         "datatype_description": None, "order": 2,
         "description": "May the text be shown publicly after moderation",
         "values": [{"key": "true", "name": "yes"}, {"key": "false", "name": "no"}]},
    ]})


def settlement_code(form):
    """The settlement named by attribute, address_string, or the nearest one to lat/long."""
    given = (form.get("attribute[settlement]") or form.get("address_string") or "").strip()
    if given:
        lowered = given.lower()
        for s in Settlement.select():
            if lowered in (s.code, s.name_kk.lower(), s.name_ru.lower(), s.name_en.lower()):
                return s.code
        return given
    try:
        lat, lon = float(form["lat"]), float(form["long"])
    except (KeyError, ValueError):
        return ""
    placed = Settlement.select().where(Settlement.lat.is_null(False))
    nearest = min(placed, key=lambda s: (s.lat - lat) ** 2 + (s.lon - lon) ** 2, default=None)
    return nearest.code if nearest else ""


def partner_key():
    """The partner's API key: None when absent, False when given but unknown or revoked."""
    given = request.form.get("api_key") or request.args.get("api_key")
    if not given:
        return None
    key = ApiKey.get_or_none(ApiKey.key_hash == auth.token_hash(given))
    return key if key and key.revoked_at is None else False


def partner_exempt():
    return bool(partner_key())


@bp.post("/requests.json")
@csrf.exempt
@limiter.limit(public_post_limit, exempt_when=partner_exempt)
def requests_POST():
    """Create a service request from a form-encoded body, as GeoReport v2 says."""
    form = request.form
    key = partner_key()
    if key is False:
        return error(403, "api_key is not valid")
    name = " ".join(p for p in (form.get("first_name", "").strip(), form.get("last_name", "").strip()) if p)
    fields = {
        "category": form.get("service_code", ""),
        "settlement": settlement_code(form),
        "text": form.get("description", ""),
        "name": name,
        "phone": form.get("phone", ""),
        "public": form.get("attribute[public]", ""),
        # GeoReport has no consent field: a partner that posts has collected it (terms of the key).
        "consent": True,
    }
    submission_key = form.get("attribute[submission_key]") or str(uuid.uuid4())
    ctx = Context(source="open311", lang=language(), api_key=key or None,
                              secret_key=current_app.config["SECRET_KEY"])
    outcome = submit_appeal(fields, submission_key, ctx)
    if outcome.status == "rejected":
        names = {"category": "service_code", "text": "description", "name": "first_name"}
        return error(400, *[f"{names.get(f, f)}: {code}" for f, code in sorted(outcome.errors.items())])
    return jsonify([{"service_request_id": outcome.ref, "token": submission_key,
                     "service_notice": None, "account_id": None}]), 201


@bp.get("/requests.json")
@limiter.limit("120 per minute")
def requests_GET():
    """Published requests, newest first, filtered the GeoReport way (at most 1000)."""
    query = Appeal.published_list()
    args = request.args
    if args.get("service_code"):
        codes = args["service_code"].split(",")
        query = query.join(Category).where(Category.code.in_(codes))
    if args.get("status") in ("open", "closed"):
        closed = Appeal.status.in_(CLOSED)
        query = query.where(closed if args["status"] == "closed" else ~closed)
    for name, op in (("start_date", "ge"), ("end_date", "le")):
        if args.get(name):
            try:
                moment = datetime.datetime.fromisoformat(args[name].replace("Z", "+00:00"))
            except ValueError:
                return error(400, f"{name} is not an ISO 8601 date-time")
            if moment.tzinfo:
                moment = moment.astimezone(datetime.timezone.utc).replace(tzinfo=None)
            column = Appeal.received_at
            query = query.where(column >= moment if op == "ge" else column <= moment)
    lang = language()
    return jsonify([request_json(a, lang) for a in query.limit(1000)])


@bp.get("/requests/<ref>.json")
@limiter.limit("60 per minute")
def request_GET(ref):
    appeal = Appeal.get_or_none(Appeal.ref == ref.upper())
    if appeal is None:
        return error(404, f"service_request_id {ref} not found")
    return jsonify([request_json(appeal, language())])


@bp.get("/tokens/<token>.json")
@limiter.limit("60 per minute")
def token_GET(token):
    appeal = Appeal.get_or_none(Appeal.submission_key == token.lower())
    if appeal is None:
        return error(404, f"token {token} not found")
    return jsonify([{"token": token, "service_request_id": appeal.ref}])

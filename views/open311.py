"""Open311 GeoReport v2: categories are services, appeals are service requests, in JSON and in XML.

The view parses the request and answers a document from services.open311,
which also decides what a request may show. Creation goes through
submissions.submit_appeal, the same rule as the web form. Every path ends in
.json or .xml; errors answer in GeoReport's error form in the same format.
"""
import datetime
import math
import re
import uuid

from flask import Blueprint, Response, current_app, request, url_for

from db.models import CLOSED_STATUSES, ApiKey, Appeal, Category, Department, Settlement
from rules.languages import DEFAULT as DEFAULT_LANGUAGE
from rules.times import to_naive_utc
from services import open311 as documents
from submissions import Context
from submissions.appeal import submit_appeal
from web import auth
from web.security import limiter, public_post_limit

bp = Blueprint("open311", __name__, url_prefix="/open311/v2")
FORMAT = "<any(json, xml):fmt>"
MIMETYPES = {"json": "application/json", "xml": "text/xml"}
LIST_MAX = 1000   # GeoReport's cap on a list of requests
# Ids name unpublished requests too (status, category, dates): few per call keeps guessing refs slow,
# and 200 refs already fill gunicorn's 4 KiB request line.
REFS_MAX = 200
ECHO_MAX = 80     # an error repeats at most this much of what the caller sent
LOCALE_RE = re.compile(r"([A-Za-z]{2})(?:[_-][A-Za-z0-9]{2,8})?")  # kk, ru_RU, en-US
# "+05:00" sent unencoded in a query string arrives as " 05:00".
UNENCODED_PLUS_RE = re.compile(r"(?<=\d) (?=\d\d:?\d\d$)")
# Field names of submit_appeal's errors, as GeoReport calls them.
FIELD_NAMES = {"category": "service_code", "text": "description", "name": "first_name",
               "key": "attribute[submission_key]"}


class BadParameter(Exception):
    """A parameter this API cannot take: answered 400 with a description of what was wrong."""


def echo(value):
    return documents.UNSAFE_CHARACTERS.sub("\ufffd", value)[:ECHO_MAX]


def answer(document, fmt, status=200):
    body = documents.to_xml(document) if fmt == "xml" else documents.to_json(document)
    return Response(body, status=status, mimetype=MIMETYPES[fmt])


def error(status, *descriptions):
    """GeoReport's error document, as XML on a .xml path and as JSON on any other; the app's
    error handlers answer Open311 paths with it too."""
    fmt = "xml" if request.path.endswith(".xml") else "json"
    return answer(documents.errors(status, descriptions), fmt, status)


@bp.errorhandler(BadParameter)
def _bad_parameter(e):
    return error(400, str(e))


@bp.before_request
def _refuse_unsafe_characters():
    """NUL, other control characters and lone surrogates in any parameter are a 400, never a 500."""
    given = [*request.args.items(multi=True), *request.form.items(multi=True),
             *(request.view_args or {}).items()]
    for name, value in given:
        if documents.UNSAFE_CHARACTERS.search(name) or documents.UNSAFE_CHARACTERS.search(value):
            return error(400, f"{echo(name)}: contains a control character")
    return None


def language():
    """The locale parameter's language (kk, ru_RU, en-US ...), else the caller's Accept-Language,
    else Kazakh: a locale we do not speak falls back rather than failing."""
    languages = current_app.config["LANGUAGES"]
    m = LOCALE_RE.fullmatch(request.args.get("locale", ""))
    if m and m.group(1).lower() in languages:
        return m.group(1).lower()
    return request.accept_languages.best_match(languages) or DEFAULT_LANGUAGE


def listed(name, normalise=str.strip, most=LIST_MAX):
    """A comma-separated parameter as a list of distinct values, in order; [] when absent."""
    values = [normalise(v.strip()) for v in request.args.get(name, "").split(",")]
    values = list(dict.fromkeys(v for v in values if v))
    if len(values) > most:
        raise BadParameter(f"{name}: at most {most} values")
    return values


def moment(name):
    """A date-time parameter as stored (naive UTC), or None when absent."""
    given = UNENCODED_PLUS_RE.sub("+", request.args.get(name, "").strip())
    if not given:
        return None
    try:
        return to_naive_utc(datetime.datetime.fromisoformat(given.replace("Z", "+00:00")))
    except (ValueError, OverflowError):  # 9999-12-31T23:59:59-12:00 is past the last datetime in UTC
        raise BadParameter(f"{name}: not an ISO 8601 date-time such as 2026-11-27T09:00:00+05:00") from None


def position(form):
    """(lat, long) in degrees, or None when neither is given."""
    lat, lon = form.get("lat", "").strip(), form.get("long", "").strip()
    if not lat and not lon:
        return None
    try:
        lat, lon = float(lat), float(lon)
    except ValueError:
        raise BadParameter("lat, long: both must be decimal degrees") from None
    if not (math.isfinite(lat) and math.isfinite(lon) and -90 <= lat <= 90 and -180 <= lon <= 180):
        raise BadParameter("lat, long: not a position on Earth")
    return lat, lon


def settlement_code(form):
    """The settlement named by attribute or address_string, else the one nearest to lat/long.

    A name that matches nothing is passed on as given, so that the shared
    validator answers "settlement: unknown".
    """
    given = (form.get("attribute[settlement]") or form.get("address_string") or "").strip()
    placed = position(form)  # checked even when a name decides: junk is a 400 either way
    found = Settlement.find_by_name(given) if given else None
    if found is None and placed is not None:
        found = Settlement.nearest(*placed)
    return found.code if found else given


def partner_key():
    """The partner's API key: None when absent, False when given but unknown or revoked."""
    given = request.form.get("api_key") or request.args.get("api_key")
    if not given:
        return None
    key = ApiKey.get_or_none(ApiKey.key_hash == auth.token_hash(given))
    return key if key and key.revoked_at is None else False


def partner_exempt():
    return bool(partner_key())


@bp.get(f"/discovery.{FORMAT}")
def discovery_GET(fmt):
    base = url_for(".services_GET", fmt="json", _external=True).rsplit("/", 1)[0]
    return answer(documents.discovery(base), fmt)


@bp.get(f"/services.{FORMAT}")
def services_GET(fmt):
    categories = Category.ordered().select_extend(Department).join(Department)
    return answer(documents.services(categories, language()), fmt)


@bp.get(f"/services/<code>.{FORMAT}")
def service_GET(code, fmt):
    category = Category.get_or_none(Category.code == code)
    if category is None:
        return error(404, f"service_code {echo(code)} not found")
    settlements = Settlement.select().order_by(Settlement.id)
    return answer(documents.service_definition(category, settlements, language()), fmt)


@bp.post(f"/requests.{FORMAT}")
@limiter.limit(public_post_limit, exempt_when=partner_exempt)
def requests_POST(fmt):
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
        return error(400, *[f"{FIELD_NAMES.get(f, f)}: {code}" for f, code in sorted(outcome.errors.items())])
    return answer(documents.created(outcome.ref, submission_key.strip().lower()), fmt, 201)


@bp.get(f"/requests.{FORMAT}")
@limiter.limit("120 per minute")
def requests_GET(fmt):
    """Published requests, newest first, filtered the GeoReport way (at most 1000);
    service_request_id=a,b names requests, published or not, and overrides the other filters."""
    refs = listed("service_request_id", str.upper, most=REFS_MAX)
    codes = listed("service_code")
    statuses = set(listed("status", str.lower))
    if statuses - {"open", "closed"}:
        raise BadParameter("status: open, closed or both")
    start, end = moment("start_date"), moment("end_date")
    if refs:
        query = Appeal.open311_list(refs=refs)
    else:
        query = Appeal.open311_list()
        if codes:
            query = query.where(Category.code.in_(codes))
        if len(statuses) == 1:
            closed = Appeal.status.in_(CLOSED_STATUSES)
            query = query.where(closed if statuses == {"closed"} else ~closed)
        if start is not None:
            query = query.where(Appeal.received_at >= start)
        if end is not None:
            query = query.where(Appeal.received_at <= end)
    return answer(documents.service_requests(query.limit(LIST_MAX), language()), fmt)


@bp.get(f"/requests/<ref>.{FORMAT}")
@limiter.limit("60 per minute")
def request_GET(ref, fmt):
    appeal = Appeal.open311_list(refs=[ref.strip().upper()]).first()
    if appeal is None:
        return error(404, f"service_request_id {echo(ref)} not found")
    return answer(documents.service_requests([appeal], language()), fmt)


@bp.get(f"/tokens/<token>.{FORMAT}")
@limiter.limit("60 per minute")
def token_GET(token, fmt):
    appeal = Appeal.get_or_none(Appeal.submission_key == token.strip().lower())
    if appeal is None:
        return error(404, f"token {echo(token)} not found")
    return answer(documents.token(appeal.submission_key, appeal.ref), fmt)

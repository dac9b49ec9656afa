"""Open government: each department's record, as a page and as open data (CONTRACT §3)."""
import datetime

from flask import Blueprint, abort, jsonify, render_template, request

from db.models import Department, District
from rules.record import share
from services import statistics
from views import language_blueprint
from web.errors import json_error

bp = language_blueprint("transparency", __name__)
api = Blueprint("transparency_api", __name__, url_prefix="/api/v1")


class BadPeriod(ValueError):
    pass


def period():
    """The from and to dates of the query string (YYYY-MM-DD, either may be absent)."""
    bounds = []
    for name in ("from", "to"):
        given = request.args.get(name, "").strip()
        try:
            bounds.append(datetime.date.fromisoformat(given) if given else None)
        except ValueError:
            raise BadPeriod(f"{name} must be a date written YYYY-MM-DD")
    if bounds[0] and bounds[1] and bounds[0] > bounds[1]:
        raise BadPeriod("from must not be after to")
    return bounds


@api.get("/stats.json")
def stats_json_GET():
    """The figures of the public statistics page, computed from the appeals, for all time or a period."""
    try:
        start, end = period()
    except BadPeriod as bad:
        return json_error(400, str(bad))
    return jsonify({"from": start and start.isoformat(), "to": end and end.isoformat(),
                    "departments": statistics.department_records(start, end),
                    "districts": statistics.district_records(start, end)})


@bp.get("/stats")
def stats_GET():
    """Each department's record in words and shares, and each district's, for all time or a period."""
    try:
        start, end = period()
    except BadPeriod:
        abort(400)
    departments = {d.code: d for d in Department.select()}
    districts = {d.code: d for d in District.select()}
    return render_template("transparency/stats.html", start=start, end=end, share=share,
                           departments=[(departments[r["code"]], r)
                                        for r in statistics.department_records(start, end)],
                           districts=[(districts[r["code"]], r) for r in statistics.district_records(start, end)])

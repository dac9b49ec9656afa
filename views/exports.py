"""CSV exports for staff: UTF-8 with a BOM so Excel opens Kazakh and Russian text correctly."""
import csv
import io

from flask import Response

from db.models import Appeal
from rules.times import iso_utc

# The columns CONTRACT §6 names keep their names and codes; the others stand beside them.
APPEAL_COLUMNS = ["ref", "submission_key", "source", "status", "category", "settlement", "district",
                  "department", "text", "public", "published", "created_at", "received_at",
                  "clock_flagged", "due", "extended", "answered_at", "rating", "flagged_formal",
                  "sync_device", "device", "worker", "outreach_event"]
# Codes, references and dates that CONTRACT §6 names: made by the server, never by a person, and read
# by scripts, so they are written exactly as they are.
APPEAL_EXACT = {"ref", "submission_key", "source", "status", "category", "settlement", "district",
                "department", "created_at", "received_at", "due", "extended", "answered_at", "rating",
                "flagged_formal"}
# A cell that starts with one of these is run as a formula by Excel and LibreOffice (OWASP, "CSV
# Injection"): =HYPERLINK(...) in an appeal's text would run on a moderator's computer.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """A text cell as a spreadsheet shows it but never runs it: a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def appeal_rows():
    """One row per appeal, read in one joined query rather than five look-ups per row."""
    for a in Appeal.export_list().iterator():
        yield {
            "ref": a.ref, "submission_key": a.submission_key, "source": a.source, "status": a.status,
            "category": a.category.code, "settlement": a.settlement.code,
            "district": a.settlement.district.code, "department": a.department.code, "text": a.text,
            "public": int(a.wants_public), "published": int(a.published),
            "created_at": iso_utc(a.created_at), "received_at": iso_utc(a.received_at),
            "clock_flagged": int(a.clock_flagged), "due": a.due_on.isoformat(),
            "extended": int(a.extension_reason is not None), "answered_at": iso_utc(a.answered_at),
            "flagged_formal": int(bool(a.answer_formal)),
            "rating": a.rating or "", "sync_device": a.sync_device or "",
            "device": a.device_id or "", "worker": a.worker.login if a.worker_id else "",
            "outreach_event": a.outreach_event_id or "",
        }


def csv_response(filename, columns, rows, exact=frozenset()):
    """Every text cell neutralised except the columns in exact (codes, references, dates)."""
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: v if k in exact else neutralise(v) for k, v in row.items()})
    return Response(buffer.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})

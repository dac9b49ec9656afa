"""CSV exports for staff: UTF-8 with a BOM so Excel opens Kazakh and Russian text correctly."""
import csv
import io

from flask import Response

from db.models import Appeal
from rules.times import iso_utc

APPEAL_COLUMNS = ["ref", "submission_key", "source", "status", "category", "settlement", "district",
                  "department", "text", "public", "published", "created_at", "received_at",
                  "clock_flagged", "due_on", "answered_at", "answer_formal", "rating",
                  "sync_device", "device", "worker", "outreach_event"]


def appeal_rows():
    for a in Appeal.select().order_by(Appeal.id).iterator():
        yield {
            "ref": a.ref, "submission_key": a.submission_key, "source": a.source, "status": a.status,
            "category": a.category.code, "settlement": a.settlement.code,
            "district": a.settlement.district.code, "department": a.department.code, "text": a.text,
            "public": int(a.wants_public), "published": int(a.published),
            "created_at": iso_utc(a.created_at), "received_at": iso_utc(a.received_at),
            "clock_flagged": int(a.clock_flagged), "due_on": a.due_on.isoformat(),
            "answered_at": iso_utc(a.answered_at),
            "answer_formal": "" if a.answer_formal is None else int(a.answer_formal),
            "rating": a.rating or "", "sync_device": a.sync_device or "",
            "device": a.device_id or "", "worker": a.worker.login if a.worker_id else "",
            "outreach_event": a.outreach_event_id or "",
        }


def csv_response(filename, columns, rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")
    writer = csv.DictWriter(buffer, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow(row)
    return Response(buffer.getvalue(), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})

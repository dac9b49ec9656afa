"""Each department's public record, worked out from its appeals (CONTRACT §3, /api/v1/stats.json).

Plain Python over plain rows, so the figures can be recounted by anyone from the
staff export's columns (CONTRACT §6): received, answered, answered on time,
median working days to the answer, extended, overdue now, rated (solved, formal
reply) by the author, and flagged formal by the detector.
"""
import statistics
from dataclasses import dataclass
from datetime import date

from rules import deadlines

COUNTS = ("received", "answered", "answered_on_time", "extended", "overdue", "rated", "rated_solved",
          "rated_formal", "flagged_formal")


@dataclass(frozen=True)
class AppealFacts:
    """What the record needs of one appeal; dates are Aqtau dates."""
    department: str
    received_on: date
    due_on: date            # the due date in force (after any extension)
    answered_on: date | None
    is_open: bool           # not yet answered or closed
    extended: bool
    rating: str | None      # solved, not_solved, formal
    flagged_formal: bool    # the formal-reply detector's verdict on the answer


def department_record(code, facts, today, calendar=None):
    """One department's figures over its appeals' facts: integer counts, and the median or None."""
    figures = dict.fromkeys(COUNTS, 0)
    days_to_answer = []
    for f in facts:
        figures["received"] += 1
        if f.answered_on is not None:
            figures["answered"] += 1
            figures["answered_on_time"] += not deadlines.is_overdue(f.due_on, f.answered_on)
            days_to_answer.append(deadlines.working_days_between(f.received_on, f.answered_on,
                                                                 calendar=calendar))
        figures["extended"] += f.extended
        figures["overdue"] += f.is_open and deadlines.is_overdue(f.due_on, today)
        figures["rated"] += f.rating is not None
        figures["rated_solved"] += f.rating == "solved"
        figures["rated_formal"] += f.rating == "formal"
        figures["flagged_formal"] += f.flagged_formal
    median = statistics.median(days_to_answer) if days_to_answer else None
    return {"code": code, **figures, "median_working_days": median}


def per_1000(count, population):
    """A count per 1,000 residents, to one decimal; None where the population is not known."""
    return round(count * 1000 / population, 1) if population else None


def share(part, whole):
    """A whole percentage for a page ("12%"), or None when there is nothing to share."""
    return round(100 * part / whole) if whole else None

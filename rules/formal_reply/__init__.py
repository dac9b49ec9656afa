"""Formal-reply detector (отписка, жалтақ жауап) for officers' answers, in Russian and Kazakh.

The rule is in /work/shared/FORMAL-REPLY.md. An answer is *substantive* when at
least one of these holds for the person's own problem, otherwise it is *formal*:

- A. Result: an action already carried out on this problem;
- B. Commitment: a specific action, under way or planned, with a date or
  period, or with a named executor (an organisation or a post);
- C. Decision on the person's own request, with the facts behind it
  (an amount, a queue position, figures, an act);
- D. Forward done properly: the receiving body by name, the date or
  registration number, the reason, and a dated next step.

The detector works sentence by sentence with regular expressions: it looks for
verbs of physical work in the past (A) or future (B), decision words (C),
forwarding words (D), and for dates, periods, executors and facts. Verbs are
matched by stem, not word by word: a Russian verb is listed once by its
conjugation family and yields its participle, past, future and infinitive
(заменен, заменил, заменит, заменить); a Kazakh stem takes the causative,
passive and tense suffixes (жөнде-т-ті, жөнде-л-ді, жөнде-л-еді). An
instruction to a named executor or post ("главному врачу поручено направить",
"бас дәрігеріне ... жіберу тапсырылды") is a commitment; extending the review
period of the appeal ("срок рассмотрения продлён", "қарау мерзімі ұзартылды")
is not an action. The present tense is work under way ("маршрут продлевается
с 1 сентября", "ремонт выполняет ТОО ..."), and needs a date or an executor
like the future. Hiring ("на работу принят врач", "жұмысқа қабылданды") is a
result; a queue position ("номер очереди — 387", "кезектегі нөміріңіз – 512")
and a permit granted are decisions. Numbers written as words (два, три;
екі, үш) count like digits. Receiving bodies and executors are recognised by
their legal form (ТОО, НАО, КеАҚ, ...), nested quotes included, and by words
like филиал and корпорация. Numbers that are article, order, registration or
phone numbers, opening hours and region-wide statistics are never taken as
concrete. Paperwork and explaining verbs (рассмотрено, разъяснено, направлено,
қаралды, түсіндірілді, жолданды) are never actions, and neither are idioms like
"назар аударатын болады" (will pay attention); a verb like "подана" or
"бекітілді" is work only with the right object (water supplied, not an
application filed; a fence fixed, not a tariff approved).

Kazakh verbs are read across vowel harmony and voice: the past -ды/-ді/-ты/-ті
(-дық/-тік for "we"), after the passive -ыл-/-іл-/-л-/-ын-/-н- (жөнделді,
салынды, орнатылды); the participle -ған/-ген/-қан/-кен when it ends the
clause ("шатыр жөнделген."), not before a noun ("бекітілген Қағидалар"); the
future -ады/-еді/-йды/-йді/-ылады/-іледі, -амыз/-ймыз, -мақ/-мек, and the
present -уда/-уде. Light verbs (жасалды, өткізілді, атқарылды, жүзеге
асырылды) and verbs like қойылды, жіберілді, ұсталды are work only with their
own object (a repair, a container, a water truck, stray dogs), "берілді" also
with goods or a document handed over (ордер, анықтама, препарат). A bare plan
("жоспарлануда", "көзделген") is a commitment only with a date and the
person's object named; the date of a document ("2024 жылғы 20 ақпандағы
шешімімен", "от 14.03.2024 № 212") is never the date of a commitment. A place
in a queue may be written "412-нөмірде", "37-орында", "под № 1 874"; an order
to a violator ("нұсқама берілді", "выдано предписание") is a result. A period
may have no day: a span of months ("с июня по август", "май — июнь",
"мамыр–маусымға") or a month of a year ("мая 2025 года", "2025 жылғы
мамырда"). A decision may be an infinitive ("решено выделить грант"). Work
named by an explaining word ("түсіндіру жұмыстары жүргізілді") is explaining.
Work is often named by a noun after a light verb: "произведена замена", "осуществлён вывоз", "проведена
дезинфекция", "обеспечен подвоз", "дезинфекция жүргізілді", "кесу жүзеге асырылды"; the noun decides
(ru.WORK_OBJECT, kk.WORK_OBJECT, kk._WORK_NOUNS), so "осуществлён приём" or "проведена работа по
обращению" stay paperwork. A service that started ("автобус начал курсировать", "автобус жүре бастады")
is a result, and a grant to the person ("Сізге ... берілді", "отбасыңызға ... тағайындалды") a decision.

Results and commitments count only when they are tied to the person's own
object: their street, house or address named in the sentence, or "Ваш дом",
"по Вашему адресу", "Сіздің үйіңіз". A sentence is region- or city-wide (see
analysis._is_wide) when it speaks of the region; counts streets, roads, villages or
yards ("в городе благоустроить 24 двора", "4 улицы в с. Баутино"); lists several
microdistricts, villages or streets ("в 12, 14 и 15 микрорайонах", "14 және
15-шағын аудандарда"); speaks of
"other streets"; or gives figures for a city or district named in any case
("акиматом Мунайлинского района установлено 420 светильников", "Ақтау
қаласында"), where counted public objects (светильники, деревья, площадки;
шамдар, ағаштар, алаңдар) are statistics. A person's street left out of a list
or plan ("ул. Жагалау в перечень не вошла", "тізбеге енбеді") is a refusal: a
decision only with facts behind it. "All houses" ("все дома", "барлық үйлер")
are not the person's; a region in a body's name ("Отделение ... по
Мангистауской области", "облысы бойынша департаменті", «... өңірлік ...» АҚ) is
a name, not a scope, and so is a region in a threshold the person's figure is
compared with ("выше черты бедности по Мангистауской области", "облыс бойынша
кедейлік шегінен жоғары"). The person's own object includes a hyphenated house
number ("8-үй", "15–19-үйлері"), where they live ("Сіз тұратын", "где Вы
проживаете") and what is theirs ("Ваш трудовой стаж", "шотыңыз"). The appeal's topic restated before
"сообщаем" / "хабарлаймыз" ("По Вашему обращению о тротуаре у дома № 15 сообщаем, что ...") names the
person's object without acting on it, so it does not tie work on other streets to them; a named street
joined by a comma to a list ("по проспекту ..., в 7 и 8 мкр.") is one more item of the list.

It is a warning for the officer, not a verdict on the officer: it errs on
the side of plain patterns that can be read and extended.

The package: text.py (normalising, masking, sentences, the language guess),
ru.py and kk.py (the word tables of each language, under the same names) and
analysis.py (the analysis, written once, reading a language's tables, with the
verb reader of each language); this module gives the verdict and its reasons.
"""

from __future__ import annotations

from dataclasses import dataclass

from .analysis import TABLES, Analysis, analyse
from .text import any_match, guess_lang

__all__ = ["REASONS", "Verdict", "check", "guess_lang", "to_json"]

REASONS: dict[str, str] = {
    # formal side
    "cites_law_only": "Cites laws, codes, rules or orders instead of acting on the problem.",
    "sends_elsewhere": "Sends the person to another body, a website, a phone line or a service centre.",
    "vague_promise": "Vague promise: 'under control', 'taken into account', 'will be considered', 'appropriate measures taken'.",
    "procedure_only": "Only restates a procedure ('in order of the queue', 'via egov.kz', 'as funds are allocated').",
    "explanation_only": "Only explanations or recommendations were given; explaining is not acting.",
    "decision_without_facts": "A decision or finding with no facts of the case behind it.",
    "undated_forward": "Forwards the appeal without all of: body by name, date or number, reason, dated next step.",
    "regional_figures_only": "Region-wide figures or plans not tied to the person's street, house or village.",
    "no_concrete_action": "No concrete result, dated commitment, decision with facts or proper forward.",
    # substantive side
    "result": "A: reports an action already carried out on the person's problem.",
    "commitment": "B: commits to a specific action with a date, a period or a named executor.",
    "decision": "C: a decision on the person's request with the facts behind it.",
    "proper_forward": "D: a forward naming the body, date or number, the reason and a dated next step.",
}

FORMAL_CODES = ("cites_law_only", "sends_elsewhere", "vague_promise", "procedure_only", "explanation_only",
                "decision_without_facts", "undated_forward", "regional_figures_only", "no_concrete_action")
SUBSTANTIVE_CODES = ("result", "commitment", "decision", "proper_forward")


@dataclass(frozen=True)
class Verdict:
    formal: bool
    reasons: tuple[str, ...]


def to_json(verdict: Verdict) -> dict:
    """The verdict as a JSON-ready dict: {"formal": bool, "reasons": [codes]}."""
    return {"formal": bool(verdict.formal), "reasons": list(verdict.reasons)}


def _analyse(text: str, lang: str) -> tuple[Analysis, list[str], str]:
    """The analysis of `text` in `lang` ("ru" or "kk"): (analysis, sentences, clean text); read by the bench."""
    return analyse(text, TABLES[lang])


def _evidence(answer: str, lang: str | None = None) -> list:
    """Which words made A–C match, for debugging: [(code, words), ...]."""
    lang = lang if lang in ("ru", "kk") else guess_lang(answer or "")
    return _analyse(answer or "", lang)[0].evidence


def check(answer: str, lang: str | None = None) -> Verdict:
    """Classify an officer's answer as formal (отписка) or substantive.

    `lang` is "ru" or "kk"; None guesses it from the letters. The reasons are
    codes from REASONS: which of A–D matched when substantive, the formal
    patterns found (always including "no_concrete_action") when formal.
    """
    text = answer or ""
    if lang not in ("ru", "kk"):
        lang = guess_lang(text)
    L = TABLES[lang]
    a, _, clean = analyse(text, L)
    substantive = tuple(code for code in SUBSTANTIVE_CODES if getattr(a, code))  # a.result, a.commitment, ...
    if substantive:
        return Verdict(False, substantive)
    found = {
        "cites_law_only": L.law.search(clean),
        "sends_elsewhere": L.sends.search(clean),
        "vague_promise": any_match(L.vague, clean),
        "procedure_only": L.procedure.search(clean),
        "explanation_only": L.explain.search(clean),
        "decision_without_facts": a.decision_no_facts,
        "undated_forward": a.forward,
        "regional_figures_only": a.regional,
        "no_concrete_action": True,
    }
    return Verdict(True, tuple(code for code in FORMAL_CODES if found[code]))

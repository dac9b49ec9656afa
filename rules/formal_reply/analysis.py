"""The analysis of an answer, written once for Kazakh and Russian: it reads a language's word tables.

An answer is cut into sentences (text.py); each sentence is read for results and commitments (the verbs of
physical work, read by the language's own verb reader below), decisions with their facts, forwards, and
for whether it speaks of the person's own object or of a whole region, city or district. The tables are in
ru.py and kk.py under the same names; Tables lists what the analysis reads from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields

from . import kk, ru
from .text import QUOTED_NAME, any_match, blank, mask, normalise, rx
from .text import sentences as split_sentences


@dataclass
class Tables:
    """The word tables of one language, so that the analysis below is written once for both.

    Each field is the language module's name in capitals (date: ru.DATE, kk.DATE), but for `verbs`.
    """
    verbs: Callable            # sentence -> (past actions, future actions): the language's verb reader
    date: list
    deadline: list
    executor: list
    local_strict: list         # anything tying the answer to the person: own object, place, "Ваш"
    local_loose: re.Pattern
    own_object: list           # the person's own street, house or address
    place: list                # a named village or microdistrict
    recipient: re.Pattern      # the person receiving a decision: "Вам", "Сізге"
    address_form: re.Pattern   # ... but not "сообщаем Вам", "Сізге хабарлаймыз"
    place_list: re.Pattern     # several places listed
    crossing: re.Pattern       # ... unless they are streets at a crossing
    other_places: re.Pattern   # "другие улицы", "басқа көшелер"
    regional: re.Pattern
    aggregate: re.Pattern
    citywide: re.Pattern
    figure: list
    law: re.Pattern
    sends: re.Pattern
    vague: list
    procedure: re.Pattern
    explain: re.Pattern
    decision: re.Pattern
    decision_no_facts: re.Pattern
    refusal: re.Pattern        # a refusal, or the person's request left out of a list or plan
    facts: list
    forward: re.Pattern
    forward_sent: re.Pattern | None    # when set, a forward needs one of these words ...
    forward_given: re.Pattern | None   # ... or this one and a body named: "... басқармасына берілді"
    forward_actions: re.Pattern | None  # the forward's own verbs, which are no result: "направлено"
    appeal_word: re.Pattern
    body: re.Pattern
    reg: re.Pattern
    reason: re.Pattern
    next_step: re.Pattern
    queue_position: re.Pattern
    queue_word: re.Pattern
    topic: re.Pattern          # the appeal's topic restated before "сообщаем" / "хабарлаймыз"
    instruction: re.Pattern    # an instruction to an executor, with the groups "verb" and "context"
    instruction_paper_verb: re.Pattern     # ... to do paperwork: "рассмотреть", "қарау"
    instruction_paper_context: re.Pattern  # ... or paperwork named by the words around it
    instruction_evidence: str  # how the evidence names it, from {first} (its first word) and {verb}
    review_period: re.Pattern  # the appeal's review period: "срок рассмотрения", "қарау мерзімі"
    extend_stems: tuple        # ... whose extension is no work: "продл", "ұзарт"


# --------------------------------------------------------------------------
# Read in both languages, as answers mix them (a Russian answer names "Маңғыстау облысы бойынша департаменті")

# the object's history, no action on the appeal: "дом построен в 1978 году", "үй 1978 жылы салынған"
_OLD_YEAR = rx(ru.OLD_YEAR + "|" + kk.OLD_YEAR)
# the date of a document or a meeting, which is not the date of a commitment
_DOCUMENT_DATE = kk.DOCUMENT_DATE + ru.DOCUMENT_DATE
# a named street before a list of places, which is one more item of the list
_LIST_HEAD = rx(ru.LIST_HEAD + "|" + kk.LIST_HEAD, 0)
# regions in the names of bodies and of thresholds, which are names, not the scope of the answer
_BODY_REGION = [ru.BODY_REGION, kk.BODY_REGION]
_THRESHOLD_REGION = [ru.THRESHOLD_REGION, kk.THRESHOLD_REGION]
# numbers that are never facts of the case: registration, article and order numbers, dates, years, list items
_NOT_FACT_NUMBERS = [
    rx(r"№\s*\S+"),
    *ru.NOT_FACT_LAW,
    *kk.NOT_FACT_LAW,
    *ru.NOT_FACT_DATES,
    *kk.NOT_FACT_DATES,
    rx(r"\b(?:19|20)\d{2}\b(?:\s*(?:года|году|год|г\.))?"),
    rx(r"\b\d+\s*\)"),
    rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
    rx(r"\b(?:I{1,3}|IV)\b", 0),
]


# --------------------------------------------------------------------------
# Russian verbs


def _ru_paperwork(low: str, before: str, after: str) -> bool:
    """True when an ambiguous Russian verb is paperwork here, not physical work.

    "проведен ремонт" is work, "проведена проверка" is not; "введен в эксплуатацию" is a
    result, "введен" alone is not; "установлено, что ..." is a finding, not an installation.
    """
    if not low.startswith(ru.OBJECT_DEPENDENT):
        return False
    if low.startswith(("введ", "ввел", "ввод")):
        return not re.search(r"эксплуатаци", after, re.I)
    if low.startswith(("довед", "довел")) and re.search(r"до\s+сведени", after, re.I):
        return True
    finding = r"^\s*(?:,\s*)?(?:что|превышени|факт|нарушени|наличи|отсутстви)"
    if low.startswith(("установ", "устанавлив")) and re.search(finding, after, re.I):
        return True
    # "начал курсировать", "начаты работы по замене"; not "начал рассматривать"
    if low.startswith("начал") and not re.search(r"^\s*(?:работ|прием|подач|ремонт|курсир|ходить|функционир|"
                                                 r"действ|поступ|вывоз|подвоз|строительств|замен|монтаж|укладк|"
                                                 r"прокладк|движени)", after, re.I):
        return True
    ctx = before[-30:] + " " + after[:50]
    if ru.PAPER_OBJECT.search(ctx) and not ru.WORK_OBJECT.search(ctx):
        return True
    if low.startswith(ru.CONDUCT) and not ru.WORK_OBJECT.search(ctx):
        return True
    # "выделено" is work only with a quantity or a vehicle: "выделит два автобуса", "выделит школьный автобус",
    # not "выделено внимание"
    return low.startswith("выдел") and not re.search(rf"{ru.COUNT}|автобус|машин|техник|транспорт|бригад|цистерн",
                                                     ctx, re.I)


def _ru_past_actions(s: str) -> list[str]:
    found = []
    for pattern in (ru.PPP, ru.PAST_ACTIVE):
        for m in pattern.finditer(s):
            before, after = s[max(0, m.start() - 40):m.start()], s[m.end():m.end() + 60]
            if ru.NEG.search(before) or (pattern is ru.PPP and ru.WILL_BEFORE.search(before)):
                continue  # "не заменен"; "будет заменен" is a future
            if _OLD_YEAR.search(before + after[:25]):
                continue  # "дом построен в 1978 году": the object's history, not an action on the appeal
            if not _ru_paperwork(m.group(0).lower(), before, after):
                found.append(m.group(0))
    found += [m.group(0) for p in ru.RESULT_EXTRA for m in p.finditer(s)
              if not ru.WILL_BEFORE.search(s[max(0, m.start() - 40):m.start()])]  # "будет возобновлена"
    found += _ru_supply(s, ru.SUPPLY_PAST)
    return _drop_review_extension(found, s, RU)


def _ru_supply(s: str, pattern: re.Pattern) -> list[str]:
    """Forms of "подать" that supply a utility (see ru.SUPPLY_PAST), not a document."""
    found = []
    for m in pattern.finditer(s):
        before, after = s[max(0, m.start() - 50):m.start()], s[m.end():m.end() + 50]
        if ru.NEG.search(before) or ru.DOCUMENT.search(before):
            continue  # "заявление на подключение газа подано"
        if pattern is ru.SUPPLY_PAST and ru.WILL_BEFORE.search(before):
            continue  # "будет подан" is a future, see ru.SUPPLY_FUTURE
        if ru.UTILITY.search(before):
            found.append(m.group(0))  # "горячая вода ... подана"
            continue
        utility, document = ru.UTILITY.search(after), ru.DOCUMENT.search(after)
        if utility and not (document and document.start() < utility.start()):
            found.append(m.group(0))  # "подали воду", not "подали заявление на подключение газа"
    return found


def _ru_future_actions(s: str) -> list[str]:
    found = []
    for m in ru.PPP.finditer(s):
        if ru.WILL_BEFORE.search(s[max(0, m.start() - 40):m.start()]):
            found.append(m.group(0))  # "будет заменен"
    for pattern in (ru.FUT_FINITE, ru.PRESENT):
        for m in pattern.finditer(s):
            before, after = s[max(0, m.start() - 40):m.start()], s[m.end():m.end() + 60]
            if not ru.NEG.search(before) and not _ru_paperwork(m.group(0).lower(), before, after):
                found.append(m.group(0))
    if ru.PLAN.search(s) and (ru.INF.search(s) or ru.ACTION_NOUN.search(ru.BODY_FIELD.sub(" ", s))):
        found.append(ru.PLAN.search(s).group(0))
    if ru.WILL_INF.search(s):
        found.append("будет+inf")
    found += [m.group(0) for m in ru.ENSURE_FUTURE.finditer(s)]  # "обеспечит подвоз воды"
    found += _instructions(s, RU) + _ru_supply(s, ru.SUPPLY_FUTURE)
    return _drop_review_extension(found, s, RU)


def _ru_verbs(s: str) -> tuple[list[str], list[str]]:
    """(past actions, future actions) among Russian verbs of physical work in sentence `s`.

    A future that is only paperwork ("ответ будет направлен до ...") is no commitment.
    """
    return _ru_past_actions(s), ([] if _ru_only_paper_future(s) else _ru_future_actions(s))


def _ru_only_paper_future(s: str) -> bool:
    """True when the only future verbs in a Russian sentence are paperwork ("ответ будет направлен до ...")."""
    return (bool(re.search(r"\bответ\w*\b", s, re.I)) and not ru.FUT_FINITE.search(s)
            and not ru.PRESENT.search(s) and not ru.PLAN.search(s))


# --------------------------------------------------------------------------
# Kazakh verbs


def _kk_after_words(stem: str, before: str) -> bool:
    """True when `before` ends with a word that makes `stem` something other than work."""
    rule = kk.NOT_WORK_AFTER.get(stem)
    if not rule:
        return False
    words, back = rule
    last = [w for w in before.split() if not kk.DATE_WORD.match(w)][-back:]
    return bool(re.search(rf"\b(?:{words})", " ".join(last), re.I))


def _kk_work_object(stem: str, text: str) -> bool:
    """True when `text` names an object of physical work; for "бер" goods count too."""
    return bool(kk.WORK_OBJECT.search(text) or (stem == "бер" and kk.GOODS.search(text)))


def _kk_clause_before(s: str, start: int) -> str:
    """The clause before position `start` of sentence `s` (from the last ; : or dash), quoted names blanked."""
    clause = re.split(r"[;:—–]", s[:start])[-1][-140:]
    return re.sub(QUOTED_NAME, " ", clause)


def _kk_lacks_own_object(stem: str, before: str, clause: str) -> bool:
    """True when a stem of kk.OWN_OBJECTS has none of its objects before it (or a paper object right before)."""
    objects = kk.OWN_OBJECTS.get(stem)
    if objects is None:
        return False
    if kk.PAPER_OBJECT.search(before[-25:]) and not re.search(objects, before[-25:], re.I):
        return True  # "ескерту жасалып", "кездесу өткізілді"
    return not re.search(objects, clause, re.I)


def _kk_not_work(stem: str, before: str, after: str, clause: str = "") -> bool:
    """True when a Kazakh verb of physical work is something else here (refusal, paperwork, decision)."""
    if _kk_after_words(stem, before) or _kk_lacks_own_object(stem, before, clause):
        return True
    if kk.PAPER_WORK.search(before):
        return True
    if stem in ("тексер", "қабылда"):
        return True  # inspections are not work; acceptance is a decision (kk.DECISION)
    if stem == "тапсыр" and re.search(r"\w+(?:у|ю)(?:ға|ге)?\s+$", before, re.I):
        return True  # "ауыстыру тапсырылды" is an instruction, see _instructions
    if stem not in kk.OBJECT_DEPENDENT:
        return False
    if stem == "бер" and re.search(r"жауап\w*\s+(?:\S+\s+){0,3}$", before, re.I):
        return True
    bare_work = re.search(r"(\S*)\s+жұмыс\w*\s+$", before, re.I)
    if stem == "жүргіз" and bare_work and not kk.WORK_OBJECT.search(bare_work.group(1)) \
            and not kk.WORK_NOUN.search(re.sub(kk.BODY_NAME, " ", clause, flags=re.I)):
        # "мердігермен жұмыс жүргізілуде" is work in general; "жөндеу жұмыстары жүргізілді" is work, and so are
        # "жұмыстар" after the work is named: "құбырды ауыстыру үшін мердігер анықталды, жұмыстар ... жүргізіледі"
        return True
    if kk.PAPER_OBJECT.search(before[-30:]) and not _kk_work_object(stem, before[-30:]):
        return True
    if stem == "бер" and kk.GOODS.search(clause):
        return False  # "«Метформин» препараты ... қолыңызға берілді"
    if stem in kk.NEEDS_WORK_OBJECT and not _kk_work_object(stem, before):
        return True
    return stem == "бөл" and not re.search(kk.COUNT, before + after, re.I)  # "екі автобус бөлінді"


def _kk_converb_tense(rest: str) -> str:
    """The tense of a converb ("жуып", "ауыстырылып"): that of the next finite verb in the rest of the sentence.

    A work verb there says it by its stem and ending ("жуып тазалады" is past: тазала-ды, not a future in
    -ады); otherwise the endings of any verb decide.
    """
    for v in kk.VERB.finditer(rest):
        ending = v.group(3).lower()
        if ending not in ("ып", "іп", "п"):
            return "past" if re.match(kk.PAST + "$", ending) else "future"
    if re.search(r"\b\w+(?:ды|ді|ты|ті)\b", rest) and not re.search(r"\b\w+(?:йды|йді|ады|еді)\b", rest):
        return "past"
    return "future"


def _kk_tense(m: re.Match, s: str) -> str | None:
    """"past", "future" or None (an attributive participle or a condition) for a verb match."""
    ending, after = m.group(3).lower(), s[m.end():m.end() + 40]
    if ending in ("ып", "іп", "п"):
        return _kk_converb_tense(s[m.end():])
    if not re.match(kk.PAST + "$", ending):
        if m.group(1).lower() in kk.PAST_ONLY and not any_match(kk.DEADLINE, s):
            return None
        if ending in ("уда", "уде") and not kk.PREDICATIVE.match(after):
            return None  # "су беруде үзілістер": a verbal noun in the locative, not "is being done"
        return "future"
    if re.match(r"^\s*жағдайда", after):
        return None  # "бөлінген жағдайда" (if allocated) is a condition, not a result
    if ending.startswith(("ған", "ген", "қан", "кен")):
        return _kk_participle_tense(ending, after, s[max(0, m.start() - 40):m.start()])
    return "past"


def _kk_participle_tense(ending: str, after: str, before: str) -> str | None:
    """"past" or None for a participle in -ған/-ген/-қан/-кен (see kk.PAST)."""
    if ending.endswith(("нын", "нін", "ны", "ні")):
        return "past"  # "ауыстырылғанын хабарлаймыз": what was done
    if ending.endswith(("нан", "нен")):
        return "past" if re.match(r"^\s*(?:кейін|соң)", after) else None  # "ауыстырылғаннан кейін"
    if kk.PREDICATIVE.match(after) and not _OLD_YEAR.search(before):
        return "past"
    return None  # attributive participle: "бекітілген Қағидалар", "салынған мектеп"


def _kk_verbs(s: str) -> tuple[list[str], list[str]]:
    """(past actions, future actions) among Kazakh verbs of physical work in sentence `s`."""
    past, fut = [], []
    # a service named ("газбен жабдықтау") or a name in quotes («Маңғыстау су арнасы» МКК-ға берілді) is not an
    # object of work; both are blanked in the text read for objects
    objects = kk.SERVICE_NOUN.sub(lambda m: " " * len(m.group(0)), s)
    objects = re.sub(QUOTED_NAME, lambda m: " " * len(m.group(0)), objects)
    for m in kk.VERB.finditer(s):
        # dates between the object and the verb are left out: "жұмыстар 1 мамырдан 30 маусымға дейін жүргізіледі"
        before = kk.DATE_PHRASE.sub(" ", objects[:m.start()])[-45:]
        after = s[m.end():m.end() + 40]
        if _kk_not_work(m.group(1).lower(), before, after, _kk_clause_before(objects, m.start())):
            continue
        tense = _kk_tense(m, s)
        if tense == "past" and _OLD_YEAR.search(s[max(0, m.start() - 45):m.start()]):
            continue  # "мектеп 1975 жылы салынды": the object's history, not an action on the appeal
        if tense:
            (past if tense == "past" else fut).append(m.group(0))
    for p in kk.RESULT_EXTRA:
        past += [m.group(0) for m in p.finditer(s)]
    fut += _kk_plans(s) + _instructions(s, KK)
    return _drop_review_extension(past, s, KK), _drop_review_extension(fut, s, KK)


def _kk_plans(s: str) -> list[str]:
    work = kk.WORK_NOUN.search(kk.SERVICE_NOUN.sub(" ", s))
    return ["plan"] if kk.PLAN.search(s) and work else []


# --------------------------------------------------------------------------
# Both languages


def _instructions(s: str, L: Tables) -> list[str]:
    """Instructions to an executor in sentence `s` ("поручено заменить", "ауыстыру тапсырылды"), but not
    those to do paperwork ("поручено рассмотреть", "жауап беру тапсырылды")."""
    found = []
    for m in L.instruction.finditer(s):
        if L.instruction_paper_verb.search(m["verb"]) or L.instruction_paper_context.search(m["context"] or ""):
            continue
        found.append(L.instruction_evidence.format(first=m.group(0).split()[0], verb=m["verb"]))
    return found


def _drop_review_extension(words: list[str], s: str, L: Tables) -> list[str]:
    """`words` without the extension of the review period ("срок рассмотрения продлен", "қарау мерзімі ұзартылды")."""
    if not L.review_period.search(s):
        return words
    return [w for w in words if not w.lower().startswith(L.extend_stems)]


@dataclass
class Analysis:
    # the first four are named like the reason codes they give (SUBSTANTIVE_CODES)
    result: bool = False
    commitment: bool = False
    decision: bool = False
    proper_forward: bool = False
    forward: bool = False
    decision_no_facts: bool = False
    regional: bool = False
    evidence: list = None  # (code, words) pairs, for debugging and the bench

    def __post_init__(self):
        self.evidence = []


def analyse(text: str, L: Tables) -> tuple[Analysis, list[str], str]:
    """The analysis of an answer with the tables of its language: (analysis, sentences, clean text)."""
    clean = mask(normalise(text))
    sentences = split_sentences(clean)
    a = Analysis()
    personal = any_match(L.local_strict, clean) or bool(L.local_loose.search(clean))
    wide = [_is_wide(s, L) for s in sentences]
    # the tie to the person's problem is loose: any object, place or "Ваш/Сіздің", or an answer
    # that speaks of nothing region- or city-wide
    personal = personal or not any(wide)

    forward_sentences = []
    for i, s in enumerate(sentences):
        # region- or city-wide: "в Мангистауской области", "облыс бойынша", "ремонт 15 улиц города"
        regional = wide[i]
        if regional and (any_match(L.figure, s) or re.search(r"\d{4}", s)):
            a.regional = True
        past, fut = L.verbs(s)
        is_forward = bool(L.forward.search(s) and L.appeal_word.search(s))
        if is_forward and L.forward_given and not L.forward_sent.search(s):
            is_forward = bool(L.forward_given.search(s) and L.body.search(s))
        if is_forward:
            forward_sentences.append(s)
            a.forward = True
            # actions named in a forwarding sentence are the forward itself
            if L.forward_actions:
                past = [w for w in past if not L.forward_actions.match(w)]
        tied = personal and not regional
        if past and tied:
            a.result = True
            a.evidence.append(("result", tuple(past)))
        if fut and tied and _commits(fut, s, clean, L):
            a.commitment = True
            a.evidence.append(("commitment", tuple(fut)))
        if L.decision_no_facts.search(s):
            a.decision_no_facts = True
        if personal and _queue_position(sentences, i, L):
            a.decision = True
            a.evidence.append(("decision", (L.queue_position.search(s).group(0),)))
        if L.decision.search(s) and not L.decision_no_facts.search(s) and not regional and personal:
            # facts may be in this or the next sentence
            window = " ".join(sentences[i:i + 2])
            if any_match(L.facts, window) or _has_fact_number(window):
                a.decision = True
                a.evidence.append(("decision", (L.decision.search(s).group(0),)))
            elif not a.decision:
                a.decision_no_facts = a.decision_no_facts or bool(L.refusal.search(s))

    if forward_sentences:
        fs = " ".join(forward_sentences)
        body = bool(L.body.search(fs))
        date_or_reg = any_match(L.date, fs) or bool(L.reg.search(fs))
        reason = bool(L.reason.search(clean))
        next_step = any(any_match(L.deadline, s) and L.next_step.search(s) for s in sentences)
        if body and date_or_reg and reason and next_step:
            a.proper_forward = True
    return a, sentences, clean


def _commits(fut: list[str], s: str, clean: str, L: Tables) -> bool:
    """True when the future actions of sentence s make a commitment: dated, or with a named executor.

    A bare plan ("жөндеу жоспарлануда", "салу көзделген") says only that something is intended: it counts
    with a date and with the person's own object or place named, never on an executor alone.
    """
    dated = any_match(L.date, blank(_DOCUMENT_DATE, s))
    if all(w == "plan" for w in fut):
        return dated and (any_match(L.own_object, s) or any_match(L.place, s) or any_match(L.own_object, clean))
    return dated or any_match(L.executor, s)


def _without_place_lists(s: str, L: Tables) -> str:
    """Sentence s with its lists of several places blanked out; streets at a crossing stay."""
    out, end = [], 0
    for m in L.place_list.finditer(s):
        around = s[max(0, m.start() - 25):m.end() + 15]
        if L.crossing.search(around):
            continue
        head = _LIST_HEAD.search(s[end:m.start()])
        start = end + head.start() if head else m.start()
        out += [s[end:start], " "]
        end = m.end()
    return "".join(out) + s[end:]


def _without_body_names(s: str) -> str:
    """Sentence s with names in quotes, the regions of body names (_BODY_REGION) and of thresholds
    (_THRESHOLD_REGION) left out."""
    s = re.sub(QUOTED_NAME, "«»", s)
    for p in _BODY_REGION + _THRESHOLD_REGION:
        s = p.sub(lambda m: m.group(1) + " ", s)
    return s


def _is_wide(s: str, L: Tables) -> bool:
    """True when sentence s speaks of a region, a city or a district as a whole, not of the person's object.

    Wide are: the region or the republic; counts of streets, roads, villages or yards ("4 улицы в
    с. Баутино" are other streets of the village, not the person's); several places listed; "other
    streets" (in their own clause); a city or district with figures ("акиматом Мунайлинского района
    установлено 420 светильников"). The person's own street, house or address named outside a list ties
    any of these to the person. A single named village or microdistrict, or the person as a recipient
    ("Решением акимата района Вам выделен сертификат на 1,5 млн тенге"), only keeps a city or district
    sentence local. Regions in the names of bodies do not count (_without_body_names).
    """
    # "other streets" are not the person's even when their own street is named in another clause:
    # "в Вашем селе отремонтированы другие улицы, ремонт Вашей улицы будет рассмотрен"
    # the appeal's topic restated ("По Вашему обращению о тротуаре у дома № 15 сообщаем, что") is not where
    # the work was done: what follows must name the person's object itself
    s = L.topic.sub(" ", s, count=1)
    if any(L.other_places.search(c) and not any_match(L.own_object, c) for c in re.split(r"[,;:]", s)):
        return True
    rest = _without_place_lists(s, L)
    if any_match(L.own_object, rest):
        return False
    listed = rest != s  # several places were listed and blanked out
    if listed or L.regional.search(_without_body_names(s)) or L.aggregate.search(s):
        return True
    if not (L.citywide.search(s) and any_match(L.figure, s)):
        return False
    return not (any_match(L.place, rest) or L.recipient.search(L.address_form.sub(" ", s)))


def _has_fact_number(window: str) -> bool:
    """True when a number remains after removing dates, years, and law, order and registration numbers."""
    return bool(re.search(r"\d", blank(_NOT_FACT_NUMBERS, window)))


def _queue_position(sentences: list[str], i: int, L: Tables) -> bool:
    """True when sentence i states a position in a queue named in it or next to it."""
    if not L.queue_position.search(sentences[i]):
        return False
    return bool(L.queue_word.search(" ".join(sentences[max(0, i - 1):i + 2])))


def _tables(module, verbs: Callable) -> Tables:
    return Tables(verbs=verbs, **{f.name: getattr(module, f.name.upper()) for f in fields(Tables) if f.name != "verbs"})


RU = _tables(ru, _ru_verbs)
KK = _tables(kk, _kk_verbs)
TABLES = {"ru": RU, "kk": KK}

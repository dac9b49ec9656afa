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
(RU_WORK_OBJECT, KK_WORK_OBJECT, _KK_WORK_NOUNS), so "осуществлён приём" or "проведена работа по
обращению" stay paperwork. A service that started ("автобус начал курсировать", "автобус жүре бастады")
is a result, and a grant to the person ("Сізге ... берілді", "отбасыңызға ... тағайындалды") a decision.

Results and commitments count only when they are tied to the person's own
object: their street, house or address named in the sentence, or "Ваш дом",
"по Вашему адресу", "Сіздің үйіңіз". A sentence is region- or city-wide (see
_is_wide) when it speaks of the region; counts streets, roads, villages or
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
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


_KK_LETTERS = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


_CYRILLIC_WORD = re.compile(r"[^\W\d_]*[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ][^\W\d_]*")
_QUOTED = re.compile(r"«[^»]*»|\"[^\"]*\"|“[^”]*”")


def guess_lang(text: str) -> str:
    """"kk" when letters specific to Kazakh (әғқңөұүһі) are used, else "ru".

    A Russian answer often holds Kazakh names («Ауыл – Ел бесігі», с. Құрық),
    so names are set aside (quoted or capitalised words) and it is the share
    of the remaining words that counts: "kk" when at least 15 % of them have a
    Kazakh letter (Kazakh answers run 45 % and up, Russian ones near 0).
    """
    text = text or ""
    words = [w for w in _CYRILLIC_WORD.findall(_QUOTED.sub(" ", text)) if not w[0].isupper()]
    if not words:  # only names: fall back to any Kazakh letter at all
        return "kk" if _KK_LETTERS.search(text) else "ru"
    kazakh = sum(1 for w in words if _KK_LETTERS.search(w))
    return "kk" if kazakh / len(words) >= 0.15 else "ru"


# --------------------------------------------------------------------------
# Text preparation

_ABBREVIATIONS = {
    "с", "г", "ул", "пос", "п", "мкр", "д", "кв", "пр", "просп", "р", "обл", "тыс", "млн", "млрд", "исх", "вх",
    "им", "см", "т", "е", "др", "пр-т", "ст", "ч", "рис", "тел", "каб", "корп", "стр", "мм", "гг", "руб", "тг",
    "а", "о", "м", "б", "в", "к", "н", "ж",
}
_SPLIT_RE = re.compile(r"(?<=[.!?…])\s+(?=[«\"(]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9№])")


def _normalise(text: str) -> str:
    text = text.replace("ё", "е").replace("Ё", "Е")
    text = re.sub(r"[\u00a0\u202f\u2009\u2007]", " ", text)
    text = text.replace("−", "-")
    return re.sub(r"[ \t]+", " ", text).strip()


def _sentences(text: str) -> list[str]:
    parts = []
    for chunk in re.split(r"[\r\n]+", text):
        start = 0
        for m in _SPLIT_RE.finditer(chunk):
            before = chunk[start:m.start()].rstrip(".!?… ")
            last = re.split(r"[\s(]", before)[-1].lower() if before else ""
            if last in _ABBREVIATIONS or (len(last) == 1 and last.isalpha()):
                continue  # "с. Шетпе", "ул. Абая", "А. М. Сейтказиев"
            parts.append(chunk[start:m.start()].strip())
            start = m.end()
        parts.append(chunk[start:].strip())
    return [p for p in parts if p]


# A name in quotes, with one nested name as Kazakh letters write it:
# «Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КеАҚ.
_QUOTED_NAME = r"[«\"][^«»\"]+[»\"](?:[^«»\".]{1,40}[»\"])?"
# legal forms that come before the name in Russian (ТОО «...») and after it in Kazakh («...» ЖШС)
_RU_FORMS = r"(?:ТОО|АО|НАО|ГКП|КГП|ИП|ГУ|КГУ|РГП|РГУ|ПК|КСК|ПКСК|ОСИ|ЧК|МКК|МКП|ГККП)"
_KK_FORMS = r"(?:ЖШС|АҚ|КеАҚ|МКК|ЖК|ММ|КММ|РММ|КМК|ШЖҚ|МКМ|ПИК|КСК|ТОО|АО|ГКП)"


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


def _any(patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


# --------------------------------------------------------------------------
# Russian

# Numbers written as words count like digits: "в течение трех дней", "выделит два автобуса".
# "один/одна" is left out: it is as often a pronoun ("один из").
RU_NUM_WORD = (r"(?:два|две|двух|двум|три|трех|трем|четыре|четырех|пять|пяти|шесть|шести|семь|семи|восемь|восьми|"
               r"девять|девяти|десять|десяти|пятнадцать|пятнадцати|двадцать|двадцати|тридцать|тридцати)")
_RU_COUNT = rf"(?:\d+|{RU_NUM_WORD})"

_RU_MONTHS_GEN = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_RU_MONTHS_PREP = r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_RU_QUARTER = r"(?:I{1,3}|IV|[1-4](?:-?м)?|первом|втором|третьем|четвертом)"
# A month in any case, for periods without a day: "с июня по август 2025 года", "на май — июнь 2025 года".
_RU_MONTH_ANY = (r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?|"
                 r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе])")

RU_DATE = [
    _rx(rf"\b\d{{1,2}}\s+{_RU_MONTHS_GEN}"),
    _rx(rf"\bв\s+{_RU_MONTHS_PREP}\b"),
    _rx(rf"\b(?:в|во|к|до)\s+(?:конц[еау]\s+)?{_RU_QUARTER}\s+(?:квартал|полугоди)\w*"),
    _rx(r"\bв\s+\d{4}\s+году\b"),
    _rx(rf"\bв\s+течение\s+(?:{_RU_COUNT}|одного|месяца|недели|года)"),
    _rx(rf"\bдо\s+конца\s+(?:\d{{4}}\s+года|года|месяца|недели|{_RU_MONTHS_GEN})"),
    _rx(r"\bне\s+позднее\b"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
    _rx(r"\bв\s+срок\s+до\b"),
    _rx(r"\b(?:до|к)\s+\d{1,2}\s+числа\b"),
    # by an event of the year: "к началу учебного года", "до начала отопительного сезона"
    _rx(r"\b(?:к|до)\s+(?:началу|начала)\s+(?:учебного\s+года|отопительного\s+сезона|зимы)"),
    # a period of months, or a month of a year, with no day: "с июня по август", "май — июнь", "мая 2025 года"
    _rx(rf"\b{_RU_MONTH_ANY}\s*(?:[-–—]|\bпо\b)\s*{_RU_MONTH_ANY}\b"),
    _rx(rf"\b{_RU_MONTH_ANY}\s+\d{{4}}\s*(?:года|г\.)"),
]
# Deadline-type dates only: the next step of a forward must say by when.
RU_DEADLINE = [
    _rx(rf"\b(?:до|к|не\s+позднее)\s+\d{{1,2}}\s+{_RU_MONTHS_GEN}"),
    _rx(r"\b(?:до|не\s+позднее)\s+\d{1,2}\.\d{1,2}\.\d{2,4}"),
    _rx(rf"\bв\s+течение\s+(?:{_RU_COUNT}|одного)\s+\w*\s*(?:дн|день|дня|недел|месяц|час|сут)"),
]

# Verbs of physical work, by conjugation family. One stem gives every form the
# detector needs: the short passive participle (заменен), the past (заменил),
# the future (заменит) and the infinitive (заменить), so a new verb is one word
# in one list. The families:
#   "ить"   замен-ить   -> заменен, заменил, заменит; the participle changes the
#           last consonant (установ- -> установлен, очист- -> очищен, сниз- -> снижен)
#   "овать" ремонтир-овать, after an optional prefix (от-, за-, про-, с-, де-, ре-, у-)
#           -> отремонтирован, отремонтировал, отремонтирует
#   "ать"   откача-ть   -> откачан, откачал, откачает
#   "ыть"   промы-ть    -> промыт, промыл, промоет
#   "сти"   провед-     -> проведен, провел, проведет (провести, ввести, приобрести)
#   "зти"   вывез-      -> вывезен, вывез(ла), вывезет (вывезти, нанести, снести)
#   "нуть"  протя-      -> протянут, протянул, протянет (протянуть, подтянуть)
_RU_VERBS = {
    "ить": "замен установ восстанов подключ отключ устран выполн выдел назнач начисл выплат перечисл зачисл "
           "постро обустро благоустро улож пролож заверш очист прочист сократ продл выпуст сниз уменьш налож "
           "возобнов огород достав освет высад озелен утепл погас возврат укреп закреп исправ запуст "
           "покрас выровн отлов помест расчист спил почин оплат трудоустро побел расшир выруб оснаст завар "
           "уплотн пробур пристро осуществ",
    "овать": "ремонтир монтир асфальтир бетонир ликвидир отрегулир конструир газифицир электрифицир "
             "дезинфицир комплект оборуд организ трамб курсир грейдир",
    "ать": "откача пересчита списа засыпа отсыпа подсыпа посыпа поменя залата обреза убра выкопа",
    "ыть": "промы вымы покры откры зали",
    "сти": "провед произвед введ довед приобрет",
    "зти": "вывез завез подвез довез нанес снес",
    "нуть": "протя подтя",
}
_RU_PREFIX = "(?:от|за|про|с|де|ре|у)?"
# consonant changes in the participle of -ить verbs: очист- -> очищ-, выплат- -> выплач-/освещ-
_RU_MUTATION = (("ст", "щ"), ("т", "(?:ч|щ)"), ("д", "(?:ж|жд)"), ("з", "ж"), ("с", "ш"),
                ("в", "вл"), ("б", "бл"), ("п", "пл"), ("м", "мл"), ("ф", "фл"))


def _ru_mutate(stem: str) -> str:
    for end, repl in _RU_MUTATION:
        if stem.endswith(end):
            return stem[:-len(end)] + repl
    return stem


def _ru_forms(family: str, stem: str) -> tuple[str, str, str, str]:
    """(participle, past, future, infinitive) patterns of one verb, without the short-form endings."""
    if family == "ить":
        return _ru_mutate(stem) + "ен", stem + "ил", stem + "(?:ит|ят|ат)", stem + "ить"
    if family == "овать":
        s = _RU_PREFIX + stem
        return s + "ован", s + "овал", s + "у(?:ет|ют)", s + "овать"
    if family == "ать":
        return stem + "н", stem + "л", stem + "(?:ет|ют)", stem + "ть"
    if family == "ыть":
        return stem + "т", stem + "л", stem[:-1] + "о(?:ет|ют)", stem + "ть"
    if family == "сти":
        return stem + "ен", stem[:-1] + "л", stem + "(?:ет|ут)", stem[:-1] + "сти"
    if family == "нуть":
        return stem + "нут", stem + "нул", stem + "н(?:ет|ут)", stem + "нуть"
    return stem + "ен", stem + "(?:л(?=[аои]))?", stem + "(?:ет|ут)", stem + "ти"  # "зти"


def _ru_alternation(index: int, extra: tuple[str, ...] = ()) -> str:
    forms = [_ru_forms(fam, st)[index] for fam, stems in _RU_VERBS.items() for st in stems.split()]
    return "|".join(sorted(forms + list(extra), key=len, reverse=True))


# short participles: заменен(а/о/ы), отремонтирован(а/о/ы), промыт(а/о/ы), and "начат", "выдан"
RU_PPP = _rx(rf"\b(?:{_ru_alternation(0, ('начат', 'выдан'))})[аоы]?\b")
# past: заменил(а/о/и), вывез(ла/ли)
RU_PAST_ACTIVE = _rx(rf"\b(?:{_ru_alternation(1, ('начал', 'приступил', 'вернул'))})[аои]?\b")
# future: заменит, заменят, проведет, проведется, откроет, начнет
RU_FUT_FINITE = _rx(rf"\b(?:{_ru_alternation(2, ('начн(?:ет|ут)', 'приступ(?:ит|ят)'))})(?:ся)?\b")
# infinitives of these verbs, perfective or not: "заменить", "доставляться", "производить"
_RU_STEMS_ANY = "|".join(sorted({_ru_mutate(st) for stems in _RU_VERBS.values() for st in stems.split()}
                                | {st for stems in _RU_VERBS.values() for st in stems.split()}, key=len, reverse=True))
RU_INF = _rx(rf"\b\w{{0,4}}(?:{_RU_STEMS_ANY})\w*(?:ть|ти)(?:сь|ся)?\b")
# The present tense is work under way, or planned from a date: "маршрут продлевается с 1 сентября",
# "ремонт выполняет ТОО ...". The imperfective stem is the perfective one for most verbs
# (продл-евается, замен-яется, выполн-яет); the others are listed here.
_RU_IMPERFECTIVE = ("устанавлив восстанавлив провод производ ввод вывоз завоз подвоз довоз перевоз очища выплачива "
                    "заверша сокраща выпуска снижа уклад проклад стро освеща расчища отлавлива высажива")
_RU_PRESENT_STEMS = "|".join(sorted({st for stems in _RU_VERBS.values() for st in stems.split()}
                                    | set(_RU_IMPERFECTIVE.split()), key=len, reverse=True))
RU_PRESENT = _rx(rf"\b(?:{_RU_PRESENT_STEMS})\w{{0,6}}?(?:ет|ют|ит|ят|ут)(?:ся)?\b")
RU_WILL_INF = _rx(rf"\bбуд(?:ет|ут)\s+(?:\S+\s+){{0,2}}?\w{{0,4}}(?:{_RU_STEMS_ANY})\w*(?:ть|ти)(?:ся)?\b")
RU_PLAN = _rx(r"\b(?:планиру\w*|запланирован\w*|предусмотрен\w*|поручен[оаы]?|поручил\w*|обязан\w*|обязал\w*|"
              r"предписан\w*|выдано\s+предписание|включен\w*\s+в\s+(?:план|график|перечень|титульн)\w*|"
              r"ведутся|ведется|продолжа\w*|начаты|идут)\b")
RU_ACTION_NOUN = _rx(
    r"\b(?:ремонт\w*|замен[аеуы]\w*|строительств\w*|реконструкц\w*|установк\w*|подключени\w*|прокладк\w*|"
    r"асфальтир\w*|благоустройств\w*|подвоз\w*|вывоз\w*|очистк\w*|прочистк\w*|покраск\w*|монтаж\w*|"
    r"демонтаж\w*|снос\w*|замер\w*|опрессовк\w*|промывк\w*|газификац\w*|освещени\w*|достройк\w*|"
    r"ввод\w*\s+(?:\S+\s+){0,2}?в\s+эксплуатаци\w*|"
    r"работ[ыа]?\s+по\s+(?!разъясн|рассмотр|изучени|проработк|мониторинг|контрол|профилакт|информир)\w+)\b"
)
# Objects that make "провести/произвести/выполнить" physical work, and those that make it paperwork.
# "работы по ремонту" are work; "работа по обращению", "работа по разъяснению" are not.
RU_WORK_OBJECT = _rx(r"ремонт|замен|перерасчет|прочистк|очистк|замер|установк|монтаж|"
                     r"работ[ыа]?\s+по\s+(?!обращени|вопрос|данному|указанному|Ваш|разъясн|рассмотр|изучени|"
                     r"проработк|мониторинг|контрол|профилакт|информир)|"
                     r"подключени|асфальт|покраск|благоустройств|дезинфекц|дезинсекц|дератизац|промывк|опрессовк|"
                     r"строительн|прокладк|обрезк|санитарн|вывоз|подвоз|ямочн|грейдир|планировк|отсыпк|подсыпк|"
                     r"засыпк|спил|вырубк|покос|уборк|откачк|бурени|укладк|окраск|побелк|утеплени|герметизац|"
                     r"остеклени|озеленени|посадк|отлов|вакцинац|демонтаж|снос|переподключени|ограждени|"
                     r"доставк|перевозк|транспортировк")
# (utilities and payments are left out: "проверка качества водоснабжения" is a topic, not work)
RU_PAPER_OBJECT = _rx(r"разъясн|работ[аы]?\s+с\b|обследовани|проверк|беседа|беседу|встреч|мониторинг|совещани|"
                      r"рейд|собрани|анализ|изучени|консультац|рассмотрени|выезд|прием|приём|разговор|"
                      r"профилактическ|рекомендац|предупрежден")
RU_NEG = _rx(r"\bне\s+$")

# Supplying a utility is work: "горячая вода подана 9 октября", "газ будет подан до 1 мая". The verb
# alone is not: "заявление (на подключение газа) подано", "Вы подали заявление на подачу воды" are the
# person's own paperwork, so a utility must be named and no document before the verb or right after it.
RU_SUPPLY_PAST = _rx(r"\bпода(?:н[аоы]?|л[аои]?)\b")
RU_SUPPLY_FUTURE = _rx(r"\bпода(?:ст|дут|ется|ются)\b|\bбуд(?:ет|ут)\s+подан[аоы]?\b")
RU_UTILITY = _rx(r"\b(?:вод[аеуы]|газ\w*|тепл\w*|отоплени\w*|электроэнерги\w*|электричеств\w*|свет|напряжени\w*)\b")
RU_DOCUMENT = _rx(r"\b(?:заявлени|заявк|жалоб|обращени|документ|ходатайств|иск|запрос|сведени)\w*")

RU_WILL_PAPER = _rx(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,3}?(?:рассмотр|изучен|учтен|дан|направлен|сообщ|принят|"
                    r"решен|проинформир|отработан|проработан|предоставлен\w*\s+ответ)")

RU_EXECUTOR = [
    _rx(rf"\b{_RU_FORMS}\b\s*(?:на\s+ПХВ\s*)?[«\"]", 0),
    _rx(rf"{_QUOTED_NAME}\s*(?:ТОО|АО|ИП|ГКП)\b", 0),
    _rx(r"\bподрядчик\w*|\bподрядн\w+\s+организац\w*|\bподрядн\w+"),
    _rx(r"\bаким\w*\s+(?:\w+\s+){0,2}(?:сельского|поселкового|городского)\s+округа"),
    _rx(r"\bаппарат\w*\s+акима"),
    _rx(r"\b(?:аким\w*|акимат\w*)\s+(?:\w+\s+)?(?:района|города|села|поселка)"),
    _rx(r"\bаварийн\w+\s+(?:бригад|служб)\w*"),
    _rx(r"\b(?:начальник|директор|руководител|заместител|главн\w+\s+врач|инженер|участков\w+\s+инспектор)\w*\s+"
        r"(?:\w+\s+){0,3}[А-Я][а-я]+\w*\s+[А-Я]\.", 0),    # a post of a named body is an executor too: "главному врачу Бейнеуской районной больницы"
    _rx(r"\b(?:главн\w+\s+врач|начальник|директор|руководител|заведующ|председател)\w*\s+(?:\w+\s+){0,3}?"
        r"(?:[А-Я]\w+|ГКП|ТОО|АО|КГУ|ГУ|РЭС)"),
    _rx(r"\bзаместител\w*\s+акима\b"),
]

# Work that is "обеспечен(а)" or "обеспечит": supplies and transport named by a noun.
_RU_ENSURED_WORK = r"(?:подвоз|вывоз|доставк|подач[аиу]|подключени|перевозк|транспортировк|освещени)\w*"
RU_ENSURE_FUTURE = _rx(rf"\b(?:обеспеч(?:ит|ат)|будет\s+обеспечен[аоы]?)\s+(?:\S+\s+)?{_RU_ENSURED_WORK}")

RU_RESULT_EXTRA = [
    _rx(r"\bначал[аи]?\s+работ(?:у|ать)\b"),
    # a service started: "автобус начал курсировать", "вода начала поступать"
    _rx(r"\bначал[аои]?\s+(?:курсировать|ходить|функционировать|действовать|поступать|подаваться)\b"),
    _rx(r"\bвыехал[аи]?\s+на\s+место\b"),
    _rx(r"\bналожен\w*\s+штраф|\bпривлечен\w*\s+к\s+(?:административной\s+)?ответственности"),
    _rx(r"\bвозобновлен[аоы]?\b"),
    # supplied with a utility: "обеспечены горячей водой", not "обеспечен контроль"
    _rx(r"\bобеспечен[аоы]?\s+(?:\S+\s+)?(?:вод|тепл|газ|свет|электроэнерги|отоплени|питьев)\w*"),
    # ... or with work named by a noun: "обеспечен подвоз воды", "обеспечена доставка угля"; not "обеспечен контроль"
    _rx(rf"\bобеспечен[аоы]?\s+(?:\S+\s+)?{_RU_ENSURED_WORK}|{_RU_ENSURED_WORK}\s+(?:\S+\s+){{0,3}}?обеспечен[аоы]?\b"),
    _rx(r"\bпередан[аоы]?\s+(?:нов\w+|\d+)"),
    # hiring: "на работу принят врач-педиатр", "принята медсестра", "трудоустроен"
    _rx(r"\bпринят[аоы]?\s+на\s+(?:работу|должность)|\bна\s+(?:работу|должность)\s+(?:\S+\s+){0,6}?принят[аоы]?\b|"
        r"\bпринят[аоы]?\s+(?:\S+\s+)?(?:врач|педиатр|фельдшер|медсестр|акушер|учител|педагог|воспитател|"
        r"инженер|специалист)\w*"),
]

RU_DECISION = _rx(
    r"\b(?:отказано|отказать|одобрен[аоы]?|удовлетворен[аоы]?|решен[аоы]?\s+положительно|(?<!будет\s)принято\s+решение(?!\s+о\s+рассмотр)|"
    r"решение\s+о\s+(?:выделении|назначении|предоставлении|отказе)|назначен[аоы]?|назначить|зачислен[аоы]?|"
    # a decision taken in the infinitive: "решено выделить грант", "комиссией решено предоставить жилье"
    r"решено\s+(?:\S+\s+)?(?:выделить|назначить|предоставить|удовлетворить|включить|принять|зачислить)|"
    r"поставлен[аоы]?\s+(?:на\s+учет|в\s+очередь)|включен[аоы]?\s+в\s+(?:список|очередь|реестр)|"
    r"выдан[аоы]?\s+(?:\S+\s+)?разрешени\w*|разрешени\w*\s+(?:\S+\s+){0,3}?выдан[аоы]?|"
    r"предоставлен[аоы]?|выделен[аоы]?|принят[аы]?\s+в\s+(?:\d+|детск\w*|школ\w*|класс\w*|групп\w*|лице\w*|гимнази\w*)|"
    # left out of a list or a plan ("ул. Жагалау в перечень не вошла"): a refusal, see _REFUSAL
    r"не\s+вошл[аои]?|не\s+включен[аоы]?)\b"
    r"(?!\s+(?:\S+\s+)?(?:информаци|ответ|разъяснени|консультаци|проверк|комисси|встреч|прием|совещани|"
    r"рассмотрени|обследовани|беседа|срок))"
)
RU_DECISION_NO_FACTS = _rx(
    r"нарушени\w*\s+(?:\S+\s+){0,6}?не\s+(?:усматрива|выявлен|установлен|обнаружен)\w*|"
    r"оснований\s+(?:\S+\s+){0,3}?(?:не\s+(?:имеется|усматрива)\w*|нет)|"
    r"отказано\s+(?:как|в\s+связи\s+с\s+несоответствием|ввиду\s+несоответствия)|"
    r"не\s+соответствующ\w+\s+требованиям|не\s+нашл\w*\s+подтверждени"
)
RU_FACT = [
    _rx(r"\d[\d ]*(?:,\d+)?\s*(?:тенге|тг\b|₸|млн\s+тенге)"),
    _rx(r"\bномер\w*\s+(?:в\s+очереди\s*)?[—–:-]?\s*\d+|\bочеред\w*\s+(?:под\s+)?(?:номер\w*|№)\s*\d+|\bпод\s+номером\s+\d+"),
    _rx(r"\d+(?:,\d+)?\s*(?:га|кв\.\s*м|м2|м²|кВ|км|сот\w*)\b"),
    _rx(r"\bакт\w*\s+(?:\w+\s+){0,2}от\s+\d"),
    _rx(r"\bкласс\b|\bгрупп[уаы]\b"),
    _rx(r"\bдоход\w*\s+(?:\w+\s+){0,6}составил"),
]

# A queue position is a decision with its fact in one: "номер очереди по состоянию на 1 мая — 387".
# It counts when the queue or the register is named in the same or a neighbouring sentence.
# A date may stand between: "Номер в очереди по состоянию на 01.10.2024 — 2 417".
RU_QUEUE_POSITION = _rx(r"\bномер\w*(?:\s+(?:\d{1,2}\.\d{1,2}\.\d{2,4}|[^\s.;:—–]+)){0,8}?\s*(?:[—–:]|\s-)\s*\d+|"
                        r"\bочеред\w*\s+(?:\S+\s+){0,2}?(?:под\s+)?(?:номер\w*|№)\s*\d+|"
                        r"\bпод\s+(?:№|номером)\s*\d+")  # "в очереди ... по категории «...» под № 1 874"
RU_QUEUE_WORD = _rx(r"\bочеред\w*|\bна\s+учет|\bна\s+учете|\b(?:лист|списо?к)\w*\s+ожидания")

# "направлено в ГУ ...", and to a person: "направлено ему", "направлено акиму округа"
# The letter and its number may stand between the verb and the body: "направлено письмом исх. № 02-14/812 в АО ...".
RU_FORWARD = _rx(r"\b(?:пере)?(?:направлен[оаы]?|передан[оаы]?|переадресован[оаы]?)\s+(?:\S+\s+){0,6}?"
                 r"(?:в|во|на\s+рассмотрение\s+в|ему|ей|им|аким\w*|руководител\w*|начальник\w*|директор\w*)\b")
RU_APPEAL_WORD = _rx(r"\b(?:обращени|заявлени|жалоб|запрос)\w*")
RU_BODY = _rx(rf"\b{_RU_FORMS}\s*[«\"]|\bкорпораци\w*|\bфилиал\w*|\bуправлени\w*|\bдепартамент\w*|"
              r"\bакимат\w*|\bотдел\w*|"
              r"\bкомитет\w*|\bминистерств\w*|\bаким\w*|\bинспекци\w*|\bпрокуратур\w*|\bполици\w*|\bслужб\w*")
RU_REG = _rx(r"№\s*\S*\d|\bисх\.|\bвх\.|письмом\s+от\s+\d")
RU_REASON = _rx(r"\bпоскольку\b|\bтак\s+как\b|\bв\s+связи\s+с\s+тем\b|\bввиду\b|\bотносится\s+к\s+(?:\S+\s+){0,2}компетенции|"
                r"\bне\s+входит\s+в\s+(?:\S+\s+){0,2}компетенци|\bв\s+компетенци\w+\s+которого|\bпо\s+компетенции\b|"
                r"\bв\s+ведении\b|\bявляется\s+(?:собственником|балансодержателем|владельцем)")
RU_NEXT_STEP = _rx(r"\b(?:рассмотр|направ|дас[тц]|дадут|провер|сообщ|ответ|информир|уведом|примет|выполн|провед|устран)\w*")

RU_LAW = _rx(r"\b(?:стать\w+\s+\d|ст\.\s*\d|пункт\w*\s+\d|подпункт\w*|закон\w*|кодекс\w*|правил(?:ами|а|ам)\b|приказ\w*|"
             r"постановлени\w*|в\s+соответствии\s+с|согласно)\b")
RU_SENDS = _rx(r"\bобратит\w*|\bобратиться\b|\bможете\s+(?:получить|обратиться|узнать)|\bcall-?центр\w*|\bколл-?центр\w*|"
               r"\bпо\s+телефону\s+\d|\bпо\s+номеру\s+\d|\bwww\.|\.kz\b|\bинтернет-ресурс\w*|\bсайт\w*|\bприложени\w*\s+\w+|"
               r"\bрекомендуем\s+обратиться|\bвправе\s+обратиться|\bследует\s+обратиться|\bв\s+суд\w*\s+порядке")
RU_VAGUE = _rx(r"\bна\s+(?:постоянном\s+)?контрол\w*|\bудел\w*\s+(?:\S+\s+){0,3}?внимани\w*|"
               r"\bпринят\w*\s+(?:во\s+внимание|к\s+сведению)|\bбудет\s+учтен\w*|\bучтен\w*\s+при|"
               r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,2}?(?:рассмотрен|изучен|проработан)\w*|\bв\s+ближайшее\s+время|"
               r"\bсоответствующ\w+\s+(?:меры|решени\w*|работ\w*)|\bна\s+(?:постоянном\s+)?мониторинге|"
               r"\bпроведен\w*\s+(?:определенн\w+\s+)?работ[аы]\b|\bпри\s+наличии\s+(?:финансирования|средств)|"
               r"\bнаходится\s+на\s+(?:рассмотрении|контроле|изучении)|\bвзят\w*\s+на\s+контроль|\bпо\s+возможности")
RU_PROCEDURE = _rx(r"\bв\s+порядке\s+(?:общей\s+)?очередност\w*|\bпо\s+мере\s+(?:выделения|поступления|строительства|финансирования)\w*|"
                   r"\begov\b|\bэлектронного\s+правительства|\bЦОН\w*|\bцентр\w*\s+обслуживания\s+населения|\bпоэтапно\b|"
                   r"\bв\s+установленном\s+порядке|\bподается\s+через")
RU_EXPLAIN = _rx(r"\bразъясн\w*|\bрекомендаци\w*|\bпредупрежден\w*|\bпроведена\s+беседа|\bпрофилактическ\w+\s+бесед\w*|"
                 r"\bпроинформирован\w*|\bдоведен\w*\s+до\s+сведения")
RU_REGIONAL = _rx(r"\b(?:в|по)\s+(?:Мангистауской\s+)?области\b|\bв\s+регион(?:е)?\b|\bрегиона\b|\bпо\s+региону\b|"
                  r"\bпо\s+республике\b|\bв\s+республике\b|\bпо\s+стране\b|\bещ[её]\s+\d+\s+объект\w*|\bво\s+всех\s+районах")
# Counts of public objects: "ремонт 38 внутриквартальных дорог", "в 42 сёлах", "4 улиц в с. Баутино".
# Only the person's own street or house named in the sentence ties such a sentence to them (_is_wide).
# A number after "№" is a name, not a count ("школа № 4").
# "All houses", "все дома", are not the person's either.
RU_AGGREGATE = _rx(rf"(?<!№)(?<!№\s)\b{_RU_COUNT}\s+(?:\w+\s+)?(?:улиц|дорог|объект|населенн\w+\s+пункт|сел|школ|двор|"
                   r"многоквартирн)\w*|\bвсе(?:х|м)?\s+(?:\w+\s+)?(?:дом|улиц|сел|двор|микрорайон|жител)\w*")
# A city or a district as a whole, in any case: "в городе", "по району", "акиматом Мунайлинского района",
# "в Мунайлинском районе", "города Актау". The abbreviation "г. Актау" is left out: it ends most addresses.
RU_CITYWIDE = _rx(r"\b(?:в|по)\s+г\.|\b(?:район|город)(?:а|е|у|ом)?\b")
# Figures that make a city or district sentence statistics: money, lengths, shares and counted objects,
# public ones included ("420 светильников", "14 детских площадок").
RU_FIGURE = [
    _rx(r"\d[\d ,]*\s*(?:км|млрд|млн|тыс|%|объект\w*|единиц\w*|кубометр\w*|населенн\w+\s+пункт\w*|дом\w*|сел\w*)"),
    _rx(rf"\b{_RU_COUNT}\s+(?:\w+\s+){{0,2}}(?:светильник|фонар|опор|дерев|саженц|площад|двор|контейнер|мусоровоз|"
        r"автобус|машин|техник|квартир|светофор|врач|учител|специалист|граждан|семей|семьям|жител)\w*"),
]
# The person's own object: a named street or house, a numbered school, "Ваш дом", "по Вашему адресу",
# "на этой улице".
RU_OWN_OBJECT = [
    _rx(r"\b(?:ул|пр|просп|д)\.\s*[А-Я0-9]", 0),
    _rx(r"\b(?:улиц[аеыу]|проспект\w*)\s+[А-Я]", 0),
    _rx(r"\bдом\w*\s*№?\s*\d+|№\s*\d+\s+(?:жилого\s+)?дом\w*|\bподъезд\w*\s*№?\s*\d|\bшкол\w*\s*№\s*\d|"
        r"№\s*\d+\s+(?:\w+\s+)?школ"),
    _rx(r"\b(?:Ваш\w*|эт(?:ой|ом|у)|данн\w+|указанн\w+)\s+(?:\w+\s+)?"
        r"(?:дом|адрес|улиц|двор|подъезд|квартир|участк)\w*"),
    # where the person lives, and what is theirs: "где Вы проживаете", "в Ваш трудовой стаж", "на Ваш счет"
    _rx(r"\bгде\s+Вы\s+прожива\w*|\bВаш\w*\s+(?:\w+\s+)?(?:стаж|сч[её]т|пенси|пособи|гараж|магазин|автомобил)\w*"),
]
# A named village or microdistrict: the person's place, but wider than their own object.
RU_PLACE = [
    _rx(r"\b(?:с|пос|п)\.\s*[А-Я]|\bмкр\.\s*[А-Я0-9]", 0),
    _rx(r"\b(?:сел[оау]|селе|поселк\w*|аул\w*|микрорайон\w*)\s+[А-Я0-9]", 0),
    _rx(r"\b\d+[А-Я]?\s*(?:мкр|микрорайон)", 0),
    _rx(r"\bВаш\w*\s+(?:сел|аул|поселк|микрорайон)\w*"),
]
# The person as the recipient of a decision or payment: "Вам выделен сертификат", "Вашей семье назначена".
# "Сообщаем Вам" is only a form of address, so it is removed first (see _is_wide).
RU_RECIPIENT = _rx(r"\bВам\b|\bВаш(?:ей|ему|им)\s+(?:семье|сыну|дочери|ребенку|детям|матери|отцу|супруг\w*)", 0)
RU_ADDRESS_FORM = _rx(r"\b(?:сообща|информиру|уведомля|разъясня|направля)\w*\s+Вам\b|\bВам\s+(?:сообща|информиру|"
                      r"разъясня|направля)\w*")
# anywhere in the answer, any of these (or "Вы/Вам") ties it to the person
RU_LOCAL_STRICT = RU_OWN_OBJECT + RU_PLACE + [_rx(r"\bВаш\w*|\bВам\b|\bВы\b|\bВас\b", 0)]
# Several places listed are a city- or district-wide scope, not the person's own object: "в 12, 14 и 15
# микрорайонах", "на улицах Абая, Мира и Сатпаева", "ул. Абая, ул. Мира и ул. Сатпаева" (the same
# abbreviation repeated: "с. Курык, ул. Жастар" is one address). Streets at a crossing are one place.
_RU_ITEM = r"(?:\d+[А-Я]?(?:-?м|-го)?|[А-Я][\w-]+)"
_RU_AND = r"(?:\s*,\s*|\s+и\s+)"
RU_PLACE_LIST = _rx(
    rf"\b{_RU_ITEM}(?:\s*,\s*{_RU_ITEM})*{_RU_AND}{_RU_ITEM}\s+(?i:микрорайон(?:ах|ов|ы|ам)\b|мкр\.)"
    rf"|\b(?i:микрорайонах|улицах|улицам|селах|сёлах|поселках|аулах)\s+"
    rf"{_RU_ITEM}(?:\s*,\s*{_RU_ITEM})*{_RU_AND}{_RU_ITEM}"
    rf"|\b(ул|мкр|с|пос)\.\s*[А-Я][\w-]+(?:\s*,\s*(?:\1\.\s*)?[А-Я][\w-]+)*{_RU_AND}\1\.\s*[А-Я]", 0)
RU_CROSSING = _rx(r"перекрест|пересечени|\bмежду\b")
# The topic of the appeal, restated before "сообщаем": "По Вашему обращению о тротуаре у дома № 15 в 29 мкр.
# сообщаем, что ...". It names the person's object without acting on it, so it does not tie what follows
# (work "по проспекту ..., в 7 и 8 мкр.") to the person (see _is_wide).
RU_TOPIC = _rx(r"^[^:;]{0,200}?\b(?:обращени|заявлени|жалоб|вопрос)\w*[^:;]{0,200}?"
               r"\b(?:сообща|информиру|поясня|разъясня|уведомля)\w*(?:\s*,\s*что\b|\s*:)?")
RU_OTHER_PLACES = _rx(r"\b(?:друг(?:ие|их|им|ими)|ин(?:ые|ых|ым|ыми))\s+(?:\w+\s+)?(?:улиц|дом|двор|сел|микрорайон)\w*")
RU_LOCAL_LOOSE = _rx(r"\b(?:улиц\w*|дом\w*|подъезд\w*|квартир\w*|сел[оауе]\b|поселк\w*|микрорайон\w*|двор\w*|школ\w*|"
                     r"амбулатори\w*|лицев\w+\s+сч\w*|заявител\w*)")


# --------------------------------------------------------------------------
# Kazakh

# Numbers written as words: "үш жұмыс күні ішінде", "екі автобус".
KK_NUM_WORD = r"(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз)"
_KK_COUNT = rf"(?:\d+|{KK_NUM_WORD})"

_KK_MONTHS = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша|желтоқсан)"
# The day may follow the month in the genitive: "наурыздың 18-іне дейін", "сәуірдің 19-ына дейін".
_KK_MONTH_DAY = rf"{_KK_MONTHS}\w*\s+\d{{1,2}}\s*-\s*\w+"
# Deadlines named by an event of the year: "оқу жылының басына дейін", "жылыту маусымы басталғанға дейін".
_KK_SEASON = (r"(?:оқу\s+жылы|жылыту\s+маусымы|жылу\s+беру\s+маусымы|қыс)\w*\s+"
              r"(?:басына|басталғанға|басталуына|соңына)\s+дейін")
KK_DATE = [
    _rx(_KK_MONTH_DAY),
    _rx(_KK_SEASON),
    _rx(rf"\b\d{{1,2}}\s+{_KK_MONTHS}\w*"),
    _rx(rf"\b{_KK_MONTHS}\w*\s+дейін"),
    _rx(rf"\b{_KK_MONTHS}(?:да|де|та|те|ында|інде|ында)\b"),
    _rx(rf"\b{_KK_MONTHS}\w*\s*[-–—]\s*{_KK_MONTHS}\w*"),  # "мамыр–маусымға"
    # a month of a year, with no day: "2025 жылғы мамырда", "2024 жылғы мамырдағы түбіртекте"
    _rx(rf"\b\d{{4}}\s+жылғы\s+{_KK_MONTHS}\w*"),
    _rx(rf"\b{_KK_COUNT}\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|апта|ай|сағат|тәулік)\w*\s+ішінде"),
    _rx(r"\b\d{4}\s+жылдың\s+(?:I{1,3}|IV|\d|бірінші|екінші|үшінші|төртінші)\s+(?:тоқсан|жарты)\w*"),
    _rx(r"\b\d{4}\s+жылы\b"),
    _rx(rf"\b{_KK_MONTHS}\s+ай\w*"),  # "маусым айына", "шілде айында"
    _rx(r"\b\d{4}\s+жылдың\s+соңына\s+дейін|\bжыл\s+соңына\s+дейін"),
    _rx(r"\bкешіктірмей\b"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
]
KK_DEADLINE = [
    _rx(rf"\b{_KK_MONTHS}\w*\s+дейін"),
    _rx(rf"{_KK_MONTH_DAY}\s+дейін"),
    _rx(_KK_SEASON),
    _rx(rf"\b{_KK_COUNT}\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|апта|ай|сағат|тәулік)\w*\s+ішінде"),
    _rx(r"\bкешіктірмей\b"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\w*\s+дейін"),
]

# Stems of physical work, grouped by kind so that a new verb is easy to place. A word is stem +
# (optional causative) + (optional passive ыл/іл/л/ын/ін/н) + a tense ending, see KK_VERB. Stems that
# can also be paperwork are checked in _kk_not_work (_KK_OBJECT_DEPENDENT, _KK_NOT_WORK_AFTER).
_KK_ACTION_STEMS = (
    # repair, replace, restore
    "жөнде", "ауыстыр", "алмастыр", "қалпына келтір", "жаңарт", "жаңғырт", "дәнекерле", "оқшаула", "жылыт",
    "сәйкес келтір", "сәйкестікке келтір", "тәртіпке келтір",  # brought into line: "бағасы талапқа сәйкес келтірілді"
    # build, install, connect, lay, equip
    "сал", "орнат", "бекіт", "монтажда", "демонтажда", "құрастыр", "бөлшекте", "қос", "іске қос", "жалға", "тарт",
    "төсе", "бетонда", "асфальтта", "газдандыр", "жарықтандыр", "жабдықта", "жарақтандыр", "жасақта", "кеңейт",
    "бұрғыла", "қорша", "көмкер", "аш", "қой", "сатып ал",
    # earthworks and roads: fill, compact, level, dig, sand, patch, raise
    "толтыр", "тығызда", "тегісте", "қаз", "себ", "жама", "көтер", "шегер", "сыла",
    # clean, remove, drain, disinfect, demolish, wash, collect, catch
    "тазала", "тазарт", "шығар", "сорып шығар", "әкет", "кес", "ағыз", "жой", "бұз", "дезинфекцияла", "залалсыздандыр",
    "жу", "жина", "тасы", "ұста", "аула",
    # paint and green
    "боя", "сырла", "ағарт", "отырғыз", "суар", "бұта", "қырқ",
    # light (lamps lit: "шамдар жағылды", the stem жақ- voiced before a vowel), seal a meter
    "жағ", "пломбала",
    # deliver, transport, move, return, send a vehicle, hand over, transfer money
    "жеткіз", "әкел", "тасымалда", "көшір", "қайтар", "аудар", "жібер", "табыс ет",
    # pay, grant, count, measure
    "бер", "төле", "тағайында", "бөл", "есепте", "қайта есепте", "өлше",
    # change a service: extend, shorten, lower, reduce, stop, increase, fix, stabilise
    "ұзарт", "қысқарт", "төмендет", "азайт", "тоқтат", "көбейт", "ұлғайт", "түзет", "тұрақтандыр",
    # carry out, finish, start, organise, do (their object decides, see _KK_OBJECT_DEPENDENT)
    "жүргіз", "орында", "аяқта", "бастал", "кіріс", "ұйымдастыр", "қамтамасыз ет", "тексер", "қабылда", "енгіз",
    "тапсыр", "жаса", "өткіз", "атқар", "жүзеге асыр",
)
# causative (had it done: "жөндетті", "салдырды") and passive (it was done: "жөнделді", "салынды")
_KK_CAUSATIVE = r"(?:т|тыр|тір|дыр|дір|ғыз|гіз|қыз|кіз)?"
_KK_PASSIVE = r"(?:ыл|іл|л|ын|ін|н)?"
# Past: "-ды/-ті" (also "we did": "-дық/-тік"), and the participle "-ған/-ген/-қан/-кен", which is a past
# only when it ends the clause ("шатыр жөнделген.", "... болатын"), names what was done ("ауыстырылғанын")
# or comes before "кейін/соң" ("ауыстырылғаннан кейін"); before a noun it only describes it (see _kk_tense).
_KK_PAST = (r"(?:ды|ді|ты|ті|дық|дік|тық|тік|ған|ген|қан|кен|ғанын|генін|қанын|кенін|ғаны|гені|қаны|кені|"
            r"ғаннан|геннен|қаннан|кеннен)")
# Future: 3rd person ("-ады/-йды", passive "-ылады/-іледі"), "we will" ("-амыз/-ймыз"), "-мақ/-мек" (is to),
# "-атын болады", "-уы тиіс", and the present continuous "-уда/-уде" (work under way: "жөнделуде").
_KK_FUT = (r"(?:йды|йді|ады|еді|атын\s+болады|етін\s+болады|уы\s+тиіс|уі\s+тиіс|у\s+тиіс|йтын\s+болады|"
           r"ылады|іледі|лады|леді|нады|неді|ылатын\s+болады|ілетін\s+болады|латын\s+болады|летін\s+болады|"
           r"амыз|еміз|ймыз|йміз|атын\s+боламыз|етін\s+боламыз|мақ|мек|пақ|пек|уда|уде)")
_KK_CONVERB = r"(?:ып|іп|п)"
_KK_STEMS_RE = "|".join(sorted((re.escape(s) for s in _KK_ACTION_STEMS), key=len, reverse=True))
KK_VERB = _rx(rf"\b({_KK_STEMS_RE})({_KK_CAUSATIVE}{_KK_PASSIVE})({_KK_FUT}|{_KK_PAST}|{_KK_CONVERB})(?=[\s,.;:!?)»]|$)")
# Objects that make "жүргізу / беру / қабылдау / тексеру" physical work or paperwork.
KK_WORK_OBJECT = _rx(r"жөнде|ауыстыр|тазала|есептеу|құрылыс|монтаж|орнат|салу|төсеу|жаңарт|қалпына|өлшеу|"
                     r"жұмыстар|асфальт|абаттандыр|сорғы|электрокардиограф|құрал|жабдық|көлік|автобус|"
                     r"пайдалануға|жолдама|сертификат|пәтер|баспана|жер учаске|кілт|орын|су\b|қаражат|жәрдемақы|көмек|"
                     # sanitary and earth work named by a noun: "дезинфекция жүргізілді", "кесу жұмыстары"
                     r"дезинфекция|дератизация|дезинсекция|залалсыздандыру|вакцинация|кесу|бұтау|қырқу|тегістеу|"
                     r"тасымалдау|тасу|әкету|шығару|отырғызу|көгалдандыру|бояу|сырлау|қоршау|бұрғылау|қазу")
KK_PAPER_OBJECT = _rx(r"түсінді|түсінік|ұсыным|жауап|кеңес|ақпарат|тапсырма|нұсқау|ескерту|тексеру|зерттеп|"
                      r"мониторинг|кездесу|жұмыс\s+жүргіз|жұмысын|жұмысы|шара|назар|хат|өтініш|қорытынды|"
                      r"бақылау(?!\s+(?:басқарма|бөлім|комитет|департамент|инспекция))|"  # not in a body's name
                      r"рейд|жиналыс|профилактика|қабылдау|отырыс|комиссия|сараптама")
# a body named by its field: "білім бөлімі", "бақылау басқармасы", "шаруашылық кәсіпорны"
KK_BODY_NAME = r"\b\w+\s+(?:бөлімі|басқармасы|департаменті|инспекциясы|кәсіпорны|станциясы)\b"
KK_EXECUTOR = [
    _rx(rf"{_QUOTED_NAME}\s*{_KK_FORMS}", 0),
    _rx(r"\b(?:ЖШС|АҚ|КеАҚ|МКК|ЖК|ШЖҚ|КМК)\b\s*[«\"]", 0),
    _rx(r"\bмердігер\w*"),
    _rx(r"ауылдық\s+округ\w*\s+әкім\w*|\bәкім\w*\s+аппарат\w*|\bауыл\s+әкім\w*|\b(?:аудан|қала)\s+әкім\w*"),
    _rx(r"апаттық\s+бригада\w*|\bбригада\w*"),
    # a post is an executor too: "ауруханасының бас дәрігеріне", "РЭС бастығына", "әкімінің орынбасарына"
    _rx(r"\bбас\s+дәрігер\w*|\bбастығ\w*|\bдиректор\w*|\bмеңгеруші\w*|\bәкім\w*\s+орынбасар\w*"),
    # a body named without its legal form: "аудандық білім бөлімі", "санитариялық-эпидемиологиялық бақылау
    # басқармасы", "тұрғын үй-коммуналдық шаруашылық кәсіпорны"
    _rx(KK_BODY_NAME),
]
KK_RESULT_EXTRA = [
    _rx(r"жұмысқа\s+кірісті|жұмысын\s+бастады|қайта\s+басталды"),
    # a service started: "мектеп автобусы жүре бастады", "су беріле бастады", "тасымалдай бастады"
    _rx(r"\b(?:жүре|қатынай|қатнай|жұмыс\s+істей|беріле|тасымалдай|тасымалдана|жеткізіле|шығарыла|әкетіле)\s+"
        r"(?:бастады|басталды)"),
    _rx(r"орнына\s+шықты"),
    _rx(r"айыппұл\s+салынды|әкімшілік\s+жауапкершілікке\s+тартылды"),
    # an order to the violator ("дүкен иесіне нұсқама берілді"), like "выдано предписание"; not "тиісті нұсқау"
    _rx(r"(?<!тиісті\s)\b(?:нұсқама|ұйғарым)\w*\s+(?:берілді|жолданды|табыс\s+етілді)"),
    # handed to the person: "қолыңызға берілді"
    _rx(r"қолыңызға\s+(?:берілді|тапсырылды)"),
    _rx(r"пайдалануға\s+берілді"),
    _rx(r"жөндеуден\s+өткізілді|жөндеуден\s+өтті"),
    # hiring: "жұмысқа қабылданды" (the stem қабылда alone is a decision word, see _kk_not_work)
    _rx(r"(?:жұмысқа|қызметке|лауазымға)\s+(?:\S+\s+)?(?:қабылданды|алынды|орналастырылды)"),
    # ... or named by the profession: "учаскеге жалпы практика дәрігері Нұрлыбеков А. С. қабылданды"
    _rx(r"\b(?:дәрігер|фельдшер|медбике|мейірбике|педиатр|акушер|мұғалім|педагог|тәрбиеші|инженер)\w*\s+"
        r"(?:(?!тексер|қара)\S+\s+){0,7}?(?:қабылданды|тағайындалды|бекітілді)"),
]
KK_DECISION = _rx(
    r"бас\s+тарт\w*|мақұлдан\w*|қанағаттандырыл\w*|(?<!тиісті\s)шешім\s+қабылданды|тағайындалды|оң\s+шешіл\w*|"
    r"(?:тобына|сыныбына|мектепке|балабақшаға|кезекке|тізімге|есебіне|есепке)\s+(?:\S+\s+){0,2}?(?:қабылданды|"
    r"қойылдыңыз|қойылды|алынды|енгізілді|алындыңыз|енгізілдіңіз)|қойылдыңыз|"
    r"(?:сертификат|учаске|пәтер|баспана|жолдама|көмек|жәрдемақы|орын|қаражат|субсидия|төлем|өтемақы|ордер|"
    r"анықтама|куәлік|квота|грант|стипендия|зейнетақы|жеңілдік)\w*\s+(?:\S+\s+){0,3}?"
    r"(?:бөлінді|берілді|ұсынылды|төленді|аударылды|тағайындалды|қайта\s+есептелді)|рұқсат\s+(?:берді|берілді|етілді)|"
    # granted to the person, whatever stands between: "... жер учаскесі ... қаулысымен Сізге берілді",
    # "отбасыңызға ... көмек тағайындалды"; not an answer or an explanation ("Сізге жауап берілді")
    r"\b(?:Сізге|\w+(?:ыңызға|іңізге|ңызға|ңізге))\s+(?:(?!жауап|түсінік|ақпарат|хат|кеңес|нұсқау)\S+\s+){0,5}?"
    r"(?:бөлінді|берілді|ұсынылды|төленді|аударылды|тағайындалды|қайта\s+есептелді)|"
    # left out of a list or a plan ("Жағалау көшесі тізбеге енбеді"): a refusal, see _REFUSAL
    r"(?:тізбе|тізім|жоспар|бағдарлама|кесте)\w*\s+(?:\S+\s+)?(?:енбеді|енгізілмеді|кірмеді)"
)
KK_DECISION_NO_FACTS = _rx(
    r"бұзыл\w*\s+(?:\S+\s+){0,2}?анықталған\s+жоқ|бұзушылық\w*\s+(?:\S+\s+){0,2}?(?:анықталмады|анықталған\s+жоқ|"
    r"жоқ|байқалмады)|негіз\w*\s+(?:\S+\s+){0,2}?жоқ|талаптарына\s+сәйкес\s+келмеу\w*"
)
# A place in a queue: "нөміріңіз – 512", "215-ші орындасыз", "37-орында", "412-нөмірде тұрсыз", "5-нөмірмен"
# ("30 орындық автобус" is a size, "40 орынның бәрі" a count).
_KK_PLACE_NO = r"\b\d+\s*(?:-?\s*(?:ші|шы|нші|ншы)\s*|-\s*)(?:орын(?!дық)|кезек|нөмір)\w*"
KK_FACT = [
    _rx(r"\d[\d ]*(?:,\d+)?\s*(?:теңге|тг\b|₸|млн\s+теңге)"),
    _rx(rf"\bнөмір\w*\s*[—–:-]?\s*\d+|{_KK_PLACE_NO}|\bкезек\w*\s+(?:\S+\s+)?\d+"),
    _rx(r"\d+(?:,\d+)?\s*(?:га|шаршы\s+метр|м2|м²|кВ|км|сотық)\b"),
    _rx(r"\bакті\w*"),
    _rx(r"\bтобына\b|\bсыныбына\b|\bтобы\b"),
    _rx(r"\bтабыс\w*\s+(?:\S+\s+){0,4}\d"),
]
KK_QUEUE_POSITION = _rx(rf"\bнөмір\w*\s*(?:[—–:]|\s-)?\s*\d+|{_KK_PLACE_NO}")
# a queue: "кезек", and "кезегінде" with the consonant voiced
KK_QUEUE_WORD = _rx(r"\bкезе[кг]\w*|\bесеб(?:інде|іне)|\bесеп(?:ке|те)\b|\bкүту\s+тізім\w*")
KK_FORWARD = _rx(r"\b(?:қайта\s+)?(?:жолданды|жолданған\w*|жолдалды|жолдады|жіберілді|жіберілген\w*|жіберді|берілді|"
                 r"бағытталды|бағытталған\w*|бағыттады)")
KK_APPEAL_WORD = _rx(r"\b(?:өтініш|шағым|сұрау|хат)\w*")
KK_BODY = _rx(rf"{_QUOTED_NAME}\s*(?:ММ|МКК|АҚ|КеАҚ|ЖШС|КММ|РММ)|\bкорпорация\w*|\bфилиал\w*|\bбасқарма\w*|"
              r"\bдепартамент\w*|\bәкімдіг\w*|\bбөлім\w*|"
              r"\bкомитет\w*|\bминистрлі\w*|\bәкім\w*|\bинспекция\w*|\bпрокуратура\w*|\bполиция\w*|\bқызмет\w*")
KK_REG = _rx(r"№\s*\S*\d|\bшығыс\b|\bкіріс\b|\d{4}\s+жылғы\s+\d{1,2}\s+\w+\s+(?:№|хат)")
KK_REASON = _rx(r"құзырет\w*|\bсебебі\b|\w+(?:тындықтан|тіндіктен|дықтан|діктен|ғандықтан|гендіктен)\b|"
                r"\bбайланысты\s+емес|\bқарамағында\b|\bбалансында\b|\bменшігінде\b")
KK_NEXT_STEP = _rx(r"\b(?:қара|жауап|хабарла|тексер|жібер|бер|шеш|орында|жүргіз)\w*")
KK_LAW = _rx(r"\w+-?бабы\w*|\bзаң\w*|\bкодекс\w*|\bқағида\w*|\bбұйрығы\w*|\bқаулы\w*|\bсәйкес\b|\bтармақ\w*")
KK_SENDS = _rx(r"жүгін\w*|байланыс\s+орталығ\w*|телефон\w*\s+арқылы|\bwww\.|\.kz\b|интернет-ресурс\w*|\bсайт\w*|"
               r"қосымшасы\s+арқылы|\bхабарласу\w*|сот\w*\s+тәртібі\w*")
KK_VAGUE = _rx(r"бақылау\w*|назарға\s+алынды|назар\s+аудар\w*|ескерілетін\s+болады|ескеріледі|зерделенеді|"
               r"жақын\s+арада|"
               r"тиісті\s+(?:шаралар|шешім|жұмыс)\w*|мониторинг\w*|жұмыс\s+жүргізіл\w*|жұмыстар\s+жүргізіл\w*|"
               r"қаржыландыру\s+болған\s+жағдайда|қаралатын\s+болады|қаралады|қаралу\s+үстінде|мүмкіндігінше|"
               r"қарастырылатын\s+болады")
KK_PROCEDURE = _rx(r"кезек\s+тәртібімен|кезектілік\s+тәртібі\w*|қаражат\s+бөлінуіне\s+қарай|\begov\b|электрондық\s+үкімет|"
                   r"\bХҚКО\w*|халыққа\s+қызмет\s+көрсету\s+орталығ\w*|кезең-кезеңімен|белгіленген\s+тәртіппен|"
                   r"салынуына\s+қарай|берілуіне\s+қарай")
KK_EXPLAIN = _rx(r"түсіндір\w*|түсінік\w*|ұсыным\w*|ескерту\s+жасалды|ескертілді|кеңес\s+берілді")
KK_REGIONAL = _rx(r"облыс(?:ы|ын)?(?:нда|ында)\b|\bоблыс(?:та|тың|қа)\b|"
                  r"облыс(?:ы)?\s+бойынша|\bоблысын\b|\bөңір\w*|\bреспублика\s+бойынша|\bел\s+бойынша|"
                  r"\bтағы\s+\d+\s+нысан\w*|\bбарлық\s+аудандар\w*")
# ("10 көше шамы", "екі мектеп автобусы" count lamps and buses, not streets or schools; "барлық үйлер", all
# houses, are not the person's either)
KK_AGGREGATE = _rx(rf"(?<!№)(?<!№\s)\b{_KK_COUNT}\s+(?:\w+\s+)?"
                   r"(?:көше|жол|нысан|елді\s+мекен|ауыл|мектеп|аула|көппәтерлі)"
                   r"(?!\w*\s+(?:шам|жарығ|бағана|автобус|тұрғын|оқушы|белгі))\w*|"
                   r"\bбарлық\s+(?:\w+\s+)?(?:үйлер|көшелер|ауылдар|аулалар|тұрғындар|елді\s+мекендер)\w*")
# A city or a district as a whole: "Ақтау қаласында", "Мұнайлы ауданының", "аудан бойынша", "қалада".
# A microdistrict ("Шұғыла шағын ауданында") is a place, not a district.
KK_CITYWIDE = _rx(r"(?<!шағын\s)\b(?:қала|аудан)(?:сында|ында|сының|ының|сы\s+бойынша|ы\s+бойынша|\s+бойынша|да|ның|"
                  r"сын|ын|ға|сына|ына|\s+үшін|сы\s+үшін|ы\s+үшін)\b")
# Figures that make a city or district sentence statistics, public objects included ("420 шам", "14 балалар алаңы")
KK_FIGURE = [
    _rx(r"\d[\d ,]*\s*(?:км|млрд|млн|мың|%|нысан\w*|бірлік\w*|текше\s+метр\w*|елді\s+мекен\w*|үй\w*|ауыл\w*)"),
    _rx(rf"\b{_KK_COUNT}\s+(?:\w+\s+){{0,2}}(?:шам|ағаш|көшет|алаң|аула|бағана|тірек|контейнер|көлік|автобус|"
        r"техника|пәтер|бағдаршам|орындық|дәрігер|маман|мұғалім|азамат|отбасы|тұрғын)\w*"),
]
# The person's own object: a named street, a numbered house or school, "үйіңіз", "Сіздің көшеңіз",
# "аталған көше" (the street just named), an address ("Абай көшесі, 12 мекенжайы").
KK_OWN_OBJECT = [
    _rx(r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+көше\w*", 0),
    _rx(r"№\s*\d+\s*(?:\w+\s+)?(?:үй|мектеп|кіреберіс|пәтер)\w*|\b\d+\s+үй\w*"),
    # numbered with a hyphen: "8-үй", "15–19-үйлері", "21-ғимарат", "31-пәтер"
    _rx(r"\b\d+[А-Я]?\s*(?:[-–]\s*\d+[А-Я]?\s*)?-\s*(?:үй|ғимарат|пәтер|кіреберіс|мектеп)\w*"),
    # where the person lives, and what is theirs: "Сіз тұратын", "шотыңыз", "еңбек өтіліңіз", "жер учаскеңіз"
    _rx(r"\bСіз\s+тұратын|\b(?:өтіл|шот|учаске|зейнетақы|жәрдемақы|гараж|дүкен)\w*?(?:ыңыз|іңіз|ңыз|ңіз)\w*"),
    _rx(r"\b(?:үй|көше|аула|пәтер|кіреберіс)\w*?(?:ыңыз|іңіз|ңыз|ңіз)\w*|\bмекенжай\w*"),
    _rx(r"\b(?:аталған|осы|көрсетілген)\s+(?:көше|үй|аула)\w*|\bСіздің\s+(?:үй|көше|аула|пәтер)\w*"),
]
# A named village or microdistrict: the person's place, but wider than their own object.
KK_PLACE = [
    _rx(r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:ауыл|шағын\s*аудан|кент)\w*", 0),
    _rx(r"\b\d+[А-Я]?\s*-?\s*шағын\s*аудан\w*"),
    _rx(r"\bауыл\w*?(?:ыңыз|іңіз)\w*|\bСіздің\s+ауыл\w*"),
]
# The person as the recipient: "Сізге ... берілді", "отбасыңызға тағайындалды" ("Сізге хабарлаймыз" is address)
KK_RECIPIENT = _rx(r"\bСізге\b|\b(?:отбасы|ұл|қыз|бала)\w*?(?:ыңызға|іңізге|ңызға|ңізге)\b")
KK_ADDRESS_FORM = _rx(r"\bСізге\s+(?:\S+\s+)?(?:хабарла|түсіндір|жауап|алғыс)\w*")
# anywhere in the answer, any of these (or "Сіз", "-ыңыз") ties it to the person
KK_LOCAL_STRICT = KK_OWN_OBJECT + KK_PLACE + [_rx(r"\bСіз\w*|\b\w+(?:ыңыз|іңіз|ңыз|ңіз|ыңызға|іңізге)\w*")]
# Several places listed: "12, 14 және 15 шағын аудандарда", "14 және 15-шағын аудандарда" (the last number
# hyphenated), "Абай, Сәтбаев және Мұнайшы көшелерінде".
# Streets at a crossing ("Абай мен Сәтбаев көшелерінің қиылысы") are one place.
_KK_ITEM = r"(?:№\s*)?(?:\d+|[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+(?:хан|батыр|би|ата|ана|ақын))?)"  # "Әбілқайыр хан"
_KK_AND = r"(?:\s*,\s*|\s+(?:және|мен|бен|пен)\s+)"
KK_PLACE_LIST = _rx(rf"{_KK_ITEM}(?:\s*,\s*{_KK_ITEM})*{_KK_AND}{_KK_ITEM}(?:\s+|(?<=\d)-)"
                    r"(?:шағын\s+аудан|көше|ауыл|кент|елді\s+мекен)(?:дар|дер|лар|лер|тар|тер)\w*", 0)
KK_CROSSING = _rx(r"қиылыс|арасында|аралығында")
# The topic of the appeal before "хабарлаймыз": "Сіз көрсеткен 29 шағын аудан, 15-үйдің жанындағы тротуарға
# қатысты хабарлаймыз: ..." (see RU_TOPIC).
KK_TOPIC = _rx(r"^[^:;]{0,200}?\b(?:қатысты|туралы|бойынша|байланысты)\s+(?:\S+\s+){0,2}?"
               r"(?:хабарла|мәлімде|түсіндіре)\w*\s*[:,]?")
KK_OTHER_PLACES = _rx(r"\b(?:басқа|өзге)\s+(?:\w+\s+)?(?:көше|үй|аула|ауыл|шағын\s+аудан)\w*|"
                      r"\bсол\s+(?:көшелер|үйлер|ауылдар|аулалар)\w*")  # "сол көшелердегі": the streets just listed
KK_LOCAL_LOOSE = _rx(r"\b(?:көше\w*|үй\w*|ауыл\w*|мектеп\w*|амбулатори\w*|кіреберіс\w*|шот\w*|пәтер\w*|аула\w*)")


@dataclass
class _Lang:
    """The patterns of one language, so that the analysis below is written once for both."""
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
    vague: re.Pattern
    procedure: re.Pattern
    explain: re.Pattern
    decision: re.Pattern
    decision_no_facts: re.Pattern
    facts: list
    forward: re.Pattern
    appeal_word: re.Pattern
    body: re.Pattern
    reg: re.Pattern
    reason: re.Pattern
    next_step: re.Pattern
    queue_position: re.Pattern
    queue_word: re.Pattern
    topic: re.Pattern          # the appeal's topic restated before "сообщаем" / "хабарлаймыз"


RU = _Lang(date=RU_DATE, deadline=RU_DEADLINE, executor=RU_EXECUTOR, local_strict=RU_LOCAL_STRICT,
           local_loose=RU_LOCAL_LOOSE, own_object=RU_OWN_OBJECT, place=RU_PLACE, place_list=RU_PLACE_LIST,
           recipient=RU_RECIPIENT, address_form=RU_ADDRESS_FORM,
           crossing=RU_CROSSING, other_places=RU_OTHER_PLACES, regional=RU_REGIONAL, aggregate=RU_AGGREGATE,
           citywide=RU_CITYWIDE, figure=RU_FIGURE, law=RU_LAW, sends=RU_SENDS, vague=RU_VAGUE,
           procedure=RU_PROCEDURE, explain=RU_EXPLAIN, decision=RU_DECISION, decision_no_facts=RU_DECISION_NO_FACTS,
           facts=RU_FACT, forward=RU_FORWARD, appeal_word=RU_APPEAL_WORD, body=RU_BODY, reg=RU_REG,
           reason=RU_REASON, next_step=RU_NEXT_STEP, queue_position=RU_QUEUE_POSITION, queue_word=RU_QUEUE_WORD,
           topic=RU_TOPIC)
KK = _Lang(date=KK_DATE, deadline=KK_DEADLINE, executor=KK_EXECUTOR, local_strict=KK_LOCAL_STRICT,
           local_loose=KK_LOCAL_LOOSE, own_object=KK_OWN_OBJECT, place=KK_PLACE, place_list=KK_PLACE_LIST,
           recipient=KK_RECIPIENT, address_form=KK_ADDRESS_FORM,
           crossing=KK_CROSSING, other_places=KK_OTHER_PLACES, regional=KK_REGIONAL, aggregate=KK_AGGREGATE,
           citywide=KK_CITYWIDE, figure=KK_FIGURE, law=KK_LAW, sends=KK_SENDS, vague=KK_VAGUE,
           procedure=KK_PROCEDURE, explain=KK_EXPLAIN, decision=KK_DECISION, decision_no_facts=KK_DECISION_NO_FACTS,
           facts=KK_FACT, forward=KK_FORWARD, appeal_word=KK_APPEAL_WORD, body=KK_BODY, reg=KK_REG,
           reason=KK_REASON, next_step=KK_NEXT_STEP, queue_position=KK_QUEUE_POSITION, queue_word=KK_QUEUE_WORD,
           topic=KK_TOPIC)


# --------------------------------------------------------------------------
# Masking numbers that are never concrete

_MASKS = [
    _rx(r"\b\d{1,2}[:.]\d{2}\s*(?:-|–|—|до)\s*\d{1,2}[:.]\d{2}"),          # opening hours 9:00-18:00
    _rx(r"\b(?:с|из)\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}-?(?:ден|ге|ге\s+дейін|ден|тен|нан)?"),
    _rx(r"(?:\+7|8)\s*\(?\d{3,4}\)?\s*[\d -]{5,}\d"),                  # phone numbers
    # "по номеру 1414"; not "под номером 318", a place in a queue
    _rx(r"(?<!под\s)\b(?:номер\w*|телефон\w*|call-?центр\w*)\s+\d{3,4}\b|\b\d{4}\s+(?:бірыңғай|байланыс)"),
]


def _mask(text: str) -> str:
    for m in _MASKS:
        text = m.sub(" ", text)
    return text


# --------------------------------------------------------------------------
# Sentence analysis


# Verbs whose object decides between work and paperwork (see _ru_paperwork).
_RU_OBJECT_DEPENDENT = ("провед", "произвед", "провел", "произвел", "провод", "производ", "выполн", "организ", "выдан",
                        "назнач", "выдел", "введ", "ввел", "ввод", "довед", "довел", "установ", "устанавлив", "откры",
                        "начат", "начал", "осуществ")
# "провести", "произвести", "осуществить" are light verbs: work only with a work object
# ("произведена замена", "осуществлен вывоз"; not "осуществлен прием", "проведена встреча")
_RU_CONDUCT = ("провед", "произвед", "провел", "произвел", "провод", "производ", "осуществ")  # "провести": work only with a work object


def _ru_paperwork(low: str, before: str, after: str) -> bool:
    """True when an ambiguous Russian verb is paperwork here, not physical work.

    "проведен ремонт" is work, "проведена проверка" is not; "введен в эксплуатацию" is a
    result, "введен" alone is not; "установлено, что ..." is a finding, not an installation.
    """
    if not low.startswith(_RU_OBJECT_DEPENDENT):
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
    if RU_PAPER_OBJECT.search(ctx) and not RU_WORK_OBJECT.search(ctx):
        return True
    if low.startswith(_RU_CONDUCT) and not RU_WORK_OBJECT.search(ctx):
        return True
    # "выделено" is work only with a quantity or a vehicle: "выделит два автобуса", "выделит школьный автобус",
    # not "выделено внимание"
    return low.startswith("выдел") and not re.search(rf"{_RU_COUNT}|автобус|машин|техник|транспорт|бригад|цистерн",
                                                     ctx, re.I)


_RU_WILL_BEFORE = _rx(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,3}$")


def _ru_past_actions(s: str) -> list[str]:
    found = []
    for pattern in (RU_PPP, RU_PAST_ACTIVE):
        for m in pattern.finditer(s):
            before, after = s[max(0, m.start() - 40):m.start()], s[m.end():m.end() + 60]
            if RU_NEG.search(before) or (pattern is RU_PPP and _RU_WILL_BEFORE.search(before)):
                continue  # "не заменен"; "будет заменен" is a future
            if _OLD_YEAR.search(before + after[:25]):
                continue  # "дом построен в 1978 году": the object's history, not an action on the appeal
            if not _ru_paperwork(m.group(0).lower(), before, after):
                found.append(m.group(0))
    found += [m.group(0) for p in RU_RESULT_EXTRA for m in p.finditer(s)
              if not _RU_WILL_BEFORE.search(s[max(0, m.start() - 40):m.start()])]  # "будет возобновлена"
    found += _ru_supply(s, RU_SUPPLY_PAST)
    return _drop_review_extension(found, s, "ru")


def _ru_supply(s: str, pattern: re.Pattern) -> list[str]:
    """Forms of "подать" that supply a utility (see RU_SUPPLY_PAST), not a document."""
    found = []
    for m in pattern.finditer(s):
        before, after = s[max(0, m.start() - 50):m.start()], s[m.end():m.end() + 50]
        if RU_NEG.search(before) or RU_DOCUMENT.search(before):
            continue  # "заявление на подключение газа подано"
        if pattern is RU_SUPPLY_PAST and _RU_WILL_BEFORE.search(before):
            continue  # "будет подан" is a future, see RU_SUPPLY_FUTURE
        if RU_UTILITY.search(before):
            found.append(m.group(0))  # "горячая вода ... подана"
            continue
        utility, document = RU_UTILITY.search(after), RU_DOCUMENT.search(after)
        if utility and not (document and document.start() < utility.start()):
            found.append(m.group(0))  # "подали воду", not "подали заявление на подключение газа"
    return found


# The field in a body's name is no work: "Отделом строительства района ведется работа с подрядчиками".
RU_BODY_FIELD = _rx(r"\b(?:отдел|управлени|департамент|комитет)\w*\s+\w+")


def _ru_future_actions(s: str) -> list[str]:
    found = []
    for m in RU_PPP.finditer(s):
        if _RU_WILL_BEFORE.search(s[max(0, m.start() - 40):m.start()]):
            found.append(m.group(0))  # "будет заменен"
    for pattern in (RU_FUT_FINITE, RU_PRESENT):
        for m in pattern.finditer(s):
            before, after = s[max(0, m.start() - 40):m.start()], s[m.end():m.end() + 60]
            if not RU_NEG.search(before) and not _ru_paperwork(m.group(0).lower(), before, after):
                found.append(m.group(0))
    if RU_PLAN.search(s) and (RU_INF.search(s) or RU_ACTION_NOUN.search(RU_BODY_FIELD.sub(" ", s))):
        found.append(RU_PLAN.search(s).group(0))
    if RU_WILL_INF.search(s):
        found.append("будет+inf")
    found += [m.group(0) for m in RU_ENSURE_FUTURE.finditer(s)]  # "обеспечит подвоз воды"
    found += _ru_instruction(s) + _ru_supply(s, RU_SUPPLY_FUTURE)
    return _drop_review_extension(found, s, "ru")


# An instruction to an executor: "главному врачу поручено направить передвижной комплекс".
# Any instructed action counts unless it is paperwork or vague ("рассмотреть", "принять меры",
# "направить ответ"); the executor itself is checked like any other (RU_EXECUTOR, posts included).
RU_INSTRUCTION = _rx(r"\b(?:поручен[оаы]?|поручил[аи]?|дано\s+поручение|обязан[аоы]?)\s+(?:\S+\s+){0,6}?"
                     r"(\w+(?:ть|ти))\b(.{0,40})")
RU_PAPER_VERB = _rx(r"^(?:рассмотр|изуч|проработ|дать|сообщ|проинформир|информир|разъясн|уведом|взять|провер|"
                    r"подготов|представ|предостав|доложи|принять|обеспечить\s+контрол|отработ)")
RU_PAPER_NOUN = _rx(r"^\s*(?:\S+\s+)?(?:ответ|информаци|письм|материал|документ|сведени|контрол|мер[ыу]?\b|"
                    r"проверк|обследовани|разъяснени|рекомендаци)")


def _ru_instruction(s: str) -> list[str]:
    found = []
    for m in RU_INSTRUCTION.finditer(s):
        verb, rest = m.group(1), m.group(2)
        if RU_PAPER_VERB.search(verb) or RU_PAPER_NOUN.search(rest):
            continue
        found.append(m.group(0).split()[0] + " " + verb)
    return found


# Extending the review period ("срок рассмотрения продлен до 3 апреля", "қарау мерзімі
# ұзартылды") is paperwork about the appeal, not work on the problem.
_REVIEW_PERIOD = {
    "ru": _rx(r"\bсрок\w*\s+(?:\S+\s+){0,2}?(?:рассмотрени|ответ|исполнени)|\bрассмотрени\w*\s+(?:\S+\s+){0,8}?продл"),
    "kk": _rx(r"\bқарау\w*\s+(?:\S+\s+){0,2}?мерзім|\bжауап\s+беру\s+мерзім"),
}
_EXTEND_STEM = {"ru": ("продл",), "kk": ("ұзарт",)}


def _drop_review_extension(words: list[str], s: str, lang: str) -> list[str]:
    if not _REVIEW_PERIOD[lang].search(s):
        return words
    return [w for w in words if not w.lower().startswith(_EXTEND_STEM[lang])]


# Kazakh stems whose object decides between work and paperwork: "жөндеу жұмыстары жүргізілді"
# is work, "түсіндіру жұмысы жүргізілді" is not; "кілттер тапсырылды" (handed over) is a result.
_KK_OBJECT_DEPENDENT = ("бер", "жүргіз", "тексер", "қабылда", "енгіз", "өлше", "есепте", "бөл", "аш", "сал", "қос",
                        "бастал", "орында", "аяқта", "шығар", "ұйымдастыр", "қамтамасыз ет", "тапсыр", "түзет",
                        "тағайында")  # a benefit or a doctor appointed, not an inspection or a meeting
# ... and of these the object must be named: a bare "берілді" or "енгізілді" is not work
_KK_NEEDS_WORK_OBJECT = ("жүргіз", "бер", "тексер", "қабылда", "енгіз", "тапсыр")
# Goods and documents that make "берілді" a delivery or a grant ("көмір берілді", "жылу берілді", "препарат
# қолыңызға берілді", "ордер берілді"), besides KK_WORK_OBJECT; looked for in the whole clause.
KK_GOODS = _rx(r"\b(?:газ|жылу|электр|жарық|көмір|отын|дәрі|препарат|инсулин|медикамент|контейнер|арба|протез|"
               r"есту\s+аппарат|жиһаз|компьютер|оқулық|кітап|азық|киім|ордер|анықтама|куәлік|кілт|"
               r"эпидемиологиялық\s+қорытынды)\w*")
# Work nouns that make a light verb ("жасалды", "өткізілді", "атқарылды", "жүзеге асырылды") physical work:
# "ағымдағы жөндеу жасалды", not "акт жасалды", "ескерту жасалды", "кездесу өткізілді".
_KK_WORK_NOUNS = (r"жөндеу|ремонт|ауыстыру|тазалау|тазарту|монтаж|демонтаж|асфальт|төсеу|орнату|дезинфекция|"
                  r"дератизация|дезинсекция|сынақ|кесу|бұтау|қырқу|тегістеу|тасымалдау|тасу|әкету|шығару|отырғызу|"
                  r"көгалдандыру|бояу|сырлау|қоршау|салу|қосу|жеткізу|газдандыру|жарықтандыру|абаттандыру|құрылыс")  # "жылу жүйесі сынақтан өткізілді": pressure-tested
# Stems that are work only with one of their own objects in the clause before them (quoted names left out):
# dogs caught, not a matter "kept under control"; a container put up, not a question "put on the agenda" or a
# signature; rubbish collected; a water truck or a crew sent, not a letter; the light verbs above.
_KK_OWN_OBJECTS = {
    "ұста": r"\bит(?:тер|тар|ті|терді)?\b|мысық|жануар|қаңғыбас",
    "аула": r"\bит(?:тер|тар|ті|терді)?\b|мысық|жануар|қаңғыбас",
    "қой": r"контейнер|\bшам(?:дар|ы|ын|дары|дарды|ды)?\b|бағдаршам|белгі|орындық|урна|тірек|бағана|есептегіш|"
           r"қоршау|қақпақ|люк|кедергі|блок|павильон|трансформатор|сорғы|жабдық|есік|терезе|ысырма",
    "жина": r"қоқыс|қалдық|\bқар\w*|жапырақ|топырақ",
    "тасы": r"\bсу\w*|қоқыс|топырақ|құм|көмір",
    "жібер": r"көлік|автобус|\bсу\b|бригада|техника|маман|кешен|машина|тасушы|тасығыш",
    "табыс ет": KK_GOODS.pattern,
    "жағ": r"\bшам|жарық|пеш|қазандық",
    "жаса": _KK_WORK_NOUNS, "өткіз": _KK_WORK_NOUNS, "атқар": _KK_WORK_NOUNS, "жүзеге асыр": _KK_WORK_NOUNS,
}
# "жүзеге асырылады" in the present tells how things are done in general ("кесте бойынша жүзеге асырылады"):
# a procedure, not a commitment; only its past is a result, and its future with a deadline ("10 маусымға
# дейін ... жүзеге асырады").
_KK_PAST_ONLY = ("жүзеге асыр",)

# Stems that are not work after certain words, looked for among the last few words before the verb:
# stem -> (the words, how many words back).
_KK_NOT_WORK_AFTER = {
    "тарт": (r"бас\b", 1),                                           # "бас тартылды": a refusal
    "толтыр": (r"хаттама|өтініш|анкета|бланк|құжат|акт", 3),          # a form filled in, not a pit
    "бекіт": (r"бұйры|қаулы|шешім|тариф|кесте|жоспар|тізбе|тізім|қағида|бағдарлама|смета|хаттама|құжат|"
              r"жоба|схема|норма", 3),                                # approved, not fixed in place
    "көтер": (r"мәселе|сұрақ|баға|тариф|шағым|ұсыныс|отырыс|жиналыс|кеңес", 5),  # an issue raised, a price risen
    "аудар": (r"назар", 2),                                           # "назар аударатын болады": attention
    "ұзарт": (r"мерзім", 6),                                          # "мерзімі ұзартылды": a deadline
    "сал": (r"сұрау|сауал", 2),                                       # "сұрау салынды": a request sent
    "жеткіз": (r"назар|басшылық|орындарға|пікір|ұсыныс|мәлімет", 3),  # "назарына жеткізілді": made known
}


# Dates between the object and the verb are skipped when counting words back:
# "тариф 2025 жылғы 1 сәуірде бекітілді" has "тариф" one word before the verb.
_KK_DATE_WORD = _rx(rf"^(?:\d[\d.,]*|жыл\w*|{_KK_MONTHS}\w*|дейін|бастап)$")


def _kk_after_words(stem: str, before: str) -> bool:
    """True when `before` ends with a word that makes `stem` something other than work."""
    rule = _KK_NOT_WORK_AFTER.get(stem)
    if not rule:
        return False
    words, back = rule
    last = [w for w in before.split() if not _KK_DATE_WORD.match(w)][-back:]
    return bool(re.search(rf"\b(?:{words})", " ".join(last), re.I))


def _kk_work_object(stem: str, text: str) -> bool:
    """True when `text` names an object of physical work; for "бер" goods count too."""
    return bool(KK_WORK_OBJECT.search(text) or (stem == "бер" and KK_GOODS.search(text)))


def _kk_clause_before(s: str, start: int) -> str:
    """The clause before position `start` of sentence `s` (from the last ; : or dash), quoted names blanked."""
    clause = re.split(r"[;:—–]", s[:start])[-1][-140:]
    return re.sub(_QUOTED_NAME, " ", clause)


def _kk_lacks_own_object(stem: str, before: str, clause: str) -> bool:
    """True when a stem of _KK_OWN_OBJECTS has none of its objects before it (or a paper object right before)."""
    objects = _KK_OWN_OBJECTS.get(stem)
    if objects is None:
        return False
    if KK_PAPER_OBJECT.search(before[-25:]) and not re.search(objects, before[-25:], re.I):
        return True  # "ескерту жасалып", "кездесу өткізілді"
    return not re.search(objects, clause, re.I)


# Work named by an explaining word is explaining (tie-breaker 5): "түсіндіру жұмыстары жүргізілді",
# "профилактикалық жұмыс атқарылды", however "жұмыстар" reads as a work object elsewhere.
KK_PAPER_WORK = _rx(r"(?:түсіндір|ақпарат|профилактика|насихат|ескерт|кеңес|тәрбие)\w*\s+жұмыс\w*\s+$")


def _kk_not_work(stem: str, before: str, after: str, clause: str = "") -> bool:
    """True when a Kazakh verb of physical work is something else here (refusal, paperwork, decision)."""
    if _kk_after_words(stem, before) or _kk_lacks_own_object(stem, before, clause):
        return True
    if KK_PAPER_WORK.search(before):
        return True
    if stem in ("тексер", "қабылда"):
        return True  # inspections are not work; acceptance is a decision (KK_DECISION)
    if stem == "тапсыр" and re.search(r"\w+(?:у|ю)(?:ға|ге)?\s+$", before, re.I):
        return True  # "ауыстыру тапсырылды" is an instruction, see _kk_instruction
    if stem not in _KK_OBJECT_DEPENDENT:
        return False
    if stem == "бер" and re.search(r"жауап\w*\s+(?:\S+\s+){0,3}$", before, re.I):
        return True
    bare_work = re.search(r"(\S*)\s+жұмыс\w*\s+$", before, re.I)
    if stem == "жүргіз" and bare_work and not KK_WORK_OBJECT.search(bare_work.group(1)) \
            and not KK_WORK_NOUN.search(re.sub(KK_BODY_NAME, " ", clause, flags=re.I)):
        # "мердігермен жұмыс жүргізілуде" is work in general; "жөндеу жұмыстары жүргізілді" is work, and so are
        # "жұмыстар" after the work is named: "құбырды ауыстыру үшін мердігер анықталды, жұмыстар ... жүргізіледі"
        return True
    if KK_PAPER_OBJECT.search(before[-30:]) and not _kk_work_object(stem, before[-30:]):
        return True
    if stem == "бер" and KK_GOODS.search(clause):
        return False  # "«Метформин» препараты ... қолыңызға берілді"
    if stem in _KK_NEEDS_WORK_OBJECT and not _kk_work_object(stem, before):
        return True
    return stem == "бөл" and not re.search(_KK_COUNT, before + after, re.I)  # "екі автобус бөлінді"


def _kk_converb_tense(rest: str) -> str:
    """The tense of a converb ("жуып", "ауыстырылып"): that of the next finite verb in the rest of the sentence.

    A work verb there says it by its stem and ending ("жуып тазалады" is past: тазала-ды, not a future in
    -ады); otherwise the endings of any verb decide.
    """
    for v in KK_VERB.finditer(rest):
        ending = v.group(3).lower()
        if ending not in ("ып", "іп", "п"):
            return "past" if re.match(_KK_PAST + "$", ending) else "future"
    if re.search(r"\b\w+(?:ды|ді|ты|ті)\b", rest) and not re.search(r"\b\w+(?:йды|йді|ады|еді)\b", rest):
        return "past"
    return "future"


def _kk_tense(m: re.Match, s: str) -> str | None:
    """"past", "future" or None (an attributive participle or a condition) for a verb match."""
    ending, after = m.group(3).lower(), s[m.end():m.end() + 40]
    if ending in ("ып", "іп", "п"):
        return _kk_converb_tense(s[m.end():])
    if not re.match(_KK_PAST + "$", ending):
        if m.group(1).lower() in _KK_PAST_ONLY and not _any(KK_DEADLINE, s):
            return None
        if ending in ("уда", "уде") and not _KK_PREDICATIVE.match(after):
            return None  # "су беруде үзілістер": a verbal noun in the locative, not "is being done"
        return "future"
    if re.match(r"^\s*жағдайда", after):
        return None  # "бөлінген жағдайда" (if allocated) is a condition, not a result
    if ending.startswith(("ған", "ген", "қан", "кен")):
        return _kk_participle_tense(ending, after, s[max(0, m.start() - 40):m.start()])
    return "past"


# A participle ending the clause is a finite past: "шатыр 12 мамырда жөнделген.", "ауыстырылған болатын".
_KK_PREDICATIVE = _rx(r"^\s*(?:[.,;:!?)]|$|болатын\b|болды\b|еді\b|және\b)")
# ... unless it tells the object's history ("үй 1978 жылы салынған"), which is no action on the appeal.
_OLD_YEAR = _rx(r"\bв\s+1[89]\d\d\s*(?:году|г\.)|\b1[89]\d\d\s+жылы\b")


def _kk_participle_tense(ending: str, after: str, before: str) -> str | None:
    """"past" or None for a participle in -ған/-ген/-қан/-кен (see _KK_PAST)."""
    if ending.endswith(("нын", "нін", "ны", "ні")):
        return "past"  # "ауыстырылғанын хабарлаймыз": what was done
    if ending.endswith(("нан", "нен")):
        return "past" if re.match(r"^\s*(?:кейін|соң)", after) else None  # "ауыстырылғаннан кейін"
    if _KK_PREDICATIVE.match(after) and not _OLD_YEAR.search(before):
        return "past"
    return None  # attributive participle: "бекітілген Қағидалар", "салынған мектеп"


# Dates, to be skipped when looking back from a verb to its object.
_KK_DATE_PHRASE = _rx(rf"(?:\b\d{{4}}\s+жыл\w*\s+)?\b\d{{1,2}}\s+{_KK_MONTHS}\w*(?:\s+(?:дейін|бастап))?|"
                      rf"\b\d{{4}}\s+жыл\w*|\b{_KK_MONTHS}\w*\s+(?:дейін|бастап)")


def _kk_verbs(s: str) -> tuple[list[str], list[str]]:
    """(past actions, future actions) among Kazakh verbs of physical work in sentence `s`."""
    past, fut = [], []
    # a service named ("газбен жабдықтау") or a name in quotes («Маңғыстау су арнасы» МКК-ға берілді) is not an
    # object of work; both are blanked in the text read for objects
    objects = KK_SERVICE_NOUN.sub(lambda m: " " * len(m.group(0)), s)
    objects = re.sub(_QUOTED_NAME, lambda m: " " * len(m.group(0)), objects)
    for m in KK_VERB.finditer(s):
        # dates between the object and the verb are left out: "жұмыстар 1 мамырдан 30 маусымға дейін жүргізіледі"
        before = _KK_DATE_PHRASE.sub(" ", objects[:m.start()])[-45:]
        after = s[m.end():m.end() + 40]
        if _kk_not_work(m.group(1).lower(), before, after, _kk_clause_before(objects, m.start())):
            continue
        tense = _kk_tense(m, s)
        if tense == "past" and _OLD_YEAR.search(s[max(0, m.start() - 45):m.start()]):
            continue  # "мектеп 1975 жылы салынды": the object's history, not an action on the appeal
        if tense:
            (past if tense == "past" else fut).append(m.group(0))
    for p in KK_RESULT_EXTRA:
        past += [m.group(0) for m in p.finditer(s)]
    fut += _kk_plans(s) + _kk_instruction(s)
    return _drop_review_extension(past, s, "kk"), _drop_review_extension(fut, s, "kk")


# A plan for physical work: "жөндеу жоспарланған", "қосу ... жұмыс жоспарына енгізілді". It is a
# commitment only with a date, a period or a named executor, which _analyse checks.
KK_PLAN = _rx(r"жоспарлан\w*|көзделген|көзделуде|тапсырма\s+берілді|жалғасуда|жүргізілуде|басталды|тиіс\b|"
              r"(?:жоспар|кесте|тізбе|бағдарлама)\w*\s+енгізілді")
# the work itself as a verbal noun ("жөндеу", "жарықтандыру"): any unambiguous work stem + -у
# (stems that may be paperwork are left out: "өтінішті толтыру", "тарифті бекіту", "мәселені көтеру")
_KK_PAPER_TOO = set(_KK_OBJECT_DEPENDENT) | {"толтыр", "бекіт", "көтер", "аудар"}
_KK_WORK_STEMS_RE = "|".join(sorted((re.escape(s) for s in _KK_ACTION_STEMS if s not in _KK_PAPER_TOO),
                                    key=len, reverse=True))
KK_WORK_NOUN = _rx(rf"\b(?:{_KK_WORK_STEMS_RE}){_KK_CAUSATIVE}у|салу|қосу|құрылыс|монтаж|асфальт|абаттандыр|"
                  r"пайдалануға\s+беру")  # commissioning: "блокты пайдалануға беру"


KK_SERVICE_NOUN = _rx(r"\b\w+(?:мен|бен|пен)\s+жабдықта\w*")  # сумен / газбен / жылумен жабдықтау


def _kk_plans(s: str) -> list[str]:
    work = KK_WORK_NOUN.search(KK_SERVICE_NOUN.sub(" ", s))
    return ["plan"] if KK_PLAN.search(s) and work else []


# An instruction to an executor: "бас дәрігеріне ... кешенді жіберу тапсырылды". Any instructed
# action (a verbal noun in -у) counts unless it is paperwork or vague ("қарау", "жауап беру").
# "аяқтау «Маңғыстау Құрылыс Инвест» ЖШС-ге жүктелді": the executor may stand between the action and the verb.
# An obligation is one too: "ауыстыруға міндеттелді", "ауыстыруға міндеттеме алды".
KK_INSTRUCTION = _rx(rf"(\S+\s+)?(\w+(?:у|ю))(?:ға|ге)?\s+(?:{_QUOTED_NAME}\s*\S*\s+)?"
                     r"(?:тапсырылды|тапсырма\s+берілді|жүктелді|міндеттелді|міндеттеме\s+алды)")
KK_PAPER_VERBAL_NOUN = _rx(r"^(?:қара|қарастыр|түсіндір|бақыла|зерделе|тексер|хабарла|ескер|талда|қадағала|пысықта|"
                           r"шеш|ұсын|назар)")
KK_PAPER_BEFORE = _rx(r"жауап|хат|ақпарат|түсінік|шара|бақылау|кездесу|жиналыс|отырыс|тексеру")


def _kk_instruction(s: str) -> list[str]:
    found = []
    for m in KK_INSTRUCTION.finditer(s):
        if KK_PAPER_VERBAL_NOUN.search(m.group(2)) or KK_PAPER_BEFORE.search(m.group(1) or ""):
            continue
        found.append(m.group(2) + " тапсырылды")
    return found


@dataclass
class _Analysis:
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


def _analyse(text: str, lang: str) -> tuple[_Analysis, list[str], str]:
    L = RU if lang == "ru" else KK
    clean = _mask(_normalise(text))
    sentences = _sentences(clean)
    a = _Analysis()
    personal = _any(L.local_strict, clean) or bool(L.local_loose.search(clean))
    wide = [_is_wide(s, L) for s in sentences]
    # the tie to the person's problem is loose: any object, place or "Ваш/Сіздің", or an answer
    # that speaks of nothing region- or city-wide
    personal = personal or not any(wide)

    forward_sentences = []
    for i, s in enumerate(sentences):
        # region- or city-wide: "в Мангистауской области", "облыс бойынша", "ремонт 15 улиц города"
        regional = wide[i]
        if regional and (_any(L.figure, s) or re.search(r"\d{4}", s)):
            a.regional = True
        if lang == "ru":
            past = _ru_past_actions(s)
            fut = _ru_future_actions(s)
        else:
            past, fut = _kk_verbs(s)
        is_forward = bool(L.forward.search(s) and L.appeal_word.search(s))
        if lang == "kk" and is_forward and not re.search(r"жолда|бағытта|жібер", s, re.I):
            is_forward = bool(re.search(r"(?:ға|ге|қа|ке)\s+(?:\S+\s+)?берілді", s, re.I) and L.body.search(s))
        if is_forward:
            forward_sentences.append(s)
            a.forward = True
            # actions named in a forwarding sentence are the forward itself
            past = [w for w in past if not re.match(r"(?:пере)?(?:направ|перед)", w, re.I)]
        tied = personal and not regional
        if past and tied:
            a.result = True
            a.evidence.append(("result", tuple(past)))
        if fut and tied and not (lang == "ru" and _only_paper_future(s)) and _commits(fut, s, clean, L):
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
            if _any(L.facts, window) or _has_fact_number(window, L):
                a.decision = True
                a.evidence.append(("decision", (L.decision.search(s).group(0),)))
            elif not a.decision:
                a.decision_no_facts = a.decision_no_facts or _is_refusal(s, lang)

    if forward_sentences:
        fs = " ".join(forward_sentences)
        body = bool(L.body.search(fs))
        date_or_reg = _any(L.date, fs) or bool(L.reg.search(fs))
        reason = bool(L.reason.search(clean))
        next_step = any(_any(L.deadline, s) and L.next_step.search(s) for s in sentences)
        if body and date_or_reg and reason and next_step:
            a.proper_forward = True
    return a, sentences, clean


# The date of a document or a meeting is not the date of a commitment: "2022 жылғы 28 қыркүйектегі шешімімен",
# "решением от 14 марта 2024 года", "от 14.03.2024 № 212".
_DOCUMENT_DATE = [
    _rx(rf"\b\d{{1,2}}\s+{_KK_MONTHS}\w*?(?:дағы|дегі|тағы|тегі)\b"),
    _rx(rf"\bот\s+\d{{1,2}}\s+{_RU_MONTHS_GEN}(?:\s+\d{{4}}\s*(?:года|г\.))?"),
    _rx(r"\bот\s+\d{1,2}\.\d{1,2}\.\d{2,4}"),
]


def _commits(fut: list[str], s: str, clean: str, L: "_Lang") -> bool:
    """True when the future actions of sentence s make a commitment: dated, or with a named executor.

    A bare plan ("жөндеу жоспарлануда", "салу көзделген") says only that something is intended: it counts
    with a date and with the person's own object or place named, never on an executor alone.
    """
    undocumented = s
    for p in _DOCUMENT_DATE:
        undocumented = p.sub(" ", undocumented)
    dated = _any(L.date, undocumented)
    if all(w == "plan" for w in fut):
        return dated and (_any(L.own_object, s) or _any(L.place, s) or _any(L.own_object, clean))
    return dated or _any(L.executor, s)


# A named street joined by a comma to a list of places is one more item of the list: "по проспекту
# Мәңгілік Ел, в 7 и 8 мкр.", "Абай даңғылында, 7 және 8 шағын аудандарда".
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LIST_HEAD = _rx(rf"(?:\b(?:по|на)\s+)?(?:улиц\w*|проспект\w*|ул\.|пр\.|просп\.)\s*[{_UPPER}][\w-]*"
                 rf"(?:\s+[{_UPPER}][\w-]*)?\s*,\s*(?:(?:в|на|по)\s+)?$|"
                 rf"[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*)?\s+(?:көше|даңғыл)\w*\s*,\s*$", 0)


def _without_place_lists(s: str, L: "_Lang") -> str:
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


# A region named in a body's name is the body's name, not the scope of the work: "Отделением НАО «...» по
# Мангистауской области произведен перерасчет", "... Маңғыстау облысы бойынша департаменті", «... өңірлік ...» АҚ.
_BODY_REGION = [
    _rx(r"\b((?:отделени|филиал|департамент|управлени|комитет|инспекци|корпораци|служб|НАО|АО|РГУ|ГУ)\w*"
        r"[^.,;:]{0,60}?)\s+по\s+(?:Мангистауской\s+)?области\b"),
    _rx(r"(\b)облысы\s+бойынша(?=\s+(?:\S+\s+){0,3}?(?:департамент|басқарма|филиал|инспекция|комитет)\w*)"),
]


# A region that qualifies a threshold the person's figure is compared with is part of the threshold's name, not
# the scope of the answer: "доход семьи ... выше черты бедности по Мангистауской области (30 385 тенге)",
# "Маңғыстау облысы бойынша кедейлік шегінен (30 385 теңге) жоғары". Without the comparison ("прожиточный
# минимум по области составил ...") the region stays a scope.
_THRESHOLD = (r"(?:черт\w+\s+бедности|прожиточн\w+\s+минимум\w*|средн\w+\s+(?:заработн\w+\s+плат|доход)\w*|"
              r"базов\w+\s+(?:прожиточн\w+\s+)?величин\w*)")
_KK_THRESHOLD = r"(?:кедейлік\s+шег|(?:ең\s+төменгі\s+)?күнкөріс\s+(?:деңгей|минимум)|орташа\s+(?:жалақы|табыс))"
_KK_COMPARED = r"\w*(?:\s*\([^)]*\))?\s+(?:жоғары|төмен|артық|кем|асып|аспай|асады|аспайды)"
_THRESHOLD_REGION = [
    _rx(rf"\b((?:выше|ниже|превыша\w*|не\s+превыша\w*|меньше|больше)\s+(?:\S+\s+)?{_THRESHOLD}[^.;:]{{0,20}}?)"
        r"\s+(?:по|в)\s+(?:Мангистауской\s+)?области\b"),
    _rx(rf"(\b)облыс\w*(?:\s+бойынша)?(?=\s+(?:\S+\s+)?{_KK_THRESHOLD}{_KK_COMPARED})"),
]


def _without_body_names(s: str) -> str:
    """Sentence s with names in quotes, the regions of body names (_BODY_REGION) and of thresholds
    (_THRESHOLD_REGION) left out."""
    s = re.sub(_QUOTED_NAME, "«»", s)
    for p in _BODY_REGION + _THRESHOLD_REGION:
        s = p.sub(lambda m: m.group(1) + " ", s)
    return s


def _is_wide(s: str, L: "_Lang") -> bool:
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
    if any(L.other_places.search(c) and not _any(L.own_object, c) for c in re.split(r"[,;:]", s)):
        return True
    rest = _without_place_lists(s, L)
    if _any(L.own_object, rest):
        return False
    listed = rest != s  # several places were listed and blanked out
    if listed or L.regional.search(_without_body_names(s)) or L.aggregate.search(s):
        return True
    if not (L.citywide.search(s) and _any(L.figure, s)):
        return False
    return not (_any(L.place, rest) or L.recipient.search(L.address_form.sub(" ", s)))


_NOT_FACT_NUMBERS = [
    _rx(r"№\s*\S+"),
    _rx(r"\b(?:стать\w*|ст\.|пункт\w*|п\.|подпункт\w*|пп\.|част\w*|приказ\w*|постановлени\w*|решени\w*|"
        r"программ\w*|исх\.|вх\.)\s*\d[\w./-]*"),
    _rx(r"\d[\w./-]*\s*-?\s*(?:бап|тармақ|бұйрық|қаулы)\w*"),
    _rx(r"\b\d{1,2}\s+" + _RU_MONTHS_GEN + r"(?:\s+\d{4}\s*(?:года|г\.)?)?"),
    _rx(r"\b\d{4}\s+жыл\w*(?:\s+\d{1,2}\s+\w+)?"),
    _rx(r"\b\d{1,2}\s+" + _KK_MONTHS + r"\w*"),
    _rx(r"\b(?:19|20)\d{2}\b(?:\s*(?:года|году|год|г\.))?"),
    _rx(r"\b\d+\s*\)"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
    _rx(r"\b(?:I{1,3}|IV)\b", 0),
]


def _has_fact_number(window: str, L: "_Lang") -> bool:
    """True when a number remains after removing dates, years, and law, order and registration numbers."""
    for p in _NOT_FACT_NUMBERS:
        window = p.sub(" ", window)
    return bool(re.search(r"\d", window))


def _queue_position(sentences: list[str], i: int, L: "_Lang") -> bool:
    """True when sentence i states a position in a queue named in it or next to it."""
    if not L.queue_position.search(sentences[i]):
        return False
    return bool(L.queue_word.search(" ".join(sentences[max(0, i - 1):i + 2])))


def _only_paper_future(s: str) -> bool:
    """True when the only future verbs in a Russian sentence are paperwork ("ответ будет направлен до ...")."""
    return (bool(re.search(r"\bответ\w*\b", s, re.I)) and not RU_FUT_FINITE.search(s)
            and not RU_PRESENT.search(s) and not RU_PLAN.search(s))


# A refusal, or a request left out of a list or plan, is a decision; without facts behind it, a formal one.
_REFUSAL = {
    "ru": _rx(r"\bотказ\w*|\bне\s+(?:вошл|включен)\w*"),
    "kk": _rx(r"бас\s+тарт|қанағаттандырылмады|қанағаттандырусыз|\b(?:енбеді|енгізілмеді|кірмеді)\b"),
}


def _is_refusal(s: str, lang: str) -> bool:
    return bool(_REFUSAL[lang].search(s))


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
    a, sentences, clean = _analyse(text, lang)
    substantive = []
    if a.result:
        substantive.append("result")
    if a.commitment:
        substantive.append("commitment")
    if a.decision:
        substantive.append("decision")
    if a.proper_forward:
        substantive.append("proper_forward")
    if substantive:
        return Verdict(False, tuple(substantive))

    L = RU if lang == "ru" else KK
    formal = []
    if L.law.search(clean):
        formal.append("cites_law_only")
    if L.sends.search(clean):
        formal.append("sends_elsewhere")
    if L.vague.search(clean) or (lang == "ru" and RU_WILL_PAPER.search(clean)):
        formal.append("vague_promise")
    if L.procedure.search(clean):
        formal.append("procedure_only")
    if L.explain.search(clean):
        formal.append("explanation_only")
    if a.decision_no_facts:
        formal.append("decision_without_facts")
    if a.forward:
        formal.append("undated_forward")
    if a.regional:
        formal.append("regional_figures_only")
    formal.append("no_concrete_action")
    return Verdict(True, tuple(formal))

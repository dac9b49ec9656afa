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
forwarding words (D), and for dates, periods, executors and facts. Numbers that
are article, order, registration or phone numbers, opening hours and
region-wide statistics are never taken as concrete. Paperwork and explaining
verbs (рассмотрено, разъяснено, направлено, қаралды, түсіндірілді, жолданды)
are never actions.

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


def _rx(pattern: str, flags: int = re.IGNORECASE) -> re.Pattern:
    return re.compile(pattern, flags)


def _any(patterns, text: str) -> bool:
    return any(p.search(text) for p in patterns)


# --------------------------------------------------------------------------
# Russian

_RU_MONTHS_GEN = r"(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
_RU_MONTHS_PREP = r"(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)"
_RU_QUARTER = r"(?:I{1,3}|IV|[1-4](?:-?м)?|первом|втором|третьем|четвертом)"

RU_DATE = [
    _rx(rf"\b\d{{1,2}}\s+{_RU_MONTHS_GEN}"),
    _rx(rf"\bв\s+{_RU_MONTHS_PREP}\b"),
    _rx(rf"\b(?:в|во|к|до)\s+(?:конц[еау]\s+)?{_RU_QUARTER}\s+(?:квартал|полугоди)\w*"),
    _rx(r"\bв\s+\d{4}\s+году\b"),
    _rx(r"\bв\s+течение\s+(?:\d+|одного|двух|трех|пяти|десяти|месяца|недели|года)"),
    _rx(rf"\bдо\s+конца\s+(?:\d{{4}}\s+года|года|месяца|недели|{_RU_MONTHS_GEN})"),
    _rx(r"\bне\s+позднее\b"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
    _rx(r"\bв\s+срок\s+до\b"),
    _rx(r"\b(?:до|к)\s+\d{1,2}\s+числа\b"),
]
# Deadline-type dates only: the next step of a forward must say by when.
RU_DEADLINE = [
    _rx(rf"\b(?:до|к|не\s+позднее)\s+\d{{1,2}}\s+{_RU_MONTHS_GEN}"),
    _rx(r"\b(?:до|не\s+позднее)\s+\d{1,2}\.\d{1,2}\.\d{2,4}"),
    _rx(r"\bв\s+течение\s+(?:\d+|одного|двух|трех|пяти|десяти)\s+\w*\s*(?:дн|день|дня|недел|месяц|час|сут)"),
]

_RU_ACTION_STEMS = (
    r"замен|отремонтиров|восстановл|установл|подключ|провед|произвед|выполн|устран|вывез|завез|выдел|назнач|"
    r"начисл|выплач|перечисл|постро|улож|проложе?|введ|заверш|организов|демонтиров|заасфальтиров|"
    r"очищ|прочищ|сокращ|продл|выпущ|сниж|уменьш|налож|возобновл|довед|укомплектов|отключ|огорож|"
    r"доставл|обустро|оборудов|благоустро|освещ|засып|отсып|покраш|снес|ликвидиров|откач|промы|"
    r"смонтиров|реконструиров|капитально отремонтиров|отрегулиров|выдан|зачисл|пересчита|возвращ|"
    r"оснащ|высаж|озелен|асфальтиров|нанес|выровн|утепл|газифициров|электрифициров|списа|погаш|отремонтирова"
)
# short participles: заменен(а/о/ы), отремонтирован(а/о/ы), открыт(а/о/ы), начат...
RU_PPP = _rx(rf"\b(?:{_RU_ACTION_STEMS})(?:е|ё|а)?н[аоы]?\b|\bоткрыт[аоы]?\b|\bначат[аоы]?\b|\bвыдан[аоы]?\b")
RU_PAST_ACTIVE = _rx(
    r"\b(?:заменил|отремонтировал|восстановил|подключил|устранил|выполнил|построил|вывез|завез|"
    r"уложил|очистил|прочистил|демонтировал|заасфальтировал|произвел|провел|установил|открыл|"
    r"начал|приступил|снизил|возобновил|перечислил|выплатил|вернул|доставил|организовал|"
    r"ликвидировал|смонтировал|обустроил)(?:а|о|и|ла|ли)?\b"
)
RU_FUT_FINITE = _rx(
    r"\b(?:выполн|замен|установ|подключ|устран|восстанов|постро|заверш|достав|выплат|перечисл|"
    r"улож|очист|прочист|обустро|демонтиру|заасфальтиру|отремонтиру|организу|реконструиру|"
    r"отрегулиру|откачa?)(?:ит|ят|ат|ет|ют|ут)\b|\b(?:провед|произвед|вывез|завез|нанес|"
    r"откро|начн)(?:ет|ут|ется|утся)\b|\bприступ(?:ит|ят)\b"
)
RU_WILL = _rx(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,3}?")
RU_PLAN = _rx(r"\b(?:планиру\w*|запланирован\w*|предусмотрен\w*|поручен[оаы]?|поручил\w*|обязан\w*|обязал\w*|"
              r"предписан\w*|выдано\s+предписание|включен\w*\s+в\s+план\w*|"
              r"ведутся|ведется|продолжа\w*|начаты|идут)\b")
RU_INF = _rx(rf"\b(?:{_RU_ACTION_STEMS}|организов|отремонтиров|замен|подключ|постро|установ|провест|произвест)\w*(?:ть|ти)\b")
RU_ACTION_NOUN = _rx(
    r"\b(?:ремонт\w*|замен[аеуы]\w*|строительств\w*|реконструкц\w*|установк\w*|подключени\w*|прокладк\w*|"
    r"асфальтир\w*|благоустройств\w*|подвоз\w*|вывоз\w*|очистк\w*|прочистк\w*|покраск\w*|монтаж\w*|"
    r"демонтаж\w*|снос\w*|работ[ыа]?|замер\w*|опрессовк\w*|промывк\w*|газификац\w*|освещени\w*)\b"
)
# Objects that make "провести/произвести/выполнить" physical work, and those that make it paperwork.
RU_WORK_OBJECT = _rx(r"ремонт|замен|перерасчет|прочистк|очистк|замер|установк|монтаж|работ[ыа]?\s+по\b|"
                     r"подключени|асфальт|покраск|благоустройств|дезинфекц|дератизац|промывк|опрессовк|"
                     r"строительн|прокладк|обрезк|санитарн|вывоз|подвоз|ямочн")
RU_PAPER_OBJECT = _rx(r"разъясн|работ[аы]?\s+с\b|обследовани|проверк|беседа|беседу|встреч|мониторинг|совещани|"
                      r"рейд|собрани|анализ|изучени|консультац|рассмотрени|выезд|прием|приём|разговор|"
                      r"профилактическ|рекомендац|предупрежден")
RU_NEG = _rx(r"\bне\s+$")

RU_WILL_PAPER = _rx(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,3}?(?:рассмотр|изучен|учтен|дан|направлен|сообщ|принят|"
                    r"решен|проинформир|отработан|проработан|предоставлен\w*\s+ответ)")

RU_EXECUTOR = [
    _rx(r"\b(?:ТОО|АО|ГКП|КГП|ИП|ГУ|КГУ|РГП|РГУ|ПК|КСК|ПКСК|ОСИ|ЧК|МКК|МКП|ГККП)\b\s*(?:на\s+ПХВ\s*)?[«\"]", 0),
    _rx(r"[«\"][^»\"]+[»\"]\s*(?:ТОО|АО|ИП|ГКП)\b", 0),
    _rx(r"\bподрядчик\w*|\bподрядн\w+\s+организац\w*|\bподрядн\w+"),
    _rx(r"\bаким\w*\s+(?:\w+\s+){0,2}(?:сельского|поселкового|городского)\s+округа"),
    _rx(r"\bаппарат\w*\s+акима"),
    _rx(r"\b(?:аким\w*|акимат\w*)\s+(?:\w+\s+)?(?:района|города|села|поселка)"),
    _rx(r"\bаварийн\w+\s+(?:бригад|служб)\w*"),
    _rx(r"\b(?:начальник|директор|руководител|заместител|главн\w+\s+врач|инженер|участков\w+\s+инспектор)\w*\s+"
        r"(?:\w+\s+){0,3}[А-Я][а-я]+\w*\s+[А-Я]\.", 0),
]

RU_RESULT_EXTRA = [
    _rx(r"\bначал[аи]?\s+работ(?:у|ать)\b"),
    _rx(r"\bвыехал[аи]?\s+на\s+место\b"),
    _rx(r"\bналожен\w*\s+штраф|\bпривлечен\w*\s+к\s+(?:административной\s+)?ответственности"),
    _rx(r"\bвозобновлен[аоы]?\b"),
    _rx(r"\bпередан[аоы]?\s+(?:нов\w+|\d+)"),
]

RU_DECISION = _rx(
    r"\b(?:отказано|отказать|одобрен[аоы]?|удовлетворен[аоы]?|(?<!будет\s)принято\s+решение(?!\s+о\s+рассмотр)|"
    r"решение\s+о\s+(?:выделении|назначении|предоставлении|отказе)|назначен[аоы]?|назначить|зачислен[аоы]?|"
    r"поставлен[аоы]?\s+(?:на\s+учет|в\s+очередь)|включен[аоы]?\s+в\s+(?:список|очередь|реестр)|"
    r"предоставлен[аоы]?|выделен[аоы]?|принят[аы]?\s+в\s+(?:\d+|детск\w*|школ\w*|класс\w*|групп\w*|лице\w*|гимнази\w*))\b"
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

RU_FORWARD = _rx(r"\b(?:пере)?(?:направлен[оаы]?|передан[оаы]?|переадресован[оаы]?)\s+(?:\S+\s+){0,3}?(?:в|во|на\s+рассмотрение\s+в)\b")
RU_APPEAL_WORD = _rx(r"\b(?:обращени|заявлени|жалоб|запрос)\w*")
RU_BODY = _rx(r"\b(?:ГУ|ГКП|АО|ТОО|КГУ|РГУ|РГП|КГП)\s*[«\"]|\bуправлени\w*|\bдепартамент\w*|\bакимат\w*|\bотдел\w*|"
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
RU_VAGUE = _rx(r"\bна\s+(?:постоянном\s+)?контрол\w*|\bпринят\w*\s+(?:во\s+внимание|к\s+сведению)|\bбудет\s+учтен\w*|\bучтен\w*\s+при|"
               r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,2}?(?:рассмотрен|изучен|проработан)\w*|\bв\s+ближайшее\s+время|"
               r"\bсоответствующ\w+\s+(?:меры|решени\w*|работ\w*)|\bна\s+(?:постоянном\s+)?мониторинге|"
               r"\bпроведен\w*\s+(?:определенн\w+\s+)?работ[аы]\b|\bпри\s+наличии\s+(?:финансирования|средств)|"
               r"\bнаходится\s+на\s+(?:рассмотрении|контроле|изучении)|\bвзят\w*\s+на\s+контроль|\bпо\s+возможности")
RU_PROCEDURE = _rx(r"\bв\s+порядке\s+(?:общей\s+)?очередност\w*|\bпо\s+мере\s+(?:выделения|поступления|строительства|финансирования)\w*|"
                   r"\begov\b|\bэлектронного\s+правительства|\bЦОН\w*|\bцентр\w*\s+обслуживания\s+населения|\bпоэтапно\b|"
                   r"\bв\s+установленном\s+порядке|\bподается\s+через")
RU_EXPLAIN = _rx(r"\bразъясн\w*|\bрекомендаци\w*|\bпредупрежден\w*|\bпроведена\s+беседа|\bпрофилактическ\w+\s+бесед\w*|"
                 r"\bпроинформирован\w*|\bдоведен\w*\s+до\s+сведения")
RU_REGIONAL = _rx(r"\b(?:в|по)\s+(?:Мангистауской\s+)?области\b|\bв\s+регионе\b|\bрегиона\b|\bпо\s+региону\b|"
                  r"\bпо\s+республике\b|\bв\s+республике\b|\bпо\s+стране\b|\bещ[её]\s+\d+\s+объект\w*|\bво\s+всех\s+районах")
RU_AGGREGATE = _rx(r"\b\d+\s+(?:улиц|дорог|объект|населенн\w+\s+пункт|сел|школ|дворов|дворовых|многоквартирн)\w*"
                   r"(?![^.]*\b(?:ул\.|дом\w*\s*№|№\s*\d+\s+дом))")
RU_CITYWIDE = _rx(r"\b(?:в|по)\s+(?:г\.|городе|городу|району|районе)\s*[А-Я]?|\bгорода\s+[А-Я]\w+\s+в\s+целом")
RU_FIGURE = _rx(r"\d[\d ,]*\s*(?:км|млрд|млн|тыс|%|объект\w*|единиц\w*|кубометр\w*|населенн\w+\s+пункт\w*|дом\w*|сел\w*)")
RU_LOCAL_STRICT = [
    _rx(r"\b(?:ул|с|пос|п|мкр|пр|д|просп)\.\s*[А-Я0-9]", 0),
    _rx(r"\b(?:улиц[аеыу]|проспект\w*|сел[оау]|селе|поселк\w*|аул\w*)\s+[А-Я]", 0),
    _rx(r"\bдом\w*\s*№?\s*\d+|№\s*\d+\s+(?:жилого\s+)?дом\w*|\bподъезд\w*\s*№?\s*\d"),
    _rx(r"\b\d+\s*мкр|\bмкр\w*\s+[А-Я0-9]"),
    _rx(r"\bВаш\w*|\bВам\b|\bВы\b|\bВас\b", 0),
]
RU_LOCAL_LOOSE = _rx(r"\b(?:улиц\w*|дом\w*|подъезд\w*|квартир\w*|сел[оауе]\b|поселк\w*|микрорайон\w*|двор\w*|школ\w*|"
                     r"амбулатори\w*|лицев\w+\s+сч\w*|заявител\w*)")


# --------------------------------------------------------------------------
# Kazakh

_KK_MONTHS = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша|желтоқсан)"
KK_DATE = [
    _rx(rf"\b\d{{1,2}}\s+{_KK_MONTHS}\w*"),
    _rx(rf"\b{_KK_MONTHS}\w*\s+дейін"),
    _rx(rf"\b{_KK_MONTHS}(?:да|де|та|те|ында|інде|ында)\b"),
    _rx(rf"\b{_KK_MONTHS}\w*\s*-\s*{_KK_MONTHS}\w*"),
    _rx(r"\b(?:\d+|бір|екі|үш|бес|он)\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|апта|ай|сағат|тәулік)\w*\s+ішінде"),
    _rx(r"\b\d{4}\s+жылдың\s+(?:I{1,3}|IV|\d|бірінші|екінші|үшінші|төртінші)\s+(?:тоқсан|жарты)\w*"),
    _rx(r"\b\d{4}\s+жылы\b"),
    _rx(r"\b\d{4}\s+жылдың\s+соңына\s+дейін|\bжыл\s+соңына\s+дейін"),
    _rx(r"\bкешіктірмей\b"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
]
KK_DEADLINE = [
    _rx(rf"\b{_KK_MONTHS}\w*\s+дейін"),
    _rx(r"\b(?:\d+|бір|екі|үш|бес|он)\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|апта|ай|сағат|тәулік)\w*\s+ішінде"),
    _rx(r"\bкешіктірмей\b"),
    _rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\w*\s+дейін"),
]

# Stems of physical work. A word is stem + (optional passive ыл/іл/л/ын/ін/н) + tense ending.
_KK_ACTION_STEMS = (
    "ауыстыр", "жөнде", "орнат", "қалпына келтір", "шығар", "төле", "тағайында", "тазала", "жеткіз", "жой",
    "төсе", "жаңарт", "ұзарт", "қысқарт", "төмендет", "азайт", "тоқтат", "жасақта", "сал", "қос", "аш",
    "аудар", "әкел", "монтажда", "қорша", "асфальтта", "жарықтандыр", "отырғыз", "жабдықта", "ұйымдастыр",
    "бастал", "кіріс", "қайтар", "сорып шығар", "тарт", "бөл", "есепте", "қайта есепте", "өлше", "жүргіз",
    "орында", "аяқта", "қамтамасыз ет", "бер", "тексер", "демонтажда", "бұз", "құрастыр", "кеңейт",
    "жылыт", "газдандыр", "тегісте", "бояп", "боя", "әкет", "ағызып", "қабылда", "енгіз", "тазарт", "сыр",
    "ағарт", "көмкер", "бетонда", "дәнекерле", "алмастыр", "шегер", "іске қос",
)
_KK_PASSIVE = r"(?:ыл|іл|л|ын|ін|н)?"
_KK_PAST = r"(?:ды|ді|ты|ті|ған|ген|қан|кен|ғанын|генін|қанын|кенін|ғаны|гені)"
_KK_FUT = r"(?:йды|йді|ады|еді|атын\s+болады|етін\s+болады|уы\s+тиіс|уі\s+тиіс|у\s+тиіс|йтын\s+болады|"\
    r"ылады|іледі|лады|леді|нады|неді|ылатын\s+болады|ілетін\s+болады|латын\s+болады|летін\s+болады)"
_KK_CONVERB = r"(?:ып|іп|п)"
_KK_STEMS_RE = "|".join(sorted((re.escape(s) for s in _KK_ACTION_STEMS), key=len, reverse=True))
KK_VERB = _rx(rf"\b({_KK_STEMS_RE})({_KK_PASSIVE})({_KK_FUT}|{_KK_PAST}|{_KK_CONVERB})(?=[\s,.;:!?)»]|$)")
# Objects that make "жүргізу / беру / қабылдау / тексеру" physical work or paperwork.
KK_WORK_OBJECT = _rx(r"жөнде|ауыстыр|тазала|есептеу|құрылыс|монтаж|орнат|салу|төсеу|жаңарт|қалпына|өлшеу|"
                     r"жұмыстар|асфальт|абаттандыр|сорғы|электрокардиограф|құрал|жабдық|көлік|автобус|"
                     r"пайдалануға|жолдама|сертификат|пәтер|баспана|жер учаске|кілт|орын|су\b|қаражат|жәрдемақы|көмек")
KK_PAPER_OBJECT = _rx(r"түсінді|түсінік|ұсыным|жауап|кеңес|ақпарат|тапсырма|нұсқау|ескерту|тексеру|зерттеп|"
                      r"мониторинг|кездесу|жұмыс\s+жүргіз|жұмысын|жұмысы|шара|назар|бақылау|хат|өтініш|қорытынды|"
                      r"рейд|жиналыс|профилактика|қабылдау")
KK_EXECUTOR = [
    _rx(r"[«\"][^»\"]+[»\"]\s*(?:ЖШС|АҚ|МКК|ЖК|ММ|КМК|ШЖҚ|МКМ|ПИК|КСК|ТОО|АО|ГКП)\w*", 0),
    _rx(r"\b(?:ЖШС|АҚ|МКК|ЖК|ШЖҚ|КМК)\b\s*[«\"]", 0),
    _rx(r"\bмердігер\w*"),
    _rx(r"ауылдық\s+округ\w*\s+әкім\w*|\bәкім\w*\s+аппарат\w*|\bауыл\s+әкім\w*|\b(?:аудан|қала)\s+әкім\w*"),
    _rx(r"апаттық\s+бригада\w*|\bбригада\w*"),
]
KK_RESULT_EXTRA = [
    _rx(r"жұмысқа\s+кірісті|жұмысын\s+бастады|қайта\s+басталды"),
    _rx(r"орнына\s+шықты"),
    _rx(r"айыппұл\s+салынды|әкімшілік\s+жауапкершілікке\s+тартылды"),
    _rx(r"пайдалануға\s+берілді"),
    _rx(r"жөндеуден\s+өткізілді|жөндеуден\s+өтті"),
]
KK_DECISION = _rx(
    r"бас\s+тарт\w*|мақұлдан\w*|қанағаттандырыл\w*|(?<!тиісті\s)шешім\s+қабылданды|тағайындалды|"
    r"(?:тобына|сыныбына|мектепке|балабақшаға|кезекке|тізімге|есебіне|есепке)\s+(?:\S+\s+){0,2}?(?:қабылданды|"
    r"қойылдыңыз|қойылды|алынды|енгізілді|алындыңыз|енгізілдіңіз)|қойылдыңыз|"
    r"(?:сертификат|учаске|пәтер|баспана|жолдама|көмек|жәрдемақы|орын|қаражат|субсидия|төлем)\w*\s+(?:\S+\s+){0,3}?"
    r"(?:бөлінді|берілді|ұсынылды|төленді)"
)
KK_DECISION_NO_FACTS = _rx(
    r"бұзыл\w*\s+(?:\S+\s+){0,2}?анықталған\s+жоқ|бұзушылық\w*\s+(?:\S+\s+){0,2}?(?:анықталмады|анықталған\s+жоқ|"
    r"жоқ|байқалмады)|негіз\w*\s+(?:\S+\s+){0,2}?жоқ|талаптарына\s+сәйкес\s+келмеу\w*"
)
KK_FACT = [
    _rx(r"\d[\d ]*(?:,\d+)?\s*(?:теңге|тг\b|₸|млн\s+теңге)"),
    _rx(r"\bнөмір\w*\s*[—–:-]?\s*\d+|\d+\s*-?\s*(?:ші|шы|нші|ншы)\s+(?:орын|кезек)\w*|\bкезек\w*\s+(?:\S+\s+)?\d+"),
    _rx(r"\d+(?:,\d+)?\s*(?:га|шаршы\s+метр|м2|м²|кВ|км|сотық)\b"),
    _rx(r"\bакті\w*"),
    _rx(r"\bтобына\b|\bсыныбына\b|\bтобы\b"),
    _rx(r"\bтабыс\w*\s+(?:\S+\s+){0,4}\d"),
]
KK_FORWARD = _rx(r"\b(?:қайта\s+)?(?:жолданды|жолданған\w*|жіберілді|жіберілген\w*|берілді|бағытталды|бағытталған\w*)")
KK_APPEAL_WORD = _rx(r"\b(?:өтініш|шағым|сұрау|хат)\w*")
KK_BODY = _rx(r"[«\"][^»\"]+[»\"]\s*(?:ММ|МКК|АҚ|ЖШС|КММ|РММ)|\bбасқарма\w*|\bдепартамент\w*|\bәкімдіг\w*|\bбөлім\w*|"
              r"\bкомитет\w*|\bминистрлі\w*|\bәкім\w*|\bинспекция\w*|\bпрокуратура\w*|\bполиция\w*|\bқызмет\w*")
KK_REG = _rx(r"№\s*\S*\d|\bшығыс\b|\bкіріс\b|\d{4}\s+жылғы\s+\d{1,2}\s+\w+\s+(?:№|хат)")
KK_REASON = _rx(r"құзырет\w*|\bсебебі\b|\w+(?:тындықтан|тіндіктен|дықтан|діктен|ғандықтан|гендіктен)\b|"
                r"\bбайланысты\s+емес|\bқарамағында\b|\bбалансында\b|\bменшігінде\b")
KK_NEXT_STEP = _rx(r"\b(?:қара|жауап|хабарла|тексер|жібер|бер|шеш|орында|жүргіз)\w*")
KK_LAW = _rx(r"\w+-?бабы\w*|\bзаң\w*|\bкодекс\w*|\bқағида\w*|\bбұйрығы\w*|\bқаулы\w*|\bсәйкес\b|\bтармақ\w*")
KK_SENDS = _rx(r"жүгін\w*|байланыс\s+орталығ\w*|телефон\w*\s+арқылы|\bwww\.|\.kz\b|интернет-ресурс\w*|\bсайт\w*|"
               r"қосымшасы\s+арқылы|\bхабарласу\w*|сот\w*\s+тәртібі\w*")
KK_VAGUE = _rx(r"бақылау\w*|назарға\s+алынды|ескерілетін\s+болады|ескеріледі|зерделенеді|жақын\s+арада|"
               r"тиісті\s+(?:шаралар|шешім|жұмыс)\w*|мониторинг\w*|жұмыс\s+жүргізіл\w*|жұмыстар\s+жүргізіл\w*|"
               r"қаржыландыру\s+болған\s+жағдайда|қаралатын\s+болады|қаралады|қаралу\s+үстінде|мүмкіндігінше|"
               r"қарастырылатын\s+болады")
KK_PROCEDURE = _rx(r"кезек\s+тәртібімен|кезектілік\s+тәртібі\w*|қаражат\s+бөлінуіне\s+қарай|\begov\b|электрондық\s+үкімет|"
                   r"\bХҚКО\w*|халыққа\s+қызмет\s+көрсету\s+орталығ\w*|кезең-кезеңімен|белгіленген\s+тәртіппен|"
                   r"салынуына\s+қарай|берілуіне\s+қарай")
KK_EXPLAIN = _rx(r"түсіндір\w*|түсінік\w*|ұсыным\w*|ескерту\s+жасалды|ескертілді|кеңес\s+берілді")
KK_REGIONAL = _rx(r"облыс(?:ы|ын)?(?:нда|ында)\b|облыс(?:ы)?\s+бойынша|\bоблысын\b|\bөңір\w*|\bреспублика\s+бойынша|\bел\s+бойынша|"
                  r"\bтағы\s+\d+\s+нысан\w*|\bбарлық\s+аудандар\w*")
KK_AGGREGATE = _rx(r"\b\d+\s+(?:көше|жол|нысан|елді\s+мекен|ауыл|мектеп|аула|көппәтерлі)\w*")
KK_CITYWIDE = _rx(r"\w+\s+(?:қаласында|ауданында|қаласы\s+бойынша|ауданы\s+бойынша)\b")
KK_FIGURE = _rx(r"\d[\d ,]*\s*(?:км|млрд|млн|мың|%|нысан\w*|бірлік\w*|текше\s+метр\w*|елді\s+мекен\w*|үй\w*|ауыл\w*)")
KK_LOCAL_STRICT = [
    _rx(r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:ауыл|көше|шағын\s+аудан|кент)\w*", 0),
    _rx(r"№\s*\d+\s*(?:тұрғын\s+)?(?:үй|мектеп)\w*|\b\d+\s+шағын\s+аудан\w*|\b\d+\s+үй\w*"),
    _rx(r"\bСіз\w*|\b\w+(?:ыңыз|іңіз|ңыз|ңіз|ыңызға|іңізге)\w*"),
]
KK_LOCAL_LOOSE = _rx(r"\b(?:көше\w*|үй\w*|ауыл\w*|мектеп\w*|амбулатори\w*|кіреберіс\w*|шот\w*|пәтер\w*|аула\w*)")


@dataclass
class _Lang:
    date: list
    deadline: list
    executor: list
    local_strict: list
    local_loose: re.Pattern
    regional: re.Pattern
    aggregate: re.Pattern
    citywide: re.Pattern
    figure: re.Pattern
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


RU = _Lang(RU_DATE, RU_DEADLINE, RU_EXECUTOR, RU_LOCAL_STRICT, RU_LOCAL_LOOSE, RU_REGIONAL, RU_AGGREGATE, RU_CITYWIDE, RU_FIGURE, RU_LAW,
           RU_SENDS, RU_VAGUE, RU_PROCEDURE, RU_EXPLAIN, RU_DECISION, RU_DECISION_NO_FACTS, RU_FACT, RU_FORWARD,
           RU_APPEAL_WORD, RU_BODY, RU_REG, RU_REASON, RU_NEXT_STEP)
KK = _Lang(KK_DATE, KK_DEADLINE, KK_EXECUTOR, KK_LOCAL_STRICT, KK_LOCAL_LOOSE, KK_REGIONAL, KK_AGGREGATE, KK_CITYWIDE, KK_FIGURE, KK_LAW,
           KK_SENDS, KK_VAGUE, KK_PROCEDURE, KK_EXPLAIN, KK_DECISION, KK_DECISION_NO_FACTS, KK_FACT, KK_FORWARD,
           KK_APPEAL_WORD, KK_BODY, KK_REG, KK_REASON, KK_NEXT_STEP)


# --------------------------------------------------------------------------
# Masking numbers that are never concrete

_MASKS = [
    _rx(r"\b\d{1,2}[:.]\d{2}\s*(?:-|–|—|до)\s*\d{1,2}[:.]\d{2}"),          # opening hours 9:00-18:00
    _rx(r"\b(?:с|из)\s+\d{1,2}:\d{2}|\d{1,2}:\d{2}-?(?:ден|ге|ге\s+дейін|ден|тен|нан)?"),
    _rx(r"(?:\+7|8)\s*\(?\d{3,4}\)?\s*[\d -]{5,}\d"),                  # phone numbers
    _rx(r"\b(?:номер\w*|телефон\w*|call-?центр\w*)\s+\d{3,4}\b|\b\d{4}\s+(?:бірыңғай|байланыс)"),
]


def _mask(text: str) -> str:
    for m in _MASKS:
        text = m.sub(" ", text)
    return text


# --------------------------------------------------------------------------
# Sentence analysis


def _ru_past_actions(s: str) -> list[str]:
    found = []
    for m in RU_PPP.finditer(s):
        word = m.group(0)
        before = s[max(0, m.start() - 40):m.start()]
        after = s[m.end():m.end() + 60]
        if RU_NEG.search(before) or re.search(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,3}$", before, re.I):
            continue
        low = word.lower()
        if low.startswith(("провед", "произвед", "выполн", "организов", "выдан", "назнач", "выдел", "введ",
                           "довед", "установл", "открыт", "начат")):
            ctx = before[-30:] + " " + after[:50]
            if low.startswith("введ") and not re.search(r"эксплуатаци", after, re.I):
                continue
            if low.startswith("довед") and re.search(r"до\s+сведени", after, re.I):
                continue
            if low.startswith("установл") and re.search(r"^\s*(?:,\s*)?(?:что|превышени|факт|нарушени|наличи|отсутстви)",
                                                         after, re.I):
                continue
            if RU_PAPER_OBJECT.search(ctx) and not RU_WORK_OBJECT.search(ctx):
                continue
            if low.startswith(("провед", "произвед")) and not RU_WORK_OBJECT.search(ctx):
                continue
            if low.startswith("выдел") and not re.search(r"\d", ctx):
                continue
        found.append(word)
    for m in RU_PAST_ACTIVE.finditer(s):
        before = s[max(0, m.start() - 40):m.start()]
        after = s[m.end():m.end() + 60]
        low = m.group(0).lower()
        if RU_NEG.search(before):
            continue
        if low.startswith(("провел", "произвел", "организовал", "начал", "установил", "открыл")):
            if low.startswith("установил") and re.search(r"^\s*,?\s*что", after):
                continue
            if low.startswith("начал") and not re.search(r"^\s*(?:работ|прием|подач|ремонт)", after, re.I):
                continue
            ctx = after[:50]
            if RU_PAPER_OBJECT.search(ctx) and not RU_WORK_OBJECT.search(ctx):
                continue
            if low.startswith(("провел", "произвел")) and not RU_WORK_OBJECT.search(ctx):
                continue
        found.append(m.group(0))
    found += [m.group(0) for p in RU_RESULT_EXTRA for m in p.finditer(s)]
    return found


def _ru_future_actions(s: str) -> list[str]:
    found = []
    for m in RU_PPP.finditer(s):
        before = s[max(0, m.start() - 40):m.start()]
        if re.search(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,3}$", before, re.I):
            found.append(m.group(0))
    for m in RU_FUT_FINITE.finditer(s):
        low = m.group(0).lower()
        after = s[m.end():m.end() + 60]
        if low.startswith(("провед", "произвед")) and not RU_WORK_OBJECT.search(after):
            continue
        found.append(m.group(0))
    if RU_PLAN.search(s) and (RU_INF.search(s) or RU_ACTION_NOUN.search(s)):
        found.append(RU_PLAN.search(s).group(0))
    if re.search(r"\bбуд(?:ет|ут)\s+(?:\S+\s+){0,2}?(?:" + _RU_ACTION_STEMS + r")\w*(?:ть|ти)\b", s, re.I):
        found.append("будет+inf")
    return found


def _kk_verbs(s: str) -> tuple[list[str], list[str]]:
    """(past actions, future actions) among Kazakh verbs of physical work in sentence `s`."""
    past, fut = [], []
    for m in KK_VERB.finditer(s):
        stem, passive, ending = m.group(1).lower(), m.group(2), m.group(3).lower()
        word = m.group(0)
        before = s[max(0, m.start() - 45):m.start()]
        after = s[m.end():m.end() + 40]
        # short stems are ambiguous: "бас тартылды" is a refusal, "салу көзделген" a plan
        if stem == "тарт" and re.search(r"бас\s+$", before, re.I):
            continue
        if stem in ("бер", "жүргіз", "тексер", "қабылда", "енгіз", "өлше", "есепте", "бөл", "аш", "сал", "қос", "бастал",
                    "орында", "аяқта", "шығар", "ұйымдастыр", "қамтамасыз ет"):
            ctx = before
            if stem == "бер" and re.search(r"жауап\w*\s+(?:\S+\s+){0,3}$", before, re.I):
                continue
            if KK_PAPER_OBJECT.search(ctx[-30:]) and not KK_WORK_OBJECT.search(ctx[-30:]):
                continue
            if stem in ("жүргіз", "бер", "тексер", "қабылда", "енгіз") and not KK_WORK_OBJECT.search(ctx):
                continue
            if stem == "бөл" and not re.search(r"\d", before + after):
                continue
            if stem == "қабылда":
                continue  # decisions, handled by KK_DECISION
        if stem == "тексер":
            continue
        if ending in ("ып", "іп", "п"):
            # a converb shares the tense of the clause's finite verb; take the rest of the sentence
            rest = s[m.end():]
            if re.search(r"\b\w+(?:ды|ді|ты|ті)\b", rest) and not re.search(r"\b\w+(?:йды|йді|ады|еді)\b", rest):
                past.append(word)
            else:
                fut.append(word)
            continue
        if re.match(_KK_PAST + "$", ending):
            # "бөлінген жағдайда" (if allocated) is a condition, not a result
            if re.match(r"^\s*жағдайда", after):
                continue
            if ending.startswith(("ған", "ген", "қан", "кен")) and not ending.endswith(("нын", "нін", "ны", "ні")):
                continue  # attributive participle, "бекітілген", "салынған"
            past.append(word)
        else:
            fut.append(word)
    for p in KK_RESULT_EXTRA:
        past += [m.group(0) for m in p.finditer(s)]
    if re.search(r"жоспарлан\w*|көзделген|көзделуде|тапсырылды|тапсырма\s+берілді|жалғасуда|жүргізілуде|басталды|"
                 r"тиіс\b", s, re.I):
        if re.search(r"жөнде|ауыстыр|салу|құрылыс|орнат|төсеу|тазала|жеткіз|ұйымдастыр|қосу|тарту|жаңарт|монтаж|"
                     r"асфальт|абаттандыр", s, re.I):
            fut.append("plan")
    return past, fut


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
    wide = [s for s in sentences if L.regional.search(s) or L.aggregate.search(s)
            or (L.citywide.search(s) and L.figure.search(s))]
    # the tie to the person's problem is loose: any object, place or "Ваш/Сіздің", or an answer
    # that speaks of nothing region- or city-wide
    personal = personal or not wide

    forward_sentences = []
    for i, s in enumerate(sentences):
        strict_local = _any(L.local_strict[:-1], s)
        # region- or city-wide: "в Мангистауской области", "облыс бойынша", "ремонт 15 улиц города"
        regional = bool(L.regional.search(s) or L.aggregate.search(s)
                        or (L.citywide.search(s) and L.figure.search(s))) and not strict_local
        if regional and (L.figure.search(s) or re.search(r"\d{4}", s)):
            a.regional = True
        if lang == "ru":
            past = _ru_past_actions(s)
            fut = _ru_future_actions(s)
        else:
            past, fut = _kk_verbs(s)
        is_forward = bool(L.forward.search(s) and L.appeal_word.search(s))
        if lang == "kk" and is_forward and not re.search(r"жолдан|бағыттал|жіберіл", s, re.I):
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
        if fut and tied and not (lang == "ru" and _only_paper_future(s)):
            if _any(L.date, s) or _any(L.executor, s):
                a.commitment = True
                a.evidence.append(("commitment", tuple(fut)))
        if L.decision_no_facts.search(s):
            a.decision_no_facts = True
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


def _only_paper_future(s: str) -> bool:
    """True when the only future verbs in a Russian sentence are paperwork ("ответ будет направлен до ...")."""
    return bool(re.search(r"\bответ\w*\b", s, re.I)) and not RU_FUT_FINITE.search(s) and not RU_PLAN.search(s)


def _is_refusal(s: str, lang: str) -> bool:
    if lang == "ru":
        return bool(re.search(r"\bотказ\w*", s, re.I))
    return bool(re.search(r"бас\s+тарт", s, re.I))


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

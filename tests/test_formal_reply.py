"""The formal-reply detector (rules/formal_reply.py) against the rule in FORMAL-REPLY.md.

Single tricky cases in both languages, then precision and recall of the formal
class on the labelled files. The holdout file is not tested here: it is scored
by bench/formal_reply.py only, so that it stays a fair check.
"""
import json
from pathlib import Path

from rules import formal_reply

DATA = Path(__file__).resolve().parent / "data"


def formal(answer, lang=None):
    return formal_reply.check(answer, lang).formal


# --- single cases -----------------------------------------------------------

def test_law_citation_with_real_result_is_substantive():
    answer = ("В соответствии со статьёй 91 Административного процедурно-процессуального кодекса Республики "
              "Казахстан сообщаем, что 5 мая 2025 года во дворе дома № 8 по ул. Абая в г. Актау установлены "
              "две новые скамейки и детская площадка.")
    verdict = formal_reply.check(answer, "ru")
    assert not verdict.formal
    assert verdict.reasons == ("result",)


def test_law_citation_alone_is_formal():
    answer = ("Согласно подпункту 4) пункта 1 статьи 31 Закона Республики Казахстан «О местном государственном "
              "управлении и самоуправлении в Республике Казахстан» водоснабжение относится к компетенции "
              "местных исполнительных органов.")
    verdict = formal_reply.check(answer, "ru")
    assert verdict.formal
    assert "cites_law_only" in verdict.reasons and "no_concrete_action" in verdict.reasons


def test_many_numbers_but_no_action_is_formal():
    answer = ("Тарифы утверждены приказом Департамента от 12 мая 2024 года № 45-ОД. Тариф на подачу воды "
              "составляет 187,5 тенге за 1 кубический метр. Справки по телефону 8 (7292) 30-12-45, приём "
              "с 9:00 до 18:00, обращение зарегистрировано под № ЖТ-2025-01234.")
    assert formal(answer, "ru")


def test_forward_missing_the_dated_next_step_is_formal():
    answer = ("Так как вопрос относится к компетенции газоснабжающей организации, Ваше обращение 10 апреля "
              "2025 года (исх. № 3Т-2211) направлено в АО «QazaqGaz Аймак». Ответ будет дан в установленный срок.")
    verdict = formal_reply.check(answer, "ru")
    assert verdict.formal
    assert "undated_forward" in verdict.reasons


def test_forward_missing_the_reason_is_formal():
    answer = ("Ваше обращение 15 апреля 2025 года направлено в ГУ «Управление пассажирского транспорта», "
              "ответ Вам будет направлен до 30 апреля 2025 года.")
    assert formal(answer, "ru")


def test_forward_with_all_four_parts_is_substantive():
    answer = ("Ваше обращение 2 мая 2025 года (вх. № 123) перенаправлено в АО «КЕГОК», так как линия "
              "электропередачи находится на его балансе. АО «КЕГОК» рассмотрит вопрос и ответит Вам до "
              "20 мая 2025 года.")
    verdict = formal_reply.check(answer, "ru")
    assert not verdict.formal
    assert "proper_forward" in verdict.reasons


def test_kazakh_forward_with_all_four_parts_is_substantive_and_without_reason_is_formal():
    full = ("Мәселе «Маңғыстау энергия сауда» ЖШС құзыретіне жататындықтан, өтінішіңіз 2025 жылғы 2 мамырда "
            "(шығыс №05-11/87) аталған серіктестікке жолданды. Серіктестік Сізге 2025 жылғы 16 мамырға дейін "
            "жауап береді.")
    assert formal_reply.check(full, "kk") == formal_reply.Verdict(False, ("proper_forward",))
    no_reason = ("Өтінішіңіз 2025 жылғы 2 мамырда «Маңғыстау энергия сауда» ЖШС-ға жолданды, жауап Сізге "
                 "2025 жылғы 16 мамырға дейін жіберіледі.")
    assert formal(no_reason, "kk")


def test_conditional_with_specific_step_and_period_is_substantive():
    answer = ("При условии выделения средств из областного бюджета замена 300 метров водопровода по "
              "ул. Жибек Жолы в с. Бейнеу будет выполнена в III квартале 2026 года.")
    verdict = formal_reply.check(answer, "ru")
    assert not verdict.formal
    assert "commitment" in verdict.reasons


def test_conditional_without_step_or_period_is_formal():
    answer = ("Вопрос капитального ремонта дома № 22 в 4 мкр. г. Актау будет рассмотрен при формировании "
              "бюджета на 2026–2028 годы и учтён при наличии финансирования.")
    verdict = formal_reply.check(answer, "ru")
    assert verdict.formal
    assert "vague_promise" in verdict.reasons


def test_explanatory_work_is_formal():
    answer = ("По Вашему обращению с Вами проведена разъяснительная работа, разъяснён порядок постановки "
              "на очередь и перечень необходимых документов.")
    verdict = formal_reply.check(answer, "ru")
    assert verdict.formal
    assert "explanation_only" in verdict.reasons


def test_kazakh_explanation_is_formal():
    answer = "Өтінішіңіз бойынша Сізбен түсіндіру жұмысы жүргізілді, қажетті құжаттар тізбесі түсіндірілді."
    assert formal(answer, "kk")


def test_regional_statistics_are_formal():
    answer = ("Сообщаем, что в 2024 году в Мангистауской области отремонтировано 187 км дорог, на развитие "
              "водоснабжения выделено 12,4 млрд тенге. В 2025 году в регионе будут отремонтированы ещё 90 км.")
    verdict = formal_reply.check(answer, "ru")
    assert verdict.formal
    assert "regional_figures_only" in verdict.reasons


def test_kazakh_regional_plan_is_formal():
    answer = "2025 жылы облыс бойынша 150 км жол жөнделеді, оның ішінде Сіздің ауданыңызда да."
    assert formal(answer, "kk")


def test_regional_statistics_plus_personal_result_is_substantive():
    answer = ("В 2024 году в Мангистауской области отремонтировано 187 км дорог. По Вашему вопросу: "
              "25 июня 2024 года на ул. Оразмаганбетова г. Жанаозен уложено новое асфальтобетонное покрытие.")
    assert not formal(answer, "ru")


def test_plain_kazakh_result_is_substantive():
    answer = ("Ақтау қаласы 15 шағын аудан, №40 үйдің жанындағы жарықтандыру шамдары 2025 жылғы 10 мамырда "
              "ауыстырылды.")
    verdict = formal_reply.check(answer, "kk")
    assert verdict == formal_reply.Verdict(False, ("result",))


def test_kazakh_appropriate_measures_taken_is_formal():
    answer = "Құрық ауылындағы қоқыс үйіндісі туралы өтінішіңіз бойынша тиісті шаралар қабылданды."
    verdict = formal_reply.check(answer, "kk")
    assert verdict.formal
    assert "vague_promise" in verdict.reasons


def test_kazakh_commitment_with_contractor_and_date_is_substantive():
    answer = ("Бейнеу ауылындағы Достық көшесінің жолы 2025 жылдың қыркүйегіне дейін «Бейнеу Жол» ЖШС "
              "күшімен асфальтталады.")
    assert formal_reply.check(answer, "kk").reasons == ("commitment",)


def test_vague_promise_without_date_or_executor_is_formal():
    assert formal("Вопрос ремонта кровли Вашего дома будет решён в ближайшее время.", "ru")
    assert formal("Үйіңіздің шатырын жөндеу мәселесі жақын арада шешіледі.", "kk")


def test_decision_with_facts_and_without():
    with_facts = ("Вам отказано в назначении пособия: среднедушевой доход семьи составил 52 410 тенге, что выше "
                  "черты бедности (41 850 тенге).")
    assert formal_reply.check(with_facts, "ru").reasons == ("decision",)
    without = "Нарушений действующего законодательства в действиях КСК «Болашак» не усматривается."
    verdict = formal_reply.check(without, "ru")
    assert verdict.formal and "decision_without_facts" in verdict.reasons
    refusal_kk = ("Жер учаскесін беру туралы өтінішіңізді қанағаттандырудан жер заңнамасының талаптарына сәйкес "
                  "келмеуіне байланысты бас тартылды.")
    assert formal(refusal_kk, "kk")


def test_queue_procedure_versus_queue_position():
    assert formal("Жильё предоставляется в порядке очерёдности по мере ввода домов в эксплуатацию.", "ru")
    assert not formal("Вы поставлены на учёт, Ваш порядковый номер в очереди — 1245. Жильё предоставляется в "
                      "порядке очерёдности.", "ru")


def test_sends_elsewhere_is_formal():
    verdict = formal_reply.check("Вам необходимо обратиться в ЦОН или через портал egov.kz, телефон 1414.", "ru")
    assert verdict.formal
    assert {"sends_elsewhere", "procedure_only"} <= set(verdict.reasons)


def test_length_and_politeness_do_not_matter():
    polite = ("Уважаемый Ерлан Маратович! Благодарим Вас за неравнодушное отношение к проблемам родного села. "
              "Акимат придаёт большое значение обеспечению жителей питьевой водой. Ваше предложение является "
              "актуальным и будет изучено. С уважением, заместитель акима района.")
    assert formal(polite, "ru")
    assert not formal("Насос на скважине в с. Шетпе заменён 3 марта.", "ru")


# --- API ----------------------------------------------------------------------

def test_guess_lang():
    assert formal_reply.guess_lang("Өтінішіңіз қаралды.") == "kk"
    assert formal_reply.guess_lang("Шатыр жөнделді") == "kk"
    assert formal_reply.guess_lang("Ваше обращение рассмотрено.") == "ru"
    assert formal_reply.guess_lang("") == "ru"
    # a Kazakh name in a Russian letter does not make it Kazakh
    assert formal_reply.guess_lang("В рамках программы «Ауыл – Ел бесігі» в с. Құрық построена школа.") == "ru"
    # check() guesses when lang is None
    assert formal_reply.check("Өтінішіңіз бойынша тиісті шаралар қабылданды.").formal


def test_to_json_is_serialisable_with_documented_keys():
    for answer in ("Информация принята во внимание.", "Насос на скважине в с. Шетпе заменён 3 марта."):
        data = formal_reply.to_json(formal_reply.check(answer))
        assert set(data) == {"formal", "reasons"}
        assert isinstance(data["formal"], bool)
        assert isinstance(data["reasons"], list) and data["reasons"]
        assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_reasons_are_documented_and_consistent():
    for code, text in formal_reply.REASONS.items():
        assert isinstance(code, str) and isinstance(text, str) and text and "\n" not in text
    for code in ("cites_law_only", "sends_elsewhere", "vague_promise", "procedure_only", "explanation_only",
                 "decision_without_facts", "undated_forward", "regional_figures_only", "no_concrete_action",
                 "result", "commitment", "decision", "proper_forward"):
        assert code in formal_reply.REASONS
    for row in _load("formal_replies_ru.jsonl") + _load("formal_replies_kk.jsonl"):
        verdict = formal_reply.check(row["answer"], row["lang"])
        assert verdict.reasons and all(code in formal_reply.REASONS for code in verdict.reasons)
        substantive_codes = {"result", "commitment", "decision", "proper_forward"}
        if verdict.formal:
            assert "no_concrete_action" in verdict.reasons
            assert not substantive_codes & set(verdict.reasons)
        else:
            assert set(verdict.reasons) <= substantive_codes


def test_verdict_is_frozen():
    verdict = formal_reply.check("Информация принята во внимание.", "ru")
    try:
        verdict.formal = False
    except AttributeError:
        pass
    else:
        raise AssertionError("Verdict should be frozen")


# --- labelled files -------------------------------------------------------------

def _load(name):
    with (DATA / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _precision_recall(rows):
    tp = fp = fn = 0
    for row in rows:
        said = formal_reply.check(row["answer"], row["lang"]).formal
        tp += said and row["formal"]
        fp += said and not row["formal"]
        fn += (not said) and row["formal"]
    return tp / (tp + fp), tp / (tp + fn)


def test_labelled_files_have_both_classes():
    for name, lang in (("formal_replies_ru.jsonl", "ru"), ("formal_replies_kk.jsonl", "kk")):
        rows = _load(name)
        assert len(rows) == 50 and {r["lang"] for r in rows} == {lang}
        assert {r["formal"] for r in rows} == {True, False}


def test_precision_and_recall_of_formal_class_russian():
    precision, recall = _precision_recall(_load("formal_replies_ru.jsonl"))
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_precision_and_recall_of_formal_class_kazakh():
    precision, recall = _precision_recall(_load("formal_replies_kk.jsonl"))
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_language_guess_matches_labelled_files():
    for name, lang in (("formal_replies_ru.jsonl", "ru"), ("formal_replies_kk.jsonl", "kk")):
        for row in _load(name):
            assert formal_reply.guess_lang(row["answer"]) == lang

"""The Kazakh word tables of the formal-reply detector: verbs, dates, executors, bodies, places.

Data only: the analysis that reads them is in analysis.py, written once for both languages (ru.py has the
same names). Names without a leading underscore are read by analysis.py. How a Kazakh verb is read
(stem, voice, tense) is told in the package's docstring and at VERB below.
"""

from __future__ import annotations

import re

from .text import QUOTED_NAME, UPPER, rx

# legal forms, which come after the name in Kazakh: «...» ЖШС
_FORMS = r"(?:ЖШС|АҚ|КеАҚ|МКК|ЖК|ММ|КММ|РММ|КМК|ШЖҚ|МКМ|ПИК|КСК|ТОО|АО|ГКП)"

# Numbers written as words: "үш жұмыс күні ішінде", "екі автобус".
NUM_WORD = r"(?:бір|екі|үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|жиырма|отыз)"
COUNT = rf"(?:\d+|{NUM_WORD})"

MONTHS = r"(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйе[кг]|қазан|қараша|желтоқсан)"
# The day may follow the month in the genitive: "наурыздың 18-іне дейін", "сәуірдің 19-ына дейін".
_MONTH_DAY = rf"{MONTHS}\w*\s+\d{{1,2}}\s*-\s*\w+"
# Deadlines named by an event of the year: "оқу жылының басына дейін", "жылыту маусымы басталғанға дейін".
_SEASON = (r"(?:оқу\s+жылы|жылыту\s+маусымы|жылу\s+беру\s+маусымы|қыс)\w*\s+"
           r"(?:басына|басталғанға|басталуына|соңына)\s+дейін")
DATE = [
    rx(_MONTH_DAY),
    rx(_SEASON),
    rx(rf"\b\d{{1,2}}\s+{MONTHS}\w*"),
    rx(rf"\b{MONTHS}\w*\s+дейін"),
    rx(rf"\b{MONTHS}(?:да|де|та|те|ында|інде|ында)\b"),
    rx(rf"\b{MONTHS}\w*\s*[-–—]\s*{MONTHS}\w*"),  # "мамыр–маусымға"
    # a month of a year, with no day: "2025 жылғы мамырда", "2024 жылғы мамырдағы түбіртекте"
    rx(rf"\b\d{{4}}\s+жылғы\s+{MONTHS}\w*"),
    rx(rf"\b{COUNT}\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|апта|ай|сағат|тәулік)\w*\s+ішінде"),
    rx(r"\b\d{4}\s+жылдың\s+(?:I{1,3}|IV|\d|бірінші|екінші|үшінші|төртінші)\s+(?:тоқсан|жарты)\w*"),
    rx(r"\b\d{4}\s+жылы\b"),
    rx(rf"\b{MONTHS}\s+ай\w*"),  # "маусым айына", "шілде айында"
    rx(r"\b\d{4}\s+жылдың\s+соңына\s+дейін|\bжыл\s+соңына\s+дейін"),
    rx(r"\bкешіктірмей\b"),
    rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"),
]
DEADLINE = [
    rx(rf"\b{MONTHS}\w*\s+дейін"),
    rx(rf"{_MONTH_DAY}\s+дейін"),
    rx(_SEASON),
    rx(rf"\b{COUNT}\s+(?:жұмыс\s+|күнтізбелік\s+)?(?:күн|апта|ай|сағат|тәулік)\w*\s+ішінде"),
    rx(r"\bкешіктірмей\b"),
    rx(r"\b\d{1,2}\.\d{1,2}\.\d{2,4}\w*\s+дейін"),
]

# Stems of physical work, grouped by kind so that a new verb is easy to place. A word is stem +
# (optional causative) + (optional passive ыл/іл/л/ын/ін/н) + a tense ending, see VERB. Stems that
# can also be paperwork are checked in analysis._kk_not_work (OBJECT_DEPENDENT, NOT_WORK_AFTER).
_ACTION_STEMS = (
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
    # carry out, finish, start, organise, do (their object decides, see OBJECT_DEPENDENT)
    "жүргіз", "орында", "аяқта", "бастал", "кіріс", "ұйымдастыр", "қамтамасыз ет", "тексер", "қабылда", "енгіз",
    "тапсыр", "жаса", "өткіз", "атқар", "жүзеге асыр",
)
# causative (had it done: "жөндетті", "салдырды") and passive (it was done: "жөнделді", "салынды")
_CAUSATIVE = r"(?:т|тыр|тір|дыр|дір|ғыз|гіз|қыз|кіз)?"
_PASSIVE = r"(?:ыл|іл|л|ын|ін|н)?"
# Past: "-ды/-ті" (also "we did": "-дық/-тік"), and the participle "-ған/-ген/-қан/-кен", which is a past
# only when it ends the clause ("шатыр жөнделген.", "... болатын"), names what was done ("ауыстырылғанын")
# or comes before "кейін/соң" ("ауыстырылғаннан кейін"); before a noun it only describes it (see analysis._kk_tense).
PAST = (r"(?:ды|ді|ты|ті|дық|дік|тық|тік|ған|ген|қан|кен|ғанын|генін|қанын|кенін|ғаны|гені|қаны|кені|"
        r"ғаннан|геннен|қаннан|кеннен)")
# Future: 3rd person ("-ады/-йды", passive "-ылады/-іледі"), "we will" ("-амыз/-ймыз"), "-мақ/-мек" (is to),
# "-атын болады", "-уы тиіс", and the present continuous "-уда/-уде" (work under way: "жөнделуде").
_FUT = (r"(?:йды|йді|ады|еді|атын\s+болады|етін\s+болады|уы\s+тиіс|уі\s+тиіс|у\s+тиіс|йтын\s+болады|"
        r"ылады|іледі|лады|леді|нады|неді|ылатын\s+болады|ілетін\s+болады|латын\s+болады|летін\s+болады|"
        r"амыз|еміз|ймыз|йміз|атын\s+боламыз|етін\s+боламыз|мақ|мек|пақ|пек|уда|уде)")
_CONVERB = r"(?:ып|іп|п)"
_STEMS_RE = "|".join(sorted((re.escape(s) for s in _ACTION_STEMS), key=len, reverse=True))
VERB = rx(rf"\b({_STEMS_RE})({_CAUSATIVE}{_PASSIVE})({_FUT}|{PAST}|{_CONVERB})(?=[\s,.;:!?)»]|$)")
# Objects that make "жүргізу / беру / қабылдау / тексеру" physical work or paperwork.
WORK_OBJECT = rx(r"жөнде|ауыстыр|тазала|есептеу|құрылыс|монтаж|орнат|салу|төсеу|жаңарт|қалпына|өлшеу|"
                 r"жұмыстар|асфальт|абаттандыр|сорғы|электрокардиограф|құрал|жабдық|көлік|автобус|"
                 r"пайдалануға|жолдама|сертификат|пәтер|баспана|жер учаске|кілт|орын|су\b|қаражат|жәрдемақы|көмек|"
                 # sanitary and earth work named by a noun: "дезинфекция жүргізілді", "кесу жұмыстары"
                 r"дезинфекция|дератизация|дезинсекция|залалсыздандыру|вакцинация|кесу|бұтау|қырқу|тегістеу|"
                 r"тасымалдау|тасу|әкету|шығару|отырғызу|көгалдандыру|бояу|сырлау|қоршау|бұрғылау|қазу")
PAPER_OBJECT = rx(r"түсінді|түсінік|ұсыным|жауап|кеңес|ақпарат|тапсырма|нұсқау|ескерту|тексеру|зерттеп|"
                  r"мониторинг|кездесу|жұмыс\s+жүргіз|жұмысын|жұмысы|шара|назар|хат|өтініш|қорытынды|"
                  r"бақылау(?!\s+(?:басқарма|бөлім|комитет|департамент|инспекция))|"  # not in a body's name
                  r"рейд|жиналыс|профилактика|қабылдау|отырыс|комиссия|сараптама")
# a body named by its field: "білім бөлімі", "бақылау басқармасы", "шаруашылық кәсіпорны"
BODY_NAME = r"\b\w+\s+(?:бөлімі|басқармасы|департаменті|инспекциясы|кәсіпорны|станциясы)\b"
EXECUTOR = [
    rx(rf"{QUOTED_NAME}\s*{_FORMS}", 0),
    rx(r"\b(?:ЖШС|АҚ|КеАҚ|МКК|ЖК|ШЖҚ|КМК)\b\s*[«\"]", 0),
    rx(r"\bмердігер\w*"),
    rx(r"ауылдық\s+округ\w*\s+әкім\w*|\bәкім\w*\s+аппарат\w*|\bауыл\s+әкім\w*|\b(?:аудан|қала)\s+әкім\w*"),
    rx(r"апаттық\s+бригада\w*|\bбригада\w*"),
    # a post is an executor too: "ауруханасының бас дәрігеріне", "РЭС бастығына", "әкімінің орынбасарына"
    rx(r"\bбас\s+дәрігер\w*|\bбастығ\w*|\bдиректор\w*|\bмеңгеруші\w*|\bәкім\w*\s+орынбасар\w*"),
    # a body named without its legal form: "аудандық білім бөлімі", "санитариялық-эпидемиологиялық бақылау
    # басқармасы", "тұрғын үй-коммуналдық шаруашылық кәсіпорны"
    rx(BODY_NAME),
]
RESULT_EXTRA = [
    rx(r"жұмысқа\s+кірісті|жұмысын\s+бастады|қайта\s+басталды"),
    # a service started: "мектеп автобусы жүре бастады", "су беріле бастады", "тасымалдай бастады"
    rx(r"\b(?:жүре|қатынай|қатнай|жұмыс\s+істей|беріле|тасымалдай|тасымалдана|жеткізіле|шығарыла|әкетіле)\s+"
       r"(?:бастады|басталды)"),
    rx(r"орнына\s+шықты"),
    rx(r"айыппұл\s+салынды|әкімшілік\s+жауапкершілікке\s+тартылды"),
    # an order to the violator ("дүкен иесіне нұсқама берілді"), like "выдано предписание"; not "тиісті нұсқау"
    rx(r"(?<!тиісті\s)\b(?:нұсқама|ұйғарым)\w*\s+(?:берілді|жолданды|табыс\s+етілді)"),
    # handed to the person: "қолыңызға берілді"
    rx(r"қолыңызға\s+(?:берілді|тапсырылды)"),
    rx(r"пайдалануға\s+берілді"),
    rx(r"жөндеуден\s+өткізілді|жөндеуден\s+өтті"),
    # hiring: "жұмысқа қабылданды" (the stem қабылда alone is a decision word, see analysis._kk_not_work)
    rx(r"(?:жұмысқа|қызметке|лауазымға)\s+(?:\S+\s+)?(?:қабылданды|алынды|орналастырылды)"),
    # ... or named by the profession: "учаскеге жалпы практика дәрігері Нұрлыбеков А. С. қабылданды"
    rx(r"\b(?:дәрігер|фельдшер|медбике|мейірбике|педиатр|акушер|мұғалім|педагог|тәрбиеші|инженер)\w*\s+"
       r"(?:(?!тексер|қара)\S+\s+){0,7}?(?:қабылданды|тағайындалды|бекітілді)"),
]
DECISION = rx(
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
    # left out of a list or a plan ("Жағалау көшесі тізбеге енбеді"): a refusal, see REFUSAL
    r"(?:тізбе|тізім|жоспар|бағдарлама|кесте)\w*\s+(?:\S+\s+)?(?:енбеді|енгізілмеді|кірмеді)"
)
DECISION_NO_FACTS = rx(
    r"бұзыл\w*\s+(?:\S+\s+){0,2}?анықталған\s+жоқ|бұзушылық\w*\s+(?:\S+\s+){0,2}?(?:анықталмады|анықталған\s+жоқ|"
    r"жоқ|байқалмады)|негіз\w*\s+(?:\S+\s+){0,2}?жоқ|талаптарына\s+сәйкес\s+келмеу\w*"
)
# A place in a queue: "нөміріңіз – 512", "215-ші орындасыз", "37-орында", "412-нөмірде тұрсыз", "5-нөмірмен"
# ("30 орындық автобус" is a size, "40 орынның бәрі" a count).
_PLACE_NO = r"\b\d+\s*(?:-?\s*(?:ші|шы|нші|ншы)\s*|-\s*)(?:орын(?!дық)|кезек|нөмір)\w*"
FACTS = [
    rx(r"\d[\d ]*(?:,\d+)?\s*(?:теңге|тг\b|₸|млн\s+теңге)"),
    rx(rf"\bнөмір\w*\s*[—–:-]?\s*\d+|{_PLACE_NO}|\bкезек\w*\s+(?:\S+\s+)?\d+"),
    rx(r"\d+(?:,\d+)?\s*(?:га|шаршы\s+метр|м2|м²|кВ|км|сотық)\b"),
    rx(r"\bакті\w*"),
    rx(r"\bтобына\b|\bсыныбына\b|\bтобы\b"),
    rx(r"\bтабыс\w*\s+(?:\S+\s+){0,4}\d"),
]
QUEUE_POSITION = rx(rf"\bнөмір\w*\s*(?:[—–:]|\s-)?\s*\d+|{_PLACE_NO}")
# a queue: "кезек", and "кезегінде" with the consonant voiced
QUEUE_WORD = rx(r"\bкезе[кг]\w*|\bесеб(?:інде|іне)|\bесеп(?:ке|те)\b|\bкүту\s+тізім\w*")
FORWARD = rx(r"\b(?:қайта\s+)?(?:жолданды|жолданған\w*|жолдалды|жолдады|жіберілді|жіберілген\w*|жіберді|берілді|"
             r"бағытталды|бағытталған\w*|бағыттады)")
APPEAL_WORD = rx(r"\b(?:өтініш|шағым|сұрау|хат)\w*")
BODY = rx(rf"{QUOTED_NAME}\s*(?:ММ|МКК|АҚ|КеАҚ|ЖШС|КММ|РММ)|\bкорпорация\w*|\bфилиал\w*|\bбасқарма\w*|"
          r"\bдепартамент\w*|\bәкімдіг\w*|\bбөлім\w*|"
          r"\bкомитет\w*|\bминистрлі\w*|\bәкім\w*|\bинспекция\w*|\bпрокуратура\w*|\bполиция\w*|\bқызмет\w*")
REG = rx(r"№\s*\S*\d|\bшығыс\b|\bкіріс\b|\d{4}\s+жылғы\s+\d{1,2}\s+\w+\s+(?:№|хат)")
REASON = rx(r"құзырет\w*|\bсебебі\b|\w+(?:тындықтан|тіндіктен|дықтан|діктен|ғандықтан|гендіктен)\b|"
            r"\bбайланысты\s+емес|\bқарамағында\b|\bбалансында\b|\bменшігінде\b")
NEXT_STEP = rx(r"\b(?:қара|жауап|хабарла|тексер|жібер|бер|шеш|орында|жүргіз)\w*")
LAW = rx(r"\w+-?бабы\w*|\bзаң\w*|\bкодекс\w*|\bқағида\w*|\bбұйрығы\w*|\bқаулы\w*|\bсәйкес\b|\bтармақ\w*")
SENDS = rx(r"жүгін\w*|байланыс\s+орталығ\w*|телефон\w*\s+арқылы|\bwww\.|\.kz\b|интернет-ресурс\w*|\bсайт\w*|"
           r"қосымшасы\s+арқылы|\bхабарласу\w*|сот\w*\s+тәртібі\w*")
VAGUE = [rx(r"бақылау\w*|назарға\s+алынды|назар\s+аудар\w*|ескерілетін\s+болады|ескеріледі|зерделенеді|"
            r"жақын\s+арада|"
            r"тиісті\s+(?:шаралар|шешім|жұмыс)\w*|мониторинг\w*|жұмыс\s+жүргізіл\w*|жұмыстар\s+жүргізіл\w*|"
            r"қаржыландыру\s+болған\s+жағдайда|қаралатын\s+болады|қаралады|қаралу\s+үстінде|мүмкіндігінше|"
            r"қарастырылатын\s+болады")]
PROCEDURE = rx(r"кезек\s+тәртібімен|кезектілік\s+тәртібі\w*|қаражат\s+бөлінуіне\s+қарай|\begov\b|электрондық\s+үкімет|"
               r"\bХҚКО\w*|халыққа\s+қызмет\s+көрсету\s+орталығ\w*|кезең-кезеңімен|белгіленген\s+тәртіппен|"
               r"салынуына\s+қарай|берілуіне\s+қарай")
EXPLAIN = rx(r"түсіндір\w*|түсінік\w*|ұсыным\w*|ескерту\s+жасалды|ескертілді|кеңес\s+берілді")
REGIONAL = rx(r"облыс(?:ы|ын)?(?:нда|ында)\b|\bоблыс(?:та|тың|қа)\b|"
              r"облыс(?:ы)?\s+бойынша|\bоблысын\b|\bөңір\w*|\bреспублика\s+бойынша|\bел\s+бойынша|"
              r"\bтағы\s+\d+\s+нысан\w*|\bбарлық\s+аудандар\w*")
# ("10 көше шамы", "екі мектеп автобусы" count lamps and buses, not streets or schools; "барлық үйлер", all
# houses, are not the person's either)
AGGREGATE = rx(rf"(?<!№)(?<!№\s)\b{COUNT}\s+(?:\w+\s+)?"
               r"(?:көше|жол|нысан|елді\s+мекен|ауыл|мектеп|аула|көппәтерлі)"
               r"(?!\w*\s+(?:шам|жарығ|бағана|автобус|тұрғын|оқушы|белгі))\w*|"
               r"\bбарлық\s+(?:\w+\s+)?(?:үйлер|көшелер|ауылдар|аулалар|тұрғындар|елді\s+мекендер)\w*")
# A city or a district as a whole: "Ақтау қаласында", "Мұнайлы ауданының", "аудан бойынша", "қалада".
# A microdistrict ("Шұғыла шағын ауданында") is a place, not a district.
CITYWIDE = rx(r"(?<!шағын\s)\b(?:қала|аудан)(?:сында|ында|сының|ының|сы\s+бойынша|ы\s+бойынша|\s+бойынша|да|ның|"
              r"сын|ын|ға|сына|ына|\s+үшін|сы\s+үшін|ы\s+үшін)\b")
# Figures that make a city or district sentence statistics, public objects included ("420 шам", "14 балалар алаңы")
FIGURE = [
    rx(r"\d[\d ,]*\s*(?:км|млрд|млн|мың|%|нысан\w*|бірлік\w*|текше\s+метр\w*|елді\s+мекен\w*|үй\w*|ауыл\w*)"),
    rx(rf"\b{COUNT}\s+(?:\w+\s+){{0,2}}(?:шам|ағаш|көшет|алаң|аула|бағана|тірек|контейнер|көлік|автобус|"
       r"техника|пәтер|бағдаршам|орындық|дәрігер|маман|мұғалім|азамат|отбасы|тұрғын)\w*"),
]
# The person's own object: a named street, a numbered house or school, "үйіңіз", "Сіздің көшеңіз",
# "аталған көше" (the street just named), an address ("Абай көшесі, 12 мекенжайы").
OWN_OBJECT = [
    rx(r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+көше\w*", 0),
    rx(r"№\s*\d+\s*(?:\w+\s+)?(?:үй|мектеп|кіреберіс|пәтер)\w*|\b\d+\s+үй\w*"),
    # numbered with a hyphen: "8-үй", "15–19-үйлері", "21-ғимарат", "31-пәтер"
    rx(r"\b\d+[А-Я]?\s*(?:[-–]\s*\d+[А-Я]?\s*)?-\s*(?:үй|ғимарат|пәтер|кіреберіс|мектеп)\w*"),
    # where the person lives, and what is theirs: "Сіз тұратын", "шотыңыз", "еңбек өтіліңіз", "жер учаскеңіз"
    rx(r"\bСіз\s+тұратын|\b(?:өтіл|шот|учаске|зейнетақы|жәрдемақы|гараж|дүкен)\w*?(?:ыңыз|іңіз|ңыз|ңіз)\w*"),
    rx(r"\b(?:үй|көше|аула|пәтер|кіреберіс)\w*?(?:ыңыз|іңіз|ңыз|ңіз)\w*|\bмекенжай\w*"),
    rx(r"\b(?:аталған|осы|көрсетілген)\s+(?:көше|үй|аула)\w*|\bСіздің\s+(?:үй|көше|аула|пәтер)\w*"),
]
# A named village or microdistrict: the person's place, but wider than their own object.
PLACE = [
    rx(r"[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+\s+(?:ауыл|шағын\s*аудан|кент)\w*", 0),
    rx(r"\b\d+[А-Я]?\s*-?\s*шағын\s*аудан\w*"),
    rx(r"\bауыл\w*?(?:ыңыз|іңіз)\w*|\bСіздің\s+ауыл\w*"),
]
# The person as the recipient: "Сізге ... берілді", "отбасыңызға тағайындалды" ("Сізге хабарлаймыз" is address)
RECIPIENT = rx(r"\bСізге\b|\b(?:отбасы|ұл|қыз|бала)\w*?(?:ыңызға|іңізге|ңызға|ңізге)\b")
ADDRESS_FORM = rx(r"\bСізге\s+(?:\S+\s+)?(?:хабарла|түсіндір|жауап|алғыс)\w*")
# anywhere in the answer, any of these (or "Сіз", "-ыңыз") ties it to the person
LOCAL_STRICT = OWN_OBJECT + PLACE + [rx(r"\bСіз\w*|\b\w+(?:ыңыз|іңіз|ңыз|ңіз|ыңызға|іңізге)\w*")]
# Several places listed: "12, 14 және 15 шағын аудандарда", "14 және 15-шағын аудандарда" (the last number
# hyphenated), "Абай, Сәтбаев және Мұнайшы көшелерінде".
# Streets at a crossing ("Абай мен Сәтбаев көшелерінің қиылысы") are one place.
_ITEM = r"(?:№\s*)?(?:\d+|[А-ЯӘҒҚҢӨҰҮҺІ][\w-]+(?:\s+(?:хан|батыр|би|ата|ана|ақын))?)"  # "Әбілқайыр хан"
_AND = r"(?:\s*,\s*|\s+(?:және|мен|бен|пен)\s+)"
PLACE_LIST = rx(rf"{_ITEM}(?:\s*,\s*{_ITEM})*{_AND}{_ITEM}(?:\s+|(?<=\d)-)"
                r"(?:шағын\s+аудан|көше|ауыл|кент|елді\s+мекен)(?:дар|дер|лар|лер|тар|тер)\w*", 0)
CROSSING = rx(r"қиылыс|арасында|аралығында")
# The topic of the appeal before "хабарлаймыз": "Сіз көрсеткен 29 шағын аудан, 15-үйдің жанындағы тротуарға
# қатысты хабарлаймыз: ..." (see ru.TOPIC).
TOPIC = rx(r"^[^:;]{0,200}?\b(?:қатысты|туралы|бойынша|байланысты)\s+(?:\S+\s+){0,2}?"
           r"(?:хабарла|мәлімде|түсіндіре)\w*\s*[:,]?")
OTHER_PLACES = rx(r"\b(?:басқа|өзге)\s+(?:\w+\s+)?(?:көше|үй|аула|ауыл|шағын\s+аудан)\w*|"
                  r"\bсол\s+(?:көшелер|үйлер|ауылдар|аулалар)\w*")  # "сол көшелердегі": the streets just listed
LOCAL_LOOSE = rx(r"\b(?:көше\w*|үй\w*|ауыл\w*|мектеп\w*|амбулатори\w*|кіреберіс\w*|шот\w*|пәтер\w*|аула\w*)")

# Kazakh stems whose object decides between work and paperwork: "жөндеу жұмыстары жүргізілді"
# is work, "түсіндіру жұмысы жүргізілді" is not; "кілттер тапсырылды" (handed over) is a result.
OBJECT_DEPENDENT = ("бер", "жүргіз", "тексер", "қабылда", "енгіз", "өлше", "есепте", "бөл", "аш", "сал", "қос",
                    "бастал", "орында", "аяқта", "шығар", "ұйымдастыр", "қамтамасыз ет", "тапсыр", "түзет",
                    "тағайында")  # a benefit or a doctor appointed, not an inspection or a meeting
# ... and of these the object must be named: a bare "берілді" or "енгізілді" is not work
NEEDS_WORK_OBJECT = ("жүргіз", "бер", "тексер", "қабылда", "енгіз", "тапсыр")
# Goods and documents that make "берілді" a delivery or a grant ("көмір берілді", "жылу берілді", "препарат
# қолыңызға берілді", "ордер берілді"), besides WORK_OBJECT; looked for in the whole clause.
GOODS = rx(r"\b(?:газ|жылу|электр|жарық|көмір|отын|дәрі|препарат|инсулин|медикамент|контейнер|арба|протез|"
           r"есту\s+аппарат|жиһаз|компьютер|оқулық|кітап|азық|киім|ордер|анықтама|куәлік|кілт|"
           r"эпидемиологиялық\s+қорытынды)\w*")
# Work nouns that make a light verb ("жасалды", "өткізілді", "атқарылды", "жүзеге асырылды") physical work:
# "ағымдағы жөндеу жасалды", not "акт жасалды", "ескерту жасалды", "кездесу өткізілді".
_WORK_NOUNS = (r"жөндеу|ремонт|ауыстыру|тазалау|тазарту|монтаж|демонтаж|асфальт|төсеу|орнату|дезинфекция|"
               r"дератизация|дезинсекция|сынақ|кесу|бұтау|қырқу|тегістеу|тасымалдау|тасу|әкету|шығару|отырғызу|"
               r"көгалдандыру|бояу|сырлау|қоршау|салу|қосу|жеткізу|газдандыру|жарықтандыру|абаттандыру|құрылыс")  # "жылу жүйесі сынақтан өткізілді": pressure-tested
# Stems that are work only with one of their own objects in the clause before them (quoted names left out):
# dogs caught, not a matter "kept under control"; a container put up, not a question "put on the agenda" or a
# signature; rubbish collected; a water truck or a crew sent, not a letter; the light verbs above.
OWN_OBJECTS = {
    "ұста": r"\bит(?:тер|тар|ті|терді)?\b|мысық|жануар|қаңғыбас",
    "аула": r"\bит(?:тер|тар|ті|терді)?\b|мысық|жануар|қаңғыбас",
    "қой": r"контейнер|\bшам(?:дар|ы|ын|дары|дарды|ды)?\b|бағдаршам|белгі|орындық|урна|тірек|бағана|есептегіш|"
           r"қоршау|қақпақ|люк|кедергі|блок|павильон|трансформатор|сорғы|жабдық|есік|терезе|ысырма",
    "жина": r"қоқыс|қалдық|\bқар\w*|жапырақ|топырақ",
    "тасы": r"\bсу\w*|қоқыс|топырақ|құм|көмір",
    "жібер": r"көлік|автобус|\bсу\b|бригада|техника|маман|кешен|машина|тасушы|тасығыш",
    "табыс ет": GOODS.pattern,
    "жағ": r"\bшам|жарық|пеш|қазандық",
    "жаса": _WORK_NOUNS, "өткіз": _WORK_NOUNS, "атқар": _WORK_NOUNS, "жүзеге асыр": _WORK_NOUNS,
}
# "жүзеге асырылады" in the present tells how things are done in general ("кесте бойынша жүзеге асырылады"):
# a procedure, not a commitment; only its past is a result, and its future with a deadline ("10 маусымға
# дейін ... жүзеге асырады").
PAST_ONLY = ("жүзеге асыр",)

# Stems that are not work after certain words, looked for among the last few words before the verb:
# stem -> (the words, how many words back).
NOT_WORK_AFTER = {
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
DATE_WORD = rx(rf"^(?:\d[\d.,]*|жыл\w*|{MONTHS}\w*|дейін|бастап)$")

# Work named by an explaining word is explaining (tie-breaker 5): "түсіндіру жұмыстары жүргізілді",
# "профилактикалық жұмыс атқарылды", however "жұмыстар" reads as a work object elsewhere.
PAPER_WORK = rx(r"(?:түсіндір|ақпарат|профилактика|насихат|ескерт|кеңес|тәрбие)\w*\s+жұмыс\w*\s+$")

# A participle ending the clause is a finite past: "шатыр 12 мамырда жөнделген.", "ауыстырылған болатын".
PREDICATIVE = rx(r"^\s*(?:[.,;:!?)]|$|болатын\b|болды\b|еді\b|және\b)")

# Dates, to be skipped when looking back from a verb to its object.
DATE_PHRASE = rx(rf"(?:\b\d{{4}}\s+жыл\w*\s+)?\b\d{{1,2}}\s+{MONTHS}\w*(?:\s+(?:дейін|бастап))?|"
                 rf"\b\d{{4}}\s+жыл\w*|\b{MONTHS}\w*\s+(?:дейін|бастап)")

# A plan for physical work: "жөндеу жоспарланған", "қосу ... жұмыс жоспарына енгізілді". It is a
# commitment only with a date, a period or a named executor, which analysis._commits checks.
PLAN = rx(r"жоспарлан\w*|көзделген|көзделуде|тапсырма\s+берілді|жалғасуда|жүргізілуде|басталды|тиіс\b|"
          r"(?:жоспар|кесте|тізбе|бағдарлама)\w*\s+енгізілді")
# the work itself as a verbal noun ("жөндеу", "жарықтандыру"): any unambiguous work stem + -у
# (stems that may be paperwork are left out: "өтінішті толтыру", "тарифті бекіту", "мәселені көтеру")
_PAPER_TOO = set(OBJECT_DEPENDENT) | {"толтыр", "бекіт", "көтер", "аудар"}
_WORK_STEMS_RE = "|".join(sorted((re.escape(s) for s in _ACTION_STEMS if s not in _PAPER_TOO),
                                 key=len, reverse=True))
WORK_NOUN = rx(rf"\b(?:{_WORK_STEMS_RE}){_CAUSATIVE}у|салу|қосу|құрылыс|монтаж|асфальт|абаттандыр|"
               r"пайдалануға\s+беру")  # commissioning: "блокты пайдалануға беру"


SERVICE_NOUN = rx(r"\b\w+(?:мен|бен|пен)\s+жабдықта\w*")  # сумен / газбен / жылумен жабдықтау

# An instruction to an executor: "бас дәрігеріне ... кешенді жіберу тапсырылды". Any instructed
# action (a verbal noun in -у) counts unless it is paperwork or vague ("қарау", "жауап беру").
# "аяқтау «Маңғыстау Құрылыс Инвест» ЖШС-ге жүктелді": the executor may stand between the action and the verb.
# An obligation is one too: "ауыстыруға міндеттелді", "ауыстыруға міндеттеме алды".
INSTRUCTION = rx(rf"(?P<context>\S+\s+)?(?P<verb>\w+(?:у|ю))(?:ға|ге)?\s+(?:{QUOTED_NAME}\s*\S*\s+)?"
                 r"(?:тапсырылды|тапсырма\s+берілді|жүктелді|міндеттелді|міндеттеме\s+алды)")
# the instructed verbal noun that is paperwork, and the word before it that makes it so
INSTRUCTION_PAPER_VERB = rx(r"^(?:қара|қарастыр|түсіндір|бақыла|зерделе|тексер|хабарла|ескер|талда|қадағала|пысықта|"
                            r"шеш|ұсын|назар)")
INSTRUCTION_PAPER_CONTEXT = rx(r"жауап|хат|ақпарат|түсінік|шара|бақылау|кездесу|жиналыс|отырыс|тексеру")
# how the evidence names it: "ауыстыру тапсырылды"
INSTRUCTION_EVIDENCE = "{verb} тапсырылды"

# Extending the review period ("қарау мерзімі ұзартылды") is paperwork about the appeal, not work on the problem.
REVIEW_PERIOD = rx(r"\bқарау\w*\s+(?:\S+\s+){0,2}?мерзім|\bжауап\s+беру\s+мерзім")
EXTEND_STEMS = ("ұзарт",)

# A refusal, or a request left out of a list or plan, is a decision; without facts behind it, a formal one.
REFUSAL = rx(r"бас\s+тарт|қанағаттандырылмады|қанағаттандырусыз|\b(?:енбеді|енгізілмеді|кірмеді)\b")

# "берілді" is a forward only when given to a body ("... басқармасына берілді"); the other forwarding words
# always are. No Kazakh work verb is the forward's own verb ("жіберілді" is work only with a vehicle or a
# crew, see OWN_OBJECTS).
FORWARD_SENT = rx(r"жолда|бағытта|жібер")
FORWARD_GIVEN = rx(r"(?:ға|ге|қа|ке)\s+(?:\S+\s+)?берілді")
FORWARD_ACTIONS = None


# --------------------------------------------------------------------------
# Read in both languages, as answers mix them (see analysis.py, where they are joined with ru.py's)

# The object's history is no action on the appeal: "үй 1978 жылы салынған".
OLD_YEAR = r"\b1[89]\d\d\s+жылы\b"
# The date of a document or a meeting is not the date of a commitment: "2022 жылғы 28 қыркүйектегі шешімімен".
DOCUMENT_DATE = [
    rx(rf"\b\d{{1,2}}\s+{MONTHS}\w*?(?:дағы|дегі|тағы|тегі)\b"),
]
# A named street joined by a comma to a list of places is one more item of the list: "Абай даңғылында, 7 және
# 8 шағын аудандарда".
LIST_HEAD = rf"[{UPPER}][\w-]*(?:\s+[{UPPER}][\w-]*)?\s+(?:көше|даңғыл)\w*\s*,\s*$"
# A region named in a body's name is the body's name, not the scope of the work: "... Маңғыстау облысы бойынша
# департаменті", «... өңірлік ...» АҚ.
BODY_REGION = rx(r"(\b)облысы\s+бойынша(?=\s+(?:\S+\s+){0,3}?(?:департамент|басқарма|филиал|инспекция|комитет)\w*)")
# A region that qualifies a threshold the person's figure is compared with is part of the threshold's name:
# "Маңғыстау облысы бойынша кедейлік шегінен (30 385 теңге) жоғары".
_THRESHOLD = r"(?:кедейлік\s+шег|(?:ең\s+төменгі\s+)?күнкөріс\s+(?:деңгей|минимум)|орташа\s+(?:жалақы|табыс))"
_COMPARED = r"\w*(?:\s*\([^)]*\))?\s+(?:жоғары|төмен|артық|кем|асып|аспай|асады|аспайды)"
THRESHOLD_REGION = rx(rf"(\b)облыс\w*(?:\s+бойынша)?(?=\s+(?:\S+\s+)?{_THRESHOLD}{_COMPARED})")
# Numbers that are never facts of the case: article and order numbers, and dates.
NOT_FACT_LAW = [
    rx(r"\d[\w./-]*\s*-?\s*(?:бап|тармақ|бұйрық|қаулы)\w*"),
]
NOT_FACT_DATES = [
    rx(r"\b\d{4}\s+жыл\w*(?:\s+\d{1,2}\s+\w+)?"),
    rx(r"\b\d{1,2}\s+" + MONTHS + r"\w*"),
]

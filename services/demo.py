"""Demo content for `flask seed-demo`: staff accounts and realistic appeals with answers.

Keys are fixed (uuid5), so a second run finds everything in place and adds nothing.
"""
import datetime
import secrets
import uuid
from pathlib import Path

from db import database
from db.models import Appeal, User
from rules import deadlines
from rules.times import to_local_date, utcnow
from services import appeals
from services.staff import create_or_update_user
from submissions import Context
from submissions.appeal import submit_appeal

NAMESPACE = uuid.UUID("6b0f7a52-3c1e-4f7e-9a77-1f0c5d1e2a10")

STAFF = [
    ("demo-admin", "admin", None),
    ("demo-moderator", "moderator", None),
    ("demo-water", "officer", "energy-housing-utilities"),
    ("demo-roads", "officer", "transport-roads"),
    ("demo-health", "officer", "health"),
    ("demo-outreach", "outreach", None),
]

# (slug, lang, category, settlement, days ago, public, text, answer or None, rating)
APPEALS = [
    ("water-akshymyrau", "kk", "water", "akshymyrau", 30, True,
     "Ақшымырау ауылында екі аптадан бері ауыз су жоқ. Су тасушы көлік аптасына бір рет қана келеді, "
     "балалар мен қарттар қиналып жүр. Су құбырын жөндеуді сұраймыз.",
     "Ақшымырау ауылындағы су құбырының 120 метр бөлігі 14 қарашада ауыстырылды, ауыз су беру "
     "15 қарашадан бастап қалпына келтірілді. Жұмысты «Маңғыстау су арнасы» мердігері орындады.", "solved"),
    ("roads-zhanaozen", "ru", "roads", "zhanaozen", 40, True,
     "В микрорайоне Шугыла города Жанаозен дорога к школе №5 вся в ямах, после дождя дети идут по "
     "грязи. Просим отремонтировать участок улицы до начала зимы.",
     "Ваше обращение рассмотрено. Ремонт дорог осуществляется в порядке очерёдности в соответствии с "
     "Законом РК «Об автомобильных дорогах». Вопрос находится на контроле.", "formal"),
    ("water-shetpe", "ru", "water", "shetpe", 25, True,
     "В селе Шетпе по улице Абая вода идёт с запахом и ржавого цвета уже месяц. Просим проверить "
     "качество воды и промыть трубы.",
     "Пробы воды по ул. Абая отобраны 10 ноября, превышение железа подтверждено. ГКП «Мангистау су» "
     "промоет участок сети до 5 декабря 2026 года, после чего будут взяты повторные пробы.", None),
    ("health-beineu", "kk", "health", "beineu", 28, True,
     "Бейнеу ауданының орталық ауруханасында педиатр жоқ, балаларды Ақтауға апаруға мәжбүрміз. "
     "Дәрігер тағайындауды сұраймыз.",
     "Сіздің өтінішіңіз қаралды. Денсаулық сақтау саласындағы кадрлар мәселесі Қазақстан "
     "Республикасының заңнамасына сәйкес шешіледі. Тиісті шаралар қабылданды.", "formal"),
    ("prices-aktau", "ru", "prices", "aktau", 12, True,
     "В магазинах 14 микрорайона Актау цена на хлеб выросла до 250 тенге за буханку. Просим "
     "проверить, почему социальный хлеб не продаётся.", None, None),
    ("housing-kuryk", "kk", "housing", "kuryk", 35, False,
     "Құрық ауылында тұрғын үй кезегінде 2015 жылдан бері тұрмын. Кезектегі орным қандай екенін "
     "білгім келеді.",
     "Сіз әлеуметтік осал топтар санаты бойынша тұрғын үй кезегінде 214-нөмірмен тұрсыз. 2026 жылы "
     "Құрық ауылында 40 пәтер бөлінді, кезек 2027 жылы қайта қаралады.", None),
    ("utilities-mangystau-village", "ru", "utilities", "mangystau-village", 45, True,
     "В селе Мангистау третий день нет газа в домах по улице Жастар. Холодно, дети болеют.", None, None),
    ("education-fort", "ru", "education", "fort-shevchenko", 20, True,
     "В школе Форт-Шевченко не работает отопление в спортзале, уроки физкультуры проходят в холоде.",
     "Для получения информации обратитесь в отдел образования Тупкараганского района или на портал "
     "egov.kz.", None),
    ("roads-beineu-bus", "kk", "roads", "beineu", 3, True,
     "Бейнеуден Ақтауға қатынайтын автобус кестесі өзгерді, таңғы рейс алынып тасталды. Қалпына "
     "келтіруді сұраймыз.", None, None),
    ("environment-bautino", "ru", "environment", "bautino", 5, True,
     "На берегу у посёлка Баутино свалка мусора, мусор не вывозят уже месяц. Просим убрать.", None, None),
]


def _staff(logins_file):
    """Create demo staff once; their passwords are kept in logins_file (var/) for `make run` to print."""
    known = {}
    if logins_file.exists():
        for line in logins_file.read_text().splitlines():
            login, role, password = line.split(" ", 2)
            known[login] = (role, password)
    for login, role, department in STAFF:
        if login in known and User.get_or_none(User.login == login):
            continue
        password = secrets.token_urlsafe(9)
        create_or_update_user(login, role, password, department)
        known[login] = (role, password)
    logins_file.parent.mkdir(exist_ok=True)
    logins_file.write_text("".join(f"{login} {role} {pw}\n" for login, (role, pw) in known.items()))
    logins_file.chmod(0o600)
    return [(login, role, pw) for login, (role, pw) in known.items()]


def _backdate(appeal, days_ago):
    """Move an appeal into the past so deadlines, and overdue ones, show as they would."""
    received_at = utcnow() - datetime.timedelta(days=days_ago)
    appeal.received_at = appeal.created_at = received_at
    appeal.received_on = to_local_date(received_at)
    appeal.due_on = deadlines.answer_due(appeal.received_on)
    appeal.save()
    for event in appeal.events:
        event.at = received_at
        event.save()


def seed(secret_key, logins_file):
    logins = _staff(Path(logins_file))
    moderator = User.get(User.login == "demo-moderator")
    for slug, lang, category, settlement, days_ago, public, text, answer, rating in APPEALS:
        key = str(uuid.uuid5(NAMESPACE, slug))
        ctx = Context(source="web", lang=lang, secret_key=secret_key)
        fields = {"category": category, "settlement": settlement, "text": text, "name": "Демо Тұрғын",
                  "phone": "+77010000000", "public": public, "consent": True}
        outcome = submit_appeal(fields, key, ctx)
        if outcome.status != "created":
            continue
        with database.atomic():
            appeal = Appeal.get_by_id(outcome.record_id)
            _backdate(appeal, days_ago)
            if public:
                appeals.publish(appeal, moderator)
            if answer:
                officer = User.get_or_none(User.role == "officer", User.department == appeal.department) \
                    or User.get(User.login == "demo-admin")
                appeal = Appeal.get_by_id(appeal.id)
                appeals.answer(appeal, officer, answer)
                appeal = Appeal.get_by_id(appeal.id)
                appeal.answered_at = appeal.received_at + datetime.timedelta(days=min(days_ago - 1, 18))
                appeal.save()
                if rating:
                    appeals.rate_answer(appeal, rating)
    return logins

"""The command line of CONTRACT §2: safe to repeat, one-line errors with exit status 2."""
import json

from db.models import Appeal, Category, Settlement, User


def test_db_upgrade_is_safe_to_run_twice(runner, db):
    first = runner.invoke(args=["db", "upgrade"])
    second = runner.invoke(args=["db", "upgrade"])
    assert first.exit_code == second.exit_code == 0
    assert "up to date" in second.output
    assert Category.select().count() == 13
    assert Settlement.select().count() == 62


def test_seed_demo_twice_adds_nothing_the_second_time(runner, db):
    first = runner.invoke(args=["seed-demo"])
    assert first.exit_code == 0, first.output
    count = Appeal.select().count()
    assert count >= 10
    assert Appeal.select().where(Appeal.answer_formal == True).count() >= 2  # noqa: E712
    assert any(a.is_overdue(a.received_on.__class__.today()) for a in Appeal.select())
    langs = {a.lang for a in Appeal.select()}
    assert langs == {"kk", "ru"}
    second = runner.invoke(args=["seed-demo"])
    assert second.exit_code == 0 and Appeal.select().count() == count
    assert "demo-admin" in second.output


def test_users_add_reads_the_password_from_stdin(runner, db):
    r = runner.invoke(args=["users", "add", "aigul", "--role", "officer", "--department", "health"],
                      input="a-long-password-1\n")
    assert r.exit_code == 0, r.output
    user = User.get(User.login == "aigul")
    assert user.department.code == "health" and "a-long-password-1" not in user.password_hash


def test_users_add_errors_are_one_line_and_exit_2(runner, db):
    r = runner.invoke(args=["users", "add", "x", "--role", "officer", "--department", "nope"], input="a-long-password-1\n")
    assert r.exit_code == 2 and "unknown department" in r.output and "Traceback" not in r.output
    r = runner.invoke(args=["users", "add", "x", "--role", "officer"], input="a-long-password-1\n")
    assert r.exit_code == 2
    r = runner.invoke(args=["users", "add", "x", "--role", "admin"], input="short\n")
    assert r.exit_code == 2


def test_formal_reply_check_reads_stdin(runner):
    r = runner.invoke(args=["formal-reply", "check", "--lang", "ru"],
                      input="Ваше обращение рассмотрено, вопрос находится на контроле.")
    assert r.exit_code == 0
    result = json.loads(r.output)
    assert result["formal"] is True and result["reasons"]
    r = runner.invoke(args=["formal-reply", "check"],
                      input="Құбыр 12 қарашада ауыстырылды, су берілді.")
    assert json.loads(r.output)["formal"] is False


def test_formal_reply_check_jsonl_answers_in_order(runner):
    lines = [{"lang": "ru", "answer": "Разъяснено, что вопрос на контроле."},
             {"lang": "kk", "answer": "Жол 10 қарашада жөнделді, шұңқырлар жабылды."}]
    r = runner.invoke(args=["formal-reply", "check", "--jsonl"], input="\n".join(json.dumps(x) for x in lines))
    assert r.exit_code == 0
    out = [json.loads(line) for line in r.output.splitlines()]
    assert [x["formal"] for x in out] == [True, False]


def test_formal_reply_check_bad_input_exits_2(runner):
    r = runner.invoke(args=["formal-reply", "check", "--jsonl"], input="{not json}\n")
    assert r.exit_code == 2 and "line 1" in r.output
    r = runner.invoke(args=["formal-reply", "check"], input="   ")
    assert r.exit_code == 2

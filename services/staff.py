"""Staff accounts: the one place a user is made or changed (the CLI, the demo and the tests call it)."""
from db import database
from db.models import Department, User
from db.models.staff import ROLES, new_session_epoch
from rules.times import utcnow
from web import auth

PASSWORD_MIN_LENGTH = 10


class UserRefused(Exception):
    """The account cannot be saved as asked; the code says why."""

    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail


def create_or_update_user(login, role, password, department=None):
    """Save a staff user, or reset an existing one's password, role and department and make it active.

    department is a department code; an officer answers for one, so needs it.
    Refusals raise UserRefused: unknown_role, login_required, password_too_short,
    unknown_department (detail: the code), department_required.
    """
    login = (login or "").strip()
    if role not in ROLES:
        raise UserRefused("unknown_role", role)
    if not login:
        raise UserRefused("login_required")
    if len(password or "") < PASSWORD_MIN_LENGTH:
        raise UserRefused("password_too_short")
    dept = None
    if department:
        dept = Department.get_or_none(Department.code == department)
        if dept is None:
            raise UserRefused("unknown_department", department)
    if role == "officer" and dept is None:
        raise UserRefused("department_required")
    password_hash = auth.hash_password(password)
    with database.atomic():
        # One statement: the unique login decides between a new account and a reset.
        (User.insert(login=login, password_hash=password_hash, role=role, department=dept, active=True,
                     created_at=utcnow())
             .on_conflict(conflict_target=[User.login],
                          # A new password signs out whoever knew the old one (a new session epoch).
                          update={User.password_hash: password_hash, User.role: role,
                                  User.department: dept, User.active: True,
                                  User.session_epoch: new_session_epoch()})
             .execute())
        return User.get(User.login == login)

"""Reference data (db/reference/*.csv, see SOURCES.md there) loaded or refreshed by code."""
import csv
from pathlib import Path

from db import database
from db.models import Category, Department, District, Settlement

HERE = Path(__file__).resolve().parent / "reference"


def _rows(name):
    with open(HERE / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _int(value):
    return int(value) if value else None


def _float(value):
    return float(value) if value else None


def _upsert(model, code, values):
    """Insert the row, or refresh it where the CSV changed: codes never change."""
    row = model.get_or_none(model.code == code)
    if row is None:
        return model.create(code=code, **values)
    model.update(**values).where(model.id == row.id).execute()
    return model.get_by_id(row.id)


def load_reference():
    """Districts, settlements, departments and categories; safe to run again."""
    with database.atomic():
        districts = {}
        for r in _rows("mangystau-districts.csv"):
            districts[r["code"]] = _upsert(District, r["code"], dict(
                kind=r["kind"], name_kk=r["name_kk"], name_ru=r["name_ru"], name_en=r["name_en"],
                population=_int(r["population"]), kato=r["kato"]))
        for r in _rows("mangystau-settlements.csv"):
            _upsert(Settlement, r["code"], dict(
                district=districts[r["district"]], kind=r["kind"], name_kk=r["name_kk"],
                name_ru=r["name_ru"], name_en=r["name_en"], population=_int(r["population"]),
                lat=_float(r["lat"]), lon=_float(r["lon"]), kato=r["kato"]))
        departments = {}
        for r in _rows("mangystau-akimat-departments.csv"):
            departments[r["code"]] = _upsert(Department, r["code"], dict(
                name_kk=r["name_kk"], name_ru=r["name_ru"], name_en=r["name_en"], handles=r["handles"]))
        for r in _rows("categories.csv"):
            _upsert(Category, r["code"], dict(
                position=int(r["position"]), department=departments[r["department"]],
                name_kk=r["name_kk"], name_ru=r["name_ru"], name_en=r["name_en"]))

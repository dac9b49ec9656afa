#!/usr/bin/env bash
# Refresh the translation catalogs after strings change in the code or templates:
#   translations/update.sh
# 1. extracts every _() / gettext / ngettext / _l() / lazy_gettext string into translations/messages.pot;
# 2. creates translations/<lang>/LC_MESSAGES/messages.po for a new language, else merges the new
#    strings into it (no fuzzy guessing: a new string arrives with an empty msgstr);
# 3. says how many strings each language still lacks.
# Then fill in the empty msgstr entries and run: .venv/bin/python -m pytest tests/test_translations.py
set -euo pipefail
cd "$(dirname "$0")/.."

PYBABEL=${PYBABEL:-.venv/bin/pybabel}
PYTHON=${PYTHON:-.venv/bin/python}
LANGS=(kk ru en)
POT=translations/messages.pot

"$PYBABEL" extract -F babel.cfg -k _l -k lazy_gettext -k lazy_ngettext:1,2 \
  --add-comments=TRANSLATORS: --no-location --sort-output --no-wrap \
  --project=Qatysu -o "$POT" .

for lang in "${LANGS[@]}"; do
  if [ -f "translations/$lang/LC_MESSAGES/messages.po" ]; then
    "$PYBABEL" update -i "$POT" -d translations -l "$lang" \
      --no-fuzzy-matching --ignore-obsolete --no-wrap
  else
    "$PYBABEL" init -i "$POT" -d translations -l "$lang" --no-wrap
  fi
done

# Plural rules: Kazakh one/other (CLDR); Russian one/few/many as gettext writes it.
# Babel keeps a catalog's own Plural-Forms on update, so this only matters after init.
"$PYTHON" - "${LANGS[@]}" <<'PY'
import re
import sys

from babel.messages.pofile import read_po

PLURAL_FORMS = {
    "kk": "nplurals=2; plural=(n != 1);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
}
for lang in sys.argv[1:]:
    path = f"translations/{lang}/LC_MESSAGES/messages.po"
    if lang in PLURAL_FORMS:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        fixed = re.sub(r'^"Plural-Forms: .*\\n"$', lambda _: f'"Plural-Forms: {PLURAL_FORMS[lang]}\\n"',
                       text, count=1, flags=re.M)
        if fixed != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(fixed)
    with open(path, "rb") as f:
        catalog = read_po(f, locale=lang)
    messages = [m for m in catalog if m.id]
    todo = [m for m in messages
            if m.fuzzy or not all(m.string if isinstance(m.string, (tuple, list)) else (m.string,))]
    print(f"{lang}: {len(messages)} messages, {len(todo)} to translate")
PY

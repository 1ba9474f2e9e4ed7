#!/usr/bin/env python3
"""Generate Migrations/0002_countries.sql from the Debian iso-codes package.

Reads /usr/share/iso-codes/json/iso_3166-1.json and the French gettext
catalogue for the iso_3166-1 domain, and writes one INSERT statement into the
`countries` table (created by migration 0001). Output is deterministic: ISO
rows sorted by alpha-2 code, then the extra non-ISO rows in a fixed order.

Name rules:
  name_en  = common_name if present, else name
  name_fr  = French translation of that same English string, else the English
  official_name_en = official_name, or NULL

Python 3 standard library only. Prints a single summary line.
"""

import gettext
import json
import subprocess
import sys
from pathlib import Path

ISO_JSON = Path("/usr/share/iso-codes/json/iso_3166-1.json")
LOCALE_DIR = "/usr/share/locale"
DOMAIN = "iso_3166-1"
OUTPUT = Path(__file__).resolve().parent.parent / "Migrations" / "0002_countries.sql"

COLUMNS = ("alpha2", "alpha3", "numeric", "name_en", "name_fr", "official_name_en")

# Rows the corpus needs that are not (or may not be) ISO 3166-1 assigned codes.
# Added after the ISO rows, only when the alpha-2 code is not already present.
EXTRA_ROWS = (
    # EU: "exceptionally reserved" ISO 3166-1 code.
    ("EU", None, None, "European Union", "Union européenne", None),
    # XK: user-assigned code in common use for Kosovo.
    ("XK", "XKX", None, "Kosovo", "Kosovo", "Republic of Kosovo"),
)


def package_version():
    try:
        out = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or "unknown"


def sql_literal(value):
    if value is None:
        return "NULL"
    return "'" + str(value).replace("'", "''") + "'"


# Where iso-codes has no common name (RU) or no French entry (SY, TR), the names people use.
NAME_OVERRIDES = {
    "RU": ("Russia", "Russie"),
    "SY": ("Syria", "Syrie"),
    "TR": ("Türkiye", "Turquie"),
}


def main():
    with ISO_JSON.open(encoding="utf-8") as fh:
        entries = json.load(fh)["3166-1"]
    fr = gettext.translation(DOMAIN, localedir=LOCALE_DIR, languages=["fr"])

    rows = []
    for e in sorted(entries, key=lambda e: e["alpha_2"]):
        name_en = e.get("common_name") or e["name"]
        # gettext returns the msgid itself when there is no translation,
        # which is exactly the English fallback we want.
        name_fr = fr.gettext(name_en)
        name_en, name_fr = NAME_OVERRIDES.get(e["alpha_2"], (name_en, name_fr))
        rows.append((
            e["alpha_2"],
            e.get("alpha_3"),
            e.get("numeric"),
            name_en,
            name_fr,
            e.get("official_name"),
        ))
    iso_count = len(rows)

    present = {r[0] for r in rows}
    extras = 0
    for extra in EXTRA_ROWS:
        if extra[0] not in present:
            rows.append(extra)
            present.add(extra[0])
            extras += 1

    version = package_version()
    lines = [
        "-- 0002_countries.sql: country reference data (ISO 3166-1).",
        "-- GENERATED FILE, do not edit by hand: run Scripts/generate-countries.py.",
        f"-- Source: the Debian iso-codes package, version {version}",
        "--   (/usr/share/iso-codes/json/iso_3166-1.json and the French gettext",
        "--   catalogue /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo).",
        "-- Licence: iso-codes is distributed under LGPL-2.1-or-later; the data are",
        "--   facts from ISO 3166-1.",
        "-- name_en is the common name when iso-codes gives one, else the ISO short name;",
        "-- name_fr is the French translation of that same string (English if none).",
        "-- EU (exceptionally reserved) and XK (user-assigned, Kosovo) are added by hand.",
        "",
        f"INSERT INTO countries ({', '.join(COLUMNS)}) VALUES",
    ]
    values = ["(" + ", ".join(sql_literal(v) for v in row) + ")" for row in rows]
    body = ",\n".join(values) + ";\n"
    text = "\n".join(lines) + "\n" + body

    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    with OUTPUT.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)

    print(f"wrote {OUTPUT.name}: {len(rows)} countries "
          f"({iso_count} ISO 3166-1 + {extras} extra) from iso-codes {version}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

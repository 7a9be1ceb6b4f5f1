#!/usr/bin/env python3
"""Writes data/demo/offers-bielefeld.csv: about 150 invented but plausible offers of the demo
institutions (data/institutions/bielefeld.toml) across Bielefeld's ten districts. Deterministic
(fixed seed); run it again after changing it and commit the CSV. Columns: docs/formats/offers.md."""

import csv
import random
import sys

rng = random.Random(18)

DISTRICT_NAMES = {
    "01": "Mitte", "02": "Schildesche", "03": "Gadderbaum", "04": "Brackwede", "05": "Dornberg",
    "06": "Jöllenbeck", "07": "Heepen", "08": "Stieghorst", "09": "Sennestadt", "10": "Senne",
}
STREETS = ["Hauptstraße", "Kirchweg", "Am Markt", "Schulstraße", "Lindenallee", "Bahnhofstraße",
           "Gartenweg", "Mühlenstraße", "Parkstraße", "Am Sportplatz"]
# Approximate district centres (WGS 84), for coordinates near them.
CENTRES = {
    "01": (52.0211, 8.5325), "02": (52.0480, 8.5200), "03": (52.0050, 8.5100),
    "04": (51.9950, 8.4900), "05": (52.0400, 8.4600), "06": (52.0850, 8.5150),
    "07": (52.0550, 8.6100), "08": (52.0150, 8.6000), "09": (51.9450, 8.5850),
    "10": (51.9550, 8.5300),
}

# (provider, district, kinds of offers it makes)
PROVIDERS = [
    ("vhs", "01", ["language", "course", "work"]),
    ("vhs-sennestadt", "09", ["language", "course"]),
    ("bildungswerk-heepen", "07", ["course", "work", "language"]),
    ("sportverein-brackwede", "04", ["sport"]),
    ("kulturverein-mitte", "01", ["culture"]),
    ("elternverein-baumheide", "07", ["parents"]),
    ("moscheegemeinde-mitte", "01", ["parents", "counselling", "youth"]),
    ("ukrainische-initiative", "02", ["counselling", "culture", "language"]),
    ("stadtteilzentrum-sennestadt", "09", ["parents", "youth", "sport", "culture"]),
    ("migrationsberatung-mitte", "01", ["counselling"]),
    ("frauenberatung", "01", ["counselling", "health"]),
    ("familienberatung-heepen", "07", ["counselling", "parents"]),
    ("fluechtlingsberatung-senne", "10", ["counselling", "work"]),
    ("gesundheitsamt", "01", ["health"]),
    ("jugendtreff-mitte", "01", ["youth", "sport"]),
    ("jugendtreff-schildesche", "02", ["youth"]),
    ("jugendtreff-gadderbaum", "03", ["youth"]),
    ("jugendtreff-brackwede", "04", ["youth", "sport"]),
    ("jugendtreff-dornberg", "05", ["youth"]),
    ("jugendtreff-joellenbeck", "06", ["youth"]),
    ("jugendtreff-heepen", "07", ["youth", "sport"]),
    ("jugendtreff-stieghorst", "08", ["youth"]),
    ("jugendtreff-sennestadt", "09", ["youth", "sport"]),
    ("jugendtreff-senne", "10", ["youth"]),
]

TITLES = {
    "language": ["Deutschkurs für Anfängerinnen und Anfänger", "Sprachcafé", "Deutsch im Alltag",
                 "Deutsch für den Beruf", "Lesen und Schreiben lernen", "Konversationskurs Deutsch",
                 "Deutsch für Eltern", "Herkunftssprachlicher Unterricht Türkisch"],
    "course": ["Computerkurs für Einsteigerinnen", "Nähkurs", "Kochen aus aller Welt",
               "Fahrradkurs für Frauen", "Orientierungskurs Bielefeld", "Smartphone-Sprechstunde"],
    "work": ["Bewerbungstraining", "Beratung zur Anerkennung ausländischer Abschlüsse",
             "Jobcafé", "Praktikumsbörse für Geflüchtete", "Gründungsberatung"],
    "sport": ["Schwimmkurs für Frauen", "Mädchenfußball", "Straßenfußball offen für alle",
              "Gymnastik für Ältere", "Boxtraining für Jugendliche", "Lauftreff",
              "Yoga für Frauen", "Basketball am Abend"],
    "culture": ["Theaterwerkstatt", "Internationaler Chor", "Erzählcafé", "Malwerkstatt",
                "Musik verbindet", "Lesung in zwei Sprachen"],
    "parents": ["Elterncafé", "Eltern-Kind-Gruppe", "Mütterfrühstück", "Väter-Treff",
                "Elternabend: Schule in Deutschland", "Babytreff"],
    "counselling": ["Migrationsberatung", "Sozialberatung", "Beratung für Frauen",
                    "Aufenthaltsrechtliche Beratung", "Schuldnerberatung",
                    "Offene Sprechstunde"],
    "health": ["Gesundheitslotsinnen", "Impfberatung", "Sprechstunde Frauengesundheit",
               "Ernährung für Familien", "Gesund älter werden"],
    "youth": ["Offener Treff", "Hausaufgabenhilfe", "Mädchentag", "Jungsgruppe",
              "Medienwerkstatt", "Ferienprogramm", "Kochen mit Jugendlichen"],
}
DESCRIPTIONS = {
    "language": "Üben Sie Deutsch in einer kleinen Gruppe. Anmeldung erwünscht.",
    "course": "Ein praktischer Kurs in entspannter Runde. Material wird gestellt.",
    "work": "Unterstützung auf dem Weg in Arbeit und Ausbildung.",
    "sport": "Bewegung und Spaß in der Gruppe. Bitte Sportkleidung mitbringen.",
    "culture": "Gemeinsam kreativ sein – Vorkenntnisse sind nicht nötig.",
    "parents": "Austausch, Informationen und Kaffee für Eltern. Kinder sind willkommen.",
    "counselling": "Vertrauliche Beratung, auf Wunsch mit Sprachmittlung.",
    "health": "Informationen rund um Gesundheit, verständlich erklärt.",
    "youth": "Für Kinder und Jugendliche im Stadtteil. Einfach vorbeikommen.",
}
LANGUAGES = ["tr", "ar", "ru", "uk", "pl", "en", "fa", "kmr"]
DAYS = ["MO", "TU", "WE", "TH", "FR", "SA"]


def gender_for(title):
    lowered = title.lower()
    if "mädchen" in lowered:
        return "girls"
    if "frauen" in lowered or "mütter" in lowered or "einsteigerinnen" in lowered:
        return "women"
    if "jungs" in lowered:
        return "boys"
    if "väter" in lowered:
        return "men"
    return "all"


rows = []
for index in range(150):
    provider, home, kinds = PROVIDERS[index % len(PROVIDERS)]
    category = kinds[(index // len(PROVIDERS)) % len(kinds)]
    title = rng.choice(TITLES[category])
    gender = gender_for(title)
    languages = ["de"] + rng.sample(LANGUAGES, rng.choice([0, 0, 1, 1, 2]))
    cost_roll = rng.random()
    if cost_roll < 0.55:
        cost, fee = "free", ""
    elif cost_roll < 0.7:
        cost, fee = "free-for-refugees", f"{rng.choice([20, 35, 48, 60])}.00"
    elif cost_roll < 0.85:
        cost, fee = "reduced", f"{rng.choice([5, 10, 15])}.00"
    else:
        cost, fee = "fee", f"{rng.choice([24, 39, 45, 69, 89])}.{rng.choice(['00', '50'])}"
    childcare = "ja" if category in ("language", "course", "parents") and rng.random() < 0.5 else "nein"
    low = "ja" if category in ("counselling", "youth", "parents") or rng.random() < 0.2 else "nein"
    access = []
    if rng.random() < 0.5:
        access.append("step-free")
    if rng.random() < 0.12:
        access.append("hearing-loop")
    if rng.random() < 0.25:
        access.append("easy-language")
    location_roll = rng.random()
    # Most offers are at the provider's district; some elsewhere, some outreach, a few online.
    district = home if rng.random() < 0.6 else rng.choice(sorted(DISTRICT_NAMES))
    address = latitude = longitude = ""
    if location_roll < 0.08 and category in ("counselling", "language", "work"):
        location, districts = "online", ""
    elif location_roll < 0.18 and category in ("counselling", "youth", "health", "sport"):
        location = "outreach"
        districts = ";".join(sorted({district, rng.choice(sorted(DISTRICT_NAMES))}))
    else:
        location, districts = "place", district
        address = f"{rng.choice(STREETS)} {rng.randint(1, 120)}, Bielefeld-{DISTRICT_NAMES[district]}"
        lat, lon = CENTRES[district]
        latitude = f"{lat + rng.uniform(-0.008, 0.008):.5f}"
        longitude = f"{lon + rng.uniform(-0.012, 0.012):.5f}"
    hour = rng.choice([9, 10, 14, 15, 16, 17, 18, 19])
    minute = rng.choice([0, 0, 30])
    length = rng.choice([60, 90, 120])
    end_minutes = hour * 60 + minute + length
    start_time = f"{hour:02d}:{minute:02d}"
    end_time = f"{end_minutes // 60:02d}:{end_minutes % 60:02d}"
    rrule = first_date = dates = ""
    kind_roll = rng.random()
    if kind_roll < 0.65:
        days = sorted(rng.sample(DAYS[:5], rng.choice([1, 1, 2])), key=DAYS.index)
        interval = rng.choice(["", "", "", ";INTERVAL=2"])
        until = rng.choice(["", ";UNTIL=20270630", ";UNTIL=20271218"])
        rrule = f"FREQ=WEEKLY;BYDAY={','.join(days)}{interval}{until}"
        first_date = "2026-09-01"
    elif kind_roll < 0.85:
        rrule = f"FREQ=MONTHLY;BYDAY={rng.choice(['1', '2', '3', '-1'])}{rng.choice(DAYS)}"
        first_date = "2026-09-01"
    else:
        day = rng.randint(1, 28)
        month = rng.choice([10, 11, 12])
        dates = f"2026-{month:02d}-{day:02d}T{start_time}/{end_time}"
        start_time = end_time = ""
    skip = "ja" if rrule and rng.random() < 0.8 else "nein"
    rows.append({
        "provider": provider, "title": title, "description": DESCRIPTIONS[category],
        "category": category, "languages": ";".join(languages), "cost": cost, "fee_euro": fee,
        "childcare": childcare, "gender": gender, "low_threshold": low,
        "accessibility": ";".join(access), "location": location, "address": address,
        "districts": districts, "latitude": latitude, "longitude": longitude,
        "first_date": first_date, "start_time": start_time if rrule else "",
        "end_time": end_time if rrule else "", "rrule": rrule, "skip_holidays": skip,
        "dates": dates, "contact": f"info@{provider}.example",
        "registration_url": "" if low == "ja" else f"https://{provider}.example/anmeldung",
    })

columns = ["provider", "title", "description", "category", "languages", "cost", "fee_euro",
           "childcare", "gender", "low_threshold", "accessibility", "location", "address",
           "districts", "latitude", "longitude", "first_date", "start_time", "end_time", "rrule",
           "skip_holidays", "dates", "contact", "registration_url"]
path = sys.argv[1] if len(sys.argv) > 1 else "data/demo/offers-bielefeld.csv"
with open(path, "w", newline="", encoding="utf-8") as out:
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
print(f"{path}: {len(rows)} offers")

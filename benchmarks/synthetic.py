"""A seeded generator of realistic synthetic ``diplorel extract`` output.

It writes JSON Lines in the exact form ``diplorel extract`` prints (one
document a line, its events in corpus form with the richer keys), so that
loading, querying and merging can be measured at scale without running the
extractor on a million articles.

What makes it realistic rather than uniform:

* parties follow a long-tailed (Zipf-like) distribution over about ninety
  states and organisations, so a few dyads dominate as in a real press corpus;
  a few events are multilateral (three to six parties);
* a document reports one to five events (2.5 on average) and has a
  publication date; event dates are mostly that day or the day before, some
  only a month, a year, a day without a year, a range, or nothing;
* kinds are 45 % consultations, 40 % agreements, 15 % declarations; agreements
  have one or two stages (negotiated, signed, approved, ratified, in force)
  and a title one time in three;
* every event has an evidence sentence of 80 to 260 characters of French and
  its span, persons with roles for about half of them, and one to three
  sectors;
* about a quarter of the events re-report an earlier real event (another
  outlet, a later article reporting ratification...): same kind, parties and
  instrument or format, a date as precise or less, so that merging has work.

Use ``python benchmarks/synthetic.py OUT.jsonl --events 1000000`` or
:func:`write_jsonl`.
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

STATES = [
    "AZE",
    "MAR",
    "DZA",
    "TUN",
    "FRA",
    "SEN",
    "CIV",
    "CMR",
    "VNM",
    "CAN",
    "TUR",
    "RUS",
    "CHN",
    "USA",
    "DEU",
    "ITA",
    "ESP",
    "BEL",
    "CHE",
    "EGY",
    "SAU",
    "ARE",
    "QAT",
    "IRN",
    "IRQ",
    "ISR",
    "PSE",
    "JOR",
    "LBN",
    "SYR",
    "LBY",
    "MRT",
    "MLI",
    "NER",
    "BFA",
    "TCD",
    "GAB",
    "COG",
    "COD",
    "RWA",
    "KEN",
    "ETH",
    "NGA",
    "GHA",
    "BEN",
    "TGO",
    "GIN",
    "MDG",
    "COM",
    "DJI",
    "HTI",
    "LUX",
    "MCO",
    "ARM",
    "GEO",
    "KAZ",
    "UZB",
    "TKM",
    "KGZ",
    "TJK",
    "UKR",
    "BLR",
    "POL",
    "ROU",
    "HUN",
    "SRB",
    "GRC",
    "CYP",
    "PAK",
    "IND",
    "BGD",
    "JPN",
    "KOR",
    "IDN",
    "MYS",
    "BRA",
    "ARG",
    "MEX",
    "CUB",
]
ORGANISATIONS = ["UN", "EU", "AU", "OIC", "NATO", "OSCE", "OIF", "MNA", "OTS", "GCC"]
PARTIES = tuple(STATES + ORGANISATIONS)
SECTORS = [
    "politics",
    "trade",
    "energy",
    "defense",
    "security",
    "education",
    "culture",
    "transport",
    "logistics",
    "environment",
    "agriculture",
    "health",
    "technology",
    "science",
    "tourism",
    "justice",
    "humanitarian",
]
FORMATS = (
    "meeting",
    "phone_call",
    "visit",
    "political_consultations",
    "joint_commission",
    "negotiation",
    "video_conference",
    "summit",
)
INSTRUMENTS = (
    "agreement",
    "memorandum",
    "convention",
    "protocol",
    "programme",
    "action_plan",
    "treaty",
    "framework",
)
DECLARATIONS = ("joint_declaration", "joint_communique", "statement")
STAGES = ("negotiated", "signed", "approved", "ratified", "in_force")
FIRST = [
    "Ahmed",
    "Jean",
    "Marie",
    "Ilham",
    "Nasser",
    "Yassine",
    "Fatou",
    "Olga",
    "Dmitri",
    "Nguyen",
    "Pierre",
    "Leila",
    "Karim",
    "Sofia",
    "Amadou",
    "Ali",
    "Anna",
    "Hakan",
    "Elmar",
    "Jeyhun",
    "Youssef",
    "Ousmane",
    "Aminata",
    "Mehdi",
    "Ramil",
]
LAST = [
    "Bourita",
    "Attaf",
    "Aliyev",
    "Bayramov",
    "Fall",
    "Diop",
    "Martin",
    "Dupont",
    "Tran",
    "Nguyen",
    "Lavrov",
    "Fidan",
    "Keita",
    "Traoré",
    "Mammadov",
    "Hasanov",
    "Benali",
    "Rahmani",
    "Ouattara",
    "Kaboré",
    "Sall",
    "Ndiaye",
    "Petrov",
]
ROLES = (
    "ministre des Affaires étrangères",
    "président",
    "vice-ministre des Affaires étrangères",
    "ambassadeur",
    "Premier ministre",
    "ministre de l'Économie",
    "ministre de l'Énergie",
)
SUBJECTS = (
    "la coopération énergétique",
    "le transport de marchandises",
    "l'enseignement supérieur",
    "la sécurité régionale",
    "les échanges commerciaux",
    "la protection de l'environnement",
    "la santé publique",
    "la culture et le patrimoine",
    "l'agriculture durable",
    "les technologies numériques",
)
VERBS = {
    "negotiated": "ont négocié",
    "signed": "ont signé",
    "approved": "ont approuvé",
    "ratified": "ont ratifié",
    "in_force": "ont annoncé l'entrée en vigueur de",
}
INSTRUMENT_WORDS = {
    "agreement": "un accord",
    "memorandum": "un mémorandum d'entente",
    "convention": "une convention",
    "protocol": "un protocole",
    "programme": "un programme",
    "action_plan": "un plan d'action",
    "treaty": "un traité",
    "framework": "un accord-cadre",
}
FORMAT_WORDS = {
    "meeting": "se sont rencontrés",
    "phone_call": "se sont entretenus par téléphone",
    "visit": "ont échangé lors d'une visite officielle",
    "political_consultations": "ont tenu des consultations politiques",
    "joint_commission": "ont réuni la commission mixte",
    "negotiation": "ont mené un cycle de négociations",
    "video_conference": "se sont entretenus par visioconférence",
    "summit": "ont participé au sommet",
}
PLACES = ("Bakou", "Rabat", "Alger", "Paris", "Dakar", "Tunis", "Genève", "New York", None)


class _Generator:
    """The state of one generation run: a seeded random source and past events."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        # Zipf-like weights: the k-th party is drawn with weight 1/k^0.9.
        self.weights = [1 / (rank + 1) ** 0.9 for rank in range(len(PARTIES))]
        self.recent: list[dict[str, Any]] = []

    # -- small draws ----------------------------------------------------------------

    def parties(self) -> list[str]:
        rnd = self.random
        count = 2 if rnd.random() < 0.95 else rnd.randint(3, 6)
        chosen: set[str] = set()
        while len(chosen) < count:
            chosen.add(rnd.choices(PARTIES, self.weights)[0])
        return sorted(chosen)

    def sectors(self) -> list[str]:
        rnd = self.random
        count = rnd.choices((1, 2, 3), (0.55, 0.3, 0.15))[0]
        return sorted(
            set(rnd.choices(SECTORS, [1 / (i + 1) for i in range(len(SECTORS))], k=count))
        )

    def published(self) -> tuple[int, int, int]:
        rnd = self.random
        year = rnd.randint(2010, 2025)
        month = rnd.randint(1, 12)
        return year, month, rnd.randint(1, calendar.monthrange(year, month)[1])

    def date(self, published: tuple[int, int, int]) -> str | None:
        rnd = self.random
        year, month, day = published
        if day > 1 and rnd.random() < 0.3:
            day -= 1
        shape = rnd.choices(
            ("day", "month", "year", "noyear", "range", "none"), (0.68, 0.1, 0.05, 0.05, 0.02, 0.1)
        )[0]
        if shape == "day":
            return f"{year:04d}-{month:02d}-{day:02d}"
        if shape == "month":
            return f"{year:04d}-{month:02d}"
        if shape == "year":
            return f"{year:04d}"
        if shape == "noyear":
            return f"XXXX-{month:02d}-{day:02d}"
        if shape == "range" and day < 28:
            return f"{year:04d}-{month:02d}-{day:02d}/{year:04d}-{month:02d}-{day + 1:02d}"
        return None

    def persons(self, parties: list[str]) -> list[dict[str, Any]]:
        rnd = self.random
        if rnd.random() < 0.5:
            return []
        result = []
        for code in rnd.sample(parties, min(len(parties), rnd.randint(1, 2))):
            # Each party has a few officials, who appear again and again.
            official = rnd.randrange(len(ROLES))
            seed = sum(map(ord, code)) + official
            name = f"{FIRST[seed % len(FIRST)]} {LAST[(seed * 7) % len(LAST)]}"
            result.append({"name": name, "role": ROLES[official], "party": code})
        return result

    def sentence(self, core: str) -> str:
        rnd = self.random
        text = core
        while len(text) < 80:
            text += f", afin de renforcer {rnd.choice(SUBJECTS)}"
        if rnd.random() < 0.5:
            text += f" et d'approfondir {rnd.choice(SUBJECTS)} entre les deux pays"
        return text[:259] + "."

    # -- events ------------------------------------------------------------------------

    def fresh(self, published: tuple[int, int, int]) -> dict[str, Any]:
        rnd = self.random
        kind = rnd.choices(("consultation", "agreement", "declaration"), (0.45, 0.4, 0.15))[0]
        parties = self.parties()
        base: dict[str, Any] = {
            "kind": kind,
            "parties": parties,
            "date": self.date(published),
            "place": rnd.choice(PLACES),
            "sectors": self.sectors(),
            "background": rnd.random() < 0.08,
        }
        if kind == "consultation":
            base["format"] = rnd.choice(FORMATS)
            base["round"] = rnd.randint(1, 12) if rnd.random() < 0.2 else None
        elif kind == "agreement":
            base["instrument"] = rnd.choice(INSTRUMENTS)
            first = rnd.choices(STAGES, (0.05, 0.7, 0.1, 0.1, 0.05))[0]
            stages = [first]
            if STAGES.index(first) < 4 and rnd.random() < 0.15:
                stages.append(STAGES[rnd.randint(STAGES.index(first) + 1, 4)])
            base["stages"] = stages
            base["title"] = (
                f"Accord de coopération dans le domaine de {rnd.choice(SUBJECTS)[3:]}"
                if rnd.random() < 0.33
                else None
            )
        else:
            base["declaration_kind"] = rnd.choice(DECLARATIONS)
            base["title"] = "Déclaration commune" if rnd.random() < 0.3 else None
        self.recent.append(base)
        if len(self.recent) > 5000:
            del self.recent[:1000]
        return base

    def rereport(self) -> dict[str, Any]:
        """An earlier event as another article reports it."""
        rnd = self.random
        event = dict(rnd.choice(self.recent))
        date = event["date"]
        if date and rnd.random() < 0.3 and len(date) == 10 and not date.startswith("X"):
            event["date"] = date[:7]  # a less precise report
        if event["kind"] == "agreement" and rnd.random() < 0.3:
            last = STAGES.index(event["stages"][-1])
            if last < 4:  # a later article reports a later stage, a year on
                event["stages"] = [STAGES[rnd.randint(last + 1, 4)]]
                later = event["date"]
                if later and later[:4].isdigit() and "/" not in later:
                    event["date"] = f"{int(later[:4]) + 1:04d}{later[4:]}"
                    if event["date"].endswith("-02-29"):
                        event["date"] = event["date"][:-2] + "28"
                else:
                    event["date"] = None
        if rnd.random() < 0.5:
            event["sectors"] = event["sectors"][:1]
        return event

    def record(self, event: dict[str, Any], offset: int) -> tuple[dict[str, Any], int]:
        """The corpus form of an event, its evidence starting at ``offset``."""
        rnd = self.random
        parties = event["parties"]
        kind = event["kind"]
        names = " et ".join(parties[:2])
        if kind == "agreement":
            stage = event["stages"][-1]
            core = f"{names} {VERBS[stage]} {INSTRUMENT_WORDS[event['instrument']]} sur "
            core += rnd.choice(SUBJECTS)
        elif kind == "consultation":
            core = f"Les délégations de {names} {FORMAT_WORDS[event['format']]}"
        else:
            core = f"{names} ont adopté une déclaration sur {rnd.choice(SUBJECTS)}"
        evidence = self.sentence(core)
        persons = self.persons(parties)
        date = event["date"]
        record: dict[str, Any] = {
            "kind": kind,
            "format": event.get("format"),
            "parties": parties,
            "date": date,
            "place": event["place"],
            "round": event.get("round"),
            "sectors": event["sectors"],
            "heads": [person["name"] for person in persons],
            "status": event["stages"][-1] if kind == "agreement" else None,
            "title": event.get("title"),
            "background": event["background"],
            "evidence": evidence,
            "spans": [[offset, offset + len(evidence)]],
            "persons": persons,
        }
        if kind == "agreement":
            stages = event["stages"]
            record["stages"] = [
                {
                    "stage": stage,
                    "date": date if index == len(stages) - 1 else None,
                    "actor": persons[0]["name"] if persons and index == 0 else None,
                }
                for index, stage in enumerate(stages)
            ]
            record["instrument"] = event["instrument"]
            record["quantity"] = None
        elif kind == "declaration":
            record["declaration_kind"] = event["declaration_kind"]
            record["establishes"] = None
        else:
            record["level"] = None
        return record, offset + len(evidence) + rnd.randint(1, 400)

    def documents(self, events: int) -> Iterator[dict[str, Any]]:
        rnd = self.random
        made = 0
        number = 0
        while made < events:
            count = min(
                events - made, rnd.choices((1, 2, 3, 4, 5), (0.3, 0.2, 0.2, 0.15, 0.15))[0]
            )
            published = self.published()
            offset = rnd.randint(0, 300)
            records = []
            for _ in range(count):
                reuse = self.recent and rnd.random() < 0.25
                event = self.rereport() if reuse else self.fresh(published)
                record, offset = self.record(event, offset)
                records.append(record)
            year, month, day = published
            yield {
                "id": f"doc-{number:07d}",
                "published": f"{year:04d}-{month:02d}-{day:02d}",
                "source_url": f"https://news.example.org/{year}/{month:02d}/{number:07d}",
                "events": records,
            }
            number += 1
            made += count


def documents(events: int, *, seed: int = 2025) -> Iterator[dict[str, Any]]:
    """Documents in ``diplorel extract`` form holding ``events`` events in all."""
    return _Generator(seed).documents(events)


def write_jsonl(path: Path, events: int, *, seed: int = 2025) -> int:
    """Write ``events`` events as JSON Lines to ``path``; return the number of documents."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in documents(events, seed=seed):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main() -> None:
    """Write a synthetic file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()
    docs = write_jsonl(args.output, args.events, seed=args.seed)
    print(f"wrote {args.events} events in {docs} documents to {args.output}")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate synthetic English news articles shaped like the seed article (plain text, paragraphs separated by
blank lines) for Glossa's extraction benchmark.

Each article has: the "Skip to ..." navigation boilerplate, a title, a dateline, a lead, an image caption whose
credit is glued to the caption text ("...on TuesdayImage: Name/AGENCY"), body paragraphs with quotes, numbers and
abbreviations ("U.S.", "Dr.", "a.m.", "No. 10", ...), section headings, an agency note, "Edited by: ..." and an
author bio with a glued handle.

Sentences come from a built-in pool of templates (written for this benchmark) whose slots are filled with names,
places, numbers and organisations; with --seeds (default: seeds/*.txt next to this repository) sentences of the
seed articles are mixed in as a second source of material. Output is deterministic for a given --seed.

    bench/generate-articles.py --count 1000 --out /tmp/glossa-bench/articles
"""
import argparse
import glob
import json
import os
import random
import re
import sys

NAV = "1. Skip to content\n  2. Skip to main menu\n  3. Skip to more DW sites"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MONTH_ABBR = ["Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

FIRST = ["Anna", "Marek", "Sofia", "Jonas", "Leila", "Tomasz", "Ines", "Kwame", "Hiroshi", "Elena", "Rafael",
         "Maren", "Olu", "Priya", "Lukas", "Amira", "Pieter", "Nadia", "Carlos", "Yuki", "Fatima", "Henrik",
         "Grace", "Dmytro", "Chiara", "Samuel", "Aylin", "Mateo", "Ingrid", "Rohan"]
LAST = ["Kowalski", "Lindqvist", "Moreau", "Okafor", "Petrenko", "Schneider", "Tanaka", "Varga", "Haddad",
        "Jensen", "Novak", "Ferreira", "Brandt", "Mensah", "Castillo", "Nakamura", "Rossi", "Hofmann", "Singh",
        "Dubois", "Kaya", "Oyelaran", "Van Dijk", "Markovic", "Almeida", "Lehmann", "Bergström", "Ortiz"]
TITLES = ["President", "Prime Minister", "Foreign Minister", "Defense Minister", "Finance Minister",
          "Health Minister", "Secretary General", "spokesperson", "Mayor", "Chancellor", "Interior Minister"]
COUNTRIES = ["Germany", "France", "Poland", "Italy", "Spain", "Sweden", "Finland", "Ukraine", "Turkey",
             "Brazil", "Nigeria", "India", "Japan", "Kenya", "Canada", "Mexico", "Indonesia", "Greece",
             "Austria", "Romania", "Ghana", "Chile", "Norway", "the Netherlands", "the U.S.", "the U.K."]
ADJ = {"Germany": "German", "France": "French", "Poland": "Polish", "Italy": "Italian", "Spain": "Spanish",
       "Sweden": "Swedish", "Finland": "Finnish", "Ukraine": "Ukrainian", "Turkey": "Turkish", "Brazil": "Brazilian",
       "Nigeria": "Nigerian", "India": "Indian", "Japan": "Japanese", "Kenya": "Kenyan", "Canada": "Canadian",
       "Mexico": "Mexican", "Indonesia": "Indonesian", "Greece": "Greek", "Austria": "Austrian",
       "Romania": "Romanian", "Ghana": "Ghanaian", "Chile": "Chilean", "Norway": "Norwegian",
       "the Netherlands": "Dutch", "the U.S.": "U.S.", "the U.K.": "British"}
CITIES = ["Berlin", "Brussels", "Warsaw", "Rome", "Madrid", "Stockholm", "Helsinki", "Kyiv", "Ankara", "Nairobi",
          "Lagos", "New Delhi", "Tokyo", "Ottawa", "Jakarta", "Athens", "Vienna", "Bucharest", "Accra", "Santiago",
          "Oslo", "The Hague", "Washington", "London", "Geneva", "Strasbourg", "Bonn"]
ORGS = [("European Union", "EU"), ("North Atlantic Treaty Organization", "NATO"), ("United Nations", "UN"),
        ("World Health Organization", "WHO"), ("International Monetary Fund", "IMF"),
        ("Organization for Security and Co-operation in Europe", "OSCE"), ("African Union", "AU"),
        ("World Trade Organization", "WTO"), ("European Central Bank", "ECB"),
        ("International Energy Agency", "IEA")]
AGENCIES = ["AFP", "Reuters", "AP", "dpa", "KNA", "epd"]
PHOTO_AGENCIES = ["REUTERS", "AFP", "AP Photo/picture alliance", "dpa/picture alliance", "Getty Images",
                  "EPA-EFE", "IMAGO", "Anadolu Agency/picture alliance"]
TOPICS = ["energy prices", "the refugee crisis", "climate targets", "military aid", "inflation", "the grain deal",
          "the budget dispute", "vaccine supplies", "trade tariffs", "election reform", "drought relief",
          "cybersecurity", "the rail strike", "housing costs", "semiconductor supplies", "the ceasefire talks"]
NOUNS = ["agreement", "package", "plan", "proposal", "reform", "deal", "initiative", "strategy", "framework"]
GROUPS = ["farmers", "nurses", "teachers", "truck drivers", "students", "pensioners", "rail workers",
          "small business owners", "climate activists", "opposition lawmakers", "doctors", "port workers"]

# Sentence templates: {P} person with title, {N} bare name, {S} surname, {C} country, {A} its adjective,
# {CITY}, {O} organisation (long), {OA} abbreviation, {T} topic, {X} noun, {G} group, {D} weekday,
# {NUM} integer, {BIG} number with thousands separator, {PCT} percentage, {MONEY} amount, {TIME} clock time.
POOL = [
    "{P} said on {D} that the {X} would be presented to parliament before the summer recess.",
    "The {X} on {T} was agreed after more than {NUM} hours of talks in {CITY}.",
    "According to the {OA}, around {BIG} people were affected in the first week alone.",
    "Prices rose by {PCT} compared with the same month last year, the statistics office said.",
    "\"We cannot wait any longer,\" {N} told reporters outside the ministry.",
    "\"This is a turning point for {C},\" {S} said, adding that the government would \"stay the course.\"",
    "Officials in {CITY} said the meeting started at {TIME} and lasted well into the evening.",
    "Critics argue that the {X} does too little, too late.",
    "The {O} ({OA}) has warned that {T} could weigh on growth for years.",
    "Dr. {N}, an economist at the University of {CITY}, said the figures were \"worse than expected.\"",
    "The U.S. and {C} have pledged a further {MONEY} in support over the next {NUM} months.",
    "Thousands of {G} took to the streets of {CITY} on {D}, demanding higher wages.",
    "The {A} government has repeatedly rejected the accusations as \"baseless.\"",
    "At least {NUM} people were injured, police said in a statement early on {D}.",
    "The vote is scheduled for {MON} {DAY}, according to the parliamentary calendar.",
    "Mr. {S} did not respond to a request for comment.",
    "Analysts expect the central bank to raise rates by {BPS} basis points at its next meeting.",
    "The talks, which began at {TIME}, were described by one diplomat as \"frank but constructive.\"",
    "{C} imports roughly {PCT} of its gas, most of it through pipelines.",
    "Several lawmakers, e.g. members of the opposition, called for an independent inquiry.",
    "The report, published by the {OA} on {D}, runs to more than {NUM} pages.",
    "{P} is expected to travel to {CITY} later this week.",
    "\"Nobody wants a long conflict,\" said {N}, a senior adviser to the {A} government.",
    "The measure would cost an estimated {MONEY} a year, according to the finance ministry.",
    "Unemployment stood at {PCT} in {MON}, down slightly from the previous month.",
    "In a joint statement, the ministers said they were \"deeply concerned\" about {T}.",
    "The agency said its staff had registered {BIG} new applications since {MONABBR} {DAY}.",
    "Ms. {S} said the decision had been \"difficult but necessary.\"",
    "Rescue teams worked through the night, and the search resumed at {TIME}.",
    "{G} have complained for months about rising costs and stagnant pay.",
    "The {X} still needs the approval of all {NUM} member states.",
    "The figures do not include the last {NUM} days, when fighting intensified.",
    "Speaking on public radio, {S} said the country was \"well prepared\" for the winter.",
    "The ruling party lost almost {PCT} of its support compared with the last election.",
    "A spokesperson for the {OA} confirmed the meeting but declined to give details.",
    "Prof. {N} of the {CITY} Institute for Policy Studies called the plan \"a good first step.\"",
    "The company, headquartered in {CITY}, employs about {BIG} people worldwide.",
    "Flights from {CITY} were canceled until at least {TIME} on {D}.",
    "The {A} foreign ministry summoned the ambassador on {D} evening.",
    "The decision comes after weeks of pressure from {G} and opposition parties.",
    "\"We will not accept any solution that ignores the people most affected,\" {S} said.",
    "In {MON}, the government had promised to cut emissions by {PCT} by 2030.",
    "The bill passed with {NUM} votes in favor and {NUM2} against.",
    "Gen. {S} said troops would remain in the region \"as long as necessary.\"",
    "Negotiators are expected to meet again in {CITY} at the end of the month.",
    "The inflation rate in {C} reached {PCT}, the highest level in three decades.",
    "The project is financed with {MONEY} from the {OA} and private investors.",
    "Local media reported that the fire broke out shortly after {TIME}.",
    "No. 10 Downing Street said the prime minister had spoken to {P} by phone.",
    "The court in {CITY} is due to announce its ruling on {D}.",
    "Observers from the {OA} described the vote as largely free and fair.",
    "He added that {T} would be \"at the top of the agenda\" for the next summit.",
    "She said the {X} was \"not perfect, but better than nothing.\"",
    "The ministry said about {BIG} households had already applied for support.",
    "Since then, the number of arrivals has almost doubled, to {BIG} a month.",
    "The {A} capital, {CITY}, has seen protests every weekend since {MON}.",
    "Ukraine's allies met at the U.S. air base in Ramstein to discuss further support.",
    "The U.N. Security Council is due to discuss the situation on {D}.",
    "Supplies are expected to arrive by {MONABBR} {DAY} at the latest.",
    "Schools will reopen at 8 a.m. on {D}, the city council said.",
    "The strike is set to end at 6 p.m. on {D} unless talks break down again.",
]
HEADINGS = [
    "What does the {X} mean for {G}?", "{C} under pressure", "Criticism from the opposition",
    "Why is {T} so important?", "A long road ahead", "Reactions from {CITY}", "What happens next?",
    "{OA} calls for restraint", "Concerns over {T}", "Growing frustration among {G}", "The cost of {T}",
    "A divided parliament", "Hopes for a breakthrough", "{A} leaders stay cautious",
]
HEADLINES = [
    "{C} and {C2} agree on {T} {X}", "{OA} warns of rising pressure over {T}",
    "Thousands of {G} protest in {CITY}", "{A} parliament approves {T} {X}",
    "{P} visits {CITY} amid {T} row", "{OA} and {C} sign joint call on {T}",
    "{C} braces for strike over {T}", "Talks on {T} stall in {CITY}",
]
CAPTIONS = [
    "{P} at a press conference in {CITY}, {MON} {DAY}, {YEAR}",
    "Protesters gathered in central {CITY} on {D}",
    "{N} and {N2} at the {OA} headquarters in {CITY}",
    "Police secure the area outside the parliament in {CITY}",
]
CAPTION_TEXT = [
    "The {X} is expected to affect millions of {G}",
    "Leaders met in {CITY} to discuss {T}",
    "The government has come under growing pressure over {T}",
    "{G} say they have been left behind",
]
BIO = [
    "{N} {N}{sp}is a reporter at DW's breaking news desk and covers politics and economics.",
    "{N} {N}{sp}is a writer at DW's online news desk and covers stories from {CITY} and beyond.",
    "{N} {N}{sp}reports on European politics and security from {CITY}.",
]


def load_seed_sentences(patterns):
    """Body sentences of the seed articles: paragraphs of at least 12 words, split at sentence ends."""
    out = []
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            with open(path, encoding="utf-8") as f:
                text = f.read()
            for para in re.split(r"\n\s*\n", text):
                para = " ".join(para.split())
                if len(para.split()) < 12 or "Image:" in para or "Skip to" in para:
                    continue
                start = 0
                for m in re.finditer(r"(?:(?<=[.!?])|(?<=[.!?]\"))\s+(?=[A-Z\"])", para):
                    if para[start:m.start()].count('"') % 2 == 0:  # never split inside a quotation
                        out.append(para[start:m.start()])
                        start = m.end()
                out.append(para[start:])
    # keep body sentences only: not the agency note or the author bio
    return [s for s in out if len(s.split()) >= 6 and "@" not in s and not s.startswith("This report was")]


class Filler:
    def __init__(self, rng, year):
        self.rng = rng
        self.year = year
        # each article has a small cast so names recur, like in real reporting
        self.people = [(rng.choice(FIRST), rng.choice(LAST), rng.choice(TITLES)) for _ in range(3)]
        self.country = rng.choice(COUNTRIES)
        self.org = rng.choice(ORGS)
        self.topic = rng.choice(TOPICS)

    def person(self):
        first, last, title = self.rng.choice(self.people)
        country = ADJ[self.country] if self.rng.random() < 0.5 else ""
        return " ".join(x for x in (country, title, first, last) if x)

    def fill(self, template):
        r = self.rng

        def value(m):
            key = m.group(1)
            if key == "P":
                return self.person()
            if key in ("N", "N2"):
                first, last, _ = r.choice(self.people)
                return f"{first} {last}"
            if key == "S":
                return r.choice(self.people)[1]
            if key == "C":
                c = self.country if r.random() < 0.6 else r.choice(COUNTRIES)
                return c[0].upper() + c[1:] if template.startswith("{" + key) else c
            if key == "C2":
                return r.choice(COUNTRIES)
            if key == "A":
                return ADJ[self.country]
            if key == "CITY":
                return r.choice(CITIES)
            if key == "O":
                return self.org[0]
            if key == "OA":
                return self.org[1] if r.random() < 0.7 else r.choice(ORGS)[1]
            if key == "T":
                return self.topic if r.random() < 0.6 else r.choice(TOPICS)
            if key == "X":
                return r.choice(NOUNS)
            if key == "G":
                return r.choice(GROUPS)
            if key == "D":
                return r.choice(DAYS)
            if key in ("NUM", "NUM2"):
                return str(r.randint(2, 350))
            if key == "BIG":
                return f"{r.randint(1200, 950000):,}"
            if key == "PCT":
                return f"{r.randint(1, 45)}.{r.randint(0, 9)}%"
            if key == "MONEY":
                cur = r.choice(["$", "€"])
                return f"{cur}{r.randint(1, 99)}.{r.randint(1, 9)} {r.choice(['million', 'billion'])}"
            if key == "BPS":
                return str(r.choice([25, 50, 75]))
            if key == "TIME":
                return f"{r.randint(1, 11)}{r.choice([':00', ':30', ':15', ''])} {r.choice(['a.m.', 'p.m.'])}"
            if key == "MON":
                return r.choice(MONTHS)
            if key == "MONABBR":
                return r.choice(MONTH_ABBR)
            if key == "DAY":
                return str(r.randint(1, 28))
            if key == "YEAR":
                return str(self.year)
            raise KeyError(key)

        s = re.sub(r"\{([A-Z0-9]+)\}", value, template)
        s = s.replace("a.m..", "a.m.").replace("p.m..", "p.m.")  # an abbreviation ends the sentence
        return s[0].upper() + s[1:]


def article(rng, seed_sentences, target_words, gold=None):
    year = rng.randint(2019, 2024)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    f = Filler(rng, year)
    sentences = list(POOL)
    rng.shuffle(sentences)
    seeds = list(seed_sentences)
    rng.shuffle(seeds)

    def next_sentence():
        if seeds and rng.random() < 0.2:
            return seeds.pop()
        if not sentences:
            sentences.extend(POOL)
            rng.shuffle(sentences)
        return f.fill(sentences.pop())

    def para(lo, hi):
        sentences_of_para = [next_sentence() for _ in range(rng.randint(lo, hi))]
        if gold is not None:
            gold.append(sentences_of_para)
        return " ".join(sentences_of_para)

    headline = f.fill(rng.choice(HEADLINES))
    credit_first, credit_last = rng.choice(FIRST), rng.choice(LAST)
    caption = (f.fill(rng.choice(CAPTIONS)) + "\n" + f.fill(rng.choice(CAPTION_TEXT))
               + f"Image: {credit_first} {credit_last}/{rng.choice(PHOTO_AGENCIES)}")
    parts = [NAV, headline, f"{MONTHS[month]} {day}, {year}", para(2, 2), caption]
    words = sum(len(p.split()) for p in parts)
    headings = list(HEADINGS)
    rng.shuffle(headings)
    since_heading = -rng.randint(0, 2)
    while words < target_words:
        if since_heading >= 4 and rng.random() < 0.5:  # a heading every 4 to 7 paragraphs
            p = f.fill(headings.pop())
            since_heading = 0
        else:
            p = para(1, 3)
            since_heading += 1
        parts.append(p)
        words += len(p.split())
    tail = []
    if rng.random() < 0.7:
        agencies = rng.sample(AGENCIES, rng.randint(1, 2))
        noun = "news agency" if len(agencies) == 1 else "news agencies"
        tail.append(f"This report was written in part with material from {' and '.join(agencies)} {noun}.")
    tail.append(f"Edited by: {rng.choice(FIRST)} {rng.choice(LAST)}")
    author_first, author_last = rng.choice(FIRST), rng.choice(LAST)
    bio = rng.choice(BIO).replace("{N} {N}{sp}", f"{author_first} {author_last} {author_first} ", 1)
    bio = f.fill(bio) + f"@{author_first}{author_last[:4]}"
    tail.append(bio)
    return headline, "\n\n".join(parts + tail) + "\n"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:60]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of articles (default: 1000)")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=20230110, help="random seed (default: 20230110)")
    ap.add_argument("--words", type=int, default=600, help="approximate words per article (default: 600)")
    ap.add_argument("--seeds", action="append",
                    help="glob of seed articles to mix sentences from (default: <repo>/seeds/*.txt); "
                         "pass --seeds none to use the built-in pool only")
    ap.add_argument("--gold", help="also write the sentences of every body paragraph to this file, as JSON lines "
                                   "{\"file\": name, \"sentences\": [...]} (the paragraph is the sentences joined "
                                   "by one space): gold data for segmentation accuracy")
    a = ap.parse_args()
    patterns = a.seeds or [os.path.join(here, "..", "seeds", "*.txt")]
    seed_sentences = [] if patterns == ["none"] else load_seed_sentences(patterns)
    os.makedirs(a.out, exist_ok=True)
    rng = random.Random(a.seed)
    total = 0
    gold_out = open(a.gold, "w", encoding="utf-8", newline="\n") if a.gold else None
    for i in range(a.count):
        target = a.words + rng.randint(-40, 40)
        gold = [] if gold_out else None
        headline, text = article(rng, seed_sentences, target, gold)
        name = f"article-{i + 1:05d}-{slug(headline)}.en.txt"
        with open(os.path.join(a.out, name), "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        for sentences in gold or []:
            gold_out.write(json.dumps({"file": name, "sentences": sentences}, ensure_ascii=False) + "\n")
        total += len(text.split())
    if gold_out:
        gold_out.close()
    print(f"{a.count} articles, {total} words (whitespace-separated), {len(seed_sentences)} seed sentences mixed in,"
          f" written to {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()

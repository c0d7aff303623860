"""A deterministic generator of synthetic textile and garment industry news, for benchmarks.

Every article is invented: the people, companies, associations and events are composed from name
pools (surnames x given names; place x sector x organisation type) and the sentences from phrase
variants of the genre's constructions ("held in", "hosted by", "under the guidance of", "presided
over by", speeches, attendance lists, "NAME, ROLE of ORG", themes, participant counts, dates).
Filler paragraphs on industry topics bring each article to 400-900 words.

The same seed gives the same corpus: one ``random.Random(seed)`` draws a shared "world" of
organisations, people and event series (so entities recur across articles), then the articles.

    python -m benchmarks.corpus --n 200 --out /tmp/corpus --seed 7
"""

from __future__ import annotations

import argparse
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

# --- name pools ------------------------------------------------------------------------------------

SURNAMES = """Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie
Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Du Ye Cheng Wei Su Lu Ding Ren Shen
Yao Jin Liao Fan Shi Xiong Duan Lei Qian Tan Bai Mao Qiu Qin Gu Hou Shao Meng Long Wan Hao Kong Kang Yin Xue
Yan Dai Zhong Cui Fu Jia Fang Xia Zou Tao Guan Xiang Gong Niu Qiao Lai Wen Tong Lan Qi Geng Mu Ning""".split()

# syllables of given names; two-syllable names are drawn from their pairs, a few names have one syllable
_GIVEN_SYLLABLES = """ming hui wei jian li fang hong guo qiang xiao dong hai yan jun lin ping hua yu xin jie tao bo
lei yun qing zhi kai rui ning chen hao feng jing xue mei lan yi shan song wen zhen""".split()
_FEMININE = {"fang", "mei", "lan", "xue", "yan", "jing", "ping", "hong", "yun", "li", "ning", "shan"}

VIET_SURNAMES = ["Nguyen", "Tran", "Pham", "Hoang", "Vu", "Bui", "Do", "Ngo", "Duong", "Dinh"]
VIET_MIDDLE = ["Van", "Thi", "Duc", "Minh", "Quoc", "Thanh", "Hong"]
VIET_GIVEN = ["Hai", "Lan", "Tuan", "Hung", "Mai", "Dung", "Long", "Thao", "Phuong", "Son", "Cuong", "Nga"]
KOREAN_SURNAMES = ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon", "Jang", "Lim", "Shin", "Han"]
KOREAN_GIVEN = ["Min-jae", "Ji-hoon", "Seo-yeon", "Hyun-woo", "Soo-jin", "Dong-hyun", "Ji-woo", "Eun-ji", "Sung-min"]
OTHER_FIRST = ["Ahmed", "Rahim", "Marco", "Elena", "Thomas", "Anna", "Carlos", "Maria", "Ayesha", "Kamal",
               "Farhan", "Selin", "Mehmet", "Giulia", "Lukas", "Sofia", "Imran", "Nadia", "Pedro", "Claire"]
OTHER_LAST = ["Hossain", "Rahman", "Bianchi", "Keller", "Silva", "Demir", "Yilmaz", "Karim", "Fischer", "Moreau",
              "Chowdhury", "Qureshi", "Romano", "Schneider", "Costa", "Aydin", "Haque", "Malik", "Ferreira", "Dubois"]

# provinces with some of their cities (common knowledge of Chinese administrative divisions)
PROVINCES = {
    "Jiangsu": ["Suzhou", "Wuxi", "Nantong", "Changzhou", "Yancheng", "Suqian", "Nanjing"],
    "Zhejiang": ["Hangzhou", "Shaoxing", "Huzhou", "Jiaxing", "Ningbo", "Wenzhou", "Haining", "Tongxiang"],
    "Guangdong": ["Guangzhou", "Shenzhen", "Dongguan", "Foshan", "Zhongshan", "Shantou"],
    "Fujian": ["Xiamen", "Quanzhou", "Jinjiang", "Shishi", "Fuzhou"],
    "Shandong": ["Qingdao", "Jinan", "Weifang", "Binzhou", "Zibo", "Jining"],
    "Henan": ["Zhengzhou", "Luoyang", "Xinxiang", "Nanyang"],
    "Hubei": ["Wuhan", "Xiangyang", "Jingzhou", "Xiantao"],
    "Hunan": ["Changsha", "Zhuzhou", "Yiyang"],
    "Jiangxi": ["Nanchang", "Xinyu", "Jiujiang", "Ganzhou"],
    "Anhui": ["Hefei", "Anqing", "Lu'an", "Fuyang"],
    "Hebei": ["Shijiazhuang", "Baoding", "Xingtai", "Handan"],
    "Sichuan": ["Chengdu", "Mianyang", "Nanchong"],
    "Liaoning": ["Shenyang", "Dalian", "Dandong"],
    "Shaanxi": ["Xi'an", "Xianyang", "Baoji"],
}
MUNICIPALITIES = ["Beijing", "Shanghai", "Tianjin", "Chongqing"]
COUNTRIES = {
    "Vietnam": ["Hanoi", "Ho Chi Minh City", "Da Nang"],
    "Bangladesh": ["Dhaka", "Chittagong", "Gazipur"],
    "Pakistan": ["Karachi", "Lahore", "Faisalabad"],
    "Cambodia": ["Phnom Penh"],
    "Italy": ["Milan", "Florence", "Prato"],
    "Turkey": ["Istanbul", "Bursa", "Izmir"],
    "Germany": ["Frankfurt", "Düsseldorf"],
    "South Korea": ["Seoul", "Daegu"],
    "Indonesia": ["Jakarta", "Bandung"],
    "Uzbekistan": ["Tashkent"],
    "Ethiopia": ["Addis Ababa"],
}

SECTORS = ["Textile", "Garment", "Knitting", "Silk", "Cotton Textile", "Printing and Dyeing", "Home Textile",
           "Hosiery", "Denim", "Cashmere", "Wool Textile", "Chemical Fibre", "Nonwovens", "Textile Machinery",
           "Apparel", "Fashion", "Linen", "Industrial Textiles", "Down and Feather", "Footwear and Apparel"]
FIELDS = ["Commerce", "Industry and Information Technology", "Economy and Information Technology",
          "Human Resources and Social Security", "Science and Technology", "Ecology and Environment",
          "Culture and Tourism", "Education", "Market Regulation"]
BRAND_SYLLABLES = """heng rui xin da hua sheng tai feng long mei jia yuan kang li bao tian hong yi jin cheng an
fu xiang ming run de hai yue""".split()
UNI_STEMS = ["Textile", "Sci-Tech", "Fashion", "Polytechnic", "Light Industry", "Engineering", "Normal"]
ORDINALS = ["2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "13th", "15th",
            "16th", "18th", "20th", "21st", "22nd", "25th", "30th"]
ORDINAL_WORDS = ["Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
YEARS = list(range(2019, 2026))


def _title(s: str) -> str:
    return s[:1].upper() + s[1:]


def _role_title(role: str) -> str:
    """"deputy secretary-general" -> "Deputy Secretary-General"; "CEO" stays."""
    return " ".join("-".join(p if p.isupper() else p.capitalize() for p in w.split("-")) for w in role.split())


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name)
                   if w.lower() not in {"of", "and", "for", "the", "on", "in"} and w[0].isupper())


# --- the world: organisations, people and event series shared by all articles -----------------------

@dataclass
class Org:
    name: str
    kind: str  # association | government | company | university | research | foreign
    place: str
    province: str
    sector: str = ""
    acronym: str = ""
    article: bool = True  # written with "the"

    def ref(self, rng: random.Random, first: bool = True) -> str:
        """The name as a sentence writes it: with "the" when the name takes one; later mentions may
        use the acronym."""
        if not first and self.acronym and rng.random() < 0.6:
            return ("the " if self.kind != "company" else "") + self.acronym
        return ("the " if self.article else "") + self.name


@dataclass
class Person:
    name: str
    female: bool
    role: str
    org: Org

    @property
    def he(self) -> str:
        return "she" if self.female else "he"

    @property
    def his(self) -> str:
        return "her" if self.female else "his"



@dataclass
class World:
    orgs: dict[str, list[Org]] = field(default_factory=dict)
    people: dict[int, list[Person]] = field(default_factory=dict)  # id(org) -> people
    all_people: list[Person] = field(default_factory=list)
    series: dict[str, list[str]] = field(default_factory=dict)  # event series names with a {year} slot


ROLES = {
    "association": ["president", "vice president", "secretary-general", "executive vice president",
                    "deputy secretary-general", "honorary president", "chairman"],
    "government": ["director", "deputy director", "director-general", "deputy director-general",
                   "second-level inspector", "head"],
    "city": ["mayor", "deputy mayor", "secretary-general"],
    "company": ["chairman", "general manager", "president", "CEO", "design director", "chief designer",
                "deputy general manager", "founder"],
    "university": ["president", "vice president", "professor", "dean", "associate professor"],
    "research": ["director", "chief engineer", "deputy director", "senior researcher"],
    "foreign": ["president", "chairman", "secretary-general", "vice president", "director"],
}


def _chinese_name(rng: random.Random, given: list[str]) -> tuple[str, bool]:
    g = rng.choice(given)
    return f"{rng.choice(SURNAMES)} {g}", any(g.lower().endswith(s) for s in _FEMININE)


def _given_names(rng: random.Random) -> list[str]:
    pairs = [a.capitalize() + b for a in _GIVEN_SYLLABLES for b in _GIVEN_SYLLABLES if a != b]
    singles = [s.capitalize() for s in _GIVEN_SYLLABLES]
    return sorted(rng.sample(pairs, 170) + rng.sample(singles, 30))


def _brand(rng: random.Random) -> str:
    a, b = rng.sample(BRAND_SYLLABLES, 2)
    return a.capitalize() + b


def make_world(rng: random.Random) -> World:
    w = World()
    given = _given_names(rng)
    used_names: set[str] = set()
    orgs: dict[str, list[Org]] = {k: [] for k in ("association", "government", "city", "company", "university",
                                                   "research", "foreign")}
    seen: set[str] = set()

    def add(kind: str, org: Org) -> None:
        if org.name not in seen:
            seen.add(org.name)
            orgs[kind].append(org)

    provinces = list(PROVINCES)
    for prov in provinces:
        for sector in rng.sample(SECTORS, 4):
            name = rng.choice([f"{prov} {sector} Industry Association", f"{prov} {sector} Association",
                               f"{prov} {sector} Chamber of Commerce"])
            add("association", Org(name, "association", prov, prov, sector, _initials(name)))
        for city in rng.sample(PROVINCES[prov], min(3, len(PROVINCES[prov]))):
            sector = rng.choice(SECTORS)
            add("association", Org(f"{city} {sector} Industry Association", "association", city, prov, sector))
            add("city", Org(f"{city} Municipal People's Government", "city", city, prov))
            for field_ in rng.sample(FIELDS, 2):
                add("government", Org(f"{city} Municipal Bureau of {field_}", "government", city, prov))
            for _ in range(rng.randint(3, 6)):
                b, sector = _brand(rng), rng.choice(SECTORS)
                name = rng.choice([f"{city} {b} {sector} Co., Ltd.", f"{b} {sector} Group",
                                   f"{city} {b} {sector} Group Co., Ltd.", f"{b} Fashion Co., Ltd.",
                                   f"{b} {sector} Technology Co., Ltd."])
                add("company", Org(name, "company", city, prov, sector, article=False))
            if rng.random() < 0.5:
                sector = rng.choice(SECTORS)
                add("research", Org(f"{city} {sector} Research Institute", "research", city, prov, sector))
        for field_ in rng.sample(FIELDS, 3):
            name = rng.choice([f"Department of {field_} of {prov} Province", f"{prov} Provincial Department of {field_}"])
            add("government", Org(name, "government", prov, prov))
        uni = rng.choice([f"{prov} {rng.choice(UNI_STEMS)} University", f"{rng.choice(PROVINCES[prov])} University",
                          f"{prov} Institute of Fashion Technology", f"{rng.choice(PROVINCES[prov])} Textile College"])
        add("university", Org(uni, "university", prov, prov, article=False))
        add("university", Org(f"{_brand(rng)} University", "university", prov, prov, article=False))
    for country, cities in COUNTRIES.items():
        for sector in rng.sample(SECTORS, 2):
            name = rng.choice([f"{country} {sector} Federation", f"{country} {sector} Manufacturers Association",
                               f"{country} {sector} Manufacturers and Exporters Association",
                               f"{country} {sector} Council"])
            add("foreign", Org(name, "foreign", rng.choice(cities), country, sector, _initials(name)))
    w.orgs = orgs

    def person(org: Org) -> Person:
        for _ in range(50):
            if org.kind == "foreign" and org.province == "Vietnam":
                name = f"{rng.choice(VIET_SURNAMES)} {rng.choice(VIET_MIDDLE)} {rng.choice(VIET_GIVEN)}"
                female = "Thi" in name
            elif org.kind == "foreign" and org.province == "South Korea":
                name, female = f"{rng.choice(KOREAN_SURNAMES)} {rng.choice(KOREAN_GIVEN)}", rng.random() < 0.4
            elif org.kind == "foreign":
                first = rng.choice(OTHER_FIRST)
                name, female = f"{first} {rng.choice(OTHER_LAST)}", first in {"Elena", "Anna", "Maria", "Ayesha", "Selin", "Giulia", "Sofia", "Nadia", "Claire"}
            else:
                name, female = _chinese_name(rng, given)
            if name not in used_names:
                used_names.add(name)
                break
        role_kind = org.kind
        return Person(name, female, rng.choice(ROLES[role_kind]), org)

    for kind, items in orgs.items():
        for org in items:
            n = {"company": 2, "city": 2, "government": 2, "university": 3}.get(kind, 3)
            ps = [person(org) for _ in range(n)]
            w.people[id(org)] = ps
            w.all_people.extend(ps)

    w.series = {
        "expo": [f"{{year}} {c} International {s} Expo" for c, s in _pairs(rng, 40)]
        + [f"{{nth}} {c} International {s} Fair" for c, s in _pairs(rng, 20)]
        + [f"{{year}} China ({c}) {s} Exhibition" for c, s in _pairs(rng, 10)],
        "conference": [f"{{nth}} China {s} Industry Conference" for s in SECTORS]
        + [f"{{year}} {p} {s} Industry Annual Conference" for p, s in _prov_pairs(rng, 20)],
        "forum": [f"{{year}} {p} {s} High-Quality Development Forum" for p, s in _prov_pairs(rng, 25)]
        + [f"{{nth}} {c} Forum on {s} Innovation" for c, s in _pairs(rng, 15)],
        "summit": [f"{{year}} Global {s} Supply Chain Summit" for s in SECTORS]
        + [f"{{nth}} {c} {s} Summit" for c, s in _pairs(rng, 15)],
        "competition": [f"{{year}} {c} Cup {s} Design Competition" for c, s in _pairs(rng, 20)]
        + [f"{{nth}} {p} {s} Design Contest" for p, s in _prov_pairs(rng, 10)],
        "training": [f"{{year}} {p} {s} Enterprise {t}" for p, s in _prov_pairs(rng, 25)
                     for t in [rng.choice(["Management Training Course", "Digital Transformation Training Course",
                                           "Training Workshop", "Skills Training Programme", "Training Camp"])]],
        "fashion week": [f"{{year}} {c} Fashion Week" for c in _cities(rng, 15)],
        "programme": [f"{p} {s} Upgrading Action" for p, s in _prov_pairs(rng, 15)]
        + [f"{{year}} {s} Brand Promotion Campaign" for s in SECTORS]
        + [f"{p} {s} Talent Cultivation Programme" for p, s in _prov_pairs(rng, 10)],
    }
    return w


def _cities(rng: random.Random, n: int) -> list[str]:
    cities = sorted({c for cs in PROVINCES.values() for c in cs} | set(MUNICIPALITIES))
    return rng.sample(cities, n)


def _pairs(rng: random.Random, n: int) -> list[tuple[str, str]]:
    cities = sorted({c for cs in PROVINCES.values() for c in cs} | set(MUNICIPALITIES))
    return [(rng.choice(cities), rng.choice(SECTORS)) for _ in range(n)]


def _prov_pairs(rng: random.Random, n: int) -> list[tuple[str, str]]:
    return [(rng.choice(list(PROVINCES)), rng.choice(SECTORS)) for _ in range(n)]


def province_of(city: str) -> str | None:
    for p, cs in PROVINCES.items():
        if city in cs:
            return p
    return None


# --- phrase variants ---------------------------------------------------------------------------------

THEME_A = ["Smart", "Green", "Digital", "Fashion", "Quality", "Innovation", "Open", "Shared", "Global", "Craft",
           "Future", "Connected", "Sustainable", "Circular", "Creative", "New"]
THEME_B = ["Weaving", "Future", "Growth", "Value", "Chain", "Vitality", "Momentum", "Cooperation", "Design",
           "Development", "Manufacturing", "Brands", "Markets", "Heritage", "Opportunity"]
THEME_PATTERNS = ["{a} {b}, {c} {d}", "{a} {b} for a {c} {d}", "{a} Empowers {b}", "Towards {a} {b}",
                  "{a} {b} · {c} {d}", "Weaving a {a} {b}", "{a} Links, {c} {d}", "New Fibre, {c} {d}"]
TALK_TITLES = ["From {x} to {y}", "Rethinking {x} in the Age of {y}", "{x}: Opportunities and Challenges",
               "How {x} Reshapes {y}", "Building {x} through {y}", "The Road to {x}"]
TALK_X = ["Smart Factories", "Green Dyeing", "Digital Supply Chains", "Brand Value", "Circular Fashion",
          "Functional Fabrics", "Cross-border E-commerce", "Traceable Cotton", "Data-driven Design",
          "Low-carbon Production", "Global Sourcing", "Textile Recycling"]
VENUES = ["{city} International Convention and Exhibition Center", "{city} International Expo Center",
          "{city} Exhibition Center", "the {city} Textile City Exhibition Hall",
          "{city} World Trade Center", "the {city} Grand Hotel"]

FILLER = {
    "digital transformation": [
        "Digital transformation has moved from slogans to shop floors, with {pct}% of large {sec_l} enterprises in {prov} now running networked production lines.",
        "Several exhibitors demonstrated how industrial internet platforms connect spinning, weaving and garment making into a single flow of data.",
        "Intelligent manufacturing is no longer the preserve of the largest groups; small and medium-sized enterprises are adopting cloud-based planning tools at a fast pace.",
        "Factory managers said that automated cutting and hanging systems had cut lead times by nearly a third over the past {k} years.",
        "The use of artificial intelligence in pattern making and demand forecasting drew particular interest among younger entrepreneurs.",
        "Data collected along the production line is increasingly used to schedule orders, track quality and reduce energy use.",
        "Observers noted that the biggest obstacle to digitalization is not equipment but the shortage of staff who can use it well.",
    ],
    "green development": [
        "Green development remains a central concern, as brands and retailers ask suppliers to document emissions and water use.",
        "Low-carbon dyeing and finishing, waterless printing and the reuse of heat in setting machines were among the technologies on show.",
        "Recycled fibres accounted for a growing share of the fabrics presented this year, and several mills reported steady orders for bio-based fibres.",
        "Industry insiders argued that carbon neutrality targets will reshape the cost structure of printing and dyeing over the next decade.",
        "The circular economy was discussed in practical terms: take-back schemes, sorting of used clothing and fibre-to-fibre recycling.",
        "A number of parks have introduced centralised wastewater treatment, helping enterprises meet stricter pollution control standards.",
        "Energy saving retrofits, from variable-speed motors to rooftop solar, have become common in {prov}'s {sec_l} clusters.",
    ],
    "supply chain": [
        "The supply chain has come under strain from shifting orders, and many enterprises are rebuilding their sourcing networks.",
        "Participants stressed supply-chain collaboration between fibre producers, weavers and garment makers as a way to respond faster to the market.",
        "Buyers from Europe and Southeast Asia said they valued reliable delivery and transparent traceability as much as price.",
        "The industry chain in {prov} now covers everything from yarns and fabrics to finished garments and accessories.",
        "Some manufacturers have opened plants abroad while keeping research, design and key processes at home, a pattern described as industrial transfer with upgrading.",
        "Logistics costs have eased compared with {y0}, but exporters still face uncertainty in international trade.",
    ],
    "brand building": [
        "Brand building was a recurring topic, with speakers urging enterprises to move from contract manufacturing to independent brands.",
        "Design innovation rooted in national style has helped a new generation of labels win over young consumers.",
        "Marketing innovation, from pop-up stores to live-streaming commerce, is changing how fashion reaches the domestic market.",
        "Several companies showed collections that blend traditional crafts such as embroidery and indigo dyeing with contemporary tailoring.",
        "Experts said that a brand's value rests on consistent quality, a clear story and long-term investment in design talent.",
    ],
    "talent": [
        "Talent shortages were raised repeatedly, especially for technicians, pattern makers and designers with digital skills.",
        "Industry-university-research cooperation was presented as one answer, with joint laboratories and internships on factory floors.",
        "Vocational schools in the region have added courses on intelligent manufacturing and textile testing.",
        "Employers said that training existing staff is often faster than recruiting new ones in a tight labour market.",
    ],
    "markets and trade": [
        "Exports of textiles and garments rose {pct}% year on year in the first {k} months, according to figures cited at the meeting.",
        "Cross-border e-commerce has given small exporters a direct route to overseas consumers.",
        "Free trade agreements such as RCEP have lowered tariffs on fabrics and yarns traded within the region.",
        "Domestic consumption of sportswear and outdoor apparel continued to grow faster than other categories.",
        "Market expansion into Central Asia, the Middle East and Africa was discussed as part of Belt and Road cooperation.",
        "Retail sales of clothing and footwear picked up in the second half of {y0}, helped by holiday promotions.",
    ],
    "technology": [
        "Technological innovation in functional fabrics, from moisture management to flame retardancy, attracted strong interest.",
        "Research and development spending by leading enterprises has risen steadily, and patents in new materials have multiplied.",
        "New quality productive forces were described as the combination of advanced equipment, digital tools and skilled people.",
        "Technology transfer from universities to mills still takes too long, several entrepreneurs said, calling for faster pilot testing.",
        "Smart wearables and medical textiles were highlighted as promising fields for high-value products.",
    ],
    "raw materials": [
        "Cotton prices have swung widely since {y0}, squeezing the margins of spinning mills that lack long-term contracts.",
        "Spinners in {prov} are blending cotton with regenerated fibres to keep costs stable without losing comfort.",
        "Traceability of raw materials, from the field to the finished garment, is becoming a condition of many export orders.",
        "Wool and cashmere processors reported firmer demand for fine yarns used in knitwear.",
        "Suppliers of synthetic fibres are shifting output towards functional and recycled grades with higher value.",
    ],
    "clusters": [
        "Industrial clusters in {prov} host thousands of enterprises, most of them small and family-run.",
        "Industrial parks are offering shared services such as testing centres, design studios and logistics hubs.",
        "Local governments have introduced policy support for technical upgrading, including subsidies for new equipment.",
        "High-quality development, speakers said, means fewer but stronger enterprises and more value per worker.",
        "Investment promotion teams from several counties presented land, energy and labour conditions for new projects.",
    ],
}
FILLER_OPENERS = ["In recent years, ", "Meanwhile, ", "At the same time, ", "According to industry data, ",
                  "As several speakers pointed out, ", "Looking ahead, ", "By comparison, ", "", "", "", ""]
SAID = ["said", "noted", "pointed out", "stressed", "emphasised", "stated", "remarked"]
SPEECH_POINTS = [
    "the {sec_l} industry is a pillar of the local economy and must keep upgrading",
    "enterprises should seize the opportunities of digital transformation and green development",
    "the association will continue to serve its members and build bridges between government and business",
    "deeper cooperation along the industry chain is the key to resilience",
    "brands need patience, investment and a clear identity to compete internationally",
    "training skilled workers and young designers is as important as buying new machines",
    "the event offers a platform for exchange, cooperation and win-win development",
    "the province will keep supporting technical renovation and market expansion",
    "standards, testing and traceability will shape the next stage of competition",
    "the industry must respond to changing consumer demand with better products",
]


class Writer:
    """Phrase helpers bound to one article's random state and world."""

    def __init__(self, rng: random.Random, world: World):
        self.rng = rng
        self.w = world
        self.named: set[int] = set()  # ids of orgs already named in full in this article
        self.topics_used: set[str] = set()
        self.speech_used: set[int] = set()

    # -- picks --
    def pick(self, items: list, skew: float = 1.0):
        """A weighted pick: earlier items more often, so some entities recur across articles."""
        weights = [1.0 / (i + 1) ** skew for i in range(len(items))]
        return self.rng.choices(items, weights)[0]

    def org(self, kind: str, near: str | None = None) -> Org:
        items = self.w.orgs[kind]
        if near:
            local = [o for o in items if o.province == near or o.place == near]
            # government bodies are local; others come from elsewhere one time in ten
            if local and (kind in {"government", "city"} or self.rng.random() < 0.9):
                return self.rng.choice(local)
        return self.pick(items, 0.6)

    def person(self, org: Org) -> Person:
        return self.rng.choice(self.w.people[id(org)])

    def people(self, orgs: list[Org]) -> list[Person]:
        out, seen = [], set()
        for o in orgs:
            p = self.person(o)
            if p.name not in seen:
                seen.add(p.name)
                out.append(p)
        return out

    # -- names --
    def o(self, org: Org) -> str:
        first = id(org) not in self.named
        self.named.add(id(org))
        text = org.ref(self.rng, first)
        if first and org.acronym and self.rng.random() < 0.5:
            text += f" ({org.acronym})"
        return text

    def who(self, p: Person, style: str | None = None) -> str:
        """A person with their post, in one of the genre's shapes."""
        style = style or self.rng.choice(["appos", "appos", "appos", "prefix", "role-of", "who-is"])
        if style == "prefix":  # "Jiangsu Textile Industry Association President Wang Ming"
            first = id(p.org) not in self.named
            self.named.add(id(p.org))
            bare = p.org.acronym if (p.org.acronym and not first and self.rng.random() < 0.6) else p.org.name
            return f"{bare} {_role_title(p.role) if self.rng.random() < 0.5 else p.role} {p.name}"
        org = self.o(p.org)
        if style == "role-of":
            return f"{_role_title(p.role)} of {org} {p.name}"
        if style == "who-is":
            return f"{p.name}, who is {p.role} of {org},"
        return f"{p.name}, {p.role} of {org}"

    def who_end(self, p: Person) -> str:
        """A person with post, safe at the end of a clause (no trailing comma)."""
        return self.who(p, self.rng.choice(["appos", "appos", "prefix", "role-of"]))

    def join(self, items: list[str], sep: str = ", ") -> str:
        if len(items) <= 1:
            return "".join(items)
        last = self.rng.choice([" and ", ", and ", " as well as "]) if sep == ", " else "; and "
        return sep.join(items[:-1]) + last + items[-1]

    def orglist(self, orgs: list[Org]) -> str:
        return self.join([self.o(o) for o in orgs])

    # -- values --
    def year(self) -> int:
        return self.rng.choice(YEARS)

    def date(self, year: int, span: bool = False, month: int | None = None) -> str:
        m = self.rng.randrange(12) if month is None else month
        d = self.rng.randint(1, 25)
        if span:
            d2 = d + self.rng.randint(1, 3)
            return self.rng.choice([f"from {d} to {d2} {MONTHS[m]} {year}", f"from {MONTHS[m]} {d} to {d2}, {year}",
                                    f"from {MONTHS[m]} {d} to {MONTHS[m]} {d2}, {year}"])
        return self.rng.choice([f"{MONTHS[m]} {d}, {year}", f"{d} {MONTHS[m]} {year}", f"{MONTHS[m]} {d}, {year}"])

    def count(self, lo: int, hi: int) -> str:
        n = self.rng.randint(lo, hi)
        n = round(n, -1) if n > 50 else n
        return f"{n:,}"

    def about(self, lo: int, hi: int) -> str:
        return f"{self.rng.choice(['more than', 'over', 'nearly', 'about', 'some', 'close to'])} {self.count(lo, hi)}"

    def theme(self) -> str:
        a, b = self.rng.sample(THEME_A, 2)
        c, d = self.rng.sample(THEME_B, 2)
        return self.rng.choice(THEME_PATTERNS).format(a=a, b=c, c=b, d=d)

    def talk(self) -> str:
        x, y = self.rng.sample(TALK_X, 2)
        return self.rng.choice(TALK_TITLES).format(x=x, y=y)

    def event_name(self, kind: str, year: int) -> str:
        name = self.pick(self.w.series[kind], 0.5)
        return name.format(year=year, nth=self.rng.choice(ORDINALS + ORDINAL_WORDS))

    def place(self, city: str) -> str:
        prov = province_of(city)
        r = self.rng.random()
        if prov and r < 0.3:
            return f"{city}, {prov} Province"
        if prov and r < 0.45:
            return f"{city} City"
        return city

    def locate(self, ev: str) -> tuple[str, str]:
        """(province, city) where an event takes place: the city or province its name carries, if any."""
        cities = {c: p for p, cs in PROVINCES.items() for c in cs}
        for c, p in cities.items():
            if re.search(rf"\b{re.escape(c)}\b", ev):
                return p, c
        for c in MUNICIPALITIES:
            if c in ev:
                return self.rng.choice(list(PROVINCES)), c
        for p in PROVINCES:
            if re.search(rf"\b{p}\b", ev):
                return p, self.rng.choice(PROVINCES[p])
        return _home(self)

    def venue(self, city: str) -> str:
        return self.rng.choice(VENUES).format(city=city)

    # -- clauses --
    def held(self, ev: str, city: str, when: str) -> str:
        place = self.place(city)
        return self.rng.choice([
            f"The {ev} was held in {place} {'on ' if not when.startswith('from') else ''}{when}.",
            f"The {ev} opened at {self.venue(city)} in {place} {'on ' if not when.startswith('from') else ''}{when}.",
            f"{_title(when) if when.startswith('from') else 'On ' + when}, the {ev} took place in {place}.",
            f"The {ev} kicked off in {place} {'on ' if not when.startswith('from') else ''}{when}.",
            f"Held in {place} {'on ' if not when.startswith('from') else ''}{when}, the {ev} drew exhibitors and buyers from across the industry.",
            f"The {ev} was staged at {self.venue(city)} in {place} {'on ' if not when.startswith('from') else ''}{when}.",
        ])

    def agents(self, hosts: list[Org], guide: Org | None, support: list[Org], subj: str = "The event") -> str:
        r = self.rng
        parts = []
        verb = r.choice(["hosted by", "co-hosted by", "organised by", "co-organized by", "sponsored by", "jointly hosted by"])
        if guide and r.random() < 0.5:
            parts.append(f"{subj} was {r.choice(['guided by', 'held under the guidance of', 'supervised by'])} "
                         f"{self.o(guide)} and {verb} {self.orglist(hosts)}.")
        elif guide:
            parts.append(f"{subj} was {verb} {self.orglist(hosts)} under the guidance of {self.o(guide)}.")
        elif r.random() < 0.5:
            parts.append(f"{self.orglist(hosts)} jointly {r.choice(['hosted', 'organized', 'organised', 'staged'])} the event.")
        else:
            parts.append(f"{subj} was {verb} {self.orglist(hosts)}.")
        if support:
            parts.append(r.choice([f"It received support from {self.orglist(support)}.",
                                   f"The event was supported by {self.orglist(support)}.",
                                   f"{self.orglist(support)} {'was the supporting unit' if len(support) == 1 else 'served as supporting units'}.",
                                   f"Co-organisers included {self.orglist(support)}."]))
        return " ".join(parts)

    def theme_clause(self, ev_ref: str = "the event") -> str:
        t = self.theme()
        return self.rng.choice([f"This year's edition ran under the theme \"{t}\".",
                                f"Themed \"{t}\", {ev_ref} focused on practical cooperation.",
                                f"With the theme of \"{t}\", {ev_ref} brought together voices from across the industry chain.",
                                f"The theme of {ev_ref} was \"{t}\"."])

    def presided(self, p: Person, what: str = "the opening ceremony") -> str:
        return self.rng.choice([
            f"{_title(what)} was presided over by {self.who_end(p)}.",
            f"{self.who(p, 'appos')}, presided over {what}.",
            f"{_title(what)} was chaired by {self.who_end(p)}.",
            f"{self.who(p, 'appos')}, moderated {what}.",
            f"{_title(what)} was hosted by {self.who_end(p)}.",
        ])

    def speech(self, p: Person) -> str:
        r = self.rng
        point = r.choice(SPEECH_POINTS).format(sec_l=(p.org.sector or "textile").lower())
        variants = [
            f"{self.who(p, 'appos')}, delivered a speech.",
            f"{self.who(p)} addressed the ceremony, saying that {point}.",
            f"In {p.his} speech, {self.who(p, 'appos')}, {r.choice(SAID)} that {point}.",
            f"Speaking at the opening, {self.who(p, 'appos')}, {r.choice(SAID)} that {point}.",
            f"{self.who(p, 'appos')}, gave a keynote speech entitled \"{self.talk()}\".",
            f"{self.who(p, 'prefix')} delivered opening remarks, noting that {point}.",
            f"{p.name} {r.choice(SAID)} in {p.his} address that {point}.",
        ]
        # a wording not used yet in this article, while there is one
        order = r.sample(range(len(variants)), len(variants))
        pick = next((i for i in order if i not in self.speech_used), order[0])
        self.speech_used.add(pick)
        return variants[pick]

    def attendance(self, ps: list[Person], ev_ref: str = "the event") -> str:
        r = self.rng
        listed = self.join([self.who(p, r.choice(["appos", "appos", "prefix"])) for p in ps], sep="; ")
        names = self.join([p.name for p in ps])
        return r.choice([
            f"Attendees included {listed}.",
            f"Leaders and guests present included {listed}.",
            f"{_title(ev_ref)} was attended by {listed}.",
            f"{names} attended {ev_ref}.",
            f"Among the guests were {listed}.",
            f"Also in attendance were {listed}.",
        ])

    def crowd(self, orgs: list[Org], ev_ref: str = "the event") -> str:
        r = self.rng
        noun = r.choice(["people", "representatives", "guests", "delegates", "participants", "industry insiders"])
        n = self.about(60, 900)
        if orgs:
            return r.choice([f"{_title(n)} {noun} from {self.orglist(orgs)} attended {ev_ref}.",
                             f"{_title(n)} {noun} from {self.orglist(orgs)} and other units participated.",
                             f"{_title(ev_ref)} gathered {n} {noun}, including delegations from {self.orglist(orgs)}."])
        return r.choice([f"{_title(n)} {noun} attended {ev_ref}.", f"{_title(n)} {noun} took part in {ev_ref}."])

    # -- filler --
    def filler(self, prov: str, sector: str, year: int) -> str | None:
        """A paragraph on an industry topic; no sentence repeats within one article (None when spent)."""
        r = self.rng
        topics = [t for t in sorted(FILLER) if t not in self.topics_used]
        if not topics:
            return None
        topic = r.choice(topics)
        self.topics_used.add(topic)
        sents = r.sample(FILLER[topic], min(len(FILLER[topic]), r.randint(3, 5)))
        out = []
        for i, s in enumerate(sents):
            s = s.format(pct=r.randint(5, 45), prov=prov, sec=sector, sec_l=sector.lower(), k=r.randint(2, 5),
                         y0=year - r.randint(1, 3))
            op = r.choice(FILLER_OPENERS) if i else ""
            if op:
                s = op + s[0].lower() + s[1:]
            out.append(s)
        if r.random() < 0.35:
            p = r.choice(self.w.all_people)
            out.append(f"{p.name}, {p.role} of {self.o(p.org)}, {r.choice(SAID)} that "
                       f"{r.choice(SPEECH_POINTS).format(sec_l=sector.lower())}.")
        return " ".join(out)


# --- article templates -----------------------------------------------------------------------------------

@dataclass
class Draft:
    title: str
    paras: list[str]
    prov: str
    sector: str
    year: int = 2024


def _home(w: Writer) -> tuple[str, str]:
    prov = w.rng.choice(list(PROVINCES))
    return prov, w.rng.choice(PROVINCES[prov])


def trade_fair(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("expo", year)
    prov, city = w.locate(ev)
    sector = next((s for s in SECTORS if s in ev), r.choice(SECTORS))
    hosts = [w.org("association", prov), w.org("city", prov)]
    guide = w.org("government", prov)
    support = [w.org("foreign")] if r.random() < 0.5 else []
    p1 = " ".join([w.held(ev, city, w.date(year, span=True)), w.agents(hosts, guide, support)])
    p2 = (f"The exhibition covered {w.count(20000, 120000)} square metres and gathered {w.about(200, 1500)} exhibitors "
          f"from {r.randint(8, 40)} countries and regions. " + w.theme_clause("the expo"))
    chair = w.person(hosts[0])
    p3 = " ".join([w.presided(chair), w.speech(w.person(guide)), w.speech(w.person(hosts[1]))])
    guests = w.people([w.org("association"), w.org("company", prov), w.org("foreign"), w.org("research")])
    p4 = w.attendance(guests, "the opening ceremony")
    side = r.choice(["forum on digital transformation", "buyers' matchmaking session", "fashion show of new fabrics",
                     "roundtable on sustainable sourcing"])
    p5 = (f"During the expo, a {side} was held as part of the {ev}. "
          + w.crowd([w.org("company", prov), w.org("company"), w.org("university")], "the session"))
    p6 = (f"Organisers said that deals worth {r.randint(2, 90)} hundred million yuan were signed on the first day, "
          f"and that {w.about(20000, 90000)} visitors were expected over the three days.")
    title = r.choice([f"{ev} Opens in {city}", f"{city} Hosts {ev}", f"{ev} Draws Exhibitors from {r.randint(8, 40)} Countries",
                      f"{sector} Buyers Gather at {ev}"])
    return Draft(title, [p1, p2, p3, p4, p5, p6], prov, sector, year)


def congress_election(w: Writer) -> Draft:
    r = w.rng
    prov, city = _home(w)
    year = w.year()
    assoc = w.org("association", prov)
    nth = r.choice(ORDINAL_WORDS)
    ev = r.choice([f"{nth} Member Congress of {assoc.ref(r)}", f"{nth} Council Meeting of {assoc.ref(r)}",
                   f"{nth} General Assembly of {assoc.ref(r)}"])
    w.named.add(id(assoc))
    guide = w.org("government", prov)
    new_pres, new_sg = w.person(assoc), w.person(assoc)
    if new_pres is new_sg:
        new_sg = w.person(w.org("company", prov))
    old = w.person(w.org("company", prov))
    p1 = " ".join([w.held(ev, city, w.date(year)), w.rng.choice([
        f"The meeting was held under the guidance of {w.o(guide)}.",
        f"It was guided by {w.o(guide)} and attended by {w.about(80, 400)} member representatives.",
        f"{_title(w.about(80, 400))} member representatives attended the congress, which was guided by {w.o(guide)}."])])
    p2 = " ".join([
        r.choice([f"{old.name} delivered the work report of the previous council on behalf of its leadership.",
                  f"The work report of the outgoing council was delivered by {w.who_end(old)}."]),
        r.choice(["Delegates reviewed and adopted the revised articles of association and the financial report.",
                  "The congress reviewed the financial report and approved amendments to the association's charter."])])
    sector = assoc.sector or "Textile"
    a_ref = assoc.ref(r)
    p3 = " ".join([
        r.choice([f"{new_pres.name} was elected president of {a_ref}.",
                  f"{new_pres.name} has been elected as the new president of {a_ref}.",
                  f"By secret ballot, {new_pres.name} was elected president of {a_ref}."]),
        r.choice([f"{new_sg.name} was appointed secretary-general of {a_ref}.",
                  f"{new_sg.name} will serve as {assoc.ref(r)}'s secretary-general.",
                  f"{new_sg.name} was elected secretary-general."]),
        "Vice presidents elected included " + w.join([p.name for p in w.people([w.org('company', prov) for _ in range(3)])]) + "."])
    p4 = " ".join([f"In {new_pres.his} acceptance speech, {new_pres.name} {r.choice(SAID)} that "
                   f"{r.choice(SPEECH_POINTS).format(sec_l=sector.lower())}.", w.speech(w.person(guide))])
    p5 = w.attendance(w.people([w.org("association"), w.org("government", prov), w.org("university")]), "the congress")
    title = r.choice([f"{new_pres.name} Elected President of {assoc.name}", f"{assoc.name} Holds {nth} Member Congress",
                      f"{assoc.name} Elects New Leadership"])
    return Draft(title, [p1, p2, p3, p4, p5], prov, sector, year)


def gov_forum(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("forum", year)
    prov, city = w.locate(ev)
    sector = next((s for s in SECTORS if s in ev), "Textile")
    guide = w.org("government", prov)
    hosts = [w.org("city", prov), w.org("association", prov)]
    prog = w.event_name("programme", year - 1)
    p1 = " ".join([w.held(ev, city, w.date(year)), w.agents(hosts, guide, [w.org("association")] if r.random() < 0.4 else [], "The forum")])
    p2 = r.choice([f"The forum is part of the {prog}, launched by {w.o(w.org('government', prov))} last year.",
                   f"As part of the {prog}, the forum focused on upgrading traditional clusters.",
                   f"The forum was included in the {prog}."]) + " " + w.theme_clause("the forum")
    p3 = " ".join([w.presided(w.person(hosts[1]), "the forum")] + [w.speech(p) for p in w.people([guide, hosts[0]])])
    talker = w.person(w.org("university"))
    p4 = (f"{w.who(talker, 'appos')}, delivered a keynote speech entitled \"{w.talk()}\", "
          f"in which {talker.he} reviewed recent progress in {r.choice(['new materials', 'digital printing', 'low-carbon dyeing', 'smart manufacturing'])}.")
    p5 = w.crowd([w.org("company", prov), w.org("company", prov), w.org("research")], "the forum")
    p6 = w.attendance(w.people([w.org("government", prov), w.org("association", prov)]), "the forum")
    title = r.choice([f"{ev} Held in {city}", f"{prov} Forum Charts Course for {sector} Industry",
                      f"{city} Forum Focuses on {sector} Upgrading"])
    return Draft(title, [p1, p2, p3, p4, p5, p6], prov, sector, year)


def signing(w: Writer) -> Draft:
    r = w.rng
    prov, city = _home(w)
    year = w.year()
    a, b = w.org("company", prov), r.choice([w.org("university"), w.org("research"), w.org("city", prov), w.org("company")])
    pa, pb = w.person(a), w.person(b)
    witness = w.person(w.org("government", prov))
    what = r.choice(["strategic cooperation agreement", "framework agreement on talent cultivation",
                     "memorandum of understanding on joint research", "industry-university-research cooperation agreement"])
    p1 = r.choice([
        f"A signing ceremony for a {what} between {w.o(a)} and {w.o(b)} was held in {w.place(city)} on {w.date(year)}.",
        f"On {w.date(year)}, {w.o(a)} and {w.o(b)} signed a {what} in {w.place(city)}.",
        f"{_title(w.o(a))} and {w.o(b)} held a signing ceremony in {w.place(city)} on {w.date(year)} for a {what}."])
    p2 = r.choice([f"{pa.name}, {pa.role} of {w.o(a)}, and {pb.name}, {pb.role} of {w.o(b)}, signed the agreement on behalf of the two sides.",
                   f"On behalf of the two parties, {w.who(pa, 'prefix')} and {w.who(pb, 'prefix')} signed the agreement.",
                   f"The agreement was signed by {pa.name} and {pb.name}."])
    p3 = " ".join([f"{w.who(witness, 'appos')}, witnessed the signing.", w.speech(pa), w.speech(pb)])
    p4 = (f"Under the agreement, the two sides will {r.choice(['build a joint laboratory', 'set up an internship base', 'develop functional fabrics together', 'share testing platforms'])} "
          f"and {r.choice(['train technicians', 'co-develop new products', 'carry out joint research on recycled fibres', 'promote digital design tools'])}.")
    p5 = w.attendance(w.people([w.org("association", prov), w.org("company", prov)]), "the ceremony")
    title = r.choice([f"{a.name} and {b.name} Sign Cooperation Agreement", f"{city} Signing Ceremony Deepens {b.name} Partnership",
                      f"New Cooperation Agreement Signed in {city}"])
    return Draft(title, [p1, p2, p3, p4, p5], prov, a.sector or "Textile", year)


def press_conference(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name(r.choice(["expo", "fashion week", "summit", "conference"]), year)
    prov, city = w.locate(ev)
    pc_city = r.choice(["Beijing", "Shanghai", city])
    host = w.org("association", prov)
    month = r.randrange(2, 12)  # the press conference comes one to two months before the event
    pc_date, ev_date = w.date(year, month=month - r.randint(1, 2)), w.date(year, span=True, month=month)
    p1 = r.choice([f"A press conference for the {ev} was held in {w.place(pc_city)} on {pc_date}.",
                   f"The press conference of the {ev} took place in {w.place(pc_city)} on {pc_date}.",
                   f"On {pc_date}, a press conference was held in {w.place(pc_city)} to introduce the {ev}."])
    p2 = r.choice([f"The {ev} will be held in {w.place(city)} {ev_date}, hosted by {w.orglist([host, w.org('city', prov)])}.",
                   f"According to the organisers, the {ev} will take place in {w.place(city)} {ev_date}.",
                   f"Organised by {w.orglist([host, w.org('government', prov)])}, the {ev} will run {ev_date} in {w.place(city)}."])
    p3 = " ".join([w.presided(w.person(host), "the press conference"), w.speech(w.person(w.org("city", prov))),
                   w.speech(w.person(host))])
    p4 = (f"{_title(w.about(300, 1500))} enterprises have registered, and the organisers expect {w.about(30000, 100000)} visitors. "
          + w.theme_clause("the show"))
    p5 = f"Reporters from {w.about(20, 80)} media outlets attended the press conference."
    title = r.choice([f"{ev} to Open in {city}", f"Press Conference Unveils Plans for {ev}", f"{ev} Announced"])
    return Draft(title, [p1, p2, p3, p4, p5], prov, next((s for s in SECTORS if s in ev), "Textile"), year)


def summit_keynote(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("summit", year)
    prov, city = w.locate(ev)
    sector = next((s for s in SECTORS if s in ev), "Textile")
    hosts = [w.org("association"), w.org("foreign")]
    p1 = " ".join([w.held(ev, city, w.date(year, span=r.random() < 0.5)), w.agents(hosts, None, [w.org("company", prov)], "The summit"),
                   w.theme_clause("the summit")])
    keynotes = w.people([w.org("foreign"), w.org("university"), w.org("company")])
    p2 = " ".join(f"{w.who(k, 'appos')}, delivered a keynote speech entitled \"{w.talk()}\"." if i == 0 else w.speech(k)
                  for i, k in enumerate(keynotes))
    mod = w.person(w.org("research"))
    panel = w.people([w.org("company"), w.org("company"), w.org("foreign")])
    p3 = (f"A panel discussion on {r.choice(['traceability', 'nearshoring', 'carbon accounting', 'digital sourcing'])} was moderated by {w.who_end(mod)}. "
          f"Panellists included {w.join([p.name for p in panel])}.")
    countries = r.sample(sorted(COUNTRIES), 4)
    p4 = (f"{_title(w.about(200, 1200))} delegates from {w.join(countries)} and other countries participated in the summit. "
          + w.attendance(w.people([w.org("government"), w.org("association")]), "the summit"))
    title = r.choice([f"{ev} Opens in {city}", f"Global Buyers and Makers Meet at {ev}", f"{sector} Leaders Gather for {ev}"])
    return Draft(title, [p1, p2, p3, p4], prov, sector, year)


def design_competition(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("competition", year)
    prov, city = w.locate(ev)
    sector = next((s for s in SECTORS if s in ev), "Fashion")
    hosts = [w.org("association", prov), w.org("university", prov)]
    sponsor = w.org("company", prov)
    p1 = " ".join([r.choice([f"The final of the {ev} was held in {w.place(city)} on {w.date(year)}.",
                             f"The award ceremony of the {ev} took place in {w.place(city)} on {w.date(year)}.",
                             f"On {w.date(year)}, the {ev} concluded in {w.place(city)}."]),
                   w.agents(hosts, None, [sponsor], "The competition")])
    p2 = (f"The competition received {w.about(400, 3000)} entries from designers and students, of which "
          f"{r.randint(20, 60)} works reached the final. " + w.theme_clause("the competition"))
    judge = w.person(hosts[1])
    p3 = r.choice([f"The jury was chaired by {w.who_end(judge)}.",
                   f"{w.who(judge, 'appos')}, chaired the jury, which included designers, buyers and professors."])
    winners = w.people([w.org("university"), w.org("company"), w.org("university")])
    awards = ["gold award", "silver award", "bronze award"]
    p4 = " ".join(f"{p.name} of {w.o(p.org)} won the {a}." for p, a in zip(winners, awards))
    p5 = " ".join([w.speech(w.person(hosts[0])), w.speech(w.person(sponsor))])
    p6 = w.attendance(w.people([w.org("government", prov), w.org("association")]), "the ceremony")
    title = r.choice([f"Winners Announced at {ev}", f"Young Designers Shine at {ev}", f"{ev} Concludes in {city}"])
    return Draft(title, [p1, p2, p3, p4, p5, p6], prov, sector, year)


def training_course(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("training", year)
    prov, city = w.locate(ev)
    sector = next((s for s in SECTORS if s in ev), "Textile")
    organiser = w.org("government", prov)
    undertaker = w.org("university", prov)
    p1 = " ".join([r.choice([f"The {ev} opened in {w.place(city)} on {w.date(year)}.",
                             f"The {ev} was held at {undertaker.name} in {w.place(city)} {w.date(year, span=True)}.",
                             f"On {w.date(year)}, the {ev} kicked off in {w.place(city)}."]),
                   r.choice([f"It was organised by {w.o(organiser)} and undertaken by {w.o(undertaker)}.",
                             f"The course was sponsored by {w.o(organiser)} and run by {w.o(undertaker)}.",
                             f"{_title(w.o(organiser))} organized the course, with {w.o(undertaker)} as the undertaking unit."])])
    p2 = (f"{_title(w.about(40, 200))} trainees from {w.orglist([w.org('company', prov), w.org('company', prov)])} and other enterprises took part. "
          f"The course ran for {r.choice(['five', 'six', 'seven', 'ten'])} days and combined lectures, factory visits and group discussions.")
    p3 = " ".join([w.presided(w.person(undertaker), "the opening ceremony"), w.speech(w.person(organiser))])
    lecturers = w.people([w.org("university"), w.org("research"), w.org("company")])
    p4 = "Lecturers included " + w.join([w.who(p, "appos") for p in lecturers], sep="; ") + ", who spoke on " + \
        r.choice(["lean production, digital workshops and export compliance.", "fabric development, brand strategy and e-commerce.",
                  "energy management, wastewater treatment and carbon accounting."])
    title = r.choice([f"{ev} Opens in {city}", f"{prov} Trains {sector} Managers in {city}", f"Training Course Builds Skills for {sector} Enterprises"])
    return Draft(title, [p1, p2, p3, p4], prov, sector, year)


def fashion_week(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("fashion week", year)
    prov, city = w.locate(ev)
    hosts = [w.org("city", prov), w.org("association", prov)]
    p1 = " ".join([w.held(ev, city, w.date(year, span=True)), w.agents(hosts, w.org("government", prov) if r.random() < 0.5 else None, [], "The fashion week")])
    brands = [w.org("company", prov), w.org("company"), w.org("company")]
    p2 = (f"Over {r.randint(5, 9)} days, {r.randint(20, 60)} shows presented collections by "
          f"{w.orglist(brands)} and independent designers. " + w.theme_clause("the fashion week"))
    p3 = " ".join([w.presided(w.person(hosts[1]), "the opening show"), w.speech(w.person(hosts[0]))])
    designer = w.person(brands[0])
    p4 = (f"{w.who(designer, 'appos')}, said that the collection drew on {r.choice(['local embroidery', 'indigo dyeing', 'silk weaving', 'paper-cut patterns'])} "
          f"and {r.choice(['recycled polyester', 'organic cotton', 'Tencel blends', 'linen'])}.")
    p5 = w.crowd([w.org("company"), w.org("foreign")], "the fashion week")
    title = r.choice([f"{ev} Opens with Focus on Local Brands", f"{city} Fashion Week Showcases New Designers", f"{ev} Raises the Curtain"])
    return Draft(title, [p1, p2, p3, p4, p5], prov, "Fashion", year)


def industry_conference(w: Writer) -> Draft:
    r = w.rng
    year = w.year()
    ev = w.event_name("conference", year)
    prov, city = w.locate(ev)
    sector = next((s for s in SECTORS if s in ev), "Textile")
    host = w.org("association")
    local = w.org("city", prov)
    p1 = " ".join([w.held(ev, city, w.date(year, span=r.random() < 0.4)),
                   w.agents([host, local], w.org("government", prov) if r.random() < 0.5 else None, [w.org("company", prov)], "The conference")])
    p2 = (w.theme_clause("the conference") + " "
          + r.choice([f"{w.who(w.person(host), 'appos')}, delivered a report on the economic performance of the {sector.lower()} industry.",
                      f"The annual report on the {sector.lower()} industry was released by {w.who_end(w.person(host))}."]))
    p3 = " ".join(w.speech(p) for p in w.people([local, w.org("company", prov), w.org("research")]))
    p4 = w.crowd([w.org("company"), w.org("university"), w.org("association")], "the conference")
    title = r.choice([f"{ev} Held in {city}", f"{sector} Industry Meets in {city}", f"{ev} Reviews Year of Change"])
    return Draft(title, [p1, p2, p3, p4], prov, sector, year)


TEMPLATES = [trade_fair, congress_election, gov_forum, signing, press_conference, summit_keynote,
             design_competition, training_course, fashion_week, industry_conference]


# --- assembly ----------------------------------------------------------------------------------------------

def slugify(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:6]) or "article"


def _words(paras: list[str]) -> int:
    return sum(len(p.split()) for p in paras)


def article(rng: random.Random, world: World) -> tuple[str, str]:
    """One article: (slug, text) with a headline line and paragraphs of 400-900 words in all."""
    w = Writer(rng, world)
    d = rng.choice(TEMPLATES)(w)
    target = rng.randint(400, 900)
    paras = [d.title] + list(d.paras)  # the headline counts towards the length
    while _words(paras) < target:
        para = w.filler(d.prov, d.sector, d.year)
        if para is None or _words(paras) + len(para.split()) > 900 and _words(paras) >= 400:
            break
        paras.insert(rng.randint(max(3, len(paras) - 2), len(paras)), para)
    paras = paras[1:]
    # trim templates that already exceed 900 words (rare): drop trailing paragraphs
    while _words(paras) + len(d.title.split()) > 900 and len(paras) > 3:
        paras.pop()
    text = d.title + "\n" + "\n".join(paras) + "\n"
    text = text.replace("Ltd..", "Ltd.").replace("Ltd.,.", "Ltd.,")
    return slugify(d.title), text


def generate(n: int, out_dir: Path, seed: int = 7) -> list[Path]:
    """Write ``n`` articles to ``out_dir/{i:05d}_{slug}.txt`` and return their paths."""
    rng = random.Random(seed)
    world = make_world(rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        slug, text = article(rng, world)
        path = out_dir / f"{i:05d}_{slug}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description="Generate a synthetic corpus of textile and garment industry news.")
    ap.add_argument("--n", type=int, default=100, help="number of articles (default 100)")
    ap.add_argument("--out", type=Path, required=True, help="folder to write the .txt articles to")
    ap.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    args = ap.parse_args(argv)
    paths = generate(args.n, args.out, args.seed)
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
    print(f"wrote {len(paths)} articles ({words:,} words) to {args.out}")


if __name__ == "__main__":
    main()

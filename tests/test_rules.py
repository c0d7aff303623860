"""One focused test per extraction rule, on real sentences.

Every text below is quoted from an article of the project: the seed article
(``seeds/000_79e68d3d9a482b0e.txt``), the dev articles (``/work/shared/eval/dev/00*.txt``) or the
test fixtures (``tests/fixtures/articles/10*.txt``), or else written for the test from the genre's
constructions; the comment above each text names its source.
A test runs the whole pipeline on the quoted text and checks the exact facts (labels, predicate,
rule name) and that each fact's evidence offsets slice the text to the words the rule matched.

Tests marked ``xfail(strict=True)`` state the correct expectation for a sentence the current code
gets wrong; the reason says what is wrong.
"""

from __future__ import annotations

import pytest

from kg.article import Article
from kg.extract import Extraction, extract
from kg.extract.facts import Fact, Post, Topic
from kg.extract.resolve import Entity

# --- helpers ---------------------------------------------------------------------------------


def run(*paragraphs: str) -> Extraction:
    """Extract from the quoted paragraphs, one per line (a first line without a full stop is the
    article's headline)."""
    return extract(Article(id="t", text="\n".join(paragraphs)))


def label(value: object) -> object:
    """What a fact's subject or object is compared by: an entity's or topic's label, a post as
    (holder, role, organization), a literal as itself."""
    if isinstance(value, (Entity, Topic)):
        return value.label
    if isinstance(value, Post):
        return (value.holder.label, value.role, value.organization.label)
    return value


def find(x: Extraction, predicate: str, subject: object = None, obj: object = None,
         rule: str | None = None) -> list[Fact]:
    """Facts with this predicate (and subject label, object label, rule when given)."""
    return [f for f in x.facts if f.predicate == predicate
            and (subject is None or label(f.subject) == subject)
            and (obj is None or label(f.object) == obj)
            and (rule is None or f.evidence.rule == rule)]


def the_fact(x: Extraction, predicate: str, subject: object, obj: object, rule: str) -> Fact:
    """The one fact ``subject predicate obj`` found by ``rule``."""
    found = find(x, predicate, subject, obj, rule)
    assert len(found) == 1, (
        f"expected one {predicate} {subject!r} -> {obj!r} by {rule}; have:\n"
        + "\n".join(f"  {label(f.subject)!r} {f.predicate} {label(f.object)!r} [{f.evidence.rule}]" for f in x.facts))
    return found[0]


def objects(x: Extraction, predicate: str, subject: object = None) -> set:
    return {label(f.object) for f in find(x, predicate, subject)}


def evidence(x: Extraction, fact: Fact) -> str:
    """The article text the fact's evidence offsets point at (checked to lie in its sentence)."""
    sent = x.sentences[fact.evidence.sentence]
    assert sent.start <= fact.evidence.start < fact.evidence.end <= sent.end
    return x.article.text[fact.evidence.start:fact.evidence.end]


def the_post(x: Extraction, holder: str, role: str, org: str, rule: str) -> str:
    """Checks the three facts of a post (heldBy, postIn, role) found by ``rule``; returns their evidence."""
    key = (holder, role, org)
    held = the_fact(x, "org:heldBy", key, holder, rule)
    the_fact(x, "org:postIn", key, org, rule)
    the_fact(x, "org:role", key, role, rule)
    return evidence(x, held)


def posts(x: Extraction) -> set[tuple[str, str, str]]:
    return {label(f.subject) for f in find(x, "org:postIn")}


def entity(x: Extraction, name: str) -> Entity:
    """The one entity labelled ``name``."""
    found = [e for e in x.entities if e.label == name]
    assert len(found) == 1, f"expected one entity {name!r}; have {sorted(e.label for e in x.entities)}"
    return found[0]


def labels(x: Extraction, kind: str | None = None) -> set[str]:
    return {e.label for e in x.entities if kind is None or e.kind == kind}


def mention_rules(e: Entity) -> set[str]:
    return {m.rule for m in e.mentions}


# --- quoted sentences used by several tests --------------------------------------------------

# seed article, paragraph 1 (gives the main event)
SEED_LEAD = (
    "With the rapid development of the global fashion industry, China's garment industry is ushering in a "
    "critical period of transformation and upgrading, in order to promote the upstream and downstream of "
    "China's garment industry chain to achieve resource sharing, complementary advantages, and promote the "
    "international development of China's textile and garment industry, recently, 2024 China's garment "
    "industry \"Belt and Road\" docking exchange event was held in Urumqi.")
SEED_EVENT = "2024 China's garment industry Belt and Road docking exchange event"
# seed article, paragraph 2, first sentence
SEED_AGENTS = (
    "This event was guided by the China National Textile Industry Federation, hosted by the China National "
    "Garment Association and the Department of Industry and Information Technology of Xinjiang Uygur "
    "Autonomous Region, and was included in the \"2024 Textile and Garment Excellent Supply Promotion and "
    "Upgrading Activity\" jointly carried out by the Ministry of Industry and Information Technology and the "
    "Ministry of Commerce, with the theme of \"the future of the Fashion New Silk Road Quality Chain\".")
SEED_ACTIVITY = "2024 Textile and Garment Excellent Supply Promotion and Upgrading Activity"
# seed article, paragraph 3
SEED_PARTICIPANTS = (
    "During the event, more than 120 people from the Department of Consumer Goods Industry of the Ministry of "
    "Industry and Information Technology, the Autonomous Region's Department of Industry and Information "
    "Technology, China Textile Association, China Garment Association and other unit leaders, representatives "
    "of local garment associations (business), garment colleges and research institutions, garment "
    "enterprises and related industry enterprises participated in the exchange.")
SEED_PRESIDED = ("The event was presided over by Liao Bo, deputy director of the Industry Department of China "
                 "National Garment Association.")
SEED_ADDRESSED = (
    "Dilebel Maimaitiming, second inspector of the Department of Industry and Information Technology of "
    "Xinjiang Uygur Autonomous Region, and Yang Xiaodong, full-time vice president of China National Garment "
    "Association, addressed the event.")
XINJIANG_DEPT = "Department of Industry and Information Technology of Xinjiang Uygur Autonomous Region"
CNTAC = "China National Textile and Apparel Council"
CNGA = "China National Garment Association"
MIIT = "Ministry of Industry and Information Technology of the People's Republic of China"

# dev 001 (Jiangxi linen expo)
JX_OPENED = ("The 2021 Jiangxi International Linen Textile Expo was opened on the morning of December 12, 2021 "
             "in Fenyi County, Jiangxi Province.")
JX_EXPO = "2021 Jiangxi International Linen Textile Expo"
JX_REN = ("Ren Zhufeng, Member of the Standing Committee of the Jiangxi Provincial Party Committee and Vice "
          "Governor of the Jiangxi Provincial People's Government, announced the opening of the expo.")
JX_LEADERS = (
    "Leaders who attended the opening ceremony included Gao Yong, Party Secretary and Secretary-General of the "
    "China Textile Industry Federation; Xu Yingxin, Vice Chairman of the China Textile Industry Federation and "
    "concurrently Chairman of the Textile Industry Branch of the China Council for the Promotion of "
    "International Trade (CCPIT); Deputy Secretary-General of the Provincial Government Xiong Keping; Xu Hong, "
    "Deputy Secretary of the Municipal Party Committee and Mayor; and Chairman of the Jiangxi Provincial Council "
    "for the Promotion of International Trade Liu Yu.")

# dev 002 (cotton textile congress)
CT_ELECTED = ("Dong Kuiyong has been elected president of the China Cotton Textile Association (CCTA) after the "
              "association convened its Sixth Member Congress in Wuxi, Jiangsu Province, on 24 May.")
CT_GUESTS = (
    "Among the guests were Gao Yong, Party secretary and secretary-general of the China National Textile and "
    "Apparel Council (CNTAC); CNTAC Vice President Duan Xiaoping; Sun Xiaoyin, who is deputy secretary of the "
    "CNTAC Discipline Inspection Commission as well as director of the CNTAC Human Resources Department; and "
    "Han Ping, president of the Jiangsu Textile Industry Association.")
CT_SIDE = ("The CCTA side was led by CCTA President Zhu Beina, joined by Vice Presidents Dong Kuiyong, Ye Jianchun "
           "and Zheng Jiewen and by Secretary-General Li Jie.")
CCTA = "China Cotton Textile Association"

# dev 003 (VIATT)
VT_RUN = ("The first edition of the Vietnam International Trade Fair for Apparel, Textiles and Textile "
          "Technologies (VIATT) will run in Ho Chi Minh City from 28 February to 1 March 2024, according to a "
          "press conference that opened on 23 February.")
VT_ORGANISED = ("VIATT 2024 is organised jointly by Messe Frankfurt, a global organiser of textile trade fairs, and "
                "the Vietnam Trade Promotion Agency (VIETRADE), an agency under the Ministry of Industry and Trade "
                "(MoIT).")
VIATT = "Vietnam International Trade Fair for Apparel, Textiles and Textile Technologies"


# --- agents of an event (passive voice) --------------------------------------------------------

def test_guided_by_passive():
    x = run(SEED_LEAD, SEED_AGENTS)
    f = the_fact(x, "gk:guidedBy", SEED_EVENT, CNTAC, "guidedBy-passive")
    assert evidence(x, f) == "guided by the China National Textile Industry Federation"
    assert objects(x, "gk:guidedBy") == {CNTAC}


def test_guided_by_acted_as_the_guiding_unit():
    # fixture 105
    x = run("The 2024 International Cashmere Industry Summit was held in Ordos, Inner Mongolia Autonomous Region, "
            "from September 12 to 13, 2024. The Department of Industry and Information Technology of Inner Mongolia "
            "Autonomous Region acted as the guiding unit.")
    f = the_fact(x, "gk:guidedBy", "2024 International Cashmere Industry Summit",
                 "Department of Industry and Information Technology of Inner Mongolia Autonomous Region",
                 "guidedBy-acted-as")
    assert evidence(x, f).endswith("acted as the guiding unit")


def test_hosted_by_passive_two_organizations():
    x = run(SEED_LEAD, SEED_AGENTS)
    for host in (CNGA, XINJIANG_DEPT):
        f = the_fact(x, "gk:hostedBy", SEED_EVENT, host, "hostedBy-passive")
        assert evidence(x, f).startswith("hosted by the China National Garment Association and the Department")
    assert objects(x, "gk:hostedBy") == {CNGA, XINJIANG_DEPT}


def test_hosted_by_a_person_means_presided_over_by():
    # fixture 102
    x = run("The opening ceremony was hosted by Tang Xiaoyun, vice president and secretary-general of CKIA.")
    f = the_fact(x, "gk:presidedOverBy", "opening ceremony", "Tang Xiaoyun", "hostedBy-passive")
    assert evidence(x, f) == "hosted by Tang Xiaoyun"
    assert find(x, "gk:hostedBy") == []


def test_hosted_by_list_with_acronym():
    # fixture 102
    x = run("HAINING, Nov. 9 -- The 2023 China Knitting Industry Annual Conference opened on Thursday in Haining, a "
            "county-level city in Zhejiang Province known for its warp-knitting cluster. Sponsored by the China "
            "Knitting Industry Association (CKIA) and the Haining Municipal People's Government, the two-day "
            "conference was undertaken by the Haining Warp Knitting Industry Association and the Administrative "
            "Committee of Haining Economic Development Zone.")
    event = "2023 China Knitting Industry Annual Conference"
    assert objects(x, "gk:organizedBy", event) == {"Haining Warp Knitting Industry Association",
                                                   "Administrative Committee of Haining Economic Development Zone"}
    assert objects(x, "gk:hostedBy", event) == {"China Knitting Industry Association",
                                                "Haining Municipal People's Government"}


def test_organized_by_passive_with_apposition_in_the_list():
    x = run(VT_RUN, VT_ORGANISED)
    for org in ("Messe Frankfurt GmbH", "Vietnam Trade Promotion Agency"):
        f = the_fact(x, "gk:organizedBy", VIATT, org, "organizedBy-passive")
        assert evidence(x, f) == ("organised jointly by Messe Frankfurt, a global organiser of textile trade "
                                  "fairs, and the Vietnam Trade Promotion Agency")
    # the ministry named inside the second apposition is not an organizer
    assert objects(x, "gk:organizedBy") == {"Messe Frankfurt GmbH", "Vietnam Trade Promotion Agency"}


def test_organized_by_passive_for_a_programme():
    x = run(SEED_LEAD, SEED_AGENTS)
    for org in (MIIT, "Ministry of Commerce of the People's Republic of China"):
        f = the_fact(x, "gk:organizedBy", SEED_ACTIVITY, org, "organizedBy-passive")
        assert evidence(x, f) == ("jointly carried out by the Ministry of Industry and Information Technology "
                                  "and the Ministry of Commerce")
    assert find(x, "gk:organizedBy", SEED_EVENT) == []


def test_supported_by_passive():
    # fixture 104
    x = run("The ceremony was organised by the Career Development Center of CCTU, with support from the Wuhan "
            "Municipal Bureau of Human Resources and Social Security and the Hubei Garment Industry Association "
            "(HGIA).")
    for org in ("Wuhan Municipal Bureau of Human Resources and Social Security", "Hubei Garment Industry Association"):
        f = the_fact(x, "gk:supportedBy", "ceremony", org, "supportedBy-passive")
        assert evidence(x, f).startswith("with support from the Wuhan Municipal Bureau")
        assert evidence(x, f).endswith("Hubei Garment Industry Association")
    the_fact(x, "gk:organizedBy", "ceremony", "Career Development Center of CCTU", "organizedBy-passive")


def test_supported_by_passive_subject_is_the_clause_subject():
    # fixture 105
    x = run("The 2024 International Cashmere Industry Summit was held in Ordos, Inner Mongolia Autonomous Region, "
            "from September 12 to 13, 2024.",
            "On the afternoon of September 13, a Cross-border E-commerce Seminar on Cashmere was held as one of "
            "three parallel sessions of the summit, with support from the Inner Mongolia Cross-border E-commerce "
            "Association.")
    the_fact(x, "gk:supportedBy", "Cross-border E-commerce Seminar on Cashmere",
             "Inner Mongolia Cross-border E-commerce Association", "supportedBy-passive")
    assert find(x, "gk:supportedBy", "2024 International Cashmere Industry Summit") == []


def test_under_the_guidance_of_and_with_support_from():
    # fixture 101
    x = run("The 2024 Zhejiang Silk Industry Development Forum, co-organised by the Zhejiang Silk Association (ZSA) "
            "and the Huzhou Municipal Bureau of Economy and Information Technology, took place in Huzhou on March "
            "15, 2024. The forum was held under the guidance of the Department of Economy and Information "
            "Technology of Zhejiang Province, with support from the China Silk Association, and ran under the "
            "theme of \"Ancient Fibre, New Vitality\".")
    forum = "2024 Zhejiang Silk Industry Development Forum"
    f = the_fact(x, "gk:guidedBy", forum, "Department of Economy and Information Technology of Zhejiang Province",
                 "guidedBy-passive")
    assert evidence(x, f).startswith("under the guidance of the Department of Economy")
    f = the_fact(x, "gk:supportedBy", forum, "China Silk Association", "supportedBy-passive")
    assert evidence(x, f) == "with support from the China Silk Association"


# --- place, parts, presiding, speeches, attendance --------------------------------------------

def test_held_in():
    x = run(SEED_LEAD)
    f = the_fact(x, "gk:heldIn", SEED_EVENT, "Urumqi", "held-in")
    assert evidence(x, f) == "held in Urumqi"
    assert x.main_event is not None and x.main_event.label == SEED_EVENT


def test_held_in_after_a_date():
    x = run(JX_OPENED)
    f = the_fact(x, "gk:heldIn", JX_EXPO, "Fenyi County", "held-in")
    assert evidence(x, f) == "opened on the morning of December 12, 2021 in Fenyi County"
    assert objects(x, "gk:heldIn") == {"Fenyi County"}


def test_place_apposition():
    x = run(JX_OPENED)
    f = the_fact(x, "gk:locatedIn", "Fenyi County", "Jiangxi Province", "place-apposition")
    assert evidence(x, f) == "Fenyi County, Jiangxi Province"


def test_part_of():
    x = run(SEED_LEAD, SEED_AGENTS)
    f = the_fact(x, "gk:partOf", SEED_EVENT, SEED_ACTIVITY, "part-of")
    assert evidence(x, f) == "included in the \"" + SEED_ACTIVITY
    assert entity(x, SEED_ACTIVITY).kind == "Programme"


def test_part_of_one_of_the_parallel_sessions():
    # fixture 105
    x = run("The 2024 International Cashmere Industry Summit was held in Ordos, Inner Mongolia Autonomous Region, "
            "from September 12 to 13, 2024.",
            "On the afternoon of September 13, a Cross-border E-commerce Seminar on Cashmere was held as one of "
            "three parallel sessions of the summit, with support from the Inner Mongolia Cross-border E-commerce "
            "Association.")
    f = the_fact(x, "gk:partOf", "Cross-border E-commerce Seminar on Cashmere",
                 "2024 International Cashmere Industry Summit", "part-of")
    assert "one of three parallel sessions of the summit" in evidence(x, f)


def test_presided_passive():
    x = run(SEED_LEAD, SEED_PRESIDED)
    f = the_fact(x, "gk:presidedOverBy", SEED_EVENT, "Liao Bo", "presided-passive")
    assert evidence(x, f) == "presided over by Liao Bo"
    assert find(x, "gk:addressedBy") == [] and find(x, "gk:attendedBy") == []


def test_presided_passive_with_honorific():
    # dev 001
    x = run(JX_OPENED, "The opening ceremony was presided over by Mr. Dong Chunxing, President of the China Hemp "
            "Textile Industry Association.")
    # the opening ceremony is a side event of the expo: who presides over it presides at the expo too
    for subject, rule in (("opening ceremony", "presided-passive"), (JX_EXPO, "presided-passive-at-opening")):
        f = the_fact(x, "gk:presidedOverBy", subject, "Dong Chunxing", rule)
        assert "presided over by Mr. Dong Chunxing" in evidence(x, f)
    the_fact(x, "gk:partOf", "opening ceremony", JX_EXPO, "session-part-of")


def test_presided_passive_over_a_named_parallel_session():
    # fixture 105
    x = run("The 2024 International Cashmere Industry Summit was held in Ordos, Inner Mongolia Autonomous Region, "
            "from September 12 to 13, 2024.",
            "On the afternoon of September 13, a Cross-border E-commerce Seminar on Cashmere was held as one of "
            "three parallel sessions of the summit, with support from the Inner Mongolia Cross-border E-commerce "
            "Association. The seminar was moderated by Lin Shuang, director of the Foreign Trade Division of the "
            "Ordos Municipal Bureau of Commerce.")
    the_fact(x, "gk:presidedOverBy", "Cross-border E-commerce Seminar on Cashmere", "Lin Shuang", "presided-passive")
    assert find(x, "gk:presidedOverBy", "2024 International Cashmere Industry Summit") == []


def test_the_meeting_is_the_main_event_not_a_lowercase_meeting_named_before():
    # dev 002, paragraphs 1 and 4
    x = run(CT_ELECTED + " The congress took place together with the first meeting of the sixth council and the "
            "first meeting of the sixth standing council.", "Mr. Zheng Jiewen, vice president of the CCTA, chaired "
            "the meeting.")
    assert objects(x, "gk:presidedOverBy") == {"Zheng Jiewen"}
    the_fact(x, "gk:presidedOverBy", "Sixth Member Congress", "Zheng Jiewen", "presided-active")


def test_presided_active():
    # dev 002
    x = run(CT_ELECTED, "Mr. Zheng Jiewen, vice president of the CCTA, chaired the meeting.")
    f = the_fact(x, "gk:presidedOverBy", "Sixth Member Congress", "Zheng Jiewen", "presided-active")
    assert evidence(x, f) == "Zheng Jiewen, vice president of the CCTA, chaired the meeting"
    the_post(x, "Zheng Jiewen", "vice president", CCTA, "post-apposition")


def test_speech_addressed_by():
    x = run(SEED_LEAD, SEED_ADDRESSED)
    f = the_fact(x, "gk:addressedBy", SEED_EVENT, "Dilebel Maimaitiming", "speech")
    assert evidence(x, f).startswith("Dilebel Maimaitiming, second inspector")
    assert evidence(x, f).endswith("addressed")
    f = the_fact(x, "gk:addressedBy", SEED_EVENT, "Yang Xiaodong", "speech")
    assert evidence(x, f) == ("Yang Xiaodong, full-time vice president of China National Garment Association, "
                              "addressed")
    assert objects(x, "gk:addressedBy") == {"Dilebel Maimaitiming", "Yang Xiaodong"}


def test_speech_announced_the_opening():
    x = run(JX_OPENED, JX_REN)
    f = the_fact(x, "gk:addressedBy", JX_EXPO, "Ren Zhufeng", "speech")
    assert "announced the opening" in evidence(x, f)


def test_attendance_persons():
    x = run(JX_OPENED, JX_LEADERS)
    leaders = {"Gao Yong", "Xu Yingxin", "Xiong Keping", "Xu Hong", "Liu Yu"}
    assert objects(x, "gk:attendedBy", JX_EXPO) == leaders
    assert objects(x, "gk:attendedBy", "opening ceremony") == leaders
    for person in leaders:
        f = the_fact(x, "gk:attendedBy", JX_EXPO, person, "attendance-at-opening")
        assert evidence(x, f).startswith("attended the opening ceremony included Gao Yong")
        assert person in evidence(x, f)


def test_attendance_from_organizations():
    x = run(SEED_LEAD, SEED_AGENTS, SEED_PARTICIPANTS)
    senders = {"Department of Consumer Goods Industry of the Ministry of Industry and Information Technology",
               XINJIANG_DEPT, "China Textile Association", CNGA}
    assert objects(x, "gk:attendedBy", SEED_EVENT) == senders
    for org in senders:
        f = the_fact(x, "gk:attendedBy", SEED_EVENT, org, "attendance-from")
        assert evidence(x, f).startswith("people from the Department of Consumer Goods Industry")
        assert evidence(x, f).endswith("China Garment Association")


def test_attendance_from_officials_were_also_present():
    # fixture 102
    x = run("HAINING, Nov. 9 -- The 2023 China Knitting Industry Annual Conference opened on Thursday in Haining, a "
            "county-level city in Zhejiang Province known for its warp-knitting cluster.",
            "Close to 400 delegates from knitting enterprises, machinery makers, brands and research institutions "
            "took part. Officials from the Consumer Goods Industry Department of the Ministry of Industry and "
            "Information Technology (MIIT) and from the Jiaxing Municipal Bureau of Economy and Information "
            "Technology were also present.")
    assert objects(x, "gk:attendedBy", "2023 China Knitting Industry Annual Conference") == {
        "Consumer Goods Industry Department of the Ministry of Industry and Information Technology",
        "Jiaxing Municipal Bureau of Economy and Information Technology"}


# --- posts ---------------------------------------------------------------------------------------

def test_post_apposition_one_role():
    x = run(SEED_LEAD, SEED_PRESIDED)
    ev = the_post(x, "Liao Bo", "deputy director", "Industry Department of China National Garment Association",
                  "post-apposition")
    assert ev == "Liao Bo, deputy director of the Industry Department of China National Garment Association"


def test_post_apposition_two_roles_of_one_organization():
    x = run(JX_OPENED, JX_LEADERS)
    for role in ("party secretary", "secretary-general"):
        ev = the_post(x, "Gao Yong", role, CNTAC, "post-apposition")
        assert ev == "Gao Yong, Party Secretary and Secretary-General of the China Textile Industry Federation"
    assert {p for p in posts(x) if p[0] == "Gao Yong"} == {("Gao Yong", "party secretary", CNTAC),
                                                          ("Gao Yong", "secretary-general", CNTAC)}


def test_post_apposition_concurrently_a_second_organization():
    x = run(JX_OPENED, JX_LEADERS)
    branch = "Textile Industry Branch of the China Council for the Promotion of International Trade"
    ev = the_post(x, "Xu Yingxin", "vice chairman", CNTAC, "post-apposition")
    assert ev.startswith("Xu Yingxin, Vice Chairman of the China Textile Industry Federation and concurrently Chairman")
    assert ev.endswith("China Council for the Promotion of International Trade")
    the_post(x, "Xu Yingxin", "chairman", branch, "post-apposition")
    assert {p for p in posts(x) if p[0] == "Xu Yingxin"} == {("Xu Yingxin", "vice chairman", CNTAC),
                                                            ("Xu Yingxin", "chairman", branch)}


def test_post_apposition_who_is_as_well_as():
    x = run(CT_ELECTED, CT_GUESTS)
    ev = the_post(x, "Sun Xiaoyin", "deputy secretary", "CNTAC Discipline Inspection Commission", "post-apposition")
    assert ev.startswith("Sun Xiaoyin, who is deputy secretary of the CNTAC Discipline Inspection Commission "
                         "as well as")
    assert ev.endswith("director of the CNTAC Human Resources Department")
    the_post(x, "Sun Xiaoyin", "director", "CNTAC Human Resources Department", "post-apposition")


def test_post_apposition_plural_possessive_in_the_name():
    # fixture 105
    x = run("Keynote speeches were delivered by Oyunchimeg Batbold, secretary-general of the Mongolian Cashmere "
            "Producers' Association, and Richard Hawthorne, head of fibre sourcing at Glenmorie Knitwear Ltd., a "
            "Scottish knitwear maker.")
    assert "Association" not in labels(x)
    ev = the_post(x, "Oyunchimeg Batbold", "secretary-general", "Mongolian Cashmere Producers' Association",
                  "post-apposition")
    assert ev == "Oyunchimeg Batbold, secretary-general of the Mongolian Cashmere Producers' Association"


def test_post_apposition_role_with_a_complement():
    # fixture 105
    x = run("Keynote speeches were delivered by Oyunchimeg Batbold, secretary-general of the Mongolian Cashmere "
            "Producers' Association, and Richard Hawthorne, head of fibre sourcing at Glenmorie Knitwear Ltd., a "
            "Scottish knitwear maker.")
    posts_of_hawthorne = {p for p in posts(x) if p[0] == "Richard Hawthorne"}
    assert {(org, role.split()[0]) for _, role, org in posts_of_hawthorne} == {("Glenmorie Knitwear Ltd.", "head")}


def test_post_apposition_company_ending_in_spa():
    # fixture 102
    x = run("HAINING, Nov. 9 -- The 2023 China Knitting Industry Annual Conference opened on Thursday in Haining, a "
            "county-level city in Zhejiang Province known for its warp-knitting cluster.",
            "Elena Marchetti, chief technology officer of Brivio Knitting Machines S.p.A., delivered a keynote speech "
            "on seamless and whole-garment knitting, arguing that 3D knitting could cut yarn waste by up to a third.")
    assert len(x.sentences) == 2
    the_post(x, "Elena Marchetti", "chief technology officer", "Brivio Knitting Machines S.p.A.", "post-apposition")
    the_fact(x, "gk:addressedBy", "2023 China Knitting Industry Annual Conference", "Elena Marchetti", "speech")


def test_post_prefix():
    x = run(CT_ELECTED, CT_SIDE)
    ev = the_post(x, "Zhu Beina", "president", CCTA, "post-prefix")
    assert ev == "CCTA President Zhu Beina"


def test_post_prefix_possessive():
    # fixture 104
    x = run("Witnessing the signing were Guo Peiling, Party secretary and president of CCTU; Hanfeng Group's chairman "
            "Luo Jiancheng; Deng Hui, deputy director-general of the Hubei Provincial Department of Education; and "
            "President Zhang Guoping of HGIA.")
    ev = the_post(x, "Luo Jiancheng", "chairman", "Hanfeng Group", "post-prefix")
    assert ev == "Hanfeng Group's chairman Luo Jiancheng"


def test_post_role_of_org_name():
    x = run(JX_OPENED, JX_REN, JX_LEADERS)
    ev = the_post(x, "Liu Yu", "chairman", "Jiangxi Provincial Council for the Promotion of International Trade",
                  "post-role-of-org-name")
    assert ev == "Chairman of the Jiangxi Provincial Council for the Promotion of International Trade Liu Yu"
    # "the Provincial Government" is the Jiangxi Provincial People's Government named in the sentence before
    ev = the_post(x, "Xiong Keping", "deputy secretary-general", "Jiangxi Provincial People's Government",
                  "post-role-of-org-name")
    assert ev == "Deputy Secretary-General of the Provincial Government Xiong Keping"


def test_post_elected():
    x = run(CT_ELECTED)
    ev = the_post(x, "Dong Kuiyong", "president", CCTA, "post-elected")
    assert ev == "Dong Kuiyong has been elected president of the China Cotton Textile Association"


def test_post_elected_chosen_as():
    # dev 002
    x = run("When the results were announced, Dong Kuiyong had been chosen as the new president of the China Cotton "
            "Textile Association.")
    ev = the_post(x, "Dong Kuiyong", "president", CCTA, "post-elected")
    assert ev == "Dong Kuiyong had been chosen as the new president of the China Cotton Textile Association"


def test_post_serve_as():
    x = run(CT_ELECTED, "In addition to his vice-presidency, Li Jie will also serve as the CCTA's secretary-general.")
    ev = the_post(x, "Li Jie", "secretary-general", CCTA, "post-serve-as")
    assert ev == "Li Jie will also serve as the CCTA's secretary-general"


def test_post_role_list():
    x = run(CT_ELECTED, CT_SIDE)
    for person in ("Dong Kuiyong", "Ye Jianchun", "Zheng Jiewen"):
        ev = the_post(x, person, "vice president", CCTA, "post-role-list")
        assert ev == "Vice Presidents Dong Kuiyong, Ye Jianchun and Zheng Jiewen"
    assert the_post(x, "Li Jie", "secretary-general", CCTA, "post-role-list") == "Secretary-General Li Jie"
    assert posts(x) == {("Dong Kuiyong", "president", CCTA), ("Zhu Beina", "president", CCTA),
                        ("Dong Kuiyong", "vice president", CCTA), ("Ye Jianchun", "vice president", CCTA),
                        ("Zheng Jiewen", "vice president", CCTA), ("Li Jie", "secretary-general", CCTA)}


def test_post_role_list_stops_at_a_semicolon():
    x = run(CT_ELECTED, CT_GUESTS)
    the_post(x, "Duan Xiaoping", "vice president", CNTAC, "post-prefix")
    assert ("Sun Xiaoyin", "vice president", CNTAC) not in posts(x)
    assert {p for p in posts(x) if p[0] == "Sun Xiaoyin"} == {
        ("Sun Xiaoyin", "deputy secretary", "CNTAC Discipline Inspection Commission"),
        ("Sun Xiaoyin", "director", "CNTAC Human Resources Department")}


# --- structure of organizations ----------------------------------------------------------------

def test_unit_of_organization():
    x = run(SEED_LEAD, SEED_AGENTS, SEED_PARTICIPANTS)
    unit = "Department of Consumer Goods Industry of the Ministry of Industry and Information Technology"
    f = the_fact(x, "org:subOrganizationOf", unit, MIIT, "unit-of-organization")
    assert evidence(x, f) == unit
    assert entity(x, unit).cls == "OrganizationalUnit"


def test_org_unit_prefix():
    x = run(CT_ELECTED, CT_GUESTS)
    for unit in ("CNTAC Human Resources Department", "CNTAC Discipline Inspection Commission"):
        e = entity(x, unit)
        assert e.cls == "OrganizationalUnit" and mention_rules(e) == {"org-unit-prefix"}
        f = the_fact(x, "org:subOrganizationOf", unit, CNTAC, "unit-of-organization")
        assert evidence(x, f) == unit


def test_unit_apposition():
    x = run(VT_RUN, VT_ORGANISED)
    f = the_fact(x, "org:subOrganizationOf", "Vietnam Trade Promotion Agency",
                 "Ministry of Industry and Trade of Vietnam", "unit-apposition")
    assert evidence(x, f) == ("Vietnam Trade Promotion Agency (VIETRADE), an agency under the Ministry of Industry "
                              "and Trade")


# --- attributes ----------------------------------------------------------------------------------

def test_theme():
    x = run(SEED_LEAD, SEED_AGENTS)
    f = the_fact(x, "gk:theme", SEED_EVENT, "the future of the Fashion New Silk Road Quality Chain", "theme")
    assert evidence(x, f) == "with the theme of \"the future of the Fashion New Silk Road Quality Chain\""


def test_theme_took_as_its_theme():
    # fixture 105
    x = run("The 2024 International Cashmere Industry Summit was held in Ordos, Inner Mongolia Autonomous Region, "
            "from September 12 to 13, 2024. Jointly hosted by the China Wool Textile Association (CWTA) and the "
            "People's Government of Ordos City, and organised by the Ordos Cashmere Industry Association and the "
            "Ordos Municipal Bureau of Industry and Information Technology, the summit took \"Soft Gold, Shared "
            "Future\" as its theme.")
    f = the_fact(x, "gk:theme", "2024 International Cashmere Industry Summit", "Soft Gold, Shared Future", "theme")
    assert evidence(x, f) == "took \"Soft Gold, Shared Future\""


def test_theme_in_a_sentence_without_names():
    # fixture 102
    x = run("HAINING, Nov. 9 -- The 2023 China Knitting Industry Annual Conference opened on Thursday in Haining, a "
            "county-level city in Zhejiang Province known for its warp-knitting cluster. It was held under the "
            "theme \"Knit the Future: Smart, Green and Global\".")
    the_fact(x, "gk:theme", "2023 China Knitting Industry Annual Conference",
             "Knit the Future: Smart, Green and Global", "theme")


def test_participant_count():
    x = run(SEED_LEAD, SEED_AGENTS, SEED_PARTICIPANTS)
    f = the_fact(x, "gk:participantCount", SEED_EVENT, 120, "participant-count")
    assert evidence(x, f) == "more than 120 people"


def test_participant_count_in_a_sentence_without_names():
    x = run(CT_ELECTED, "Nearly 300 people attended.")
    f = the_fact(x, "gk:participantCount", "Sixth Member Congress", 300, "participant-count")
    assert evidence(x, f) == "Nearly 300 people"


def test_date_range():
    x = run(VT_RUN)
    for pred, value in (("gk:startDate", "2024-02-28"), ("gk:endDate", "2024-03-01")):
        f = the_fact(x, pred, VIATT, value, "date")
        assert evidence(x, f) == "from 28 February to 1 March 2024"
    the_fact(x, "gk:year", VIATT, "2024", "date-year")
    # "23 February" (the press conference, no year) is not a date of the fair
    assert objects(x, "gk:startDate") == {"2024-02-28"}


def test_date_single_day():
    x = run(JX_OPENED)
    f = the_fact(x, "gk:startDate", JX_EXPO, "2021-12-12", "date")
    assert evidence(x, f) == "December 12, 2021"
    assert find(x, "gk:endDate") == []
    the_fact(x, "gk:year", JX_EXPO, "2021", "date-year")


def test_year_in_name():
    x = run(SEED_LEAD, SEED_AGENTS)
    f = the_fact(x, "gk:year", SEED_EVENT, "2024", "year-in-name")
    assert evidence(x, f) == "2024 China's garment industry \"Belt and Road\" docking exchange event"
    f = the_fact(x, "gk:year", SEED_ACTIVITY, "2024", "year-in-name")
    assert evidence(x, f) == SEED_ACTIVITY


# --- topics ----------------------------------------------------------------------------------------

def test_topics_heading_focus_and_topic_label():
    x = run(SEED_LEAD, "Focus on enterprise cooperation and market docking, and enhance upstream and downstream "
            "collaboration in the garment industry.")
    focus = {label(f.object): f for f in find(x, "gk:discusses", SEED_EVENT) if f.evidence.rule == "heading-focus"}
    assert set(focus) == {"enterprise cooperation", "market docking"}
    for phrase, f in focus.items():
        assert evidence(x, f) == phrase
    f = the_fact(x, "gk:discusses", SEED_EVENT, "upstream and downstream collaboration", "topic-label")
    assert evidence(x, f) == "upstream and downstream collaboration"
    assert f.object.concept.endswith("/topic/supply-chain-collaboration")
    # the lead's "transformation and upgrading" names a scheme concept too
    f = the_fact(x, "gk:discusses", SEED_EVENT, "transformation and upgrading", "topic-label")
    assert f.object.concept.endswith("/topic/industrial-upgrading")


# --- names and in-article resolution -------------------------------------------------------------

def test_acronym_binding_ccta():
    # CCTA is also a gazetteer alias of the association, so this holds through the gazetteer; the next
    # test checks an acronym that only the article defines
    x = run(CT_ELECTED, CT_SIDE)
    ccta = [e for e in x.entities if "CCTA" in e.alt_labels or e.label == "CCTA"]
    assert [e.label for e in ccta] == [CCTA]
    # the full name, "(CCTA)", "The CCTA side", "CCTA President"
    assert [m.text for m in ccta[0].mentions] == [CCTA, "CCTA", "CCTA", "CCTA"]
    assert "CCTA" not in labels(x)


def test_acronym_binding_defined_in_the_article():
    # fixture 103: BTMF is not in the gazetteer; "(BTMF)" after the name binds it
    x = run("Organised by Trade Link Exhibitions Ltd., a Dhaka-based fair organiser, and co-organised by the "
            "Bangladesh Textile Mills Federation (BTMF), the three-day show brought together more than 450 "
            "exhibitors from 18 countries and regions, with spinning, weaving, dyeing and garment-making equipment "
            "on display.",
            "BTMF president Abdul Karim Chowdhury presided over the inaugural session.")
    btmf = entity(x, "Bangladesh Textile Mills Federation")
    assert "BTMF" in btmf.alt_labels and "acronym" in mention_rules(btmf)
    assert "BTMF" not in labels(x)
    assert the_post(x, "Abdul Karim Chowdhury", "president", "Bangladesh Textile Mills Federation",
                    "post-prefix") == "BTMF president Abdul Karim Chowdhury"


def test_resolution_short_name_of_an_association():
    x = run(SEED_LEAD, SEED_AGENTS, SEED_PARTICIPANTS)
    cnga = entity(x, CNGA)
    assert "China Garment Association" in cnga.alt_labels
    assert "China Garment Association" not in labels(x)


def test_resolution_surname_with_honorific():
    # dev 001
    x = run(JX_OPENED, JX_LEADERS, "According to Mr. Gao, the expo has been of very great importance in pushing "
            "forward the development of China's linen textile industry.")
    gao = entity(x, "Gao Yong")
    assert "Gao" in gao.alt_labels and "honorific-name" in mention_rules(gao)
    assert "Gao" not in labels(x)


def test_resolution_possessive_place_qualifier():
    x = run(SEED_LEAD, SEED_AGENTS, SEED_PARTICIPANTS)
    dept = entity(x, XINJIANG_DEPT)
    assert "Autonomous Region's Department of Industry and Information Technology" in dept.alt_labels
    assert "possessive-qualifier" in mention_rules(dept)
    assert not {lab for lab in labels(x, "Organization") if lab.startswith("Autonomous Region")}


def test_resolution_keeps_provincial_and_national_associations_apart():
    # fixture 101
    x = run("The 2024 Zhejiang Silk Industry Development Forum, co-organised by the Zhejiang Silk Association (ZSA) "
            "and the Huzhou Municipal Bureau of Economy and Information Technology, took place in Huzhou on March "
            "15, 2024. The forum was held under the guidance of the Department of Economy and Information "
            "Technology of Zhejiang Province, with support from the China Silk Association, and ran under the "
            "theme of \"Ancient Fibre, New Vitality\".")
    forum = "2024 Zhejiang Silk Industry Development Forum"
    assert "ZSA" in entity(x, "Zhejiang Silk Association").alt_labels
    assert "ZSA" not in entity(x, "China Silk Association").alt_labels
    assert objects(x, "gk:supportedBy", forum) == {"China Silk Association"}
    assert "Zhejiang Silk Association" in objects(x, "gk:organizedBy", forum)
    assert "China Silk Association" not in objects(x, "gk:organizedBy", forum)


def test_same_name_in_two_provinces_is_two_entities():
    # a generated archive: two universities whose names differ only in the province were one entity
    x = run("Li Huajian, professor of Anhui Light Industry University, spoke on fabric development.",
            "Ma Wenfang, president of Guangdong Light Industry University, opened the training course.",
            "The Light Industry University of Anhui hosted the final round.")
    universities = {e.label: e for e in x.entities if "University" in e.label}
    # the two ways of writing the Anhui one are one entity, labelled with the fuller form
    assert sorted(universities) == ["Guangdong Light Industry University", "Light Industry University of Anhui"]
    assert "Anhui Light Industry University" in universities["Light Industry University of Anhui"].alt_labels
    assert "Anhui Light Industry University" not in universities["Guangdong Light Industry University"].alt_labels


def test_two_signatories_each_with_organization_and_post():
    # the signing-ceremony construction: "ORG role NAME and ORG role NAME signed the agreement"
    x = run("On behalf of the two parties, Mingrun Home Textile Group president Lin Xiaozhi and Chengdu Printing "
            "and Dyeing Research Institute director Yu Shan signed the agreement.",
            "Hefei Dean Knitting Co., Ltd. Deputy General Manager Wei Songhao and Anqing Municipal People's "
            "Government Deputy Mayor Zheng Wenjun signed the agreement.",
            "Kangming Knitting Group CEO Gu Mingzhi and Haining Industrial Textiles Research Institute deputy "
            "director Fu Meishan signed a cooperation agreement.")
    assert labels(x, "Person") == {"Lin Xiaozhi", "Yu Shan", "Wei Songhao", "Zheng Wenjun", "Gu Mingzhi", "Fu Meishan"}
    assert {"Mingrun Home Textile Group", "Chengdu Printing and Dyeing Research Institute", "Hefei Dean Knitting Co., Ltd.",
            "Anqing Municipal People's Government", "Kangming Knitting Group",
            "Haining Industrial Textiles Research Institute"} <= labels(x, "Organization")
    assert not [name for name in labels(x) if " and " in name and ("Lin" in name or "Wei" in name or "Gu " in name)]
    assert {("Lin Xiaozhi", "president", "Mingrun Home Textile Group"),
            ("Yu Shan", "director", "Chengdu Printing and Dyeing Research Institute"),
            ("Gu Mingzhi", "ceo", "Kangming Knitting Group")} <= posts(x)


def test_a_known_acronym_does_not_rename_a_spelled_out_organization():
    # the gazetteer knows BTMA as the Bangladesh Textile Mills Association; this article spells out another name
    x = run("The Bangladesh Textile Manufacturers Association (BTMA) staged the event. The BTMA said so.")
    btma = entity(x, "Bangladesh Textile Manufacturers Association")
    assert btma.gaz == "" and btma.wikidata == "" and "BTMA" in btma.alt_labels
    assert "Bangladesh Textile Mills Association" not in labels(x)
    # spelled as the gazetteer spells it, the acronym still finds the known organization
    assert entity(run("The Bangladesh Textile Mills Association (BTMA) staged the event."),
                  "Bangladesh Textile Mills Association").gaz == "btma"


def test_honorific_names():
    # dev 003 and fixture 103
    x = run("Also addressing the press conference, Ms. Wendy Wen, managing director of Messe Frankfurt (HK) Ltd, Hong "
            "Kong, China, noted that Vietnam is the third largest exporter of textiles and apparel in the world and "
            "still has room for growth.",
            "Presentations were given by Zhang Lei, overseas sales manager of Changzhou Tianyu Dyeing Machinery Co., "
            "Ltd., and Dr. Mohammad Saiful Alam, a professor in the Department of Textile Engineering at Dhaka "
            "University of Engineering and Technology.")
    for name in ("Wendy Wen", "Mohammad Saiful Alam"):
        e = entity(x, name)
        assert e.kind == "Person" and mention_rules(e) == {"honorific-name"}
    assert not {lab for lab in labels(x) if lab.startswith(("Ms", "Dr"))}


def test_surname_lexicon_names():
    x = run(SEED_LEAD, SEED_PRESIDED, SEED_ADDRESSED)
    for name in ("Liao Bo", "Yang Xiaodong"):
        e = entity(x, name)
        assert e.kind == "Person" and mention_rules(e) == {"surname-lexicon"}


def test_surname_lexicon_name_between_role_and_of_org():
    # fixture 102: "President Sun Rongbin of CKIA" is one capitalised chunk
    x = run("President Sun Rongbin of CKIA then gave a speech reviewing the performance of the sector over the first "
            "three quarters. Mr. Sun said that output at large knitting enterprises had recovered steadily, while "
            "exports of knitted garments remained under pressure from weak overseas demand and rising compliance "
            "costs.")
    sun = entity(x, "Sun Rongbin")
    assert mention_rules(sun) == {"surname-lexicon", "honorific-name"}
    assert "Sun" in sun.alt_labels and "Sun" not in labels(x)
    ev = the_post(x, "Sun Rongbin", "president", "China Knitting Industry Association", "post-role-name-of-org")
    assert ev == "President Sun Rongbin of CKIA"


def test_surname_lexicon_name_that_looks_like_a_month():
    # fixture 105
    x = run("Vice President Hou Jun of the CWTA announced the winners, which included Inner Mongolia Xuerong Cashmere "
            "Co., Ltd. for its low-temperature dyeing process and Ningxia Zhongtian Wool Products Co., Ltd. for a "
            "cashmere-silk blended yarn.")
    assert mention_rules(entity(x, "Hou Jun")) == {"surname-lexicon"}
    ev = the_post(x, "Hou Jun", "vice president", "China Wool Textile Association", "post-role-name-of-org")
    assert ev == "Vice President Hou Jun of the CWTA"


def test_name_in_context():
    x = run(SEED_LEAD, SEED_ADDRESSED)
    e = entity(x, "Dilebel Maimaitiming")
    assert e.kind == "Person" and mention_rules(e) == {"name-in-context"}
    the_post(x, "Dilebel Maimaitiming", "second inspector", XINJIANG_DEPT, "post-apposition")


def test_vietnamese_three_part_name():
    # dev 003
    x = run(VT_RUN, VT_ORGANISED,
            "Speaking at the press conference, VIETRADE Deputy Head Le Hoang Tai said the fair is also meant to "
            "create favourable conditions for companies in Vietnam's textile and garment sector to form trade "
            "connections with international businesses.",
            "Mr. Tai added that the event would encourage leading international brands in the sector to transfer "
            "technology and management experience, and to take part in developing raw materials and accessories, "
            "so that Vietnam can build up a domestic supply chain.")
    tai = entity(x, "Le Hoang Tai")
    assert tai.kind == "Person" and mention_rules(tai) == {"surname-lexicon", "honorific-name"}
    assert "Tai" in tai.alt_labels and "Tai" not in labels(x)
    assert the_post(x, "Le Hoang Tai", "deputy head", "Vietnam Trade Promotion Agency",
                    "post-prefix") == "VIETRADE Deputy Head Le Hoang Tai"
    f = the_fact(x, "gk:addressedBy", "press conference", "Le Hoang Tai", "speech")
    assert evidence(x, f).startswith("Speaking at the press conference")


def test_hk_ltd_company_name():
    # dev 003
    x = run("Also addressing the press conference, Ms. Wendy Wen, managing director of Messe Frankfurt (HK) Ltd, Hong "
            "Kong, China, noted that Vietnam is the third largest exporter of textiles and apparel in the world and "
            "still has room for growth.")
    company = entity(x, "Messe Frankfurt (HK) Ltd")
    assert company.kind == "Organization" and company.cls == "Company"
    ev = the_post(x, "Wendy Wen", "managing director", "Messe Frankfurt (HK) Ltd", "post-apposition")
    assert ev == "Wendy Wen, managing director of Messe Frankfurt (HK) Ltd"
    assert "HK" not in labels(x)


# --- negative cases ------------------------------------------------------------------------------

def test_boilerplate_organized_from_the_internet_is_no_organizer():
    x = run(SEED_LEAD, "Declaration: The content of this article is organized from the Internet, and the copyright "
            "belongs to the original author; If there is infringement, please inform in time and contact to delete.")
    assert x.main_event is not None and x.main_event.label == SEED_EVENT
    assert find(x, "gk:organizedBy") == []
    assert not {lab for lab in labels(x) if "Internet" in lab or "Declaration" in lab}


def test_capitalised_headline_yields_no_entity():
    # dev 001: the headline is title case; none of its capitalised phrases is an entity
    headline = "Linen Industry Gathers in Fenyi as 2021 Jiangxi International Linen Textile Expo Opens"
    x = run(headline, JX_OPENED)
    assert x.article.title == headline and x.sentences[0].headline
    assert all(m.start > len(headline) for e in x.entities for m in e.mentions)
    assert labels(x) == {JX_EXPO, "Fenyi County", "Jiangxi Province"}
    assert all(f.evidence.sentence > 0 for f in x.facts if f.predicate != "gk:discusses")


def test_names_inside_a_quoted_theme_are_not_entities():
    x = run(SEED_LEAD, SEED_AGENTS)
    assert labels(x, "Organization") == {CNTAC, CNGA, XINJIANG_DEPT, MIIT,
                                         "Ministry of Commerce of the People's Republic of China"}
    assert not {lab for lab in labels(x) if "Silk Road" in lab or "Fashion" in lab or lab == "Belt and Road"}


# fixture 103, paragraph 6
DHAKA_SEMINAR = ("On 19 April, a technical seminar on water and energy efficiency in wet processing was moderated by "
                 "Farhana Rahman, a director of BTMF. Presentations were given by Zhang Lei, overseas sales manager of "
                 "Changzhou Tianyu Dyeing Machinery Co., Ltd., and Dr. Mohammad Saiful Alam, a professor in the "
                 "Department of Textile Engineering at Dhaka University of Engineering and Technology.")


def test_post_apposition_with_an_indefinite_article():
    x = run("The Bangladesh Textile Mills Federation (BTMF) held its annual meeting in Dhaka.", DHAKA_SEMINAR)
    assert the_post(x, "Farhana Rahman", "director", "Bangladesh Textile Mills Federation",
                    "post-apposition") == "Farhana Rahman, a director of BTMF"
    assert the_post(x, "Mohammad Saiful Alam", "professor", "Department of Textile Engineering", "post-apposition")


def test_role_with_a_functional_modifier():
    x = run(DHAKA_SEMINAR)
    assert the_post(x, "Zhang Lei", "overseas sales manager", "Changzhou Tianyu Dyeing Machinery Co., Ltd.",
                    "post-apposition").startswith("Zhang Lei, overseas sales manager of Changzhou")


def test_unit_named_head_first_at_its_organization():
    x = run(DHAKA_SEMINAR)
    f = the_fact(x, "org:subOrganizationOf", "Department of Textile Engineering",
                 "Dhaka University of Engineering and Technology", "unit-at-organization")
    assert evidence(x, f) == "Department of Textile Engineering at Dhaka University of Engineering and Technology"


# written for the test: venues named by their head ("... Convention and Exhibition Center", "... Hotel")
def test_venue_is_a_place_where_the_event_is_held_and_lies_in_the_town():
    x = run("The 2024 Asia Denim Fair was held at the Xiamen International Conference Centre in Xiamen, Fujian, "
            "from 3 to 5 May 2024.")
    venue = entity(x, "Xiamen International Conference Centre")
    assert (venue.kind, venue.cls) == ("Place", "Venue")
    f = the_fact(x, "gk:heldIn", "2024 Asia Denim Fair", "Xiamen International Conference Centre", "held-in")
    assert evidence(x, f) == "held at the Xiamen International Conference Centre"
    f = the_fact(x, "gk:heldIn", "2024 Asia Denim Fair", "Xiamen", "held-in-venue-town")
    assert evidence(x, f).endswith("Conference Centre in Xiamen")
    the_fact(x, "gk:locatedIn", "Xiamen International Conference Centre", "Xiamen", "venue-in-town")


def test_venue_name_with_and_is_one_venue_and_a_centre_organization_stays_one():
    x = run("The fair opened at the Shanghai National Exhibition and Convention Center on 3 May 2024. "
            "The China Textile Information Center and the China National Garment Association hosted it.")
    assert entity(x, "Shanghai National Exhibition and Convention Center").cls == "Venue"
    assert entity(x, "China Textile Information Center").kind == "Organization"
    assert objects(x, "gk:heldIn", "fair") == {"Shanghai National Exhibition and Convention Center"}


# fixture 105, paragraph 4
ORDOS_KEYNOTES = ("Keynote speeches were delivered by Oyunchimeg Batbold, secretary-general of the Mongolian Cashmere "
                  "Producers' Association, and Richard Hawthorne, head of fibre sourcing at Glenmorie Knitwear Ltd., "
                  "a Scottish knitwear maker.")


def test_head_of_a_function_at_an_organization_keeps_the_function_in_the_role():
    x = run(ORDOS_KEYNOTES)
    assert the_post(x, "Richard Hawthorne", "head of fibre sourcing", "Glenmorie Knitwear Ltd.",
                    "post-apposition").endswith("head of fibre sourcing at Glenmorie Knitwear Ltd.")


# written for the test: the wording of European and American trade press
def test_one_word_town_after_took_place_in_and_a_name_after_an_opening_phrase():
    x = run("The Nordic Textile Sustainability Summit took place in Copenhagen on Monday.",
            "Speaking at the opening ceremony, Ingrid Holm, chief executive of the Danish Fashion Institute, said "
            "that recycling targets were within reach.")
    assert entity(x, "Copenhagen").kind == "Place"
    the_fact(x, "gk:heldIn", "Nordic Textile Sustainability Summit", "Copenhagen", "held-in")
    assert entity(x, "Ingrid Holm").kind == "Person"
    the_post(x, "Ingrid Holm", "chief executive", "Danish Fashion Institute", "post-apposition")


def test_day_ranges_with_a_dash_and_month_first():
    from kg.extract.rules import find_dates
    assert [d[2:] for d in find_dates("from 12-14 June 2025")] == [("2025-06-12", "2025-06-14")]
    assert [d[2:] for d in find_dates("on June 12–14, 2025")] == [("2025-06-12", "2025-06-14")]
    assert [d[2:] for d in find_dates("on 12 and 13 June 2025")] == [("2025-06-12", "2025-06-13")]
    assert find_dates("on 31 February 2025") == []  # no such day


def test_legal_forms_of_companies():
    x = run("The Nordic Textile Sustainability Summit took place in Copenhagen. Nordwear AB, Tessitura Rossi Srl and "
            "Denimco Pvt. Ltd. exhibited at the summit.")
    assert len(x.sentences) == 2
    for name in ("Nordwear AB", "Tessitura Rossi Srl", "Denimco Pvt. Ltd."):
        assert entity(x, name).cls == "Company", name


# fixture 106 (written blind to the rules), paragraphs 1, 2, 6 and 7
NAIROBI_LEAD = ("NAIROBI, June 14 -- The East Africa Textile and Apparel Sustainability Summit 2025 closed on Saturday "
                "after three days of debate on how the region's cotton-to-garment industry can meet the environmental "
                "demands of its export customers. The summit was held at the Kenyatta International Convention Centre "
                "(KICC) in Nairobi from 12-14 June 2025 under the theme \"Weaving Value Back Home\", and drew some 850 "
                "delegates from 23 countries.")
NAIROBI_AGENTS = ("The East African Textile and Apparel Council (EATAC) and Kenya's Ministry of Investments, Trade and "
                  "Industry co-hosted the event. It was organised by Nairobi-based Savanna Expo Group Ltd. in "
                  "partnership with the Export Processing Zones Authority (EPZA), with financial support from the "
                  "Nordic Fair Fibre Foundation, a Copenhagen-based grant-maker.")
NAIROBI_SUMMIT = "East Africa Textile and Apparel Sustainability Summit 2025"


def test_edition_year_after_the_head_venue_with_acronym_and_town():
    x = run(NAIROBI_LEAD)
    assert entity(x, NAIROBI_SUMMIT).kind == "Event"
    assert objects(x, "gk:heldIn", NAIROBI_SUMMIT) == {"Kenyatta International Convention Centre", "Nairobi"}
    assert objects(x, "gk:startDate", NAIROBI_SUMMIT) == {"2025-06-12"}
    assert objects(x, "gk:participantCount", NAIROBI_SUMMIT) == {850}


def test_co_hosted_in_partnership_with_and_financial_support():
    x = run(NAIROBI_LEAD, NAIROBI_AGENTS)
    assert objects(x, "gk:hostedBy", NAIROBI_SUMMIT) == {"East African Textile and Apparel Council",
                                                         "Kenya's Ministry of Investments, Trade and Industry"}
    assert objects(x, "gk:organizedBy", NAIROBI_SUMMIT) == {"Savanna Expo Group Ltd.",
                                                            "Export Processing Zones Authority"}
    assert objects(x, "gk:supportedBy", NAIROBI_SUMMIT) == {"Nordic Fair Fibre Foundation"}
    assert "Nairobi-based Savanna Expo Group Ltd." not in labels(x)


def test_posts_with_a_descriptor_before_the_organization_and_a_field():
    x = run(NAIROBI_LEAD, "The panel heard from Haruna Mwakyusa, managing director of Tanzanian spinner Kilimanjaro "
            "Cotton Mills Ltd.; and Dr. Wambui Njoroge, a senior lecturer in textile engineering at Moi University.")
    the_post(x, "Haruna Mwakyusa", "managing director", "Kilimanjaro Cotton Mills Ltd.", "post-apposition")
    the_post(x, "Wambui Njoroge", "senior lecturer in textile engineering", "Moi University", "post-apposition")


def test_who_heads_a_unit_of_an_organization_named_with_a_possessive():
    x = run(NAIROBI_LEAD, NAIROBI_AGENTS, "On the second day, Daniel Kiprotich, who heads EPZA's Investment Promotion "
            "Division, gave a presentation on the incentives open to textile investors.")
    unit = "EPZA's Investment Promotion Division"
    the_post(x, "Daniel Kiprotich", "head", unit, "post-who-heads")
    the_fact(x, "org:subOrganizationOf", unit, "Export Processing Zones Authority", "unit-of-organization")
    assert "Daniel Kiprotich" in objects(x, "gk:addressedBy", NAIROBI_SUMMIT)


# fixture 107 (written blind to the rules), paragraphs 1 and 6
def test_place_in_parentheses_inside_a_name_and_an_organization_before_a_role():
    x = run("On March 28, the 2025 China (Xintang) Denim Industry Cluster Development Forum was held at the Yuanzhou "
            "International Hotel in Xintang Town, Zengcheng District, Guangzhou.",
            "Guangzhou Blueway Apparel CEO Zhong Yiran then explained how her company built a quick-response supply "
            "chain.")
    assert entity(x, "2025 China (Xintang) Denim Industry Cluster Development Forum").kind == "Event"
    assert entity(x, "Yuanzhou International Hotel").cls == "Venue"
    the_post(x, "Zhong Yiran", "ceo", "Guangzhou Blueway Apparel", "post-prefix")


# fixture 108 (written blind to the rules), paragraphs 2, 3 and 8
def test_organization_known_by_its_apposition_and_a_company_form_ending_a_sentence():
    x = run("The Americas Apparel Sourcing Show 2025 opened on Wednesday at the Plaza Mayor convention centre and "
            "closes on Friday. By Thursday afternoon it had logged 14,200 registered trade visitors, according to "
            "Valeria Ospina, a spokeswoman for the organiser, Vertice Ferias S.A.S. Some 620 companies have stands.",
            "Vertice Ferias, a Medellin events firm, stages the show in partnership with ProColombia, the "
            "government's export promotion agency, and the Colombian Apparel Manufacturers Federation.")
    assert len(x.sentences) == 4
    assert entity(x, "Plaza Mayor").cls == "Venue"
    the_fact(x, "gk:heldIn", "Americas Apparel Sourcing Show 2025", "Plaza Mayor", "held-in")
    assert entity(x, "Vertice Ferias S.A.S.").cls == "Company"
    assert entity(x, "ProColombia").kind == "Organization"


def test_presided_by_one_who_acted_as_moderator():
    x = run('A seminar titled "Shorter Routes, Cleaner Fibres" was held on Thursday.',
            "Professor Diana Zuluaga of the Department of Textile Engineering of the Aburra Valley Polytechnic "
            "Institute acted as moderator.")
    f = find(x, "gk:presidedOverBy", obj="Diana Zuluaga", rule="presided-acted-as")
    assert len(f) == 1 and evidence(x, f[0]).endswith("acted as moderator")


# fixture 109 (written blind to the rules), paragraph 1
def test_participant_count_before_a_list_of_kinds_of_representative():
    x = run("On June 18, the 2025 China-ASEAN Textile and Apparel Industry Cooperation Conference was held at the "
            "Nanning International Convention and Exhibition Center in Nanning, Guangxi Zhuang Autonomous Region. "
            "Under the theme of \"Integrated Chains, Shared Prosperity\", the conference brought together more than "
            "600 government, business and association representatives from China and eight ASEAN countries.")
    f = the_fact(x, "gk:participantCount", "2025 China-ASEAN Textile and Apparel Industry Cooperation Conference", 600,
                 "participant-count")
    assert evidence(x, f) == "more than 600 government, business and association representatives"


# written for the test: "the federation" refers back only when one organization named before fits
def test_organization_reference_resolves_when_one_organization_fits():
    x = run("The show was held in Medellin, staged in partnership with the Colombian Apparel Manufacturers "
            "Federation.", "Andres Gaviria, who chairs the federation, told the same session that factories were busy.")
    the_post(x, "Andres Gaviria", "chairman", "Colombian Apparel Manufacturers Federation", "post-who-heads")
    y = run("The show was held in Medellin, staged in partnership with the Colombian Apparel Manufacturers "
            "Federation. A mission of the Canadian Apparel Federation toured the halls.",
            "Andres Gaviria, who chairs the federation, told the same session that factories were busy.")
    assert not find(y, "org:heldBy")


# written for the test, from generated-corpus wording that two of this session's rules first got wrong
def test_a_participle_after_part_of_y_is_about_y_and_capitalised_technology_ends_a_name():
    x = run("The 2025 Sichuan Cashmere Development Forum was held in Nanchong on 3 May 2025. The forum is part of "
            "the Shaanxi Cotton Textile Talent Cultivation Programme, launched by the Nanchong Municipal Bureau of "
            "Science and Technology last year.",
            "Henan Provincial Department of Science and Technology Deputy Director-General Wen Jianqing spoke.")
    the_fact(x, "gk:organizedBy", "Shaanxi Cotton Textile Talent Cultivation Programme",
             "Nanchong Municipal Bureau of Science and Technology", "organizedBy-passive")
    assert not find(x, "gk:organizedBy", "2025 Sichuan Cashmere Development Forum")
    assert posts(x) == {("Wen Jianqing", "deputy director-general",
                         "Henan Provincial Department of Science and Technology")}


# --- constructions of South Asian, US and European releases (written for the tests) ----------------

LEAD = "The Example Knitwear Summit 2025 was held in Example City on Monday."


def test_name_comma_role_comma_organization():
    # Indian trade-press style: no "of" between the role and the organization
    x = run(LEAD, "Mr. K. Ramanathan, President, Example Exporters Association, inaugurated the summit.")
    assert the_post(x, "K. Ramanathan", "president", "Example Exporters Association",
                    "post-comma-organization") == "⟨0⟩, President, Example Exporters Association".replace(
        "⟨0⟩", "K. Ramanathan")


def test_an_organization_without_a_head_noun_after_a_role():
    # "Acme Weaves" has no head noun: the slot after "Managing Director," says organization
    x = run(LEAD, "Rahul Verma, Managing Director, Acme Weaves, said exports would rise.")
    assert entity(x, "Acme Weaves").kind == "Organization"
    the_post(x, "Rahul Verma", "managing director", "Acme Weaves", "post-comma-organization")


def test_a_word_that_describes_the_organization_is_none():
    x = run(LEAD, "Jane Doe, managing director of Tanzanian spinner Example Cotton Mills, spoke.")
    assert "Tanzanian" not in labels(x)
    the_post(x, "Jane Doe", "managing director", "Example Cotton Mills", "post-apposition")


def test_role_then_name_after_a_comma_is_no_organization():
    x = run(LEAD, "ECC President, Kamal Silva said the council would grow.")
    assert "Kamal Silva" not in labels(x, "Organization")


def test_dash_and_parenthesis_posts():
    x = run(LEAD, "Priya Nair – Secretary, Example Exporters Association",
            "Anna van der Heide (Managing Director, Example Weaving Company) spoke at the summit.")
    the_post(x, "Priya Nair", "secretary", "Example Exporters Association", "post-dash-or-parenthesis")
    the_post(x, "Anna van der Heide", "managing director", "Example Weaving Company", "post-dash-or-parenthesis")


def test_list_lines_take_the_organization_of_their_heading():
    x = run(LEAD, "The newly elected office bearers of the Example Cotton Council are:",
            "• Chairman: Rahul Verma, Managing Director, Example Spinning Mills",
            "• Vice Chairman – Jane Doe",
            "• Treasurer: K. Ramanathan",
            "The summit was attended by 200 members.")
    the_post(x, "Rahul Verma", "chairman", "Example Cotton Council", "post-list-heading")
    the_post(x, "Jane Doe", "vice chairman", "Example Cotton Council", "post-list-heading")
    the_post(x, "K. Ramanathan", "treasurer", "Example Cotton Council", "post-list-heading")
    the_post(x, "Rahul Verma", "managing director", "Example Spinning Mills", "post-comma-organization")
    # after the list, a sentence no longer inherits the heading
    assert not find(x, "org:postIn", obj="Example Cotton Council", rule="post-list-heading") or all(
        f.evidence.sentence <= 5 for f in find(x, "org:postIn", rule="post-list-heading"))


def test_a_list_of_three_agents_without_heads():
    x = run("The Example Knitwear Summit 2025 was hosted by the Example Exporters Association, Acme Weaves and "
            "Blue River Mills in Example City.")
    assert objects(x, "gk:hostedBy", "Example Knitwear Summit 2025") == {
        "Example Exporters Association", "Acme Weaves", "Blue River Mills"}


def test_in_association_with_names_an_organizer():
    x = run(LEAD, "The summit was organised in association with the Example Exporters Association and Acme Weaves.")
    assert objects(x, "gk:organizedBy", "Example Knitwear Summit 2025") == {"Example Exporters Association", "Acme Weaves"}


def test_and_inside_a_complement_keeps_one_name():
    x = run(LEAD, "The summit was supported by the Example Bureau of Human Resources and Social Security.")
    assert objects(x, "gk:supportedBy", "Example Knitwear Summit 2025") == {
        "Example Bureau of Human Resources and Social Security"}


def test_titles_inside_a_chunk_start_a_name():
    x = run(LEAD, "The summit was attended by Minister of Trade Prof. Dr. Ayse Demir and 300 guests.")
    assert "Ayse Demir" in labels(x, "Person")
    assert not {"Trade", "Dr Ayse Demir", "Trade Prof"} & labels(x)


def test_said_at_the_event_is_speech_and_to_the_press_is_not():
    x = run(LEAD, "Rahul Verma, chairman of the Example Exporters Association, said exports would rise.",
            '"Costs are high," Jane Doe added.',
            "Priya Nair told reporters on the sidelines that orders were slow.")
    assert objects(x, "gk:addressedBy", "Example Knitwear Summit 2025") == {"Rahul Verma", "Jane Doe"}
    assert {f.evidence.rule for f in find(x, "gk:addressedBy")} == {"speech-said"}


def test_a_pronoun_speaker_is_the_person_of_the_sentence_before():
    x = run(LEAD, "Parliamentary Secretary for Commerce Imran Example Khan was the chief guest.",
            "In his address, he said the government would help exporters.")
    assert objects(x, "gk:addressedBy", "Example Knitwear Summit 2025") == {"Imran Example Khan"}
    assert {f.evidence.rule for f in find(x, "gk:addressedBy")} == {"speech-pronoun"}


def test_a_family_name_alone_refers_to_the_person_named_before():
    x = run(LEAD, 'Rahul Verma, chairman of the Example Exporters Association, opened the summit.',
            '"Orders are back," said Verma.')
    assert "Verma" in entity(x, "Rahul Verma").alt_labels
    assert objects(x, "gk:addressedBy", "Example Knitwear Summit 2025") == {"Rahul Verma"}


def test_a_speech_is_at_the_event_it_names_not_the_one_it_is_about():
    x = run(LEAD, "Speaking on the occasion, Jane Doe, director general of the Example Trade Agency, said the "
                  "agency would lead a delegation to the Example Textile Week 2026.",
            "Jane Roe and Ravi Kumar spoke at the Example Design Seminar.")
    assert objects(x, "gk:addressedBy", "Example Knitwear Summit 2025") == {"Jane Doe"}
    assert objects(x, "gk:addressedBy", "Example Design Seminar") == {"Jane Roe", "Ravi Kumar"}


def test_a_list_heading_without_an_organization_takes_the_one_before():
    x = run(LEAD, "Members elected new officers to lead the Example Cotton Council. The newly elected officers are:",
            "• Chair: Rahul Verma, President, Example Spinning Mills")
    the_post(x, "Rahul Verma", "chair", "Example Cotton Council", "post-list-heading")


# --- where and whose the main event is (written for the tests) ----------------------------------------

def test_an_organization_holding_its_own_event_organizes_it_and_the_street_is_no_part_of_the_venue():
    x = run("TOWNVILLE: The Example Knitters' Association (EKA) held its 32nd Annual General Meeting at the "
            "Example Convention Hall on Example Road, Townville, on 23 August 2025.")
    ev = "32nd Annual General Meeting"
    assert objects(x, "gk:organizedBy", ev) == {"Example Knitters' Association"}
    assert objects(x, "gk:heldIn", ev) == {"Example Convention Hall", "Townville"}
    assert {f.evidence.rule for f in find(x, "gk:organizedBy")} == {"organizedBy-own-event"}


@pytest.mark.parametrize("dateline", ["TOWNVILLE: ", "Townville, 9 October 2025 – ", "TOWNVILLE, N.C. (Oct. 16, 2025) – "])
def test_the_dateline_tells_where_the_main_event_was(dateline):
    x = run("Headline of the report", dateline + "The Example Cotton Forum opened with 300 delegates.")
    the_fact(x, "gk:heldIn", "Example Cotton Forum", "TOWNVILLE" if dateline.isupper() or "N.C." in dateline
             else "Townville", "dateline")


def test_a_dateline_gives_way_to_the_town_the_text_names():
    x = run("Headline of the report", "TOWNVILLE: The Example Cotton Forum was held in Otherton on Monday.")
    assert objects(x, "gk:heldIn", "Example Cotton Forum") == {"Otherton"}


def test_an_event_named_without_a_head_noun_by_its_apposition():
    x = run("Headline of the report",
            "The Example Association announced the speakers for Wool Horizons 2025, its ninth annual conference, "
            "which takes place on 16 October at the Example Conference Centre in Townville.",
            "Making this the largest edition since the conference was launched in 2017, 260 delegates registered.")
    assert entity(x, "Wool Horizons 2025").kind == "Event"
    assert objects(x, "gk:heldIn", "Wool Horizons 2025") == {"Example Conference Centre", "Townville"}
    assert not any(label.startswith("Making") for label in labels(x))


def test_a_list_of_role_name_pairs_after_the_first_post_keeps_its_organization():
    x = run(LEAD, "They include president of the Example Textile Association (India) Ashok Pillai, vice president "
                  "Ravi Kumar, chairman V. P. Gupta and treasurer Anil Joshi.")
    the_post(x, "Ashok Pillai", "president", "Example Textile Association", "post-role-of-org-name")
    for name, role in (("Ravi Kumar", "vice president"), ("V. P. Gupta", "chairman"), ("Anil Joshi", "treasurer")):
        the_post(x, name, role, "Example Textile Association", "post-role-chain")


def test_organization_role_dash_name():
    x = run(LEAD, "Example Commercial Bank Chief Operating Officer – Sunil Gamage was also present.")
    the_post(x, "Sunil Gamage", "chief operating officer", "Example Commercial Bank", "post-prefix")


def test_an_acronym_after_a_role_is_the_organization():
    x = run(LEAD, "Dr. Ramesh K S, Chairman, ETAI, opened the summit.")
    the_post(x, "Ramesh K S", "chairman", "ETAI", "post-comma-organization")


def test_a_head_noun_alone_names_no_organization():
    x = run(LEAD, "Office bearers and Committee members attended the summit.")
    assert not labels(x, "Organization")


def test_company_words_of_other_languages_make_no_person():
    x = run(LEAD, "Emre Demir, head of R&D at Deniz Example Tekstil, said orders rose.")
    assert "Deniz Example Tekstil" not in labels(x, "Person")


def test_gatherings_named_in_many_englishes_are_events_and_an_agency_dateline_is_a_dateline():
    x = run("Headline of the report",
            "TOWNVILLE (AP) — Union leaders met on Tuesday. The meeting, billed as the 2025 Example Safety "
            "Roundtable, drew about 110 people.")
    assert x.main_event.label == "2025 Example Safety Roundtable"
    the_fact(x, "gk:heldIn", "2025 Example Safety Roundtable", "TOWNVILLE", "dateline")


def test_a_programme_head_in_an_agent_slot_names_an_organization():
    x = run("The Example Cotton Summit 2025 opened in Example City.",
            "The event, which was organised by the Example Cotton Development Initiative (ECDI) in partnership "
            "with the Example Ginners Association, was supported by the Example Bank.")
    assert entity(x, "Example Cotton Development Initiative").kind == "Organization"
    assert objects(x, "gk:organizedBy", "Example Cotton Summit 2025") == {
        "Example Cotton Development Initiative", "Example Ginners Association"}


@pytest.mark.parametrize("company", ["Example Trade Fairs Sdn Bhd", "Example Feiras Ltda.", "Example Wool Pty Ltd",
                                     "Example Cotton JSC", "Example Tekstil A.Ş."])
def test_legal_forms_of_many_countries(company):
    x = run(LEAD, f"The summit was organised by {company} in Example City.")
    assert entity(x, company).cls == "Company"


def test_speaker_lists_opening_and_reporting_verbs_are_speech():
    x = run(LEAD, "Among the speakers: Jane Doe (Example Mills), Ravi Kumar (Example Exporters Association) "
                  "and Anna van der Heide.",
            "Example Council Chair Rahul Verma opened the summit.",
            "The Chairperson of the Example Cluster Association, Maria Santos, informed the participants "
            "that clusters had grown.")
    assert objects(x, "gk:addressedBy", "Example Knitwear Summit 2025") == {
        "Jane Doe", "Ravi Kumar", "Anna van der Heide", "Rahul Verma", "Maria Santos"}


def test_general_after_the_head_is_part_of_the_role():
    x = run(LEAD, "EEA Secretary General Claire Fontenay outlined the plan.",
            "The Example Exporters Association (EEA) hosted the summit.")
    assert "Claire Fontenay" in labels(x, "Person") and "General Claire Fontenay" not in labels(x)
    the_post(x, "Claire Fontenay", "secretary general", "Example Exporters Association", "post-prefix")


# --- themes, list separators, heads and branded events (invented names) ----------------------

@pytest.mark.parametrize("sentence, theme", [
    ("The Tarvik Denim Week 2025 opened in Tarvik under the motto \"Threads of Tomorrow\".", "Threads of Tomorrow"),
    ("The Tarvik Denim Week 2025 opened in Tarvik. The theme of this year's meet was \"Cotton Forward\".",
     "Cotton Forward"),
    ("The Tarvik Denim Week 2025, titled \"Weaving Resilience\", opened in Tarvik.", "Weaving Resilience"),
    ("The Tarvik Denim Week 2025 opened in Tarvik. \"Dye Less, Design More\" was chosen as its theme.",
     "Dye Less, Design More"),
])
def test_a_theme_motto_or_title_in_any_of_its_constructions(sentence, theme):
    x = run(sentence)
    the_fact(x, "gk:theme", "Tarvik Denim Week 2025", theme, "theme")


def test_a_word_theme_without_quotes_is_no_theme():
    x = run("The Tarvik Denim Week 2025 opened in Tarvik. Its theme reflected the mood of the sector.")
    assert find(x, "gk:theme") == []


@pytest.mark.parametrize("joined", ["along with", ", along with", "together with"])
def test_along_with_joins_the_items_of_an_agent_list(joined):
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            f"It was organised by the Kelvara Spinners Association{'' if joined[0] == ',' else ' '}{joined} the "
            "Dunmore Export Board and the Tarvik Chamber of Commerce.")
    assert objects(x, "gk:organizedBy", "Kelvara Yarn Forum 2026") == {
        "Kelvara Spinners Association", "Dunmore Export Board", "Tarvik Chamber of Commerce"}


def test_a_list_whose_later_items_take_the_is_not_read_as_an_apposition():
    # ", the X Cooperative and the Y" is two items, not a description of the first
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "It was sponsored by Orlan Holdings, the Tarvik Garment Cooperative and the Kelvara Labour Inspectorate.")
    assert objects(x, "gk:hostedBy", "Kelvara Yarn Forum 2026") == {
        "Orlan Holdings", "Tarvik Garment Cooperative", "Kelvara Labour Inspectorate"}


def test_an_apposition_between_list_items_is_still_left_out():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "It was organised by the Kelvara Spinners Association, a body of 40 mills, and the Tarvik "
            "Chamber of Commerce.")
    assert objects(x, "gk:organizedBy", "Kelvara Yarn Forum 2026") == {
        "Kelvara Spinners Association", "Tarvik Chamber of Commerce"}


@pytest.mark.parametrize("name, cls", [
    ("Dunmore Weavers' Guild", "IndustryAssociation"), ("Tarvik Garment Cooperative", "IndustryAssociation"),
    ("Kelvara Textile Confederation", "IndustryAssociation"), ("Dunmore Export Board", "Organization"),
    ("Kelvara Labour Inspectorate", "GovernmentAgency"), ("Orlan Holdings", "Company"),
    ("Brevik Tekstil s.r.o.", "Company"), ("Brevik Textil Kft.", "Company"), ("Brevik Tekstil d.o.o.", "Company"),
    ("Brevik Tekstylia Sp. z o.o.", "Company"), ("Brevik Textil a.s.", "Company"),
    ("Brevik Mode e.V.", "IndustryAssociation"),
])
def test_heads_of_guilds_boards_inspectorates_and_firms(name, cls):
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.", f"It was sponsored by {name} this year.")
    assert entity(x, name).cls == cls
    assert objects(x, "gk:hostedBy", "Kelvara Yarn Forum 2026") == {name}


def test_an_industries_name_of_a_meeting_is_not_cut_into_organizations():
    x = run("The 3rd National Meeting of Textile and Leather Industries was held in Dunmore.",
            "It was organised by the Kelvara Association of Textile, Clothing and Leather Industries (KATCLI).")
    assert labels(x, "Organization") == {"Kelvara Association of Textile, Clothing and Leather Industries"}


def test_two_organizations_joined_by_and_in_one_chunk_are_two():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "Brevik Textiles Ltd and the Dunmore Weavers' Guild signed an agreement at the forum.")
    assert {"Brevik Textiles Ltd", "Dunmore Weavers' Guild"} <= labels(x, "Organization")


def test_a_brand_with_an_edition_year_is_an_event_and_so_is_the_brand_alone():
    x = run("Loomex Valley 2025 opened in Tarvik on Monday with 300 exhibitors.",
            "Loomex Valley will return next year, in line with the Vision 2030 plan.")
    event = entity(x, "Loomex Valley 2025")
    assert event.kind == "Event" and {"name-with-year", "name-without-year"} <= mention_rules(event)
    assert "Vision 2030" not in labels(x, "Event")
    the_fact(x, "gk:heldIn", "Loomex Valley 2025", "Tarvik", "held-in")


def test_an_opening_quote_after_a_full_stop_starts_the_next_sentence():
    from kg.extract.nlp import sentences

    text = ('The Tarvik Denim Week 2025 opened in Tarvik. "Dye Less" was chosen as its theme. She said "go." '
            'Then the award went to Harold W. “Hal” Brenner Sr. on Monday.')
    assert [text[a:b] for a, b in sentences(text)] == [
        "The Tarvik Denim Week 2025 opened in Tarvik.", '"Dye Less" was chosen as its theme.', 'She said "go."',
        "Then the award went to Harold W. “Hal” Brenner Sr. on Monday."]


def test_a_training_given_on_dates_is_the_event_and_the_training_refers_back():
    x = run("TARVIK, Nov 11: Forty weavers have completed a five-day training on occupational safety.",
            "The training, organised by the Kelvara Weavers Association, concluded in Tarvik on Monday.")
    assert objects(x, "gk:organizedBy") == {"Kelvara Weavers Association"}
    (organized,) = find(x, "gk:organizedBy")
    assert organized.subject.kind == "Event" and "training" in organized.subject.label


def test_that_after_a_verb_of_saying_points_at_no_event():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "Brevik Orlan, President of the Kelvara Weavers Association, added that training had to go with decent pay.")
    assert not any(m.anaphor and "training" in m.text for s in x.sentences for m in s.mentions)


def test_a_company_name_ends_at_its_legal_form_and_a_place_before_and_is_no_part_of_it():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "Three buyers, Orvane Outfitters Inc. of the United States, Vêtements Orlan inc. and Selwick "
            "Apparel Ltd of the United Kingdom, sponsored the forum.")
    assert {"Orvane Outfitters Inc.", "Vêtements Orlan inc.", "Selwick Apparel Ltd"} <= labels(x, "Organization")
    assert not any(" of the " in name or " and " in name for name in labels(x, "Organization"))


def test_officers_listed_under_a_heading_that_names_no_organization_serve_the_one_the_article_is_about():
    x = run("Tarvik Knitters Guild elects new chair",
            "DUNMORE – Members of the Tarvik Knitters Guild (TKG) met in Dunmore for the guild's annual meeting.",
            "The Tarvik Knitters Guild reported that membership had grown to 80 mills.",
            "TKG said the year had been hard for small mills.",
            "The year had been hard for small mills.",
            "Members elected the following officers:",
            "- Chair: Orla Brennick, Brennick Yarns Ltd.",
            "- Treasurer: Tomas Kveld, Kveld Mills")
    assert ("Orla Brennick", "chair", "Tarvik Knitters Guild") in posts(x)
    assert ("Tomas Kveld", "treasurer", "Tarvik Knitters Guild") in posts(x)


def test_a_theme_that_contains_a_name_keeps_the_name_not_its_mask():
    x = run("The Tarvik Denim Week 2025 opened in Tarvik with a talk show titled \"From Kelvara Workshop to "
            "World Market\".")
    assert objects(x, "gk:theme") == {"From Kelvara Workshop to World Market"}


@pytest.mark.parametrize("title", ["Bapak", "Ibu", "Pak", "Khun"])
def test_titles_of_address_of_many_countries_are_no_part_of_the_name(title):
    x = run(LEAD, f"{title} Wirasta Kelvandi, chairman of the Example Weavers Association, opened the summit.")
    assert "Wirasta Kelvandi" in labels(x, "Person")
    assert not any(name.startswith(title) for name in labels(x))


# --- sessions, launches and fairs named head first --------------------------------------------


def test_a_panel_named_by_its_title_is_a_session_of_the_main_event_with_its_own_moderator_and_speakers():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore on 3 March.",
            "The liveliest session was a panel discussion titled \"Who Pays for Clean Dye?\", moderated by "
            "Dr. Orla Brennick, featured Tomas Kveld, director of Kveld Mills; Anika Selwyn, CEO of "
            "Selwyn Threads Ltd; and Joris Falk.")
    panel = "Who Pays for Clean Dye?"
    assert entity(x, panel).kind == "Event"
    assert evidence(x, the_fact(x, "gk:partOf", panel, "Kelvara Yarn Forum 2026", "session-part-of")) == panel
    the_fact(x, "gk:presidedOverBy", panel, "Orla Brennick", "presided-passive")
    assert objects(x, "gk:addressedBy", panel) == {"Tomas Kveld", "Anika Selwyn", "Joris Falk"}
    assert x.main_event.label == "Kelvara Yarn Forum 2026"


def test_a_session_named_by_its_subject_and_a_later_reference_to_it():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "A workshop on dye-house safety, chaired by Orla Brennick, featured Tomas Kveld and Anika Selwyn.",
            "The workshop was moderated by Joris Falk.")
    ws = "workshop on dye-house safety"
    assert entity(x, ws).kind == "Event"
    the_fact(x, "gk:partOf", ws, "Kelvara Yarn Forum 2026", "session-part-of")
    assert objects(x, "gk:addressedBy", ws) == {"Tomas Kveld", "Anika Selwyn"}
    assert objects(x, "gk:presidedOverBy", ws) == {"Orla Brennick", "Joris Falk"}


def test_a_report_of_one_workshop_named_by_its_subject_makes_it_the_main_event():
    x = run("A workshop on dye-house safety was held in Dunmore on 3 March, organised by the Kelvara Dyers Guild.")
    assert x.main_event is not None and x.main_event.label == "workshop on dye-house safety"
    assert objects(x, "gk:organizedBy", "workshop on dye-house safety") == {"Kelvara Dyers Guild"}


def test_the_launch_of_a_programme_is_the_event_of_a_report_that_names_no_other():
    x = run("The Kelvara Weavers Council today launched the Tarvik Skills and Safety Programme at the Orlan "
            "Convention Centre in Dunmore.",
            "The launch, held under the theme \"Safe Looms\", brought together 200 weavers.")
    launch = "launch of Tarvik Skills and Safety Programme"
    assert x.main_event is not None and x.main_event.label == launch
    assert entity(x, "Tarvik Skills and Safety Programme").kind == "Programme"
    assert objects(x, "gk:theme", launch) == {"Safe Looms"}


def test_a_name_with_a_year_that_is_launched_or_called_a_programme_is_a_programme():
    x = run("The Kelvara Ministry of Trade today launched the Tarvik Go Export 2026 programme in Dunmore.",
            "Tarvik Go Export will train 40 small weavers.")
    assert entity(x, "Tarvik Go Export 2026").kind == "Programme"
    assert entity(x, "Tarvik Go Export").kind == "Programme"
    assert x.main_event is not None and x.main_event.label == "launch of Tarvik Go Export 2026"


@pytest.mark.parametrize("name", ["Expo Tarvik Valle 2026", "Feria Orlan de Moda", "Salon Kelvara"])
def test_a_fair_named_head_first(name):
    x = run(f"{name} was organized by Grupo Brennick in Dunmore.")
    assert entity(x, name).kind == "Event"
    assert objects(x, "gk:organizedBy", name) == {"Grupo Brennick"}


def test_a_name_before_a_possessive_role_is_a_person():
    x = run(LEAD, "Tola Vannak, Kelvara's Minister of Labour and Vocational Training, said wages would rise.")
    assert "Tola Vannak" in labels(x, "Person")


def test_a_minister_of_a_portfolio_holds_a_post_in_that_ministry_when_the_article_names_it():
    x = run(LEAD, "Deputy Minister of Trade Orla Brennick told guests that exports had grown.",
            "Tola Vannak, Kelvara's Minister of Labour and Vocational Training, said wages would rise.",
            "The Ministry of Trade of Kelvara and the Ministry of Labour and Vocational Training supported the summit.")
    assert ("Orla Brennick", "deputy minister", "Ministry of Trade of Kelvara") in posts(x)
    assert ("Tola Vannak", "minister", "Ministry of Labour and Vocational Training") in posts(x)


def test_a_minister_of_a_portfolio_whose_ministry_the_article_does_not_name_holds_no_post():
    x = run(LEAD, "Deputy Minister of Fisheries Orla Brennick told guests that exports had grown.")
    assert not posts(x)


def test_chief_before_a_name_is_a_title_and_before_a_role_word_part_of_the_role():
    x = run(LEAD, "Also speaking, the National President of the Kelvara Cotton Growers Association, "
            "Chief Emmanuel Okafor, urged the government to act.",
            "Chief Executive Officer Anna Brennick of Tarvik Mills Ltd spoke.")
    assert ("Emmanuel Okafor", "national president", "Kelvara Cotton Growers Association") in posts(x)
    assert ("Anna Brennick", "chief executive officer", "Tarvik Mills Ltd") in posts(x)
    assert not any(role == "chief" for _, role, _ in posts(x))


def test_an_acronym_with_letters_beyond_ascii_is_bound_to_its_name():
    x = run(LEAD, "The Kelvara Denim Makers Association (KÜDSAD) joined the summit.",
            "Ahmet Şenol (Chairman, KÜDSAD) said mills had invested.")
    assert ("Ahmet Şenol", "chairman", "Kelvara Denim Makers Association") in posts(x)


def test_an_event_takes_one_start_and_one_end_the_first_range_before_a_single_date():
    x = run("DUNMORE — September 25, 2026 — The Kelvara Fibre Congress 2026 was held from September 11 – "
            "September 13, 2026 in Dunmore.",
            "From September 11-12, 2026 the Kelvara Start-up Days were held in Dunmore too, from 9 am.")
    event = "Kelvara Fibre Congress 2026"
    assert objects(x, "gk:startDate", event) == {"2026-09-11"}
    assert objects(x, "gk:endDate", event) == {"2026-09-13"}


def test_an_event_dated_by_a_single_date_then_a_range_keeps_the_range():
    x = run("The Kelvara Fibre Congress 2026 opened on 25 March 2026 in Dunmore.",
            "The congress was held from 24 to 26 March 2026.")
    event = "Kelvara Fibre Congress 2026"
    assert objects(x, "gk:startDate", event) == {"2026-03-24"}
    assert objects(x, "gk:endDate", event) == {"2026-03-26"}


def test_the_dates_of_the_next_edition_are_not_the_events():
    x = run("Dunmore, 25 March 2026 – The Kelvara Fibre Fair 2026 opened on 25 March 2026 in Dunmore.",
            "The next edition of the fair will take place from 9 to 12 March 2028.")
    assert objects(x, "gk:startDate", "Kelvara Fibre Fair 2026") == {"2026-03-25"}
    assert not find(x, "gk:endDate")


def test_a_press_conference_and_an_awards_ceremony_are_side_events_part_of_the_main_event():
    x = run("The Kelvara Yarn Fair 2026 was held in Dunmore.",
            "At the opening press conference, Orla Brennick, president of the Kelvara Spinners Association, said "
            "exports had grown.",
            "The fair closed with the awards ceremony, at which Tomas Kveld handed out the prizes.")
    fair = "Kelvara Yarn Fair 2026"
    the_fact(x, "gk:partOf", "press conference", fair, "session-part-of")
    the_fact(x, "gk:partOf", "awards ceremony", fair, "session-part-of")
    assert objects(x, "gk:addressedBy", "press conference") == {"Orla Brennick"}
    assert "Orla Brennick" not in objects(x, "gk:addressedBy", fair)  # a press conference is no opening


def test_a_speaker_at_the_opening_ceremony_addresses_the_main_event_too():
    x = run("The Kelvara Yarn Fair 2026 was held in Dunmore.",
            "At the opening ceremony, Orla Brennick delivered a speech.")
    the_fact(x, "gk:addressedBy", "opening ceremony", "Orla Brennick", "speech")
    the_fact(x, "gk:addressedBy", "Kelvara Yarn Fair 2026", "Orla Brennick", "speech-at-opening")


def test_a_reference_of_two_words_to_the_main_event_is_a_name_it_goes_by():
    x = run("The Kelvara Weavers Council today launched the Tarvik Skills Programme in Dunmore.",
            "The launch ceremony was attended by 200 weavers.")
    assert "launch ceremony" in entity(x, "launch of Tarvik Skills Programme").alt_labels


def test_a_numbered_gathering_in_lower_case_is_an_event_of_the_body_it_is_of():
    x = run("DUNMORE: The assurance was given at the 64th annual general meeting of the Kelvara Spinners "
            "Association held on Friday.")
    assert x.main_event is not None and x.main_event.label == "64th annual general meeting"
    the_fact(x, "gk:organizedBy", "64th annual general meeting", "Kelvara Spinners Association", "event-of-organization")


def test_a_month_after_an_event_name_starts_its_date_and_is_no_part_of_the_name():
    x = run("The Kelvara Weavers Council held its 14th Annual Meeting March 21-23 in Dunmore.")
    assert "14th Annual Meeting" in labels(x, "Event")
    the_fact(x, "gk:organizedBy", "14th Annual Meeting", "Kelvara Weavers Council", "organizedBy-own-event")


def test_a_side_event_of_a_named_event_is_part_of_it_and_a_session_of_a_body_is_not_its_event():
    x = run("The opening ceremony of the Kelvara Expo 2026 drew crowds.",
            "A session of the Tarvik Council of Ministers approved the budget.")
    the_fact(x, "gk:partOf", "opening ceremony", "Kelvara Expo 2026", "event-of-event")
    assert not find(x, "gk:organizedBy", obj="Tarvik Council of Ministers")


def test_an_honorific_without_a_full_stop_starts_a_name_at_the_start_of_a_sentence():
    x = run(LEAD, "Mr Tarek Selwandi attended the summit.")
    assert "Tarek Selwandi" in labels(x, "Person")


def test_names_listed_beside_a_person_are_people_however_unknown_their_words():
    x = run(LEAD, "Dr Tarek Selwandi, Ravindu Okonkwe Tallis and Quarim Zolotanu attended the summit, with "
            "Kelvara Tecnologia Têxtil and Economic Counsellor Orla Brennick.")
    assert {"Tarek Selwandi", "Ravindu Okonkwe Tallis", "Quarim Zolotanu"} <= labels(x, "Person")
    assert not {"Kelvara Tecnologia Têxtil", "Economic Counsellor"} & labels(x, "Person")


@pytest.mark.parametrize("name,cls", [("Tecelagem Vale do Ave", "Company"),
                                      ("Centro Tecnológico Têxtil do Minho", "ResearchInstitute"),
                                      ("Cámara Regional de la Industria del Vestido del Orlan", "IndustryAssociation")])
def test_an_organization_named_head_first_in_a_romance_language(name, cls):
    x = run(LEAD, f"The {name} joined the summit." if not name.startswith("Tecelagem") else f"{name} joined the summit.")
    assert entity(x, name).kind == "Organization" and entity(x, name).cls == cls


def test_every_class_the_lexicons_give_an_organization_is_in_the_ontology():
    from rdflib import Graph, RDF, OWL
    from kg.extract import lexicon as lx
    from kg.resources import ontology_dir
    g = Graph()
    for path in ontology_dir().glob("*.ttl"):
        g.parse(path)
    classes = {str(c).rsplit("#", 1)[-1] for c in g.subjects(RDF.type, OWL.Class)}
    given = set(lx.HEAD_FIRST_ORGS.values()) | {c for c in lx.ORG_HEADS.values() if c}
    assert given <= classes, given - classes
    from kg.vocab import GK
    assert all(c in GK for c in given), [c for c in given if c not in GK]  # (what kg.rdf writes them with)


def test_an_article_naming_a_union_head_first_builds():
    from kg.article import Article
    from kg.build import build_article
    text = "Congress in Orlan\n\nThe Sindicato Textil de Orlan attended the Orlan Textile Congress on 3 May 2025."
    r = build_article(Article(id="union", text=text), check=False)
    assert any("TradeUnion" in line for line in r.lines)


@pytest.mark.parametrize("verb,pred", [("implemented", "gk:organizedBy"), ("coordinated", "gk:organizedBy"),
                                       ("co-financed", "gk:supportedBy"), ("financed", "gk:supportedBy")])
def test_a_programme_implemented_or_financed_by_an_organization(verb, pred):
    x = run(LEAD, f"The Tarvik Skills Programme is {verb} by the Kelvara Weavers Council.")
    assert objects(x, pred, "Tarvik Skills Programme") == {"Kelvara Weavers Council"}


def test_a_delegation_led_by_someone_organizes_nothing():
    x = run(LEAD, "A delegation of the Kelvara Weavers Council led by Orla Brennick attended the summit.")
    assert not find(x, "gk:organizedBy")


def test_a_union_and_its_officers_named_with_titles_of_address():
    x = run("The Kelvara Textile Workers Union (KTWU) signed the agreement in Dunmore.",
            "\"It was won by workers,\" said KTWU General Secretary Comrade Sipho Ndlovane.",
            "The union's President, Ms. Fatima Adamsby, said the union had listened.",
            "Orla Brennick, who leads the union's research staff, was there.")
    union = "Kelvara Textile Workers Union"
    assert ("Sipho Ndlovane", "general secretary", union) in posts(x)
    assert ("Fatima Adamsby", "president", union) in posts(x)
    assert not any(holder == "Orla Brennick" for holder, _, _ in posts(x))  # she leads its staff, not the union


def test_a_reference_that_shares_no_word_with_the_event_is_no_name_of_it():
    x = run("The Kelvara Light Industry Business Forum 2026 was held in Dunmore.",
            "Twelve agreements were signed at the signing ceremony.")
    assert "signing ceremony" not in entity(x, "Kelvara Light Industry Business Forum 2026").alt_labels


def test_a_list_of_speakers_after_the_sentence_that_named_the_session_is_its_speakers():
    x = run("The Kelvara Yarn Forum 2026 was held in Dunmore.",
            "A panel discussion titled \"Who Pays for Clean Dye?\" was moderated by Orla Brennick.",
            "Among the speakers were Tomas Kveld (Kveld Mills) and Anika Selwyn.",
            "Joris Falk said the forum had been a success.")
    panel = "Who Pays for Clean Dye?"
    assert objects(x, "gk:addressedBy", panel) == {"Tomas Kveld", "Anika Selwyn"}
    assert "Joris Falk" in objects(x, "gk:addressedBy", "Kelvara Yarn Forum 2026")


# --- lists under a heading, lower-case titles, datelines (written for the tests) -------------


def test_the_lines_of_a_list_take_the_relation_its_heading_names():
    x = run("The Orvale Fibre Symposium 2026 was held in Tarnvik on 4 May 2026.",
            "Keynote lectures were given by:",
            "– Prof. Dr. Halvard Ostrem (Tarnvik Textile Institute) – \"Wool after oil\";",
            "– Dr. Ines Marvolt, Senior Scientist at the Velden Fibre Centre – \"Cellulose at scale\";",
            "The second session was moderated by Petra Lindqvist.",
            "The panel consisted of:",
            "– Oskar Brandel, General Secretary, Nordfabric Union",
            "– Ms. Yara Selbeck, Head of Sourcing, Kestrel Apparel AB",
            "Participants included representatives of:",
            "• mills, among them Aldmoor Spinning AB and Reyn Weaving Oy;",
            "• two unions.",
            "Sponsors:",
            "• Velden Textile Bank",
            "The symposium closed with a dinner.")
    event = "Orvale Fibre Symposium 2026"
    assert {"Halvard Ostrem", "Ines Marvolt"} <= objects(x, "gk:addressedBy", event)
    assert objects(x, "gk:addressedBy", "second session") == {"Oskar Brandel", "Yara Selbeck"}
    assert {"Aldmoor Spinning AB", "Reyn Weaving Oy"} <= objects(x, "gk:attendedBy", event)
    assert "Velden Textile Bank" in objects(x, "gk:supportedBy", event)
    fact = the_fact(x, "gk:addressedBy", "second session", "Oskar Brandel", "list-under-heading")
    assert evidence(x, fact) == "Oskar Brandel"
    assert not find(x, "gk:addressedBy", event, "Oskar Brandel")


def test_a_list_whose_heading_names_no_relation_gives_nothing():
    x = run("The Orvale Fibre Symposium 2026 was held in Tarnvik.",
            "Participants agreed to:",
            "• set up a working group with Aldmoor Spinning AB;",
            "• meet again in 2027.")
    assert not find(x, "gk:attendedBy", rule="list-under-heading")


@pytest.mark.parametrize("titles", ["prof. dr.", "assoc. prof. dr.", "dr. ir.", "ir."])
def test_a_name_after_titles_in_lower_case_is_a_person(titles):
    x = run("The Orvale Fibre Symposium 2026 was held in Tarnvik.",
            f"The symposium was opened by Rector {titles} Vaidas Kelmeris, who welcomed 90 guests.")
    assert "Vaidas Kelmeris" in objects(x, "gk:addressedBy", "Orvale Fibre Symposium 2026")


@pytest.mark.parametrize("dateline", ["TARNVIK – The", "Tarnvik, 12 August 2026\nThe"])
def test_a_dateline_in_capitals_or_on_its_own_line_places_and_dates_the_event(dateline):
    x = run("Wool makers meet", f"{dateline} Orvale Wool Roundtable brought together 40 mill owners.")
    assert objects(x, "gk:heldIn", "Orvale Wool Roundtable") == {dateline.split()[0].rstrip(",")}
    if "2026" in dateline:
        assert the_fact(x, "gk:year", "Orvale Wool Roundtable", "2026", "dateline-year")


def test_a_heading_in_capitals_is_no_dateline():
    x = run("MEDIA STATEMENT – FOR IMMEDIATE RELEASE",
            "The Orvale Wool Roundtable was held in Tarnvik on 3 March 2026.")
    assert objects(x, "gk:heldIn", "Orvale Wool Roundtable") == {"Tarnvik"}


def test_names_written_family_name_first_with_a_comma_in_a_filing():
    x = run("Kessan Fibre elects its board",
            "Kessan Fibre Co., Ltd. held its 2026 Annual General Meeting in Tarnvik.",
            "The meeting was chaired by Chairman Lim Wei-Ting, and shareholders elected seven directors.",
            "Newly elected directors:",
            "– Director: Lim, Wei-Ting (Chairman, Kessan Fibre Co., Ltd.)",
            "– Director: Tamsu Investment Co., Ltd.; Representative: Kuo, Ming-Hsiu",
            "– Independent Director: Sato, Kenji (Partner, Orchard Lane CPA Firm)",
            "Independent Director Sato Kenji will chair its Audit Committee.",
            "In Taipei, Wen-Chieh Road was closed.")
    people = {e.label for e in x.entities if e.kind == "Person"}
    assert {"Kuo, Ming-Hsiu", "Sato, Kenji"} <= people and "Taipei, Wen-Chieh" not in people
    assert len([p for p in people if "Wei-Ting" in p]) == 1  # "Lim Wei-Ting" and "Lim, Wei-Ting" are one
    org = "Kessan Fibre Co., Ltd."
    assert ("Kuo, Ming-Hsiu", "director", org) in posts(x)
    assert ("Sato, Kenji", "independent director", org) in posts(x)
    assert ("Sato, Kenji", "partner", "Orchard Lane CPA Firm") in posts(x)


@pytest.mark.parametrize("verb, also", [("sponsored", "gk:supportedBy"), ("convened", "gk:organizedBy")])
def test_a_sponsor_also_supports_and_who_convenes_also_organizes(verb, also):
    x = run(f"The Orvale Wool Roundtable 2026 was {verb} by the Tarnvik Wool Board.")
    assert "Tarnvik Wool Board" in objects(x, "gk:hostedBy", "Orvale Wool Roundtable 2026")
    assert "Tarnvik Wool Board" in objects(x, also, "Orvale Wool Roundtable 2026")


def test_two_editions_named_by_their_years_are_two_events_and_a_quoted_name_is_the_event_s():
    x = run("On 25 September, the 11th International Symposium \"Orvale Fibres 2026\" took place in Tarnvik.",
            "The next symposium, \"Orvale Fibres 2028\", will be hosted by the Velden Textile Institute.")
    events = {e.label: e for e in x.entities if e.kind == "Event"}
    assert "Orvale Fibres 2028" in events
    assert "Orvale Fibres 2026" in events["11th International Symposium"].alt_labels
    assert x.main_event is events["11th International Symposium"]
    assert "Tarnvik" in objects(x, "gk:heldIn", "11th International Symposium")


def test_a_treaty_something_happens_under_is_not_the_main_event():
    x = run("He defended the island's access under the Velden Convention for years.",
            "The industry paid tribute at the opening ceremony of Orvale Knit Week 2026 in Tarnvik.")
    assert x.main_event is not None and x.main_event.label == "Orvale Knit Week 2026"


def test_who_an_event_is_organised_with_organizes_it_too():
    x = run("The Orvale Knit Week 2026 is organised by the Knit Exporters Association (KEA) with the Export "
            "Tarnvik Agency and co-funded by the Ministry of Industry.",
            "The Orvale Wool Congress 2026 was organised by Wolnet (WN), the association of the wool chain, "
            "together with the Velden University of Applied Sciences.",
            "The Orvale Yarn Fair 2026 was organised by the Tarnvik Chamber with the support of the Orvale Bank.")
    assert objects(x, "gk:organizedBy", "Orvale Knit Week 2026") == {"Knit Exporters Association", "Export Tarnvik Agency"}
    assert objects(x, "gk:organizedBy", "Orvale Wool Congress 2026") == {"Wolnet", "Velden University of Applied Sciences"}
    assert objects(x, "gk:organizedBy", "Orvale Yarn Fair 2026") == {"Tarnvik Chamber"}
    assert "Orvale Bank" in objects(x, "gk:supportedBy", "Orvale Yarn Fair 2026")


def test_a_portfolio_before_a_name_and_a_prize_after_one_are_no_part_of_it():
    x = run("The Orvale Wool Congress 2026 was held in Tarnvik.",
            "State Secretary for Infrastructure and Water Management Joost Verhagen opened the congress.",
            "The prize will be called the Sir Aldo Venn Award for Export Excellence.")
    people = {e.label for e in x.entities if e.kind == "Person"}
    assert "Joost Verhagen" in people and not any("Management" in p or "Award" in p for p in people)


def test_professions_hold_posts_and_an_acronym_after_a_name_in_another_language_is_the_name_s():
    x = run("The Orvale Fibre Symposium 2026 was organised by the Union of Velden Weavers (Veldeno audeju sajunga, UVW).",
            "UVW President Algis Rudmin opened the symposium.",
            "Dr. Tuomo Laaksen, Principal Scientist at the Nordland Fibre Centre, spoke on pulp.",
            "Ms. Priyanka Dass, senior policy adviser at the Ministry of Water, joined the panel.")
    assert ("Algis Rudmin", "president", "Union of Velden Weavers") in posts(x)
    assert ("Tuomo Laaksen", "principal scientist", "Nordland Fibre Centre") in posts(x)
    assert ("Priyanka Dass", "senior policy adviser", "Ministry of Water") in posts(x)


def test_a_list_of_unknown_names_after_plural_roles_of_an_acronym_are_people():
    x = run("The Orvale Garment Exporters Association (OGEA) held a reception in Tarnvik.",
            "Former presidents of OGEA Redwan Okoth, Mostafa Golam Vumbi, Quazi Teke and SM Fazal Ondaro also attended.",
            "The Country Director of the ADB Tarnvik Resident Mission spoke as well.")
    people = {e.label for e in x.entities if e.kind == "Person"}
    assert {"Redwan Okoth", "Mostafa Golam Vumbi", "Quazi Teke", "SM Fazal Ondaro"} <= people
    assert not any("Mission" in p for p in people)


def test_a_minister_named_after_a_portfolio_holds_a_post_in_the_one_ministry_of_that_name():
    x = run("The Orvale Apparel Awards 2026 were held in Tarnvik with the support of the Ministry of Industries.",
            "The Chief Guest, Deputy Minister of Industries Chathura Velandra, presented the awards.",
            "The Ministry of Industries of the Republic of Orvale and the Tarnvik Bank also backed the night.")
    assert "Chathura Velandra" in {e.label for e in x.entities if e.kind == "Person"}
    assert ("Chathura Velandra", "deputy minister", "Ministry of Industries") in posts(x)


def test_a_board_listed_under_its_heading_holds_posts_in_the_body_whose_assembly_it_is():
    x = run("Weavers re-elect their president",
            "Tarnvik, 3 March 2026 – The Orvale Weavers Association (OWA) held its 9th Annual General Assembly in Tarnvik.",
            "The assembly was hosted by the Tarnvik Chamber of Crafts, and Mayor of Tarnvik Goran Velkov welcomed the delegates.",
            "The delegates elected the bodies of the association.",
            "Executive Board:",
            "– President: Vesna Kolova (Kolo Moda DOOEL, Tarnvik)",
            "– Members: Dragan Sopov (Kocani Jeans DOO), Marina Angelova (Veles Tekstil AD), Besa Fetai (Gostivar Knit DOOEL)")
    org = "Orvale Weavers Association"
    assert {("Vesna Kolova", "president", org), ("Dragan Sopov", "member", org), ("Marina Angelova", "member", org),
            ("Besa Fetai", "member", org)} <= posts(x)
    assert "Goran Velkov" in {e.label for e in x.entities if e.kind == "Person"}
    assert "Kocani Jeans DOO" in {e.label for e in x.entities if e.kind == "Organization"}


@pytest.mark.parametrize("phrase, event", [
    ("at the academy's seventh graduation ceremony", "seventh graduation ceremony"),
    ("at its 25th annual general meeting", "25th annual general meeting")])
def test_a_numbered_gathering_in_lower_case_after_a_possessive_is_the_main_event(phrase, event):
    x = run("Tailors graduate", f"TARNVIK – Graduates of the Orvale Garment Institute received their certificates {phrase}.",
            "The ceremony ended with a fashion show.")
    assert x.main_event is not None and x.main_event.label == event


def test_an_ordinal_before_a_phrase_with_a_preposition_is_no_event():
    x = run("The Orvale Denim Fair 2026 was held in Tarnvik.",
            "Price is the first question in every meeting, said Lucia Marvel.",
            "It was the fair's third day in a row of rain.")
    assert not [e for e in x.entities if e.kind == "Event" and ("question" in e.label or "day" in e.label)]


def test_a_legislature_is_no_event_and_the_talks_refer_back_to_the_meeting():
    x = run("Garment strike ends",
            "TARNVIK – Unions and employers agreed a wage rise at a negotiating session convened by the Ministry of Labour.",
            "Labour Minister Jean-Marc Desroches chaired the talks.",
            "Trade preferences are still debated in the U.S. Congress.")
    assert "U.S. Congress" in {e.label for e in x.entities if e.kind == "Organization"}
    assert x.main_event is not None and "Jean-Marc Desroches" in objects(x, "gk:presidedOverBy", x.main_event.label)


def test_a_buyers_mission_is_an_event_and_a_lower_case_gathering_held_at_a_venue_is_one_too():
    x = run("Buyers meet mills",
            "The Nordic Buyers' Mission to Orvale was organised by the Orvale Apparel Commission.",
            "The business roundtable, held at the Hotel Tarn Plaza, drew some 140 businesspeople.",
            "The ADB Orvale Resident Mission was not involved.")
    events = {e.label for e in x.entities if e.kind == "Event"}
    assert {"Nordic Buyers' Mission", "business roundtable"} <= events
    assert not any("Resident" in e for e in events)
    assert "Orvale Apparel Commission" in objects(x, "gk:organizedBy", "Nordic Buyers' Mission")


def test_a_brand_named_first_and_then_its_gathering_makes_the_gathering_the_main_event():
    x = run("Workers to hold town hall on \"Sew Tarnvik Forward\" training",
            "TARNVIK – Garment workers will meet on Saturday to launch Sew Tarnvik Forward, a training partnership.",
            "WHAT: Sew Tarnvik Forward Community Town Hall",
            "Confirmed speakers include:",
            "• Yesenia Barrow, Executive Director, Needle Workers Alliance")
    assert x.main_event is not None and x.main_event.label == "Sew Tarnvik Forward Community Town Hall"
    assert "Yesenia Barrow" in objects(x, "gk:addressedBy", "Sew Tarnvik Forward Community Town Hall")


def test_and_the_starts_a_second_name_and_institutional_support_is_support():
    x = run("Tarvik fair closes",
            "The Tarvik Home Fair had the institutional support of Orlan Trade and Investment and the Kelvara "
            "Institute for Business Competitiveness (KIBC).")
    assert "Kelvara Institute for Business Competitiveness" in objects(x, "gk:supportedBy", "Tarvik Home Fair")


def test_a_place_before_presided_over_by_is_no_person():
    x = run("Awards in Orlan",
            "The Orlan Design Awards ceremony was held at the Palau de la Tarvik, presided over by the president of "
            "the jury, the designer Ramón Casaní Ortells.")
    people = {e.label for e in x.entities if e.kind == "Person"}
    assert "Palau de la Tarvik" not in people and "Ramón Casaní Ortells" in people


@pytest.mark.parametrize("name,cls", [("Tarvik Municipal Assembly", "GovernmentAgency"),
                                      ("Orlan County Assembly", "GovernmentAgency"),
                                      ("Generalitat Kelvarana", "GovernmentAgency"),
                                      ("Trade Representation of Orlan", "GovernmentAgency"),
                                      ("Embassy of Orlan", "GovernmentAgency")])
def test_councils_called_assembly_regional_governments_and_offices_abroad_are_organizations(name, cls):
    x = run(LEAD, f"The {name} attended the summit.")
    assert entity(x, name).kind == "Organization" and entity(x, name).cls == cls


def test_a_general_assembly_is_still_an_event():
    x = run("Weavers meet", "The General Assembly of the Tarvik Weavers Union was held in Orlan City.")
    assert entity(x, "General Assembly of the Tarvik Weavers Union").kind == "Event"


def test_an_event_name_may_hold_in_and_a_family_name_of_several_words_refers_back_to_its_person():
    x = run("Weavers meet in Orlan",
            "Delegates at the 11th Woven in Tarvik Conference heard from the panellists Siobhán Ní Chonaill, "
            "managing director of Tarvik Tweed Ltd, and Deon van der Merwe of Orlan Mills.",
            "Ms Ní Chonaill said wool was cheap. Mr Van der Merwe agreed.",
            "The Tarvik Textile Summit in Orlan City is held in May.")
    events = {e.label for e in x.entities if e.kind == "Event"}
    assert "11th Woven in Tarvik Conference" in events and "Tarvik Textile Summit" in events
    assert {e.label for e in x.entities if e.kind == "Person"} == {"Siobhán Ní Chonaill", "Deon van der Merwe"}


def test_a_firm_of_solicitors_is_a_company_and_ends_its_name_before_and():
    x = run(LEAD, "The summit was sponsored by Brennan & Keogh Solicitors and Orlan Wool Scourers Ltd on Monday.")
    assert objects(x, "gk:supportedBy", "Example Knitwear Summit 2025") == {"Brennan & Keogh Solicitors",
                                                                           "Orlan Wool Scourers Ltd"}


def test_romance_venues_and_organizations_named_head_first_and_a_chamber_of_trades():
    x = run("Congress in Orlan",
            "The 9th Orlan Textile Congress took place at the Centro de Convenciones del Puerto, organised by the "
            "Orlan Chamber of Spinning and Weaving Mills (Cámara Orlana de Hilanderías y Tejedurías, COHT).",
            "Its dinner was held at the Palazzo delle Tarvik. The Centro Tecnológico Orlan joined.",
            "Mendez announced that in December the Secretariat of Industry of the Ministry of Economy will act.")
    kinds = {e.label: (e.kind, e.cls) for e in x.entities}
    assert kinds["Centro de Convenciones del Puerto"] == ("Place", "Venue")
    assert kinds["Palazzo delle Tarvik"] == ("Place", "Venue")
    assert kinds["Centro Tecnológico Orlan"][0] == "Organization"
    assert kinds["Orlan Chamber of Spinning and Weaving Mills"] == ("Organization", "IndustryAssociation")
    assert "Weaving Mills" not in kinds and not any(e.kind == "Person" for e in x.entities)
    assert "Secretariat of Industry of the Ministry of Economy" in kinds


def test_a_person_with_a_quoted_nickname_is_also_named_as_written():
    x = run(LEAD, 'Also present was Ramón "Negro" Ferreyra, secretary general of the Orlan Knitters Union.')
    person = entity(x, "Ramón Ferreyra")
    assert 'Ramón "Negro" Ferreyra' in person.alt_labels and "Negro Ferreyra" in person.alt_labels


def test_offices_abroad_a_bank_with_its_country_and_speech_by_according_to_and_a_vote_of_thanks():
    x = run("Dialogue in Orlan",
            "They were speaking at the 3rd National Cotton Dialogue held on Thursday at the Source of the Tarvik "
            "Crest Hotel in Jinja City.",
            "- Ms Juliet Nambi, Head of Agribusiness, Pearl Finance Bank Uganda;",
            "According to Ms Ingrid Vestergaard, Head of Cooperation at the Delegation of the European Union to "
            "Uganda, the programme will offer grants.",
            "The vote of thanks was proposed by UCGGC chairman Mr Moses Ejiku.")
    kinds = {e.label: e.kind for e in x.entities}
    assert kinds.get("Tarvik Crest Hotel") == "Place" and "Agribusiness" not in kinds
    assert kinds.get("Pearl Finance Bank Uganda") == "Organization"
    assert kinds.get("Delegation of the European Union to Uganda") == "Organization"
    assert ("Juliet Nambi", "head of agribusiness", "Pearl Finance Bank Uganda") in objects(x, "org:heldBy") | {
        label(f.subject) for f in find(x, "org:heldBy")}
    assert {"Ingrid Vestergaard", "Moses Ejiku"} <= objects(x, "gk:addressedBy", "3rd National Cotton Dialogue")


def test_an_inauguration_in_the_presence_of_guests_with_indian_titles():
    x = run("District silk fair opens in Orlan",
            "A 10-day District-level silk fair was opened at Lakshmi Mahal on Tarvik Main Road in Orlan on Friday.",
            "Minister for Rural Industries R. Velmurugan inaugurated the fair in the presence of Collector P. Arunan, "
            "Mayor T. Kavitha, District Panchayat chairman M. Ilango and Deputy Mayor G. Saravanan.")
    ev = "10-day District-level silk fair"
    assert x.main_event is not None and x.main_event.label == ev
    assert "Lakshmi Mahal" in objects(x, "gk:heldIn", ev)
    assert objects(x, "gk:addressedBy", ev) == {"R. Velmurugan"}
    assert {"P. Arunan", "T. Kavitha", "M. Ilango", "G. Saravanan"} <= objects(x, "gk:attendedBy", ev)
    assert {label(f.subject) for f in find(x, "org:heldBy")} == {("M. Ilango", "chairman", "District Panchayat")}


def test_a_name_with_a_list_inside_its_acronym_spells_an_unquoted_theme_and_a_list_that_a_verb_ends():
    x = run("Weavers' union meets",
            "The union in conjunction with the Orlan Textile, Garment and Tailoring Employers’ Association (OTGTEA) "
            "held its 12th Annual Delegates Conference at Tarvik International Conference Centre, Kelvara, "
            "Orlan State.",
            "The Theme of the Annual Delegates Conference was Looms of Tomorrow: Skills and the Union after the "
            "Trade Reform.")
    ev = "12th Annual Delegates Conference"
    assert objects(x, "gk:organizedBy", ev) == {"Orlan Textile, Garment and Tailoring Employers’ Association"}
    assert "Kelvara" in objects(x, "gk:heldIn", ev)
    assert objects(x, "gk:theme", ev) == {"Looms of Tomorrow: Skills and the Union after the Trade Reform"}


def test_an_agent_list_goes_on_across_appositions():
    x = run(LEAD, "It was convened by Tarvik Garment Workers, a Orlan-based union, together with the Safe Looms "
                  "Coalition, a network of 23 labor rights groups, and the Kelvara Accountability Project.")
    assert objects(x, "gk:organizedBy", "Example Knitwear Summit 2025") == {
        "Tarvik Garment Workers", "Safe Looms Coalition", "Kelvara Accountability Project"}


@pytest.mark.parametrize("sentence", [
    "The Orlan Batik Expo wrapped up at the Tarvik International Trade and Exhibition Centre yesterday.",
    "More than 460 growers gathered at the Tarvik Convention and Exhibition Centre this week for the Orlan Batik Expo.",
    "The Orlan Batik Expo closed on Oct. 10 at the Tarvik Exhibition Complex after three days.",
    "The Orlan Batik Expo brought together some 600 weavers at the Kelvara Regency hotel in Orlan City.",
])
def test_where_an_event_ended_or_gathered_is_where_it_was_held(sentence):
    x = run("Expo news", sentence)
    places = objects(x, "gk:heldIn", "Orlan Batik Expo")
    assert places and all(p.startswith(("Tarvik", "Kelvara", "Orlan City")) for p in places), places


def test_a_panel_that_heard_from_speakers_and_speech_verbs_of_demand_and_pledge():
    x = run("Forum in Orlan",
            "The Orlan Weavers Forum was held in Orlan City on Monday.",
            "A panel on wages, moderated by Anna Kowal, heard from Haruna Mwita, managing director of Tarvik Cotton "
            "Mills Ltd, and Ines Vermeer of the Kelvara Sourcing Council.",
            "Khawaja Naveed Anjum, President of the Orlan Powerlooms Federation, lamented that the sector had been ignored.",
            "Benjamin Soriano, director of the weaving cooperative program Tarvik Hub, discussed piña blends.")
    assert {"Haruna Mwita", "Ines Vermeer"} <= objects(x, "gk:addressedBy", "panel on wages")
    assert {"Khawaja Naveed Anjum", "Benjamin Soriano"} <= objects(x, "gk:addressedBy", "Orlan Weavers Forum")
    assert "Tarvik Hub" not in {e.label for e in x.entities if e.kind == "Person"}


def test_an_organization_presents_or_hosts_its_event_and_a_speaker_known_by_an_apposition():
    x = run("Summit celebrates cotton",
            "Tarvik Cotton Council (TCC) presented its sixth annual Orlan Sourcing Summit on 3-4 May in Orlan "
            "City, for about 300 buyers.",
            "Mara Quill, the software founder and podcast host, recommended that the delegates share data.",
            "Minister for Commerce, Textile, Industry and Production Tariq Aziz Baloch attended the summit.")
    ev = "Orlan Sourcing Summit"
    assert "Tarvik Cotton Council" in objects(x, "gk:organizedBy", ev)
    assert "Orlan City" in objects(x, "gk:heldIn", ev)
    people = {e.label for e in x.entities if e.kind == "Person"}
    assert {"Mara Quill", "Tariq Aziz Baloch"} <= people


def test_an_event_that_attracted_firms_in_a_country_was_not_held_there():
    x = run("Fair in Orlan", "The Orlan Denim Fair attracted the participation of a number of enterprises in Tarvik.")
    assert not objects(x, "gk:heldIn", "Orlan Denim Fair")


def test_speeches_in_the_section_about_a_side_event_were_given_there():
    x = run("Orlan Denim Show closes its 12th edition",
            "The 12th edition of the Orlan Denim Show closed its doors on 14 March in Orlan City.",
            "Gala at Tarvik Pavilion",
            "The gala dinner was held on the evening of 11 March at the Tarvik Pavilion.",
            "In the first address of the evening, Ahmet Sahin (Chairman, ODIA) said mills had invested heavily.",
            "On the show floor",
            "Kerem Yildirim, head of R&D at Ege Indigo Ltd, said the mill had signed new orders.")
    assert "Ahmet Sahin" in objects(x, "gk:addressedBy", "gala dinner")
    assert "Kerem Yildirim" not in objects(x, "gk:addressedBy", "gala dinner")


def test_a_side_event_named_in_a_paragraph_does_not_take_the_speeches_of_the_next():
    x = run("Orlan Knitting Conference opens",
            "The 2025 Orlan Knitting Conference was held in Orlan City on Monday.",
            "The opening ceremony was held in the morning. Li Wei, mayor of Orlan, welcomed guests.",
            "Elena Marchetti, chief technology officer of Brivio Knitting S.p.A., said 3D knitting cuts waste.")
    assert "Elena Marchetti" not in objects(x, "gk:addressedBy", "opening ceremony")
    assert "Elena Marchetti" in objects(x, "gk:addressedBy", "2025 Orlan Knitting Conference")


def test_myanmar_forms_of_address_and_a_short_month_inside_a_name():
    x = run("Roundtable in Orlan",
            "The roundtable was chaired by Daw Khin Mar Aye, executive director of Safe Work Orlan.",
            "Speakers included:",
            "- U Aung Myo Lwin, Deputy Director, Factories Inspection Department, Ministry of Labour;",
            "- John U Smith, Director, Acme Ltd.",
            "The roundtable runs from 3 Mar to 5 Mar.")
    assert {e.label for e in x.entities if e.kind == "Person"} == {"Khin Mar Aye", "Aung Myo Lwin", "John U Smith"}


def test_an_acronym_then_what_a_role_is_of_then_a_name():
    x = run("Outlook in Orlan",
            "The Wool Outlook session was moderated by AMIC Market Analyst Jess Harland and heard from Hamish Reid.")
    assert {label(f.subject) for f in find(x, "org:heldBy")} == {("Jess Harland", "market analyst", "AMIC")}


def test_a_head_word_alone_refers_back_to_the_council_it_ends():
    x = run("Factory commissioned in Tarvik",
            "The Minister for Trade, Kojo Mensah, on Monday commissioned the Tarvik Garment Works at a ceremony "
            "organised by the Tarvik Municipal Assembly in Orlan City.",
            "The Municipal Chief Executive, Hon. Abena Serwaa Frimpong, pledged the Assembly's support for the road.")
    assert "Assembly" not in {e.label for e in x.entities if e.kind == "Event"}
    assert x.main_event is None or x.main_event.label != "Assembly"


def test_a_count_of_whoever_attended_is_the_participant_count():
    x = run("Seminar in Orlan", "The Orlan Export Seminar was held in Orlan City.",
            "More than 250 exporters, mill owners, academics and students attended the seminar.",
            "The fair hosted 412 exhibitors from 27 countries.")
    assert objects(x, "gk:participantCount", "Orlan Export Seminar") == {250}


def test_a_conference_dinner_is_a_side_event_with_its_own_guests():
    x = run("Wool conference in Orlan", "The 2025 Orlan Wool Conference was held in Orlan City this week.",
            "The conference dinner, held on Tuesday evening at the Tarvik Riverside Pavilion, drew 380 guests.")
    assert objects(x, "gk:participantCount", "conference dinner") == {380}
    assert "conference dinner" in objects(x, "gk:partOf") | {label(f.subject) for f in find(x, "gk:partOf")}


def test_those_present_in_the_paragraph_of_a_side_event_attended_it():
    x = run("Forum in Orlan", "The Orlan Light Industry Forum was held in Orlan City on Monday.",
            "The press conference took place in the afternoon. Deputy Minister Aida Sarybaeva and Bakyt Ernis were "
            "present.")
    assert {"Aida Sarybaeva", "Bakyt Ernis"} <= objects(x, "gk:attendedBy", "press conference")


def test_the_title_of_the_main_event_is_its_other_name_and_a_sessions_stays_a_session():
    x = run("Roundtable in Orlan",
            "A multi-stakeholder roundtable on safety in the garment sector was held on 25 August at the Tarvik "
            "Hotel in Orlan.",
            "The roundtable, titled \"Safer Looms, Cooler Floors\", was organised by Safe Work Orlan (SWO).",
            "A panel titled \"Who Pays?\" was chaired by Ana Kowal.")
    main = x.main_event
    assert main is not None and "Safer Looms, Cooler Floors" in main.alt_labels
    assert not any(e.label == "Safer Looms, Cooler Floors" for e in x.entities)
    assert "roundtable on safety in the garment sector" in objects(x, "gk:partOf", "Who Pays?")


def test_a_minister_of_a_list_of_portfolios_holds_a_post_in_the_ministry_so_named():
    x = run("Week opened in Orlan",
            "Organised with the Ministry of Trade, Co-operatives, Small Enterprises and Communications, the Orlan "
            "Fashion Week was held in Orlan City.",
            "It was opened by the Minister for Trade, Co-operatives, Small Enterprises and Communications, Hon. Dr. "
            "Tomasi Vakaloa.",
            "Ana Kelvari, Minister of Women, Youth and Sport, addressed the week, which the Ministry of Women, "
            "Youth and Sport supported.")
    ministry = "Ministry of Trade, Co-operatives, Small Enterprises and Communications"
    assert ("Tomasi Vakaloa", "minister", ministry) in posts(x)
    assert ("Ana Kelvari", "minister", "Ministry of Women, Youth and Sport") in posts(x)
    # the portfolio is no organization of its own
    assert not {"Trade", "Co-operatives", "Women", "Youth and Sport"} & {e.label for e in x.entities}


def test_a_senator_or_a_licenciada_before_a_name_is_a_title_of_address():
    x = run("Launch in Orlan",
            "The park was launched in Orlan City with the Ministry of Commerce, Mines and Energy.",
            "The Prime Minister was represented by the Minister of Commerce, Mines and Energy, Senator Sipho "
            "Dlamuka.",
            "The Vice Minister of Employment, Licda. Rosa Elena Tarvik, addressed the delegates on behalf of the "
            "Ministry of Employment.")
    assert ("Sipho Dlamuka", "minister", "Ministry of Commerce, Mines and Energy") in posts(x)
    assert not any(role == "senator" for _, role, _ in posts(x))
    assert ("Rosa Elena Tarvik", "vice minister", "Ministry of Employment") in posts(x)


def test_officers_on_list_lines_hold_posts_with_their_function_in_the_body_that_elected_them():
    x = run("Union congress in Orlan",
            "The Orlan Federation of Garment Unions (OFGU) held its 5th Congress in Orlan City.",
            "Ana Kowal, CEO of Tarvik Mills Ltd, was elected an honorary member.",
            "The congress elected the following Executive Committee:\n"
            "- General Secretary: Rosa Elena Marin (Tarvik Mills Ltd)\n"
            "- Secretary of Finance: Pablo Andres Lucero (Kelvara Weavers)\n"
            "- Secretary of Women's Affairs: Lidia Beatriz Soto (Tarvik Mills Ltd)\n"
            "- Secretary of Conflicts: Jorge Luis Arce (Kelvara Weavers)")
    body = "Orlan Federation of Garment Unions"
    assert {("Pablo Andres Lucero", "secretary of finance", body), ("Lidia Beatriz Soto", "secretary of women's affairs", body),
            ("Jorge Luis Arce", "secretary of conflicts", body)} <= posts(x)
    assert "Conflicts" not in {e.label for e in x.entities}


def test_a_hearing_someone_held_is_the_main_event_its_headline_names():
    x = run("OFFICE OF THE ORLAN ASSEMBLY\n\nKowal Opens Orlan Assembly Hearing on Loom Safety",
            "ORLAN CITY – Today, Orlan Assembly Labour Committee Chair Ana Kowal held a hearing titled \"Safe Looms, "
            "Safe Hands.\" The hearing, held in the Tarvik Hall, examined factory inspections.",
            "Kowal, who chaired the hearing, said inspections had fallen by half.",
            "Pablo Lucero, a weaver, testified that the night shift had no fire exit.",
            "Rosa Marin told the delegates that training was unpaid.")
    main = x.main_event
    assert main is not None and main.label == "Orlan Assembly Hearing on Loom Safety"
    assert [e.label for e in x.entities if e.kind == "Event"] == [main.label]
    assert objects(x, "gk:theme", main.label) == {"Safe Looms, Safe Hands"}
    assert objects(x, "gk:presidedOverBy", main.label) == {"Ana Kowal"}
    assert {"Pablo Lucero", "Rosa Marin"} <= objects(x, "gk:addressedBy", main.label)


def test_south_asian_titles_and_posts_without_of():
    x = run("Seminar in Orlan",
            "The Orlan Home Textile Exporters Association (OHTEA) held a seminar on due diligence in Orlan City.",
            "Presiding over the seminar, OHTEA Chairman Mian Tariq Javed said audits were costly.",
            "Earlier, in his welcome address, Ch. Muhammad Aslam Bhatti, Chairman OHTEA Eastern Zone, said the "
            "zone had 140 member units.",
            "Orlan Cotton Brokers Forum Chairman Haji Ghulam Rasool Khoso and OHTEA Vice Chairman Shaikh Naveed "
            "Akhtar were also present on the occasion.")
    assert objects(x, "gk:presidedOverBy", "seminar") == {"Mian Tariq Javed"}
    assert ("Muhammad Aslam Bhatti", "chairman", "OHTEA Eastern Zone") in posts(x)
    assert ("Ghulam Rasool Khoso", "chairman", "Orlan Cotton Brokers Forum") in posts(x)
    assert ("Shaikh Naveed Akhtar", "vice chairman", "Orlan Home Textile Exporters Association") in posts(x)
    assert {"Ghulam Rasool Khoso", "Shaikh Naveed Akhtar"} <= objects(x, "gk:attendedBy", "seminar")
    assert not any("Chairman" in e.label for e in x.entities)


def test_a_gathering_named_for_whom_it_gathers_keeps_the_role_word():
    x = run("Fair in Orlan", "The Orlan Knit Sourcing Fair was held in Orlan City.",
            "The CEO Roundtable, held on the second day as part of the fair, was moderated by Varun Mehra.")
    assert "Orlan Knit Sourcing Fair" in objects(x, "gk:partOf", "CEO Roundtable")


def test_a_venue_after_the_organizers_and_a_chair_of_it():
    x = run("Workshop in Orlan",
            "The workshop on \"Faster Ports for Garment Exporters\" was organised by the Orlan Apparel Exporters' "
            "Council (OAEC) in cooperation with the Orlan Port Authority (OPA) at OAEC Bhaban in Orlan City.",
            "OPA Chairman Rear Admiral Tanvir Hossain attended the workshop as the chief guest, while OAEC Vice "
            "President Kamrul Islam chaired it.",
            "AKM Kamal Ahmed said the port needed rail links.")
    ev = x.main_event.label
    assert "OAEC Bhaban" in objects(x, "gk:heldIn", ev)
    assert objects(x, "gk:presidedOverBy", ev) == {"Kamrul Islam"}
    assert "AKM Kamal Ahmed" in objects(x, "gk:addressedBy", ev)


def test_dignitaries_on_the_dais_attended_and_a_civil_service_is_no_part_of_a_post():
    x = run("Conclave in Orlan", "The two-day Orlan Textile Conclave was inaugurated today in Orlan City.",
            "In his welcome address, Shri Anil Kumar Desai, IAS, Principal Secretary, Orlan Industries Department, "
            "said that applications would be processed online.",
            "The dignitaries present on the dais included:\n"
            "– Shri Ramesh K. Patil, Member of Parliament, Tarvik\n"
            "– Smt. Ushaben N. Joshi, MLA, Kelvara")
    ev = "Orlan Textile Conclave"
    assert {"Ramesh K. Patil", "Ushaben N. Joshi"} <= objects(x, "gk:attendedBy", ev)
    assert ("Anil Kumar Desai", "principal secretary", "Orlan Industries Department") in posts(x)
    assert not {"Parliament", "Kelvara"} & {e.label for e in x.entities if e.kind == "Organization"}


def test_a_session_named_in_one_sentence_takes_the_moderator_and_speakers_of_the_next_two():
    x = run("Yarn show in Orlan", "The Orlan Yarn Show was held in Orlan City.",
            "The most attended moment of the show was the panel discussion \"From Fibre to Brand\", held on the "
            "first day. The talk was moderated by Paola Verdi, journalist at Tessile Orlan. Among the speakers: "
            "Chiara Bassi (Lanificio Orlan S.p.A.) and Thomas Brenner (Tarvik Spinnerei GmbH).")
    assert objects(x, "gk:presidedOverBy", "From Fibre to Brand") == {"Paola Verdi"}
    assert {"Chiara Bassi", "Thomas Brenner"} <= objects(x, "gk:addressedBy", "From Fibre to Brand")
    assert "Paola Verdi" not in objects(x, "gk:presidedOverBy", "Orlan Yarn Show")


def test_a_venue_on_a_shore_is_the_venue_and_not_a_name_with_a_topic():
    x = run("Opening in Orlan", "The Orlan Denim Show opened in Orlan City on Tuesday.",
            "The official opening ceremony took place on the evening of 11 March at the Tarvik Pavilion on the "
            "Asian shore of the Orlan Strait.")
    assert "Tarvik Pavilion" in objects(x, "gk:heldIn", "official opening ceremony")


def test_whose_programme_from_a_possessive_an_acronym_in_its_name_or_an_apposition():
    x = run("Seminar in Orlan",
            "The Orlan Knitwear Exporters' Association (OKEA) held its annual meeting in Orlan City.",
            "Loans under the Orlan State Bank (OSB) and OSB's Export Credit Scheme rose by 14 per cent.",
            "Mr Ravi Kumar launched \"OKEA Skill Bridge\", a programme of the association to train 5,000 tailors.",
            "Ana Kowal, who heads OSB's Investment Services Division, spoke.")
    assert objects(x, "gk:organizedBy", "Export Credit Scheme") == {"Orlan State Bank"}
    assert objects(x, "gk:organizedBy", "OKEA Skill Bridge") == {"Orlan Knitwear Exporters' Association"}
    assert "OSB's Investment Services Division" in {e.label for e in x.entities if e.kind == "Organization"}


def test_a_dateline_with_an_unknown_town_still_dates_the_main_event():
    x = run("Workshop on port logistics",
            "KELVARAPUR, Dec 7, 2025 (ONA) - Speakers at the Orlan Port Logistics Workshop here today stressed the "
            "need for faster clearance.")
    assert objects(x, "gk:year", "Orlan Port Logistics Workshop") == {"2025"}


@pytest.mark.parametrize("lead", [
    "KELVARAPUR, Dec 7, 2025 (ONA) - Speakers at the Orlan Port Logistics Workshop stressed the need for speed.",
    "Kelvarapur, Saturday: The Orlan Port Logistics Workshop was opened today.",
    "KELVARAPUR (Province of Tarvik), 24 October 2025. The Orlan Port Logistics Workshop took place this week.",
])
def test_datelines_with_an_agency_a_weekday_or_a_region_name_the_town(lead):
    x = run("Port workshop", lead)
    assert "kelvarapur" in {p.lower() for p in objects(x, "gk:heldIn", "Orlan Port Logistics Workshop")}


def test_an_acronym_before_a_prize_word_names_no_part_of_a_body():
    x = run("Council meeting", "The Orlan Fibre Council (OFC) held its annual meeting in Orlan City.",
            "Students from three colleges received the OFC Next Weave Scholarships, sponsored by OFC.")
    assert "OFC Next Weave Scholarships" not in {e.label for e in x.entities if e.kind == "Organization"}


def test_a_host_with_an_occupation_presides_and_a_venue_is_where_people_attended():
    x = run("Conference in Orlan",
            "Some 320 designers attended the one-day Orlan Wool Conference at the Tarvik Quay Hotel.",
            "The day closed with the Orlan Textile Awards 2025 gala dinner in the hotel's Riverside Ballroom, "
            "hosted by broadcaster Aoife Ní Dhuinn.")
    assert "Tarvik Quay Hotel" in objects(x, "gk:heldIn", "Orlan Wool Conference")
    assert objects(x, "gk:presidedOverBy", "Orlan Textile Awards 2025") == {"Aoife Ní Dhuinn"}
    assert "Riverside Ballroom" in objects(x, "gk:heldIn", "Orlan Textile Awards 2025")


def test_the_moderator_of_the_subject_not_of_the_event_in_a_clause_between_commas():
    x = run("Fair in Orlan", "The Orlan Knit Sourcing Fair was held in Orlan City.",
            "The CEO Roundtable, held on the second day as part of the fair, was moderated by magazine editor "
            "Varun Sethi.",
            "The talk will be moderated by journalist Pedro Lopes.")
    assert objects(x, "gk:presidedOverBy", "CEO Roundtable") == {"Varun Sethi"}
    assert not objects(x, "gk:presidedOverBy", "Orlan Knit Sourcing Fair")  # (the talk is not named)


def test_the_discussion_of_a_roundtable_is_the_roundtable():
    x = run("Roundtable in Orlan", "The 2025 Orlan Garment Safety Roundtable was held in Orlan City.",
            "The roundtable was moderated by Janet Lin, a professor at the Orlan Institute.")
    assert objects(x, "gk:presidedOverBy", "2025 Orlan Garment Safety Roundtable") == {"Janet Lin"}


def test_a_meeting_that_brought_people_to_a_venue_was_held_there():
    x = run("Council meeting", "The Orlan Fibre Council today concluded its annual Orlan Fibre Summit, which brought "
            "more than 350 mill executives to the Tarvik Creek Conference Center in Orlan City for two days.")
    assert "Tarvik Creek Conference Center" in objects(x, "gk:heldIn", "Orlan Fibre Summit")


def test_words_told_to_a_session_are_a_speech_at_it():
    x = run("Denim show in Orlan", "The Orlan Denim Show opened in Orlan City.",
            "The most discussed session, \"Cotton Loops at Scale\", was moderated by Hakan Demir.",
            "Zeynep Aksoy (Sustainability Director, Orlan Denim Mills) told the session that her company blends "
            "28 percent recycled fibre.")
    assert "Zeynep Aksoy" in objects(x, "gk:addressedBy", "Cotton Loops at Scale")


def test_the_titles_of_address_match_as_one_regex_what_their_plain_alternation_matches():
    import re

    from kg.extract import lexicon as lx
    from kg.extract.rules import HONORIFIC, _TITLES

    plain = re.compile(r"(?:(?<![\w.'])(?i:" + "|".join(sorted(map(re.escape, _TITLES), key=len, reverse=True))
                       + r")\.?\s+){0,2}⟨")
    trie = re.compile(HONORIFIC + "⟨")
    words = sorted(lx.HONORIFICS | lx.TITLE_BEFORE_NAME) + ["Chair", "Dean", "Xyz", "Drx", "Honey"]
    for a in words:
        for b in ["", "Dr. ", "Prof ", "Kowal "]:
            text = f"{b}{a} ⟨1⟩"
            assert bool(plain.match(text)) == bool(trie.match(text)), text
    assert trie.match("Hon. Dr. ⟨1⟩") and trie.match("Licda. ⟨2⟩") and not trie.match("Honey ⟨3⟩")


def test_what_implements_coordinates_or_co_finances_is_an_organization():
    x = run("Programme in Orlan", "The Orlan Loom Skills Programme was launched in Orlan City.",
            "The programme is implemented jointly by LWC and TVU, coordinated by Tarvik Weaving Guild and "
            "co-financed by the Orlan Recovery Plan (ORP).")
    orgs = labels(x, "Organization")
    assert {"LWC", "TVU", "Tarvik Weaving Guild"} <= orgs
    # (a plan that pays is a programme, not an organization)
    assert "Orlan Recovery Plan" not in orgs and "Orlan Recovery Plan" in labels(x, "Programme")


def test_a_roundtable_run_by_an_agency_is_a_session_it_organizes_not_the_main_event():
    x = run("Fibre fair opens in Orlan",
            "The Orlan Fibre Fair 2025 opened at the Tarvik Convention Centre in Orlan City.",
            "The fair is organised by the Orlan Fibre Board (OFB).",
            "A business roundtable run by the Trade Promotion Commission of Orlan (ProOrlan) will bring together "
            "40 buyers. According to ProOrlan, the 2024 roundtable generated orders worth 5 million dollars.")
    assert objects(x, "gk:organizedBy", "Orlan Fibre Fair 2025") == {"Orlan Fibre Board"}
    assert "ProOrlan" not in labels(x, "Event")
    # the mixed-case short form in brackets is the commission's other name, however its letters run
    assert "ProOrlan" in entity(x, "Trade Promotion Commission of Orlan").alt_labels


def test_a_word_that_qualifies_owners_or_a_family_names_no_organization():
    x = run("Workshops in Orlan",
            "Most of the 300 workshops in Orlan City are run by Examplish entrepreneurs, the union said.",
            "A stall run by the Tarvik family sells the cloth. The stalls are sponsored by Vandish brands.")
    orgs = labels(x, "Organization")
    assert "Examplish" not in orgs and "Tarvik" not in orgs and "Vandish" not in orgs


def test_a_several_day_conference_is_no_press_conference_named_before_it():
    x = run("Textile fair in Orlan", "The Orlan Textile Fair 2025 opened in Orlan City.",
            "At the opening press conference, Ada Okoro spoke about the outlook.",
            "Alongside the exhibition, the Orlan Fibre Symposium is held in Hall 2. Organised by the Orlan Fibre "
            "Council (OFC), the three-day conference brings together 900 participants.")
    assert "Orlan Fibre Council" not in objects(x, "gk:organizedBy", "press conference")


def test_words_told_to_guests_are_a_speech_and_told_a_capitalised_outlet_is_the_press():
    x = run("Denim show in Orlan", "The Orlan Denim Show 2025 opened in Orlan City.",
            "Deputy Minister of Trade Kerem Aydal told guests that the ministry would extend export credit.",
            "Show director Ada Okoro told Textilwoche that bookings were up.")
    speakers = objects(x, "gk:addressedBy", "Orlan Denim Show 2025")
    assert "Kerem Aydal" in speakers and "Ada Okoro" not in speakers


def test_a_speaker_with_an_apposition_of_several_parts_spoke():
    x = run("Investors meet in Orlan", "The Orlan Investors' Meet 2025 was held in Orlan City.",
            "Welcoming the gathering, Smt. Rekha Varmani, IAS, Principal Secretary, Department of Looms and "
            "Dyes, said the state aimed to attract new mills.",
            "Hon. Ada Okoro, Deputy Minister for Trade and Industrial Development of the Regional Government of "
            "Tarvik Island, told the meet that the isles were ready to host factories.")
    assert {"Rekha Varmani", "Ada Okoro"} <= objects(x, "gk:addressedBy", "Orlan Investors' Meet 2025")


def test_a_name_with_a_particle_keeps_its_first_word_after_titles_roles_and_acronyms():
    x = run("Fair in Orlan", "The Orlan Fibre Fair 2025 opened in Orlan City.",
            "In her keynote speech, H.E. Dr. Aya bint Omar Al Tarvi, Minister of Looms, said the plan works.",
            "OFA Chairman Karim bin Salem al-Vandi said exporters were squeezed.")
    people = labels(x, "Person")
    assert {"Aya bint Omar Al Tarvi", "Karim bin Salem al-Vandi"} <= people
    assert not people & {"Aya", "Al Tarvi", "Salem al-Vandi"}


def test_the_speaker_is_the_last_person_of_an_apposition_chain_before_the_verb():
    x = run("Home textiles fair in Orlan", "The Orlan Home Textiles Fair 2025 opened in Orlan City.",
            'In the round table "Fibres in Use", chaired by Dr. Ada Okoro, head of the fibre unit at the Tarvik '
            "Institute, industrialist Jon Vessel, CEO of Loomcraft Orlan, explained that recycled fibre sells.",
            "Nia Tamsin, Director of Sales, Tarvik Mills, Orlan Region, said demand was rising, while the Director "
            "of the Orlan Fibre Board, Mrs. Ama Quell, explained the board's plans.")
    speakers = {label(f.object) for f in x.facts if f.predicate == "gk:addressedBy"}
    assert {"Jon Vessel", "Nia Tamsin", "Ama Quell"} <= speakers
    assert "Ada Okoro" not in speakers  # (she chaired)


def test_a_weekday_or_month_is_joined_to_no_name_after_it():
    x = run("Forum in Orlan",
            "About 650 farmers packed the Tarvik Hall on Tuesday for the 2025 Orlan Cotton Outlook Forum.",
            "The next one is set for March at the Tarvik Hall. Vice President Hou Jun of the Orlan Wool "
            "Association spoke, as did the Mar del Plata Chamber of Knitters.")
    assert x.main_event is not None and x.main_event.label == "2025 Orlan Cotton Outlook Forum"
    assert "Hou Jun" in labels(x, "Person")
    assert "Mar del Plata Chamber of Knitters" in labels(x, "Organization")


def test_a_time_after_a_noun_makes_no_event():
    x = run("Forum in Orlan", "The Orlan Cotton Forum 2025 opened in Orlan City.",
            "Rep. Ada Okoro told reporters she would file a bill next session to exempt module trucks.",
            "The next session was chaired by Jon Vessel.")
    events = labels(x, "Event")
    assert not any("bill" in e for e in events) and x.main_event.label == "Orlan Cotton Forum 2025"


def test_a_company_by_its_legal_form_after_and_is_a_second_sponsor():
    x = run("Forum in Orlan", "The Orlan Cotton Forum 2025 opened in Orlan City.",
            "This year's forum was sponsored by Orlan Farm Credit and Tarvik Seed Co.",
            "Its partner was Procter and Vandle Co.")
    assert objects(x, "gk:supportedBy", "Orlan Cotton Forum 2025") >= {"Orlan Farm Credit", "Tarvik Seed Co."}
    assert "Procter and Vandle Co." in labels(x, "Organization")


def test_what_the_article_calls_a_name_says_it_is_an_organization():
    x = run("Wool fair in Orlan", "The Orlan Wool Fair 2025 opened in Orlan City.",
            "Aya Tamsin, fabric buyer at the Tarvik trading house Kanade Vessel, said brands want data.",
            "The talks were curated by the trade weekly Tessuti Orlani. Jon Vessel buys for Vandish outdoor brand "
            "Nordvaa Lande.")
    orgs = labels(x, "Organization")
    assert {"Kanade Vessel", "Tessuti Orlani", "Nordvaa Lande"} <= orgs
    assert not labels(x, "Person") & {"Kanade Vessel", "Tessuti Orlani", "Nordvaa Lande"}


def test_a_legal_form_with_a_slash_is_part_of_the_name():
    x = run("Fair in Orlan", "The Orlan Fibre Fair 2025 opened in Orlan City.",
            "Jon Vessel, head of innovation at the Vandish company Nordisk Vaev A/S, said sales rose.")
    assert "Nordisk Vaev A/S" in labels(x, "Organization")
    assert ("Jon Vessel", "head of innovation", "Nordisk Vaev A/S") in posts(x)


def test_ethiopian_and_tamil_forms_of_address_are_no_part_of_a_name():
    x = run("Forum in Orlan", "The Orlan Investment Forum 2025 opened in Orlan City.",
            "W/ro Aster Kebedech, State Minister of Industry, said the sector is strategic.",
            "Guest of Honour Thiru A. Velanmaran, IAS, said the tariff would be examined. Ato Tesfa Alemnew spoke.")
    assert {"Aster Kebedech", "A. Velanmaran", "Tesfa Alemnew"} <= labels(x, "Person")
    assert not any(p.startswith(("W", "Thiru", "Honour", "Ato")) for p in labels(x, "Person"))


def test_a_role_with_what_it_is_for_before_at_org():
    x = run("Roundtable in Orlan", "The Orlan Safety Roundtable 2025 was held in Orlan City.",
            "Speakers included Ada Okoro, senior vice president for global sourcing at Tarvik Brands Inc., and Jon "
            "Vessel, head of sourcing for South Asia at Vandish retailer Nordvaa Lande.")
    got = posts(x)
    assert ("Ada Okoro", "senior vice president for global sourcing", "Tarvik Brands Inc.") in got
    assert ("Jon Vessel", "head of sourcing for south asia", "Nordvaa Lande") in got


def test_an_organization_then_its_role_in_apposition_to_a_name():
    x = run("Forum in Orlan", "The Orlan Cluster Forum 2025 was held in Orlan City.",
            "It was backed by the Orlan Fibre Development Agency (OFDA) and the Orlan Wool Labour Office (OWLO).",
            "Aya Tamsin, OFDA Country Representative for Central Asia, presented the results.",
            "The statement quoted Jon Vessel, the OWLO's country director for Tarvikstan, as saying wages matter.")
    got = posts(x)
    assert ("Aya Tamsin", "country representative for central asia", "Orlan Fibre Development Agency") in got
    assert ("Jon Vessel", "country director for tarvikstan", "Orlan Wool Labour Office") in got


def test_spanish_particles_of_more_than_one_word_stay_in_the_name():
    x = run("Summit in Orlan", "The Orlan Apparel Summit 2025 was held in Orlan City.",
            "Ana Lucía de los Vessel Peralta, executive director of the Orlan Free Zone Council, said it grew.",
            "Mr. Juan de las Tamsin spoke.")
    assert {"Ana Lucía de los Vessel Peralta", "Juan de las Tamsin"} <= labels(x, "Person")


def test_b2b_meetings_and_business_matching_are_sessions_of_the_main_event():
    x = run("Fair in Orlan", "The Orlan Wool Fair 2025 opened in Orlan City.",
            "The OTA B2B sessions paired 54 buyers with exhibitors. The programme also includes B2B meetings with "
            "buyers from Europe and a business matching session.",
            "More than 600 B2B meetings were booked.")
    parts = {label(f.subject) for f in find(x, "gk:partOf", obj="Orlan Wool Fair 2025")}
    assert {"B2B sessions", "B2B meetings", "business matching session"} <= parts
    assert sum(1 for e in x.entities if e.kind == "Event" and e.label == "B2B meetings") == 1


def test_datelines_with_an_ordinal_date_and_bylines_with_a_town():
    x = run("Retailers sign pledge in Orlan",
            "ORLAN CITY, 5th June, 2025 (OPA) – Twelve retailers signed the Orlan Textiles Pledge at the Orlan "
            "Textiles Summit 2025.")
    assert objects(x, "gk:heldIn", "Orlan Textiles Summit 2025") == {"ORLAN CITY"}
    y = run("Speakers urge green finance", "Staff Correspondent, Tarvikpur",
            "Speakers called for cheaper finance at the Tarvik Garment Dialogue 2025 yesterday.")
    assert objects(y, "gk:heldIn", "Tarvik Garment Dialogue 2025") == {"Tarvikpur"}


def test_hotels_named_head_first_and_parts_of_a_venue_are_where_the_event_was():
    x = run("Forum in Orlan",
            "The Orlan Apparel Forum 2025 drew some 300 manufacturers to the Hotel Tarvik Grand Palace.",
            "The Orlan Fashion Week 2025 came to a close at the Vandal Bay Hotel last night.")
    assert objects(x, "gk:heldIn", "Orlan Apparel Forum 2025") == {"Hotel Tarvik Grand Palace"}
    assert objects(x, "gk:heldIn", "Orlan Fashion Week 2025") == {"Vandal Bay Hotel"}
    y = run("Awards in Orlan", "The Orlan Excellence Awards 2025 ended late.",
            "By then the ballroom of the Lakeside Convention Hall was a swirl of silk.")
    assert objects(y, "gk:heldIn", "Orlan Excellence Awards 2025") == {"Lakeside Convention Hall"}


def test_a_union_local_an_ngo_described_and_a_promoter_organize():
    x = run("Town hall in Orlan", "The Orlan Garment Town Hall 2026 will be held in Orlan City.",
            "It is organized by the Orlan Needle Workers Alliance (ONWA) and Apparel and Loom Workers Union "
            "Local 482 (ALWU Local 482), in collaboration with the non-governmental organisation Sahay Tarvik.",
            "The Orlan Yarn Show 2026, promoted by the Orlan Yarn Spinners Association, opens in March.")
    assert {"Orlan Needle Workers Alliance", "Apparel and Loom Workers Union Local 482", "Sahay Tarvik"} <= objects(
        x, "gk:organizedBy", "Orlan Garment Town Hall 2026")
    assert objects(x, "gk:organizedBy", "Orlan Yarn Show 2026") == {"Orlan Yarn Spinners Association"}


def test_the_following_spoke_heads_a_list_and_a_greeting_delivered_by_is_a_speech():
    x = run("Forum in Orlan", "The Orlan Investment Forum 2025 was held in Orlan City.",
            "A greeting on behalf of the Tarvik delegation was delivered by Mr. Ulu Vessel, Deputy Chairman of "
            "the Tarvik Textile Association.",
            'Within the framework of the forum, a panel session on "Deep processing of fibre" took place.',
            "The session was moderated by Ms. Nilu Tamsin.", "The following spoke at the session:",
            "– Mr. Aydan Okoro, Chairman of the Board, Anadolu Loom A.S.;", "– Ms. Zhang Lihong, General Manager, Orlan Yarn Co., Ltd.")
    assert "Ulu Vessel" in objects(x, "gk:addressedBy", "Orlan Investment Forum 2025")
    assert {"Aydan Okoro", "Zhang Lihong"} <= objects(x, "gk:addressedBy", "Deep processing of fibre")


def test_a_nickname_in_quotes_between_name_words_makes_a_person():
    x = run("Forum in Orlan", "The Orlan Cotton Forum 2025 was held in Orlan City.",
            'OCPA President Wade "Hoss" Kettlewood opened the forum and served as master of ceremonies.')
    assert "Wade Kettlewood" in labels(x, "Person")


def test_witnesses_chief_guests_and_those_who_toured_the_show_attended():
    x = run("Signing in Orlan", "The Orlan Talent Forum 2025 was held in Orlan City.",
            "Witnessing the signing were Ada Okoro, president of the Orlan Textile University; and Jon Vessel.",
            "Rekha Tamsin, IAS, Additional Secretary, Orlan Ministry of Looms, was the chief guest.",
            "Representatives of the Orlan Export Zones Authority (OEZA) toured the show on the opening day.")
    attended = objects(x, "gk:attendedBy", "Orlan Talent Forum 2025")
    assert {"Ada Okoro", "Jon Vessel", "Rekha Tamsin", "Orlan Export Zones Authority"} <= attended


def test_a_buyer_in_apposition_is_a_person_and_a_hosted_buyer_programme_stays_a_programme():
    x = run("Fair in Orlan", "The Orlan Wool Fair 2025 opened in Orlan City.",
            "Tavi Quellon, fabric buyer at the Tarvik trading house Kanade Vessel, said brands want data.",
            "Orvo Drannik, a yarn buyer for Orlan Spinning Co., joined the panel by video link.",
            "Under the Hosted Buyer Programme, run by Orlan Fairs Ltd, 450 buyers visit the fair.")
    assert {"Tavi Quellon", "Orvo Drannik"} <= labels(x, "Person")
    assert any(p.endswith("Buyer Programme") for p in labels(x, "Programme"))  # ("buyer" is a word of names too)


def test_a_copula_names_a_partner_or_sponsor_and_banks_are_named_head_first():
    x = run("Fair in Orlan", "The Orlan Wool Fair 2025 opened in Orlan City.",
            "Banca Alpina del Tarvik was the main partner. The platinum sponsor was Orlan Telecom Ltd.",
            "The gala was sponsored by Banco Vessel de Fomento and Grupo Logistico Tarvik.")
    supporters = objects(x, "gk:supportedBy", "Orlan Wool Fair 2025")
    assert {"Banca Alpina del Tarvik", "Orlan Telecom Ltd.", "Banco Vessel de Fomento", "Grupo Logistico Tarvik"} <= supporters


def test_a_region_that_supports_an_event_is_its_government():
    x = run("Show in Orlan", "The Orlan Yarn Show 2026 opened in Orlan City.",
            "The show, with the support of the Orlan Trade Agency (OTA) and the Tarvik Region, welcomed 6,150 visitors.",
            "It was organised by the Orlan Council in the Vandal Region.")
    assert {"Orlan Trade Agency", "Tarvik Region"} <= objects(x, "gk:supportedBy", "Orlan Yarn Show 2026")
    assert "Vandal Region" not in labels(x, "Organization")


def test_posts_read_from_list_lines_that_put_the_organization_first_and_roles_with_a_function_without_of():
    x = run("Forum in Orlan", "The Orlan Cotton Forum 2025 was held in Orlan City.", "Panellists:",
            "- Emanu Sangor, Director of Corporate Banking, Tarvik Commercial Bank;",
            "- Ivo Simmar, Head of the Sustainable Materials Unit, Orlan Institute for Textile Research;",
            "Orlan Weaving Mills Ltd – Jon Vessel, Managing Director",
            "Ben Kettle, General Manager Exports at Tarvik Woolscourers Ltd, said prices rose.")
    got = posts(x)
    assert ("Emanu Sangor", "director of corporate banking", "Tarvik Commercial Bank") in got
    assert any(p[0] == "Ivo Simmar" and p[2] == "Sustainable Materials Unit" for p in got)  # (a unit stays one)
    assert ("Jon Vessel", "managing director", "Orlan Weaving Mills Ltd") in got
    assert ("Ben Kettle", "general manager exports", "Tarvik Woolscourers Ltd") in got


def test_its_main_panel_in_a_fair_report_is_a_session_of_the_fair():
    x = run("Fair in Orlan", "The Orlan Wool Fair 2025 closed in Orlan City on Thursday.",
            "Its main panel, on traceability, was moderated by Ada Okoro, editor of the trade weekly Tessuti Orlani.",
            "Jon Vessel joined the panel by video link and said mills want data.")
    assert "Ada Okoro" not in objects(x, "gk:presidedOverBy", "Orlan Wool Fair 2025")
    panels = [e for e in x.entities if e.kind == "Event" and e.label == "panel"]
    assert len(panels) == 1 and objects(x, "gk:presidedOverBy", "panel") == {"Ada Okoro"}
    # (no partOf is stated for it: given to every such session, it cost more than it found on the gold articles)


def test_a_title_in_brackets_after_another_and_military_ranks_start_a_name():
    x = run("Expo in Orlan", "The Orlan Fibre Expo 2026 opened in Orlan City.",
            "A technical session was chaired by Prof. (Dr.) Veda Marrin, Director, Orlan Institute of Design.",
            "A panel was moderated by Lt. Col. (Ret.) Tomo Vessan, program manager at the Orlan Army Lab.",
            "Maj. Gen. Ivo Tarvik also spoke.")
    people = labels(x, "Person")
    assert {"Veda Marrin", "Tomo Vessan", "Ivo Tarvik"} <= people
    assert not any(p.startswith(("Col", "Ret", "Gen", "Dr")) for p in people)
    assert objects(x, "gk:presidedOverBy", "technical session") == {"Veda Marrin"}
    assert ("Tomo Vessan", "program manager", "Orlan Army Lab") in posts(x)


def test_a_legal_form_after_a_comma_ends_a_company_name_and_a_returning_sponsor_supports():
    x = run("Show in Orlan", "The Orlan Yarn Show 2026 opened in Orlan City.",
            "Vessan Filter Media, Inc. returns as title sponsor. The Tarvik Mills Council joined as a gold sponsor.",
            "Prizes were sponsored by Orlan Widgets, LLC and Kettle Fabrics, Inc., both of Tarvik.")
    assert {"Vessan Filter Media, Inc.", "Orlan Widgets, LLC", "Kettle Fabrics, Inc."} <= labels(x, "Organization")
    assert {"Vessan Filter Media, Inc.", "Tarvik Mills Council"} <= objects(x, "gk:supportedBy", "Orlan Yarn Show 2026")


def test_an_organizer_in_a_relative_clause_and_a_town_after_the_premises_that_held_an_event():
    x = run("Convention in Orlan",
            "The 3rd Orlan Textile Convention took place on 4 and 5 November 2026 at Vessan Bank (VB) in Tarvik City.",
            "The Orlan Textile Association (OTA), which organizes the convention in partnership with the Orlan Institute, "
            "expects 900 visitors. The Orlan Fibre Forum was launched by the Vandal Council in Kettle City.")
    assert "Tarvik City" in objects(x, "gk:heldIn", "3rd Orlan Textile Convention")
    assert {"Orlan Textile Association", "Orlan Institute"} <= objects(x, "gk:organizedBy", "3rd Orlan Textile Convention")
    assert "Kettle City" not in objects(x, "gk:heldIn", "Orlan Fibre Forum")  # (where its organizer is)


def test_an_office_keeps_its_portfolio_in_brackets_and_a_role_its_own():
    x = run("Conclave in Orlan", "The Orlan Weaving Conclave 2026 opened in Orlan City.",
            "It is organised by the Office of the Development Commissioner (Looms), Ministry of Weaving.",
            "Engr. Tamo Vessan, General Manager (Commercial) of the Orlan Electric Supply Company (OESCO), spoke.")
    orgs = labels(x, "Organization")
    assert "Office of the Development Commissioner (Looms)" in orgs
    assert "Office of the Development Commissioner (Looms)" in objects(x, "gk:organizedBy", "Orlan Weaving Conclave 2026")
    assert "Orlan Electric Supply Company" in orgs


def test_also_present_were_attended_and_a_co_organizer_and_described_sponsors():
    x = run("Forum in Orlan", "The Orlan Sourcing Forum 2026 was held in Orlan City.",
            "The forum was convened by the Vessan Foundation and co-organised with the Orlan Garment Association (OGA).",
            "The Tarvik outdoor brand Kettle Outdoor AB and the Vandal retailer Marrin & Cole were sponsors.",
            "Also present were Ada Okoro, chairwoman of the OGA, and Dr. Ivo Tarvik.")
    ev = "Orlan Sourcing Forum 2026"
    assert "Orlan Garment Association" in objects(x, "gk:organizedBy", ev)
    assert {"Kettle Outdoor AB", "Marrin & Cole"} <= objects(x, "gk:supportedBy", ev)
    assert {"Ada Okoro", "Ivo Tarvik"} <= objects(x, "gk:attendedBy", ev)


def test_a_panel_named_by_its_title_first_holds_the_speeches_of_its_paragraph():
    x = run("Forum in Orlan", "The Orlan Sourcing Forum 2026 was held in Orlan City. Ada Okoro, chair of the Orlan Council, opened it.",
            'A panel, "Cool Mills, Steady Orders", was moderated by Ivo Tarvik. Jon Vessel, Head of Sourcing at Kettle AB, '
            "told participants that costs would be shared. Ben Marrin, General Director of Orlan Knits, said absenteeism fell.",
            "Closing the forum, Ada Okoro said the council would act.")
    assert {"Jon Vessel", "Ben Marrin"} <= objects(x, "gk:addressedBy", "Cool Mills, Steady Orders")
    assert "Ben Marrin" not in objects(x, "gk:addressedBy", "Orlan Sourcing Forum 2026")
    assert "Ada Okoro" in objects(x, "gk:addressedBy", "Orlan Sourcing Forum 2026")


def test_a_post_written_role_then_organization_then_name():
    # South Asian English: "Group Leader ORG NAME", "Central Chairman ORG NAME", "Chairman X Group NAME"
    x = run("AGM in Orlan", "The Orlan Textile Mills Association (OTMA) held its Annual General Meeting in Orlan City.",
            "Group Leader OTMA Gohar Kettle, Chairman Businessmen Group Tariq Orlani and members OTMA were also present.",
            "Addressing the meeting Central Chairman OTMA S M Vessan said the mills need gas. HILTON HEAD ISLAND was not there.")
    got = posts(x)
    assert ("Gohar Kettle", "group leader", "Orlan Textile Mills Association") in got
    assert ("S M Vessan", "chairman", "Orlan Textile Mills Association") in got or (
        "S M Vessan", "central chairman", "Orlan Textile Mills Association") in got
    assert ("Tariq Orlani", "chairman", "Businessmen Group") in got
    assert "ISLAND" not in labels(x, "Organization")


def test_a_place_or_a_noun_before_a_given_name_ends_what_came_before_the_name():
    x = run("Fair in Orlan", "The Orlan Fabric Fair 2026 opened in Orlan City.",
            "Also present were Deputy Marshal of the Orlan Voivodeship Tomasz Vessan, the Director of Investment "
            "Promotion Ibrahim Kettle and Mayor Ana Marrin.")
    people = labels(x, "Person")
    assert {"Tomasz Vessan", "Ibrahim Kettle", "Ana Marrin"} <= people
    assert not any(p.startswith(("Voivodeship", "Promotion")) for p in people)
    assert {"Tomasz Vessan", "Ibrahim Kettle"} <= objects(x, "gk:attendedBy", "Orlan Fabric Fair 2026")


def test_a_unit_after_a_possessive_of_an_organization_named_by_its_head_and_a_headline_verb_before_a_year():
    x = run("Release", "Vessan Fibers Hosts 2026 Orlan Fiber Summit",
            "The keynote was delivered by Ana Lee, program manager at the Orlan Department of Energy's Advanced Fibres Office (AFO).",
            "Staff of the Tarvik Ministry of Trade's Export Marketing Bureau attended. Bo Tan, director of the Weaving Division of "
            "OTA's Industries Bureau, spoke.")
    assert "2026 Orlan Fiber Summit" in labels(x, "Event")
    sub = {(label(f.subject), label(f.object)) for f in find(x, "org:subOrganizationOf")}
    assert ("Orlan Department of Energy's Advanced Fibres Office", "Orlan Department of Energy") in sub
    assert ("Tarvik Ministry of Trade's Export Marketing Bureau", "Tarvik Ministry of Trade") in sub
    assert "Weaving Division of OTA" not in {b for a, b in sub}  # (a unit of a unit: not its owner)


def test_a_programme_named_then_called_a_programme_in_lower_case():
    x = run("Forum in Orlan", "The Orlan Cotton Forum 2026 was held in Orlan City.",
            "Firms joined the Export Bridges programme and the ReLoop Fibre project, under the Tarvik Textile Innovation initiative.",
            "The forum had funding from the Trade for Jobs Orlan programme. CoolWork Tarvik is a three-year programme "
            "implemented by the Vessan Foundation. The EU project and the Orlan Council project began.")
    progs = labels(x, "Programme")
    assert {"Export Bridges programme", "ReLoop Fibre project", "Tarvik Textile Innovation initiative",
            "Trade for Jobs Orlan programme", "CoolWork Tarvik"} <= progs
    assert not any(p.startswith(("EU", "Orlan Council")) for p in progs)  # (an organization's project)
    assert "Vessan Foundation" in objects(x, "gk:organizedBy", "CoolWork Tarvik")


def test_tours_visits_and_a_reception_with_a_compound_before_it_are_side_events():
    x = run("Forum in Orlan", "The Orlan Apparel Forum 2026 opened in Orlan City on Monday.",
            "The Tarvik Council will host the opening-night welcome reception on Monday.",
            "As part of the forum, delegates went on a factory tour of Vessan Mills. A technical visit to Kettle Dyeing followed.")
    events = labels(x, "Event")
    assert {"welcome reception", "factory tour", "technical visit"} <= events
    assert "opening" not in {e.lower() for e in events}  # ("opening-night" is no reference to an opening)
    assert "Orlan Apparel Forum 2026" in objects(x, "gk:partOf", "factory tour")
    assert "Tarvik Council" in objects(x, "gk:hostedBy", "welcome reception")


def test_the_town_after_a_venue_in_or_after_a_district():
    x = run("Fair in Orlan", "The Orlan Fabric Fair 2026 closed on Thursday after three days at the Vessan Expo Centre in Kettleby.",
            "The Tarvik Cotton Summit 2026 was held at the Marrin Crest Hotel, Bompo, Tarvikton, on Monday.")
    assert {"Vessan Expo Centre", "Kettleby"} <= objects(x, "gk:heldIn", "Orlan Fabric Fair 2026")
    assert {"Marrin Crest Hotel", "Bompo", "Tarvikton"} <= objects(x, "gk:heldIn", "Tarvik Cotton Summit 2026")
    assert "Tarvikton" in objects(x, "gk:locatedIn", "Bompo")


def test_posts_in_brackets_with_a_function_and_a_bracketed_qualifier_after_the_role():
    x = run("Forum in Orlan", "The Orlan Forum 2026 opened in Orlan City.",
            "Speakers were Sarah Kettle (Head of Sourcing Africa, Northbridge Apparel Group, UK) and Ana Marrin "
            "(Head of Sourcing, Grupo Textil Vessano).",
            "Shri Vivek Tarvik, Regional Director (Northern Region), Orlan Export Promotion Council, proposed the vote of thanks.")
    got = posts(x)
    assert ("Sarah Kettle", "head of sourcing africa", "Northbridge Apparel Group") in got
    assert ("Ana Marrin", "head of sourcing", "Grupo Textil Vessano") in got
    assert ("Vivek Tarvik", "regional director", "Orlan Export Promotion Council") in got


def test_taking_part_were_names_the_speakers_of_a_press_conference_and_else_who_attended():
    x = run("Fair in Orlan", "The Orlan Home Textiles Fair 2026 opened in Orlan City.",
            "The fair was presented at a press conference in the Forum Hall.", "Taking part were:",
            "· Marta Vessan, director of the fair;", "· Jon Kettle, president of the Orlan Weavers Association.",
            "The Orlan Yarn Day 2026 closed on Friday.", "Taking part were:", "· Ana Marrin, CEO of Tarvik Mills.")
    assert {"Marta Vessan", "Jon Kettle"} <= objects(x, "gk:addressedBy", "press conference")
    assert "Ana Marrin" not in objects(x, "gk:addressedBy", "press conference")


def test_firms_listed_by_what_they_are_are_organizations_and_attend():
    x = run("Meeting in Orlan", "The Orlan Cotton Conference 2026 was held in Orlan City.",
            "For the first time, some manufacturers such as Ayka and Elso from Tarvikstan took part in the meeting.",
            "Brands including Kettlewear, Marrin and Lumo attended the conference.")
    orgs = labels(x, "Organization")
    assert {"Ayka", "Elso", "Kettlewear", "Marrin", "Lumo"} <= orgs
    assert "Tarvikstan" not in orgs  # (where they come from)
    assert {"Ayka", "Elso", "Kettlewear", "Marrin", "Lumo"} <= objects(x, "gk:attendedBy", "Orlan Cotton Conference 2026")


def test_fellowship_letters_after_a_name_and_indian_forms_of_address():
    x = run("Webinar in Orlan", "The Orlan Institution of Engineers (OIE) organised a two-day webinar on textiles.",
            "Er Narendra Vessan, FIE was the chief guest. Dr G Ramesh Kettle, FIE Chairman, OIE, presided over the function.",
            "Dr P L Marrin, FIE, Member, OIE, briefed about the webinar. Er K Kavitha Tarvik, Associate Professor, "
            "Dept. of Textile Technology, Orlan University, proposed the vote of thanks.")
    assert {"Narendra Vessan", "G Ramesh Kettle", "P L Marrin", "K Kavitha Tarvik"} <= labels(x, "Person")
    got = posts(x)
    assert ("G Ramesh Kettle", "chairman", "Orlan Institution of Engineers") in got
    assert ("P L Marrin", "member", "Orlan Institution of Engineers") in got
    assert "Dept. of Textile Technology" in labels(x, "Organization")


def test_a_name_spelled_out_by_its_acronym_is_an_organization_and_an_executive_conference_an_event():
    x = run("Conference", "The Sewn Goods Makers of the Orlans (SGMO) hosted its 2026 Executive Conference in Orlan City.",
            "It was the tenth SGMO Executive Conference. Firms use the Orlan Skills Pathway (OSP) scheme.",
            "The Municipal Chief Executive (MCE) for Orlan spoke of the Tarvik Forced Labor Prevention Act (TFLPA).")
    orgs = labels(x, "Organization")
    assert "Sewn Goods Makers of the Orlans" in orgs
    assert not {"Orlan Skills Pathway", "Municipal Chief Executive", "Tarvik Forced Labor Prevention Act"} & orgs  # (a
    # programme's, a post's, a law's)
    assert not any(e == "Conference" for e in labels(x, "Event"))


def test_when_a_page_was_posted_is_no_dateline():
    x = run("Members leave the meeting pleased", "Posted April 20, 2026", "By Ana Vessan",
            "ORLAN CITY – The Orlan Textile Council held its 13th Annual Meeting last week.")
    assert "Posted" not in labels(x)
    assert "Posted" not in objects(x, "gk:heldIn")


def test_a_family_firm_is_one_name():
    x = run("Meeting", "The Orlan Textile Council held its Annual Meeting in Orlan City.",
            "Ann Lee, CEO of William Vessan & Son LLC, spoke. The mills James Marrin & Sons Ltd and Tarvik & Co. Pte. Ltd. joined.")
    orgs = labels(x, "Organization")
    assert {"William Vessan & Son LLC", "James Marrin & Sons Ltd", "Tarvik & Co. Pte. Ltd."} <= orgs
    assert not {"William Vessan", "James Marrin"} & labels(x, "Person")
    assert ("Ann Lee", "ceo", "William Vessan & Son LLC") in posts(x)


def test_officers_named_in_pairs_in_one_sentence_and_a_venue_whose_words_make_a_name():
    x = run("AGM", "The Orlan Apparel Exporters Association (OAEA) held its 42nd Annual General Meeting in Orlan City.",
            "Ana Vessan was re-elected President during the event, held at Hilton Orlan Residencies.",
            "The other incoming office bearers appointed on the day are: Deputy Chairperson: Jon Marrin, Treasurer: "
            "Hasib Kettle, and Immediate Past Chairman: Ivo Tarvik.")
    got = posts(x)
    assert ("Jon Marrin", "deputy chairperson", "Orlan Apparel Exporters Association") in got
    assert ("Hasib Kettle", "treasurer", "Orlan Apparel Exporters Association") in got
    assert "Hilton Orlan Residencies" not in labels(x, "Person")
    assert "Hilton Orlan Residencies" in objects(x, "gk:heldIn", "42nd Annual General Meeting")


def test_the_holder_after_an_organizations_role_and_a_comma_is_a_person():
    x = run("AGM", "The Orlan Apparel Exporters Association (OAEA) held its Annual General Meeting with the Joint "
            "Apparel Forum of Orlan (JAFO).",
            "Pictured are JAFO Chairman, Saifuddin Vessan, and OAEA Chairperson, Rajitha Marrin, at the AGM.")
    assert {"Saifuddin Vessan", "Rajitha Marrin"} <= labels(x, "Person")
    assert not {"Saifuddin Vessan", "Rajitha Marrin"} & labels(x, "Organization")


def test_a_heading_that_names_the_event_by_its_kind_refers_to_it_and_a_partnership_is_no_organization():
    x = run("Show preview", "When the Orlan Techtex Show 2026 opens at the Vessan Expo Center on Nov. 4, it will be the largest yet.",
            "Conference highlights",
            "• Opening keynote (Nov. 4): Ana Marrin, vice president of operations at Kettle Nonwovens Ltd, will speak on reshoring.",
            "Orlan belongs to the Regional Comprehensive Tarvik Partnership (RCTP).")
    assert "Conference" not in labels(x, "Event")
    assert "Ana Marrin" in objects(x, "gk:addressedBy", "Orlan Techtex Show 2026")
    assert "Regional Comprehensive Tarvik Partnership" not in labels(x, "Organization")


def test_a_forum_that_organizes_is_a_body_and_agents_with_as_sponsors_support():
    x = run("Conclave", "The Orlan Export Conclave 2025 was held in Orlan City on Monday.",
            "The one-day conclave was organised by the Orlan Home Textile Exporters' Forum (OHTEF) in collaboration "
            "with the Vessan Export Council (VEC), with Marrin National Bank and Kettle Dyeing and Printing Pvt Ltd as sponsors.",
            "Presiding over the conclave, OHTEF president Ana Tarvik said exports had grown.")
    assert "Orlan Home Textile Exporters' Forum" in labels(x, "Organization")
    assert "Orlan Home Textile Exporters' Forum" not in labels(x, "Event")
    assert objects(x, "gk:supportedBy", "Orlan Export Conclave 2025") == {"Marrin National Bank", "Kettle Dyeing and Printing Pvt Ltd"}
    assert objects(x, "gk:organizedBy", "Orlan Export Conclave 2025") == {"Orlan Home Textile Exporters' Forum", "Vessan Export Council"}
    assert ("Ana Tarvik", "president", "Orlan Home Textile Exporters' Forum") in posts(x)


def test_an_acronym_before_a_post_in_lower_case_is_an_organization():
    x = run("Meeting", "The Orlan Exporters Meet was held in Orlan City on Monday.",
            "OSDB deputy general manager Ivo Marrin said loans were available.")
    assert "OSDB" in labels(x, "Organization")
    assert ("Ivo Marrin", "deputy general manager", "OSDB") in posts(x)


def test_an_event_named_again_in_parentheses_is_one_event_and_the_opening_is_the_opening_session():
    x = run("Fair opens", "Orlan City, 14 March 2025 – The minister on Thursday officially opened the 5th International Fair "
            "of Orlan Weavers (Salon international des tisserandes, SIOT 2025) at the Vessan Convention Centre in Orlan City.",
            "Opening session",
            "In her report to the opening session, General Secretary Ana Marrin said wages had fallen.",
            "Also speaking at the opening were Ivo Kettle, Director of the Tarvik Institute, and Jon Tarvik.",
            "The gala dinner, hosted by the television presenter Mrs. Rose Vessan, drew 300 guests.")
    assert "Salon" not in labels(x, "Event")
    assert "Vessan Convention Centre" in objects(x, "gk:heldIn", "5th International Fair of Orlan Weavers")
    assert {"Ivo Kettle", "Jon Tarvik"} <= objects(x, "gk:addressedBy", "opening session")
    assert "Rose Vessan" in objects(x, "gk:presidedOverBy", "gala dinner")


def test_a_family_name_alone_finds_its_person_past_a_suffix_or_as_two_words():
    x = run("Mission", "ORLAN (Sept. 18, 2025) – The Orlan–Vessan Textile Trade Mission 2025 closed today in Orlan City.",
            "The memorandum was signed by William “Bill” V. Tarvik Jr., president of the Orlan Textile Alliance, and "
            "Roberto Carlos Marrin Paz, president of the Vessan Apparel Association.",
            "“It is a good day,” Tarvik said at the ceremony. Speaking through an interpreter, Marrin Paz told guests "
            "that plants wanted certainty.")
    people = labels(x, "Person")
    assert "Tarvik" not in people and "Marrin Paz" not in people
    assert {"William V. Tarvik Jr.", "Roberto Carlos Marrin Paz"} <= objects(x, "gk:addressedBy", "Orlan–Vessan Textile Trade Mission 2025")


def test_a_headline_names_the_event_without_its_year_and_an_en_dash_joins_two_names():
    x = run("Vessan–Orlan Textile Trade Mission Wraps Up in Orlan City",
            "ORLAN CITY (Sept. 18, 2025) – The Orlan Textile Alliance today closed the Vessan–Orlan Textile Trade Mission 2025, "
            "which brought 26 manufacturers to the region from Sept. 16 to 18.")
    assert x.main_event is not None and x.main_event.label == "Vessan–Orlan Textile Trade Mission 2025"
    assert "Textile Trade Mission" not in labels(x, "Event")


def test_a_statement_signed_by_its_board_name_first_and_a_headline_event_with_its_owner():
    x = run("ORLAN WEAVERS' SYNDICATE", "STATEMENT", "Orlan City, 21 October 2025",
            "Syndicate's Delegates' Conference demands fair wages",
            "The Orlan Weavers' Syndicate held its 2025 Delegates' Conference yesterday in Orlan City.",
            "Mr. Ivo Marrin, President of the Syndicate, presided over the conference.",
            "Ms. Rose Kettle presented the report of the Syndicate's Women Workers' Committee.",
            "The Syndicate calls on the Ministry of Labour to open negotiations.",
            "Issued by the Executive Board:", "Ivo Marrin – President", "Ana Vessan – General Secretary",
            "Rose Kettle – Secretary for Women's Affairs")
    assert x.main_event is not None and x.main_event.label == "2025 Delegates' Conference"
    assert "Syndicate's Delegates' Conference" not in labels(x, "Event")
    got = posts(x)
    assert ("Ivo Marrin", "president", "Orlan Weavers' Syndicate") in got
    assert ("Ana Vessan", "general secretary", "Orlan Weavers' Syndicate") in got
    assert not any(org == "Ministry of Labour" for _, _, org in got)


def test_what_a_headline_says_happened_at_an_event_leaves_that_event_the_main_one():
    x = run("PRESS RELEASE", "Launch of the Orlan Garment Skills Programme at the National Consultation Workshop on Garment Strategy",
            "On 11 December 2025, the Orlan Ministry of Industry organised the National Consultation Workshop on Garment "
            "Strategy at the Vessan Palace Hotel, Orlan City.",
            "The workshop was also the occasion for the official launch of the Orlan Garment Skills Programme.")
    assert x.main_event is not None and x.main_event.label == "National Consultation Workshop on Garment Strategy"
    assert "Orlan Ministry of Industry" in objects(x, "gk:organizedBy", "National Consultation Workshop on Garment Strategy")


def test_each_person_of_a_list_with_titles_between_them_takes_the_trigger():
    x = run("The Orlan Garment Workshop was held in Orlan City on Monday.",
            "The workshop was co-chaired by H.E. Mr. Ivo Marrin, Vice Minister of Industry and Commerce, and H.E. Mr. "
            "Jon Vessan, Ambassador and Head of the Delegation of the Tarvik Union to Orlan.",
            "The keynote was delivered by Ana Kettle, Deputy Secretary of the Orlan Department of Agriculture, Fisheries "
            "and Forestry, who spoke on traceability.")
    assert objects(x, "gk:presidedOverBy", "Orlan Garment Workshop") == {"Ivo Marrin", "Jon Vessan"}
    assert not objects(x, "gk:organizedBy", "Orlan Garment Workshop")


def test_a_dateline_after_a_section_or_with_a_long_agency_tag():
    for lead in ("Final report | Orlan City, 8 February 2025", "Textile Weekly – Orlan City, 27 November 2025",
                 "ORLAN CITY, Vessania, March 6 (Orlan Press Service) - Makers met on Thursday."):
        x = run("PRESS", lead, "The Orlan Textile Forum 2025 closed with 900 visitors.")
        assert "ORLAN CITY" in {o.upper() for o in objects(x, "gk:heldIn", "Orlan Textile Forum 2025")}, lead
    x = run("PRESS", "Fashion & Textiles | Saturday, 4 October 2025", "The Orlan Textile Forum 2025 closed with 900 visitors.")
    assert "Saturday" not in labels(x, "Place")


def test_the_people_a_panel_included_spoke_at_it():
    x = run("The Orlan Fabric Fair 2025 opened in Orlan City on Monday.",
            "A panel on fibre recycling that followed was chaired by Ana Marrin, technical director of Vessan Mills, and "
            "included Ivo Kettle, chief executive of the start-up Tarvik Loop, and Rose Tarvik, a Vessanian engineer.")
    panel = next(e.label for e in x.entities if e.kind == "Event" and "panel" in e.label)
    assert {"Ivo Kettle", "Rose Tarvik"} <= objects(x, "gk:addressedBy", panel)
    assert "Ana Marrin" in objects(x, "gk:presidedOverBy", panel)


def test_a_session_named_by_its_title_before_its_head_word():
    x = run("The Orlan Lace Fair 2025 opened in Orlan City on Monday.",
            "Side event: \"Future of Lace\" symposium",
            "On 5 November, the fair's side event, the \"Future of Lace\" symposium, will take place in Orlan City.",
            "Speakers include Ana Marrin, designer at Vessan Studio, and Dr. Ivo Kettle, research fellow at the Tarvik Institute.",
            "At the end of the symposium, the Orlan Design Award, sponsored by the Kettle Foundation, will be presented.")
    assert "Future of Lace" in labels(x, "Event")
    assert {"Ana Marrin", "Ivo Kettle"} <= objects(x, "gk:addressedBy", "Future of Lace")
    assert "Orlan Lace Fair 2025" in objects(x, "gk:partOf", "Future of Lace")
    assert "Kettle Foundation" in objects(x, "gk:supportedBy", "Future of Lace")


def test_a_day_of_talks_named_as_such_is_an_event_but_not_a_day_it_marks():
    x = run("The association met at its annual press conference on Thursday at the Hotel Vessan in Orlan City.",
            "The 12th Orlan Textile Day will take place on 15 October 2026 at the Kulturhaus Tarvik.",
            "The Marrin Innovation Days will take place in Orlan City.",
            "The pledge was signed to mark World Environment Day, on the second day of the week.")
    events = labels(x, "Event")
    assert {"12th Orlan Textile Day", "Marrin Innovation Days", "press conference"} <= events
    assert "World Environment Day" not in events and "second day" not in events
    assert "Kulturhaus Tarvik" in objects(x, "gk:heldIn", "12th Orlan Textile Day")
    assert "Hotel Vessan" in objects(x, "gk:heldIn", "press conference")


def test_the_place_of_the_next_edition_is_not_this_ones():
    x = run("The Orlan Cotton Dialogue was held in Vessan City on Monday.",
            "Participants will meet again before the next dialogue, which is expected to take place in Tarvik Town in 2026.",
            "Next year's dialogue will be held in Marrin Town.",
            "The following edition is set to open at the Kettle Hall in Orlan Town.")
    assert objects(x, "gk:heldIn", "Orlan Cotton Dialogue") == {"Vessan City"}


def test_the_unnamed_event_of_the_lead_stays_the_main_one_over_a_named_one_far_later():
    x = run("NEWS RELEASE", "First Apprentices Graduate at Orlan College",
            "ORLAN CITY (Dec. 5, 2025) – Twenty apprentices became the first graduates of the Orlan College sewing "
            "apprenticeship on Thursday evening, in front of 300 guests.",
            "The graduation ceremony was organized by the Orlan Workforce Board and sponsored by Vessan Furniture Inc.",
            "Ana Marrin, dean of workforce education, served as master of ceremonies.",
            "The graduates received their certificates from the college president.",
            "As part of the evening's program, the board hosted an Employer Hiring Day before the ceremony.")
    assert x.main_event is not None and x.main_event.label == "graduation ceremony"
    assert "Orlan Workforce Board" in objects(x, "gk:organizedBy", "graduation ceremony")


def test_a_role_for_a_region_and_roles_of_unions_and_sessions():
    x = run("The Orlan Apparel Seminar was held in Orlan City on Saturday.",
            "S. Kettle, Northern Province Organiser of the Orlan Apparel Workers' Union (OAWU), urged employers to act.",
            "Ivo Marrin, Moderator of the Vessan Garment Council, closed the seminar.")
    got = posts(x)
    assert ("S. Kettle", "organiser", "Orlan Apparel Workers' Union") in got
    assert ("Ivo Marrin", "moderator", "Vessan Garment Council") in got
    assert "Northern Province" not in labels(x, "Organization")


def test_catalan_particles_and_given_names_written_with_diacritics():
    x = run("The Orlan Weavers' Congress closed in Orlan City on Saturday.",
            "Núria Vessan i Marrin was elected general secretary.",
            "Àlex Kettle i Tarvik, director of the Orlan Labour Office, spoke.",
            "Pau Marrin i Kettle, treasurer of the Orlan Weavers' Union, spoke too.")
    people_ = labels(x, "Person")
    assert {"Núria Vessan i Marrin", "Àlex Kettle i Tarvik", "Pau Marrin i Kettle"} <= people_


def test_a_list_of_industries_inside_a_name_is_one_name():
    x = run("The Orlan Textile Congress closed in Orlan City on Saturday.",
            "Ana Marrin, Deputy General Secretary of the Vessan Federation of Textile, Clothing and Footwear Workers (VFTCFW), "
            "addressed the congress.",
            "Ivo Kettle, Committee Member for Trade, Tourism and Investment Rosa Tarvik and the Orlan Mills Association "
            "attended.")
    orgs = labels(x, "Organization")
    assert "Vessan Federation of Textile, Clothing and Footwear Workers" in orgs
    assert "Vessan Federation of Textile" not in orgs
    assert not any("Rosa Tarvik" in o for o in orgs)


def test_a_town_of_the_city_lexicon_is_a_place_where_a_place_stands():
    # (real towns: the lexicon holds GeoNames' towns, none of them in the gazetteer)
    x = run("The Orlan Cotton Summit commenced today in Bhilwara, bringing together 300 spinners.",
            "Ana Marrin, chief executive of the Santa Cruz de la Sierra start-up Vessan Loop, spoke.",
            "The company first met its buyers at a trade show in Ichalkaranji in 2022.")
    assert objects(x, "gk:heldIn", "Orlan Cotton Summit") == {"Bhilwara"}
    assert {"Bhilwara", "Santa Cruz de la Sierra", "Ichalkaranji"} <= labels(x, "Place")
    assert "Santa Cruz de la Sierra" not in labels(x, "Person")
    x = run("Reading the report, the Orlan Mills Association said exports fell.")
    assert "Reading" not in labels(x, "Place")


def test_a_seminar_held_somewhere_is_the_main_event_and_a_forum_with_officers_a_body():
    x = run("ORLAN DAILY CHRONICLE | Business | Monday, 17 November 2025",
            "North can absorb more apparel jobs, seminar told",
            "By Malarvizhi Vessanathan, Orlan Group Corr.",
            "Speakers at a seminar held in Bhilwara on Saturday urged the Government to act.",
            "The seminar was organised by the Orlan Chamber of Industries (OCI).",
            "Orlan Garment Makers' Forum (OGMF) Secretary General Ivo de Marrin told the seminar that buyers want "
            "traceable goods.",
            "Speaking to the Orlan Daily Chronicle, Ana Kettle said the bank would lend more.")
    assert x.main_event is not None and x.main_event.label == "seminar"
    assert "Orlan Chamber of Industries" in objects(x, "gk:organizedBy", "seminar")
    assert "Bhilwara" in objects(x, "gk:heldIn", "seminar")
    assert {"Orlan Garment Makers' Forum", "Orlan Daily Chronicle"} <= labels(x, "Organization")
    assert ("Ivo de Marrin", "secretary general", "Orlan Garment Makers' Forum") in posts(x)
    assert "Malarvizhi Vessanathan" in labels(x, "Person")
    assert "Orlan Daily Chronicle" not in labels(x, "Person")


def test_degrees_after_a_name_and_titles_of_indonesian_english():
    x = run("The Orlan Dye Symposium was held in Orlan City on Monday.",
            "In her report, Dr. Ir. Wening Kettle, M.T., head of the Orlan Dye Centre, said 86 papers were accepted.",
            "Ana Tarvik, S.Sn., M.Ds., a lecturer at the Orlan Design School, moderated the forum.",
            "The agreement was witnessed by the Dean, Dr. Eng. Sari Dewanti Marrin.",
            "The symposium was sponsored by PT Indigo Lestari Vessan.",
            "The next OSDS will be held in Bhilwara in 2027.")
    got = posts(x)
    assert ("Wening Kettle", "head", "Orlan Dye Centre") in got
    assert ("Ana Tarvik", "lecturer", "Orlan Design School") in got
    assert "Sari Dewanti Marrin" in labels(x, "Person") and "Eng" not in labels(x, "Person")
    assert "PT Indigo Lestari Vessan" in labels(x, "Organization")
    assert "M.Ds." not in labels(x, "Organization")
    assert objects(x, "gk:heldIn", "Orlan Dye Symposium") == {"Orlan City"}


def test_a_units_owner_in_lower_case_an_acronym_before_a_role_and_functions_before_it():
    x = run("The graduation ceremony was organized by the college's Division of Workforce Education together with the "
            "Orlan Workforce Board (OWB), at the Royal Palm Event Centre, Tanner Road, Vessan City.",
            "OCC President Dr. Rosa Kettle welcomed the graduates.",
            "Ana Marrin, human resources director at Tarvik Seating Inc., said her company hired four graduates.",
            "The judges were headed by Mrs. Ngozi Vessan, fashion editor of Needle Orlan magazine.",
            "Best Emerging Designer went to Ada Kettle of Marrin Couture.")
    assert {"Division of Workforce Education", "Orlan Workforce Board"} <= objects(x, "gk:organizedBy", "graduation ceremony")
    got = posts(x)
    assert ("Rosa Kettle", "president", "OCC") in got
    assert ("Ana Marrin", "human resources director", "Tarvik Seating Inc.") in got
    assert ("Ngozi Vessan", "fashion editor", "Needle Orlan") in got
    assert "Marrin Couture" in labels(x, "Organization")
    assert "Royal Palm Event Centre" in labels(x, "Place") and "Tanner Road" not in labels(x, "Place")


def test_a_federation_of_a_union_named_head_first_is_a_unit_of_it():
    x = run("The 8th Congress of the Textile, Clothing and Leather Federation of the Sindicat Unitari de Vessania "
            "closed on Saturday in Orlan City.",
            "The Congress was closed by the Confederal General Secretary of the Sindicat Unitari de Vessania, "
            "Jordi Kettle Marrin.")
    assert "Sindicat Unitari de Vessania" in labels(x, "Organization")
    fed = next(e for e in x.entities if e.kind == "Organization" and e.label.startswith("Textile, Clothing"))
    assert "Textile, Clothing and Leather Federation" in fed.alt_labels
    assert "Sindicat Unitari de Vessania" in objects(x, "org:subOrganizationOf", fed.label)
    assert ("Jordi Kettle Marrin", "general secretary", "Sindicat Unitari de Vessania") in posts(x)


def test_posts_said_with_is_taking_charge_and_a_role_org_comma_name():
    x = run("The 63rd Annual General Meeting of OTMA was held in Orlan City.",
            "Mr. Abdul Karim Kettle has assumed the charge of the office of the Chairman OTMA for the term 2021-22.",
            "The Chairman OTMA, Mr. Tariq Marrin thanked the members.",
            "Ana Vessan is also the head of sourcing at Tarvik Apparel Ltd.",
            "The Orlan Accessory Makers Association (OAMA), a subsidiary association of the Joint Apparel Association "
            "Forum of Vessania (JAAF), hosted its 17th Annual General Meeting at the Hotel Orlan.")
    got = posts(x)
    assert ("Abdul Karim Kettle", "chairman", "OTMA") in got
    assert ("Tariq Marrin", "chairman", "OTMA") in got
    assert ("Ana Vessan", "head of sourcing", "Tarvik Apparel Ltd.") in got
    assert "Joint Apparel Association Forum of Vessania" in labels(x, "Organization")
    assert "Joint Apparel Association Forum of Vessania" in objects(x, "org:subOrganizationOf", "Orlan Accessory Makers Association")
    assert "Orlan Accessory Makers Association" in objects(x, "gk:organizedBy", "17th Annual General Meeting")


def test_speakers_after_a_session_the_sentence_says_was_held_and_a_goodwill_message():
    x = run("The 8th Orlan Congress opened in Orlan City on Friday.",
            "The opening session on Friday morning was addressed by the Mayor of Orlan City, Rosa Kettle Marrin.",
            "As part of the Congress, the federation held a round table on \"Who pays for recycling?\" on Friday "
            "evening at the Orlan Heritage Museum. It was moderated by Elena Kettle, journalist at the Orlan Courier. "
            "Dr Pere Vessan of the Orlan Textile Institute said that plants could create 1,500 jobs. Mireia Marrin, "
            "Head of Sustainability at Tarvik SA, also spoke.",
            "Alhaji Musa Lawal Tarvik, National President of the Orlan Union of Tailors (OUT), who travelled from "
            "Bhilwara for the event, delivered a goodwill message.")
    assert "opening session" in labels(x, "Event") and "session on Friday morning" not in labels(x, "Event")
    assert "Rosa Kettle Marrin" in objects(x, "gk:addressedBy", "opening session")
    assert {"Pere Vessan", "Mireia Marrin"} <= objects(x, "gk:addressedBy", "Who pays for recycling?")
    assert "Musa Lawal Tarvik" in objects(x, "gk:addressedBy", "8th Orlan Congress")


def test_a_directorate_general_for_firms_of_a_size_of_a_ministry_and_people_by_their_slot():
    x = run("The Orlan Dye Symposium was held in Orlan City.",
            "It was supported by the Directorate General of Small, Medium and Miscellaneous Industries of the Ministry "
            "of Industry.",
            "The Makers' Forum on the second day was moderated by Bayu Kettle, S.Sn., M.Ds., a lecturer at the Orlan "
            "Design School.",
            "The CEO Conclave was moderated by StitchWire Orlan editor Rohan Marrin.")
    unit = "Directorate General of Small, Medium and Miscellaneous Industries of the Ministry of Industry"
    assert unit in labels(x, "Organization")
    assert "Ministry of Industry" in objects(x, "org:subOrganizationOf", unit)
    directorate = next(e for e in x.entities if e.label == unit)
    assert "Directorate General of Small, Medium and Miscellaneous Industries" in directorate.alt_labels
    assert "Bayu Kettle" in objects(x, "gk:presidedOverBy", "Makers' Forum")
    assert "StitchWire Orlan" not in labels(x, "Person")


def test_the_first_of_two_family_names_alone_and_a_descriptor_with_an_apostrophe():
    x = run("The Orlan Congress opened in Orlan City on Friday.",
            "Àlex Vessan i Marrin, Director General of Labour Relations, spoke first.",
            "Mr Vessan announced a training plan.",
            "Jordi Kettle Tarvik presented the general report. Kettle recalled the job losses.",
            "Guests included Teresa Marrin Oliveras, President of the employers' association Associació Tèxtil del "
            "Orlan (ATO).")
    people_ = labels(x, "Person")
    assert "Vessan" not in people_ and "Kettle" not in people_
    assert {"Àlex Vessan i Marrin", "Jordi Kettle Tarvik"} <= objects(x, "gk:addressedBy", "Orlan Congress")
    assert ("Teresa Marrin Oliveras", "president", "Associació Tèxtil del Orlan") in posts(x)
    x = run("The Orlan Forum opened in Orlan City.", "Maria Elena Kettle spoke.", "Mr Elena thanked the guests.")
    assert "Maria Elena Kettle" in labels(x, "Person") and "Elena" in labels(x, "Person")  # (a second given name)


def test_officers_under_a_heading_line_of_their_own_are_the_body_s_and_an_event_to_come_is_not_the_event():
    x = run("ORLAN KNITWEAR EXPORTERS CHAMBER",
            "The Election Commission of the Orlan Knitwear Exporters Chamber (OKEC) notifies the result of the "
            "Annual Elections. Polling was conducted by the Election Commission on Monday at the Chamber House.",
            "OFFICE BEARERS\n1. President – Mian Rohan Vessel Tarvik (Tarvik Knits (Pvt.) Ltd.)\n"
            "2. Senior Vice President – Ch. Bilal Kettle Marrin (Marrin Apparel)",
            "The new office bearers of the Orlan Knitwear Exporters Chamber took oath at a ceremony held at the "
            "Chamber House on Saturday. The ceremony was organised by the OKEC.",
            "Addressing the ceremony, the new President said the Chamber would organise its first Orlan Activewear "
            "Sourcing Show in February.")
    assert ("Mian Rohan Vessel Tarvik", "president", "Orlan Knitwear Exporters Chamber") in posts(x)
    assert ("Bilal Kettle Marrin", "senior vice president", "Orlan Knitwear Exporters Chamber") in posts(x)
    assert not [p for p in posts(x) if p[2] == "Election Commission"]
    assert "Orlan Knitwear Exporters Chamber" in objects(x, "gk:organizedBy", "ceremony")
    assert not objects(x, "gk:organizedBy", "Orlan Activewear Sourcing Show")


def test_a_delegation_listed_among_others_attends_and_a_turkish_limited_company_is_a_company():
    x = run("The Orlan Knitwear Investment Forum was held in Orlan City on Wednesday.",
            "The delegation comprised, among others:\n"
            "– Mr. Kerem Tarvikoğlu (Managing Director, Orlan Örme A.Ş.)\n"
            "– Mr. Burak Vessel Şahin (Deputy General Manager, Marmara Kettle Sanayi Ltd. Şti.)")
    attendees = objects(x, "gk:attendedBy", "Orlan Knitwear Investment Forum")
    assert {"Kerem Tarvikoğlu", "Burak Vessel Şahin"} <= attendees
    assert ("Burak Vessel Şahin", "deputy general manager", "Marmara Kettle Sanayi Ltd. Şti.") in posts(x)


def test_a_building_named_by_its_last_word_is_a_venue_and_at_the_venue_says_where_the_event_was():
    x = run("That ambition was on show last week at the Orlan Apparel Forum 2025, which the Orlan Fashion "
            "Commission organised with the Tarvik Authority for Industrial Zones (TAIZ) at the Kettle Memorial "
            "Hall in Orlan City.")
    assert {"Orlan Fashion Commission", "Tarvik Authority for Industrial Zones"} <= objects(
        x, "gk:organizedBy", "Orlan Apparel Forum 2025")
    assert {"Kettle Memorial Hall", "Orlan City"} <= objects(x, "gk:heldIn", "Orlan Apparel Forum 2025")
    x = run("About 650 growers packed the Vessel Events Center on Tuesday for the 2025 Orlan Cotton Outlook Forum.")
    assert "Vessel Events Center" in objects(x, "gk:heldIn", "2025 Orlan Cotton Outlook Forum")
    x = run("The Third Orlan Weavers Congress closed at the Marrin Bellavista cultural centre in Orlan City.")
    assert {"Marrin Bellavista", "Orlan City"} <= objects(x, "gk:heldIn", "Third Orlan Weavers Congress")
    x = run("The Orlan Denim Week opened in Orlan City on Monday.",
            "The Tarvik Weavers Guild, based at the Kettle Museum, took part.",
            "Opening ceremony at Vessel Pavilion")
    assert objects(x, "gk:heldIn", "Orlan Denim Week") == {"Orlan City"}


def test_a_city_hall_that_supports_a_fair_is_the_town_s_government_not_a_venue():
    x = run("The Orlan Textile Days were held in Orlan City.",
            "The event was supported by Orlan City Hall and the Tarvik Chamber of Commerce.")
    assert "Orlan City Hall" in labels(x, "Organization")


def test_exhibitors_visitors_the_audience_and_the_sidelines_attend():
    x = run("The Orlan Nonwovens Show opened in Orlan City on Monday.",
            "First-time exhibitors include the Korean spunlace producer Tarvik Nonwoven Co., and Kettle Brno s.r.o. "
            "from the Czech Republic.",
            "Among the visitors was Oliver Vessel-Hughes, head of sourcing at Marrin & Hart.",
            "State Rep. Carl Orlanson and Mayor Anita Tarvik were in the audience.",
            "Talking to reporters on the sidelines of the show, Gurpreet Kaur Vessan, director of Vessan Overseas, "
            "said buyers had put orders on hold.")
    attendees = objects(x, "gk:attendedBy", "Orlan Nonwovens Show")
    assert {"Tarvik Nonwoven Co.", "Kettle Brno s.r.o.", "Oliver Vessel-Hughes", "Gurpreet Kaur Vessan"} <= attendees
    assert "Gurpreet Kaur Vessan" not in objects(x, "gk:addressedBy", "Orlan Nonwovens Show")
    x = run("The Orlan Fair opened on Monday.", "Among the exhibitors were:\n"
            "– Tarvik Væveri A/S, which launched a twill;\n– Kettle Strik ApS, showing base layers.")
    assert {"Tarvik Væveri A/S", "Kettle Strik ApS"} <= objects(x, "gk:attendedBy", "Orlan Fair")


def test_a_forum_a_person_holds_a_post_in_is_a_body_and_a_nickname_stays_in_a_name_after_an_honorific():
    x = run("The Orlan Denim Fair opened in Orlan City on Monday.",
            "Venkatesh Babu Tarvik, Vice-President, Southern Orlan Garment Exporters' Forum, noted that buyers wanted "
            "water data.",
            "Ms Anna Kettle, Director General of the Vessan Retail Round Table, said prices would rise.",
            'Also on the panel was Mr Jacob "Jake" Marrin, who said orders were late.')
    assert x.main_event is not None and x.main_event.label == "Orlan Denim Fair"
    orgs = labels(x, "Organization")
    assert {"Southern Orlan Garment Exporters' Forum", "Vessan Retail Round Table"} <= orgs
    assert ("Anna Kettle", "director general", "Vessan Retail Round Table") in posts(x)
    assert "Jacob Marrin" in labels(x, "Person") and "Jacob" not in labels(x, "Person")  # (the nickname: an alt label)


def test_a_numbered_list_and_a_heading_that_says_its_people_presented_give_speakers():
    x = run("The Orlan Weavers Workshop was held in Orlan City on Monday.",
            'It was followed by a panel discussion on "Wages in Orlan Mills", moderated by Ms. Anna Kettle.',
            "The panellists were:\n1. Mr. Tomas Vessel, President, Orlan Garment Association;\n"
            "2. Ms. Ruth Marrin, General Manager, Tarvik Mills Ltd.")
    assert {"Tomas Vessel", "Ruth Marrin"} <= objects(x, "gk:addressedBy", "Wages in Orlan Mills")
    x = run("The Orlan Fibre Project kick-off meeting was held in Orlan City on Monday.",
            "The work package leaders then presented their plans for the first year:\n\n"
            "• WP1 Sorting – Mikael Tarvikson, Head of Operations, Kettle Oy\n"
            "• WP2 Recycling – Dr. Kadri Vessel-Marrin, Senior Researcher, Orlan Institute of Textile Chemistry")
    speakers = objects(x, "gk:addressedBy", "Orlan Fibre Project kick-off meeting")
    assert {"Mikael Tarvikson", "Kadri Vessel-Marrin"} <= speakers


def test_a_speech_verb_after_another_verb_of_the_subject_and_not_of_the_object():
    x = run("The Orlan Textile Forum was held in Orlan City on Monday.",
            "Ms Ioana Tarvik-Popa (Project Adviser, Orlan Research Agency) followed the first day online and "
            "presented the reporting rules.",
            "Following the vote, the board elected Mr. Leon Kettle as lead director and declared a dividend.")
    speakers = objects(x, "gk:addressedBy", "Orlan Textile Forum")
    assert "Ioana Tarvik-Popa" in speakers
    assert "Leon Kettle" not in speakers


def test_a_centre_that_implements_is_an_organization_a_programme_that_backs_stays_one_and_the_company_s_meeting():
    x = run("The Orlan Cotton Webinar was held online on Monday.",
            "The series is supported by the Orlan Value Addition Programme (OVAP), funded by the Tarvik Union and "
            "implemented by the Kettle Trade Centre (KTC).")
    assert "Kettle Trade Centre" in labels(x, "Organization")
    assert "Kettle Trade Centre" in objects(x, "gk:organizedBy", "Orlan Value Addition Programme")
    x = run("Orlan Knit Fabrics, Inc. announced that its shareholders approved all proposals presented at the "
            "company's 2025 Annual Meeting of Shareholders, held on May 14 in Orlan City.")
    assert objects(x, "gk:organizedBy", "2025 Annual Meeting of Shareholders") == {"Orlan Knit Fabrics, Inc."}


def test_the_main_event_is_no_frequency_no_cited_session_no_clause_and_no_event_still_to_come():
    x = run("Orlan grant will train knitting technicians",
            "Mayor Anna Kettle joined mill owners on Tuesday at the Orlan College for the presentation of a state grant.",
            "Apprentices will spend three days a week on the production floor.",
            "Hundreds of weavers attended the foundation stone laying ceremony.")
    assert x.main_event is not None and x.main_event.label == "foundation stone laying ceremony"
    x = run("The Orlan Committee of the Tarvik Parliament published its report (4th Report, 2025 (Session 6)) today.",
            "As part of the inquiry, the Committee held a formal meeting in Orlan City on Monday 29 September 2025.")
    assert x.main_event is not None and x.main_event.label == "formal meeting"
    assert "Orlan City" in objects(x, "gk:heldIn", "formal meeting")
    x = run("Orlan Mills sees more orders",
            "Speaking on the company's third-quarter 2025 earnings conference call, Chief Executive Officer Ruth "
            "Tarvik said that sales rose.",
            "The company was in talks with two buyers.",
            "The company said it would present at the Kettle Manufacturing Investor Conference in December.")
    assert x.main_event is not None and x.main_event.label == "third-quarter 2025 earnings conference call"
    assert "Ruth Tarvik" in objects(x, "gk:addressedBy", "third-quarter 2025 earnings conference call")


def test_a_family_name_in_capitals_and_a_birth_name_after_nee():
    x = run("The handover ceremony of the Orlan Weaving Centre was held in Orlan City on Tuesday.",
            "H.E. Mr. TARVIKA Hiroshi, Ambassador of Japan, attended the handover ceremony.",
            "In her welcome speech, Mme Salamata KETTLÉ née MARRIN, President of the Orlan Weavers Association, "
            "recalled the rainy seasons.",
            "In his speech, Ambassador Tarvika said the centre would open in March.",
            "Mme Kettlé thanked the guests.")
    people = labels(x, "Person")
    assert {"TARVIKA Hiroshi", "Salamata KETTLÉ née MARRIN"} <= people or {"TARVIKA Hiroshi", "Salamata KETTLÉ"} <= people
    assert "Tarvika" not in people and "Kettlé" not in people  # (the later mentions are the same people)
    speakers = objects(x, "gk:addressedBy", "handover ceremony")
    assert "TARVIKA Hiroshi" in speakers
    x = run("The UAE Circular Textiles Pledge 2030 was signed at a ceremony held in Dubai.")
    assert "UAE Circular Textiles Pledge 2030" not in labels(x, "Person")


def test_a_company_post_with_emoji_bullets_an_open_house_and_our_moderated_panel():
    x = run("Orlan Loomworks on LinkedIn: our open house",
            "On October 3 we opened our plant in Orlan City, MA for the MFG Day 2025 Open House, organized together "
            "with the Tarvik Manufacturing Alliance (TMA).",
            "👉 State Representative Anna Kettle-Vessan told the students that the mills were hiring.",
            '👉 Our student panel, "What I wish I knew before I started," was moderated by our HR Director, '
            "Jasmine Marrin-Odu, with:",
            "• Kayla Tarvik, senior at Orlan Technical High School",
            "• Marco Vessel – first-year apprentice, Orlan Loomworks")
    assert x.main_event is not None and x.main_event.label == "MFG Day 2025 Open House"
    assert "Tarvik Manufacturing Alliance" in objects(x, "gk:organizedBy", "MFG Day 2025 Open House")
    assert "Anna Kettle-Vessan" in objects(x, "gk:addressedBy", "MFG Day 2025 Open House")
    panel = "What I wish I knew before I started"
    assert objects(x, "gk:presidedOverBy", panel) == {"Jasmine Marrin-Odu"}
    assert {"Kayla Tarvik", "Marco Vessel"} <= objects(x, "gk:addressedBy", panel)


def test_the_lines_of_a_conference_programme_go_to_their_timed_item():
    x = run("Orlan Textile Days 2026: programme announced",
            "The Orlan Textile Cluster is pleased to announce the programme of the fifth Orlan Textile Days.",
            "09:00 Registration and coffee",
            "09:30 Official opening",
            "Welcome addresses:",
            "• Elena Tarvik-Ristova, President, Orlan Textile Cluster",
            "• Deputy Minister of Economy, Mr Blerim Kettle",
            "10:45 Panel 1: Small batches, short lead times",
            "Chair: Prof. Dr. Dragan Vessel",
            "– Giulia Marrin, Production Director, Atelier Marrin (Milan)",
            "– Stefan Orlanov (CEO, Tarvik Yarns AD)",
            "20:00 Conference dinner, hosted by Tarvik Yarns AD",
            "FRIDAY, 15 MAY",
            "09:00–13:00 Factory visits, coordinated by the Orlan Textile Cluster")
    assert objects(x, "gk:presidedOverBy", "Panel 1") == {"Dragan Vessel"}
    assert objects(x, "gk:addressedBy", "Panel 1") == {"Giulia Marrin", "Stefan Orlanov"}
    assert {"Elena Tarvik-Ristova", "Blerim Kettle"} <= objects(x, "gk:addressedBy", "Official opening")
    assert {"Elena Tarvik-Ristova", "Blerim Kettle"} <= objects(x, "gk:addressedBy", "Orlan Textile Days")
    assert objects(x, "gk:hostedBy", "Conference dinner") == {"Tarvik Yarns AD"}
    assert objects(x, "gk:partOf", "Factory visits") == {"Orlan Textile Days"}
    assert "Registration and coffee" not in labels(x, "Event")


def test_a_named_event_that_opens_its_paragraph_takes_the_paragraph_s_speeches_and_a_conference_hall_is_no_event():
    x = run("The third Orlan Valley Textile Expo closed on 26 September at the Orlan Expo Centre.",
            "The expo was opened by Mr. Ulugbek Tarvikov, Governor of Orlan Region.",
            "",
            "Silk Road Cotton Forum",
            'On 25 September, the Silk Road Cotton Forum gathered some 340 participants in the conference hall of '
            'the Expo Centre under the theme "From fibre to fashion".',
            "Mehmet Ali Kettle, sourcing manager at Vessel Retail Group, told the forum that retailers were looking east. "
            "Li Wenjun, general manager of Marrin Textile Co., Ltd., said the mill would open in 2027.")
    assert objects(x, "gk:participantCount", "Silk Road Cotton Forum") == {340}
    assert {"Mehmet Ali Kettle", "Li Wenjun"} <= objects(x, "gk:addressedBy", "Silk Road Cotton Forum")
    assert "Li Wenjun" not in objects(x, "gk:addressedBy", "Orlan Valley Textile Expo")


def test_a_post_on_the_board_of_an_organization_is_held_in_the_organization():
    x = run("The Orlan Expo closed on Monday.", "The Orlan Weavers Association (OWA) ran it.",
            "Mr. Bakhtiyor Tarvikov, Chairman of the Board of OWA, presented the diplomas.",
            "Ms. Anna Kettle, a member of the Board of the Orlan Weavers Association, said it was late.")
    assert ("Bakhtiyor Tarvikov", "chairman of the board", "Orlan Weavers Association") in posts(x)
    assert ("Anna Kettle", "member of the board", "Orlan Weavers Association") in posts(x)
    assert not any(label.startswith("Board of") for label in labels(x, "Organization"))


def test_the_headline_s_edition_is_the_main_event_over_a_past_one_the_body_looks_back_on():
    x = run("Minutes of the 38th Annual General Meeting of the Orlan Tant Shilpa Malik Samity",
            "Date: Saturday, 20 December 2025",
            "Venue: Samity Auditorium, Orlan Bazar",
            "The meeting began with recitations. The President welcomed the members and guests.",
            "The minutes of the 37th AGM held on 14 December 2024 were read out by the General Secretary, "
            "Mr. Nirmal Chandra Tarvik.",
            "The Orlan Tant Shilpa Malik Samity thanked the guests.")
    assert x.main_event is not None
    assert x.main_event.label == "38th Annual General Meeting of the Orlan Tant Shilpa Malik Samity"
    assert "Orlan Tant Shilpa Malik Samity" in labels(x, "Organization")


def test_a_union_statement_greetings_a_board_of_an_acronym_and_talks_of_their_own():
    x = run("The Orlan Textile Workers' Union (OTWU) held its conference in Orlan City.",
            "The Conference of Shop Stewards of South Orlan, held on Thursday in Orlan City, brought together 146 "
            "shop stewards.",
            "The conference was organised by the Regional Board for South Orlan of OTWU.",
            "The conference was greeted by Ivana Kettle Marinković, State Secretary at the Ministry of Labour, who "
            "said the Ministry was ready to host the talks, and by Aleksandar Vesselić, member of the City Council.",
            "Sanja Tarvik, a machine operator, described temperatures of 36°C in her sewing hall.")
    conference = "Conference of Shop Stewards of South Orlan"
    assert {"Ivana Kettle Marinković", "Aleksandar Vesselić", "Sanja Tarvik"} <= objects(x, "gk:addressedBy", conference)
    assert not find(x, "gk:hostedBy")
    assert objects(x, "org:subOrganizationOf", "Regional Board for South Orlan of OTWU") == {"Orlan Textile Workers' Union"}


def test_the_other_members_of_a_delegation_attend_and_words_on_the_sidelines_are_no_speech():
    x = run("The Orlan Apparel Buyers' Mission 2026 was organised by the Orlan Exporters Association.",
            "The delegation was led by Thandiwe Kettle, head of sourcing at Vessel Stores. Other members included:",
            "- Brian Otieno Tarvik, merchandising manager, Marrin Schoolwear Ltd, Nairobi",
            "- Carla J. Orlanson (director of global sourcing, Kettle Outfitters Inc.)",
            "Opening the business-to-business meetings at the Orlan House Conference Centre on Wednesday, Minister "
            "of Trade Hon. Chimwemwe Vessel-Kalua said exports would double.",
            "Speaking on the sidelines, Kondwani Marrin, branch manager of First Orlan Bank, said the bank would lend.")
    mission = "Orlan Apparel Buyers' Mission 2026"
    assert {"Brian Otieno Tarvik", "Carla J. Orlanson"} <= objects(x, "gk:attendedBy", mission)
    assert "Chimwemwe Vessel-Kalua" in objects(x, "gk:addressedBy", "business-to-business meetings")
    assert "Kondwani Marrin" in objects(x, "gk:attendedBy", mission)
    assert "Kondwani Marrin" not in objects(x, "gk:addressedBy", mission)


def test_a_unit_named_with_its_owner_s_possessive_organizes_and_its_theme_is_the_event_s():
    x = run("More than 180 researchers, mill engineers and students filled Orlan Engineering Hall on Tuesday for the "
            "inaugural Orlan Floorcovering Circularity Symposium.",
            "The symposium was organized by the university's School of Fiber Engineering together with the Tarvik "
            "Floorcovering Council (TFC).",
            'Its theme, "Closing the Loop on Carpet," ran through a day of talks and a student poster session.')
    symposium = "Orlan Floorcovering Circularity Symposium"
    assert objects(x, "gk:organizedBy", symposium) == {"School of Fiber Engineering", "Tarvik Floorcovering Council"}
    assert objects(x, "gk:theme", symposium) == {"Closing the Loop on Carpet"}
    assert objects(x, "gk:participantCount", symposium) == {180}


def test_a_south_asian_report_who_presided_active_sponsors_a_counted_audience_and_a_district_before_a_name():
    x = run("The Orlan Cotton Value Chain Conference 2025 was organised by the Tarvik Chamber of Commerce (TCC).",
            "Kettle Bank Limited and Vessel Spinning Mills Limited sponsored the event.",
            "Held at the Orlan Convention Centre on Circular Road, the conference was attended by more than 400 growers, "
            "ginners and spinners.",
            "TCC President Mian Ghulam Farid Marrin, who presided, said arrivals had fallen.",
            "Deputy Commissioner Bahawalpur Zahid Mehmood Orlani was also present.")
    conf = "Orlan Cotton Value Chain Conference 2025"
    assert {"Kettle Bank Limited", "Vessel Spinning Mills Limited"} <= objects(x, "gk:supportedBy", conf)
    assert objects(x, "gk:participantCount", conf) == {400}
    assert objects(x, "gk:heldIn", conf) == {"Orlan Convention Centre"}
    assert objects(x, "gk:presidedOverBy", conf) == {"Mian Ghulam Farid Marrin"}
    assert "Zahid Mehmood Orlani" in objects(x, "gk:attendedBy", conf)
    assert "Circular Road" not in labels(x, "Event")


def test_an_assembly_with_a_president_named_after_it_is_a_body_not_the_main_event():
    x = run("The Minister of Industry, Mr. Abdelhamid Orlani, carried out a working visit to the wilaya of Tarvik. He was "
            "accompanied by the President of the Popular Assembly of the Wilaya (APW), Mr. Sidi Mohammed Kettle.",
            "The Minister then chaired a working meeting at the headquarters of the wilaya.")
    assert "Popular Assembly of the Wilaya" in labels(x, "Organization")
    assert x.main_event is None or x.main_event.label != "Popular Assembly of the Wilaya"


def test_the_post_a_person_was_introduced_with_refers_back_to_them():
    x = run("The Minister of Industry, Mr. Abdelhamid Orlani, carried out on Wednesday a working and inspection visit "
            "to the wilaya of Tarvik. He was accompanied by the Wali of Tarvik, Mrs. Samia Kettle.",
            "The Minister began his visit in the Orlan industrial zone, where he inaugurated a weaving unit.",
            'During the inauguration ceremony, the Minister stressed that "every metre woven here is a metre we no '
            'longer import".',
            "The Minister and the Wali attended a sewing demonstration by trainees.")
    assert x.main_event is not None and x.main_event.label == "working and inspection visit"
    assert "Abdelhamid Orlani" in objects(x, "gk:addressedBy", "inauguration ceremony")
    assert {"Abdelhamid Orlani", "Samia Kettle"} <= objects(x, "gk:attendedBy")
    assert not any(label.startswith("the ") for label in labels(x, "Person"))
    # two people introduced with one post: "the President" refers to neither
    x = run("The Orlan Fair opened on Monday.", "The President of the Orlan Council, Mr. Ali Tarvik, and the President "
            "of the Kettle Union, Ms. Ruth Vessel, were present.", "The President said the fair would grow.")
    assert objects(x, "gk:addressedBy", "Orlan Fair") == set()


def test_a_dateline_town_holds_the_event_held_in_a_part_of_it():
    x = run("ORLAN CITY – A multi-stakeholder roundtable on factory heat, held on 25 August at the Tarvik Hotel in "
            "Orlan City's Kettle Township, called for fire-safety plans.")
    assert "orlan city" in {label.lower() for label in objects(x, "gk:heldIn")}


def test_among_them_after_a_count_and_headings_of_members_attending_list_attendees():
    x = run("The handover ceremony of the Orlan Weaving Centre was held in Orlan City on Tuesday.",
            "The ceremony was attended by about 250 people. Among them were Mr. Adama Tarvik, Secretary General of "
            "the Region; and Mr. Rasmané Kettle, Commercial Director of Orlan Cotton SA.")
    assert {"Adama Tarvik", "Rasmané Kettle"} <= objects(x, "gk:attendedBy", "handover ceremony")
    x = run("The Orlan Committee held a formal meeting in Orlan City on Monday 29 September 2025.",
            "Committee members attending in Orlan City:",
            "Alasdair Tarvik (Orlan East) (Convener)",
            "Claire Kettle-Wood (Lothian) (Deputy Convener)",
            "Iain Vessel-Kerr (Ettrick) (Con)")
    assert {"Claire Kettle-Wood", "Iain Vessel-Kerr"} <= objects(x, "gk:attendedBy", "formal meeting")
    x = run("Orlan Mills reported on its third-quarter 2025 earnings conference call.",
            "Analysts on the call included:",
            "• Hannah Tarvik-Barr, Kettle Brothers & Co.",
            "• Raj Vessel, Marrin Securities")
    assert {"Hannah Tarvik-Barr", "Raj Vessel"} <= objects(x, "gk:attendedBy")


def test_a_panel_moderated_by_someone_that_will_include_a_list_and_an_opening_on_a_date():
    x = run("The Orlan Footwear Expo opens in Orlan City on 10 March.",
            'Ms Thandeka Kettle will also speak on the panel "Localisation after AGOA" on 11 March. The panel will be '
            "moderated by Prof. Ashwin Tarvik, Head of Textile Science at Orlan University, and will include:",
            "– Mr Hendrik \"Henk\" Vessel (National Organiser, Orlan Clothing Workers' Union)",
            "– Chairperson Dr Nomvula Marrin-Reddy",
            "The expo was opened on 10 March by Mr. Ulugbek Orlanov, Governor of Orlan Region.",
            "Secretary General Cecilia Kettle Bentancor closed the ceremony with an invitation to the next edition.")
    panel = "Localisation after AGOA"
    assert {"Hendrik Vessel", "Nomvula Marrin-Reddy"} <= objects(x, "gk:addressedBy", panel)
    assert objects(x, "gk:presidedOverBy", panel) == {"Ashwin Tarvik"}
    assert {"Ulugbek Orlanov", "Cecilia Kettle Bentancor"} <= objects(x, "gk:addressedBy", "Orlan Footwear Expo")
    x = run("The grant presentation continued in the afternoon with a roundtable on hiring and retention in the "
            "council chambers at City Hall.")
    assert "roundtable on hiring and retention" in labels(x, "Event")


def test_a_body_that_held_a_gathering_organized_it_and_the_company_s_call_is_the_company_s():
    x = run("The Orlan Weavers Association held a formal meeting in Orlan City on Monday.")
    assert objects(x, "gk:organizedBy", "formal meeting") == {"Orlan Weavers Association"}
    x = run("Orlan Valley Textiles, Inc. (Nasdaq: OVT), a maker of carpet backing, said on Thursday that orders rose.",
            "Speaking on the company's third-quarter 2025 earnings conference call, Chief Executive Officer Marcus D. "
            "Tarvik told analysts that sales rose.")
    assert objects(x, "gk:organizedBy", "third-quarter 2025 earnings conference call") == {"Orlan Valley Textiles, Inc."}


def test_a_ministry_then_its_government_after_a_comma_is_part_of_it():
    x = run("Smt. Ritu Tarvik Sinha, Joint Secretary, Ministry of Textiles, Government of Orlandia, attended the meet.")
    assert objects(x, "org:subOrganizationOf", "Ministry of Textiles") == {"Government of Orlandia"}


def test_a_town_placed_by_its_distance_and_a_foundation_stone_is_no_foundation():
    x = run("The Chief Minister laid the foundation stone of the Orlan Denim Park at Kelvarahalli, about 20 km from "
            "Orlanpur, on Thursday.")
    assert "Kelvarahalli" in labels(x, "Place")
    assert not any("foundation" in label.lower() for label in labels(x, "Organization"))


def test_spanish_american_degree_titles_before_a_name_are_no_names():
    x = run("The Orlan Wool Awards 2025 were presented in Orlan City on Friday.",
            "Speaking on behalf of the ministry, Ing. Quím. Andrea Tarvik Pereyra, head of its Directorate of "
            "Industries, announced a second call.",
            "Ing. Agr. Martín Kettle Sosa, executive director of the Orlan Wool Institute, said exports rose.")
    people = labels(x, "Person")
    assert {"Andrea Tarvik Pereyra", "Martín Kettle Sosa"} <= people
    assert not {"Quím", "Agr"} & people
    assert {"Andrea Tarvik Pereyra", "Martín Kettle Sosa"} <= objects(x, "gk:addressedBy", "Orlan Wool Awards 2025")


def test_a_relative_clause_between_a_speaker_and_the_verb_and_verbs_of_showing():
    x = run("The Orlan Cotton Outlook Forum was held in Orlan City on Tuesday.",
            "Dr. Priya Tarvik (Head of Research, Kettle Fibre Analytics), who travelled from Marrinville with "
            "a team of four, said demand would stay steady.",
            "Dr. Jonas Vessel, Senior Adviser at the Orlan Environment Agency (OEA), who said a recycling scheme "
            "could start in 2028, chaired nothing.",
            "Ngozi Kettle-Marrin, a fibre scientist at the institute, showed data suggesting that quality improved.")
    assert {"Priya Tarvik", "Jonas Vessel", "Ngozi Kettle-Marrin"} <= objects(x, "gk:addressedBy",
                                                                           "Orlan Cotton Outlook Forum")
    # one who is named inside the clause is not the speaker; "showed" with no words shown is no speech
    x = run("The Orlan Cotton Outlook Forum was held in Orlan City on Tuesday.",
            "Mr. Omar Tarvik, who introduced Ms. Lena Vessel, said the forum had grown.",
            "The trend area, curated by designer Anna Kettle of Studio Marrin, showed 140 swatches.")
    assert objects(x, "gk:addressedBy", "Orlan Cotton Outlook Forum") == {"Omar Tarvik"}


def test_words_told_to_the_gathering_named_with_the():
    x = run("The 8th Congress of the Orlan Textile Workers' Federation was held in Orlan City on Saturday.",
            "Delegate Marta Kettle, a warehouse picker from Vesselton, told the Congress that temperatures had "
            "passed 35°C.")
    assert "Marta Kettle" in {label(f.object) for f in find(x, "gk:addressedBy")}


def test_a_session_held_with_no_article_holds_the_next_sentence_s_speech():
    x = run("The Orlan Cluster Forum was held in Orlan City on 18 September.",
            "On 19 September, the day after the forum, the Chamber hosted B2B meetings at its office for a delegation "
            "of 18 companies from the Vessel Garment Exporters' Union. The delegation was led by the union's deputy "
            "chairman, Timur Kettle, who told members that factories were ready.")
    assert objects(x, "gk:addressedBy", "B2B meetings") == {"Timur Kettle"}
    assert "Timur Kettle" not in objects(x, "gk:addressedBy", "Orlan Cluster Forum")


def test_a_visitor_s_remark_is_no_speech_and_the_panel_is_the_round_table_before_it():
    x = run("The Orlan Home Textiles Fair 2025 closed in Orlan City on Friday.",
            "Among the visitors was Oliver Kettle, head of sourcing at the Marrin tailoring house Vessel & Sons, who "
            "said he had placed orders with four mills.",
            'In the round table "Recycled fibres at scale", chaired by Dr. Elena Tarvik, head of the circular unit at '
            "the Orlan Textile Institute, industrialist João Marrin, CEO of Kettle Mills, explained that demand rose. "
            "Also on the panel was Klaus Vessel, purchasing manager at Orlan Hotels GmbH, who noted that buyers pay.")
    assert "Oliver Kettle" not in {label(f.object) for f in find(x, "gk:addressedBy")}
    assert objects(x, "gk:addressedBy", "Recycled fibres at scale") == {"João Marrin", "Klaus Vessel"}
    assert not [e for e in x.entities if e.label == "panel"]


def test_a_particle_joined_to_a_family_name_after_a_title_of_address():
    x = run("The Orlan Textile Forum was held in Orlan City on Monday.",
            "Ms. Hala bint Omar al-Tarvik, Director of the Kettle Inspection Directorate, noted that visits rose.",
            "Dr. Samir el-Vessel said exports rose.")
    assert {"Hala bint Omar al-Tarvik", "Samir el-Vessel"} <= objects(x, "gk:addressedBy", "Orlan Textile Forum")
    assert not {"Hala bint Omar", "Samir"} & labels(x, "Person")


def test_a_name_with_no_head_where_a_gathering_opened_closed_or_gathered_is_its_venue():
    x = run("The 12th edition of Orlan Denim Show closed its doors on 14 March after three days at Tarvik Big Sight.")
    assert objects(x, "gk:heldIn", "Orlan Denim Show") == {"Tarvik Big Sight"}
    x = run("Some 340 participants gathered at Kettle Xpo on Tuesday for the Orlan Flax Day 2025.")
    assert objects(x, "gk:heldIn", "Orlan Flax Day 2025") == {"Kettle Xpo"}
    # another name of the venue after a dash, then its town; a venue named "the X venue" is no name
    x = run("Vessel Mills will present its collection at Orlan Fabric Days 2026, which takes place from 11 to 13 March "
            "at Marrinor – Kettle International Fair, in Vesselhaven.")
    assert {"Marrinor", "Vesselhaven"} <= objects(x, "gk:heldIn", "Orlan Fabric Days 2026")
    x = run("The Orlan Apparel Forum 2025 was organised by the Orlan Apparel Guild.",
            "Both the forum and the ceremony were held at the Kettle Lake venue.")
    assert "Kettle Lake" not in labels(x, "Place")


def test_grounds_office_buildings_and_plazas_are_venues():
    x = run("The Orlan Knit Sourcing Fair drew 6,000 visitors to the Kettle Expo Grounds on Vessel Road, Orlanpur.")
    assert "Kettle Expo Grounds" in objects(x, "gk:heldIn", "Orlan Knit Sourcing Fair")


def test_a_heading_and_its_list_on_one_line():
    x = run("The Orlan Weavers Forum 2025 was held in Orlan City on Monday.",
            "Sponsors: Kettle Bank PLC, Vessel Mills Ltd and Marrin Freight Ltd",
            "PRESENT: Mayor Walter J. Tarvik; Council Members Denise Kettle-Marrin and Harold W. Orlan III",
            "ABSENT: Councilman Steven Marrinov (excused)",
            "Moderator: Dr. Ana Kettle (Orlan University)",
            "- Chair: Robert T. Vessel, President, Vessel Yarn Mills Inc.")
    ev = "Orlan Weavers Forum 2025"
    assert objects(x, "gk:supportedBy", ev) == {"Kettle Bank PLC", "Vessel Mills Ltd", "Marrin Freight Ltd"}
    assert objects(x, "gk:attendedBy", ev) == {"Walter J. Tarvik", "Denise Kettle-Marrin", "Harold W. Orlan III"}
    # (a board's chair in a list of officers holds a post; the session's moderator presided)
    assert objects(x, "gk:presidedOverBy", ev) == {"Ana Kettle"}


def test_minutes_a_section_under_a_side_event_s_heading_and_words_told_to_council():
    x = run("Orlan City Council approves grant",
            "MINUTES – REGULAR MEETING OF THE ORLAN CITY COUNCIL",
            "Mayor Walter J. Tarvik called the meeting to order at 6:00 p.m.",
            "PUBLIC HEARING – INCENTIVE GRANT, VESSEL YARNS, LLC",
            "Mayor Tarvik opened the public hearing at 6:21 p.m.",
            "",
            "Mr. Dinesh Orlanov, Vice President of Operations for Vessel Yarns, told Council that the plant had "
            "outgrown its building.",
            "",
            "Councilwoman Denise Kettle-Marrin spoke in favor.")
    assert objects(x, "gk:addressedBy", "PUBLIC HEARING") == {"Dinesh Orlanov", "Denise Kettle-Marrin"}


def test_the_labels_of_minutes_and_a_weekday_are_no_dateline_town():
    x = run("Orlan City Council approves grant",
            "MINUTES – REGULAR MEETING OF THE ORLAN CITY COUNCIL",
            "Tuesday, March 17, 2026 – 6:00 P.M.",
            "Mayor Walter J. Tarvik called the meeting to order at 6:00 p.m.")
    assert not {"MINUTES", "Tuesday"} & labels(x, "Place")


def test_towns_of_a_list_in_the_held_in_slot():
    x = run("The Orlan Weavers Forum 2026 will take place from 13 to 17 April 2026 in Kettleburg and Mary.")
    assert objects(x, "gk:heldIn", "Orlan Weavers Forum 2026") == {"Kettleburg", "Mary"}


def test_a_timed_item_of_a_bulleted_programme_holds_its_dashed_lines():
    x = run("The Orlan Trade Mission 2026 will take place from 13 to 17 April 2026 in Kettleburg.",
            "Tuesday, 14 April – Kettleburg",
            "• 09:30 – Orlan–Vessel Textile Business Forum at the Chamber's Exhibition Hall.",
            "– Opening remarks: Mr. Serdar Tarvik, Deputy Minister of Industry; H.E. Ambassador Murat Kettle.",
            '– Presentation: "Sourcing yarn" – Dr. Hakan Marrin, Sourcing Director, Vessel Denim A.Ş.',
            "• 19:30 – Dinner hosted by the Orlan Industrialists' Union.")
    assert objects(x, "gk:addressedBy", "Orlan–Vessel Textile Business Forum") == {"Serdar Tarvik", "Murat Kettle",
                                                                                  "Hakan Marrin"}
    assert not objects(x, "gk:addressedBy", "Orlan Trade Mission 2026")


def test_a_court_report_judges_courts_an_addressed_gathering_and_words_to_the_writer():
    x = run("The Orlan Labour Court has ruled that Kettle Spinners Limited unlawfully retrenched 212 workers.",
            "Justice Ruth Tarvik-Marrin handed down the judgment on Thursday at the end of a two-day hearing held at the "
            "Orlan Magistrates' Court.",
            "In her ruling, Justice Tarvik-Marrin said economic hardship does not suspend the law.",
            "Outside the court, union general secretary Comrade Nyasha Vessel addressed a gathering of about 150 workers.",
            "Speaking to this reporter, the company's managing director, Mr Omar Kettle, said it would appeal.")
    assert "Orlan Labour Court" in labels(x, "Organization")
    assert objects(x, "gk:addressedBy", "two-day hearing") == {"Ruth Tarvik-Marrin"}
    assert objects(x, "gk:addressedBy", "gathering") == {"Nyasha Vessel"}
    assert "Omar Kettle" not in {label(f.object) for f in find(x, "gk:addressedBy")}


def test_a_museum_s_exhibition_release_bodies_named_with_of_a_long_portfolio_and_a_dated_round_table():
    x = run("The Orlan Textile Fair 2026 opened on Monday.",
            "The fair is organised by the Regional Museum of History with the financial support of the Municipality "
            "of Orlanburg.",
            "The fair was officially opened by Deputy Mayor for Culture and Tourism Nikolay Stoyanov Kettle, who spoke.",
            '– Thursday, 4 June: round table "Textile Orlan Tomorrow", organised with the Orlan Weavers Association, '
            "moderated by Dr. Ana Vessel.")
    assert {"Regional Museum of History", "Municipality of Orlanburg"} <= labels(x, "Organization")
    assert "Nikolay Stoyanov Kettle" in objects(x, "gk:addressedBy", "Orlan Textile Fair 2026")
    assert objects(x, "gk:presidedOverBy", "Textile Orlan Tomorrow") == {"Ana Vessel"}
    assert objects(x, "gk:organizedBy", "Textile Orlan Tomorrow") == {"Orlan Weavers Association"}
    assert objects(x, "gk:partOf", "Textile Orlan Tomorrow") == {"Orlan Textile Fair 2026"}


def test_a_body_named_with_of_and_a_bank_named_head_first_are_two():
    x = run("The 9th Orlan Textile Congress was held in Orlanburg on Monday.",
            "The congress was supported by the Municipality of Orlanburg and Banco Cooperativo del Vessel.")
    assert objects(x, "gk:supportedBy", "9th Orlan Textile Congress") == {"Municipality of Orlanburg",
                                                                         "Banco Cooperativo del Vessel"}


def test_the_chair_who_calls_a_meeting_to_order_or_opens_a_hearing_at_a_time_presides():
    x = run("Orlan City Council approves grant",
            "MINUTES – REGULAR MEETING OF THE ORLAN CITY COUNCIL",
            "Mayor Walter J. Tarvik called the meeting to order at 6:00 p.m.",
            "PUBLIC HEARING – INCENTIVE GRANT, VESSEL YARNS, LLC",
            "Mayor Tarvik opened the public hearing at 6:21 p.m.")
    assert objects(x, "gk:presidedOverBy", "REGULAR MEETING OF THE ORLAN CITY COUNCIL") == {"Walter J. Tarvik"}
    assert objects(x, "gk:presidedOverBy", "PUBLIC HEARING") == {"Walter J. Tarvik"}


def test_a_body_acting_through_its_unit_launched_a_programme_and_both_organize_it():
    x = run("The Orlan Ministry of Industry (OMI), through its Directorate General of Small Industries (DGSI), today "
            "launched the Batik Go Export 2025 programme in Orlanburg.")
    assert objects(x, "gk:organizedBy", "Batik Go Export 2025") == {"Orlan Ministry of Industry",
                                                                   "Directorate General of Small Industries"}


def test_a_body_s_own_gathering_named_by_its_kind_a_season_is_no_event_and_a_homecoming_weekend_is():
    x = run("Ana Tarvik was elected chair of the Orlan Textile Federation (OTF) at the federation's annual general "
            "meeting in Tallinn on 12 March.",
            "The meeting was chaired by OTF vice-chair Jaan Kettle.")
    assert x.main_event is not None and x.main_event.label == "annual general meeting"
    assert objects(x, "gk:organizedBy", "annual general meeting") == {"Orlan Textile Federation"}
    assert objects(x, "gk:heldIn", "annual general meeting") == {"Tallinn"}
    x = run("THE SELVEDGE · News for alumni of the Orlan College of Textiles · Spring 2026 · Alumni Events",
            "More than 140 alumni came back on Saturday, April 11, for the college's Alumni Homecoming Weekend.")
    assert x.main_event is not None and x.main_event.label == "Alumni Homecoming Weekend"
    assert "Spring 2026" not in labels(x, "Event")


def test_who_listened_to_a_speech_by_someone_attended_and_french_names_joined_by_pour_le():
    x = run("The Orlan Cotton Fair opened on Friday in Orlanburg.",
            "The fair is supported by the Compagnie Orlanaise pour le Développement des Textiles.",
            "Left to right: Fatoumata Kettle, president of the Orlan Weavers Association; Bakary Vessel; and Anne "
            "Marrin listen to the welcome speech by Mayor Nouhoum Tarvik.")
    assert "Compagnie Orlanaise pour le Développement des Textiles" in labels(x, "Organization")
    assert objects(x, "gk:addressedBy", "Orlan Cotton Fair") == {"Nouhoum Tarvik"}
    assert {"Fatoumata Kettle", "Bakary Vessel", "Anne Marrin"} <= objects(x, "gk:attendedBy", "Orlan Cotton Fair")


def test_a_results_line_s_person_written_family_name_first_in_capitals():
    x = run("The 9th Orlan Student Towel Design Competition was held in Orlanburg on Friday.",
            'Grand Prize: "Tidal Stripes" – TARVIKA Hinata (Kettle College of Design, 3rd year)',
            'Mayor\'s Award: "Morning Ferry" – NGUYEN Thi Thu Trang (Orlan University of Arts)')
    assert {"TARVIKA Hinata", "NGUYEN Thi Thu Trang"} <= labels(x, "Person")
    assert not {"Thi Thu Trang", "Hinata"} & labels(x, "Person")


def test_posts_after_a_class_year_a_town_descriptor_an_apposition_before_elected_and_appointed_by():
    x = run("The Orlan Alumni Weekend was held in Orlanburg on Saturday.",
            "- Robert J. Vessel Jr. '81, president of Vessel Narrow Fabrics Inc. of Clifton",
            "Kadri Tamm, managing director of the Tallinn knitwear maker Kettle Lõng OÜ, was elected chair of the "
            "Orlan Textile Federation (OTF) at the federation's annual general meeting in Tallinn on 12 March.",
            "Marrin Linen Works Ltd has appointed Jussi Tarvik chief executive officer from 1 April.")
    assert {("Robert J. Vessel Jr.", "president", "Vessel Narrow Fabrics Inc."),
            ("Kadri Tamm", "managing director", "Kettle Lõng OÜ"),
            ("Kadri Tamm", "chair", "Orlan Textile Federation"),
            ("Jussi Tarvik", "chief executive officer", "Marrin Linen Works Ltd")} <= posts(x)


def test_a_protest_march_is_a_gathering_and_a_forum_with_a_short_name_in_an_agent_list_is_a_body():
    x = run("Orlanpur looms fall silent as thousands march",
            'Thousands of loom owners took part in the "Orlan Looms Bachao Morcha" against the tariff increase.',
            "The morcha was organised by the Orlanpur Powerloom Weavers' Federation (OPWF).")
    assert x.main_event is not None and x.main_event.label == "Orlan Looms Bachao Morcha"
    assert objects(x, "gk:organizedBy", "Orlan Looms Bachao Morcha") == {"Orlanpur Powerloom Weavers' Federation"}
    x = run("The launch, held at the Kettle Convention Hall, was hosted by the company together with the Orlan "
            "Textile Producers Forum (OTPF).")
    assert "Orlan Textile Producers Forum" in labels(x, "Organization")

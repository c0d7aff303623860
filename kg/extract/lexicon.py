"""Closed word classes of the genre's grammar: head nouns, role words, verbs of the relation rules.

These are patterns of English industry news, not facts about any article; curated facts (names,
aliases, places, surnames) live in ``ontology/``.
"""

from __future__ import annotations

# Head nouns that make a capitalised phrase an organization, mapped to the most specific class.
ORG_HEADS = {
    "ministry": "GovernmentAgency", "government": "GovernmentAgency", "administration": "GovernmentAgency",
    "bureau": "GovernmentAgency", "agency": "GovernmentAgency", "authority": "GovernmentAgency", "customs": "GovernmentAgency",
    "congress": None,  # ambiguous with events; decided by context
    # courts and tribunals: "the Labour Court ruled", "the Orlan Employment Tribunal"
    "court": "GovernmentAgency", "tribunal": "GovernmentAgency",
    # a town's government and a museum named with "of" ("the Municipality of Orlanburg", "the Regional Museum of
    # History"; "the Orlanburg Municipality" is the place, "the Orlan Textile Museum" the building: see
    # kg.extract.mentions.head_class)
    "municipality": "GovernmentAgency", "museum": "Organization",
    "commission": "OrganizationalUnit", "department": "OrganizationalUnit", "office": "OrganizationalUnit",
    "dept.": "OrganizationalUnit", "dept": "OrganizationalUnit",
    "branch": "OrganizationalUnit", "division": "OrganizationalUnit", "secretariat": "OrganizationalUnit",
    "sub-council": "OrganizationalUnit", "subcouncil": "OrganizationalUnit", "section": "OrganizationalUnit",
    "committee": "Organization", "council": "IndustryAssociation", "association": "IndustryAssociation",
    "federation": "IndustryAssociation", "chamber": "IndustryAssociation", "society": "IndustryAssociation",
    "alliance": "IndustryAssociation", "union": "IndustryAssociation", "league": "IndustryAssociation",
    "consortium": "IndustryAssociation",
    # associations and societies as South Asian English names them ("X Weavers' Samity", "Z Udyog Sangh",
    # "Hosiery Parishad"): Bengali, Hindi and Nepali words of the names (not "Mandal", as often a family name)
    "samity": "IndustryAssociation", "samiti": "IndustryAssociation", "sangh": "IndustryAssociation",
    "parishad": "IndustryAssociation", "sangathan": "IndustryAssociation",
    "company": "Company", "co.": "Company", "co": "Company", "ltd": "Company", "ltd.": "Company",
    "limited": "Company", "corporation": "Company", "corp.": "Company", "corp": "Company", "inc.": "Company",
    "inc": "Company", "group": "Company", "plc": "Company", "gmbh": "Company", "llc": "Company",
    "enterprise": "Company", "mills": "Company", "factory": "Company", "s.p.a.": "Company", "spa": "Company",
    "pte.": "Company", "pte": "Company", "ag": "Company", "s.a.": "Company", "b.v.": "Company", "n.v.": "Company",
    # legal forms elsewhere in Europe and Asia ("Acme AB", "Acme Srl", "Acme Pvt. Ltd.")
    "ab": "Company", "oy": "Company", "oyj": "Company", "asa": "Company", "srl": "Company", "s.r.l.": "Company",
    "sas": "Company", "s.a.s.": "Company", "sarl": "Company", "bv": "Company", "nv": "Company", "llp": "Company", "pvt": "Company",
    "pvt.": "Company", "kk": "Company", "a/s": "Company",
    # and in the Balkans ("X DOOEL", "X DOO", "X AD")
    "dooel": "Company", "doo": "Company", "ad": "Company",
    # professional firms: "X CPA Firm", "X Law Offices", "X Chambers" (of barristers), "X & Partners"
    "firm": "Company", "offices": "Company", "chambers": "Company", "partners": "Company", "associates": "Company",
    "consultancy": "Company", "consultants": "Company", "solicitors": "Company", "attorneys": "Company",
    "architects": "Company", "accountants": "Company", "auditors": "Company",
    # and in South-East Asia, Latin America, Australia, Central Asia, Türkiye, Germany ("X Sdn Bhd", "X Ltda.",
    # "X Pty Ltd", "X JSC", "X A.Ş.", "X GmbH & Co. KG", an association "X e.V.")
    "bhd": "Company", "bhd.": "Company", "sdn": "Company", "tbk": "Company", "tbk.": "Company", "ltda": "Company",
    "ltda.": "Company", "eireli": "Company", "pty": "Company", "jsc": "Company", "ojsc": "Company", "cjsc": "Company",
    "a.ş.": "Company", "şti.": "Company", "şti": "Company", "kg": "Company", "e.v.": "IndustryAssociation", "s.a.c.": "Company", "c.v.": "Company",
    "university": "EducationalInstitution", "college": "EducationalInstitution", "school": "EducationalInstitution",
    "academy": "EducationalInstitution", "polytechnic": "EducationalInstitution",
    "institute": "ResearchInstitute", "institution": "Organization", "laboratory": "ResearchInstitute", "centre": "ResearchInstitute",
    "center": "ResearchInstitute",
    "foundation": "Organization", "organization": "Organization", "organisation": "Organization",
    "bank": "Company", "fund": "Organization", "network": "Organization", "platform": "Organization",
    # more heads of associations, public bodies and firms ("X Weavers' Guild", "X Export Board", "X Holdings")
    "guild": "IndustryAssociation", "cooperative": "IndustryAssociation", "co-operative": "IndustryAssociation",
    "coalition": "Organization", "confederation": "IndustryAssociation", "syndicate": "IndustryAssociation",
    # newspapers' names end so in the English of many countries ("the Orlan Chronicle", "Daily Tribune")
    "chronicle": "Company", "gazette": "Company", "herald": "Company", "tribune": "Company", "courier": "Company",
    "inquirer": "Company", "telegraph": "Company",
    # fashion houses and workshops named for their trade ("X Couture", "Y Fashions", "Z Atelier")
    "couture": "Company", "fashions": "Company", "boutique": "Company", "atelier": "Company", "creations": "Company",
    "apparels": "Company",
    "trust": "Organization", "board": "Organization", "directorate": "GovernmentAgency",
    "inspectorate": "GovernmentAgency", "holdings": "Company", "s.r.o.": "Company",
    # a state's offices abroad: "the Trade Representation of X in Y", "the Embassy of X", "the X Consulate"
    "representation": "GovernmentAgency", "embassy": "GovernmentAgency", "consulate": "GovernmentAgency",
    "delegation": "OrganizationalUnit",  # "the Delegation of the Kelvara Union to Orlan"
    "panchayat": "GovernmentAgency",  # a village or district council in South Asia ("the Orlan District Panchayat")
    "kft": "Company", "kft.": "Company", "d.o.o.": "Company", "aps": "Company", "sp.": "Company",
    "o.o.": "Company", "a.s.": "Company", "ltée": "Company", "ltee": "Company",
}
# Legal forms: a company's name ends with them, so "of" after one starts its place, not more name
# ("Acme Apparel Ltd of the United Kingdom", "Acme Knit Inc. of Canada")
LEGAL_FORMS = {"ltd", "ltd.", "limited", "inc", "inc.", "llc", "plc", "gmbh", "corp", "corp.", "pvt", "pvt.",
               "pty", "bhd", "bhd.", "tbk", "tbk.", "jsc", "llp", "srl", "s.r.l.", "sarl", "sas", "s.a.s.", "s.a.",
               "s.p.a.", "spa", "ag", "ab", "oy", "oyj", "asa", "bv", "nv", "kk", "a/s", "ltda", "ltda.", "a.ş.",
               "s.r.o.", "a.s.", "d.o.o.", "kft", "kft.", "o.o.", "aps", "ltée", "ltee", "s.a.c.", "c.v.", "eireli"}
# Heads that name a part of a larger organization when followed by "of ORG" or preceded by an ORG name.
UNIT_HEADS = {"commission", "department", "office", "branch", "division", "secretariat", "sub-council",
              "subcouncil", "section", "committee", "bureau", "center", "centre", "council", "institute"}
# Parts of a university or college, named head first ("School of Weaving at X University").
ACADEMIC_UNITS = {"school", "faculty", "college", "laboratory", "lab"}

# what a firm's name says it does, beside gerunds ("A Spinning and Weaving Mills", "B Exports and Imports Ltd")
TRADE_WORDS = {"exports", "imports", "textiles", "garments", "fabrics", "apparels", "industries", "mills",
               "fashions", "knits", "knitwears", "yarns", "fibres", "fibers", "dyes", "chemicals", "trades",
               "traders", "exporters", "importers", "manufacturers", "services", "logistics", "engineering"}

# event heads that also name a standing body of members ("the Examplia Weavers' Forum (EWF)", "a
# Dyers' Network"): read as an organization where one organizes or holds a post in it
BODY_EVENT_HEADS = {"forum", "network", "convention", "assembly"}

EVENT_HEADS = {
    "expo", "exposition", "exhibition", "fair", "conference", "congress", "forum", "summit", "symposium",
    "seminar", "meeting", "week", "homecoming", "reunion", "show", "festival", "ceremony", "competition", "contest", "salon", "event",
    "gala", "workshop", "roadshow", "convention", "dialogue", "session", "assembly", "awards", "tour",
    "launch", "matchmaking", "fashion week", "trade show", "press conference", "briefing", "webinar",
    "celebration", "olympiad", "challenge", "camp", "course",
    # gatherings named in the English of many countries ("Garment Safety Roundtable", "Exporters' Meet",
    # "Textile Conclave", "Handloom Mela")
    "roundtable", "round-table", "round table", "conclave", "colloquium", "hackathon", "masterclass",
    # visits of buyers or investors with meetings of their own: "the Velden Buyers' Mission", "a trade mission"
    "trade mission", "business mission", "buyers mission", "buying mission", "sourcing mission", "investment mission",
    "luncheon", "meet", "mela", "showcase", "bazaar", "agm", "annual general meeting", "general meeting",
    "panel discussion", "trade mission", "business forum",
    # protests, as workers' and owners' bodies hold them: "the Save the Looms Morcha", "a rally", "the dharna"
    "rally", "morcha", "dharna", "hartal", "protest", "sit-in", "vigil",
    # a course given to a group on dates: "a three-day training for dye-house supervisors"
    "training",
    # a legislature's or an agency's gathering that hears witnesses: "a hearing titled ...", "a town hall"
    "hearing", "town hall",
    # a company's call with analysts, reported as a meeting: "on the second-quarter earnings call"
    "conference call", "earnings call", "investor call", "analyst call",
    # a plant or a school opened to visitors for a day: "the Orlan Mill Open House", "an open day at the mill"
    "open house", "open day",
    # a minister's or a delegation's visit with its programme: "an official visit to the province of X"
    "visit", "demonstration", "inauguration",
}
# A day or days of talks named as such ("the 12th Examplian Textile Day", "Loomex Innovation Days"): an
# event only in a capitalised name, and not a day the calendar marks ("World Weaving Day", "National
# Loom Day": what an event is held to mark), nor "the second day" of one
DAY_HEADS = {"day", "days", "weekend"}  # ("Textile Day 2025", "the Alumni Homecoming Weekend")
OBSERVANCE_WORDS = {"world", "international", "national", "global", "universal", "independence", "labour", "labor",
                    "memorial", "remembrance", "earth", "new", "christmas", "victory", "republic", "constitution"}
# Verbs a headline writes in title case between two names ("Kowal Opens Orlan Denim Forum"): no name
# holds one of these words in that form (not "Marks", a family name, nor "Meets", "Works", "Leads")
HEADLINE_VERBS = {"opens", "holds", "hosts", "launches", "elects", "unveils", "inaugurates", "welcomes",
                  "celebrates", "concludes", "announces", "appoints", "urges", "calls", "signs", "pledges",
                  "convenes", "kicks", "wraps", "re-elects", "honours", "honors", "demands", "seeks", "eyes",
                  "showcases", "attracts", "draws", "backs", "commissions", "says", "warns", "stages"}
# Event nouns that begin a fair's name in many languages ("Expo Tarvik 2027", "Feria Orlan", "Salon Loomex")
HEAD_FIRST_EVENTS = {"expo", "feria", "fiera", "salon", "salão", "salone", "foire", "festival", "semana", "mostra",
                     "bienal", "biennale", "messe", "congreso", "congresso", "congrès", "encuentro", "encontro", "exposición"}
# Event nouns that refer back to the article's main event ("the expo", "the opening ceremony").
EVENT_ANAPHORS = {
    "event", "expo", "exposition", "exhibition", "fair", "conference", "congress", "forum", "summit",
    "symposium", "seminar", "meeting", "show", "festival", "ceremony", "opening",
    "rally", "morcha", "march", "dharna", "protest",
    "session", "convention", "activity", "gathering", "contest", "competition",
    "salon", "week", "assembly", "launch ceremony", "signing ceremony", "gala", "roundtable", "conclave", "agm", "training",
    # sessions (SESSION_HEADS) referred back to: "The panel was moderated by ..."
    "panel", "panel discussion", "debate", "workshop", "talk show", "masterclass",
    # a round of negotiations referred back to: "The minister chaired the talks."
    "talks", "negotiations",
    # a legislature's or an agency's gathering ("The hearing, held in Room 210, examined ...")
    "hearing", "town hall",
    # "The call began with the chief executive's remarks" (in an earnings-call report)
    "call",
    # "an official visit to the province", "the demonstration was given by trainees"
    "visit", "demonstration", "inauguration",
}
# Words that describe a gathering without naming it: an event whose label is made only of these (and of
# lower-case words, years and ordinals) is "the opening session" or "2027 Annual General Meeting" of one
# article, not a name another article could share.
GENERIC_EVENT_WORDS = {
    "opening", "closing", "official", "inaugural", "inauguration", "annual", "general", "ordinary",
    "extraordinary", "special", "technical", "plenary", "breakout", "parallel", "side", "main", "final",
    "morning", "afternoon", "evening", "next", "last", "previous", "first", "second", "third", "fourth",
    "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "high-level", "one-day", "two-day", "day-long",
    "leading", "trade", "press", "news", "media", "signing", "commissioning", "launch", "award", "awards",
    "member", "members", "members'", "business", "international", "national", "regional", "joint", "public",
    "grand", "ceremony", "virtual", "online", "hybrid", "edition", "day",
}
# right before a programme's name: it is being launched ("officially launched the", "the launch of")
LAUNCHED_BEFORE = (r"\b(?:launch(?:ed|es|ing)?(?:\s+of)?|unveil(?:ed|s|ing)?|inaugurat(?:ed|es|ing)|roll-?out\s+of|rolled\s+out)"
                   r"\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|official\s+)?$")
# Gatherings inside a larger event that a report names by their title or subject: 'a panel discussion
# titled "..."', "a workshop on dye-house safety", "the debate "..."" (each its own event, part of the main one).
SESSION_HEADS = {
    "panel discussion", "panel debate", "panel session", "panel", "debate", "roundtable", "round table",
    "round-table", "workshop", "breakout session", "technical session", "plenary session", "parallel session",
    "session", "masterclass", "master class", "town hall", "fireside chat", "talk show", "keynote session",
    "discussion", "clinic",
}
# The side events that open or close the main one: who attends, presides over or addresses them does so
# at the main event too ("At the opening ceremony, the minister delivered a speech").
OPENING_EVENTS = {"opening ceremony", "closing ceremony", "inaugural session", "opening session", "closing session",
                  "inaugural ceremony", "inauguration ceremony",
                  # items of a conference programme that are the whole event's ("09:30 Opening address")
                  "official opening", "opening", "keynote address", "keynote", "keynote session", "opening plenary",
                  "closing plenary", "welcome address", "welcome addresses", "opening remarks", "closing remarks"}
# Event nouns that introduce a separate, smaller event about the main one.
SIDE_EVENTS = {"press conference", "news conference", "press briefing", "media briefing", "press event",
               # ceremonies and receptions within the main event, each with its own speakers
               "opening ceremony", "closing ceremony", "awards ceremony", "award ceremony",
               "inaugural session", "opening session", "closing session", "gala dinner",
               "awards gala", "welcome reception", "cocktail reception", "awards dinner",
               "conference dinner", "networking dinner", "official dinner", "networking reception",
               "opening plenary", "closing plenary",
               # shows and visits on the programme of the main event (not signings or ribbon-cuttings, which
               # are as often what the article reports: "A signing ceremony for X was held ...")
               "fashion show", "site visit", "factory visit", "field visit", "study visit",
               "factory tour", "mill tour", "plant tour", "technical visit", "industrial visit", "catwalk show",
               "runway show", "question-and-answer session", "morning session", "afternoon session",
               "morning plenary", "afternoon plenary", "closing lecture", "business round",
               # meetings of buyers and sellers arranged by the organizers ("B2B" as written)
               "B2B meetings", "B2B meeting", "B2B sessions", "B2B session", "B2B matchmaking",
               "business-to-business meetings", "business-to-business sessions", "buyer-seller meetings",
               "buyer-seller meet",
               "business matching session", "business matching sessions", "business-matching session",
               "matchmaking session", "matchmaking sessions", "buyer-seller meet", "buyer-seller meetings",
               "networking session"}

PROGRAMME_HEADS = {"activity", "activities", "programme", "program", "initiative", "campaign", "project",
                   "plan", "action", "scheme", "strategy"}

PLACE_HEADS = {"province": "Region", "autonomous region": "Region", "region": "Region",
               "county": "County", "city": "City", "district": "County", "prefecture": "Region",
               "municipality": "City", "town": "City", "township": "City", "village": "City",
               "state": "Region", "new area": "County", "zone": "County"}

# Last words of a street's name ("... Hall on Example Road"): where a venue is, not part of its name.
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "highway", "way",
                "marg", "strasse", "straße", "straat", "calle", "rue", "via", "jalan", "cadde", "caddesi", "sokak"}
# Endings of a venue's name; "centre" alone names organizations too ("China Textile Information Center").
VENUE_HEADS = {"convention center", "convention centre", "exhibition center", "exhibition centre", "expo center",
               "expo centre", "conference center", "conference centre", "exhibition hall", "exhibition halls",
               "convention hall", "expo park", "exhibition park", "trade center", "trade centre", "convention city",
               "hotel", "stadium", "gymnasium", "auditorium", "arena", "fairground", "fairgrounds", "showground",
               # South Asian halls and buildings ("X Mahal", "Y Bhavan", "Z Mandapam")
               "mahal", "bhavan", "bhawan", "bhaban", "mandapam", "ballroom", "exhibition complex", "sports complex",
               "conference hall", "banquet hall", "congress hall", "expo centre", "pavilion",
               # West African halls hired for events ("X Event Centre")
               "event centre", "event center", "events centre", "events center",
               # buildings an event is held in, named by their last word: "X Memorial Hall", "Y Textile Museum",
               # "the Z Cultural Centre" (not "centre" alone, see above)
               "hall", "museum", "cultural centre", "cultural center", "community centre", "community center",
               "civic centre", "civic center", "heritage centre", "heritage center", "messecenter", "basilica",
               "cathedral", "church", "theatre", "theater", "opera house", "guest house", "chamber house",
               # grounds, buildings and rooms hired for a gathering: "the X Expo Grounds", "the Y Office Building", "the Z Plaza"
               "expo grounds", "exhibition grounds", "fair grounds", "show grounds", "office building", "plaza"}

# Words that start or make up the role part of a post ("deputy director", "second inspector").
ROLE_MODIFIERS = {
    "deputy", "vice", "executive", "full-time", "honorary", "first", "second", "third", "standing",
    "immediate", "past",  # "Immediate Past Chairman"
    "chief", "senior", "general", "managing", "acting", "party", "associate", "assistant", "permanent",
    "founding", "rotating", "new", "former", "regional", "national", "division", "department", "sales",
    "marketing", "technical", "art", "creative", "design", "brand", "country", "independent", "non-executive",
    "co-", "joint", "principal", "special", "lead", "head", "group", "program", "programme", "project",
    "research", "legal", "financial", "operating", "information", "production", "international",
}
# Functions and areas that qualify a role written in lower case after a name ("NAME, overseas sales
# manager of ..."). Not for capitalised chunks: there they end organization names ("... Department of
# Science and Technology Deputy Director-General NAME").
FUNCTION_MODIFIERS = {
    "overseas", "global", "foreign", "domestic", "export", "business", "development", "product", "quality",
    "operations", "public", "communications", "purchasing", "procurement", "sourcing", "merchandising",
    "compliance", "sustainability", "strategy", "planning", "account", "area", "district", "provincial",
    "municipal", "supply", "chain", "technology", "digital", "commercial", "innovation", "risk", "data",
    "policy", "plant", "factory", "mill", "line", "programme", "program", "training", "research",
    "human", "resources", "hr", "finance", "legal", "engineering", "design", "safety", "health", "environmental",
    "logistics", "production", "workforce", "community", "government", "media", "corporate", "investor", "relations",
    "fashion", "retail", "category", "brand", "customer", "services", "people", "talent",
}
ROLE_HEADS = {
    # (a provincial governor as Algerian and Uzbek English write the post: "the Wali of X", "the Khokim of Y")
    "wali", "khokim",
    "president", "chairman", "chairwoman", "chairperson", "chair", "director", "director-general",
    "secretary", "secretary-general", "inspector", "governor", "mayor", "head", "manager", "officer",
    "member", "dean", "professor", "founder", "co-founder", "ceo", "cfo", "cto", "coo", "commissioner",
    "minister", "ambassador", "consul", "consul-general", "leader", "representative", "partner",
    "designer", "owner", "co-owner", "trainer", "curator", "engineer", "editor", "editor-in-chief", "researcher", "counsel", "adviser", "advisor",
    "spokesperson", "spokesman", "spokeswoman", "principal", "chief", "deputy", "executive", "treasurer",
    "supervisor", "administrator", "analyst", "economist", "expert", "fellow", "lecturer", "rector",
    "chancellor", "vice-chancellor", "vice-president", "vice-chairman", "mp", "deputies",
    "presidents", "chairmen", "directors", "secretaries", "members", "secretary-generals",
    # professions that hold a post in an organization: "NAME, Principal Scientist at ORG", "NAME
    # (Attorney-at-law, ORG)", "journalist NAME of ORG"
    "scientist", "journalist", "attorney", "attorney-at-law", "lawyer", "consultant", "specialist",
    "coordinator", "convener", "convenor", "auditor", "accountant", "correspondent", "technologist",
    # elected and district offices of South Asia and elsewhere ("District Collector NAME", "MLA NAME", "MNA NAME")
    "collector", "mla", "mpa", "mna", "councillor", "councilor", "senator", "legislator", "magistrate",
    "mep", "councilmember", "councilman", "councilwoman", "alderman", "alderwoman", "assemblyman", "assemblywoman",
    "congressman", "congresswoman", "selectman", "selectwoman", "prefect", "undersecretary", "under-secretary", "vice-minister", "envoy", "registrar",
    "superintendent", "trustee", "counselor", "counsellor", "rapporteur", "patron", "patron-in-chief",
    "vice-chair", "vice-chairperson", "co-chair", "co-chairman", "co-chairperson",
    # who runs a session, organizes members, or reports or learns in an organization ("Northern Organiser
    # of ORG", "Shop Steward NAME", "NAME, Moderator, ORG", "ORG student NAME")
    "moderator", "facilitator", "presenter", "emcee", "organiser", "organizer", "steward", "delegate",
    "campaigner", "activist", "instructor", "reporter", "student", "graduate", "panelist", "panellist",
}
# Titles before a personal name, in the English of many countries: Indian "Shri"/"Smt.", Pakistani
# "Engr.", Malaysian "Datuk", Nigerian "Alhaji", British "Dame", "H.E." for ministers and envoys.
# Posts written as capitals before a name ("MD Ana Perera", "DG Ali Khan"): no initials of the name
ROLE_ABBREVIATIONS = {"md", "ceo", "coo", "cfo", "cto", "cso", "gm", "dg", "vp", "evp", "svp", "avp", "mp", "mla", "mpa",
                      "pm", "cm", "dc", "sp", "ed", "agm", "dgm"}
HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "prof", "prof.", "professor", "madam",
              "miss", "sir", "mme", "mme.", "mx", "mx.", "dame", "lord", "lady", "shri", "shri.", "smt", "smt.",
              "shrimati", "kumari", "janab", "begum", "engr", "engr.", "h.e.", "hon", "hon.", "hon'ble",
              "honourable", "honorable", "rev", "rev.", "datuk", "dato", "dato'", "datin", "tan sri", "alhaji",
              "alhaja", "herr", "frau", "dott.", "ing.", "sen.", "rep.", "gen.", "col.", "capt.",
              # Indonesian and Malay address ("Bapak Budi", "Ibu Sari", "Pak Budi", "Hj. Siti"), Thai ("Khun X")
              "bapak", "ibu", "pak", "hj.", "khun",
              # Indonesian and Dutch academic titles before a name ("Ir. Dewi Siregar", "Drs. Agus Santoso",
              # "Dr. Eng. Siti Pratiwi")
              "ir.", "drs.", "dra.", "eng.",
              # Myanmar forms of address, part of no name ("Daw Thida Mar Oo", "U Tun Lin", "Ko Zaw")
              "daw", "u", "ko", "naw",
              # Nigerian, Ghanaian and Southern African forms of address ("Comrade X", "Mallam Y", "Advocate Z")
              "comrade", "mallam", "malam", "otunba", "pastor", "barr.", "arc.", "advocate", "adv.", "adv",
              # European academic and engineering titles, often in lower case and in a row: "assoc. prof.
              # dr. X", "dr. ir. X" (Dutch), "dr hab. inż. X" (Polish), "Mgr. X" (Czech), "Dipl.-Ing. X"
              "assoc.", "ir.", "drs.", "hab.", "inż.", "mgr.", "doc.", "dipl.-ing.", "mag.",
              # Spanish-speaking America's degree titles before a name ("Licda. Ana Ruiz", "Lic. Juan Paz")
              "lic.", "licda.", "licdo.", "lcda.", "lcdo.", "arq.",
              # (and the discipline after "Ing.": "Ing. Agr. X" an agronomist, "Ing. Quím. Y" a chemical engineer;
              # "Cr." a public accountant, "Ec." an economist, "Mtro./Mtra." a master's holder in Mexico)
              "agr.", "quím.", "cr.", "ec.", "mtro.", "mtra.",
              # Pakistan's and Bangladesh's: "Haji Karim Bux", "Ch. Nadeem" (Chaudhry), "Alhaj X"
              "haji", "hajji", "alhaj", "ch.",
              # Ethiopian (Amharic) forms of address: Ato (Mr), Weizero (Mrs), Weizerit (Miss), written
              # "W/ro" and "W/rt"; Tamil: Thiru (Mr), Thirumathi (Mrs), Selvi (Miss)
              # India's "Er." (engineer) before a name: "Er. Narendra Singh"
              "er", "er.",
              "ato", "w/ro", "w/ro.", "w/rt", "w/rt.", "w/t", "weizero", "weizerit", "thiru", "thirumathi", "selvi",
              # military and police ranks written before a name, often two in a row: "Lt. Col. X", "Maj. Gen. Y",
              # "Brig. Gen. (Ret.) Z", "Air Cdre. W"
              "lt.", "lt", "col", "maj.", "maj", "brig.", "brig", "gen", "cdr.", "cmdr.", "cdre.", "adm.", "sgt.", "capt",
              "insp.", "supt."}
# "Chief" before a personal name is a title of address ("Chief Tunde Ajibola"), before a role word a
# part of the role ("Chief Executive"): it is read as a title only where a name follows
# (so is "Senator": "the Minister of Trade, Senator Ana Dlamini" is a minister who sits in the senate)
TITLE_BEFORE_NAME = {"chief", "senator", "justice", "judge"}  # ("Justice Ruth Orlan-Tarvik handed down the judgment")

# Capitalised words that start a sentence or a phrase, hardly a name ("Speaking at ...", "The ...").
STOP_STARTS = {
    "the", "this", "that", "these", "those", "a", "an", "in", "on", "at", "during", "among", "also", "with", "as",
    "for", "by", "after", "before", "when", "while", "its", "his", "her", "their", "our", "it", "he", "she",
    "they", "we", "speaking", "according", "given", "since", "from", "to", "of", "and", "but", "or", "if",
    "there", "here", "all", "some", "many", "most", "more", "other", "such", "both", "each", "every", "one",
    "nearly", "about", "around", "over", "under", "through", "besides", "meanwhile", "however", "moreover",
    "furthermore", "then", "thus", "so", "at", "leaders", "delegates", "participants", "guests", "focus",
    "declaration", "note", "source", "photo", "editor", "recently", "today", "yesterday", "last", "next",
    "what", "which", "who", "how", "why", "where", "mr", "ms", "mrs", "dr", "prof", "held", "organized",
    "organised", "hosted", "guided", "supported", "sponsored", "addressing", "attending", "representatives",
    "heads", "colleagues", "four", "three", "two", "five", "six", "several", "upon", "following", "against",
    "into", "until", "within", "without", "between", "whether", "although", "though", "because", "once",
}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
          "dec"}
# months' short forms, which are name words as well ("Jan Novák", "Daw Thida Mar Oo")
SHORT_MONTHS = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words of the industry's names of things, never of people's names ("West Africa Cotton ...").
THING_WORDS = {
    "textile", "textiles", "apparel", "garment", "garments", "clothing", "fashion", "silk", "fibre", "fiber",
    "fibres", "fibers", "yarn", "yarns", "denim", "wool", "cashmere", "linen", "leather", "knitting", "knitwear",
    "cotton", "spinning", "weaving", "dyeing", "fabric", "fabrics", "footwear", "sustainability", "sustainable",
    "trade", "industry", "industries", "industrial", "international", "national", "global", "regional", "export",
    "exports", "exporters", "exporter", "import", "importers", "manufacturers", "manufacturing", "machinery",
    "technology", "technologies", "development", "cooperation", "investment", "economic", "business", "commerce",
    "traceability", "sourcing", "innovation", "design", "digital", "green", "circular", "africa", "asia",
    "europe", "america", "americas", "oceania", "african", "asian", "european", "american", "east", "west", "north",
    "south", "central", "eastern", "western", "northern", "southern", "united", "republic", "kingdom",
    # the same words in the languages of company names ("X Tekstil", "Tejidos del Y", "Z Tessile")
    "tekstil", "textil", "tessile", "tessuti", "têxtil", "tecidos", "fios", "tejidos", "hilados",
    "confecciones", "konfeksiyon", "iplik", "dokuma", "giyim", "moda", "sanayi", "ticaret", "tissage",
    "filature", "textilwerke", "weberei", "spinnerei", "garmen", "atelier", "couture", "tecnologia", "tecnología",
    "technologie", "confection", "confecções", "tricot", "tricots",
    # portfolios of ministries and the names of prizes ("Minister for Water Management NAME", "the NAME Award")
    "management", "infrastructure", "affairs", "finance", "employment", "environment", "agriculture", "economy",
    "planning", "award", "awards", "prize", "trophy", "medal", "excellence",
    "housing", "urban", "rural", "health", "education", "labour", "labor", "energy", "transport", "tourism",
    "culture", "handloom", "handlooms", "handicrafts", "welfare", "youth", "justice", "interior", "water",
    "skills", "enterprises", "msme", "msmes", "cooperatives", "revenue", "information", "communications",
    "production", "science", "research", "petroleum", "railways", "aviation", "defence", "defense", "statistics",
}
# what a prize named after a person is called: "the Sir NAME Award" is no person
PRIZE_HEADS = {"award", "awards", "prize", "trophy", "medal", "cup", "scholarship", "fellowship", "lecture"}
NOT_NAMES = STOP_STARTS | THING_WORDS

CONNECTORS = {"of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "y"}
# inside names of Romance languages: "Vale do Ave", "Cámara de la Industria del Vestido", "Museo della Seta"
ROMANCE_CONNECTORS = {"do", "da", "dos", "das", "del", "della", "dello", "dei", "degli", "delle", "di",
                      # French: "Compagnie X pour le Développement des Textiles", "Chambre de Commerce et d'Industrie"
                      "pour", "et", "sur"}
ROMANCE_ARTICLES = {"la", "las", "los", "le", "les", "l'"}
# Heads that begin an organization's name in Romance languages and French, with the class they give:
# "Associação X", "Cámara de X", "Centro Tecnológico X", "Tecelagem Orlan do Vale"
HEAD_FIRST_ORGS = {
    "associação": "IndustryAssociation", "asociación": "IndustryAssociation", "associazione": "IndustryAssociation",
    "cámara": "IndustryAssociation", "câmara": "IndustryAssociation", "camera": "IndustryAssociation",
    "chambre": "IndustryAssociation", "fédération": "IndustryAssociation", "federación": "IndustryAssociation",
    "federação": "IndustryAssociation", "confederación": "IndustryAssociation", "confederação": "IndustryAssociation",
    "sindicato": "TradeUnion", "syndicat": "TradeUnion",
    # Catalan ("Sindicat de X", "Gremi de Y", "Generalitat de Z", a region's government)
    "sindicat": "TradeUnion", "gremi": "IndustryAssociation", "federació": "IndustryAssociation",
    "associació": "IndustryAssociation", "cambra": "IndustryAssociation", "generalitat": "GovernmentAgency",
    # an Indonesian limited company is named legal form first: "PT Examplia Tekstil"
    "pt": "Company",
    "banca": "Company", "banco": "Company", "banque": "Company", "banka": "Company",
    "centro": "ResearchInstitute", "centre": "ResearchInstitute", "instituto": "ResearchInstitute",
    "institut": "ResearchInstitute", "istituto": "ResearchInstitute",
    "universidad": "EducationalInstitution", "universidade": "EducationalInstitution", "università": "EducationalInstitution",
    "université": "EducationalInstitution",
    "ministerio": "GovernmentAgency", "ministério": "GovernmentAgency", "ministero": "GovernmentAgency",
    "ministère": "GovernmentAgency", "secretaría": "GovernmentAgency", "agencia": "GovernmentAgency",
    "agência": "GovernmentAgency", "agence": "GovernmentAgency",
    # regional and local governments named head first ("Generalitat de Kelvara", "Junta de Orlania",
    # "Prefeitura de Tarvik", "Ayuntamiento de Orlan", "Regione Kelvara", "Comune di Orlano")
    "generalitat": "GovernmentAgency", "junta": "GovernmentAgency", "xunta": "GovernmentAgency",
    "gobierno": "GovernmentAgency", "governo": "GovernmentAgency", "prefeitura": "GovernmentAgency",
    "ayuntamiento": "GovernmentAgency", "alcaldía": "GovernmentAgency", "regione": "GovernmentAgency",
    "comune": "GovernmentAgency", "provincia": "GovernmentAgency", "diputación": "GovernmentAgency",
    "fundación": "Organization", "fundação": "Organization", "fondation": "Organization", "consorzio": "Organization",
    "grupo": "Company", "groupe": "Company", "gruppo": "Company", "tecelagem": "Company", "fiação": "Company",
    "tinturaria": "Company", "lanifício": "Company", "lanificio": "Company", "tessitura": "Company",
    "filatura": "Company", "manifattura": "Company", "tejidos": "Company", "hilados": "Company",
    "confecciones": "Company", "confecções": "Company", "tissage": "Company", "filature": "Company",
    "société": "Company", "compagnie": "Company", "industrias": "Company", "indústrias": "Company",
}
# Common nouns for groups of people or firms: a capitalised word just before one qualifies it
# ("by Examplish investors", "the Rossi family") and names no organization of its own.
GROUP_NOUNS = {"family", "families", "owners", "owner", "entrepreneurs", "investors", "investor", "immigrants",
               "migrants", "nationals", "businessmen", "businesswomen", "businesspeople", "traders", "brands",
               "buyers", "firms", "companies", "manufacturers", "exporters", "importers", "workers", "designers",
               "artisans", "partners", "community", "communities", "diaspora", "interests", "capital", "retailers",
               "suppliers", "producers", "groups", "clans", "siblings", "brothers", "sisters", "couple"}

FUNCTION_WORDS = {"of", "and", "for", "the", "on", "in", "&", "de", "du", "des", "y", "a", "an", "at", "to"}

# Verbs of the relation rules, as regular-expression alternations.
HELD_VERBS = (r"(?:was|were|is|are|will be|has been|had been)?\s*(?:held|opened|staged|hosted|convened|launched|"
              r"kicked off|inaugurated|organi[sz]ed|took place|takes place|will take place|opens|opened|kicks off|"
              r"runs?|will run|ran|got under way|gets under way|concluded|closed|wrapped up|came to a close)")
SPEECH = (r"(?:addressed|addressing|address|speech|speeches|spoke|speaking|keynote|remarks|delivered a report|"
          r"made a report|gave a report|announced the opening|declared the opening|announced the start|"
          r"welcome address|opening address|opening remarks|closing remarks|welcome remarks|presentation|"
          r"vote\s+of\s+thanks|greetings?|(?:was|were)\s+delivered\s+by|"
          # "delivered a goodwill message", "gave a short talk", "read the Governor's statement"
          r"(?:delivered|gave|read|presented)\s+(?:a|an|the|his|her)\s+(?:[\w'’-]+\s+){0,2}?(?:message|lecture|talk|statement)|"
          # a list of speakers: "Among the speakers: A (X), B (Y) and C", "The panellists were A; B; and C"
          r"speakers\s+(?:were|included|include|are)|among\s+the\s+speakers|panell?ists|presenters|"
          r"(?:opened|inaugurated|closed)\s+(?:the\s+|this\s+)?⟨\d+⟩|(?:was|were)\s+(?:officially\s+|formally\s+)?(?:opened|inaugurated)\s+(?:on\s+[^,;⟨⟩]{1,30}?\s+)?by|"
          # "NAME closed the ceremony with an invitation to the next edition"
          r"(?:opened|closed)\s+the\s+(?:ceremony|meeting|session|conference|event|proceedings|evening|forum|congress)\b|"
          # "The congress was also greeted by NAME, ROLE, and by NAME2": greetings from the floor
          r"(?:was|were)\s+(?:also\s+)?greeted\s+by|"
          r"told\s+(?:the\s+)?(?:same\s+|opening\s+)?(?:session|forum|summit|conference|meeting|audience|delegates|participants|gathering))")
# verbs that report what a speaker said at the event
SAID = (r"(?:said|says|stated|noted|added|stressed|emphasi[sz]ed|underlined|underscored|highlighted|urged|"
        r"observed|remarked|pointed\s+out|called\s+(?:for|on|upon)|informed|assured|suggested|lauded|appreciated|"
        r"announced|explained|maintained|asserted|hoped|expressed|presented|outlined|briefed|welcomed|thanked|"
        r"argued|warned|cautioned|recalled|revealed|disclosed|reiterated|proposed|shared|described|"
        r"lamented|demanded|pledged|discussed|spoke|acknowledged|insisted|declared|vowed|promised|requested|"
        r"appealed|opined|commended|praised|congratulated|reminded|regretted|complained|criticised|criticized|"
        # what a speaker does with an audience: "showed data that", "indicated that", "predicted steady demand",
        # "walked participants through", "gave a moving testimony", "made a presentation on"
        r"showed\s+(?=(?:how|that|what|why|data|figures|results|slides|evidence|examples)\b)|indicated|predicted|walked\s+(?:\w+\s+){1,2}through|"
        r"(?:gave|made|delivered)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:testimony|presentation|talk|speech|address|overview|keynote|remarks)|"
        # a witness's words, and words told to the gathering itself (not "told reporters": kg.extract.rules.PRESS)
        r"testified|agreed\s+that|told\s+(?:the\s+)?(?:[\w-]+\s+)?(?i:subcommittee|committee|meeting|conference|delegates|"
        r"participants|audience|gathering|forum|summit|seminar|workshop|members|attendees|guests|congress|assembly|meet|"
        r"panel|hearing|session|house|senate|lawmakers|legislators|council|councillors|court|tribunal|commission|board|"
        r"bench|jury|judge|magistrate|"
        # the people the event gathered: "told the students that", "told visiting buyers how"
        r"students|visitors|buyers|exporters|farmers|weavers|workers|growers|manufacturers|investors|"
        r"participants|trainees|graduates|apprentices|entrepreneurs|stakeholders|dignitaries))\b")
PRESIDE_BY = r"(?:presided over|chaired|moderated|emceed|hosted|comp[eè]red|anchored)\s+by"
PRESIDE_ACTIVE = r"(?:presided over|chaired|moderated|emceed|comp[eè]red)"
ATTEND = (r"(?:attended|attend|attending|attendees|guests|participated|participants|took part|"
          r"(?:were|was)\s+(?:also\s+)?present|present at|joined by|led by|in attendance|participation of|were among|"
          # (inverted: "Also present were A and B", "Present on the occasion were C and D")
          r"present\s+(?:on\s+the\s+occasion\s+|at\s+the\s+\w+\s+)?(?:were|was)|"
          r"in\s+the\s+presence\s+of|"
          # "Witnessing the signing were A and B", "X was the chief guest", "Representatives of A toured the show"
          r"witnessing|witnessed\s+by|chief\s+guest|guests?\s+of\s+honou?r|toured|"
          r"included|including|"
          # "Among the visitors was X", "X and Y were in the audience"
          r"among\s+the\s+(?:[a-z-]+\s+)?(?:visitors|buyers|audience)|in\s+the\s+audience|visitors\s+(?:included|were|such\s+as))")

# words before a year that name a plan, a budget or a period, not an event: "Vision 2030", "Fiscal 2026"
PLAN_WORDS = {"vision", "agenda", "horizon", "strategy", "plan", "roadmap", "budget", "fiscal", "fy", "census",
              "target", "targets", "goal", "goals", "mission", "policy", "programme", "program", "class", "batch",
              "season", "collection", "model", "version", "edition", "year", "report", "index", "act", "law", "cop"}


# Venues named head first in Romance languages: "Palacio de Congresos de X", "Palazzo delle Stelline",
# "Recinto Ferial X"; "Centro" only with what kind of centre it is ("Centro de Convenciones X", not
# "Centro Tecnológico X", an institute)
HEAD_FIRST_VENUES = {"palacio", "palau", "palazzo", "palais", "recinto", "pabellón", "pavilhão", "teatro", "auditorio",
                     "auditório", "museo", "museu", "quinta", "hacienda", "parque",
                     # hotels named head first in many countries: "Hotel Tarvik Grand", "Hotel Palais X"
                     "hotel"}
CENTRO_VENUES = {"convenciones", "convenções", "convenzioni", "exposiciones", "exposições", "congresos", "congressos",
                 "congressi", "eventos", "eventi", "conferencias", "cultural", "culturale", "ferial", "des congrès",
                 "congrès", "expositions"}


# German and Dutch compounds that name a hall or house by their last part: "Kulturhaus X", "Stadthalle Y",
# "Kongresszentrum Z", "Festsaal W" (the part alone is the common noun, "Haus", "Halle")
HEAD_FIRST_VENUE_ENDINGS = ("haus", "halle", "hallen", "zentrum", "saal", "centrum", "gebouw")


def head_first_venue(words: list[str]) -> bool:
    """Whether lower-cased words name a venue head first (see HEAD_FIRST_VENUES)."""
    if words[0] in HEAD_FIRST_VENUES:
        return True
    if len(words) > 1 and len(words[0]) > len("halle") + 2 and words[0].endswith(HEAD_FIRST_VENUE_ENDINGS):
        return True
    rest = [w for w in words[1:4] if w not in {"de", "do", "da", "del", "di", "des", "dei"}]
    return words[0] in {"centro", "centre", "palacio"} and bool(rest) and rest[0] in CENTRO_VENUES

# A state's or union's offices abroad, named with the place they are in: "Delegation of X to Y"
MISSION_HEADS = {"delegation", "embassy", "representation", "consulate", "mission", "commission", "office"}
# common nouns that open a sentence's capitalised chunk before "of" and the name: "The Theme of the X ..."
NOUNS_BEFORE_OF = {"theme", "venue", "topic", "subject", "purpose", "aim", "objective", "focus", "highlight", "highlights",
                   "agenda", "outcome", "outcomes", "edition", "hosts", "host",
                   # who came from a body: "Officials of the X Department of Energy attended"
                   "officials", "staff",
                   # a record of a meeting, in its headline: "Minutes of the 12th Annual General Meeting of X"
                   "minutes", "proceedings", "report", "summary", "recap", "resolutions"}

# Degrees written after a name, as Indonesian, Philippine and American English write them ("NAME, M.T., head
# of X", "NAME, S.Sn., M.Ds., a lecturer", "NAME, Ph.D., director of Y"): no names of their own
DEGREES = r"Ph\.\s?D\.?|PhD|MBA|M\.B\.A\.|[SMD]\.\s?[A-Z][a-z]{0,3}\.(?:\s?[A-Z][a-z]{0,3}\.)?|M\.Eng\.?|OBE|MBE|CBE"

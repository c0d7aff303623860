"""Vocabularies as rdflib ``DefinedNamespace`` classes: a misspelled term fails at import time."""

from rdflib import Namespace
from rdflib.namespace import DefinedNamespace

BASE = "https://w3id.org/garment-kg/"
ID = Namespace(BASE + "id/")
TOPIC = Namespace(BASE + "topic/")
GRAPH = Namespace(BASE + "graph/")


class GK(DefinedNamespace):
    """The garment-kg ontology (``ontology/garment-kg.ttl``)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Event: object
    Programme: object
    Organization: object
    GovernmentAgency: object
    IndustryAssociation: object
    Company: object
    EducationalInstitution: object
    ResearchInstitute: object
    PoliticalOrganization: object
    TradeUnion: object
    OrganizationalUnit: object
    Person: object
    Place: object
    Country: object
    Region: object
    City: object
    County: object
    Venue: object
    Article: object
    Evidence: object
    FactProperty: object
    # relations between entities
    guidedBy: object
    hostedBy: object
    organizedBy: object
    supportedBy: object
    heldIn: object
    partOf: object
    presidedOverBy: object
    addressedBy: object
    attendedBy: object
    discusses: object
    locatedIn: object
    mentions: object
    # attributes
    theme: object
    year: object
    startDate: object
    endDate: object
    participantCount: object
    # evidence (a reified statement, see the ontology docs)
    factSubject: object
    factPredicate: object
    factObject: object
    sentence: object
    rule: object
    # gazetteer bookkeeping
    source: object
    wikidata: object
    # graph analysis results (named graph graph/derived/analysis, written by `kg analyze --write`)
    degree: object
    pageRank: object
    betweenness: object
    community: object


class NIF(DefinedNamespace):
    """The parts of NIF 2.0 core used for sentences and character offsets."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: object
    Sentence: object
    String: object
    isString: object
    anchorOf: object
    beginIndex: object
    endIndex: object
    referenceContext: object

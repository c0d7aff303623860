"""What the rules produce: facts about entities, each with the evidence that supports it."""

from __future__ import annotations

from dataclasses import dataclass

from .resolve import Entity


@dataclass(frozen=True)
class Post:
    """A person's post in an organization (W3C ORG ``org:Post``)."""

    holder: Entity
    role: str
    organization: Entity

    def __hash__(self) -> int:
        return hash((id(self.holder), self.role, id(self.organization)))

    def __eq__(self, other: object) -> bool:
        return (isinstance(other, Post) and self.holder is other.holder and self.role == other.role
                and self.organization is other.organization)


@dataclass(frozen=True)
class Topic:
    """A topic phrase as the article writes it, and the SKOS scheme concept it names (if any)."""

    label: str
    concept: str = ""


@dataclass(frozen=True)
class Evidence:
    sentence: int  # index into the article's sentences
    start: int  # character offsets of the matched text in the article
    end: int
    rule: str


@dataclass(frozen=True)
class Fact:
    """``subject predicate object``; predicate is a term name: ``gk:heldIn``, ``org:heldBy``, ..."""

    subject: object  # Entity | Post
    predicate: str
    object: object  # Entity | Post | Topic | str | int
    evidence: Evidence

    @property
    def key(self) -> tuple:
        def k(x):
            return ("e", id(x)) if isinstance(x, (Entity, Post)) else ("v", x)
        return (k(self.subject), self.predicate, k(self.object))

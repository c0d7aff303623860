"""Errors with a code, a place and a one-line message (what went wrong and where)."""

from __future__ import annotations


class KGError(Exception):
    """A user-facing error: the CLI prints ``str(error)`` on one line and exits non-zero."""

    code = "E000"

    def __init__(self, message: str, where: str | None = None):
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)

    def __str__(self) -> str:
        text = f"{self.where}: {self.message}" if self.where else self.message
        return f"[{self.code}] {text}"


class InputError(KGError):
    """An input file or folder cannot be read as an article."""

    code = "E001"


class InputWarning(InputError):
    """Part of an input (an invalid date, a relative URL) was dropped; the article itself was read."""

    code = "W007"


class EmptyArticle(KGError):
    """An article holds no text or no entities (a warning, not a failure)."""

    code = "W002"


class ValidationError(KGError):
    """The built graph does not conform to the SHACL shapes."""

    code = "E003"

    def __init__(self, message: str, violations: list[str]):
        self.violations = violations
        super().__init__(message)


class OntologyError(KGError):
    """The shipped ontology or gazetteer cannot be found or read."""

    code = "E004"


class QueryError(KGError):
    """A SPARQL query is malformed, fails, or would reach the network."""

    code = "E005"


class ExportError(KGError):
    """A graph cannot be exported, pushed or served: an unknown format, a failed request, a missing tool."""

    code = "E006"


class UnknownEntity(KGError):
    """No entity in the graph has the given name or IRI (the message lists close matches)."""

    code = "E020"


class AmbiguousEntity(KGError):
    """Several entities share the given name; an IRI picks one."""

    code = "E021"


class NoPath(KGError):
    """Two entities are not connected in the graph."""

    code = "E022"


class OutputError(KGError):
    """The build folder cannot be written (no permission, disk full), or it holds files that are no build."""

    code = "E008"


class ArticleSkipped(KGError):
    """One article was left out of the build: it is over the size or time budget, or extracting it
    failed. The other articles are built."""

    code = "E009"


class SchedulerError(KGError):
    """The Dask cluster named by ``--scheduler`` cannot take the build's work: no scheduler answers
    at the address, it has no workers, its workers run another garment-kg, or it was lost mid-build."""

    code = "E010"

"""Find the shipped ontology: inside the installed wheel (``kg/ontology``) or in a source checkout."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import OntologyError


@lru_cache(maxsize=1)
def ontology_dir() -> Path:
    packaged = resources.files("kg") / "ontology"
    if packaged.is_dir():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "ontology"
    if checkout.is_dir():
        return checkout
    raise OntologyError("the ontology folder is missing from this installation of garment-kg")


def ontology_file(name: str) -> Path:
    path = ontology_dir() / name
    if not path.is_file():
        raise OntologyError(f"ontology file {name!r} is missing", str(ontology_dir()))
    return path

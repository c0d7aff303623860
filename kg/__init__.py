"""garment-kg: turn textile and garment industry news into an RDF knowledge graph."""

__version__ = "0.1.0"

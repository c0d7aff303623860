"""garment-kg: turn textile and garment industry news into an RDF knowledge graph.

The library is the product; ``kg`` on the command line is one client of it::

    from kg.build import build
    import kg

    build([Path("seeds")], Path("data/build"))
    kg.query("SELECT ?name WHERE { ?p a gk:Person ; rdfs:label ?name }", "data/build").dicts()
"""

__version__ = "0.1.0"

__all__ = ["query"]


def __getattr__(name: str):
    # Imported on first use, so `import kg` stays cheap (the store and spaCy load only when needed).
    if name == "query":
        from .store import query

        return query
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

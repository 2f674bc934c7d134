"""geokg: German news → RDF knowledge graph of geopolitical actors, talks and PLOVER events."""

__version__ = "0.1.0"
# Written on every Talks and Interaction; bump when extraction output changes.
EXTRACTOR_VERSION = f"geokg-extract/{__version__}"

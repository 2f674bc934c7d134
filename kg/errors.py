"""The errors the library raises; the CLI turns each into one line on stderr."""


class KgError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class InputError(KgError):
    """An input file or line that cannot be read as an article (names file and line)."""


class StoreError(KgError):
    """A store that is missing, locked, corrupt or unreachable."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot be run."""

"""The errors the library raises; the CLI turns each into one line on stderr."""


class KgError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""


class InputError(KgError):
    """An input file or line that cannot be read as an article (names file and line)."""


class StoreError(KgError):
    """A store that is missing, locked, corrupt or unreachable."""


class QueryError(KgError):
    """A SPARQL query that does not parse or cannot be run."""


def first_line(err: BaseException) -> str:
    """The first line of an error's message (its type's name when it has none), for a one-line report.

    >>> first_line(ValueError("bad token\\nat line 3")), first_line(ValueError())
    ('bad token', 'ValueError')
    """
    text = str(err).strip()
    return text.splitlines()[0] if text else type(err).__name__

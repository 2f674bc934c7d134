"""Choices and defaults the CLI's parser names, in a module that imports nothing.

Building the parser for `kg build` must not import networkx or the server
(0.3 CPU s before the build starts), so `kg/network.py`, `kg/serve.py` and
`kg/cli` take these from here.

>>> COUNTS
('asserted', 'all')
"""

# Which events make interaction edges: all, or only those the text reports as fact.
COUNTS = ("asserted", "all")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878

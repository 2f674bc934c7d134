"""Choices and defaults the CLI's parser names, in a module that imports nothing.

Building the parser for `kg build` must not import networkx or the server
(0.3 CPU s before the build starts), so `kg/network.py`, `kg/serve.py` and
`kg/cli` take these from here; nor the build itself, whose workers the command
line starts loading first (`kg.cli.build.start_workers_early`).

>>> COUNTS
('asserted', 'all')
"""

# Which events make interaction edges: all, or only those the text reports as fact.
COUNTS = ("asserted", "all")
DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
DEFAULT_BATCH = 256     # articles written per transaction
# Below this many articles a build's workers cost more to start (loading the pipeline) than they save.
MIN_ARTICLES_FOR_WORKERS = 2 * DEFAULT_BATCH
DEFAULT_MAX_ARTICLE_MB = 5.0     # a long news feature is ~100 kB; 5 MB is far beyond any article
STORE_FOLDER = "store"  # the embedded store's folder in an output folder

"""`python -m kg.cli`: the same as the `kg` script (used by tests and CI)."""
import sys

from kg.cli import main

sys.exit(main())

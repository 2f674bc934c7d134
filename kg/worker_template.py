"""The build's worker template: the fork server imports this module before it forks the workers
(`kg.build._WorkerPool`), so the NLP pipeline it loads here is loaded once per build, not once
per worker, and every worker inherits it."""
from kg.build import preload_processor

preload_processor()

"""The build's worker template: the fork server imports this module before it forks the workers
(`kg.build._WorkerPool`), so the NLP pipeline it loads here is loaded once per build, not once
per worker, and every worker inherits it.

The garbage collector is off while it loads (Python's advice for processes that fork: disable
early, freeze before forking): the load makes a million objects that live as long as the
workers, and the collector's full passes over them cost 0.15-0.2 of its 1.2 CPU s, all of it on
the build's critical path (the workers start when it is done). It found ~1,000 garbage objects."""
import gc

gc.disable()

from kg.build import preload_processor  # noqa: E402

preload_processor()     # ends with gc.freeze()
gc.enable()

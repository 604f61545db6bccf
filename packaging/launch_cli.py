"""Entry point of the packaged command line tool (``redactor``); see packaging/README.md."""

import multiprocessing

# First, before anything else runs: in a frozen build the worker processes that read
# documents (redactor.limits, forkserver or spawn) start this same executable.
multiprocessing.freeze_support()

import sys  # noqa: E402

from redactor.cli import run  # noqa: E402

sys.exit(run())

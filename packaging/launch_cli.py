"""Entry point of the packaged command line tool (``redactor``); see packaging/README.md."""

import multiprocessing

# First, before anything else runs: in a frozen build the worker processes that read
# documents (redactor.limits, forkserver or spawn) start this same executable.
multiprocessing.freeze_support()

import sys

from redactor.cli import run

sys.exit(run())

"""Entry point of the packaged desktop app (``redactor-gui``); see packaging/README.md."""

import multiprocessing

# First, before anything else runs: in a frozen build the worker processes that read
# documents (redactor.limits, forkserver or spawn) start this same executable.
multiprocessing.freeze_support()

import sys

from ui.app import main

sys.exit(main())

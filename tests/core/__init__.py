"""Core tests (no Qt). A package so its modules do not clash with tests/ui/ ones of the same name."""

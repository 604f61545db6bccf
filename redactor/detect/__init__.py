"""Detection: recognizers in a presidio registry, run by one engine."""

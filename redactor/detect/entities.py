"""The entity names the person detector gives its findings, in a module of their own so that the modules it asks
for a decision (the mailboxes) can name them without importing it."""

PERSON, OFFICIAL = "PERSON", "PUBLIC_OFFICIAL"

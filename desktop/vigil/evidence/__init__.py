"""Evidence: server receipts, the custody log, the evidence package and its verifier
(docs/evidence.md). ``verifier.py`` stands alone: it imports nothing of Vigil."""

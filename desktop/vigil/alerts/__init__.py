"""Signed alerts between HQ and the field: make, verify, inbox (docs/alerts.md)."""

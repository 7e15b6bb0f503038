"""Vigil: encrypted, offline-first case documentation for human-rights work."""

__version__ = "0.1.0"

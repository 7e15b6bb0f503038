"""Cryptographic building blocks. No storage and no Qt here: only bytes in, bytes out."""

"""The Vigil HQ sync server: an append-only log of age envelopes per organisation, resumable
blobs, device enrolment and challenge/token auth. It stores only ciphertext.
"""

__version__ = "0.1.0"
PROTOCOL_VERSION = 1

"""Sync with HQ: enrolment, pinned transport, the client, outbox and inbox, merge."""

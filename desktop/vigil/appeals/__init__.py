"""Urgent actions and appeals: templates, letters, outputs, signatories (Qt-free but
for the PDF writer, which imports QtGui lazily)."""

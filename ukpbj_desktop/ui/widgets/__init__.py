"""Widgets every window shares: tables, fields, messages, the PDF preview, the export runner."""

"""Official documents (PDF, Bahasa Indonesia), rendered in memory with ReportLab.

Importing ReportLab costs ~250 ms, so this package file imports nothing: callers import
``reports.data`` (plain dataclasses, no ReportLab) freely and ``reports.notices`` /
``reports.slip`` only when a document is actually printed.
"""

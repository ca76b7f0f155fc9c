"""UKPBJ Desktop: runs the SOP for issuing SPSE accounts to PPK officials."""

__version__ = "0.1.0"

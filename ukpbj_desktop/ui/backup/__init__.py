"""Restoring the register from a backup."""

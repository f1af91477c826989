"""Tagging: regions, courts and mechanisms found in text."""

"""Huzhou Viewer: a seasonal timeline for event screens, driven by a content pack."""

__version__ = "0.1.0"

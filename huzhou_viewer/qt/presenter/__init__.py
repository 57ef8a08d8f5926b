"""Presenter mode: the console window, its controller, miniatures, screens for the audience and the console."""

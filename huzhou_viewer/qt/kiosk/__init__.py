"""Kiosk mode: a window visitors cannot leave, the attract loop, the admin panel, health restarts."""

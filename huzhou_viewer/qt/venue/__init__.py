"""A venue: this screen leading or following one show over an MQTT broker (docs/venue.md)."""

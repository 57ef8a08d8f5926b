"""The stage: the audience window, the controller and models QML binds to, image providers, touch, export."""

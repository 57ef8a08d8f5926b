"""Launcher for a checkout: `python main.py ...` is `huzhou-viewer ...`."""
from huzhou_viewer.app import main

raise SystemExit(main())

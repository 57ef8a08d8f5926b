from huzhou_viewer.app import main

raise SystemExit(main())

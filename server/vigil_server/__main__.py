from vigil_server.cli import main

raise SystemExit(main())

from lcreader.cli import main

raise SystemExit(main())

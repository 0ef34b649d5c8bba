"""The bundle's entry script: PyInstaller freezes this, and it runs what `giftdesk` runs."""

import sys

from giftdesk.app import main

sys.exit(main())

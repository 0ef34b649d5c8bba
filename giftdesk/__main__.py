"""`python -m giftdesk` does what the `giftdesk` command does."""

import sys

from giftdesk.app import main

sys.exit(main())

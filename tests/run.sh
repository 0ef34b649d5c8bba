#!/usr/bin/env bash
# Install everything the tests need, then run the whole suite. Extra arguments go to pytest.
# pytest's exit 5 ("no tests collected") counts as a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
bash resources/scripts/setup.sh --test || exit 1
# The reviewer's checks first (lint, format, and strict types on the domain, storage and
# services, as pyproject.toml's [tool.mypy] says); their failure fails the run, after the tests.
checks=0
.venv/bin/ruff check giftdesk tests resources || checks=1
.venv/bin/ruff format --check giftdesk tests resources || checks=1
.venv/bin/mypy || checks=1
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
rc=$?
if [ "$rc" -eq 5 ]; then
    echo "tests/run.sh: pytest collected no tests; that is a failure" >&2
    exit 1
fi
if [ "$rc" -eq 0 ] && [ "$checks" -ne 0 ]; then
    echo "tests/run.sh: the tests passed, but ruff or mypy found problems (above)" >&2
    exit 1
fi
exit "$rc"

#!/usr/bin/env bash
# Installs whatever is missing, builds Rebuttal, and opens the app on the demo case file.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build --parallel "$(nproc)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  echo "run-demo: no display found; starting under xvfb-run (nothing will be visible)." >&2
  exec xvfb-run -a build/app/rebuttal --demo "$@"
fi
exec build/app/rebuttal --demo "$@"

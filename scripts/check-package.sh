#!/usr/bin/env bash
# Builds the Release .deb with CPack and checks that it installs and runs: its Depends resolve
# on this Debian (apt-get --simulate), it holds the binaries and desktop files, and the
# extracted binaries start.
set -euo pipefail
cd "$(dirname "$0")/.."

build="${REBUTTAL_RELEASE_BUILD:-build-release}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
cmake --build "$build" --parallel "$(nproc)"
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls -t "$build"/rebuttal_*.deb | head -n 1)
echo "check-package: built $deb"

# Read whole listings into variables: `grep -q` on a pipe would SIGPIPE dpkg-deb under pipefail.
info=$(dpkg-deb --info "$deb")
contents=$(dpkg-deb --contents "$deb")
grep -q '^ Depends: .*libqt6widgets6' <<<"$info" || { echo "check-package: Depends lacks Qt" >&2; exit 1; }
# Team mode talks to PostgreSQL through libpq (dpkg-shlibdeps finds it in the binaries).
grep -q '^ Depends: .*libpq5' <<<"$info" || { echo "check-package: Depends lacks libpq5" >&2; exit 1; }
for f in ./usr/bin/rebuttal ./usr/bin/rebuttal-cli ./usr/share/applications/org.rebuttal.Rebuttal.desktop \
         ./usr/share/metainfo/org.rebuttal.Rebuttal.metainfo.xml \
         ./usr/share/icons/hicolor/scalable/apps/org.rebuttal.Rebuttal.svg; do
  grep -q " $f\$" <<<"$contents" || { echo "check-package: $f missing from $deb" >&2; exit 1; }
done
apt-get install --simulate --no-install-recommends "./$deb" >/dev/null \
  || { echo "check-package: the package's dependencies do not resolve" >&2; exit 1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb --extract "$deb" "$root"
"$root/usr/bin/rebuttal" --version
"$root/usr/bin/rebuttal-cli" --version
"$root/usr/bin/rebuttal-cli" --store "$root/check.rebuttal" init
"$root/usr/bin/rebuttal-cli" --store "$root/check.rebuttal" documents --json >/dev/null
echo "check-package: OK"

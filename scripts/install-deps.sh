#!/usr/bin/env bash
# Installs the Debian 12 packages Rebuttal needs to build, test and package.
# Idempotent: does nothing when everything is already there.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev libqt6sql6-sqlite qt6-qpa-plugins qt6-translations-l10n
  libpoppler-qt6-dev poppler-utils libqpdf-dev
  libsqlite3-dev sqlite3
  postgresql postgresql-client libpq-dev  # team mode: libpq, and the test cluster (scripts/pg-test-cluster.sh)
  libtesseract-dev libleptonica-dev tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa
  nettle-dev  # SHA-256 (core/cases/Sha256)
  libvalijson-dev libcsv-dev rapidjson-dev  # rapidjson: header-only, build only
  qpdf time
  ocrmypdf python3-img2pdf
  desktop-file-utils appstream dpkg-dev file
  xvfb xauth fonts-dejavu-core
  imagemagick  # scripts/screenshots.sh and screenshot-matrix.sh: import -window root
  python3 python3-reportlab python3-pil
  clang libclang-rt-14-dev  # scripts/fuzz.sh: the libFuzzer targets (clang 14 and its fuzzer runtime)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  SUDO="sudo"
fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"

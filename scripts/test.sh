#!/bin/sh
# Installs what is missing, builds and runs every test with CTest.
set -eu
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
cd build
ctest --output-on-failure --timeout 600 -j "${ERP_TEST_JOBS:-2}" "$@"

#!/bin/sh
# Configures (once) and builds everything into ./build with Ninja (and ccache when present).
set -eu
cd "$(dirname "$0")/.."
if [ ! -f build/build.ninja ]; then
    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="${ERP_BUILD_TYPE:-RelWithDebInfo}" >/dev/null
fi
cmake --build build

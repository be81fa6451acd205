#!/bin/sh
# Installs every Debian 12 package that the build, the tests and the demo need.
# Idempotent: prints nothing and installs nothing when everything is present.
set -eu

PACKAGES="
cmake ninja-build ccache g++ pkg-config git
qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
qt6-translations-l10n libqt6sql6-ibase libqt6opengl6-dev libxkbcommon-dev
libboost1.81-dev
firebird-dev libfbclient2 firebird3.0-server-core firebird3.0-utils firebird3.0-server
libargon2-dev libssl-dev
xvfb xauth fonts-dejavu-core
libxlsxwriter-dev libqrencode-dev qt6-pdf-dev python3-openpyxl poppler-utils zbar-tools
"

missing=""
for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $p"
    fi
done
[ -z "$missing" ] && exit 0

echo "install-deps: installing$missing"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
# The Firebird server package must not start a system service during installation;
# tests start their own server on loopback.
if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    trap '$SUDO rm -f /usr/sbin/policy-rc.d' EXIT
fi
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

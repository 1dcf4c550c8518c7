#!/bin/sh
# Installs the Debian packages named on the command line that are not
# installed yet. Used by `make demo` and `.ci/run`; `make deps` installs
# them all unconditionally.
missing=""
for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
        missing="$missing $pkg"
done
[ -z "$missing" ] && exit 0
echo "dyad: installing Debian packages:$missing"
if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing
elif command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq --no-install-recommends $missing
else
    echo "dyad: please install as root: apt-get install$missing" >&2
    exit 1
fi

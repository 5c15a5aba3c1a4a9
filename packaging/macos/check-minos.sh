#!/usr/bin/env bash
# Fails when any Mach-O file in the app needs a newer macOS than the floor in pyproject.toml
# ([tool.workbench.macos] minimum-version, also the Info.plist's LSMinimumSystemVersion). A build
# Mac runs a newer macOS than the floor, and a wheel or library built for it would make the app
# crash at start on older Macs that Info.plist lets it open on. Needs otool (Xcode command line tools).
# Usage: check-minos.sh dist/ProBonoWorkbench.app
set -euo pipefail
app=${1:?usage: check-minos.sh APP}
floor=$(python3 -c "import tomllib; print(tomllib.load(open('pyproject.toml','rb'))['tool']['workbench']['macos']['minimum-version'])")
plist=$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$app/Contents/Info.plist")
[ "$plist" = "$floor" ] || { echo "Info.plist says macOS $plist, pyproject says $floor"; exit 1; }
newer() { [ "$1" != "$2" ] && [ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -1)" = "$1" ]; }
bad=0 checked=0
while IFS= read -r -d '' f; do
  file -b "$f" | grep -q 'Mach-O' || continue
  checked=$((checked + 1))
  # LC_BUILD_VERSION (minos X.Y) or the older LC_VERSION_MIN_MACOSX (version X.Y), per architecture
  for v in $(otool -l "$f" | awk '/LC_BUILD_VERSION/{b=1} b&&$1=="minos"{print $2; b=0} /LC_VERSION_MIN_MACOSX/{m=1} m&&$1=="version"{print $2; m=0}'); do
    if newer "$v" "$floor"; then echo "needs macOS $v (> $floor): ${f#"$app"/}"; bad=1; fi
  done
done < <(find "$app" -type f -print0)
echo "checked $checked Mach-O files against macOS $floor"
exit $bad

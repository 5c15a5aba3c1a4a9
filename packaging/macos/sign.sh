#!/usr/bin/env bash
# Signs the app with the Developer ID identity (MACOS_SIGN_IDENTITY, e.g. "Developer ID Application:
# Org (TEAMID)"), hardened runtime and a secure timestamp, as notarization requires. Inside out:
# every library and executable first, then each framework, then the bundle (no --deep, which Apple
# advises against). Run by the desktop workflow only when the signing secrets exist.
# Usage: sign.sh dist/ProBonoWorkbench.app
set -euo pipefail
app=${1:?usage: sign.sh APP}
here=$(cd "$(dirname "$0")" && pwd)
source "$here/keychain.sh"
sign() { codesign --force --timestamp --options runtime --entitlements "$here/entitlements.plist" \
                  --sign "$MACOS_SIGN_IDENTITY" "$1"; }
# deepest paths first, so a container is signed after what it holds
while IFS= read -r f; do
  file -b "$f" | grep -q 'Mach-O' && sign "$f"
done < <(find "$app/Contents" -type f | awk '{ print length($0) "\t" $0 }' | sort -rn | cut -f2-)
while IFS= read -r fw; do sign "$fw"; done < <(find "$app/Contents" -type d -name '*.framework' | sort -r)
sign "$app"
codesign --verify --strict --verbose=2 "$app"

#!/usr/bin/env bash
# The disk image a user downloads: the app and a link to /Applications to drag it onto, compressed
# (UDZO) with hdiutil. Signed too when the Developer ID identity is configured (notarize.sh needs a
# signed image). Usage: make-dmg.sh dist/ProBonoWorkbench.app dist/ProBonoWorkbench.dmg
set -euo pipefail
app=${1:?usage: make-dmg.sh APP DMG}
dmg=${2:?usage: make-dmg.sh APP DMG}
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/$(basename "$app")"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Pro Bono Workbench" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_CERT_P12:-}" ]; then
  source "$(dirname "$0")/keychain.sh"
  codesign --force --timestamp --sign "$MACOS_SIGN_IDENTITY" "$dmg"
fi
hdiutil verify "$dmg"

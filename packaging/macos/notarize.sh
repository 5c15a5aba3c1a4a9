#!/usr/bin/env bash
# Sends the signed disk image to Apple's notary service and staples the ticket to it, so Gatekeeper
# opens the app without a network check. Needs APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD (an
# app-specific password). Run by the desktop workflow only when those secrets exist.
# Usage: notarize.sh dist/ProBonoWorkbench.dmg
set -euo pipefail
dmg=${1:?usage: notarize.sh DMG}
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose "$dmg"

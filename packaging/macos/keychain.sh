#!/usr/bin/env bash
# Imports the Developer ID Application certificate (MACOS_CERT_P12: base64 of a .p12, with
# MACOS_CERT_PASSWORD) into a throwaway keychain of this CI run, so codesign can use it without a
# prompt. Sourced by sign.sh; the keychain is deleted when the runner is discarded.
set -euo pipefail
keychain="$RUNNER_TEMP/signing.keychain-db"
if [ ! -f "$keychain" ]; then
  pass=$(uuidgen)
  security create-keychain -p "$pass" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$pass" "$keychain"
  echo "$MACOS_CERT_P12" | base64 --decode > "$RUNNER_TEMP/cert.p12"
  security import "$RUNNER_TEMP/cert.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
  rm -f "$RUNNER_TEMP/cert.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$pass" "$keychain" >/dev/null
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
fi

# Authenticode-signs the given files with the certificate in the WINDOWS_CERT_PFX secret (base64 of a
# .pfx) and WINDOWS_CERT_PASSWORD, timestamped so the signature outlives the certificate. Run by the
# desktop workflow only when the secret exists (docs/release.md). The .pfx is written to the runner's
# temp folder for the signing and deleted after, whatever happens.
param([Parameter(Mandatory = $true)][string[]]$Files)
$ErrorActionPreference = "Stop"
$pfx = Join-Path $env:RUNNER_TEMP "signing.pfx"
try {
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:WINDOWS_CERT_PFX))
    $signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
        Sort-Object FullName -Descending | Select-Object -First 1
    if (-not $signtool) { throw "signtool.exe not found (Windows SDK)" }
    & $signtool.FullName sign /f $pfx /p $env:WINDOWS_CERT_PASSWORD /fd SHA256 `
        /tr http://timestamp.digicert.com /td SHA256 /d "Pro Bono Workbench" $Files
    if ($LASTEXITCODE -ne 0) { throw "signtool failed ($LASTEXITCODE)" }
    & $signtool.FullName verify /pa /v $Files
    if ($LASTEXITCODE -ne 0) { throw "signature verification failed ($LASTEXITCODE)" }
} finally {
    Remove-Item -Force -ErrorAction SilentlyContinue $pfx
}

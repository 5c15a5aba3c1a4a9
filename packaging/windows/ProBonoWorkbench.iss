; Inno Setup script: the Windows installer for the one-folder PyInstaller build in dist\ProBonoWorkbench.
; Built by the desktop workflow (.github/workflows/desktop.yml) as
;   ISCC.exe /DAppVersion=<pyproject version> packaging\windows\ProBonoWorkbench.iss
; Installs per user by default (no administrator needed on a firm-managed laptop; the user may pick
; "all users"), adds a Start menu entry for the app, and puts workbench-cli.exe beside it for the
; recovery commands (docs/security.md). The vault is never in the install folder: it lives in the
; user's data folder (docs/user-guide.md), so uninstalling removes the program and never a vault.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=0.1.0 ProBonoWorkbench.iss
#endif

#define AppName "Pro Bono Workbench"
#define AppExe "ProBonoWorkbench.exe"
; paths are relative to this script's folder: the repository is two levels up
#define Root "..\.."
#define Source Root + "\dist\ProBonoWorkbench"

[Setup]
; a fixed id: upgrades replace the installed version instead of adding a second one
AppId={{6F1B8C52-3B7D-4C1E-9E55-7A2D4B9E0C31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Pro Bono Workbench project
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist\installer
OutputBaseFilename=ProBonoWorkbench-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Source}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

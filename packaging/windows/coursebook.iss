; Inno Setup script: installs the one-folder build for the current user only (no
; administrator rights), with a Start-menu entry and an uninstaller.
;
;   python packaging\build.py                                  (makes build\dist\Coursebook)
;   iscc /DAppVersion=0.1.0 packaging\windows\coursebook.iss   (build.py prints this line)
;
; Writes build\Coursebook-<version>-windows-setup.exe. The uninstaller removes the program
; only: the work in %LOCALAPPDATA%\coursebook, the settings and the backups stay.
; AppId must never change: it is how an update finds the installed version.

#ifndef AppVersion
  #define AppVersion "0.1.0"   ; tests/test_packaging.py keeps this equal to __version__
#endif
#define AppName "Coursebook"
#define AppExe "Coursebook.exe"
#define Root "..\.."

[Setup]
AppId={{6C9D3B4E-2F1A-4B7C-9E5D-8A0F1C2B3D4E}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Coursebook developers
AppPublisherURL=https://coursebook.nl/
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights: %LOCALAPPDATA%\Programs\Coursebook
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\build
OutputBaseFilename=Coursebook-{#AppVersion}-windows-setup
SetupIconFile={#Root}\packaging\icons\coursebook.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
LicenseFile={#Root}\LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The app must be closed to update it; it saves everything it holds when asked to close.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\build\dist\Coursebook\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own files only (never anything in the data folder).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section on purpose: the uninstaller removes only what it installed.
; The work lives in %LOCALAPPDATA%\coursebook (platformdirs), outside {app}, and stays.

; Inno Setup 6.3+ script: the Windows installer around the PyInstaller one-folder build.
; Build it with packaging\build_windows.ps1, which passes the version:
;   iscc /DAppVersion=0.1.0 packaging\ntm-desktop.iss
; packaging/check_installer.py checks on Linux that every file named here exists in the build.
;
; Per user, no administrator rights (PrivilegesRequired=lowest): installs into
; %LOCALAPPDATA%\Programs\NTM Desktop; the first page offers an all-users install to an admin.
; The user's data is NOT in {app}: the app keeps it in %LOCALAPPDATA%\NTMDesktop (platformdirs).
; Nothing below installs into or deletes from that folder, so an upgrade or an uninstall never
; touches the data file, its backups or its evidence files.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=<ntm_desktop.__version__> ntm-desktop.iss
#endif
#ifndef BuildDir
  #define BuildDir "..\dist\ntm-desktop"
#endif

; Inno Setup ships Vietnamese only among its unofficial translations (not installed with it).
; Use it when present (next to this script, or in the compiler's Languages\Unofficial folder);
; otherwise the wizard's standard pages stay in English and only our own messages are Vietnamese.
#if FileExists(AddBackslash(SourcePath) + "Vietnamese.isl")
  #define WizardMessages "Vietnamese.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Unofficial\Vietnamese.isl")
  #define WizardMessages "compiler:Languages\Unofficial\Vietnamese.isl"
#else
  #pragma warning "Vietnamese.isl not found: the standard wizard pages will be in English."
  #define WizardMessages "compiler:Default.isl"
#endif

[Setup]
; The AppId never changes: a new version finds the old one and upgrades it in place.
AppId={{74062363-5B78-45F4-B954-1AFDFF92200E}
AppName=NTM Desktop
AppVersion={#AppVersion}
AppVerName=NTM Desktop {#AppVersion}
AppPublisher=NTM Desktop
DefaultDirName={autopf}\NTM Desktop
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
UninstallDisplayIcon={app}\ntm-desktop.exe
UninstallDisplayName=NTM Desktop
OutputDir=..\dist
OutputBaseFilename=ntm-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "vietnamese"; MessagesFile: "{#WizardMessages}"

[CustomMessages]
DesktopIcon=Tạo biểu tượng trên màn hình nền
AdditionalIcons=Biểu tượng:
BundleFileType=Gói dữ liệu NTM Desktop
LaunchApp=Mở NTM Desktop ngay

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole library folder, so no file of the previous version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BuildDir}\ntm-desktop.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\ntm.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BuildDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\NTM Desktop"; Filename: "{app}\ntm-desktop.exe"
Name: "{autodesktop}\NTM Desktop"; Filename: "{app}\ntm-desktop.exe"; Tasks: desktopicon

[Registry]
; Received bundles (.vnsb): a double-click runs `ntm-desktop.exe "<file>"`, which imports it.
; HKA is HKCU for a per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\.vnsb"; ValueType: string; ValueName: ""; ValueData: "NTMDesktop.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vnsb\OpenWithProgids"; ValueType: string; ValueName: "NTMDesktop.Bundle"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\NTMDesktop.Bundle"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\NTMDesktop.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\ntm-desktop.exe,0"
Root: HKA; Subkey: "Software\Classes\NTMDesktop.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\ntm-desktop.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\ntm-desktop.exe\SupportedTypes"; ValueType: string; ValueName: ".vnsb"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\ntm-desktop.exe"; Description: "{cm:LaunchApp}"; Flags: nowait postinstall skipifsilent

; Inno Setup 6 script for DealerDesk: a per-user install of the PyInstaller onedir bundle.
;
; Why per-user (PrivilegesRequired=lowest): front-desk PCs in a 4S store rarely have an administrator at
; hand, and DealerDesk keeps its data in %LOCALAPPDATA% anyway, so it installs into
; %LOCALAPPDATA%\Programs\DealerDesk without a UAC prompt. Uninstalling removes the program, never the
; data folder (the store database and its backups).
;
; Build (after `python packaging/build.py` has produced dist\dealerdesk\):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\installer.iss
; Output: dist\DealerDesk-<version>-setup.exe

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "DealerDesk"
#define AppPublisher "DealerDesk"
#define GuiExe "dealerdeskw.exe"
#define CliExe "dealerdesk.exe"
#define BundleDir "..\dist\dealerdesk"

[Setup]
; Keep AppId fixed for ever: upgrades and the uninstaller find the installation by it.
AppId={{6F3C2A71-4D1E-4B8A-9C55-2E7D0B1A9F41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
SetupIconFile=..\resources\icons\dealerdesk.ico
UninstallDisplayIcon={app}\{#GuiExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An upgrade must not overwrite files of a running DealerDesk (the tray keeps it running).
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
; ChineseSimplified.isl is an official translation not shipped with every Inno Setup install; put it in
; Inno Setup's Languages\ folder (https://jrsoftware.org/files/istrans/) or remove that line.
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.AutostartTask=开机时自动启动到托盘（提醒今日跟进）
en.AutostartTask=Start in the tray when I sign in to Windows (follow-up reminders)
zh_CN.DesktopTask=在桌面创建快捷方式
en.DesktopTask=Create a desktop shortcut
zh_CN.LaunchNow=立即启动 DealerDesk
en.LaunchNow=Start DealerDesk now
zh_CN.Shortcuts=快捷方式：
en.Shortcuts=Shortcuts:

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopTask}"; GroupDescription: "{cm:Shortcuts}"
Name: "autostart"; Description: "{cm:AutostartTask}"; GroupDescription: "{cm:Shortcuts}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; A previous version's _internal folder may hold modules this version no longer has; stale .pyd/.dll
; files next to new ones are a classic source of start-up crashes after an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{#AppName} 演示门店"; Filename: "{app}\{#GuiExe}"; Parameters: "--demo"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; The same value the Settings page writes (ui/pages/settings.py RUN_NAME "DealerDesk"), so the checkbox
; there shows the installer's choice and either side can turn it off.
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: string; \
  ValueName: "DealerDesk"; ValueData: """{app}\{#GuiExe}"" tray"; Flags: uninsdeletevalue; Tasks: autostart

[Run]
; The store is created (or upgraded, after a backup) by the program's first start, not here, so a
; future first-run wizard sees a fresh install.
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{cmd}"; Parameters: "/C taskkill /IM {#GuiExe} /F"; Flags: runhidden; RunOnceId: "StopDealerDesk"

[UninstallDelete]
; Only the program folder; the data folder (%LOCALAPPDATA%\DealerDesk\DealerDesk) is kept on purpose.
Type: filesandordirs; Name: "{app}\_internal"

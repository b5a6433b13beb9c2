# Builds the Windows installer: dist\ntm-desktop-<version>-setup.exe
# Needs: Python 3.11 (64-bit) on PATH as `py -3.11`, Inno Setup 6.3+ (iscc.exe).
# Run from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path -Parent $PSScriptRoot)

function Invoke-Checked {
    & $args[0] $args[1..($args.Count - 1)]
    if ($LASTEXITCODE -ne 0) { throw "Failed ($LASTEXITCODE): $args" }
}

# A clean virtual environment, so only the app's own dependencies are frozen.
if (Test-Path .venv-build) { Remove-Item -Recurse -Force .venv-build }
Invoke-Checked py -3.11 -m venv .venv-build
$python = ".venv-build\Scripts\python.exe"
Invoke-Checked $python -m pip install --upgrade pip
Invoke-Checked $python -m pip install ".[dev]"

Invoke-Checked $python -m PyInstaller --noconfirm --clean packaging\ntm_desktop.spec
Invoke-Checked dist\ntm-desktop\ntm.exe --version
Invoke-Checked $python packaging\check_installer.py dist\ntm-desktop

$version = (& $python -c "import ntm_desktop; print(ntm_desktop.__version__)").Trim()
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @(
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe",
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe"
    ) | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 (ISCC.exe) not found: install it from https://jrsoftware.org/isdl.php" }
Invoke-Checked $iscc "/DAppVersion=$version" packaging\ntm-desktop.iss

Write-Host "Installer: dist\ntm-desktop-$version-setup.exe"

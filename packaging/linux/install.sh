#!/usr/bin/env bash
# Install Woo redactor for the current user, without admin rights: the program folder in
# ~/.local/opt/woo-redactor, the commands `redactor-gui` and `redactor` in ~/.local/bin,
# a menu entry and an icon. Run it from the unpacked folder:  ./install.sh
# Remove again with:  ./install.sh --uninstall
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
prefix="${WOO_REDACTOR_PREFIX:-$HOME/.local/opt/woo-redactor}"
bin="$HOME/.local/bin"

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$prefix"
  rm -f "$bin/redactor-gui" "$bin/redactor" "$data/applications/woo-redactor.desktop" \
        "$data/icons/hicolor/256x256/apps/woo-redactor.png" "$data/icons/hicolor/scalable/apps/woo-redactor.svg"
  echo "removed Woo redactor (your dossiers and settings in your user folders are kept)"
  exit 0
fi
[ -x "$here/redactor-gui" ] || { echo "error: run install.sh from the unpacked woo-redactor folder" >&2; exit 2; }

if [ "$here" != "$prefix" ]; then
  rm -rf "$prefix"
  mkdir -p "$(dirname "$prefix")"
  cp -a "$here" "$prefix"
fi
mkdir -p "$bin" "$data/applications" "$data/icons/hicolor/256x256/apps" "$data/icons/hicolor/scalable/apps"
ln -sfn "$prefix/redactor-gui" "$bin/redactor-gui"
ln -sfn "$prefix/redactor" "$bin/redactor"
cp "$prefix/share/woo-redactor.png" "$data/icons/hicolor/256x256/apps/woo-redactor.png"
cp "$prefix/share/woo-redactor.svg" "$data/icons/hicolor/scalable/apps/woo-redactor.svg"
# the menu entry starts the installed program by its full path: ~/.local/bin may not be on PATH
sed "s|^Exec=redactor-gui|Exec=\"$prefix/redactor-gui\"|" "$prefix/share/woo-redactor.desktop" \
  > "$data/applications/woo-redactor.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "installed in $prefix; start it from the menu (Woo Redactor) or with: $bin/redactor-gui"
case ":$PATH:" in *":$bin:"*) ;; *) echo "note: $bin is not on your PATH" ;; esac

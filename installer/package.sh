#!/usr/bin/env bash
# Builds CounselDesk for installation with the JDK's jpackage:
#   installer/package.sh          a self-contained app folder in target/installer/CounselDesk
#   installer/package.sh --deb    a Debian package in target/installer (needs fakeroot, dpkg-dev, binutils)
# The package bundles its own Java runtime; on Linux it depends on GTK 3 and a Chinese font.
set -euo pipefail
cd "$(dirname "$0")/.."

type=app-image
if [ "${1:-}" = "--deb" ]; then
  type=deb
fi
version=$(mvn -B -q help:evaluate -Dexpression=project.version -DforceStdout | sed 's/-SNAPSHOT//')

mvn -B -q package -DskipTests
rm -rf target/installer
mkdir -p target/installer/input
cp target/counseldesk.jar target/installer/input/
cp -r target/lib target/installer/input/lib

args=(
  --type "$type"
  --name CounselDesk
  --app-version "$version"
  --vendor CounselDesk
  --description "Front office of a tutoring institution's counseling office"
  --input target/installer/input
  --main-jar counseldesk.jar
  --main-class com.counseldesk.Launcher
  --icon assets/icon.png
  --java-options "-Dfile.encoding=UTF-8"
  --dest target/installer
)
if [ "$type" = "deb" ]; then
  args+=(
    --linux-package-name counseldesk
    --linux-package-deps "libgtk-3-0, fonts-wqy-microhei | fonts-noto-cjk"
    --linux-shortcut
    --linux-menu-group Office
    --linux-app-category office
  )
fi
jpackage "${args[@]}"
echo "Built $type in target/installer"

#!/usr/bin/env bash
# Builds the self-contained archive of cognito-lint for this platform (run by `mvn -Pdist package`
# after the jar is built): a jlink runtime holding only the modules jdeps finds in the jar, the jar,
# and the launcher src/dist/cognito-lint as bin/cognito-lint; then a .tar.gz and its SHA-256 sum.
#
# Usage: src/dist/build-archive.sh JAR VERSION OUTDIR
# Writes OUTDIR/cognito-lint-VERSION-OS-ARCH.tar.gz and .tar.gz.sha256 (`sha256sum -c` format).
# Needs the JDK's jdeps and jlink (those of JAVA_HOME when it is set, else of PATH), tar, gzip.
set -euo pipefail
jar="$1" version="$2" out="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
tool() { if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/$1" ]; then echo "$JAVA_HOME/bin/$1"; else command -v "$1"; fi; }

case "$(uname -s)" in Linux) os=linux ;; Darwin) os=macos ;; *) echo "build-archive: unsupported OS $(uname -s)" >&2; exit 2 ;; esac
case "$(uname -m)" in x86_64|amd64) arch=x64 ;; aarch64|arm64) arch=aarch64 ;; *) arch="$(uname -m)" ;; esac
name="cognito-lint-$version-$os-$arch"
stage="$out/dist/$name"
rm -rf "$stage" && mkdir -p "$stage/bin" "$stage/lib"

modules="$("$(tool jdeps)" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")"
echo "build-archive: runtime modules: $modules"
# --generate-cds-archive writes the runtime's class archive (lib/server/classes.jsa), which serves
# any install path. Its no-compressed-oops twin is only for heaps above 32 GB, which this tool
# never needs by default: dropped, 11 MB less (such a JVM just runs without an archive).
"$(tool jlink)" --add-modules "$modules" --output "$stage/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive
rm -f "$stage/runtime/lib/server/classes_nocoops.jsa"
cp "$jar" "$stage/lib/cognito-lint.jar"
cp "$here/cognito-lint" "$stage/bin/cognito-lint"
chmod 755 "$stage/bin/cognito-lint"

archive="$out/$name.tar.gz"
# With GNU tar: sorted names, owner root and fixed dates, so nothing of the build machine's users
# or clock is in the listing.
if tar --version 2>/dev/null | grep -q 'GNU tar'; then
  tar --sort=name --owner=0 --group=0 --numeric-owner --mtime='1980-01-01 00:00Z' \
    -C "$out/dist" -cf - "$name" | gzip -n -9 >"$archive"
else
  tar -C "$out/dist" -cf - "$name" | gzip -n -9 >"$archive"
fi
if command -v sha256sum >/dev/null; then
  (cd "$out" && sha256sum "$name.tar.gz" >"$name.tar.gz.sha256")
else
  (cd "$out" && shasum -a 256 "$name.tar.gz" >"$name.tar.gz.sha256")
fi
echo "build-archive: $archive ($(du -k "$archive" | cut -f1) KiB)"

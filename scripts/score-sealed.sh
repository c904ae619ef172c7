#!/bin/sh
# Scores a sealed held-out set (fixtures/sealed/*.tar.xz) without showing
# any of it: the archive is unpacked into a temporary directory, scored
# with `standpoint eval`, and only the final means line is printed.
# usage: scripts/score-sealed.sh ARCHIVE [STANDPOINT_BINARY]
set -eu
archive=$1
bin=${2:-target/release/standpoint}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
tar -xJf "$archive" -C "$tmp"
set_dir=$(find "$tmp" -mindepth 1 -maxdepth 1 -type d)
# eval exits 1 when an article misses its thresholds; the means are what we want.
"$bin" eval "$set_dir/articles" "$set_dir/gold" | tail -n 1 || true

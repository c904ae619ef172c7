#!/bin/sh
# Instructions per byte of article text, for the whole work and its
# stages, from callgrind on a 1 MB slice of the generated corpus (one
# thread): the same count on every run, whatever else the machine does.
# usage: scripts/profile.sh [BIN] [OUT]   (needs valgrind)
set -eu
# (Made first: `readlink -f` fails on a path whose parent does not exist,
# as in a checkout built with CARGO_TARGET_DIR elsewhere.)
mkdir -p target/bench-corpus
bin=$(readlink -f "${1:-target/release/standpoint}")
out=$(readlink -f "${2:-target/bench-corpus/callgrind.out}")
dir=$(readlink -f target/bench-corpus)
[ -f "$dir/corpus-1m.jsonl" ] || python3 scripts/gen-corpus.py --size 1M --out "$dir/corpus-1m.jsonl" >/dev/null
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$dir/corpus-1m.jsonl")
# (Annotated from outside the checkout: inside it callgrind_annotate splits
# each function by relative path and the inclusive counts come out wrong.)
cd /tmp
valgrind --tool=callgrind --callgrind-out-file="$out" "$bin" batch --threads 1 "$dir/corpus-1m.jsonl" >/dev/null 2>&1
for stage in 'batch::process_group \[' 'standpoint_core::parse \[' 'Attributor::block \[' 'Classifier::report \[' 'Classifier::draft_utterance \['; do
    callgrind_annotate --inclusive=yes "$out" 2>/dev/null | grep -E "^ *[0-9,]+ .*$stage" | head -1 |
        awk -v n="$bytes" '{c=$1; gsub(",", "", c); sub(/.*:/, "", $NF); printf "%7.1f per byte  %s\n", c / n, $(NF-1)}'
done
echo "profile: $out (callgrind_annotate --inclusive=yes --tree=calling, run outside the checkout)"

#!/bin/sh
# Whether two standpoint binaries give byte-identical output: on a 3 MB
# slice of the generated corpus (two threads) and on every labelled article
# in the repository (fixtures, tuning and design sets). The check every
# speed change must pass (docs/performance.md).
# usage: scripts/same-output.sh BIN_A BIN_B
set -eu
a=$1
b=$2
dir=target/bench-corpus
mkdir -p "$dir"
[ -f "$dir/corpus-3m.jsonl" ] || python3 scripts/gen-corpus.py --size 3M --seed 7 --out "$dir/corpus-3m.jsonl" >/dev/null
python3 - "$dir/labelled.jsonl" <<'PY'
import glob, json, sys
with open(sys.argv[1], "w") as out:
    for d in ["fixtures/articles", "fixtures/tuning/articles", "fixtures/design/articles"]:
        for f in sorted(glob.glob(d + "/*.txt")):
            out.write(json.dumps({"id": f, "text": open(f, encoding="utf-8").read()}) + "\n")
PY
status=0
for input in "$dir/corpus-3m.jsonl" "$dir/labelled.jsonl"; do
    # (batch exits 1 when a line fails; the bytes are what is compared.)
    ha=$("$a" batch --threads 2 "$input" 2>/dev/null | sha256sum)
    hb=$("$b" batch --threads 2 "$input" 2>/dev/null | sha256sum)
    if [ "$ha" = "$hb" ]; then echo "identical: $input"; else echo "DIFFERENT: $input"; status=1; fi
done
exit $status

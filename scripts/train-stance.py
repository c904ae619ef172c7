#!/usr/bin/env python3
"""Trains the stance crate's learned layer (crates/stance/data/learned.tsv).

The layer re-labels each speaker from what the hand-written rules report
about them: the rules' label, score and confidence, the kinds of their
evidence, the labels of their utterances, the lowercase words of their
utterances, and the lowercase words of the rest of the sentences those
utterances stand in (their frames: the narrator's verb and description),
and the pairs of lowercase words that stand next to each other in them.
It is a multinomial logistic regression, trained here on the labelled
articles in the repository (fixtures/articles, fixtures/tuning,
fixtures/design) against the rules-only reports of a standpoint binary.
Capitalized words are left out, so no name becomes a feature.

It also cross-validates (5 folds, by article): it prints the accuracy of
the rules and of the layer on speakers of articles it did not train on, and
fits the temperature that turns the layer's scores into a confidence on
those held-out predictions (a layer trained on an article is surer of it
than it should be of a new one).

usage: scripts/train-stance.py BIN [--out FILE] [--check] [--held-out FILE]
  BIN      a release build of standpoint (run with --rules-only)
  --held-out FILE  also write each matched speaker's cross-validated label
           (from the fold that did not see its article) as JSON lines, for
           studying the layer's errors on articles it has not seen
  --check  train nothing: check that BIN, which has FILE compiled in,
           labels every matched speaker as this script's reading of FILE does
The feature set must match crates/stance/src/learned.rs exactly.
"""
import argparse, collections, glob, json, math, os, random, re, subprocess, sys

LABELS = ["optimistic", "cautious", "mixed", "neutral"]
BANDS = [0.1, 0.2, 0.3, 0.45, 0.6, 0.8]
SETS = ["fixtures/articles", "fixtures/tuning/articles", "fixtures/design/articles"]
MIN_COUNT = 3  # a feature seen in fewer training speakers gets no weight
L2, EPOCHS, RATE = 1e-2, 15, 0.2


def norm(name):  # as the scorer (score.py) matches names
    name = name.lower().replace("\u2019", "'")
    name = re.sub(r"[-.'’_()]", " ", name)
    return re.sub(r"\s+", " ", name).strip()


def tokens(text):
    """Every word of the text in order, capitalized ones included: runs of
    ASCII letters and apostrophes, with `’` read as `'`, trimmed of
    apostrophes (runs of apostrophes alone are no word)."""
    ts = (w.replace("\u2019", "'").strip("'") for w in re.findall(r"[A-Za-z'\u2019]+", text))
    return [w for w in ts if w]


def words(text):
    """Lowercase words: the tokens, leaving out any that starts with a
    capital, lowercased."""
    return {w.lower() for w in tokens(text) if not w[0].isupper()}


def fmt(x):  # the band's name in the feature
    return repr(x)


def pairs(text):
    """Pairs of lowercase words next to each other (no capitalized word
    between them), each of at most 16 bytes, as learned.rs packs them."""
    t = tokens(text)
    out = set()
    for a, b in zip(t, t[1:]):
        if a[0].isupper() or b[0].isupper() or len(a) > 16 or len(b) > 16:
            continue
        out.add(a.lower() + "_" + b.lower())
    return out


FRAME_REACH = 300  # as in learned.rs


def frame(text, u):
    """The rest of the sentence the utterance stands in, cut at `.` and
    line breaks only and reaching at most FRAME_REACH bytes on each side,
    as learned.rs cuts it (a character cut by the reach is left out)."""
    s, e = u["start"], u["end"]
    low = max(0, s - FRAME_REACH)
    i = max(text.rfind(b".", low, s), text.rfind(b"\n", low, s))
    a = i + 1 if i >= 0 else low
    high = min(len(text), e + FRAME_REACH)
    ends = [j for j in (text.find(b".", e, high), text.find(b"\n", e, high)) if j >= 0]
    b = min(ends) if ends else high
    return [text[a:s].decode("utf-8", "ignore"), text[e:b].decode("utf-8", "ignore")]


def features(sp, utts, text):
    f = collections.Counter()
    f["bias"] = 1.0
    f["pred:" + sp["stance"]] = 1.0
    f["pred:" + sp["stance"] + ":" + sp["kind"]] = 1.0
    s = sp["score"]
    f["score"] = s
    f["abs"] = abs(s)
    for t in BANDS:
        if abs(s) >= t:
            f["band:" + fmt(t) + (":+" if s > 0 else ":-")] = 1.0
    f["conf"] = sp["confidence"]
    n = sp["utterances"]
    f["n:" + str(min(n, 5))] = 1.0
    if n:
        for label, c in collections.Counter(u["stance"] for u in utts).items():
            f["u:" + label] = c / n
    for e in sp["evidence"]:
        f["ev:" + e["kind"] + (":+" if e["weight"] > 0 else ":-")] += 1.0
    ws = set()
    ps = set()
    for u in utts:
        ws |= words(u["text"])
        ps |= pairs(u["text"])
    for p in ps:
        f["b:" + p] = 1.0
    for w in ws:
        f["w:" + w] = 1.0
    fs = set()
    for u in utts:
        for piece in frame(text, u):
            fs |= words(piece)
    for w in fs:
        f["f:" + w] = 1.0
    return f


def examples(binary):
    out = []
    for d in SETS:
        arts = sorted(a for a in glob.glob(d + "/*.txt") if os.path.exists(gold_path(a)))
        if not arts:
            continue
        run = subprocess.run([binary, "--rules-only", "report", "--format", "json", *arts], capture_output=True, text=True)
        reports = json.loads(run.stdout)
        if isinstance(reports, dict):
            reports = [reports]
        for art, rep in zip(arts, reports):
            gold = json.load(open(gold_path(art)))
            by_name = {}
            for g in gold["speakers"]:
                for n in g["names"]:
                    by_name.setdefault(norm(n), g)
            seen = set()
            text = open(art, "rb").read()
            for sp in rep["speakers"]:
                g = by_name.get(norm(sp["name"]))
                if g is None or g["id"] in seen:
                    continue
                seen.add(g["id"])
                utts = [u for u in rep["utterances"] if u["speaker"] == sp["name"]]
                out.append(dict(article=art, name=sp["name"], features=features(sp, utts, text), gold=g["stance"], required=g["required"], rules=sp["stance"]))
    return out


def gold_path(article):
    d, name = os.path.split(article)
    return os.path.join(os.path.dirname(d) if d.endswith("articles") else d, "gold", name[:-4] + ".json")


def scores(w, f):
    return [sum(w[c].get(k, 0.0) * v for k, v in f.items()) for c in range(4)]


def loss(held_out, t):
    """Mean negative log of the chance given to the accepted labels, with
    the scores divided by the temperature t."""
    total = 0.0
    for z, ok in held_out:
        m = max(z)
        e = [math.exp((x - m) / t) for x in z]
        total -= math.log(max(sum(e[c] for c in ok) / sum(e), 1e-12))
    return total / len(held_out)


def probs(w, f):
    z = scores(w, f)
    m = max(z)
    e = [math.exp(x - m) for x in z]
    s = sum(e)
    return [x / s for x in e]


def train(data):
    count = collections.Counter()
    for x in data:
        count.update(x["features"].keys())
    fs = [{k: v for k, v in x["features"].items() if count[k] >= MIN_COUNT} for x in data]
    w = [collections.defaultdict(float) for _ in LABELS]
    g2 = [collections.defaultdict(float) for _ in LABELS]
    order = list(range(len(data)))
    rnd = random.Random(1)
    for _ in range(EPOCHS):
        rnd.shuffle(order)
        for i in order:
            f = fs[i]
            ok = [LABELS.index(x) for x in data[i]["gold"] if x in LABELS]
            if not ok:
                continue
            p = probs(w, f)
            pok = sum(p[c] for c in ok)
            # Gold may accept several labels: maximize the chance of any.
            for c in range(4):
                g = p[c] - (p[c] / pok if c in ok else 0.0)
                for k, v in f.items():
                    gg = g * v + L2 * w[c][k]
                    g2[c][k] += gg * gg
                    w[c][k] -= RATE * gg / math.sqrt(g2[c][k] + 1e-8)
    return w


def predict(w, f):
    p = probs(w, f)
    return LABELS[max(range(4), key=lambda c: p[c])]


STRONG = 0.7  # as in learned.rs


def guard(label, x):
    """The layer's label, unless it reverses the rules' optimistic or
    cautious label of a score at least STRONG in size (learned.rs keeps
    the rules' label then)."""
    if {label, x["rules"]} == {"optimistic", "cautious"} and abs(x["features"]["score"]) >= STRONG:
        return x["rules"]
    return label


def check(binary, table, data):
    w = [{} for _ in LABELS]
    for line in open(table):
        if line.startswith(("#", "@")) or not line.strip():
            continue
        key, *cols = line.rstrip("\n").split("\t")
        for c in range(4):
            w[c][key] = float(cols[c])
    arts = sorted({x["article"] for x in data})
    run = subprocess.run([binary, "report", "--format", "json", *arts], capture_output=True, text=True)
    reports = json.loads(run.stdout)
    if isinstance(reports, dict):
        reports = [reports]
    got = {(art, sp["name"]): sp["stance"] for art, rep in zip(arts, reports) for sp in rep["speakers"]}
    def final(x):
        # As learned.rs does: a change that no word of the speaker pulls
        # toward keeps the rules' label, and so does a reversal of a
        # strong score.
        label = guard(predict(w, x["features"]), x)
        if label != x["rules"] and x["rules"] in LABELS:
            best, r = LABELS.index(label), LABELS.index(x["rules"])
            words = [k for k in x["features"] if k.startswith(("w:", "f:", "b:")) and k in w[0]]
            if not any(w[best][k] - w[r][k] > 0 for k in words):
                return x["rules"]
        return label

    differ = [x for x in data if final(x) != got.get((x["article"], x["name"]))]
    for x in differ[:10]:
        print(f"differs: {x['article']}: {x['name']}", file=sys.stderr)
    print(f"check: {len(data) - len(differ)} of {len(data)} speakers labelled alike", file=sys.stderr)
    return 1 if differ else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--out", default="crates/stance/data/learned.tsv")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--held-out")
    a = ap.parse_args()
    data = examples(a.binary)
    if a.check:
        sys.exit(check(a.binary, a.out, data))
    print(f"{len(data)} speakers matched to gold in {len({x['article'] for x in data})} articles", file=sys.stderr)
    arts = sorted({x["article"] for x in data})
    random.Random(0).shuffle(arts)
    fold = {art: i % 5 for i, art in enumerate(arts)}
    ok_rules = ok_model = ok_guarded = total = 0
    held_out = []  # (scores, accepted labels) of each speaker, from a layer that did not see it
    dump = open(a.held_out, "w") if a.held_out else None
    for k in range(5):
        w = train([x for x in data if fold[x["article"]] != k])
        for x in data:
            if fold[x["article"]] != k:
                continue
            z = scores(w, x["features"])
            held_out.append((z, [LABELS.index(g) for g in x["gold"] if g in LABELS]))
            if dump:
                label = guard(LABELS[max(range(4), key=lambda c: z[c])], x)
                dump.write(json.dumps(dict(article=x["article"], name=x["name"], required=x["required"], gold=x["gold"], rules=x["rules"], layer=label, score=x["features"].get("score"))) + "\n")
            if x["required"]:
                total += 1
                ok_rules += x["rules"] in x["gold"]
                label = LABELS[max(range(4), key=lambda c: z[c])]
                ok_model += label in x["gold"]
                ok_guarded += guard(label, x) in x["gold"]
    print(f"cross-validated stance of {total} required speakers: rules {ok_rules / total:.3f}, learned {ok_model / total:.3f}, learned with the strong-score guard {ok_guarded / total:.3f}", file=sys.stderr)
    temperature = min((t / 10 for t in range(5, 61)), key=lambda t: loss(held_out, t))
    print(f"temperature {temperature:g} (held-out log loss {loss(held_out, 1.0):.3f} at 1, {loss(held_out, temperature):.3f} at it)", file=sys.stderr)
    w = train(data)
    keys = sorted(set().union(*[set(c) for c in w]))
    with open(a.out, "w") as out:
        out.write("# standpoint learned stance layer: feature, then weights for " + ", ".join(LABELS) + "\n")
        out.write("# generated by scripts/train-stance.py; do not edit by hand\n")
        out.write(f"@temperature\t{temperature:g}\n")
        for k in keys:
            ws = [round(w[c][k], 4) for c in range(4)]
            if max(abs(x) for x in ws) < 0.005:
                continue
            out.write(k + "\t" + "\t".join(f"{x:g}" for x in ws) + "\n")


if __name__ == "__main__":
    main()

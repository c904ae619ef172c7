#!/usr/bin/env python3
"""Checks a writer's set: every gold file parses, names its article, and
every utterance/not_utterance key occurs in the article.
usage: check-gold.py OUTDIR"""
import json, sys, os, glob
out = sys.argv[1]
bad = 0
arts = sorted(glob.glob(os.path.join(out, 'articles', '*.txt')))
for a in arts:
    g = os.path.join(out, 'gold', os.path.basename(a)[:-4] + '.json')
    text = open(a, encoding='utf-8').read()
    try:
        d = json.load(open(g, encoding='utf-8'))
    except Exception as e:
        print(f'{g}: {e}'); bad += 1; continue
    ids = {s['id'] for s in d['speakers']}
    for s in d['speakers']:
        for k in ('id', 'required', 'stance', 'names'):
            if k not in s: print(f'{g}: speaker lacks {k}'); bad += 1
        for st in s.get('stance', []):
            if st not in ('optimistic', 'cautious', 'mixed', 'neutral'):
                print(f'{g}: bad stance {st}'); bad += 1
    for u in d['utterances']:
        sp = u['speaker'] if isinstance(u['speaker'], list) else [u['speaker']]
        for x in sp:
            if x not in ids: print(f'{g}: utterance speaker {x} not in speakers'); bad += 1
        if u['key'] not in text: print(f'{g}: key not in article: {u["key"]!r}'); bad += 1
    for u in d.get('not_utterances', []):
        if u['key'] not in text: print(f'{g}: not_utterance key not in article: {u["key"]!r}'); bad += 1
print(f'{len(arts)} articles checked, {bad} problems')
sys.exit(1 if bad or len(arts) != 8 else 0)

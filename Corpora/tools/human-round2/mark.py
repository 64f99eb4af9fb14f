#!/usr/bin/env python3
# Inserts ⟦family|text⟧ markers into a copy of an original file (byte-exact otherwise).
import json, re, sys, os
spec = json.load(open(sys.argv[1]))
base = os.path.dirname(os.path.abspath(sys.argv[1]))
for f, info in spec.items():
    src = os.path.join(base, 'orig', f)
    t = open(src, encoding='utf-8', newline='').read()
    spans = []
    for a in info['annotations']:
        ctx, tgt, fam = a['context'], a['text'], a['family']
        n = t.count(ctx)
        assert n == 1, (f, ctx, n)
        c = t.index(ctx)
        k = ctx.index(tgt) if 'at' not in a else a['at']
        assert ctx[k:k+len(tgt)] == tgt
        spans.append((c + k, c + k + len(tgt), fam))
    for s, e, fam in sorted(spans, reverse=True):
        t = t[:s] + '⟦' + fam + '|' + t[s:e] + '⟧' + t[e:]
    out = os.path.join(base, 'marked', f.replace('.', '.marked.', 1) if False else re.sub(r'\.(md|po|html|xlf)$', r'.marked.\1', f))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, 'w', encoding='utf-8', newline='') as o:
        o.write(info['source_line'] + '\n' + t)
    print(out, len(spans))

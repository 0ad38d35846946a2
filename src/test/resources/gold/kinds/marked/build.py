#!/usr/bin/env python3
"""Builds the kinds gold (brat NAME.txt + NAME.ann with Kind attributes) from the marked articles.

Markup, one attribution per id n within an article:
  {Sn:source words}  {Cn:KIND:cue words}  {Tn:content words}
KIND: DOC, OS (OFFICIAL_STATEMENT), MR (MEDIA_REPORT), AN (ANONYMOUS_SOURCE), NS (NAMED_SOURCE), TW (TWEET).
A cue-only attribution (sourceless ANONYMOUS_SOURCE) has no S. Spans do not nest.
Run from this folder: python3 build.py  (writes ../tune and ../heldout)
"""
import os, re, sys

KINDS = {"DOC": "DOCUMENT", "OS": "OFFICIAL_STATEMENT", "MR": "MEDIA_REPORT", "AN": "ANONYMOUS_SOURCE",
         "NS": "NAMED_SOURCE", "TW": "TWEET"}
MARK = re.compile(r"\{([STC])(\d+):(?:([A-Z]+):)?([^{}]*)\}")

def build(src):
    raw = open(src, encoding="utf-8").read()
    out, spans, kinds, pos = [], {}, {}, 0
    for m in MARK.finditer(raw):
        out.append(raw[pos:m.start()])
        start = sum(len(x) for x in out)
        role, n, kind, words = m.group(1), int(m.group(2)), m.group(3), m.group(4)
        out.append(words)
        spans.setdefault(n, {})[role] = (start, start + len(words), words)
        if role == "C":
            kinds[n] = KINDS[kind]
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    assert "{" not in text and "}" not in text, src
    lines, t = [], 0
    names = {"S": "Source", "C": "Cue", "T": "Content"}
    for e, n in enumerate(sorted(spans), 1):
        sp = spans[n]
        assert "C" in sp and "T" in sp and n in kinds, (src, n)
        args = []
        for role in "TCS":
            if role in sp:
                t += 1
                s, en, w = sp[role]
                assert text[s:en] == w
                lines.append(f"T{t}\t{names[role]} {s} {en}\t{w}")
                args.append(f"{names[role]}:T{t}")
                if role == "C":
                    cue = (s, en, w)
        t += 1
        lines.append(f"T{t}\tAttribution {cue[0]} {cue[1]}\t{cue[2]}")
        lines.append(f"E{e}\tAttribution:T{t} " + " ".join(args))
        lines.append(f"A{e}\tKind E{e} {kinds[n]}")
    return text, lines, kinds

here = os.path.dirname(os.path.abspath(__file__))
total = {}
for part in ("tune", "heldout"):
    dst = os.path.join(here, "..", part)
    os.makedirs(dst, exist_ok=True)
    counts = {}
    for f in sorted(os.listdir(os.path.join(here, part))):
        if not f.endswith(".mark"):
            continue
        text, lines, kinds = build(os.path.join(here, part, f))
        base = os.path.join(dst, f[:-5])
        open(base + ".txt", "w", encoding="utf-8").write(text)
        open(base + ".ann", "w", encoding="utf-8").write("\n".join(lines) + "\n")
        for k in kinds.values():
            counts[k] = counts.get(k, 0) + 1
    print(part, sum(counts.values()), dict(sorted(counts.items())))

#!/usr/bin/env python3
"""Drop entries of docs/compatibility.toml that tests/compat_table.rs
reports as stale (skiff has the flag now).

    cargo test --test compat_table 2>&1 | scripts/compat-prune.py

Reads the test's `stale: skiff has `CMD FLAG` now` lines on stdin and
rewrites the matching items in place, keeping comments and order."""
import re, sys, tomllib

path = "docs/compatibility.toml"
stale = set()
for line in sys.stdin:
    m = re.match(r"stale: skiff has `(.*)` now", line)
    if not m:
        continue
    words = m.group(1).split(" ")
    flag = words[-1] if words[-1].startswith("-") else None
    cmd = " ".join(words[:-1]) if flag else " ".join(words)
    stale.add((cmd, flag))

text = open(path).read()
# Chunks: leading comments/blank lines, then one [[item]] block.
parts = re.split(r"(?m)^(?=\[\[item\]\])", text)
out = [parts[0]]
def listify(v):
    return v if isinstance(v, list) else [v]
def render(cmds, flags, rest):
    lines = ["[[item]]"]
    q = lambda xs: xs[0] if len(xs) == 1 else xs
    def val(v):
        if isinstance(v, list):
            return "[" + ", ".join('"%s"' % x for x in v) + "]"
        return '"%s"' % v if isinstance(v, str) else str(v)
    lines.append("command = " + val(q(cmds)))
    if flags:
        lines.append("flag = " + val(q(flags)))
    for k, v in rest.items():
        lines.append(f"{k} = " + (val(v)))
    return "\n".join(lines) + "\n"
for chunk in parts[1:]:
    # The item ends at its first blank line; the rest is the next
    # section's comments.
    body, sep, tail = chunk.partition("\n\n")
    item = tomllib.loads(body)["item"][0]
    cmds = listify(item.pop("command"))
    flags = listify(item.pop("flag")) if "flag" in item else [None]
    if not any((c, f) in stale for c in cmds for f in flags):
        out.append(chunk)
        continue
    groups = {}
    for f in flags:
        keep = tuple(c for c in cmds if (c, f) not in stale)
        if keep:
            groups.setdefault(keep, []).append(f)
    new = ""
    for keep, fs in groups.items():
        fs = [f for f in fs if f is not None]
        new += render(list(keep), fs, item) + "\n"
    out.append(new + (tail if sep else ""))
open(path, "w").write("".join(out).rstrip("\n") + "\n")

#!/usr/bin/python3
"""How much of the gold actors the lexicon finds.

usage: /usr/bin/python3 tools/lexicon_coverage.py [--bin models/lexicon.bin]
           [--dyad build/dyad] [--misses N] GOLD.jsonl...

The gold records (../shared/data/gold/*.jsonl) give each event's source
and target as codes, not as text.  For every record this runs
`dyad dict lookup --date DATE TEXT` and counts, per distinct gold actor
country of the record (source or target, "" skipped), whether some match
in the sentence resolves to that country.  It also counts the countries
the lexicon finds that no gold event names (often right: the gold codes
only the event's actors, not every country a sentence mentions).
"""
import argparse
import collections
import json
import subprocess
import sys


def lookup(dyad, lexicon, text, date):
    args = [dyad, "dict", "lookup", "--bin", lexicon]
    if date:
        args += ["--date", date]
    out = subprocess.run(args + ["--", text], capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--bin", default="models/lexicon.bin")
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--misses", type=int, default=0, help="print up to N missed actors")
    a = ap.parse_args()
    iso3 = set()
    try:
        with open("/usr/share/iso-codes/json/iso_3166-1.json") as f:
            iso3 = {c["alpha_3"] for c in json.load(f)["3166-1"]}
    except OSError:
        pass
    total = found = not_iso = extra = 0
    per_file = collections.OrderedDict()
    misses = []
    non_iso_codes = collections.Counter()
    for path in a.gold:
        f_total = f_found = 0
        with open(path) as f:
            for line in f:
                rec = json.loads(line)
                gold = set()
                for ev in rec.get("events", []):
                    for side in ("source", "target"):
                        code = (ev.get(side) or "")[:3]
                        # "---" is PETRARCH's "no actor"; lowercase codes are not countries
                        if len(code) == 3 and code.isalpha() and code.isupper():
                            gold.add(code)
                matches = lookup(a.dyad, a.bin, rec["text"], rec.get("date", ""))
                have = {m["country"] for m in matches if m["country"]}
                extra += len(have - gold)
                for code in sorted(gold):
                    total += 1
                    f_total += 1
                    if iso3 and code not in iso3 and code not in ("IGO", "NGO", "MNC"):
                        not_iso += 1
                        non_iso_codes[code] += 1
                    if code in have:
                        found += 1
                        f_found += 1
                    else:
                        misses.append((rec["id"], code, sorted(have), rec["text"][:160]))
        per_file[path] = (f_found, f_total)
    for path, (f, t) in per_file.items():
        print(f"{path}: {f}/{t} gold actor countries found ({100.0 * f / max(t, 1):.1f}%)")
    print(f"all: {found}/{total} ({100.0 * found / max(total, 1):.1f}%); "
          f"{not_iso} gold codes are not ISO 3166-1 alpha-3 (CAMEO-style, e.g. JAP), "
          f"{extra} countries found that no gold event names")
    if non_iso_codes:
        print("  gold codes outside ISO 3166-1 (never found as such): " +
              ", ".join(f"{c} {n}" for c, n in non_iso_codes.most_common()))
    for rid, code, have, text in misses[: a.misses]:
        print(f"  miss {rid}: gold {code}, found {have}: {text}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

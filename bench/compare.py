"""Checks that teilhabe's base counts and DuckDB's agree cell for cell.

usage: python compare.py teilhabe.csv duckdb.csv
"""

import csv
import sys


def load(path):
    with open(path, encoding="utf-8") as handle:
        reader = csv.reader(handle)
        next(reader)
        return {tuple(row[:-1]): int(row[-1]) for row in reader}


def main():
    ours, theirs = load(sys.argv[1]), load(sys.argv[2])
    differing = [key for key in ours.keys() | theirs.keys() if ours.get(key, 0) != theirs.get(key, 0)]
    total = sum(ours.values())
    if differing:
        for key in sorted(differing)[:10]:
            print(f"differs: {key}: teilhabe {ours.get(key, 0)}, duckdb {theirs.get(key, 0)}")
        print(f"outputs DISAGREE in {len(differing)} of {len(ours)} cells")
        sys.exit(1)
    print(f"outputs agree: {len(ours)} non-zero cells, {total} persons")


if __name__ == "__main__":
    main()

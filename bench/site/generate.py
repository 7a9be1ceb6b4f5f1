#!/usr/bin/env python3
"""A city N times the demo's size for benchmarks (issue 13): the demo concept's action fields,
the demo measures, the indicator catalogue and its demo figures, each copied N times (copy k
gets slugs and ids with the suffix `-kK` and titles with " (K)"; copy 0 is the demo itself).

    bench/site/generate.py --times 10 --out /tmp/big     # writes the files
    bench/site/generate.py --times 10 --out /tmp/big --load --database sqlite:/tmp/big.db \
        --teilhabe target/release/teilhabe             # …and loads them with the CLI

The files are plain inputs of the CLI (`concept load`, `city load`, `indicators load`, `import
measures`, `import table`), so the same city can feed `export site`, `report` or a server.
"""
import argparse
import csv
import io
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def suffix(k):
    return "" if k == 0 else f"-k{k}"


def rename_ids(text, mapping):
    """Replaces every quoted slug or id of `mapping` in `text` ("sport" → "sport-k3")."""
    if not mapping:
        return text
    pattern = re.compile('"(' + "|".join(sorted(map(re.escape, mapping), key=len, reverse=True)) + ')"')
    return pattern.sub(lambda m: '"' + mapping[m.group(1)] + '"', text)


def titled(text, k):
    """Appends " (K)" to the German and English titles of a `title = { de = "…", en = "…" }`."""
    if k == 0:
        return text
    return re.sub(r'^(title = \{ de = "[^"]*)(", en = "[^"]*)(" \})',
                  lambda m: f'{m.group(1)} ({k}){m.group(2)} ({k}){m.group(3)}', text, flags=re.M)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--times", type=int, default=10)
    parser.add_argument("--out", required=True)
    parser.add_argument("--load", action="store_true")
    parser.add_argument("--database")
    parser.add_argument("--teilhabe", default=str(ROOT / "target/release/teilhabe"))
    args = parser.parse_args()
    out = pathlib.Path(args.out)
    (out / "indicators" / "bielefeld").mkdir(parents=True, exist_ok=True)
    (out / "figures").mkdir(parents=True, exist_ok=True)

    concept = (ROOT / "data/concept/bielefeld.toml").read_text()
    head, fields = concept.split("[[fields]]", 1)
    fields = "[[fields]]" + fields
    slugs = re.findall(r'^slug = "([^"]+)"', fields, flags=re.M)
    ids = re.findall(r'^id = "([^"]+)"', fields, flags=re.M)

    def ids_of(k):
        mapping = {slug: slug + suffix(k) for slug in slugs}
        for rec in ids:
            field = next(s for s in sorted(slugs, key=len, reverse=True) if rec.startswith(s + "-"))
            mapping[rec] = field + suffix(k) + rec[len(field):]
        return mapping

    copies = [titled(rename_ids(fields, ids_of(k)), k) for k in range(args.times)]
    (out / "concept.toml").write_text(head + "\n".join(copies))

    measures_in = list(csv.DictReader(open(ROOT / "data/demo/measures-bielefeld.csv", encoding="utf-8")))
    with open(out / "measures.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(measures_in[0].keys()))
        writer.writeheader()
        for k in range(args.times):
            mapping = ids_of(k)
            for row in measures_in:
                row = dict(row)
                if k:
                    row["title_de"] += f" ({k})"
                    row["title_en"] += f" ({k})"
                row["recommendations"] = "; ".join(
                    mapping.get(r.strip(), r.strip()) for r in re.split(r"[;,]", row["recommendations"]) if r.strip())
                row["working_group"] = mapping.get(row["working_group"], row["working_group"])
                writer.writerow(row)

    catalogue = sorted((ROOT / "data/indicators/bielefeld").glob("*.toml"))
    indicator_ids = [path.stem for path in catalogue]
    figures = []
    for k in range(args.times):
        mapping = ids_of(k)
        mapping.update({i: i + suffix(k) for i in indicator_ids})
        for path in catalogue:
            text = titled(rename_ids(path.read_text(), mapping), k)
            (out / "indicators" / "bielefeld" / f"{path.stem}{suffix(k)}.toml").write_text(text)
        for mapping_file in sorted((ROOT / "data/demo/monitoring").glob("*.mapping.toml")):
            data_file = mapping_file.with_name(mapping_file.name[: -len(".mapping.toml")])
            matches = [p for p in mapping_file.parent.iterdir()
                       if p.name.startswith(data_file.name + ".") and not p.name.endswith(".mapping.toml")]
            if not matches:
                continue
            data = matches[0]
            target = out / "figures" / f"{data.stem}{suffix(k)}{data.suffix}"
            target.write_bytes(data.read_bytes())
            target_mapping = target.with_name(target.name[: -len(data.suffix)] + ".mapping.toml")
            target_mapping.write_text(rename_ids(mapping_file.read_text(), mapping))
            figures.append((target, target_mapping))
    print(f"{out}: {args.times}× the demo — {len(slugs) * args.times} fields, {len(ids) * args.times} "
          f"recommendations, {len(measures_in) * args.times} measures, {len(catalogue) * args.times} "
          f"indicators, {len(figures)} figure files")

    if args.load:
        def run(*command):
            result = subprocess.run([args.teilhabe, "--database", args.database, *command],
                                    capture_output=True, text=True)
            if result.returncode != 0:
                sys.exit(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")
        run("concept", "load", str(out / "concept.toml"))
        run("city", "load", str(ROOT / "data/city/bielefeld.toml"))
        run("indicators", "load", str(out / "indicators" / "bielefeld"))
        run("import", "measures", str(out / "measures.csv"))
        for data, mapping in figures:
            run("import", "table", str(data), "--mapping", str(mapping))
        print(f"loaded into {args.database}")


if __name__ == "__main__":
    main()

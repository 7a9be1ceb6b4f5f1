"""The same derivation and aggregation as `teilhabe compute`, in DuckDB SQL over the same CSV.

Derives each person's migration status with the cascade of docs/statistics.md (rules 1-4 on the
person's own features, rule 5 through a self-join on the parent links of minors), groups by
reference year x area (district, quarter) x sex x age group x migration status x nationality
group, and writes the non-zero finest cells sorted, in the layout of `teilhabe compute
--base-counts`. Age and nationality groups are read from data/stats, as teilhabe reads them.

usage: python duckdb_pipeline.py REGISTER.csv DATA_DIR OUT.csv THREADS
"""

import csv
import sys
import time
import tomllib

import duckdb


def age_groups(data_dir):
    with open(f"{data_dir}/stats/age-groups.toml", "rb") as handle:
        groups = tomllib.load(handle)["group"]
    leaves = [g for g in groups if "from" in g]
    cases = " ".join(
        f"WHEN age BETWEEN {g['from']} AND {g.get('to', 125)} THEN '{g['code']}'" for g in leaves
    )
    return f"CASE {cases} END"


def nationality_groups(data_dir):
    """ISO alpha-2 code -> leaf group code, as teilhabe's config resolves it."""
    rows = []
    with open(f"{data_dir}/stats/countries.csv", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    countries = list(csv.DictReader(lines))
    with open(f"{data_dir}/stats/nationality-groups.toml", "rb") as handle:
        groups = tomllib.load(handle)["group"]
    taken = {}
    for group in groups:
        for code in group.get("countries", []):
            taken[code] = group["code"]
    for group in groups:
        region = group.get("rest_of_region")
        if region:
            for country in countries:
                if country["region"] == region and country["iso2"] not in taken:
                    taken[country["iso2"]] = group["code"]
    for country in countries:
        rows.append((country["iso2"], country["destatis"], country["region"], taken[country["iso2"]]))
    return rows


def main():
    register, data_dir, out, threads = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    started = time.perf_counter()
    con = duckdb.connect()
    con.execute(f"SET threads = {threads}")
    con.execute("CREATE TABLE country (iso2 VARCHAR, destatis VARCHAR, region VARCHAR, nat_group VARCHAR)")
    con.executemany("INSERT INTO country VALUES (?, ?, ?, ?)", nationality_groups(data_dir))
    # Either code system: map Destatis keys to ISO alpha-2 first.
    con.execute(
        "CREATE TABLE code AS SELECT iso2 AS code, iso2, region, nat_group FROM country "
        "UNION ALL SELECT destatis, iso2, region, nat_group FROM country"
    )
    age_case = age_groups(data_dir)
    con.execute(
        f"""
        CREATE TABLE person AS
        WITH raw AS (
            SELECT * FROM read_csv('{register}', delim = ';', header = true, all_varchar = true)
        ),
        typed AS (
            SELECT
                CAST(substr(reference_date, 1, 4) AS INTEGER) AS year,
                CAST(substr(reference_date, 6, 2) AS INTEGER) AS ref_month,
                CAST(person_id AS BIGINT) AS id,
                district, coalesce(quarter, '') AS quarter,
                upper(sex) AS sex,
                CAST(substr(reference_date, 1, 4) AS INTEGER) - CAST(birth_year AS INTEGER)
                    - CASE WHEN CAST(birth_month AS INTEGER) > CAST(substr(reference_date, 6, 2) AS INTEGER)
                           THEN 1 ELSE 0 END AS age,
                n1.iso2 AS nat1, n1.nat_group AS nat_group,
                n2.iso2 AS nat2,
                coalesce(citizenship_acquisition, '') AS acquisition,
                cb.region AS birth_region,
                coalesce(im.iso2, CASE WHEN immigration_date IS NOT NULL THEN 'XX' END) AS moved_from,
                CAST(parent_1_id AS BIGINT) AS parent_1,
                CAST(parent_2_id AS BIGINT) AS parent_2
            FROM raw
            LEFT JOIN code n1 ON n1.code = upper(raw.nationality_1)
            LEFT JOIN code n2 ON n2.code = upper(raw.nationality_2)
            LEFT JOIN code cb ON cb.code = upper(raw.country_of_birth)
            LEFT JOIN code im ON im.code = upper(raw.immigration_country)
        )
        SELECT *,
            CASE
                WHEN nat1 <> 'DE' THEN 'FOREIGN'
                WHEN acquisition = 'E' THEN 'DE_NAT'
                WHEN acquisition = 'S' THEN 'DE_LATE'
                WHEN acquisition = 'O' THEN 'DE_OPT'
                WHEN acquisition = 'A' THEN 'DE_ADOPT'
                WHEN nat2 IS NOT NULL AND nat2 <> 'DE' THEN 'DE_DUAL'
                WHEN birth_region IN ('EU', 'THIRD') AND moved_from IS NOT NULL AND moved_from <> 'DE'
                    THEN 'DE_ABROAD'
            END AS own_status
        FROM typed
        """
    )
    con.execute(
        f"""
        COPY (
            SELECT p.year, p.district, p.quarter,
                CASE p.sex WHEN 'W' THEN 'F' WHEN 'O' THEN 'X' ELSE p.sex END AS sex,
                {age_case.replace('age', 'p.age')} AS age,
                CASE
                    WHEN p.own_status IS NOT NULL THEN p.own_status
                    WHEN p.age < 18 AND (f1.own_status IS NOT NULL OR f2.own_status IS NOT NULL)
                        THEN 'CHILD_PARENT'
                    ELSE 'NO_MH'
                END AS migration_status,
                p.nat_group AS nationality,
                count(*) AS persons
            FROM person p
            LEFT JOIN person f1 ON p.age < 18 AND f1.year = p.year AND f1.id = p.parent_1
            LEFT JOIN person f2 ON p.age < 18 AND f2.year = p.year AND f2.id = p.parent_2
            GROUP BY ALL
            ORDER BY ALL
        ) TO '{out}' (HEADER, DELIMITER ',')
        """
    )
    print(f"duckdb {duckdb.__version__}: {time.perf_counter() - started:.3f} s", file=sys.stderr)


if __name__ == "__main__":
    main()

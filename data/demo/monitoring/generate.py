#!/usr/bin/env python3
"""Writes the DEMO monitoring data of Bielefeld: invented, plausible figures in the import formats
a statistics office meets (indicator-portal long CSV, GENESIS flat-file CSV in both header
variants, a classic Windows-1252 export, an XLSX workbook), each with its mapping file.

Every mapping says `demo = true`, so teilhabe marks these figures as demo data wherever they
appear. The figures are NOT real: levels follow published reference points where the domain notes
give them (e.g. school leavers with university entrance 2016: 44 % German vs 18 % foreign), the
rest is made up. Deterministic (fixed seed): rerunning gives the same files.

    python3 data/demo/monitoring/generate.py      # from the repository root
"""
import io, math, os, random, tomllib, zipfile

ROOT = os.path.dirname(os.path.abspath(__file__))
CATALOGUE = os.path.join(ROOT, '..', '..', 'indicators', 'bielefeld')
random.seed(20240531)

DISTRICTS = [('01', 'Mitte'), ('02', 'Schildesche'), ('03', 'Gadderbaum'), ('04', 'Brackwede'),
             ('05', 'Dornberg'), ('06', 'Jöllenbeck'), ('07', 'Heepen'), ('08', 'Stieghorst'),
             ('09', 'Sennestadt'), ('10', 'Senne')]
# Relative social burden per district (1 = city average), and share with migration background.
LOAD = {'01': 1.15, '02': 0.9, '03': 0.85, '04': 1.1, '05': 0.7, '06': 0.75, '07': 1.2, '08': 1.15, '09': 1.2, '10': 0.85}
MH = {'01': 0.47, '02': 0.33, '03': 0.24, '04': 0.42, '05': 0.20, '06': 0.22, '07': 0.41, '08': 0.43, '09': 0.45, '10': 0.30}

def lin(a, b, year, y0, y1):
    return a + (b - a) * (year - y0) / max(1, (y1 - y0))

# Demo parameters: years, level of the group/reference (first year → last year) or of the total,
# the group's weight in the total, sex factors, age values, district mode, suppression.
P = {
 'bevoelkerung-mh-anteil': dict(years=range(2014, 2024), total=(33.5, 38.9), sex={'F': 0.98, 'M': 1.02},
     age={'Y_LT18': 1.42, 'Y18T64': 1.0, 'Y_GE65': 0.5}, district='mh', fmt='portal'),
 'auslaender-anteil': dict(years=range(2014, 2024), total=(11.2, 18.4), sex={'F': 0.94, 'M': 1.06}, district='mh', fmt='portal'),
 'minderjaehrige-mh-anteil': dict(years=range(2014, 2024), total=(49.0, 55.5), sex={'F': 1.0, 'M': 1.0}, district='mh', fmt='portal'),
 'segregationsindex': dict(years=range(2014, 2024), total=(27.6, 25.9), noise=0.3, fmt='portal'),
 'einbuergerungsquote': dict(years=range(2014, 2024), total=(2.05, 3.1), sex={'F': 1.08, 'M': 0.92}, district='inverse', dec=2,
     suppress=[('district', '03', None), ('district', '05', [2014, 2015, 2016])], fmt='portal'),
 'kita-u3-quote': dict(years=range(2014, 2024), groups={'MH': (15.8, 24.6), 'NO_MH': (37.9, 44.1)}, weight=0.5, district='inverse',
     suppress=[('district', '03', None)], fmt='portal'),
 'kita-3-6-quote': dict(years=range(2014, 2024), groups={'MH': (82.4, 87.0), 'NO_MH': (96.1, 97.3)}, weight=0.52, sex={'F': 1.0, 'M': 1.0}, fmt='portal'),
 'kita-familiensprache': dict(years=range(2014, 2024), total=(31.5, 38.2), district='mh', fmt='portal'),
 'seu-sprachfoerderbedarf': dict(years=range(2014, 2024), groups={'MH': (38.5, 33.1), 'NO_MH': (8.3, 7.4)}, weight=0.5,
     sex={'F': 0.9, 'M': 1.1}, district='load', fmt='portal'),
 'seu-uebergewicht': dict(years=range(2014, 2024), groups={'MH': (13.4, 12.6), 'NO_MH': (8.6, 8.1)}, weight=0.5, sex={'F': 1.0, 'M': 1.0}, fmt='portal'),
 'u8-teilnahme': dict(years=range(2014, 2024), groups={'MH': (84.2, 88.3), 'NO_MH': (95.1, 95.6)}, weight=0.5, fmt='portal'),
 'gymnasium-uebergang': dict(years=range(2015, 2024), groups={'FOREIGN': (22.4, 26.1), 'DE': (44.8, 46.0)}, weight=0.2,
     sex={'F': 1.06, 'M': 0.94}, fmt='classic'),
 'abgang-ohne-abschluss': dict(years=range(2014, 2024), groups={'FOREIGN': (14.6, 12.1), 'DE': (5.6, 5.1)}, weight=0.16,
     bump={2016: 2.2, 2017: 1.4}, sex={'F': 0.8, 'M': 1.2}, fmt='genesis'),
 'abgang-hochschulreife': dict(years=range(2014, 2024), groups={'FOREIGN': (16.5, 21.9), 'DE': (42.6, 46.1)}, weight=0.16,
     fixed={2016: {'FOREIGN': 18.0, 'DE': 44.0}}, sex={'F': 1.12, 'M': 0.88}, fmt='genesis'),
 'oja-reichweite': dict(years=range(2016, 2024), groups={'MH': (13.8, 16.2), 'NO_MH': (8.9, 9.4)}, weight=0.55, sex={'F': 0.72, 'M': 1.28}, fmt='portal'),
 'ausbildungsbeteiligung': dict(years=range(2014, 2024), groups={'FOREIGN': (28.3, 33.2), 'DE': (55.1, 52.4)}, weight=0.2, sex={'F': 0.8, 'M': 1.2}, fmt='portal'),
 'frauen-untypische-berufe': dict(years=range(2016, 2024), groups={'FOREIGN': (5.1, 7.2), 'DE': (8.0, 9.6)}, weight=0.15, fmt='xlsx'),
 'arbeitslosenquote': dict(years=range(2014, 2024), groups={'FOREIGN': (19.2, 15.6), 'DE': (6.4, 5.5)}, weight=0.17,
     bump={2020: 1.6, 2021: 1.0}, sex={'F': 0.93, 'M': 1.07}, provisional=[2023], fmt='genesis-old'),
 'sgb2-quote': dict(years=range(2014, 2024), groups={'FOREIGN': (30.8, 27.6), 'DE': (8.6, 7.3)}, weight=0.17,
     bump={2016: 3.5, 2017: 2.8, 2018: 1.5}, district='load', brk=2023, fmt='portal'),
 'vhs-teilnahme': dict(years=range(2016, 2024), groups={'MH': (96, 112), 'NO_MH': (121, 116)}, weight=0.35, dec=0,
     bump={2020: -45, 2021: -30}, sex={'F': 1.45, 'M': 0.55}, fmt='portal'),
 'vhs-kurse-kinderbetreuung': dict(years=range(2016, 2024), total=(3.4, 6.1), fmt='portal'),
 'sportverein-mitgliedschaft': dict(years=range(2014, 2024), total=(27.8, 28.6), sex={'F': 0.8, 'M': 1.2},
     age={'Y_LT18': 1.75, 'Y18T64': 0.85, 'Y_GE65': 0.7}, fmt='xlsx'),
 'sprachmittlung-unerfuellt': dict(years=range(2019, 2024), total=(24.5, 15.2), fmt='portal'),
 'pflegebeduerftige-anteil': dict(years=[2015, 2017, 2019, 2021, 2023], groups={'FOREIGN': (8.1, 11.2), 'DE': (13.2, 15.4)}, weight=0.06,
     sex={'F': 1.2, 'M': 0.78}, fmt='portal'),
 'verwaltung-personal-mh': dict(years=[2017, 2020, 2023], total=(12.5, 18.2), n=1400, sex={'F': 1.05, 'M': 0.95}, fmt='portal'),
 'fortbildung-interkulturell': dict(years=range(2016, 2024), total=(8.2, 27.5), fmt='portal'),
 'integrationsrat-wahlbeteiligung': dict(years=[2014, 2020, 2025], total=(12.1, 11.4), fixed_total={2020: 10.3}, provisional=[2025], fmt='portal'),
 'zugehoerigkeit': dict(years=[2019, 2022], groups={'MH': (71.0, 74.0), 'NO_MH': (82.0, 83.0)}, weight=0.35, n=1100,
     sex={'F': 1.01, 'M': 0.99}, fmt='portal'),
}

def wilson(p, n, z=1.96):
    p = p / 100.0
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return 100 * (centre - half), 100 * (centre + half)

def catalogue():
    result = {}
    for name in sorted(os.listdir(CATALOGUE)):
        with open(os.path.join(CATALOGUE, name), 'rb') as f:
            definition = tomllib.load(f)
        result[definition['id']] = definition
    return result

def series(ind, p):
    """Rows: dict(year, district, sex, origin, age, value|None, lower, upper, status, sign, note)."""
    years = list(p['years'])
    y0, y1 = years[0], years[-1]
    dec = p.get('dec', ind.get('decimals', 1))
    noise = p.get('noise', 0.35 if dec > 0 else 2)
    rows = []
    def fmt(v):
        return round(v, dec)
    def wobble():
        return random.uniform(-noise, noise) * (0.1 if dec == 2 else 1)
    for year in years:
        bump = p.get('bump', {}).get(year, 0)
        if 'groups' in p:
            (g, (gs, ge)), (r, (rs, re)) = list(p['groups'].items())
            gv = lin(gs, ge, year, y0, y1) + bump + wobble()
            rv = lin(rs, re, year, y0, y1) + bump * 0.25 + wobble() * 0.5
            fixed = p.get('fixed', {}).get(year)
            if fixed:
                gv, rv = fixed[g], fixed[r]
            w = p['weight']
            total = w * gv + (1 - w) * rv
            points = {'_T': total, g: gv, r: rv}
        else:
            a, b = p['total']
            total = lin(a, b, year, y0, y1) + bump + wobble()
            total = p.get('fixed_total', {}).get(year, total)
            points = {'_T': total}
        for origin, value in points.items():
            rows.append(dict(year=year, origin=origin, value=fmt(value)))
        for sex, factor in p.get('sex', {}).items():
            rows.append(dict(year=year, sex=sex, value=fmt(total * factor + wobble() * 0.3)))
        for age, factor in p.get('age', {}).items():
            rows.append(dict(year=year, age=age, value=fmt(total * factor)))
        mode = p.get('district')
        if mode:
            for code, _ in DISTRICTS:
                if mode == 'mh':
                    factor = MH[code] / 0.355
                elif mode == 'load':
                    factor = LOAD[code]
                else:
                    factor = 1 / LOAD[code]
                rows.append(dict(year=year, district=code, value=fmt(total * factor + wobble() * 0.5)))
    for row in rows:
        for key in ('district', 'sex', 'origin', 'age'):
            row.setdefault(key, '_T')
        row['status'] = 'A'
        row['sign'] = ''
        row['note'] = ''
        row['lower'] = row['upper'] = None
        if 'n' in p and row['value'] is not None:
            n = p['n'] if row['origin'] == '_T' and row['sex'] == '_T' else p['n'] * 0.45
            lower, upper = wilson(row['value'], n)
            row['lower'], row['upper'] = round(lower, 1), round(upper, 1)
        for breakdown, code, years_ in p.get('suppress', []):
            if row[breakdown] == code and (years_ is None or row['year'] in years_):
                row['value'] = None
                row['lower'] = row['upper'] = None
                row['status'] = 'Q'
                row['sign'] = '.'
                row['note'] = 'Geheimhaltung: Fallzahl zu klein'
        if row['year'] in p.get('provisional', []) and row['value'] is not None:
            row['status'] = 'P'
            row['note'] = 'vorläufiges Ergebnis'
        if p.get('brk') == row['year'] and row['value'] is not None:
            row['status'] = 'B'
            row['note'] = 'Zeitreihenbruch: Bürgergeld ersetzt Arbeitslosengeld II'
    return rows

def num(value, dec, comma=False):
    text = f'{value:.{dec}f}'
    return text.replace('.', ',') if comma else text

ORIGIN_LABEL = {'MH': 'mit Migrationshintergrund', 'NO_MH': 'ohne Migrationshintergrund',
                'FOREIGN': 'Ausländer/-innen', 'DE': 'Deutsche', '_T': ''}
SEX_LABEL = {'F': 'weiblich', 'M': 'männlich', '_T': ''}
AGE_LABEL = {'Y_LT18': 'unter 18 Jahre', 'Y18T64': '18 bis unter 65 Jahre', 'Y_GE65': '65 Jahre und älter', '_T': ''}

def write(path, text, encoding='utf-8'):
    with open(os.path.join(ROOT, path), 'w', encoding=encoding, newline='') as f:
        f.write(text)

HEADER = '# DEMO DATA — invented figures for the demo city, not official statistics.\n# Written by data/demo/monitoring/generate.py; see docs/formats/imports.md for the mapping format.\n'

def portal(ind, p, rows):
    """Indicator-portal long CSV (Open SDG style): Year, breakdown columns, GeoCode, Units, Value."""
    dec = p.get('dec', ind.get('decimals', 1))
    unit = {'percent': 'Prozent', 'per-thousand': 'je 1.000', 'index': 'Index', 'count': 'Anzahl'}[ind['unit']]
    survey = 'n' in p
    head = ['Year', 'Geschlecht', 'Herkunft', 'Altersgruppe', 'GeoCode', 'Units', 'Value', 'Lower', 'Upper', 'Status', 'Footnote'] if survey else \
           ['Year', 'Geschlecht', 'Herkunft', 'Altersgruppe', 'GeoCode', 'Units', 'Value', 'Status', 'Footnote']
    lines = [','.join(head)]
    for r in rows:
        value = '.' if r['value'] is None else num(r['value'], dec)
        cells = [str(r['year']), SEX_LABEL[r['sex']], ORIGIN_LABEL[r['origin']], AGE_LABEL[r['age']],
                 '' if r['district'] == '_T' else '05711' + r['district'], unit, value]
        if survey:
            cells += ['' if r['lower'] is None else num(r['lower'], 1), '' if r['upper'] is None else num(r['upper'], 1)]
        cells += [r['status'], r['note']]
        lines.append(','.join(c if ',' not in c else '"' + c + '"' for c in cells))
    write(f"{ind['id']}.csv", '\n'.join(lines) + '\n')
    origins = [o for o in ('MH', 'NO_MH', 'FOREIGN', 'DE') if any(r['origin'] == o for r in rows)]
    mapping = HEADER + f'''format = "table"
source = {q(ind['source']['de'] + ' (Demo-Daten)')}
demo = true
indicator = "{ind['id']}"
delimiter = ","
decimal = "point"

[columns]
year = "Year"
value = "Value"
unit = "Units"
status = "Status"
footnote = "Footnote"
'''
    if survey:
        mapping += 'lower = "Lower"\nupper = "Upper"\n'
    mapping += f'\n[units]\n"{unit}" = "{ind["unit"]}"\n'
    if any(r['sex'] != '_T' for r in rows):
        mapping += '\n[dimensions.sex]\ncolumn = "Geschlecht"\ncodes = { "" = "_T", "weiblich" = "F", "männlich" = "M" }\n'
    if origins:
        codes = ', '.join(f'"{ORIGIN_LABEL[o]}" = "{o}"' for o in origins)
        mapping += f'\n[dimensions.origin]\ncolumn = "Herkunft"\ncodes = {{ "" = "_T", {codes} }}\n'
    if any(r['age'] != '_T' for r in rows):
        mapping += '\n[dimensions.age]\ncolumn = "Altersgruppe"\ncodes = { "" = "_T", "unter 18 Jahre" = "Y_LT18", "18 bis unter 65 Jahre" = "Y18T64", "65 Jahre und älter" = "Y_GE65" }\n'
    if any(r['district'] != '_T' for r in rows):
        codes = ', '.join(f'"05711{c}" = "{c}"' for c, _ in DISTRICTS)
        mapping += f'\n[dimensions.district]\ncolumn = "GeoCode"\ncodes = {{ "" = "_T", {codes} }}\n'
    write(f"{ind['id']}.mapping.toml", mapping)

def q(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'

def genesis(cat, ids):
    """GENESIS flat-file CSV, current English headers, with secret signs in small cells."""
    head = ('statistics_code;statistics_label;time_code;time_label;time;1_variable_code;1_variable_label;'
            '1_variable_attribute_code;1_variable_attribute_label;2_variable_code;2_variable_label;'
            '2_variable_attribute_code;2_variable_attribute_label;3_variable_code;3_variable_label;'
            '3_variable_attribute_code;3_variable_attribute_label;value;value_unit;value_variable_code;value_variable_label;value_q')
    lines = [head]
    codes = {'abgang-ohne-abschluss': ('BIL901', 'Anteil Abgänge ohne Hauptschulabschluss'),
             'abgang-hochschulreife': ('BIL902', 'Anteil Absolventen mit Hochschulreife')}
    nat = {'FOREIGN': ('NATA', 'Ausländer'), 'DE': ('NATD', 'Deutsche'), '_T': ('', '')}
    ges = {'F': ('GESW', 'weiblich'), 'M': ('GESM', 'männlich'), '_T': ('', '')}
    for ident in ids:
        ind, p = cat[ident], P[ident]
        rows = series(ind, p)
        vcode, vlabel = codes[ident]
        for r in rows:
            value = num(r['value'], 1, comma=True)
            flag = 'e'
            # Small cells are secret in the demo (girls 2023); one cell is not yet available.
            if ident == 'abgang-ohne-abschluss' and r['year'] == 2023 and r['sex'] == 'F':
                value, flag = '.', ''
            if ident == 'abgang-hochschulreife' and r['year'] == 2023 and r['sex'] == 'M':
                value, flag = '...', ''
            n_code, n_label = nat[r['origin']]
            g_code, g_label = ges[r['sex']]
            lines.append(';'.join([
                '21111', 'Statistik der allgemeinbildenden Schulen', 'SCHJE', 'Schuljahresende', str(r['year']),
                'KREISE', 'Kreise und kreisfreie Städte', '05711', 'Bielefeld, kreisfreie Stadt',
                'NAT' if n_code else '', 'Staatsangehörigkeit' if n_code else '', n_code, n_label,
                'GES' if g_code else '', 'Geschlecht' if g_code else '', g_code, g_label,
                value, 'Prozent', vcode, vlabel, flag]))
    write('schulabgaenge-genesis_flat.csv', '\n'.join(lines) + '\n')
    write('schulabgaenge-genesis_flat.mapping.toml', HEADER + '''# A GENESIS flat file (new English headers) with two value variables, each an indicator.
format = "genesis"
source = "IT.NRW, Statistik der allgemeinbildenden Schulen, Tabelle 21111-02 (Demo-Daten)"
demo = true
decimal = "comma"

[indicators]
BIL901 = "abgang-ohne-abschluss"
BIL902 = "abgang-hochschulreife"

[units]
Prozent = "percent"

[dimensions.district]
variable = "KREISE"
codes = { "05711" = "_T" }

[dimensions.origin]
variable = "NAT"
codes = { "NATA" = "FOREIGN", "NATD" = "DE" }

[dimensions.sex]
variable = "GES"
codes = { "GESW" = "F", "GESM" = "M" }
''')

def genesis_old(ind, p):
    """GENESIS flat file, older German headers; value column CODE__Label__Unit with __q flag."""
    rows = series(ind, p)
    col = 'ALO906__Arbeitslosenquote_alle_zivilen_Erwerbspersonen__Prozent'
    head = ['Statistik_Code', 'Statistik_Label', 'Zeit_Code', 'Zeit_Label', 'Zeit',
            '1_Merkmal_Code', '1_Merkmal_Label', '1_Auspraegung_Code', '1_Auspraegung_Label',
            '2_Merkmal_Code', '2_Merkmal_Label', '2_Auspraegung_Code', '2_Auspraegung_Label', col, col + '__q']
    lines = [';'.join(head)]
    for r in rows:
        if r['sex'] != '_T':
            v2 = ('GES', 'Geschlecht', {'F': 'GESW', 'M': 'GESM'}[r['sex']], SEX_LABEL[r['sex']])
        elif r['origin'] != '_T':
            v2 = ('NAT', 'Staatsangehörigkeit', {'FOREIGN': 'NATA', 'DE': 'NATD'}[r['origin']], ORIGIN_LABEL[r['origin']])
        else:
            v2 = ('', '', '', '')
        flag = 'p' if r['status'] == 'P' else 'e'
        lines.append(';'.join(['13211', 'Arbeitsmarktstatistik der Bundesagentur für Arbeit', 'JAHR', 'Jahr', str(r['year']),
                               'KREISE', 'Kreise und kreisfreie Städte', '05711', 'Bielefeld, kreisfreie Stadt', *v2,
                               num(r['value'], 1, comma=True), flag]))
    write('arbeitslosenquote-genesis-alt_flat.csv', '\n'.join(lines) + '\n')
    write('arbeitslosenquote-genesis-alt_flat.mapping.toml', HEADER + '''# A GENESIS flat file in the older variant with German headers (Zeit, 1_Merkmal_Code, …).
format = "genesis"
source = "Regionaldatenbank Deutschland, Tabelle 13211-02-05-4, Bundesagentur für Arbeit (Demo-Daten)"
demo = true
indicator = "arbeitslosenquote"
decimal = "comma"

[units]
Prozent = "percent"

[dimensions.district]
variable = "KREISE"
codes = { "05711" = "_T" }

[dimensions.origin]
variable = "NAT"
codes = { "NATA" = "FOREIGN", "NATD" = "DE" }

[dimensions.sex]
variable = "GES"
codes = { "GESW" = "F", "GESM" = "M" }

[footnotes]
2023 = "vorläufiges Ergebnis"
''')

def classic(ind, p):
    """The oldest classic GENESIS CSV export: Windows-1252, a header block, years as columns."""
    rows = series(ind, p)
    years = list(p['years'])
    lines = ['GENESIS-Tabelle: 21121-03i (Demo-Daten)',
             'Übergänge von Grundschulen auf weiterführende Schulen: Anteil der Übergänge',
             'auf das Gymnasium (%), Bielefeld, kreisfreie Stadt',
             'Schuljahr',
             ';;' + ';'.join(f'{y}/{str(y + 1)[2:]}' for y in years)]
    labels = [('_T', '_T', 'Insgesamt', 'Insgesamt'), ('FOREIGN', '_T', 'Ausländer/-innen', 'Insgesamt'),
              ('DE', '_T', 'Deutsche', 'Insgesamt'), ('_T', 'F', 'Insgesamt', 'weiblich'), ('_T', 'M', 'Insgesamt', 'männlich')]
    lines.append('Staatsangehörigkeit;Geschlecht;' + ';'.join(str(y) for y in years))
    for origin, sex, o_label, s_label in labels:
        values = []
        for y in years:
            match = [r for r in rows if r['year'] == y and r['origin'] == origin and r['sex'] == sex and r['district'] == '_T']
            values.append(num(match[0]['value'], 1, comma=True) if match else '-')
        lines.append(f'{o_label};{s_label};' + ';'.join(values))
    lines += ['__________', '© IT.NRW, Düsseldorf, 2024 | Stand: 14.03.2024 / 10:31:12 (Demo-Daten)']
    write('gymnasium-uebergang-klassisch.csv', '\r\n'.join(lines) + '\r\n', encoding='cp1252')
    write('gymnasium-uebergang-klassisch.mapping.toml', HEADER + '''# The classic GENESIS CSV export: Windows-1252, a block of title lines, the years as columns.
format = "table"
source = "IT.NRW, Schulstatistik, Tabelle 21121-03i (Demo-Daten)"
demo = true
indicator = "gymnasium-uebergang"
encoding = "windows-1252"
decimal = "comma"
delimiter = ";"
year_columns = true

[dimensions.origin]
column = "Staatsangehörigkeit"
codes = { "Insgesamt" = "_T", "Ausländer/-innen" = "FOREIGN", "Deutsche" = "DE" }

[dimensions.sex]
column = "Geschlecht"
codes = { "Insgesamt" = "_T", "weiblich" = "F", "männlich" = "M" }
''', encoding='utf-8')

def xlsx(name, sheet, table):
    """A minimal XLSX workbook (inline strings, numbers as numbers), without third-party modules."""
    def ref(r, c):
        letters = ''
        c += 1
        while c:
            c, rem = divmod(c - 1, 26)
            letters = chr(65 + rem) + letters
        return f'{letters}{r + 1}'
    def esc(s):
        return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    rows_xml = []
    for r, row in enumerate(table):
        cells = []
        for c, v in enumerate(row):
            if v is None or v == '':
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref(r, c)}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref(r, c)}" t="inlineStr"><is><t>{esc(str(v))}</t></is></c>')
        rows_xml.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 f'<sheetData>{"".join(rows_xml)}</sheetData></worksheet>')
    files = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        'xl/workbook.xml': f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{esc(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        'xl/_rels/workbook.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        'xl/worksheets/sheet1.xml': sheet_xml,
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as archive:
        for path, content in files.items():
            info = zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content)
    with open(os.path.join(ROOT, name), 'wb') as f:
        f.write(buffer.getvalue())

def excel(ind, p, sheet, title):
    rows = series(ind, p)
    dec = p.get('dec', ind.get('decimals', 1))
    table = [[title + ' (Demo-Daten)'], [], ['Jahr', 'Geschlecht', 'Herkunft', 'Altersgruppe', 'Wert', 'Einheit']]
    for r in rows:
        table.append([r['year'], SEX_LABEL[r['sex']] or 'insgesamt', ORIGIN_LABEL[r['origin']] or 'insgesamt',
                      AGE_LABEL[r['age']] or 'insgesamt', round(r['value'], dec), 'Prozent'])
    xlsx(f"{ind['id']}.xlsx", sheet, table)
    origins = [o for o in ('FOREIGN', 'DE', 'MH', 'NO_MH') if any(r['origin'] == o for r in rows)]
    mapping = HEADER + f'''# An XLSX workbook as an institution sends it: a title row, then the table.
format = "xlsx"
source = {q(ind['source']['de'] + ' (Demo-Daten)')}
demo = true
indicator = "{ind['id']}"
sheet = "{sheet}"

[columns]
year = "Jahr"
value = "Wert"
unit = "Einheit"

[units]
Prozent = "percent"

[dimensions.sex]
column = "Geschlecht"
codes = {{ "insgesamt" = "_T", "weiblich" = "F", "männlich" = "M" }}

[dimensions.age]
column = "Altersgruppe"
codes = {{ "insgesamt" = "_T", "unter 18 Jahre" = "Y_LT18", "18 bis unter 65 Jahre" = "Y18T64", "65 Jahre und älter" = "Y_GE65" }}
'''
    codes = ', '.join(f'"{ORIGIN_LABEL[o]}" = "{o}"' for o in origins)
    mapping += f'\n[dimensions.origin]\ncolumn = "Herkunft"\ncodes = {{ "insgesamt" = "_T"{", " + codes if codes else ""} }}\n'
    write(f"{ind['id']}.mapping.toml", mapping)

def main():
    cat = catalogue()
    missing = set(cat) - set(P)
    assert not missing, f'no demo parameters for {missing}'
    for name in os.listdir(ROOT):
        if name != 'generate.py' and not name.startswith('.') and name != 'README.md':
            os.remove(os.path.join(ROOT, name))
    genesis(cat, ['abgang-ohne-abschluss', 'abgang-hochschulreife'])
    for ident, p in P.items():
        ind = cat[ident]
        if p['fmt'] == 'portal':
            portal(ind, p, series(ind, p))
        elif p['fmt'] == 'genesis-old':
            genesis_old(ind, p)
        elif p['fmt'] == 'classic':
            classic(ind, p)
        elif p['fmt'] == 'xlsx':
            excel(ind, p, 'Daten', ind['title']['de'])

if __name__ == '__main__':
    main()

//! How columns and GENESIS variables are recognised, and how sure each choice is.

use super::files::labels_only;
use super::*;

fn column(proposal: &Proposal, role: Role) -> Option<&ColumnChoice> {
    proposal.columns.iter().find(|c| c.role == role)
}

fn dimension(proposal: &Proposal, breakdown: Breakdown) -> &DimensionChoice {
    proposal
        .dimensions
        .iter()
        .find(|d| d.breakdown == Some(breakdown))
        .unwrap_or_else(|| panic!("no {breakdown:?} in {:#?}", proposal.dimensions))
}

/// A header and its cells that agree make a column sure; a header whose cells do not fit
/// (a comment among the values, a year column of words) only likely.
#[test]
fn headers_and_cells_decide_together() {
    let sure = propose_file(
        "kita-u3-quote.csv",
        b"Jahr der Erhebung;Wert;Einheit\n2022;26,8;Prozent\n2023;27,5;Prozent\n",
    );
    let year = column(&sure, Role::Year).unwrap();
    assert_eq!(year.column, ColumnRef::Name("Jahr der Erhebung".into()));
    assert_eq!(year.confidence, Confidence::Likely);
    assert_eq!(
        year.why,
        "header `Jahr der Erhebung`, and its cells are years"
    );
    let value = column(&sure, Role::Value).unwrap();
    assert_eq!(
        (value.confidence, value.why.as_str()),
        (Confidence::Sure, "header `Wert`, and its cells are numbers")
    );
    let unit = column(&sure, Role::Unit).unwrap();
    assert_eq!(
        (unit.confidence, unit.why.as_str()),
        (Confidence::Sure, "header `Einheit`")
    );

    // A column of years whose header says nothing is the year column by its cells.
    let unnamed = propose_file(
        "kita-u3-quote.csv",
        b"Zeitraum;Wert\n2022;26,8\n2023;27,5\n",
    );
    let year = column(&unnamed, Role::Year).unwrap();
    assert_eq!(year.column, ColumnRef::Name("Zeitraum".into()));
    assert_eq!(
        (year.confidence, year.why.as_str()),
        (Confidence::Likely, "its cells are years")
    );

    let doubtful = propose_file(
        "kita-u3-quote.csv",
        b"Jahr;Wert\n2022;26,8\nvorher;siehe Anmerkung\n",
    );
    let year = column(&doubtful, Role::Year).unwrap();
    assert_eq!(
        (year.confidence, year.why.as_str()),
        (Confidence::Likely, "header `Jahr`")
    );
    let value = column(&doubtful, Role::Value).unwrap();
    assert_eq!(
        (value.confidence, value.why.as_str()),
        (Confidence::Likely, "header `Wert`")
    );
}

/// A value column without a header is found by its numbers, named by its number, and the
/// mapping then names the header line.
#[test]
fn a_column_without_a_header_is_named_by_its_number() {
    let text = "Tabelle 3\nJahr;Geschlecht;\n2022;weiblich;12,5\n2022;männlich;13,5\n";
    let proposal = propose_file("verwaltung-personal-mh.csv", text.as_bytes());
    let value = column(&proposal, Role::Value).unwrap();
    assert_eq!(value.column, ColumnRef::Number(3));
    assert_eq!(value.confidence, Confidence::Unsure);
    assert!(proposal.reading.header_row_in_mapping);
    let mapping = proposal.to_mapping();
    assert_eq!(mapping.header_row, Some(2));
    assert_eq!(mapping.columns.value, Some(ColumnRef::Number(3)));
    assert_eq!(
        figures("verwaltung-personal-mh.csv", text.as_bytes(), &mapping),
        [
            "verwaltung-personal-mh 2022 _T F _T _T 12.5 Normal - - None",
            "verwaltung-personal-mh 2022 _T M _T _T 13.5 Normal - - None",
        ]
    );
}

/// A classic wide table: the years are columns, a unit column beside the labels still counts,
/// and a `Jahr` label column is no year column there.
#[test]
fn a_wide_table_keeps_its_other_columns() {
    let text = "Staatsangehörigkeit;Einheit;Jahr;2021;2022\n\
                Insgesamt;Prozent;Schuljahr;40,3;40,6\n\
                Deutsche;Prozent;Schuljahr;44,7;45,1\n";
    let proposal = propose_file("gymnasium-uebergang.csv", text.as_bytes());
    assert!(proposal.reading.year_columns);
    assert_eq!(
        column(&proposal, Role::Unit).map(|c| c.column.clone()),
        Some(ColumnRef::Name("Einheit".into()))
    );
    assert!(
        column(&proposal, Role::Year).is_none(),
        "{:#?}",
        proposal.columns
    );
    let mapping = proposal.to_mapping();
    assert_eq!(
        figures("gymnasium-uebergang.csv", text.as_bytes(), &mapping),
        [
            "gymnasium-uebergang 2021 _T _T DE _T 44.7 Normal - - None",
            "gymnasium-uebergang 2021 _T _T _T _T 40.3 Normal - - None",
            "gymnasium-uebergang 2022 _T _T DE _T 45.1 Normal - - None",
            "gymnasium-uebergang 2022 _T _T _T _T 40.6 Normal - - None",
        ]
    );
}

/// Breakdowns named by their header: sure with codes that fit, likely with a code that does not.
#[test]
fn a_breakdown_header_with_codes_that_fit_is_sure() {
    let proposal = propose_file("einwohner.csv", &labels_only());
    let district = dimension(&proposal, Breakdown::District);
    assert_eq!(
        (district.confidence, district.why.as_str()),
        (Confidence::Sure, "header `Bezirk` and its codes")
    );
    let text = encoding_rs::WINDOWS_1252
        .decode(&labels_only())
        .0
        .replace("Mitte", "Paderborn");
    let proposal = propose_file("einwohner.csv", text.as_bytes());
    let district = dimension(&proposal, Breakdown::District);
    assert_eq!(
        (district.confidence, district.why.as_str()),
        (Confidence::Likely, "header `Bezirk`")
    );
}

/// GENESIS variables by their codes when their labels say nothing; a variable that is no
/// breakdown and has one attribute is left out (`ignore`).
#[test]
fn genesis_variables_by_their_codes() {
    let header = "statistics_code;statistics_label;time_code;time_label;time;\
                  1_variable_code;1_variable_label;1_variable_attribute_code;1_variable_attribute_label;\
                  2_variable_code;2_variable_label;2_variable_attribute_code;2_variable_attribute_label;\
                  3_variable_code;3_variable_label;3_variable_attribute_code;3_variable_attribute_label;\
                  value;value_unit;value_variable_code;value_variable_label;value_q\n";
    let row = |sex: &str, value: &str| {
        format!(
            "99999;X;JAHR;Jahr;2022;KREISE;;05711;;SCHART;;SCHART01;;GES;;{sex};;{value};Prozent;\
             SPO001;Mitgliedschaft in Sportvereinen;e\n"
        )
    };
    let text = format!("{header}{}{}", row("GESW", "21,0"), row("GESM", "30,5"));
    let proposal = propose_file("daten_flat.csv", text.as_bytes());
    for (breakdown, variable, why) in [
        (Breakdown::District, "KREISE", "GENESIS variable `KREISE`"),
        (Breakdown::Sex, "GES", "GENESIS variable `GES`"),
    ] {
        let found = dimension(&proposal, breakdown);
        assert_eq!(found.variable.as_deref(), Some(variable));
        assert_eq!(found.why, why);
    }
    assert_eq!(
        dimension(&proposal, Breakdown::Sex).confidence,
        Confidence::Sure
    );
    assert_eq!(
        dimension(&proposal, Breakdown::District).confidence,
        Confidence::Likely
    );
    let ignored = proposal
        .dimensions
        .iter()
        .find(|d| d.breakdown.is_none())
        .unwrap();
    assert_eq!(ignored.variable.as_deref(), Some("SCHART"));
    assert_eq!(ignored.confidence, Confidence::Likely);
    let mapping = proposal.to_mapping();
    assert_eq!(mapping.ignore, ["SCHART"]);
    assert_eq!(
        mapping.indicator.as_deref(),
        Some("sportverein-mitgliedschaft")
    );
    assert_eq!(
        figures("daten_flat.csv", text.as_bytes(), &mapping),
        [
            "sportverein-mitgliedschaft 2022 _T F _T _T 21.0 Normal - - None",
            "sportverein-mitgliedschaft 2022 _T M _T _T 30.5 Normal - - None",
        ]
    );

    // Origin and age variables by their codes alone; unknown age attributes are skipped.
    let text = format!(
        "{}99999;X;JAHR;Jahr;2022;NAT;;NATA;;ALTX20;;ALT000B18;;DINSG;;DG;;5,0;Prozent;V1;V;e\n",
        header
    );
    let proposal = propose_file("daten_flat.csv", text.as_bytes());
    assert_eq!(
        dimension(&proposal, Breakdown::Origin).variable.as_deref(),
        Some("NAT")
    );
    let age = dimension(&proposal, Breakdown::Age);
    assert_eq!(age.variable.as_deref(), Some("ALTX20"));
    assert_eq!(age.codes[0].target, Target::Skip);
    assert_eq!(
        dimension(&proposal, Breakdown::District)
            .variable
            .as_deref(),
        Some("DINSG")
    );
    assert!(proposal.dimensions.iter().all(|d| d.breakdown.is_some()));

    // A label alone, codes alone, and a variable that is no breakdown with several attributes.
    let row = |sex: &str, sex_label: &str, school: &str| {
        format!(
            "99999;X;JAHR;Jahr;2022;GESCHL;Geschlecht;{sex};;XYZ;;{sex_label};{sex_label};\
             SCHART;Schulart;{school};;1,0;Prozent;V1;V;e\n"
        )
    };
    let text = format!(
        "{header}{}{}",
        row("W", "weiblich", "SCHART01"),
        row("M", "männlich", "SCHART02")
    );
    let proposal = propose_file("daten_flat.csv", text.as_bytes());
    let found: Vec<(Option<Breakdown>, Option<&str>, Confidence, &str)> = proposal
        .dimensions
        .iter()
        .map(|d| {
            (
                d.breakdown,
                d.variable.as_deref(),
                d.confidence,
                d.why.as_str(),
            )
        })
        .collect();
    assert_eq!(
        found[0],
        (
            Some(Breakdown::Sex),
            Some("GESCHL"),
            Confidence::Sure,
            "variable label `Geschlecht`"
        )
    );
    // The second sex variable cannot be sex as well: it is left out, unsure.
    assert_eq!(found[1].0, None);
    assert_eq!(found[1].2, Confidence::Unsure);
    assert_eq!(found[2].0, None);
    assert_eq!(found[2].2, Confidence::Unsure);
    assert_eq!(
        found[2].3,
        "`SCHART` (Schulart) is no breakdown of the catalogue but has 2 attributes (SCHART01, \
         SCHART02); leave it out only if one of them is kept"
    );
    // Codes alone: a variable `XYZ` without a label whose attributes are sexes.
    let text = format!(
        "{header}{}{}",
        row("W", "weiblich", "SCHART01").replace("GESCHL;Geschlecht;W", "ABC;;Q"),
        row("W", "männlich", "SCHART01").replace("GESCHL;Geschlecht;W", "ABC;;Q")
    );
    let proposal = propose_file("daten_flat.csv", text.as_bytes());
    let sex = dimension(&proposal, Breakdown::Sex);
    assert_eq!(sex.variable.as_deref(), Some("XYZ"));
    assert_eq!(
        (sex.confidence, sex.why.as_str()),
        (Confidence::Likely, "its attributes (weiblich, männlich)")
    );
    assert_eq!(proposal.units.len(), 1);
    assert_eq!(
        (proposal.units[0].text.as_str(), proposal.units[0].rows),
        ("Prozent", 2)
    );
}

#[test]
fn the_words_that_name_roles_and_breakdowns() {
    use super::super::names::{breakdown_by_name, genesis_variable, role_by_name};
    assert_eq!(role_by_name("Wert"), Some((Role::Value, true)));
    assert_eq!(role_by_name("n"), Some((Role::Base, true)));
    assert_eq!(role_by_name("Jahr der Erhebung"), Some((Role::Year, false)));
    assert_eq!(
        role_by_name("Anzahl der Kinder"),
        Some((Role::Value, false))
    );
    assert_eq!(role_by_name("der"), None);
    assert_eq!(role_by_name("n der"), None);
    assert_eq!(role_by_name(""), None);
    assert_eq!(
        breakdown_by_name("Geschlecht"),
        Some((Breakdown::Sex, true))
    );
    assert_eq!(
        breakdown_by_name("Kreise und kreisfreie Städte"),
        Some((Breakdown::District, false))
    );
    for (code, expected) in [
        ("GES", Some(Breakdown::Sex)),
        ("nat", Some(Breakdown::Origin)),
        ("STAAG", Some(Breakdown::Origin)),
        ("KREISE", Some(Breakdown::District)),
        ("GEMEINDE", Some(Breakdown::District)),
        ("ALTX20", Some(Breakdown::Age)),
        ("SCHART", None),
        ("XALT", None),
    ] {
        assert_eq!(genesis_variable(code), expected, "{code}");
    }
}

/// Without telling words, candidates are ranked by how closely breakdowns and unit fit: the
/// indicators with exactly the file's breakdowns first, each extra breakdown costing a tenth.
#[test]
fn candidates_without_words_rank_by_breakdowns_and_unit() {
    let text = "Jahr;Personen;Bezirk;Anteil;Einheit\n\
                2023;Frauen;Mitte;1,0;Prozent\n2023;Männer;Mitte;2,0;Prozent\n";
    let proposal = propose_file("tabelle1.csv", text.as_bytes());
    let choice = &proposal.indicators[0];
    let ranked: Vec<(&str, String, &str)> = choice
        .candidates
        .iter()
        .map(|c| (c.id.as_str(), format!("{:.2}", c.score), c.why.as_str()))
        .collect();
    let exact = "it has the file's breakdowns (district, sex); unit percent";
    assert_eq!(
        ranked,
        [
            ("auslaender-anteil", "1.50".to_owned(), exact),
            ("einbuergerungsquote", "1.50".to_owned(), exact),
            ("minderjaehrige-mh-anteil", "1.50".to_owned(), exact),
            ("bevoelkerung-mh-anteil", "0.90".to_owned(), exact),
            ("seu-sprachfoerderbedarf", "0.90".to_owned(), exact),
        ]
    );
    assert_eq!(choice.confidence, Confidence::Unsure);
    assert!(
        choice
            .why
            .ends_with("`einbuergerungsquote` fits almost as well (1.5 against 1.5)"),
        "{}",
        choice.why
    );

    // Sex alone, no unit: two extra breakdowns cost two tenths.
    let text = "Jahr;Personen;Anteil\n2023;Frauen;1,0\n2023;Männer;2,0\n";
    let proposal = propose_file("tabelle1.csv", text.as_bytes());
    let score = |id: &str| {
        proposal.indicators[0]
            .candidates
            .iter()
            .find(|c| c.id == id)
            .map(|c| format!("{:.2} {}", c.score, c.why))
    };
    assert_eq!(
        score("bevoelkerung-mh-anteil").as_deref(),
        Some("0.30 it has the file's breakdowns (sex)")
    );
    assert_eq!(
        score("verwaltung-personal-mh").as_deref(),
        Some("1.00 it has the file's breakdowns (sex)")
    );
}

/// Two codes of an indicator column that fit one indicator equally well stay as sure as they
/// are; only a weaker one is marked unsure.
#[test]
fn equally_good_codes_for_one_indicator_stay_as_they_are() {
    let text = "Jahr;Indikator;Wert\n2022;X1;1,0\n2022;X2;2,0\n";
    let proposal = propose_file("kita-u3-quote.csv", text.as_bytes());
    let chosen: Vec<(Option<&str>, Option<&str>, Confidence)> = proposal
        .indicators
        .iter()
        .map(|c| (c.code.as_deref(), c.indicator.as_deref(), c.confidence))
        .collect();
    assert_eq!(
        chosen,
        [
            (Some("X1"), Some("kita-u3-quote"), Confidence::Likely),
            (Some("X2"), Some("kita-u3-quote"), Confidence::Likely),
        ]
    );
}

/// A second header row of years only (as classic exports repeat them) is not the header; a
/// title weighs less for each of several indicator codes than for a whole file.
#[test]
fn a_row_of_years_below_the_header_and_a_title_for_several_codes() {
    let text = "Betreuungsquote unter 3-Jährige\n\
                Region;Indikator;2021;2022\n\
                ;;2021;2022\n\
                Bielefeld;X1;1,0;2,0\n\
                Bielefeld;X2;1,5;2,5\n";
    let proposal = propose_file("daten.csv", text.as_bytes());
    assert_eq!(proposal.reading.header_row, Some(2));
    assert!(proposal.reading.year_columns);
    for choice in &proposal.indicators {
        assert_eq!(choice.indicator.as_deref(), Some("kita-u3-quote"));
        assert!(
            choice
                .why
                .starts_with("title `Betreuungsquote unter 3-Jährige` is like it (40 %)"),
            "{}",
            choice.why
        );
    }
}

/// A long table with an indicator column: each code gets its own indicator (an id as it is, a
/// title by its words); two codes that want the same indicator leave the weaker one unsure; a
/// code a person sets to no indicator is dropped by a rule; an unknown unit text is taken as the
/// indicator's unit, unsure.
#[test]
fn an_indicator_column_gets_an_indicator_per_code() {
    let text = "Jahr,Indikator,Herkunft,Wert,Einheit\n\
                2022,kita-u3-quote,,26.8,Quote in v.H.\n\
                2022,kita-u3-quote,mit Migrationshintergrund,15.7,Quote in v.H.\n\
                2022,Betreuungsquote 3- bis unter 6-Jährige,,88.8,Quote in v.H.\n\
                2022,Betreuungsquote 3- bis unter 6-Jährige,ohne Migrationshintergrund,96.1,Quote in v.H.\n\
                2022,Kinder in Kitas (alle),,40.2,Quote in v.H.\n";
    let proposal = propose_file("kita.csv", text.as_bytes());
    let indicator = proposal
        .columns
        .iter()
        .find(|c| c.role == Role::Indicator)
        .unwrap();
    assert_eq!(indicator.column, ColumnRef::Name("Indikator".into()));
    let chosen: Vec<(Option<&str>, Option<&str>, usize, Confidence)> = proposal
        .indicators
        .iter()
        .map(|c| {
            (
                c.code.as_deref(),
                c.indicator.as_deref(),
                c.rows,
                c.confidence,
            )
        })
        .collect();
    assert_eq!(
        chosen[0],
        (
            Some("kita-u3-quote"),
            Some("kita-u3-quote"),
            2,
            Confidence::Sure
        )
    );
    assert_eq!(
        chosen[1],
        (
            Some("Betreuungsquote 3- bis unter 6-Jährige"),
            Some("kita-3-6-quote"),
            2,
            Confidence::Likely
        )
    );
    assert_eq!(chosen[2].0, Some("Kinder in Kitas (alle)"));
    assert_eq!(
        chosen[2].3,
        Confidence::Unsure,
        "{:#?}",
        proposal.indicators[2]
    );
    assert!(
        proposal.indicators[2]
            .why
            .contains("fits other values better"),
        "{}",
        proposal.indicators[2].why
    );
    let unit = &proposal.units[0];
    assert_eq!(
        (unit.text.as_str(), unit.unit, unit.rows, unit.confidence),
        ("Quote in v.H.", Some(Unit::Percent), 5, Confidence::Unsure)
    );
    assert!(
        unit.why
            .contains("taken as percent, the unit of the proposed indicator"),
        "{}",
        unit.why
    );
    assert!(
        proposal
            .unsure()
            .contains(&format!("unit `Quote in v.H.` → percent: {}", unit.why)),
        "{:?}",
        proposal.unsure()
    );

    // The unit of the indicator proposed, not of another one.
    let vhs = "Jahr,Wert,Einheit\n2022,112,Teilnahmen je 1000 Einw.\n";
    let per_thousand = propose_file("vhs-teilnahme.csv", vhs.as_bytes());
    assert_eq!(
        per_thousand.indicators[0].indicator.as_deref(),
        Some("vhs-teilnahme")
    );
    assert_eq!(per_thousand.units[0].unit, Some(Unit::PerThousand));

    let mut corrected = proposal.clone();
    corrected.indicators[2].indicator = None;
    let mapping = corrected.to_mapping();
    assert_eq!(
        mapping.indicators,
        BTreeMap::from([
            ("kita-u3-quote".to_owned(), "kita-u3-quote".to_owned()),
            (
                "Betreuungsquote 3- bis unter 6-Jährige".to_owned(),
                "kita-3-6-quote".to_owned()
            ),
        ])
    );
    assert_eq!(mapping.indicator, None);
    assert_eq!(
        mapping.drop,
        BTreeMap::from([(
            "Indikator".to_owned(),
            vec!["Kinder in Kitas (alle)".to_owned()]
        )])
    );
    assert_eq!(
        mapping.units,
        BTreeMap::from([("Quote in v.H.".to_owned(), "percent".to_owned())])
    );
    let stored = figures("kita.csv", text.as_bytes(), &mapping);
    assert_eq!(
        stored,
        [
            "kita-3-6-quote 2022 _T _T NO_MH _T 96.1 Normal - - None",
            "kita-3-6-quote 2022 _T _T _T _T 88.8 Normal - - None",
            "kita-u3-quote 2022 _T _T MH _T 15.7 Normal - - None",
            "kita-u3-quote 2022 _T _T _T _T 26.8 Normal - - None",
        ]
    );
}

/// One code in an indicator column still goes under `[indicators]` (the reader would take an
/// unlisted code for an indicator id); a single GENESIS value variable is `indicator`, and a
/// GENESIS file separated by commas keeps its delimiter.
#[test]
fn one_indicator_code_and_a_comma_separated_genesis_file() {
    let text = "Jahr,Indikator,Wert\n2022,Betreuungsquote U3,26.8\n2023,Betreuungsquote U3,27.5\n";
    let mapping = propose_file("kita.csv", text.as_bytes()).to_mapping();
    assert_eq!(mapping.indicator, None);
    assert_eq!(
        mapping.indicators,
        BTreeMap::from([("Betreuungsquote U3".to_owned(), "kita-u3-quote".to_owned())])
    );
    assert_eq!(figures("kita.csv", text.as_bytes(), &mapping).len(), 2);
    // The reasons stand above the line they explain, `indicator` or one of `[indicators]`.
    let above = |toml: &str, line: &str| -> String {
        let lines: Vec<&str> = toml.lines().collect();
        let at = lines.iter().position(|l| *l == line).unwrap();
        lines[at - 1].to_owned()
    };
    let toml = propose_file("kita.csv", text.as_bytes()).to_toml();
    assert!(
        above(&toml, "\"Betreuungsquote U3\" = \"kita-u3-quote\"")
            .starts_with("# other candidates: "),
        "{toml}"
    );

    let genesis = "statistics_code,statistics_label,time_code,time_label,time,\
                   1_variable_code,1_variable_label,1_variable_attribute_code,\
                   1_variable_attribute_label,value,value_unit,value_variable_code,\
                   value_variable_label,value_q\n\
                   13211,Arbeitsmarkt,JAHR,Jahr,2022,GES,Geschlecht,GESW,weiblich,6.1,Prozent,ALO906,Arbeitslosenquote,e\n\
                   13211,Arbeitsmarkt,JAHR,Jahr,2022,GES,Geschlecht,GESM,männlich,7.0,Prozent,ALO906,Arbeitslosenquote,e\n";
    let proposal = propose_file("alo_flat.csv", genesis.as_bytes());
    let mapping = proposal.to_mapping();
    assert_eq!(mapping.format, Format::Genesis);
    assert_eq!(mapping.delimiter, Some(','));
    assert_eq!(mapping.decimal, DecimalMark::Point);
    assert_eq!(mapping.indicator.as_deref(), Some("arbeitslosenquote"));
    assert!(mapping.indicators.is_empty());
    let toml = proposal.to_toml();
    assert!(
        above(&toml, "indicator = \"arbeitslosenquote\"").starts_with("# other candidates: "),
        "{toml}"
    );
    assert_eq!(proposal.source, "GENESIS, Statistik 13211 Arbeitsmarkt");
    assert_eq!(
        figures("alo_flat.csv", genesis.as_bytes(), &mapping),
        [
            "arbeitslosenquote 2022 _T F _T _T 6.1 Normal - - None",
            "arbeitslosenquote 2022 _T M _T _T 7.0 Normal - - None",
        ]
    );
}

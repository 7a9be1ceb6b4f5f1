//! The words that name a column's role or a breakdown: headers (`Jahr`, `Wert`, `Geschlecht`),
//! GENESIS variable codes (`GES`, `NAT`, `KREISE`) and labels.

use teilhabe_domain::monitoring::Breakdown;

use super::Role;
use super::words::fold;

/// Column headers that name a role (folded).
const ROLE_NAMES: &[(Role, &[&str])] = &[
    (
        Role::Year,
        &[
            "year",
            "jahr",
            "zeit",
            "time",
            "berichtsjahr",
            "stichtag",
            "time period",
            "schuljahr",
            "jahre",
        ],
    ),
    (
        Role::Value,
        &[
            "value",
            "wert",
            "obs value",
            "werte",
            "messwert",
            "ergebnis",
            "anteil",
            "quote",
            "prozent",
            "anzahl",
            "rate",
            "share",
        ],
    ),
    (
        Role::Indicator,
        &[
            "indicator",
            "indikator",
            "series",
            "kennzahl",
            "indicator id",
        ],
    ),
    (
        Role::Unit,
        &["unit", "units", "einheit", "masseinheit", "unit measure"],
    ),
    (
        Role::Status,
        &["status", "obs status", "flag", "kennzeichen", "qualitaet"],
    ),
    (
        Role::Lower,
        &[
            "lower",
            "untergrenze",
            "untere grenze",
            "lower bound",
            "ci lower",
            "ki unten",
        ],
    ),
    (
        Role::Upper,
        &[
            "upper",
            "obergrenze",
            "obere grenze",
            "upper bound",
            "ci upper",
            "ki oben",
        ],
    ),
    (
        Role::Base,
        &[
            "base",
            "basis",
            "n",
            "fallzahl",
            "grundgesamtheit",
            "nenner",
        ],
    ),
    (
        Role::Footnote,
        &[
            "footnote",
            "footnotes",
            "fussnote",
            "fussnoten",
            "anmerkung",
            "hinweis",
            "bemerkung",
            "note",
            "notes",
            "comment",
            "kommentar",
        ],
    ),
];

/// Headers and GENESIS variable labels that name a breakdown (folded; a header containing one
/// of these words counts too).
const BREAKDOWN_NAMES: &[(Breakdown, &[&str])] = &[
    (Breakdown::Sex, &["geschlecht", "sex", "gender"]),
    (
        Breakdown::Origin,
        &[
            "herkunft",
            "staatsangehoerigkeit",
            "nationalitaet",
            "migrationshintergrund",
            "migrationsstatus",
            "einwanderungsgeschichte",
            "origin",
            "nationality",
        ],
    ),
    (
        Breakdown::Age,
        &[
            "alter",
            "altersgruppe",
            "altersgruppen",
            "altersklasse",
            "age",
            "age group",
        ],
    ),
    (
        Breakdown::District,
        &[
            "geocode",
            "bezirk",
            "stadtbezirk",
            "district",
            "gebiet",
            "region",
            "stadtteil",
            "sozialraum",
            "ref area",
            "area",
            "kreise",
            "kreis",
            "gemeinde",
            "gemeinden",
            "regionalschluessel",
            "ags",
        ],
    ),
];

/// GENESIS variable codes of the breakdowns.
pub(super) fn genesis_variable(code: &str) -> Option<Breakdown> {
    let code = code.trim().to_uppercase();
    match code.as_str() {
        "GES" => Some(Breakdown::Sex),
        "NAT" | "NATEU" | "STAAG" | "STAG" | "NATGR" | "MIGHG" => Some(Breakdown::Origin),
        "KREISE" | "GEMEINDE" | "GEMEINDEN" | "REGBEZ" | "DLAND" | "DINSG" | "KRS" => {
            Some(Breakdown::District)
        }
        _ if code.starts_with("ALT") => Some(Breakdown::Age),
        _ => None,
    }
}

/// The role a header names: exactly (Sure) or as one of its words (Likely).
pub(super) fn role_by_name(header: &str) -> Option<(Role, bool)> {
    let folded = fold(header);
    named(ROLE_NAMES, &folded)
}

pub(super) fn breakdown_by_name(header: &str) -> Option<(Breakdown, bool)> {
    named(BREAKDOWN_NAMES, &fold(header))
}

fn named<T: Copy>(table: &[(T, &[&str])], folded: &str) -> Option<(T, bool)> {
    if folded.is_empty() {
        return None;
    }
    if let Some((found, _)) = table.iter().find(|(_, names)| names.contains(&folded)) {
        return Some((*found, true));
    }
    table
        .iter()
        .find(|(_, names)| {
            folded
                .split(' ')
                .any(|word| word.len() >= 4 && names.contains(&word))
        })
        .map(|(found, _)| (*found, false))
}

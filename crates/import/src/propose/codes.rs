//! What a code of the file means in the catalogue: from the code itself and from its label
//! (`GESM`/`männlich`/`m` → `M`, `NATA`/`Ausländer/-innen` → `FOREIGN`, `05711` → the city
//! total, `0571101` or `Mitte` → district `01`, `unter 18 Jahre` → `Y_LT18`), or that its rows
//! are skipped (another region of a download).

use teilhabe_domain::monitoring::observation::{SEX_CODES, age_range};
use teilhabe_domain::monitoring::{Breakdown, TOTAL};

use super::words::fold;
use super::{Confidence, Places, Target};
use crate::{MH_DETAIL_CODES, NAT_DETAIL_CODES};

/// A code's meaning with how sure and why.
pub type Meaning = (Target, Confidence, String);

/// Words for a total.
const TOTAL_WORDS: &[&str] = &["insgesamt", "gesamt", "zusammen", "total", "alle", "summe"];

/// Is `text` (a code or label) a total: empty, `_T`, `Insgesamt` …?
pub fn is_total(text: &str) -> bool {
    let text = text.trim();
    text.is_empty() || text == TOTAL || TOTAL_WORDS.contains(&fold(text).as_str())
}

/// The meaning of `code` (with its `label`, if the file has one) as a code of `breakdown`, or
/// None when it is not recognisable as one.
pub fn classify(
    breakdown: Breakdown,
    code: &str,
    label: Option<&str>,
    places: &Places,
) -> Option<Meaning> {
    let code = code.trim();
    let texts: Vec<&str> = std::iter::once(code)
        .chain(label.map(str::trim))
        .filter(|text| !text.is_empty())
        .collect();
    if texts.is_empty() || texts.iter().all(|text| is_total(text)) {
        let why = if code.is_empty() {
            "an empty cell is the total".to_owned()
        } else {
            format!("`{}` means the total", texts.last().unwrap_or(&code))
        };
        return Some((Target::Code(TOTAL.to_owned()), Confidence::Sure, why));
    }
    match breakdown {
        Breakdown::Sex => words_of(&texts, SEX_WORDS, &SEX_CODES),
        Breakdown::Origin => origin(&texts),
        Breakdown::Age => age(&texts),
        Breakdown::District => district(code, label, places),
    }
}

/// [`classify`], or skipped (unsure) when the code is not recognisable.
pub fn choose(breakdown: Breakdown, code: &str, label: Option<&str>, places: &Places) -> Meaning {
    classify(breakdown, code, label, places).unwrap_or_else(|| {
        (
            Target::Skip,
            Confidence::Unsure,
            format!(
                "no {} code of the catalogue found for `{}`; its rows are left out unless you \
                 choose one",
                breakdown.as_str(),
                label.unwrap_or(code)
            ),
        )
    })
}

/// (catalogue code, folded words that mean it).
type Words = &'static [(&'static str, &'static [&'static str])];

const SEX_WORDS: Words = &[
    (
        "F",
        &[
            "weiblich", "w", "f", "frauen", "frau", "gesw", "maedchen", "female", "women", "weibl",
        ],
    ),
    (
        "M",
        &[
            "maennlich",
            "m",
            "maenner",
            "mann",
            "gesm",
            "jungen",
            "male",
            "men",
            "maennl",
        ],
    ),
    ("D", &["divers", "d", "diverse", "gesd"]),
    ("X", &["ohne angabe", "x", "keine angabe", "unbekannt"]),
];

const ORIGIN_WORDS: Words = &[
    (
        "NO_MH",
        &[
            "ohne migrationshintergrund",
            "ohne mh",
            "kein migrationshintergrund",
        ],
    ),
    (
        "MH",
        &[
            "mit migrationshintergrund",
            "migrationshintergrund",
            "mh",
            "mit mh",
        ],
    ),
    (
        "NO_EG",
        &[
            "ohne einwanderungsgeschichte",
            "ohne zuwanderungsgeschichte",
        ],
    ),
    (
        "EG",
        &[
            "mit einwanderungsgeschichte",
            "einwanderungsgeschichte",
            "mit zuwanderungsgeschichte",
        ],
    ),
    (
        "FOREIGN",
        &[
            "auslaender",
            "auslaender innen",
            "auslaenderinnen",
            "auslaenderinnen und auslaender",
            "nichtdeutsche",
            "nicht deutsche",
            "auslaendisch",
            "nata",
            "foreign",
            "foreigners",
        ],
    ),
    ("DE", &["deutsche", "deutsch", "natd", "german", "germans"]),
];

/// A code that is a catalogue code as it is (Sure), or whose text is one of `words` (Sure).
fn words_of(texts: &[&str], words: Words, codes: &[&str]) -> Option<Meaning> {
    if let Some(code) = texts.iter().find(|text| codes.contains(text)) {
        return Some((
            Target::Code((*code).to_owned()),
            Confidence::Sure,
            format!("`{code}` is the catalogue's code"),
        ));
    }
    for text in texts {
        let folded = fold(text);
        for (code, spellings) in words {
            if spellings.contains(&folded.as_str()) {
                return Some((
                    Target::Code((*code).to_owned()),
                    Confidence::Sure,
                    format!("`{text}` means {code}"),
                ));
            }
        }
    }
    None
}

fn origin(texts: &[&str]) -> Option<Meaning> {
    let codes: Vec<&str> = ["FOREIGN", "DE", "MH", "NO_MH", "EG", "NO_EG"]
        .into_iter()
        .chain(MH_DETAIL_CODES.iter().copied())
        .chain(NAT_DETAIL_CODES.iter().copied())
        .collect();
    if let Some(found) = words_of(texts, ORIGIN_WORDS, &codes) {
        return Some(found);
    }
    // Longer labels: "Ausländerinnen und Ausländer (ohne Staatenlose)", "Personen mit
    // Migrationshintergrund".
    for text in texts {
        let folded = fold(text);
        let has = |word: &str| folded.split(' ').any(|token| token.starts_with(word));
        let code = if folded.contains("ohne migrationshintergrund") {
            "NO_MH"
        } else if has("migrationshintergrund") {
            "MH"
        } else if folded.contains("ohne einwanderungsgeschichte") {
            "NO_EG"
        } else if has("einwanderungsgeschichte") {
            "EG"
        } else if has("auslaender") || has("nichtdeutsch") {
            "FOREIGN"
        } else if has("deutsch") {
            "DE"
        } else {
            continue;
        };
        return Some((
            Target::Code(code.to_owned()),
            Confidence::Likely,
            format!("`{text}` reads as {code}"),
        ));
    }
    None
}

/// Age groups: SDMX codes as they are, labels such as `unter 18 Jahre`, `18 bis unter 65
/// Jahre`, `65 Jahre und älter`, `3 bis 5 Jahre`, `65+`.
fn age(texts: &[&str]) -> Option<Meaning> {
    if let Some(code) = texts.iter().find(|text| age_range(text).is_some()) {
        return Some((
            Target::Code((*code).to_owned()),
            Confidence::Sure,
            format!("`{code}` is an SDMX age code"),
        ));
    }
    for text in texts {
        if let Some(code) = age_label(text) {
            return Some((
                Target::Code(code.clone()),
                Confidence::Sure,
                format!("`{text}` is the age group {code}"),
            ));
        }
    }
    None
}

/// The SDMX code of an age label, if it reads as one.
pub fn age_label(text: &str) -> Option<String> {
    let folded = fold(text);
    let numbers: Vec<u32> = folded
        .split(' ')
        .filter_map(|token| token.parse().ok())
        .collect();
    let has = |word: &str| folded.split(' ').any(|token| token == word);
    let older = has("aelter") || has("mehr") || has("ab") || has("plus");
    match numbers.as_slice() {
        [upper] if has("unter") || has("juenger") => Some(format!("Y_LT{upper}")),
        [lower] if older || text.trim().ends_with('+') => Some(format!("Y_GE{lower}")),
        [lower, upper] if has("unter") && upper > lower => Some(format!("Y{lower}T{}", upper - 1)),
        [lower, upper]
            if !has("unter")
                && (has("bis") || text.contains('-') || text.contains('–'))
                && upper >= lower =>
        {
            Some(format!("Y{lower}T{upper}"))
        }
        _ => None,
    }
}

/// Region and district codes: the city's key (or its name) is the total, the city's key with a
/// district code or a district's code or name is that district, another region's key is
/// skipped.
fn district(code: &str, label: Option<&str>, places: &Places) -> Option<Meaning> {
    // "05711 Bielefeld, kreisfreie Stadt", "0571101 Mitte": the key first, then the name.
    if let Some((key, name)) = code.split_once(' ')
        && !key.is_empty()
        && key.chars().all(|c| c.is_ascii_digit())
    {
        return district(key, Some(label.unwrap_or(name.trim())), places);
    }
    let ags = places.ags.as_deref().unwrap_or("").trim();
    let kreis = ags.get(..5).unwrap_or(ags);
    let digits = !code.is_empty() && code.chars().all(|c| c.is_ascii_digit());
    let city = fold(&places.name);
    let named =
        |text: &str| !city.is_empty() && fold(text).split(' ').any(|token| token == city.as_str());
    if !kreis.is_empty()
        && (code == ags
            || code == kreis
            || code
                .strip_prefix(kreis)
                .is_some_and(|rest| !rest.is_empty() && rest.chars().all(|c| c == '0')))
    {
        return Some((
            Target::Code(TOTAL.to_owned()),
            Confidence::Sure,
            format!("`{code}` is the key of {}", places.name),
        ));
    }
    for district in &places.districts {
        let key = district.code.as_str();
        let with_key = !kreis.is_empty()
            && (code.strip_prefix(kreis) == Some(key) || code.strip_prefix(ags) == Some(key));
        if code == key || with_key {
            return Some((
                Target::Code(key.to_owned()),
                Confidence::Sure,
                if with_key {
                    format!(
                        "`{code}` is the key of {} with district {key} ({})",
                        places.name, district.name
                    )
                } else {
                    format!("`{code}` is the code of district {}", district.name)
                },
            ));
        }
        let same_name = |text: &str| fold(text) == fold(&district.name);
        if same_name(code) || label.is_some_and(same_name) {
            return Some((
                Target::Code(key.to_owned()),
                Confidence::Sure,
                format!("`{}` is the name of district {key}", label.unwrap_or(code)),
            ));
        }
    }
    if digits
        && let Some(district) = places
            .districts
            .iter()
            .find(|district| district.code.parse::<u64>().ok() == code.parse::<u64>().ok())
    {
        return Some((
            Target::Code(district.code.clone()),
            Confidence::Likely,
            format!("`{code}` is the number of district {}", district.name),
        ));
    }
    if named(code) || label.is_some_and(named) {
        return Some((
            Target::Code(TOTAL.to_owned()),
            Confidence::Likely,
            format!("`{}` names {}", label.unwrap_or(code), places.name),
        ));
    }
    if digits && (2..=12).contains(&code.len()) {
        return Some((
            Target::Skip,
            Confidence::Likely,
            format!(
                "`{code}`{} is another region, not {}",
                label.map(|l| format!(" ({l})")).unwrap_or_default(),
                places.name
            ),
        ));
    }
    None
}

#[cfg(test)]
mod tests;

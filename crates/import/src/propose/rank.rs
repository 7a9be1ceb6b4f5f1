//! Which indicator the values are for. An indicator is a candidate when it has every breakdown
//! the file has (with a code other than the total), the population concept of the file's origin
//! codes and the unit the file states; candidates are ranked by how alike the file's words (its
//! name, title lines, GENESIS value-variable label or the indicator column's code) are to the
//! indicator's id and title, then by how closely the breakdowns and unit fit.

use std::collections::BTreeSet;

use teilhabe_domain::monitoring::{Breakdown, IndicatorDef, PopulationConcept, TOTAL, Unit};

use super::columns::{Found, Group};
use super::layout::Read;
use super::words::similarity;
use super::{Candidate, Confidence, IndicatorChoice, Target};
use crate::{MH_DETAIL_CODES, NAT_DETAIL_CODES};

/// Weight of the words against the fit of breakdowns and unit: a name that matches decides
/// between indicators of the same shape.
const WORDS: f64 = 4.0;
/// The lead over the second candidate that makes the first sure, or likely.
const SURE_LEAD: f64 = 1.0;
const LIKELY_LEAD: f64 = 0.4;
/// How much the sources besides the best one add to the word similarity.
const OTHER_SOURCES: f64 = 0.25;

/// What the file says about itself, for every group of values.
struct Shape {
    breakdowns: BTreeSet<Breakdown>,
    origins: BTreeSet<String>,
    units: Vec<Unit>,
}

fn shape(found: &Found) -> Shape {
    let mut breakdowns = BTreeSet::new();
    let mut origins = BTreeSet::new();
    for dimension in &found.dimensions {
        let Some(breakdown) = dimension.breakdown else {
            continue;
        };
        for code in &dimension.codes {
            if let Target::Code(target) = &code.target
                && target != TOTAL
            {
                breakdowns.insert(breakdown);
                if breakdown == Breakdown::Origin {
                    origins.insert(target.clone());
                }
            }
        }
    }
    // Every unit the file states (the same one may repeat: only `contains` asks).
    let units: Vec<Unit> = found.units.iter().filter_map(|unit| unit.unit).collect();
    Shape {
        breakdowns,
        origins,
        units,
    }
}

/// Why `indicator` cannot hold the file's figures, if it cannot.
fn misfit(indicator: &IndicatorDef, shape: &Shape) -> Option<String> {
    if let Some(missing) = shape
        .breakdowns
        .iter()
        .find(|breakdown| !indicator.has_breakdown(**breakdown))
    {
        return Some(format!("no breakdown by {}", missing.as_str()));
    }
    let detail: &[&str] = match indicator.concept {
        PopulationConcept::MigrationBackground => MH_DETAIL_CODES,
        PopulationConcept::Nationality => NAT_DETAIL_CODES,
        _ => &[],
    };
    if let Some(origin) = shape.origins.iter().find(|origin| {
        !indicator.concept.origin_codes().contains(&origin.as_str())
            && !detail.contains(&origin.as_str())
    }) {
        return Some(format!(
            "origin {origin} is not of its population concept {}",
            indicator.concept.code()
        ));
    }
    if let Some(unit) = shape.units.iter().find(|unit| **unit != indicator.unit) {
        return Some(format!(
            "the file is in {}, the indicator in {}",
            unit.as_str(),
            indicator.unit.as_str()
        ));
    }
    None
}

/// The file name without folders, extension and `_flat`.
fn stem(file_name: &str) -> String {
    let name = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    let name = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    name.trim_end_matches("_flat").to_owned()
}

/// How alike `text` is to the indicator's id, code and titles.
fn alike(text: &str, indicator: &IndicatorDef) -> f64 {
    let code = indicator.code.as_deref().unwrap_or_default();
    if !text.trim().is_empty() && (text.trim() == indicator.id || text.trim() == code) {
        return 1.0;
    }
    std::iter::once(similarity(text, &indicator.id))
        .chain(
            indicator
                .title
                .iter()
                .map(|(_, title)| similarity(text, title)),
        )
        .fold(0.0, f64::max)
}

fn candidates(
    group: &Group,
    texts: &[(String, f64, String)],
    shape: &Shape,
    catalogue: &[IndicatorDef],
) -> Vec<(Candidate, f64)> {
    let mut list: Vec<(Candidate, f64)> = catalogue
        .iter()
        .filter(|indicator| misfit(indicator, shape).is_none())
        .map(|indicator| {
            // The best source counts fully, the others a quarter: a label and a file name
            // that agree outweigh a file name alone.
            let labelled = [(group.label.clone(), 1.0, "its label".to_owned())];
            let mut scores: Vec<(f64, String)> = labelled
                .iter()
                .chain(texts)
                .map(|(text, weight, what)| {
                    (alike(text, indicator) * weight, format!("{what} `{text}`"))
                })
                .collect();
            scores.sort_by(|a, b| b.0.total_cmp(&a.0));
            let rest: f64 = scores.iter().skip(1).map(|(score, _)| score).sum();
            let best = scores
                .into_iter()
                .next()
                .map(|(score, what)| ((score + OTHER_SOURCES * rest).min(1.0), what))
                .unwrap_or_default();
            let extra = indicator
                .breakdowns
                .len()
                .saturating_sub(shape.breakdowns.len());
            let fit = if extra == 0 {
                1.0
            } else {
                0.5 - 0.1 * extra as f64
            };
            let unit = if shape.units.contains(&indicator.unit) {
                0.5
            } else {
                0.0
            };
            let mut why = Vec::new();
            if best.0 > 0.0 {
                why.push(format!("{} is like it ({:.0} %)", best.1, best.0 * 100.0));
            }
            why.push(if shape.breakdowns.is_empty() {
                "the file has no breakdown".to_owned()
            } else {
                format!(
                    "it has the file's breakdowns ({})",
                    shape
                        .breakdowns
                        .iter()
                        .map(|b| b.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            });
            if unit > 0.0 {
                why.push(format!("unit {}", indicator.unit.as_str()));
            }
            (
                Candidate {
                    id: indicator.id.clone(),
                    score: WORDS * best.0 + fit + unit,
                    why: why.join("; "),
                },
                best.0,
            )
        })
        .collect();
    list.sort_by(|(a, _), (b, _)| b.score.total_cmp(&a.score).then(a.id.cmp(&b.id)));
    list
}

pub fn indicators(
    file_name: &str,
    read: &Read,
    found: &Found,
    catalogue: &[IndicatorDef],
) -> Vec<IndicatorChoice> {
    let shape = shape(found);
    let name = stem(file_name);
    let several = found.groups.len() > 1;
    // A file name or title speaks for every group; with several groups, less than their labels.
    let shared = if several { 0.5 } else { 1.0 };
    let mut texts = vec![(name.clone(), shared, "file name".to_owned())];
    let title = read.titles.join(" ");
    if !title.is_empty() {
        texts.push((title, 0.8 * shared, "title".to_owned()));
    }
    let mut choices: Vec<IndicatorChoice> = found
        .groups
        .iter()
        .map(|group| {
            let ranked = candidates(group, &texts, &shape, catalogue);
            let (indicator, confidence, why) = decide(&ranked, &shape, catalogue);
            IndicatorChoice {
                code: group.code.clone(),
                label: if group.label.is_empty() {
                    name.clone()
                } else {
                    group.label.clone()
                },
                rows: group.rows,
                candidates: ranked.into_iter().map(|(candidate, _)| candidate).collect(),
                indicator,
                confidence,
                why,
            }
        })
        .collect();
    // Two groups for one indicator: the weaker one is unsure.
    for index in 0..choices.len() {
        let Some(id) = choices[index].indicator.clone() else {
            continue;
        };
        let score = |choice: &IndicatorChoice| {
            choice
                .candidates
                .first()
                .map_or(0.0, |candidate| candidate.score)
        };
        let stronger = choices.iter().enumerate().any(|(other, choice)| {
            other != index
                && choice.indicator.as_deref() == Some(id.as_str())
                && score(choice) > score(&choices[index])
        });
        if stronger {
            choices[index].confidence = Confidence::Unsure;
            choices[index].why = format!("{}; `{id}` fits other values better", choices[index].why);
        }
    }
    choices
}

/// The best candidate and how sure it is: sure with words that match well and a clear lead,
/// likely with some lead, unsure when the first two are close.
fn decide(
    ranked: &[(Candidate, f64)],
    shape: &Shape,
    catalogue: &[IndicatorDef],
) -> (Option<String>, Confidence, String) {
    let Some((first, words)) = ranked.first() else {
        let reasons: Vec<String> = catalogue
            .iter()
            .filter_map(|indicator| {
                misfit(indicator, shape).map(|why| format!("{}: {why}", indicator.id))
            })
            .take(3)
            .collect();
        return (
            None,
            Confidence::Unsure,
            format!(
                "no indicator of the catalogue fits the file ({}{})",
                reasons.join("; "),
                if catalogue.len() > 3 { "; …" } else { "" }
            ),
        );
    };
    let lead = ranked
        .get(1)
        .map_or(f64::INFINITY, |(second, _)| first.score - second.score);
    let confidence = if *words >= 0.75 && lead >= SURE_LEAD {
        Confidence::Sure
    } else if lead >= LIKELY_LEAD {
        Confidence::Likely
    } else {
        Confidence::Unsure
    };
    let why = match ranked.get(1) {
        Some((second, _)) if confidence == Confidence::Unsure => format!(
            "{}; `{}` fits almost as well ({:.1} against {:.1})",
            first.why, second.id, second.score, first.score
        ),
        _ => first.why.clone(),
    };
    (Some(first.id.clone()), confidence, why)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::propose::tests::catalogue;

    fn indicator(id: &str) -> IndicatorDef {
        catalogue().into_iter().find(|i| i.id == id).unwrap()
    }

    fn shape(breakdowns: &[Breakdown], origins: &[&str], units: &[Unit]) -> Shape {
        Shape {
            breakdowns: breakdowns.iter().copied().collect(),
            origins: origins.iter().map(|o| (*o).to_owned()).collect(),
            units: units.to_vec(),
        }
    }

    #[test]
    fn an_indicator_holds_what_its_breakdowns_concept_and_unit_allow() {
        let nat = indicator("abgang-ohne-abschluss");
        let mh = indicator("kita-3-6-quote");
        let fits = |i: &IndicatorDef, s: &Shape| misfit(i, s);
        assert_eq!(
            fits(
                &nat,
                &shape(&[Breakdown::Origin], &["FOREIGN", "DE"], &[Unit::Percent])
            ),
            None
        );
        // Finer groups of each concept.
        assert_eq!(
            fits(&nat, &shape(&[Breakdown::Origin], &["TR", "DE"], &[])),
            None
        );
        assert_eq!(
            fits(&mh, &shape(&[Breakdown::Origin], &["DE_OWN", "NO_MH"], &[])),
            None
        );
        assert_eq!(
            fits(&nat, &shape(&[Breakdown::Origin], &["MH"], &[])).as_deref(),
            Some("origin MH is not of its population concept NAT")
        );
        assert_eq!(
            fits(&mh, &shape(&[Breakdown::Origin], &["TR"], &[])).as_deref(),
            Some("origin TR is not of its population concept MH")
        );
        assert_eq!(
            fits(&nat, &shape(&[Breakdown::District], &[], &[])).as_deref(),
            Some("no breakdown by district")
        );
        assert_eq!(
            fits(&nat, &shape(&[], &[], &[Unit::Percent, Unit::Count])).as_deref(),
            Some("the file is in count, the indicator in percent")
        );
    }

    #[test]
    fn words_match_the_id_the_code_and_the_titles() {
        let abgang = indicator("abgang-hochschulreife");
        assert_eq!(alike("D3b", &abgang), 1.0);
        assert_eq!(alike("abgang-hochschulreife", &abgang), 1.0);
        assert_eq!(alike("  ", &abgang), 0.0);
        assert!(alike("Schulabgänge mit Hochschulreife", &abgang) > 0.99);
        assert!(alike("school leavers university entrance qualification", &abgang) > 0.6);
        assert_eq!(alike("Pflege", &abgang), 0.0);
        let mut without_code = abgang.clone();
        without_code.code = None;
        assert_eq!(alike("", &without_code), 0.0);
        assert_eq!(
            stem("/tmp/a/schulabgaenge-genesis_flat.csv"),
            "schulabgaenge-genesis"
        );
        assert_eq!(stem("C:\\Daten\\kita.u3.xlsx"), "kita.u3");
        assert_eq!(stem("ohne-endung"), "ohne-endung");
    }
}

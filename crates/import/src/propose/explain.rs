//! The proposal in words: what is unsure (for the CLI's stderr and the form), and the TOML
//! file with the reasons as comments.

use std::collections::BTreeMap;

use teilhabe_domain::monitoring::{TOTAL, Unit};

use super::{Confidence, Proposal, Target};
use crate::mapping::Mapping;

impl Proposal {
    /// Every choice that is not sure, in words (what the CLI prints on stderr, what the web
    /// form asks about).
    pub fn unsure(&self) -> Vec<String> {
        let mut notes = Vec::new();
        for choice in &self.indicators {
            if choice.confidence == Confidence::Unsure {
                notes.push(format!(
                    "indicator{}: {} ({})",
                    choice
                        .code
                        .as_deref()
                        .map(|code| format!(" for `{code}`"))
                        .unwrap_or_default(),
                    choice.indicator.as_deref().unwrap_or("none found"),
                    choice.why
                ));
            }
        }
        for column in &self.columns {
            if column.confidence == Confidence::Unsure {
                notes.push(format!(
                    "columns.{} = {}: {}",
                    column.role.as_str(),
                    column.column,
                    column.why
                ));
            }
        }
        for dimension in &self.dimensions {
            let name = dimension
                .rule_name()
                .unwrap_or_else(|| dimension.label.clone());
            if dimension.confidence == Confidence::Unsure {
                notes.push(format!(
                    "`{name}` is {}: {}",
                    dimension
                        .breakdown
                        .map(|b| format!("the breakdown {}", b.as_str()))
                        .unwrap_or_else(|| "left out".into()),
                    dimension.why
                ));
            }
            for code in &dimension.codes {
                if code.confidence == Confidence::Unsure {
                    notes.push(format!(
                        "`{name}` code `{}` ({} rows) → {}: {}",
                        code.code,
                        code.rows,
                        match &code.target {
                            Target::Code(target) => target.as_str(),
                            Target::Skip => "skipped",
                        },
                        code.why
                    ));
                }
            }
        }
        for unit in &self.units {
            if unit.confidence == Confidence::Unsure {
                notes.push(format!(
                    "unit `{}` → {}: {}",
                    unit.text,
                    unit.unit.map(Unit::as_str).unwrap_or("unknown"),
                    unit.why
                ));
            }
        }
        notes
    }

    /// The mapping file (TOML that [`Mapping::parse`] reads back to [`Proposal::to_mapping`]),
    /// with comments naming what the proposer was unsure of and why each choice was made.
    pub fn to_toml(&self) -> String {
        let mapping = self.to_mapping();
        crate::mapping::to_toml(&mapping, &self.comments(&mapping))
    }

    /// Comments for the TOML file, keyed like [`crate::mapping::to_toml`] expects.
    fn comments(&self, mapping: &Mapping) -> BTreeMap<String, Vec<String>> {
        let mut comments: BTreeMap<String, Vec<String>> = BTreeMap::new();
        fn add(
            comments: &mut BTreeMap<String, Vec<String>>,
            key: String,
            confidence: Confidence,
            why: &str,
        ) {
            let line = match confidence {
                Confidence::Unsure => format!("UNSURE, please check: {why}"),
                other => format!("{}: {why}", other.as_str()),
            };
            comments.entry(key).or_default().push(line);
        }
        let name = self
            .file_name
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(&self.file_name);
        let mut header = vec![format!(
            "Proposed by `teilhabe import table {name} --propose-mapping`; check every line marked UNSURE."
        )];
        header.push("Name the publisher and table in `source`.".into());
        comments.insert(String::new(), header);
        for choice in &self.indicators {
            let key = match &choice.code {
                Some(code) if mapping.indicators.contains_key(code) => {
                    format!("indicators.{code}")
                }
                _ => "indicator".to_owned(),
            };
            add(&mut comments, key.clone(), choice.confidence, &choice.why);
            let others: Vec<String> = choice
                .candidates
                .iter()
                .skip(1)
                .take(3)
                .map(|candidate| candidate.id.clone())
                .collect();
            if !others.is_empty() {
                comments
                    .entry(key)
                    .or_default()
                    .push(format!("other candidates: {}", others.join(", ")));
            }
        }
        for column in &self.columns {
            add(
                &mut comments,
                format!("columns.{}", column.role.as_str()),
                column.confidence,
                &column.why,
            );
        }
        for dimension in &self.dimensions {
            let Some(breakdown) = dimension.breakdown else {
                add(
                    &mut comments,
                    "ignore".into(),
                    dimension.confidence,
                    &dimension.why,
                );
                continue;
            };
            let key = format!("dimensions.{}", breakdown.as_str());
            add(
                &mut comments,
                key.clone(),
                dimension.confidence,
                &dimension.why,
            );
            for code in &dimension.codes {
                let what = match &code.target {
                    Target::Code(target) if target == TOTAL => "the total".to_owned(),
                    Target::Code(target) => target.clone(),
                    Target::Skip => "skipped".to_owned(),
                };
                if code.confidence != Confidence::Sure || code.target == Target::Skip {
                    add(
                        &mut comments,
                        key.clone(),
                        code.confidence,
                        &format!(
                            "`{}` ({} rows) → {what}: {}",
                            code.code, code.rows, code.why
                        ),
                    );
                }
            }
        }
        for unit in &self.units {
            add(&mut comments, "units".into(), unit.confidence, &unit.why);
        }
        comments
    }
}

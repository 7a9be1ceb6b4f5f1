//! The pool's settings as data (`data/mediation/<city>.toml`): which action field of the
//! concept a request counts for, and which funding source pays for it. Read with the position of
//! each problem; docs/formats/mediation.md ("Settings") describes the file.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::Topic;
use crate::institution::InstitutionKind;
use crate::position::Position;
use crate::text::Text;

/// A problem in a settings file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{position}: {message}")]
pub struct SettingsProblem {
    pub position: Position,
    pub message: String,
}

/// A funding source: a code and its name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundingSource {
    pub code: String,
    pub name: Text,
}

/// The settings of a pool. The default maps nothing (every request to the empty field and
/// source).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PoolSettings {
    field_by_kind: BTreeMap<InstitutionKind, String>,
    field_by_topic: BTreeMap<Topic, String>,
    /// In the file's order.
    pub funding: Vec<FundingSource>,
    funding_by_topic: BTreeMap<Topic, usize>,
}

impl PoolSettings {
    /// The action field (a concept field's slug) a request of an institution of `kind` about
    /// `topic` counts for: by the kind if the file names it, else by the topic.
    pub fn field_of(&self, kind: &str, topic: Topic) -> &str {
        InstitutionKind::parse(kind)
            .and_then(|kind| self.field_by_kind.get(&kind))
            .or_else(|| self.field_by_topic.get(&topic))
            .map_or("", String::as_str)
    }

    /// The code of the funding source that pays for a request about `topic`.
    pub fn funding_of(&self, topic: Topic) -> &str {
        self.funding_by_topic
            .get(&topic)
            .and_then(|index| self.funding.get(*index))
            .map_or("", |source| source.code.as_str())
    }

    /// Every action field slug the file names (to check against the concept).
    pub fn fields(&self) -> Vec<&str> {
        let mut all: Vec<&str> = self
            .field_by_kind
            .values()
            .chain(self.field_by_topic.values())
            .map(String::as_str)
            .collect();
        all.sort_unstable();
        all.dedup();
        all
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    format: i64,
    fields: Fields,
    funding: Vec<toml::Spanned<Funding>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Fields {
    #[serde(default)]
    kinds: BTreeMap<toml::Spanned<String>, String>,
    topics: BTreeMap<toml::Spanned<String>, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Funding {
    code: String,
    name: BTreeMap<String, String>,
    topics: Vec<String>,
}

fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 64
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !value.starts_with('-')
        && !value.ends_with('-')
}

/// Reads a settings file (format 1): every topic needs an action field and exactly one funding
/// source; kinds and topics must be known, field slugs and codes `a-z`, `0-9`, inner hyphens.
pub fn parse(source: &str) -> Result<PoolSettings, SettingsProblem> {
    let at = |offset: usize, message: String| SettingsProblem {
        position: Position::of_offset(source, offset),
        message,
    };
    let file: File =
        crate::position::read_toml(source).map_err(|(offset, message)| at(offset, message))?;
    if file.format != 1 {
        return Err(at(0, "unsupported format; expected format = 1".into()));
    }
    let mut field_by_kind = BTreeMap::new();
    for (key, field) in &file.fields.kinds {
        let kind = InstitutionKind::parse(key.get_ref()).ok_or_else(|| {
            at(
                key.span().start,
                format!("`{}` is no institution kind", key.get_ref()),
            )
        })?;
        if !is_slug(field) {
            return Err(at(
                key.span().start,
                format!("`{field}` is no action field slug"),
            ));
        }
        field_by_kind.insert(kind, field.clone());
    }
    let mut field_by_topic = BTreeMap::new();
    for (key, field) in &file.fields.topics {
        let topic = Topic::parse(key.get_ref())
            .ok_or_else(|| at(key.span().start, format!("`{}` is no topic", key.get_ref())))?;
        if !is_slug(field) {
            return Err(at(
                key.span().start,
                format!("`{field}` is no action field slug"),
            ));
        }
        field_by_topic.insert(topic, field.clone());
    }
    if let Some(missing) = Topic::ALL
        .iter()
        .find(|topic| !field_by_topic.contains_key(topic))
    {
        return Err(at(
            0,
            format!(
                "[fields.topics] needs an action field for `{}`",
                missing.as_str()
            ),
        ));
    }
    let mut funding = Vec::new();
    let mut funding_by_topic = BTreeMap::new();
    for entry in &file.funding {
        let start = entry.span().start;
        let entry = entry.get_ref();
        if !is_slug(&entry.code) {
            return Err(at(start, format!("`{}` is no funding code", entry.code)));
        }
        if funding
            .iter()
            .any(|source: &FundingSource| source.code == entry.code)
        {
            return Err(at(
                start,
                format!("funding `{}` is listed twice", entry.code),
            ));
        }
        let name = Text::from_map(entry.name.clone()).ok_or_else(|| {
            at(
                start,
                format!("funding `{}` needs a German name", entry.code),
            )
        })?;
        for topic in &entry.topics {
            let topic =
                Topic::parse(topic).ok_or_else(|| at(start, format!("`{topic}` is no topic")))?;
            if funding_by_topic.insert(topic, funding.len()).is_some() {
                return Err(at(
                    start,
                    format!("topic `{}` has two funding sources", topic.as_str()),
                ));
            }
        }
        funding.push(FundingSource {
            code: entry.code.clone(),
            name,
        });
    }
    if let Some(missing) = Topic::ALL
        .iter()
        .find(|topic| !funding_by_topic.contains_key(topic))
    {
        return Err(at(
            0,
            format!(
                "no funding source pays for the topic `{}`",
                missing.as_str()
            ),
        ));
    }
    Ok(PoolSettings {
        field_by_kind,
        field_by_topic,
        funding,
        funding_by_topic,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str = include_str!("../../../../data/mediation/bielefeld.toml");

    #[test]
    fn the_shipped_file_maps_kinds_before_topics_and_every_topic_to_one_source() {
        let settings = parse(SHIPPED).unwrap();
        assert_eq!(settings.field_of("day-care", Topic::Education), "elementar");
        assert_eq!(settings.field_of("school", Topic::Education), "schule");
        assert_eq!(
            settings.field_of("authority", Topic::Social),
            "ausbildung-arbeit"
        );
        assert_eq!(
            settings.field_of("no-such-kind", Topic::Health),
            "gesundheit"
        );
        assert_eq!(settings.funding_of(Topic::Education), "land-nrw");
        assert_eq!(settings.funding_of(Topic::Health), "kommune");
        assert_eq!(settings.funding.len(), 2);
        assert!(settings.fields().contains(&"sprachmittlung"));
        // Every source is named in every interface language, none falls back to German.
        for source in &settings.funding {
            for language in ["de", "en", "tr", "ar", "ru", "uk", "pl"] {
                assert!(
                    source.name.translation(language).is_some(),
                    "{} in {language}",
                    source.code
                );
            }
        }
        assert_eq!(
            settings.funding[1].name.get("tr"),
            "Bielefeld Belediyesi (belediye bütçesi)"
        );
        assert_eq!(
            settings.funding[1].name.get("fr"),
            "Stadt Bielefeld (kommunale Mittel)",
            "German where a language is missing"
        );
    }

    #[test]
    fn problems_name_their_place() {
        let topics = "[fields.topics]\neducation = \"a\"\nhealth = \"a\"\nsocial = \"a\"\n\
            authority = \"a\"\ncounselling = \"a\"\nother = \"a\"\n";
        let funding = "[[funding]]\ncode = \"x\"\nname = { de = \"X\" }\n\
            topics = [\"education\", \"health\", \"social\", \"authority\", \"counselling\", \"other\"]\n";
        assert!(parse(&format!("format = 1\n{topics}{funding}")).is_ok());
        let error = parse(&format!(
            "format = 1\n[fields.kinds]\nkita = \"a\"\n{topics}{funding}"
        ))
        .unwrap_err();
        assert_eq!((error.position.line, error.position.column), (3, 1));
        assert!(error.message.contains("`kita` is no institution kind"));
        let error = parse(&format!(
            "format = 1\n{}{funding}",
            topics.replace("other = \"a\"\n", "")
        ))
        .unwrap_err();
        assert!(error.message.contains("`other`"), "{error}");
        let error = parse(&format!(
            "format = 1\n{topics}{}",
            funding.replace(", \"other\"", "")
        ))
        .unwrap_err();
        assert!(
            error.message.contains("pays for the topic `other`"),
            "{error}"
        );
        let error = parse(&format!(
            "format = 1\n{topics}{funding}{}",
            funding.replace("\"x\"", "\"y\"")
        ))
        .unwrap_err();
        assert!(error.message.contains("two funding sources"), "{error}");
        assert_eq!(error.position.line, 13, "the second [[funding]]");
        let error = parse(&format!("format = 2\n{topics}{funding}")).unwrap_err();
        assert!(error.message.contains("format = 1"));
    }
}

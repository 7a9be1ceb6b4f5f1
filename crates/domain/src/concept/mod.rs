//! The integration concept as data: the city, the statements of its vision and understanding of
//! integration, the action fields (Handlungsfelder) and their recommendations
//! (Handlungsempfehlungen). Another city's concept is another file of the same shape.

pub mod diff;
pub mod edit;
mod file;
mod write;

use serde::{Deserialize, Serialize};

use crate::text::Text;

pub use file::{Problem, parse_concept};
pub use write::to_toml;

/// A city's integration concept, as loaded from its concept file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Concept {
    pub city: City,
    pub id: String,
    pub title: Text,
    pub subtitle: Option<Text>,
    /// ISO date the council adopted the concept.
    pub adopted: Option<String>,
    pub source: Option<String>,
    /// The heading above the action fields (the results of the concept's development).
    pub results_heading: Option<Text>,
    pub tags: Vec<Tag>,
    pub sections: Vec<Section>,
    pub fields: Vec<ActionField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct City {
    pub slug: String,
    pub name: String,
    /// Official municipality key (Amtlicher Gemeindeschlüssel), eight digits.
    pub ags: Option<String>,
}

/// A label a recommendation can carry, such as "gender-specific"; offers and measures filter by it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Tag {
    pub id: String,
    pub label: Text,
}

/// What a group of statements is about. The start page shows sections in file order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Why the concept is needed, e.g. "Bielefeld ist Einwanderungsstadt".
    Context,
    /// The vision (Leitbild).
    Vision,
    /// Integration-policy goals.
    Goals,
    /// The understanding of integration.
    Understanding,
    /// How the concept is developed further.
    Development,
}

impl SectionKind {
    pub const ALL: [SectionKind; 5] = [
        SectionKind::Context,
        SectionKind::Vision,
        SectionKind::Goals,
        SectionKind::Understanding,
        SectionKind::Development,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SectionKind::Context => "context",
            SectionKind::Vision => "vision",
            SectionKind::Goals => "goals",
            SectionKind::Understanding => "understanding",
            SectionKind::Development => "development",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == value)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    pub id: String,
    pub kind: SectionKind,
    pub heading: Text,
    pub adopted: Option<String>,
    pub intro: Option<Text>,
    pub items: Vec<Statement>,
}

/// One principle, goal or point of a section.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    pub id: String,
    pub text: Text,
}

/// A Handlungsfeld with its recommendations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActionField {
    pub slug: String,
    pub title: Text,
    pub intro: Option<Text>,
    pub recommendation_kind: RecommendationKind,
    pub recommendations: Vec<Recommendation>,
    /// Set when the council took the field out of the concept; it stays in the data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<Retirement>,
}

/// When and why a recommendation or an action field was taken out of the concept. It keeps its
/// id and its page; measures linked to it keep the link and their history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retirement {
    /// ISO date of the retirement (the day of the save, or the council's decision).
    pub date: String,
    /// The concept version that first carried the retirement, when it was made in teilhabe.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    pub reason: String,
}

/// Most fields list recommendations; some (welcome culture) name areas that measures refer to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecommendationKind {
    Recommendation,
    Area,
}

impl RecommendationKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecommendationKind::Recommendation => "recommendation",
            RecommendationKind::Area => "area",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "recommendation" => Some(RecommendationKind::Recommendation),
            "area" => Some(RecommendationKind::Area),
            _ => None,
        }
    }
}

/// A Handlungsempfehlung. Its id is stable: measures, indicators and offers link to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recommendation {
    pub id: String,
    pub text: Text,
    pub tags: Vec<String>,
    /// Set when the recommendation was taken out of the concept; the id is never reused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<Retirement>,
}

impl Concept {
    pub fn field(&self, slug: &str) -> Option<&ActionField> {
        self.fields.iter().find(|field| field.slug == slug)
    }

    pub fn recommendation_count(&self) -> usize {
        self.fields
            .iter()
            .map(|field| field.recommendations.len())
            .sum()
    }

    pub fn tag(&self, id: &str) -> Option<&Tag> {
        self.tags.iter().find(|tag| tag.id == id)
    }

    /// A recommendation (retired ones included) with the field that holds it.
    pub fn recommendation(&self, id: &str) -> Option<(&ActionField, &Recommendation)> {
        self.fields.iter().find_map(|field| {
            field
                .recommendations
                .iter()
                .find(|recommendation| recommendation.id == id)
                .map(|recommendation| (field, recommendation))
        })
    }

    /// Every language any text of the concept carries, German first, then alphabetically.
    pub fn languages(&self) -> Vec<String> {
        let mut texts: Vec<&Text> = vec![&self.title];
        texts.extend(self.subtitle.iter().chain(self.results_heading.iter()));
        for tag in &self.tags {
            texts.push(&tag.label);
        }
        for section in &self.sections {
            texts.push(&section.heading);
            texts.extend(section.intro.iter());
            texts.extend(section.items.iter().map(|item| &item.text));
        }
        for field in &self.fields {
            texts.push(&field.title);
            texts.extend(field.intro.iter());
            texts.extend(field.recommendations.iter().map(|r| &r.text));
        }
        let mut languages = std::collections::BTreeSet::new();
        for text in texts {
            languages.extend(text.languages().map(str::to_owned));
        }
        languages.remove(crate::text::PRIMARY_LANGUAGE);
        std::iter::once(crate::text::PRIMARY_LANGUAGE.to_owned())
            .chain(languages)
            .collect()
    }

    /// Every id the concept uses: tags, sections, statements, fields and recommendations.
    pub fn ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.tags.iter().map(|tag| tag.id.as_str()).collect();
        for section in &self.sections {
            ids.push(&section.id);
            ids.extend(section.items.iter().map(|item| item.id.as_str()));
        }
        for field in &self.fields {
            ids.push(&field.slug);
            ids.extend(field.recommendations.iter().map(|r| r.id.as_str()));
        }
        ids
    }
}

impl Recommendation {
    pub fn is_retired(&self) -> bool {
        self.retired.is_some()
    }
}

impl ActionField {
    pub fn is_retired(&self) -> bool {
        self.retired.is_some()
    }
}

/// Whether `id` is a stable identifier: lowercase ASCII letters, digits and single hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
}

#[cfg(test)]
mod tests {
    use super::is_slug;

    #[test]
    fn slugs() {
        assert!(is_slug("elementar-1"));
        assert!(is_slug("kinder-jugendarbeit"));
        assert!(!is_slug("Elementar"));
        assert!(!is_slug("a--b"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
        assert!(!is_slug("straße"));
    }
}

//! Every content text with its key and its current German, in the order a translator reads them:
//! the concept top to bottom, then the indicators, then the measures.

use super::keys;
use crate::concept::Concept;
use crate::measure::Measure;
use crate::monitoring::IndicatorDef;
use crate::text::Text;

/// Every content text of the concept, the indicator catalogue and the given measures, as
/// (key, current German). A key exists only while its German text exists and is non-empty.
/// Retired fields and recommendations keep their pages, so their texts stay. Which measures are
/// passed (e.g. only published ones) is the caller's decision.
pub fn content_texts(
    concept: &Concept,
    indicators: &[IndicatorDef],
    measures: &[Measure],
) -> Vec<(String, String)> {
    let mut texts = Texts::default();
    texts.push(keys::concept_title(), Some(&concept.title));
    texts.push(keys::concept_subtitle(), concept.subtitle.as_ref());
    texts.push(
        keys::concept_results_heading(),
        concept.results_heading.as_ref(),
    );
    for tag in &concept.tags {
        texts.push(keys::tag(&tag.id), Some(&tag.label));
    }
    for section in &concept.sections {
        texts.push(keys::section_heading(&section.id), Some(&section.heading));
        texts.push(keys::section_intro(&section.id), section.intro.as_ref());
        for item in &section.items {
            texts.push(keys::statement(&section.id, &item.id), Some(&item.text));
        }
    }
    for field in &concept.fields {
        texts.push(keys::field_title(&field.slug), Some(&field.title));
        texts.push(keys::field_intro(&field.slug), field.intro.as_ref());
        for recommendation in &field.recommendations {
            texts.push(
                keys::recommendation(&recommendation.id),
                Some(&recommendation.text),
            );
        }
    }
    for indicator in indicators {
        texts.push(keys::indicator_title(&indicator.id), Some(&indicator.title));
        texts.push(
            keys::indicator_definition(&indicator.id),
            Some(&indicator.definition),
        );
        for (index, caveat) in indicator.caveats.iter().enumerate() {
            texts.push(
                keys::indicator_caveat(&indicator.id, index + 1),
                Some(caveat),
            );
        }
    }
    for measure in measures {
        texts.push(
            keys::measure_title(measure.id),
            Some(&measure.content.title),
        );
        texts.push(
            keys::measure_description(measure.id),
            Some(&measure.content.description),
        );
    }
    texts.0
}

#[derive(Default)]
struct Texts(Vec<(String, String)>);

impl Texts {
    fn push(&mut self, key: String, text: Option<&Text>) {
        if let Some(text) = text
            && let Some(german) = text.translation(crate::text::PRIMARY_LANGUAGE)
            && !german.trim().is_empty()
        {
            self.0.push((key, german.to_owned()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::parse_concept;
    use crate::measure::MeasureContent;
    use crate::monitoring::parse_indicator;

    const CONCEPT: &str = r#"
format = 1

[city]
slug = "musterstadt"
name = "Musterstadt"

[concept]
id = "ik-2026"
title = { de = "Integrationskonzept", en = "Integration concept" }
results_heading = { de = "Ergebnisse" }

[[tags]]
id = "gender"
label = { de = "geschlechtsspezifisch" }

[[sections]]
id = "leitbild"
kind = "vision"
heading = { de = "Leitbild" }
items = [
  { id = "l-1", text = { de = "Vielfalt ist normal." } },
  { id = "l-2", text = { de = "Teilhabe für alle." } },
]

[[fields]]
slug = "sport"
title = { de = "Sport" }
intro = { de = "Sport verbindet." }
recommendation_kind = "recommendation"
recommendations = [
  { id = "sport-1", text = { de = "Vereine öffnen." }, tags = ["gender"] },
]
"#;

    const INDICATOR: &str = r#"
id = "d3"
title = { de = "Arbeitslosenquote" }
definition = { de = "Anteil der Arbeitslosen" }
numerator = { de = "Arbeitslose" }
denominator = { de = "Erwerbspersonen" }
unit = "percent"
concept = "NAT"
polarity = "lower-is-better"
source = { de = "Bundesagentur für Arbeit" }
fields = ["sport"]
breakdowns = []
caveats = [{ de = "Erste Einschränkung" }, { de = "Zweite" }]
"#;

    fn measure(id: i64, title: &str, description: &str) -> Measure {
        let mut content =
            MeasureContent::new(Text::german(title), "sport".into(), vec!["sport-1".into()]);
        content.description = Text::german(description);
        Measure {
            id,
            version: 1,
            demo: false,
            created_at: String::new(),
            updated_at: String::new(),
            content,
        }
    }

    #[test]
    fn every_non_empty_german_text_has_one_key_in_reading_order() {
        let concept = parse_concept(CONCEPT).unwrap();
        let indicator = parse_indicator(INDICATOR).unwrap();
        let texts = content_texts(
            &concept,
            &[indicator],
            &[
                measure(4, "Schwimmkurs", ""),
                measure(5, "Lauftreff", "Jeden Montag"),
            ],
        );
        let expected = [
            ("concept.title", "Integrationskonzept"),
            ("concept.results_heading", "Ergebnisse"),
            ("concept.tag.gender", "geschlechtsspezifisch"),
            ("concept.section.leitbild.heading", "Leitbild"),
            ("concept.statement.leitbild.l-1", "Vielfalt ist normal."),
            ("concept.statement.leitbild.l-2", "Teilhabe für alle."),
            ("concept.field.sport.title", "Sport"),
            ("concept.field.sport.intro", "Sport verbindet."),
            ("concept.recommendation.sport-1", "Vereine öffnen."),
            ("indicator.d3.title", "Arbeitslosenquote"),
            ("indicator.d3.definition", "Anteil der Arbeitslosen"),
            ("indicator.d3.caveat.1", "Erste Einschränkung"),
            ("indicator.d3.caveat.2", "Zweite"),
            ("measure.4.title", "Schwimmkurs"),
            ("measure.5.title", "Lauftreff"),
            ("measure.5.description", "Jeden Montag"),
        ];
        let got: Vec<(&str, &str)> = texts
            .iter()
            .map(|(key, german)| (key.as_str(), german.as_str()))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn the_shipped_concept_has_unique_keys() {
        let source = include_str!("../../../../data/concept/bielefeld.toml");
        let concept = parse_concept(source).unwrap();
        let texts = content_texts(&concept, &[], &[]);
        let mut keys: Vec<&str> = texts.iter().map(|(key, _)| key.as_str()).collect();
        let count = keys.len();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), count, "a key named twice");
        assert!(count > 50, "only {count} texts in the Bielefeld concept");
    }
}

//! The stable keys of content texts, built from the ids the data already has
//! (docs/formats/translations.md). One function per kind of key, so no caller spells one by hand.

pub fn concept_title() -> String {
    "concept.title".to_owned()
}

pub fn concept_subtitle() -> String {
    "concept.subtitle".to_owned()
}

pub fn concept_results_heading() -> String {
    "concept.results_heading".to_owned()
}

pub fn tag(tag_id: &str) -> String {
    format!("concept.tag.{tag_id}")
}

pub fn section_heading(section_id: &str) -> String {
    format!("concept.section.{section_id}.heading")
}

pub fn section_intro(section_id: &str) -> String {
    format!("concept.section.{section_id}.intro")
}

/// A section's item (a principle, goal or point).
pub fn statement(section_id: &str, statement_id: &str) -> String {
    format!("concept.statement.{section_id}.{statement_id}")
}

pub fn field_title(field_slug: &str) -> String {
    format!("concept.field.{field_slug}.title")
}

pub fn field_intro(field_slug: &str) -> String {
    format!("concept.field.{field_slug}.intro")
}

pub fn recommendation(recommendation_id: &str) -> String {
    format!("concept.recommendation.{recommendation_id}")
}

pub fn indicator_title(indicator_id: &str) -> String {
    format!("indicator.{indicator_id}.title")
}

pub fn indicator_definition(indicator_id: &str) -> String {
    format!("indicator.{indicator_id}.definition")
}

/// The indicator's `n`-th caveat, counted from 1 in file order.
pub fn indicator_caveat(indicator_id: &str, n: usize) -> String {
    format!("indicator.{indicator_id}.caveat.{n}")
}

pub fn measure_title(measure_id: i64) -> String {
    format!("measure.{measure_id}.title")
}

pub fn measure_description(measure_id: i64) -> String {
    format!("measure.{measure_id}.description")
}

/// Whether a key belongs to the concept's public texts, the only ones kept in Leichte Sprache.
pub fn is_concept(key: &str) -> bool {
    key.starts_with("concept.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_the_contract() {
        assert_eq!(concept_title(), "concept.title");
        assert_eq!(concept_subtitle(), "concept.subtitle");
        assert_eq!(concept_results_heading(), "concept.results_heading");
        assert_eq!(tag("gender"), "concept.tag.gender");
        assert_eq!(
            section_heading("leitbild"),
            "concept.section.leitbild.heading"
        );
        assert_eq!(section_intro("leitbild"), "concept.section.leitbild.intro");
        assert_eq!(
            statement("leitbild", "l-1"),
            "concept.statement.leitbild.l-1"
        );
        assert_eq!(field_title("sport"), "concept.field.sport.title");
        assert_eq!(field_intro("sport"), "concept.field.sport.intro");
        assert_eq!(
            recommendation("elementar-1"),
            "concept.recommendation.elementar-1"
        );
        assert_eq!(indicator_title("d3"), "indicator.d3.title");
        assert_eq!(indicator_definition("d3"), "indicator.d3.definition");
        assert_eq!(indicator_caveat("d3", 2), "indicator.d3.caveat.2");
        assert_eq!(measure_title(12), "measure.12.title");
        assert_eq!(measure_description(12), "measure.12.description");
        assert!(is_concept(&recommendation("x")));
        assert!(!is_concept(&measure_title(1)));
    }
}

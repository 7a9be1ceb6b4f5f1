//! Content translations folded into a report snapshot. A snapshot keeps its texts multilingual,
//! so the translations current at release are stored with the edition and the edition renders
//! the same in every language years later, whatever the translators did since.
//!
//! Only *current* translations go in. A page can set an outdated translation beside the changed
//! German; a printed report cannot show the reader two versions of a recommendation in one
//! paragraph, so there the German (the text in force) is printed until the translation is
//! updated.

use crate::concept::Section;
use crate::text::Text;
use crate::translation::{
    ContentTranslations, add_current as add, add_to_indicator as add_indicator, keys,
};

use super::{IndicatorSheet, ReportData};

impl ReportData {
    /// Adds every current translation of `languages` to the report's texts.
    pub fn add_translations(&mut self, languages: &[ContentTranslations]) {
        for translations in languages {
            let add = |text: &mut Text, key: String| add(text, &key, translations);
            add(&mut self.title, keys::concept_title());
            if let Some(subtitle) = &mut self.subtitle {
                add(subtitle, keys::concept_subtitle());
            }
            for section in &mut self.concept.sections {
                add_section(section, translations);
            }
            for field in &mut self.summary.fields_without_measure {
                add(&mut field.title, keys::field_title(&field.slug));
                for recommendation in &mut field.recommendations {
                    add(
                        &mut recommendation.text,
                        keys::recommendation(&recommendation.id),
                    );
                }
            }
            for gap in &mut self.summary.gaps {
                add(&mut gap.title, keys::indicator_title(&gap.indicator));
            }
            for measure in self
                .summary
                .completed
                .iter_mut()
                .chain(self.summary.stopped.iter_mut())
            {
                add(&mut measure.title, keys::measure_title(measure.id));
            }
            for field in &mut self.fields {
                add(&mut field.title, keys::field_title(&field.slug));
                if let Some(intro) = &mut field.intro {
                    add(intro, keys::field_intro(&field.slug));
                }
                for recommendation in &mut field.recommendations {
                    add(
                        &mut recommendation.text,
                        keys::recommendation(&recommendation.id),
                    );
                }
                for measure in &mut field.measures {
                    add(&mut measure.title, keys::measure_title(measure.id));
                    add(
                        &mut measure.description,
                        keys::measure_description(measure.id),
                    );
                }
            }
            for source in &mut self.method.sources {
                add(&mut source.title, keys::indicator_title(&source.indicator));
            }
            for sheet in &mut self.indicators {
                add_indicator(&mut sheet.indicator, translations);
            }
        }
    }
}

impl IndicatorSheet {
    /// Adds every current translation of `languages` to the sheet's texts.
    pub fn add_translations(&mut self, languages: &[ContentTranslations]) {
        for translations in languages {
            add_indicator(&mut self.indicator, translations);
        }
    }
}

fn add_section(section: &mut Section, translations: &ContentTranslations) {
    add(
        &mut section.heading,
        &keys::section_heading(&section.id),
        translations,
    );
    if let Some(intro) = &mut section.intro {
        add(intro, &keys::section_intro(&section.id), translations);
    }
    for statement in &mut section.items {
        add(
            &mut statement.text,
            &keys::statement(&section.id, &statement.id),
            translations,
        );
    }
}

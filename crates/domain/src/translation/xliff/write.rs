//! Writing one language's texts as XLIFF 2.0. A missing text is a unit without target
//! (`state="initial"`); an outdated one too, with the old German and the old translation as
//! notes, so that importing an unchanged export never marks an outdated translation current.

use std::fmt::Write as _;

use super::{
    NAMESPACE, NOTE_OLD_SOURCE, NOTE_OLD_TARGET, SUB_STATE_HUMAN, SUB_STATE_MACHINE_ASSISTED,
};
use crate::translation::{ContentText, Origin, TextState};

/// The XLIFF 2.0 document of `texts` (one language's, as [`crate::translation::text_states`]
/// gives them) for `city`.
pub fn write_xliff(city: &str, language: &str, texts: &[ContentText]) -> String {
    let mut out = String::new();
    out.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<xliff xmlns=\"{NAMESPACE}\" version=\"2.0\" srcLang=\"de\" trgLang=\"{}\">",
        attribute(language)
    );
    // Texts are compared byte for byte (the source version): tools must keep their spaces.
    let _ = writeln!(
        out,
        "  <file id=\"{}\" xml:space=\"preserve\">",
        attribute(city)
    );
    for text in texts {
        let _ = writeln!(out, "    <unit id=\"{}\">", attribute(&text.key));
        let translation = text.translation.as_ref();
        match (text.state, translation) {
            (TextState::Current, Some(translation)) => {
                let sub_state = match translation.origin {
                    Origin::Human => Some(SUB_STATE_HUMAN),
                    Origin::MachineAssisted => Some(SUB_STATE_MACHINE_ASSISTED),
                    Origin::Imported => None,
                };
                match sub_state {
                    Some(sub_state) => {
                        let _ = writeln!(
                            out,
                            "      <segment state=\"translated\" subState=\"{sub_state}\">"
                        );
                    }
                    None => out.push_str("      <segment state=\"translated\">\n"),
                }
                let _ = writeln!(out, "        <source>{}</source>", content(&text.german));
                let _ = writeln!(
                    out,
                    "        <target>{}</target>",
                    content(&translation.text)
                );
            }
            (_, translation) => {
                if let Some(old) = translation.filter(|_| text.state == TextState::Outdated) {
                    out.push_str("      <notes>\n");
                    let _ = writeln!(
                        out,
                        "        <note category=\"{NOTE_OLD_SOURCE}\">{}</note>",
                        note(&old.source_text)
                    );
                    let _ = writeln!(
                        out,
                        "        <note category=\"{NOTE_OLD_TARGET}\">{}</note>",
                        note(&old.text)
                    );
                    out.push_str("      </notes>\n");
                }
                out.push_str("      <segment state=\"initial\">\n");
                let _ = writeln!(out, "        <source>{}</source>", content(&text.german));
            }
        }
        out.push_str("      </segment>\n    </unit>\n");
    }
    out.push_str("  </file>\n</xliff>\n");
    out
}

/// Characters XML 1.0 cannot carry at all, not even as a reference.
fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// A source or target text: markup escaped, a carriage return as a reference (a parser would
/// turn a literal one into a line feed), characters XML cannot carry as XLIFF's `<cp>`.
fn content(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\r' => out.push_str("&#13;"),
            c if !is_xml_char(c) => {
                let _ = write!(out, "<cp hex=\"{:04X}\"/>", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// A note's text: as [`content`], but notes hold no markup, so impossible characters become
/// U+FFFD (a note only informs the translator).
fn note(text: &str) -> String {
    let replaced: String = text
        .chars()
        .map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' })
        .collect();
    content(&replaced)
}

fn attribute(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            c if !is_xml_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

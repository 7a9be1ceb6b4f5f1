//! Text the report's fonts can draw and PDF/UA-1 accepts: characters no font has are
//! replaced, and charts with Arabic letters get their text drawn as outlines.

use crate::world;

/// Text the embedded fonts can print: PDF/UA-1 refuses a glyph no font has, and one emoji or
/// Chinese character in a measure's title must not fail the whole report. KERN's Noto Sans has
/// no U+2212 MINUS SIGN, which number formatting may write for negative values; the
/// hyphen-minus reads the same. Any other character without a glyph becomes U+FFFD if a font
/// has that, else `?`. Control characters and white space pass (typst lays them out without a
/// glyph; JSON escapes the controls). Applied to JSON and SVG text alike: their syntax is ASCII,
/// which the fonts cover.
pub(crate) fn printable(text: &str) -> String {
    let replacement = if world::has_glyph('\u{FFFD}') {
        '\u{FFFD}'
    } else {
        '?'
    };
    text.chars()
        .filter_map(|c| match c {
            '\u{2212}' => Some('-'),
            // Variation selectors choose an emoji's look; the fonts have no emoji.
            '\u{FE00}'..='\u{FE0F}' => None,
            c if c.is_ascii() || c.is_control() || c.is_whitespace() || is_format(c) => Some(c),
            c if world::has_glyph(c) => Some(c),
            _ => Some(replacement),
        })
        .collect()
}

/// [`printable`] on every string of the template's data except alternative texts (`alt`):
/// those are read out, not drawn, so they keep every character (an arrow `→` included).
pub(crate) fn printable_json(value: &mut serde_json::Value, is_alt: bool) {
    match value {
        serde_json::Value::String(text) if !is_alt => *text = printable(text),
        serde_json::Value::Array(items) => {
            items
                .iter_mut()
                .for_each(|item| printable_json(item, false));
        }
        serde_json::Value::Object(map) => {
            for (key, item) in map.iter_mut() {
                printable_json(item, key == "alt");
            }
        }
        _ => {}
    }
}

/// A chart's SVG as typst can put it into a PDF/UA-1 document. Two limits meet with Arabic
/// text (issue 14): usvg (which draws SVG text for typst) falls back from the chart's font glyph
/// by glyph and gives up when the fallback shapes a different number of glyphs, which Arabic
/// ligatures do — a `<tspan font-family="Noto Sans Arabic">` per run fixes that — but krilla
/// then cannot map the shaped Arabic glyphs back to their characters, and PDF/UA-1 refuses the
/// document ("text with missing codepoints"). So a chart with Arabic letters has its text drawn
/// as outlines ([`crate::outline`]); the figure's alternative text and the table under it carry
/// the words for screen readers, as for every chart. Should that fail, the Arabic letters are
/// left out rather than the report.
pub(crate) fn chart_svg(svg: &str) -> String {
    let svg = printable(svg);
    if !svg.chars().any(is_arabic) {
        return svg;
    }
    crate::outline::text_as_outlines(&arabic_runs(&svg, true))
        .unwrap_or_else(|| arabic_runs(&svg, false))
}

fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Each run of Arabic letters in the SVG's `<text>`: put in its own span (`wrap`) or left out.
fn arabic_runs(svg: &str, wrap: bool) -> String {
    let arabic = is_arabic;
    let mut out = String::with_capacity(svg.len());
    let mut depth = 0usize; // inside how many <text> elements
    let mut run = String::new(); // Arabic letters and the spaces between them, not yet written
    let mut rest = svg;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            let end = rest.find('>').map_or(rest.len(), |i| i + 1);
            let tag = &rest[..end];
            flush_run(&mut out, &mut run, wrap);
            if tag.starts_with("<text") && !tag.ends_with("/>") {
                depth += 1;
            } else if tag.starts_with("</text") {
                depth = depth.saturating_sub(1);
            }
            out.push_str(tag);
            rest = &rest[end..];
            continue;
        }
        if depth > 0 && (arabic(c) || (c == ' ' && !run.is_empty())) {
            run.push(c);
        } else {
            flush_run(&mut out, &mut run, wrap);
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    flush_run(&mut out, &mut run, wrap);
    out
}

fn flush_run(out: &mut String, run: &mut String, wrap: bool) {
    if run.is_empty() {
        return;
    }
    let letters = run.trim_end_matches(' ');
    if wrap {
        out.push_str("<tspan font-family=\"Noto Sans Arabic\">");
        out.push_str(letters);
        out.push_str("</tspan>");
    }
    out.push_str(&run[letters.len()..]);
    run.clear();
}

/// Invisible formatting characters typst uses for shaping and direction, not drawn as glyphs:
/// zero-width (non-)joiner, direction marks and embeddings, word joiner, isolates.
fn is_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_characters_are_replaced_and_known_ones_kept() {
        let replaced = printable("a 🎉\u{FE0F} 中 \u{2212}1 ü Ж مرحبا \u{2068}x\u{2069}");
        let r = if world::has_glyph('\u{FFFD}') {
            '\u{FFFD}'
        } else {
            '?'
        };
        assert_eq!(
            replaced,
            format!("a {r} {r} -1 ü Ж مرحبا \u{2068}x\u{2069}")
        );
    }

    #[test]
    fn alternative_texts_keep_every_character() {
        let mut value = serde_json::json!({"alt": "2020 → 2024 🎉", "title": ["→ 🎉"]});
        printable_json(&mut value, false);
        assert_eq!(value["alt"], "2020 → 2024 🎉");
        assert_ne!(value["title"][0], "→ 🎉");
    }

    #[test]
    fn arabic_runs_in_chart_text_get_their_own_font() {
        let svg = "<svg><title>عنوان</title><text x=\"1\">الأجانب 13.1</text></svg>";
        assert_eq!(
            arabic_runs(svg, true),
            "<svg><title>عنوان</title><text x=\"1\"><tspan font-family=\"Noto Sans Arabic\">\
             الأجانب</tspan> 13.1</text></svg>"
        );
        assert_eq!(
            arabic_runs(svg, false),
            "<svg><title>عنوان</title><text x=\"1\"> 13.1</text></svg>"
        );
    }

    #[test]
    fn a_chart_with_arabic_text_has_outlines_instead_of_text() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 40\" \
                   font-family=\"Fira Sans, sans-serif\"><text x=\"10\" y=\"20\">\
                   الأجانب 13.1</text></svg>";
        let drawn = chart_svg(svg);
        assert!(!drawn.contains("<text"), "{drawn}");
        assert!(drawn.contains("<path"), "{drawn}");
        let latin = "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>Total 13.1</text></svg>";
        assert_eq!(chart_svg(latin), latin);
    }
}

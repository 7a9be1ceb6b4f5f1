//! Comparing the words of a file with the words of the catalogue: folded to lower-case ASCII
//! (`Ausländer/-innen` → `auslaender innen`), split into tokens, compared by containment and
//! character trigrams so that `Abgänge` finds `Schulabgänge`.

/// `text` in lower case with umlauts and ß spelled out and every other character that is not a
/// letter or digit as one space: `Ausländer/-innen` → `auslaender innen`.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for character in text.chars().flat_map(char::to_lowercase) {
        let spelled: &str = match character {
            'ä' => "ae",
            'ö' => "oe",
            'ü' => "ue",
            'ß' => "ss",
            'é' | 'è' | 'ê' => "e",
            'á' | 'à' | 'â' => "a",
            _ => "",
        };
        if !spelled.is_empty() {
            out.push_str(spelled);
            space = false;
        } else if character.is_alphanumeric() && character.is_ascii() {
            out.push(character);
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    out.trim_end().to_owned()
}

/// Words that say nothing about which indicator a text means.
const STOPWORDS: &[&str] = &[
    "und", "der", "die", "das", "des", "den", "dem", "in", "im", "von", "vom", "auf", "an", "am",
    "zu", "zur", "zum", "fuer", "the", "of", "a", "and", "for", "csv", "xlsx", "xls", "flat",
    "genesis", "alt", "neu", "tabelle", "demo", "daten", "anteil", "quote", "stadt", "je",
];

/// The tokens of `text` that carry meaning (folded, without stop words, single letters and
/// numbers of more than two digits).
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(' ')
        .filter(|token| {
            // Small numbers tell `3-6` from `u3`; years and codes say nothing of the indicator.
            if token.is_empty() {
                false
            } else if token.chars().all(|c| c.is_ascii_digit()) {
                token.len() <= 2
            } else {
                token.len() >= 2 && !STOPWORDS.contains(token)
            }
        })
        .map(ToOwned::to_owned)
        .collect()
}

/// How alike two tokens are, 0 to 1: equal 1; one inside the other (at least four letters)
/// 0.6 and more by length; otherwise the Dice coefficient of their character trigrams.
pub fn token_similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.len() >= 4 && long.contains(short) {
        return 0.6 + 0.4 * short.len() as f64 / long.len() as f64;
    }
    let grams = |text: &str| -> Vec<String> {
        let padded: Vec<char> = format!(" {text} ").chars().collect();
        padded
            .windows(3)
            .map(|window| window.iter().collect())
            .collect()
    };
    // Not both empty: equal texts returned above, and a text of one letter has one trigram.
    let (left, right) = (grams(a), grams(b));
    let mut unmatched = right.clone();
    let mut shared = 0usize;
    for gram in &left {
        if let Some(index) = unmatched.iter().position(|other| other == gram) {
            unmatched.swap_remove(index);
            shared += 1;
        }
    }
    2.0 * shared as f64 / (left.len() + right.len()) as f64
}

/// How much two texts mean the same, 0 to 1: tokens of `a` matched to their best token in `b`
/// (only matches of at least one half count), as a share of the tokens of both.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (left, right) = (tokens(a), tokens(b));
    let total = left.len() + right.len();
    if total == 0 {
        return 0.0;
    }
    let matched: f64 = left
        .iter()
        .map(|token| {
            right
                .iter()
                .map(|other| token_similarity(token, other))
                .fold(0.0, f64::max)
        })
        .filter(|best| *best >= 0.5)
        .sum();
    (2.0 * matched / total as f64).min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_german_text() {
        assert_eq!(fold("Ausländer/-innen"), "auslaender innen");
        assert_eq!(fold("  Größe  & Maß "), "groesse mass");
        assert_eq!(fold("männlich"), "maennlich");
        assert_eq!(fold("Übergang"), "uebergang");
        assert_eq!(fold("é"), "e");
        assert_eq!(fold("Café à la Málaga"), "cafe a la malaga");
        assert_eq!(fold(""), "");
    }

    #[test]
    fn tokens_leave_out_stop_words_and_numbers() {
        assert_eq!(
            tokens("Anteil der Übergänge auf das Gymnasium 2021"),
            ["uebergaenge", "gymnasium"]
        );
        assert_eq!(tokens("kita-u3-quote.csv"), ["kita", "u3"]);
        assert!(tokens("").is_empty());
        assert!(tokens(" - ").is_empty());
        assert_eq!(tokens("kita-3-6-quote 2021 05711 m"), ["kita", "3", "6"]);
    }

    #[test]
    fn tokens_are_alike_by_containment_and_trigrams() {
        assert_eq!(token_similarity("kita", "kita"), 1.0);
        let inside = token_similarity("abgaenge", "schulabgaenge");
        assert!((inside - (0.6 + 0.4 * 8.0 / 13.0)).abs() < 1e-9, "{inside}");
        assert_eq!(
            token_similarity("abc", "xabcx"),
            token_similarity("xabcx", "abc")
        );
        assert!(token_similarity("abc", "xabcx") < 0.6);
        let near = token_similarity("uebergang", "uebergaenge");
        assert!(near > 0.5 && near < 0.9, "{near}");
        assert_eq!(token_similarity("kita", "zug"), 0.0);
    }

    #[test]
    fn texts_that_mean_the_same_are_alike() {
        assert_eq!(similarity("kita-u3-quote", "kita-u3-quote"), 1.0);
        let exact = similarity("gymnasium-uebergang-klassisch", "gymnasium-uebergang");
        assert!((exact - 0.8).abs() < 1e-9, "{exact}");
        let right = similarity(
            "Anteil Abgänge ohne Hauptschulabschluss",
            "Schulabgänge ohne Abschluss",
        );
        let wrong = similarity(
            "Anteil Abgänge ohne Hauptschulabschluss",
            "Schulabgänge mit Hochschulreife",
        );
        assert!(right > 0.8 && wrong < 0.4, "{right} {wrong}");
        assert_eq!(similarity("", "kita"), 0.0);
        assert_eq!(similarity("kita", ""), 0.0);
        assert_eq!(similarity("", ""), 0.0);
        assert_eq!(token_similarity("", "kita"), 0.0);
        assert_eq!(token_similarity("", ""), 1.0);
        assert_eq!(similarity("kita", "und"), 0.0);
        assert_eq!(similarity("kita", "zug"), 0.0);
    }
}

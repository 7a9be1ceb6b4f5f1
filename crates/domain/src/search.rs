//! Normalisation for searching German texts: case, umlauts and ß do not matter.

/// Folds `text` so that "Geflüchtete", "GEFLUCHTETE" and "gefluechtete" compare equal and
/// "Straßenfußball" matches "strassenfussball". Everything that is not a letter or digit
/// becomes a single space, so punctuation and hyphenation do not hide a word.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    let mut pending_space = false;
    for character in text.chars().flat_map(char::to_lowercase) {
        let replacement: &str = match character {
            'ä' | 'à' | 'á' | 'â' => "a",
            'ö' | 'ó' | 'ô' => "o",
            'ü' | 'ú' | 'û' => "u",
            'é' | 'è' | 'ê' => "e",
            'ß' => "ss",
            _ => "",
        };
        if !replacement.is_empty() || character.is_alphanumeric() {
            if pending_space && !folded.is_empty() {
                folded.push(' ');
            }
            pending_space = false;
            if replacement.is_empty() {
                folded.push(character);
            } else {
                folded.push_str(replacement);
            }
        } else {
            pending_space = true;
        }
    }
    // "ue" written for "ü" must match too: fold both spellings to the bare vowel.
    folded
        .replace("ae", "a")
        .replace("oe", "o")
        .replace("ue", "u")
}

/// Searches read at most this many characters of a query…
pub const MAX_QUERY_CHARS: usize = 200;
/// …and at most this many distinct words of it; the rest is ignored. Each word is one more
/// condition in the database query, so an unbounded number would let one request build a query
/// the database refuses (SQLite's expression depth) or spends long on.
pub const MAX_SEARCH_WORDS: usize = 10;

/// The folded words a search looks for: from the first [`MAX_QUERY_CHARS`] characters of
/// `query`, without repeats, at most [`MAX_SEARCH_WORDS`].
pub fn search_words(query: &str) -> Vec<String> {
    let head: String = query.chars().take(MAX_QUERY_CHARS).collect();
    let mut words: Vec<String> = Vec::new();
    for word in fold(&head).split(' ').filter(|word| !word.is_empty()) {
        if words.len() == MAX_SEARCH_WORDS {
            break;
        }
        if !words.iter().any(|known| known == word) {
            words.push(word.to_owned());
        }
    }
    words
}

#[cfg(test)]
mod tests {
    use super::{MAX_SEARCH_WORDS, fold, search_words};

    #[test]
    fn searches_are_capped_in_words_and_length() {
        let many = (0..1000)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join(" ");
        let words = search_words(&many);
        assert_eq!(words.len(), MAX_SEARCH_WORDS);
        assert_eq!(words[0], "w0");
        assert_eq!(search_words("Sport sport SPORT"), vec!["sport"]);
        assert_eq!(search_words(&"x".repeat(100_000))[0].len(), 200);
    }

    #[test]
    fn umlauts_case_and_sharp_s() {
        assert_eq!(fold("Geflüchtete"), fold("GEFLUECHTETE"));
        assert_eq!(fold("Straßenfußball"), "strassenfussball");
        assert_eq!(
            fold("Kinder- und Jugendarbeit (KJA)"),
            "kinder und jugendarbeit kja"
        );
    }

    #[test]
    fn arabic_letters_survive() {
        assert_eq!(fold("الوساطة اللغوية"), "الوساطة اللغوية");
    }
}

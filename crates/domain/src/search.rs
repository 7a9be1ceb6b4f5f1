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

#[cfg(test)]
mod tests {
    use super::fold;

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

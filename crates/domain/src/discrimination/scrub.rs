//! Scrubbing free text of e-mail addresses and phone numbers before it is stored: the optional
//! notes of a case and the text of a public report may name the person, but contact details
//! belong only in the (encrypted) contact field. Pure; a false alarm (a long file number
//! replaced) costs less than a phone number kept, but dates, years, amounts and ordinary
//! numbers stay.

/// What an e-mail address is replaced with.
pub const EMAIL: &str = "[E-Mail entfernt]";
/// What a phone number is replaced with.
pub const PHONE: &str = "[Telefonnummer entfernt]";

/// The scrubbed text and how much was removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scrubbed {
    pub text: String,
    pub emails: usize,
    pub phones: usize,
}

/// Replaces e-mail addresses (also written with `(at)` or `[at]`) and phone numbers (national
/// `0521 …`, international `+49 …` or `0049 …`, with spaces, hyphens, slashes, dots and
/// brackets) by [`EMAIL`] and [`PHONE`].
///
/// A run of digits and separators is a phone number when, and only when, it is not a date
/// (`12.03.2024`, `2024-03-12`, `3/2024`, a range of them), a year range (`2019-2024`), an
/// amount with thousands separators (`1.500.000`) or a decimal (`3,5`), and it has 7–15 digits
/// after a `+`, 6–16 digits starting with `0`, or otherwise 9–15 digits.
pub fn scrub(text: &str) -> Scrubbed {
    let (text, emails) = scrub_emails(text);
    let (text, phones) = scrub_phones(&text);
    Scrubbed {
        text,
        emails,
        phones,
    }
}

fn is_local(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-' | '\'')
}

fn is_domain(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-')
}

/// The length in chars of an "at" at `i`: `@`, `(at)`, `[at]`, ` (at) `, ` [at] ` (any case).
fn at_sign(chars: &[char], i: usize) -> Option<(usize, usize)> {
    if chars.get(i) == Some(&'@') {
        return Some((i, 1));
    }
    let spelled = |start: usize| -> Option<usize> {
        let word: String = chars.get(start..start + 4)?.iter().collect();
        matches!(word.to_lowercase().as_str(), "(at)" | "[at]").then_some(4)
    };
    if chars.get(i) == Some(&' ') {
        let length = spelled(i + 1)?;
        let trailing = usize::from(chars.get(i + 1 + length) == Some(&' '));
        return Some((i, 1 + length + trailing));
    }
    spelled(i).map(|length| (i, length))
}

fn scrub_emails(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    // Everything before `copied` is in `out`.
    let mut copied = 0;
    let mut i = 0;
    while i < chars.len() {
        let Some((at, length)) = at_sign(&chars, i) else {
            i += 1;
            continue;
        };
        let mut left = at;
        while left > copied && chars.get(left - 1).copied().is_some_and(is_local) {
            left -= 1;
        }
        let mut right = at + length;
        while chars.get(right).copied().is_some_and(is_domain) {
            right += 1;
        }
        // A sentence's full stop or a hyphen ends the address, not the domain.
        while right > at + length && matches!(chars.get(right - 1), Some('.' | '-')) {
            right -= 1;
        }
        let local: String = chars.get(left..at).unwrap_or_default().iter().collect();
        let domain: String = chars
            .get(at + length..right)
            .unwrap_or_default()
            .iter()
            .collect();
        let labels: Vec<&str> = domain.split('.').collect();
        let valid = !local.is_empty()
            && !local.starts_with('.')
            && labels.len() >= 2
            && labels.iter().all(|label| !label.is_empty())
            && labels.last().is_some_and(|tld| {
                tld.chars().count() >= 2 && tld.chars().all(char::is_alphabetic)
            });
        if valid {
            out.extend(chars.get(copied..left).unwrap_or_default());
            out.push_str(EMAIL);
            copied = right;
            count += 1;
            i = right;
        } else {
            i = at + length;
        }
    }
    out.extend(chars.get(copied..).unwrap_or_default());
    (out, count)
}

fn in_number(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '+' | '(' | ')' | '/' | '.' | '-')
}

fn scrub_phones(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut count = 0;
    let mut i = 0;
    while i < chars.len() {
        let c = chars.get(i).copied().unwrap_or(' ');
        let starts = (c.is_ascii_digit() || c == '+' || c == '(')
            && !i
                .checked_sub(1)
                .and_then(|p| chars.get(p))
                .is_some_and(|p| p.is_alphanumeric() || in_number(*p));
        if !starts {
            out.push(c);
            i += 1;
            continue;
        }
        // The run: number characters and single spaces before more of them.
        let mut end = i;
        while let Some(&next) = chars.get(end) {
            if in_number(next)
                || (next == ' '
                    && end > i
                    && chars.get(end - 1) != Some(&' ')
                    && chars.get(end + 1).copied().is_some_and(in_number))
            {
                end += 1;
            } else {
                break;
            }
        }
        // The run ends with its last digit.
        while end > i && !chars.get(end - 1).is_some_and(char::is_ascii_digit) {
            end -= 1;
        }
        if end == i {
            out.push(c);
            i += 1;
            continue;
        }
        let run: String = chars.get(i..end).unwrap_or_default().iter().collect();
        let (scrubbed, found) = phones_in_run(&run);
        out.push_str(&scrubbed);
        count += found;
        i = end;
    }
    (out, count)
}

/// Scrubs the phone numbers of one run: the longest phone number starting at each space-
/// separated chunk (up to eight chunks), so that a date before a number stays.
fn phones_in_run(run: &str) -> (String, usize) {
    let chunks: Vec<&str> = run.split(' ').collect();
    let mut out: Vec<String> = Vec::new();
    let mut count = 0;
    let mut k = 0;
    while k < chunks.len() {
        // A date is never part of a phone number, nor does one start with a year.
        let starts_with_year = chunks.get(k).is_some_and(|chunk| year_like(chunk));
        let longest = (k..chunks.len().min(k + 8)).rev().find(|&m| {
            chunks.get(k..=m).is_some_and(|span| {
                !starts_with_year
                    && !span.iter().any(|chunk| is_date(chunk))
                    && is_phone(&span.join(" "))
            })
        });
        match longest {
            Some(m) => {
                out.push(PHONE.to_owned());
                count += 1;
                k = m + 1;
            }
            None => {
                out.push(chunks.get(k).copied().unwrap_or_default().to_owned());
                k += 1;
            }
        }
    }
    (out.join(" "), count)
}

fn year_like(group: &str) -> bool {
    group.len() == 4 && (group.starts_with("19") || group.starts_with("20"))
}

fn date_like(groups: &[&str], separators: &[&str]) -> bool {
    let same = |allowed: &[&str]| {
        separators
            .first()
            .is_some_and(|first| allowed.contains(first) && separators.iter().all(|s| s == first))
    };
    let short = |g: &&str| (1..=2).contains(&g.len());
    match groups {
        // 12.03.2024, 12/03/24, 12-03-2024
        [d, m, y] if short(d) && short(m) && (y.len() == 2 || year_like(y)) => {
            same(&[".", "/", "-"])
        }
        // 2024-03-12
        [y, m, d] if year_like(y) && short(m) && short(d) => same(&["-", "/", "."]),
        // 3/2024, 03.2024, 2024-03, and year ranges 2019-2024, 2019/20
        [m, y] if short(m) && year_like(y) => same(&[".", "/", "-"]),
        [y, m] if year_like(y) && short(m) => same(&["-", "/"]),
        [a, b] if year_like(a) && year_like(b) => same(&["-", "/"]),
        // 12.03.
        [d, m] if short(d) && short(m) => same(&["."]),
        _ => false,
    }
}

fn is_phone(run: &str) -> bool {
    // Digit groups and what stands between them (spaces ignored).
    let mut groups: Vec<&str> = Vec::new();
    let mut separators: Vec<&str> = Vec::new();
    let mut rest = run;
    let mut first_separator = true;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits > 0 {
            groups.push(rest.get(..digits).unwrap_or_default());
            rest = rest.get(digits..).unwrap_or_default();
            first_separator = false;
        }
        let other = rest
            .find(|c: char| c.is_ascii_digit())
            .unwrap_or(rest.len());
        if other > 0 {
            let separator = rest.get(..other).unwrap_or_default().trim();
            if !first_separator && other < rest.len() {
                separators.push(if separator.is_empty() { " " } else { separator });
            }
            rest = rest.get(other..).unwrap_or_default();
        }
    }
    let digits: usize = groups.iter().map(|g| g.len()).sum();
    if date_like(&groups, &separators) {
        return false;
    }
    // A range of dates: 01.03.2024-05.03.2024.
    if run.contains('-') {
        let parts: Vec<&str> = run.split('-').map(str::trim).collect();
        if parts.len() == 2 && parts.iter().all(|part| is_date(part)) {
            return false;
        }
    }
    // 1.500.000 and 1,500,000; 3,5 and 12,75.
    let thousands = groups.len() >= 2
        && groups
            .first()
            .is_some_and(|g| (1..=3).contains(&g.len()) && !g.starts_with('0'))
        && groups.iter().skip(1).all(|g| g.len() == 3)
        && separators.first().is_some_and(|first| {
            (*first == "." || *first == ",") && separators.iter().all(|s| s == first)
        });
    let decimal = groups.len() == 2 && separators == [","];
    if thousands || decimal {
        return false;
    }
    let international = run.trim_start_matches('(').starts_with('+');
    if international {
        (7..=15).contains(&digits)
    } else if groups.first().is_some_and(|g| g.starts_with('0')) {
        (6..=16).contains(&digits)
    } else {
        (9..=15).contains(&digits)
    }
}

fn is_date(text: &str) -> bool {
    let groups: Vec<&str> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|g| !g.is_empty())
        .collect();
    let separators: Vec<&str> = text
        .split(|c: char| c.is_ascii_digit())
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    let inner: Vec<&str> = separators
        .iter()
        .copied()
        .take(groups.len().saturating_sub(1))
        .collect();
    date_like(&groups, &inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scrubbed(text: &str) -> String {
        scrub(text).text
    }

    #[test]
    fn email_addresses_are_removed_wherever_they_stand() {
        for (text, expected) in [
            ("Mail: anna.schmidt@example.org", "Mail: [E-Mail entfernt]"),
            ("(a_b+tag@mail.example.co.uk).", "([E-Mail entfernt])."),
            (
                "Schreiben Sie an x@y.de.",
                "Schreiben Sie an [E-Mail entfernt].",
            ),
            ("ayşe.yılmaz@örnek.com.tr bitte", "[E-Mail entfernt] bitte"),
            ("anna (at) example.org", "[E-Mail entfernt]"),
            ("anna[at]example.org", "[E-Mail entfernt]"),
            (
                "zwei: a@b.de, c@d.eu",
                "zwei: [E-Mail entfernt], [E-Mail entfernt]",
            ),
        ] {
            assert_eq!(scrubbed(text), expected, "{text}");
        }
        assert_eq!(scrub("a@b.de und c@d.de").emails, 2);
    }

    #[test]
    fn at_signs_that_are_no_address_stay() {
        for text in [
            "Treffen @ Rathaus",
            "@handle schrieb",
            "x@localhost",
            "a@b.c",
            "preis@12.50",
            "Wir waren (at) home",
        ] {
            assert_eq!(scrubbed(text), text, "{text}");
            assert_eq!(scrub(text).emails, 0, "{text}");
        }
    }

    #[test]
    fn phone_numbers_in_national_and_international_formats_are_removed() {
        for number in [
            "0521 512345",
            "0521/51-2345",
            "(0521) 51 23 45",
            "0521-512345",
            "0170 1234567",
            "01701234567",
            "+49 521 512345",
            "+49 (0)521 51-2345",
            "+49-521-512345",
            "0049 521 512345",
            "+4952151234",
            "+90 532 123 45 67",
            "+44 20 7946 0958",
            "+1 (555) 123-4567",
            "+33 1 23 45 67 89",
            "+380 44 123 4567",
            "+7 495 123-45-67",
            "+48 12 345 67 89",
            "+963 11 123 4567",
            "555 123 4567",
            "0521.51.23.45",
        ] {
            let text = format!("Rückruf unter {number}, danke");
            let result = scrub(&text);
            assert_eq!(
                result.text, "Rückruf unter [Telefonnummer entfernt], danke",
                "{number}"
            );
            assert_eq!(result.phones, 1, "{number}");
        }
    }

    #[test]
    fn years_dates_amounts_and_ordinary_numbers_stay() {
        for text in [
            "Im Jahr 2024 passierte es.",
            "am 12.03.2024 um 10:30 Uhr",
            "am 1.3.24 und am 2024-03-12",
            "im März 03/2024 und 3.2024",
            "von 2019-2024 und 2019/2020",
            "vom 01.03.2024-05.03.2024",
            "vom 01.03.2024 - 05.03.2024",
            "am 12.03. vormittags",
            "1.500.000 Euro und 2,500,000",
            "3,5 Prozent, 12,75 €",
            "33602 Bielefeld",
            "Zimmer 101, Haus 7",
            "Kinder von 3, 5 und 7 Jahren",
            "Aktenzeichen 12/2024",
            "Linie 2 4 1",
            "123456",
            "Tel. 110",
        ] {
            assert_eq!(scrubbed(text), text, "{text}");
            assert_eq!(scrub(text).phones, 0, "{text}");
        }
    }

    #[test]
    fn a_date_next_to_a_number_stays_while_the_number_goes() {
        assert_eq!(
            scrubbed("Am 12.03.2024 0521 512345 angerufen"),
            "Am 12.03.2024 [Telefonnummer entfernt] angerufen"
        );
        assert_eq!(
            scrubbed("Tel.: +49 521 512345 oder anna@example.org (2024)"),
            "Tel.: [Telefonnummer entfernt] oder [E-Mail entfernt] (2024)"
        );
    }

    #[test]
    fn text_without_contact_details_is_unchanged() {
        let text = "Mir wurde die Wohnung wegen meines Namens nicht vermietet. اسمي";
        assert_eq!(
            scrub(text),
            Scrubbed {
                text: text.to_owned(),
                emails: 0,
                phones: 0
            }
        );
        assert_eq!(scrubbed(""), "");
    }
}

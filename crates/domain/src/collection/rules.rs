//! Validation rules in DHIS2's shape: a left and a right expression over
//! `#{element.combo}` references (with `*` as a wildcard summing every matching option
//! combination) and constants, an operator, a missing-value strategy per side and an
//! importance. Evaluation takes the form's values and decides passed, violated or skipped.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Compares the two sides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operator {
    EqualTo,
    NotEqualTo,
    GreaterThan,
    GreaterThanOrEqualTo,
    LessThan,
    LessThanOrEqualTo,
    /// Both sides have a value, or neither has.
    CompulsoryPair,
    /// At most one side has a value.
    ExclusivePair,
}

impl Operator {
    pub const ALL: [Operator; 8] = [
        Operator::EqualTo,
        Operator::NotEqualTo,
        Operator::GreaterThan,
        Operator::GreaterThanOrEqualTo,
        Operator::LessThan,
        Operator::LessThanOrEqualTo,
        Operator::CompulsoryPair,
        Operator::ExclusivePair,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Operator::EqualTo => "equal_to",
            Operator::NotEqualTo => "not_equal_to",
            Operator::GreaterThan => "greater_than",
            Operator::GreaterThanOrEqualTo => "greater_than_or_equal_to",
            Operator::LessThan => "less_than",
            Operator::LessThanOrEqualTo => "less_than_or_equal_to",
            Operator::CompulsoryPair => "compulsory_pair",
            Operator::ExclusivePair => "exclusive_pair",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|op| op.as_str() == value)
    }

    /// The mathematical sign, for messages (`≤`); the pairs have none.
    pub fn sign(self) -> &'static str {
        match self {
            Operator::EqualTo => "=",
            Operator::NotEqualTo => "≠",
            Operator::GreaterThan => ">",
            Operator::GreaterThanOrEqualTo => "≥",
            Operator::LessThan => "<",
            Operator::LessThanOrEqualTo => "≤",
            Operator::CompulsoryPair => "⇔",
            Operator::ExclusivePair => "⊕",
        }
    }
}

/// What a side does when values it references are missing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum MissingValueStrategy {
    /// Skip the rule if any referenced value is missing (DHIS2's default).
    #[default]
    #[serde(rename = "SKIP_IF_ANY_VALUE_MISSING")]
    SkipIfAnyValueMissing,
    /// Skip only if every referenced value is missing; missing ones count as 0.
    #[serde(rename = "SKIP_IF_ALL_VALUES_MISSING")]
    SkipIfAllValuesMissing,
    /// Never skip; missing values count as 0.
    #[serde(rename = "NEVER_SKIP")]
    NeverSkip,
}

impl MissingValueStrategy {
    pub const ALL: [MissingValueStrategy; 3] = [
        MissingValueStrategy::SkipIfAnyValueMissing,
        MissingValueStrategy::SkipIfAllValuesMissing,
        MissingValueStrategy::NeverSkip,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            MissingValueStrategy::SkipIfAnyValueMissing => "SKIP_IF_ANY_VALUE_MISSING",
            MissingValueStrategy::SkipIfAllValuesMissing => "SKIP_IF_ALL_VALUES_MISSING",
            MissingValueStrategy::NeverSkip => "NEVER_SKIP",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == value)
    }
}

/// How much a violation matters: a high one blocks completing the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    High,
    Medium,
    Low,
}

impl Importance {
    pub fn as_str(self) -> &'static str {
        match self {
            Importance::High => "high",
            Importance::Medium => "medium",
            Importance::Low => "low",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Importance::High, Importance::Medium, Importance::Low]
            .into_iter()
            .find(|i| i.as_str() == value)
    }
}

/// One summand of an expression.
#[derive(Debug, Clone, PartialEq)]
pub enum Term {
    /// `#{element}` or `#{element.combo}`; `combo` parts may be `*`. `None` means every
    /// combination of the element.
    Reference {
        element: String,
        combo: Option<String>,
    },
    Constant(f64),
}

/// A sum of terms, each added or subtracted.
#[derive(Debug, Clone, PartialEq)]
pub struct Expression {
    pub terms: Vec<(Sign, Term)>,
    pub source: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
}

impl Expression {
    /// Reads `#{a.x_y} + #{b.*} - 3`. The error says at which character (0-based) it went wrong.
    pub fn parse(source: &str) -> Result<Self, (usize, String)> {
        let mut terms = Vec::new();
        let bytes = source.as_bytes();
        let mut index = 0;
        let mut sign = Sign::Plus;
        let mut expect_term = true;
        while index < bytes.len() {
            let Some(&byte) = bytes.get(index) else { break };
            if byte.is_ascii_whitespace() {
                index += 1;
                continue;
            }
            if expect_term {
                if byte == b'#' {
                    if bytes.get(index + 1) != Some(&b'{') {
                        return Err((index, "expected `{` after `#`".into()));
                    }
                    let close = source[index..]
                        .find('}')
                        .map(|offset| index + offset)
                        .ok_or((index, "the reference is not closed with `}`".to_owned()))?;
                    let inner = &source[index + 2..close];
                    let (element, combo) = match inner.split_once('.') {
                        Some((element, combo)) => (element, Some(combo)),
                        None => (inner, None),
                    };
                    if element.is_empty()
                        || !element
                            .bytes()
                            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
                    {
                        return Err((index, format!("`{inner}` names no data element")));
                    }
                    if let Some(combo) = combo
                        && (combo.is_empty()
                            || !combo.bytes().all(|b| {
                                b.is_ascii_lowercase()
                                    || b.is_ascii_digit()
                                    || b == b'-'
                                    || b == b'_'
                                    || b == b'*'
                            }))
                    {
                        return Err((index, format!("`{combo}` is no option combination")));
                    }
                    terms.push((
                        sign,
                        Term::Reference {
                            element: element.to_owned(),
                            combo: combo.filter(|c| *c != "*").map(str::to_owned),
                        },
                    ));
                    index = close + 1;
                } else if byte.is_ascii_digit() || byte == b'.' {
                    let end = source[index..]
                        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
                        .map_or(source.len(), |offset| index + offset);
                    let number = source[index..end]
                        .parse::<f64>()
                        .map_err(|_| (index, format!("`{}` is no number", &source[index..end])))?;
                    terms.push((sign, Term::Constant(number)));
                    index = end;
                } else {
                    return Err((index, "expected `#{element.combo}` or a number".into()));
                }
                expect_term = false;
            } else {
                sign = match byte {
                    b'+' => Sign::Plus,
                    b'-' => Sign::Minus,
                    _ => return Err((index, "expected `+` or `-`".into())),
                };
                index += 1;
                expect_term = true;
            }
        }
        if expect_term {
            return Err((source.len(), "the expression ends without a term".into()));
        }
        Ok(Expression {
            terms,
            source: source.to_owned(),
        })
    }

    /// Every element the expression references.
    pub fn elements(&self) -> impl Iterator<Item = &str> {
        self.terms.iter().filter_map(|(_, term)| match term {
            Term::Reference { element, .. } => Some(element.as_str()),
            Term::Constant(_) => None,
        })
    }
}

/// Whether the combination `combo` matches `pattern` (parts split by `_`, `*` matches any).
pub fn combo_matches(pattern: &str, combo: &str) -> bool {
    let mut parts = pattern.split('_');
    let mut actual = combo.split('_');
    loop {
        match (parts.next(), actual.next()) {
            (None, None) => return true,
            (Some(p), Some(a)) if p == "*" || p == a => {}
            _ => return false,
        }
    }
}

/// The numbers of one form: element → combination → value. Values that are not numbers
/// (text, choices) are absent here.
pub type Values = BTreeMap<String, BTreeMap<String, f64>>;

/// A validation rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub code: String,
    pub left: Expression,
    pub left_missing: MissingValueStrategy,
    pub operator: Operator,
    pub right: Expression,
    pub right_missing: MissingValueStrategy,
    pub importance: Importance,
    pub text: super::Text,
}

/// The result of one rule on one form.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Passed,
    Violated { left: f64, right: f64 },
    Skipped,
}

/// One side, evaluated: its sum, how many references it had and how many were missing.
struct Side {
    sum: f64,
    references: usize,
    missing: usize,
}

fn side(expression: &Expression, combos: &dyn Fn(&str) -> Vec<String>, values: &Values) -> Side {
    let mut side = Side {
        sum: 0.0,
        references: 0,
        missing: 0,
    };
    for (sign, term) in &expression.terms {
        let amount = match term {
            Term::Constant(number) => *number,
            Term::Reference { element, combo } => {
                let stored = values.get(element);
                let mut amount = 0.0;
                for actual in combos(element) {
                    if combo.as_deref().is_some_and(|p| !combo_matches(p, &actual)) {
                        continue;
                    }
                    side.references += 1;
                    match stored.and_then(|values| values.get(&actual)) {
                        Some(value) => amount += value,
                        None => side.missing += 1,
                    }
                }
                amount
            }
        };
        match sign {
            Sign::Plus => side.sum += amount,
            Sign::Minus => side.sum -= amount,
        }
    }
    side
}

fn skips(strategy: MissingValueStrategy, side: &Side) -> bool {
    match strategy {
        MissingValueStrategy::SkipIfAnyValueMissing => side.missing > 0,
        MissingValueStrategy::SkipIfAllValuesMissing => {
            side.references > 0 && side.missing == side.references
        }
        MissingValueStrategy::NeverSkip => false,
    }
}

/// Tolerance for equal sums of decimals.
const EPSILON: f64 = 1e-9;

impl Rule {
    /// Evaluates the rule. `combos` lists an element's option combinations (the catalogue
    /// knows them); a reference without combination, or with `*`, sums the matching ones.
    pub fn evaluate(&self, combos: &dyn Fn(&str) -> Vec<String>, values: &Values) -> Outcome {
        let left = side(&self.left, combos, values);
        let right = side(&self.right, combos, values);
        let has = |side: &Side| side.references > side.missing;
        let pass = match self.operator {
            Operator::CompulsoryPair => has(&left) == has(&right),
            Operator::ExclusivePair => !(has(&left) && has(&right)),
            comparison => {
                if skips(self.left_missing, &left) || skips(self.right_missing, &right) {
                    return Outcome::Skipped;
                }
                let (l, r) = (left.sum, right.sum);
                match comparison {
                    Operator::EqualTo => (l - r).abs() < EPSILON,
                    Operator::NotEqualTo => (l - r).abs() >= EPSILON,
                    Operator::GreaterThan => l > r + EPSILON,
                    Operator::GreaterThanOrEqualTo => l > r - EPSILON,
                    Operator::LessThan => l < r - EPSILON,
                    Operator::LessThanOrEqualTo => l < r + EPSILON,
                    Operator::CompulsoryPair | Operator::ExclusivePair => true,
                }
            }
        };
        if pass {
            Outcome::Passed
        } else {
            Outcome::Violated {
                left: left.sum,
                right: right.sum,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::collection::Text;

    fn combos(element: &str) -> Vec<String> {
        match element {
            "visitors" => ["female_mh-yes", "female_mh-no", "male_mh-yes", "male_mh-no"]
                .map(str::to_owned)
                .to_vec(),
            _ => vec!["default".to_owned()],
        }
    }

    fn rule(left: &str, operator: Operator, right: &str, missing: MissingValueStrategy) -> Rule {
        Rule {
            code: "r".into(),
            left: Expression::parse(left).unwrap(),
            left_missing: missing,
            operator,
            right: Expression::parse(right).unwrap(),
            right_missing: missing,
            importance: Importance::High,
            text: Text {
                de: "Regel".into(),
                en: "Rule".into(),
            },
        }
    }

    fn values(entries: &[(&str, &str, f64)]) -> Values {
        let mut values = Values::new();
        for (element, combo, value) in entries {
            values
                .entry((*element).to_owned())
                .or_default()
                .insert((*combo).to_owned(), *value);
        }
        values
    }

    /// Visitors 3 + 4 + 5 + 6 = 18 in total; 2 girls-only offers.
    fn full() -> Values {
        values(&[
            ("visitors", "female_mh-yes", 3.0),
            ("visitors", "female_mh-no", 4.0),
            ("visitors", "male_mh-yes", 5.0),
            ("visitors", "male_mh-no", 6.0),
            ("total", "default", 18.0),
            ("offers", "default", 2.0),
        ])
    }

    const ANY: MissingValueStrategy = MissingValueStrategy::SkipIfAnyValueMissing;

    #[test]
    fn each_comparison_passes_and_fails_on_hand_made_values() {
        let v = full();
        let cases = [
            // (left, operator, right, passes)
            ("#{visitors.*}", Operator::EqualTo, "#{total}", true),
            ("#{visitors.*}", Operator::EqualTo, "#{total} + 1", false),
            ("#{visitors}", Operator::NotEqualTo, "17", true),
            ("#{visitors}", Operator::NotEqualTo, "18", false),
            ("#{visitors.*_mh-yes}", Operator::GreaterThan, "7", true),
            ("#{visitors.*_mh-yes}", Operator::GreaterThan, "8", false),
            (
                "#{visitors.female_*}",
                Operator::GreaterThanOrEqualTo,
                "7",
                true,
            ),
            (
                "#{visitors.female_*}",
                Operator::GreaterThanOrEqualTo,
                "7.5",
                false,
            ),
            ("#{visitors.male_mh-no}", Operator::LessThan, "7", true),
            ("#{visitors.male_mh-no}", Operator::LessThan, "6", false),
            (
                "#{visitors.*_mh-yes}",
                Operator::LessThanOrEqualTo,
                "#{total}",
                true,
            ),
            (
                "#{total} - #{visitors.male_*}",
                Operator::LessThanOrEqualTo,
                "6.9",
                false,
            ),
        ];
        for (left, operator, right, passes) in cases {
            let outcome = rule(left, operator, right, ANY).evaluate(&combos, &v);
            assert_eq!(
                outcome == Outcome::Passed,
                passes,
                "{left} {} {right}: {outcome:?}",
                operator.as_str()
            );
        }
        assert_eq!(
            rule("#{visitors.female_*}", Operator::GreaterThan, "8", ANY).evaluate(&combos, &v),
            Outcome::Violated {
                left: 7.0,
                right: 8.0
            }
        );
    }

    #[test]
    fn the_pairs_look_only_at_whether_values_are_there() {
        let with_both = full();
        let only_offers = values(&[("offers", "default", 2.0)]);
        let neither = Values::new();
        let compulsory = rule("#{total}", Operator::CompulsoryPair, "#{offers}", ANY);
        assert_eq!(compulsory.evaluate(&combos, &with_both), Outcome::Passed);
        assert_eq!(compulsory.evaluate(&combos, &neither), Outcome::Passed);
        assert!(matches!(
            compulsory.evaluate(&combos, &only_offers),
            Outcome::Violated { .. }
        ));
        let exclusive = rule("#{total}", Operator::ExclusivePair, "#{offers}", ANY);
        assert!(matches!(
            exclusive.evaluate(&combos, &with_both),
            Outcome::Violated { .. }
        ));
        assert_eq!(exclusive.evaluate(&combos, &only_offers), Outcome::Passed);
        assert_eq!(exclusive.evaluate(&combos, &neither), Outcome::Passed);
    }

    #[test]
    fn each_missing_value_strategy_on_a_form_with_one_value_missing_and_an_empty_one() {
        // One of the four visitor cells is missing: 3 + 4 + 5 = 12 entered, total 18.
        let one_missing = values(&[
            ("visitors", "female_mh-yes", 3.0),
            ("visitors", "female_mh-no", 4.0),
            ("visitors", "male_mh-yes", 5.0),
            ("total", "default", 18.0),
        ]);
        let only_total = values(&[("total", "default", 18.0)]);
        let check = |strategy, values: &Values| {
            rule("#{visitors}", Operator::EqualTo, "#{total}", strategy).evaluate(&combos, values)
        };
        use MissingValueStrategy::*;
        assert_eq!(check(SkipIfAnyValueMissing, &one_missing), Outcome::Skipped);
        assert_eq!(
            check(SkipIfAllValuesMissing, &one_missing),
            Outcome::Violated {
                left: 12.0,
                right: 18.0
            }
        );
        assert_eq!(check(SkipIfAllValuesMissing, &only_total), Outcome::Skipped);
        assert_eq!(
            check(NeverSkip, &only_total),
            Outcome::Violated {
                left: 0.0,
                right: 18.0
            }
        );
        assert_eq!(check(NeverSkip, &full()), Outcome::Passed);
        assert_eq!(check(SkipIfAnyValueMissing, &full()), Outcome::Passed);
        // A side of constants only is never skipped.
        let constant = rule("5", Operator::LessThan, "6", SkipIfAllValuesMissing);
        assert_eq!(constant.evaluate(&combos, &Values::new()), Outcome::Passed);
    }

    #[test]
    fn expressions_refuse_what_they_cannot_read_and_say_where() {
        assert_eq!(Expression::parse("#{a} +").unwrap_err().0, 6);
        assert_eq!(Expression::parse("#{a} * 2").unwrap_err().0, 5);
        assert_eq!(Expression::parse("#a").unwrap_err().0, 0);
        assert_eq!(Expression::parse("#{a.b").unwrap_err().0, 0);
        assert_eq!(Expression::parse("#{A}").unwrap_err().0, 0);
        assert_eq!(Expression::parse("").unwrap_err().0, 0);
        let parsed = Expression::parse("#{a.x_*} - 2 + #{b}").unwrap();
        assert_eq!(parsed.elements().collect::<Vec<_>>(), ["a", "b"]);
        assert!(combo_matches("x_*", "x_y"));
        assert!(!combo_matches("x_*", "z_y"));
        assert!(!combo_matches("x", "x_y"));
    }
}

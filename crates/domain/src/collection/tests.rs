use super::*;

fn shipped() -> Vec<(String, String)> {
    [
        (
            "categories.toml",
            include_str!("../../../../data/collection/categories.toml"),
        ),
        (
            "offene-jugendarbeit.toml",
            include_str!("../../../../data/collection/offene-jugendarbeit.toml"),
        ),
        (
            "erwachsenenbildung.toml",
            include_str!("../../../../data/collection/erwachsenenbildung.toml"),
        ),
        (
            "pflegebedarf.toml",
            include_str!("../../../../data/collection/pflegebedarf.toml"),
        ),
        (
            "ik-selbstcheck.toml",
            include_str!("../../../../data/collection/ik-selbstcheck.toml"),
        ),
    ]
    .map(|(name, source)| (name.to_owned(), source.to_owned()))
    .to_vec()
}

#[test]
fn the_shipped_folder_reads_without_problems() {
    let catalog = Catalog::parse(&shipped()).unwrap();
    assert_eq!(catalog.categories.len(), 4);
    let codes: Vec<_> = catalog.data_sets.iter().map(|s| s.code.as_str()).collect();
    assert_eq!(
        codes,
        [
            "offene-jugendarbeit",
            "erwachsenenbildung",
            "pflegebedarf",
            "ik-selbstcheck"
        ]
    );
    let youth = catalog.data_set("offene-jugendarbeit").unwrap();
    let visitors = youth.element("besuchende").unwrap();
    // 4 sexes × 3 migration histories.
    let combos = catalog.combos(visitors);
    assert_eq!(combos.len(), 12);
    assert_eq!(combos.first().map(String::as_str), Some("female_mh-yes"));
    assert_eq!(
        combos.last().map(String::as_str),
        Some("not-stated_mh-unknown")
    );
    assert_eq!(
        catalog.combos(youth.element("besuchende-gesamt").unwrap()),
        ["default"]
    );
    assert_eq!(
        youth.due_date(Period::Quarter(2025, 1)),
        jiff::civil::date(2025, 4, 30)
    );
    assert_eq!(
        youth.expiry_date(Period::Quarter(2025, 1)),
        jiff::civil::date(2025, 7, 29)
    );
    let check = catalog.data_set("ik-selbstcheck").unwrap();
    assert_eq!(check.areas.len(), 4);
    assert_eq!(check.elements.len(), 12);
}

fn problems(files: &[(&str, &str)]) -> Vec<String> {
    let files: Vec<_> = files
        .iter()
        .map(|(n, s)| ((*n).to_owned(), (*s).to_owned()))
        .collect();
    Catalog::parse(&files)
        .unwrap_err()
        .iter()
        .map(ToString::to_string)
        .collect()
}

const CATEGORIES: &str = "format = 1\n[[categories]]\ncode = \"sex\"\nname = { de = \"G\", en = \"S\" }\noptions = [{ code = \"f\", name = { de = \"w\", en = \"f\" } }]\n";

#[test]
fn every_problem_names_file_line_and_column() {
    let set = "format = 1
[data_set]
code = \"x\"
name = { de = \"X\", en = \"X\" }
period_type = \"weekly\"
kinds = [\"youth-club\", \"zoo\"]
due_days = 30
expiry_days = 10

[[elements]]
code = \"a\"
name = { de = \"A\", en = \"A\" }
type = \"integer\"
categories = [\"sex\", \"age\"]

[[elements]]
code = \"b\"
name = { de = \"B\", en = \"B\" }
type = \"money\"

[[rules]]
code = \"r\"
left = \"#{a.*} + #{c}\"
operator = \"about\"
right = \"#{b} *\"
left_missing = \"SOMETIMES\"
importance = \"urgent\"
text = { de = \"R\", en = \"R\" }
";
    assert_eq!(
        problems(&[("categories.toml", CATEGORIES), ("x.toml", set)]),
        [
            "x.toml:5:15: unknown period type `weekly`; expected monthly, quarterly or yearly",
            "x.toml:6:24: unknown institution kind `zoo`; expected one of day-care, school, authority, clinic, counselling, care-service, care-home, youth-club, adult-education, association, carrier, other",
            "x.toml:8:15: expiry_days must not be less than due_days",
            "x.toml:14:22: unknown category `age`",
            "x.toml:19:8: unknown type `money`; expected number, integer, percent, yes-no, choice or text",
            "x.toml:23:9: unknown element `c` in the rule",
            "x.toml:25:15: expected `+` or `-`",
            "x.toml:24:12: unknown operator `about`; expected one of equal_to, not_equal_to, greater_than, greater_than_or_equal_to, less_than, less_than_or_equal_to, compulsory_pair, exclusive_pair",
            "x.toml:26:16: unknown missing-value strategy `SOMETIMES`; expected SKIP_IF_ANY_VALUE_MISSING, SKIP_IF_ALL_VALUES_MISSING, NEVER_SKIP",
            "x.toml:27:14: unknown importance `urgent`; expected high, medium or low",
        ]
    );
    assert_eq!(
        problems(&[("bad.toml", "format = 1\ncode = 3\n")]),
        [
            "bad.toml:2:1: unknown field `code`, expected one of `format`, `categories`, `data_set`, `areas`, `elements`, `rules`"
        ]
    );
}

#[test]
fn values_are_checked_by_type() {
    assert_eq!(
        ValueType::Integer { max: None }.check(" 12 "),
        Ok("12".into())
    );
    assert!(ValueType::Integer { max: None }.check("-1").is_err());
    assert!(ValueType::Integer { max: None }.check("1.5").is_err());
    assert_eq!(
        ValueType::Integer { max: Some(3) }.check("3"),
        Ok("3".into())
    );
    assert!(ValueType::Integer { max: Some(3) }.check("4").is_err());
    assert_eq!(ValueType::Number.check("2,5"), Ok("2.5".into()));
    assert!(ValueType::Number.check("NaN").is_err());
    assert_eq!(ValueType::Percent.check("100"), Ok("100".into()));
    assert!(ValueType::Percent.check("100.1").is_err());
    assert_eq!(ValueType::YesNo.check("ja"), Ok("true".into()));
    assert_eq!(ValueType::YesNo.check("0"), Ok("false".into()));
    assert!(ValueType::YesNo.check("vielleicht").is_err());
    let choice = ValueType::Choice(vec![CategoryOption {
        code: "immer".into(),
        name: Text {
            de: "immer".into(),
            en: "always".into(),
        },
        monitoring: None,
    }]);
    assert_eq!(choice.check("immer"), Ok("immer".into()));
    assert!(choice.check("nie").is_err());
    assert_eq!(ValueType::YesNo.numeric("true"), Some(1.0));
    assert_eq!(choice.numeric("immer"), None);
}

#[test]
fn a_failing_high_rule_blocks_a_medium_one_does_not() {
    let catalog = Catalog::parse(&shipped()).unwrap();
    let set = catalog.data_set("erwachsenenbildung").unwrap();
    let stored = |entries: &[(&str, &str)]| -> Vec<(String, String, String)> {
        entries
            .iter()
            .map(|(e, v)| ((*e).to_owned(), DEFAULT_COMBO.to_owned(), (*v).to_owned()))
            .collect()
    };
    // 10 courses, 12 with childcare (high rule fails), 11 gender-specific (medium fails).
    let form = stored(&[
        ("kurse", "10"),
        ("kurse-kinderbetreuung", "12"),
        ("kurse-geschlechtsspezifisch", "11"),
    ]);
    let outcomes = catalog.evaluate(set, &form);
    assert_eq!(
        outcomes,
        [
            (
                0,
                Outcome::Violated {
                    left: 12.0,
                    right: 10.0
                }
            ),
            (
                1,
                Outcome::Violated {
                    left: 11.0,
                    right: 10.0
                }
            ),
        ]
    );
    assert_eq!(blocking(set, &outcomes), [0]);
    let fixed = stored(&[
        ("kurse", "10"),
        ("kurse-kinderbetreuung", "2"),
        ("kurse-geschlechtsspezifisch", "11"),
    ]);
    assert_eq!(
        blocking(set, &catalog.evaluate(set, &fixed)),
        Vec::<usize>::new()
    );
}

#[test]
fn self_check_scores_per_area_and_overall() {
    let catalog = Catalog::parse(&shipped()).unwrap();
    let set = catalog.data_set("ik-selbstcheck").unwrap();
    // Personnel 3 + 2 + 1 = 6 of 9; concepts 3 + 3 + 3 = 9 of 9; public relations one item 0,
    // two unanswered = 0 of 9; networking 1 + 1 + 0 = 2 of 9. Overall 17 of 36.
    let answers: BTreeMap<&str, u32> = [
        ("personal-fortbildung", 3),
        ("personal-vielfalt", 2),
        ("personal-sprachen", 1),
        ("konzepte-leitbild", 3),
        ("konzepte-ziele", 3),
        ("konzepte-beschwerden", 3),
        ("oeffentlichkeit-mehrsprachig", 0),
        ("vernetzung-mso", 1),
        ("vernetzung-stadtteil", 1),
        ("vernetzung-sprachmittlung", 0),
    ]
    .into_iter()
    .collect();
    let scores = selfcheck::scores(set, &|code| answers.get(code).copied());
    let summary: Vec<_> = scores
        .iter()
        .map(|s| (s.area.as_str(), s.points, s.max, s.answered, s.items))
        .collect();
    assert_eq!(
        summary,
        [
            ("personal", 6, 9, 3, 3),
            ("konzepte", 9, 9, 3, 3),
            ("oeffentlichkeit", 0, 9, 1, 3),
            ("vernetzung", 2, 9, 3, 3),
            ("", 17, 36, 10, 12),
        ]
    );
    assert_eq!(
        scores.last().and_then(selfcheck::Score::percent),
        Some(17.0 * 100.0 / 36.0)
    );
}

#[test]
fn what_feeds_an_indicator_is_checked() {
    let set = "format = 1
[data_set]
code = \"x\"
name = { de = \"X\", en = \"X\" }
period_type = \"yearly\"
kinds = [\"youth-club\"]
due_days = 30
expiry_days = 90

[[elements]]
code = \"n\"
name = { de = \"N\", en = \"N\" }
type = \"number\"
indicator = \"i\"

[[elements]]
code = \"t\"
name = { de = \"T\", en = \"T\" }
type = \"text\"

[[elements]]
code = \"a\"
name = { de = \"A\", en = \"A\" }
type = \"integer\"
per = \"n\"

[[elements]]
code = \"b\"
name = { de = \"B\", en = \"B\" }
type = \"integer\"
indicator = \"j\"
per = \"t\"

[[elements]]
code = \"c\"
name = { de = \"C\", en = \"C\" }
type = \"integer\"
indicator = \"k\"
per = \"z\"

[[elements]]
code = \"d\"
name = { de = \"D\", en = \"D\" }
type = \"integer\"
indicator = \"l\"
per = \"a\"
";
    assert_eq!(
        problems(&[("categories.toml", CATEGORIES), ("x.toml", set)]),
        [
            "x.toml:13:8: an element feeding an indicator holds counts: its type must be `integer`",
            "x.toml:25:7: `per` needs the element's `indicator`",
            "x.toml:32:7: `t` holds no number and cannot be a denominator",
            "x.toml:39:7: unknown element `z`",
        ]
    );
}

#[test]
fn a_year_has_one_four_or_twelve_periods() {
    assert_eq!(
        PeriodType::Yearly.periods_of_year(2025),
        [Period::Year(2025)]
    );
    let quarters = PeriodType::Quarterly.periods_of_year(2025);
    assert_eq!(
        (quarters.first(), quarters.last(), quarters.len()),
        (
            Some(&Period::Quarter(2025, 1)),
            Some(&Period::Quarter(2025, 4)),
            4
        )
    );
    let months = PeriodType::Monthly.periods_of_year(2024);
    assert_eq!(
        (months.first(), months.last(), months.len()),
        (
            Some(&Period::Month(2024, 1)),
            Some(&Period::Month(2024, 12)),
            12
        )
    );
}

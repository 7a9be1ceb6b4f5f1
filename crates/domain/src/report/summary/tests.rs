use jiff::civil::date;

use super::*;
use crate::concept::{ActionField, City, Recommendation, RecommendationKind, Retirement};
use crate::measure::MeasureContent;
use crate::monitoring::{
    ConfStatus, Coordinates, Polarity, PopulationConcept, Target, Unit, judgement::Verdict,
};

fn indicator(id: &str, polarity: Polarity, decimals: u32) -> IndicatorDef {
    IndicatorDef {
        id: id.into(),
        code: None,
        title: Text::german(id),
        definition: Text::german("d"),
        numerator: Text::german("n"),
        denominator: Text::german("d"),
        unit: Unit::Percent,
        decimals,
        concept: PopulationConcept::Nationality,
        polarity,
        group: None,
        reference: None,
        source: Text::german("s"),
        rhythm: None,
        fields: vec!["f".into()],
        recommendations: Vec::new(),
        breakdowns: vec![Breakdown::Origin],
        caveats: Vec::new(),
        targets: Vec::new(),
        engine: None,
    }
}

fn figure(year: i32, origin: &str, value: Option<&str>, status: ObsStatus) -> Observation {
    let mut at = Coordinates::total(year);
    at.origin = origin.into();
    Observation {
        indicator: "x".into(),
        at,
        value: value.map(|v| v.parse().unwrap()),
        lower: None,
        upper: None,
        base: None,
        status,
        conf_status: None,
        sign: None,
        footnotes: Vec::new(),
    }
}

fn normal(year: i32, origin: &str, value: &str) -> Observation {
    figure(year, origin, Some(value), ObsStatus::Normal)
}

fn d(text: &str) -> Decimal {
    text.parse().unwrap()
}

#[test]
fn a_withheld_figure_loses_value_interval_and_base_but_keeps_its_sign() {
    // Built past the store's check on purpose: a suppressed figure that somehow carries a value.
    let mut secret = figure(2024, "FOREIGN", Some("7"), ObsStatus::Suppressed);
    secret.lower = Some(d("5"));
    secret.upper = Some(d("9"));
    secret.base = Some(12);
    secret.sign = Some(".".into());
    secret.conf_status = Some(ConfStatus::Primary);
    secret.footnotes = vec!["Geheimhaltung".into()];
    let printed = shown(&secret);
    assert_eq!(
        (printed.value, printed.lower, printed.upper, printed.base),
        (None, None, None, None)
    );
    assert_eq!(printed.sign.as_deref(), Some("."));
    assert_eq!(printed.footnotes, ["Geheimhaltung"]);
    assert_eq!(printed.conf_status, Some(ConfStatus::Primary));

    let mut provisional = figure(2024, "DE", Some("44.3"), ObsStatus::Provisional);
    provisional.base = Some(800);
    assert_eq!(shown(&provisional), provisional);
}

#[test]
fn the_gap_of_the_latest_year_with_both_groups_and_its_trend() {
    // Higher is better. 2022: 30.0 vs 50.0 (gap -20.0); 2023: 32.5 vs 51.0 (gap -18.5);
    // 2024: the group's figure is suppressed, so 2023 is the latest year with both, and 2022 the
    // year it is compared with: |−18.5| < |−20.0| → narrowed.
    let figures = vec![
        normal(2022, "FOREIGN", "30.0"),
        normal(2022, "DE", "50.0"),
        normal(2023, "FOREIGN", "32.5"),
        normal(2023, "DE", "51.0"),
        figure(2024, "FOREIGN", None, ObsStatus::Suppressed),
        normal(2024, "DE", "52.0"),
    ];
    let def = indicator("a", Polarity::HigherIsBetter, 1);
    let gap = gap_trend(&def, &figures, 2024, false).unwrap();
    assert_eq!(gap.year, 2023);
    assert_eq!(gap.difference, d("-18.5"));
    assert_eq!(
        (gap.group.as_str(), gap.reference.as_str()),
        ("FOREIGN", "DE")
    );
    let previous = gap.previous.as_ref().unwrap();
    assert_eq!((previous.year, previous.difference), (2022, d("-20.0")));
    assert_eq!(gap.trend, Trend::Narrowed);
    // −18.5 / 51 = 0.3627… of the reference, against the group.
    assert!((gap.disadvantage.unwrap() - 18.5 / 51.0).abs() < 1e-12);

    // A report for 2022 sees only 2022: no earlier year.
    let early = gap_trend(&def, &figures, 2022, false).unwrap();
    assert_eq!((early.year, early.trend), (2022, Trend::NoEarlierYear));
    assert!(gap_trend(&def, &figures, 2021, false).is_none());
}

#[test]
fn a_gap_trend_at_the_shown_precision_and_across_a_break() {
    // 10.04 → 10.0 and 10.01 → 10.0 at one decimal: unchanged; 10.06 → 10.1: widened.
    let def = indicator("a", Polarity::LowerIsBetter, 1);
    let pair = |y2: &str| {
        vec![
            normal(2023, "FOREIGN", "20.04"),
            normal(2023, "DE", "10"),
            normal(2024, "FOREIGN", y2),
            normal(2024, "DE", "10"),
        ]
    };
    assert_eq!(
        gap_trend(&def, &pair("20.01"), 2024, false).unwrap().trend,
        Trend::Unchanged
    );
    assert_eq!(
        gap_trend(&def, &pair("20.06"), 2024, false).unwrap().trend,
        Trend::Widened
    );
    let mut broken = pair("25");
    broken[2].status = ObsStatus::Break;
    assert_eq!(
        gap_trend(&def, &broken, 2024, false).unwrap().trend,
        Trend::NotComparable
    );
    // Lower is better and the group is higher: a disadvantage of 10.0 / 10 = 1.0.
    let gap = gap_trend(&def, &pair("20"), 2024, false).unwrap();
    assert!((gap.disadvantage.unwrap() - 1.0).abs() < 1e-12);
}

#[test]
fn largest_gaps_rank_by_disadvantage_and_leave_out_favourable_and_neutral_gaps() {
    let figures = |group: &str, reference: &str| {
        vec![
            normal(2024, "FOREIGN", group),
            normal(2024, "DE", reference),
        ]
    };
    let gaps = [
        // 40 vs 50, higher is better: 10/50 = 0.2.
        gap_trend(
            &indicator("small", Polarity::HigherIsBetter, 1),
            &figures("40", "50"),
            2024,
            false,
        ),
        // 20 vs 50: 30/50 = 0.6.
        gap_trend(
            &indicator("large", Polarity::HigherIsBetter, 1),
            &figures("20", "50"),
            2024,
            false,
        ),
        // The group is better off: -0.2, left out.
        gap_trend(
            &indicator("favourable", Polarity::HigherIsBetter, 1),
            &figures("60", "50"),
            2024,
            false,
        ),
        // Neutral: no disadvantage, left out.
        gap_trend(
            &indicator("neutral", Polarity::Neutral, 1),
            &figures("20", "50"),
            2024,
            false,
        ),
        // Lower is better, 15 vs 10: 5/10 = 0.5.
        gap_trend(
            &indicator("middle", Polarity::LowerIsBetter, 1),
            &figures("15", "10"),
            2024,
            false,
        ),
    ];
    let gaps: Vec<GapTrend> = gaps.into_iter().flatten().collect();
    let ids: Vec<String> = largest_gaps(&gaps, 5)
        .into_iter()
        .map(|g| g.indicator)
        .collect();
    assert_eq!(ids, ["large", "middle", "small"]);
    let ids: Vec<String> = largest_gaps(&gaps, 2)
        .into_iter()
        .map(|g| g.indicator)
        .collect();
    assert_eq!(ids, ["large", "middle"]);
}

#[test]
fn targets_are_judged_on_their_groups_series() {
    // The whole population 20 → 24 over 2020–2024 (+1/year); target 30 in 2030 needs +1/year:
    // on track. Suppressed years do not count as points.
    let mut def = indicator("a", Polarity::HigherIsBetter, 1);
    def.targets = vec![Target {
        year: 2030,
        value: d("30"),
        origin: TOTAL.into(),
        note: None,
    }];
    let figures = vec![
        normal(2020, TOTAL, "20"),
        figure(2022, TOTAL, None, ObsStatus::Suppressed),
        normal(2024, TOTAL, "24"),
    ];
    let statuses = target_statuses(&def, &figures);
    assert_eq!(statuses.len(), 1);
    assert_eq!(statuses[0].judgement.verdict, Verdict::OnTrack);
    assert_eq!(statuses[0].judgement.baseline_year, Some(2020));
    assert_eq!(total_change(&def, &figures), Direction::Better);
}

fn measure(id: i64, recommendations: &[&str], status: Status, published: bool) -> Measure {
    let mut content = MeasureContent::new(
        Text::german(format!("M{id}")),
        "f".into(),
        recommendations.iter().map(|r| r.to_string()).collect(),
    );
    content.status = status;
    content.published = published;
    Measure {
        id,
        version: 1,
        demo: false,
        created_at: String::new(),
        updated_at: String::new(),
        content,
    }
}

fn concept() -> Concept {
    let recommendation = |id: &str, retired: bool| Recommendation {
        id: id.into(),
        text: Text::german(id),
        tags: Vec::new(),
        retired: retired.then(|| Retirement {
            date: "2023-01-01".into(),
            version: None,
            reason: "r".into(),
        }),
    };
    let field = |slug: &str, recommendations: Vec<Recommendation>, retired: bool| ActionField {
        slug: slug.into(),
        title: Text::german(slug),
        intro: None,
        recommendation_kind: RecommendationKind::Recommendation,
        recommendations,
        retired: retired.then(|| Retirement {
            date: "2023-01-01".into(),
            version: None,
            reason: "r".into(),
        }),
    };
    Concept {
        city: City {
            slug: "c".into(),
            name: "C".into(),
            ags: None,
        },
        id: "c".into(),
        title: Text::german("C"),
        subtitle: None,
        adopted: None,
        source: None,
        results_heading: None,
        tags: Vec::new(),
        sections: Vec::new(),
        fields: vec![
            field(
                "a",
                vec![
                    recommendation("a-1", false),
                    recommendation("a-2", false),
                    recommendation("a-3", false),
                    recommendation("a-4", true),
                ],
                false,
            ),
            field("b", vec![recommendation("b-1", false)], false),
            field("old", vec![recommendation("old-1", false)], true),
        ],
    }
}

#[test]
fn fields_without_measure_count_only_public_measures_that_still_work() {
    let measures = vec![
        // a-1 is served by a public running measure.
        measure(1, &["a-1"], Status::Running, true),
        // a-2 only by an unpublished one and a stopped one: open.
        measure(2, &["a-2"], Status::Planned, false),
        measure(3, &["a-2"], Status::Stopped, true),
        // b-1 by a completed public measure: served.
        measure(4, &["b-1"], Status::Completed, true),
    ];
    let open = fields_without_measure(&concept(), &measures);
    // a-3 has nothing; a-4 is retired; the retired field "old" is not listed.
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].slug, "a");
    let ids: Vec<&str> = open[0]
        .recommendations
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(ids, ["a-2", "a-3"]);
}

#[test]
fn measures_completed_and_stopped_in_the_year_by_status_date_else_end_date() {
    let mut measures = vec![
        measure(1, &["a-1"], Status::Completed, true),
        measure(2, &["a-1"], Status::Permanent, true),
        measure(3, &["a-1"], Status::Stopped, true),
        measure(4, &["a-1"], Status::Completed, false),
        measure(5, &["a-1"], Status::Running, true),
        measure(6, &["a-1"], Status::Completed, true),
        measure(7, &["a-1"], Status::Stopped, true),
    ];
    measures[0].content.end = Some(date(2024, 6, 30));
    // Completed in 2023 by its end date, but the audit log says the status changed in 2024.
    measures[1].content.end = Some(date(2023, 12, 31));
    measures[2].content.end = Some(date(2024, 3, 1));
    measures[2].content.stop_reason = Some("Träger aufgelöst".into());
    measures[3].content.end = Some(date(2024, 1, 1));
    measures[4].content.end = Some(date(2024, 1, 1));
    // No date at all: not counted.
    measures[6].content.end = Some(date(2023, 5, 1));
    let status_dates = |m: &Measure| (m.id == 2).then(|| date(2024, 2, 1));
    let (completed, stopped) = measures_ended_in(&measures, 2024, status_dates);
    let ids = |list: &[MeasureRef]| list.iter().map(|m| m.id).collect::<Vec<_>>();
    assert_eq!(ids(&completed), [1, 2]);
    assert_eq!(completed[1].date, Some(date(2024, 2, 1)));
    assert_eq!(ids(&stopped), [3]);
    assert_eq!(stopped[0].stop_reason.as_deref(), Some("Träger aufgelöst"));
    let (completed, stopped) = measures_ended_in(&measures, 2023, |_| None);
    assert_eq!((ids(&completed), ids(&stopped)), (vec![2], vec![7]));
}

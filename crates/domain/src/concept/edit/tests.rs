use super::*;
use crate::concept::Concept;

fn musterstadt() -> Concept {
    parse_concept(include_str!("../../../../../data/concept/musterstadt.toml")).expect("valid")
}

fn context(used: &BTreeSet<String>) -> EditContext<'_> {
    EditContext {
        used_ids: used,
        date: "2026-12-02",
        version: 5,
        reason: "  Ratsbeschluss  ",
    }
}

fn set(path: TextPath, language: &str, value: &str) -> Edit {
    Edit::SetText {
        path,
        language: language.into(),
        value: value.into(),
    }
}

#[test]
fn text_paths_read_back_as_written() {
    let paths = [
        TextPath::Title,
        TextPath::Subtitle,
        TextPath::ResultsHeading,
        TextPath::SectionHeading(2),
        TextPath::SectionIntro(1),
        TextPath::Statement(3, 12),
        TextPath::FieldTitle(11),
        TextPath::FieldIntro(4),
        TextPath::Recommendation(2, 3),
    ];
    for path in paths {
        assert_eq!(TextPath::parse(&path.to_string()), Some(path), "{path}");
    }
    assert_eq!(
        TextPath::Recommendation(2, 3).to_string(),
        "fields[2].recommendations[3].text"
    );
    for wrong in [
        "",
        "concept.id",
        "fields[0].title",
        "fields[x].title",
        "fields[1].slug",
        "fields[1].recommendations[1].tags",
        "sections[1].items[1].heading",
        "tags[1].label",
        "fields[1]title",
    ] {
        assert_eq!(TextPath::parse(wrong), None, "{wrong}");
    }
}

#[test]
fn texts_change_per_language_and_empty_translations_go() {
    let used = BTreeSet::new();
    let before = musterstadt();
    let after = apply(
        &before,
        &[
            set(TextPath::Recommendation(1, 2), "de", "  Neu formuliert "),
            set(TextPath::Recommendation(1, 2), "en", ""),
            set(TextPath::Title, "en", "Concept"),
            set(TextPath::SectionHeading(1), "tr", ""),
            set(TextPath::Statement(1, 1), "de", "Alle"),
            set(TextPath::Subtitle, "de", ""),
            set(TextPath::Subtitle, "en", ""),
        ],
        &context(&used),
    )
    .expect("valid edit");
    let text = &after.fields[0].recommendations[1].text;
    assert_eq!(text.german_text(), "Neu formuliert");
    assert_eq!(text.translation("en"), None);
    assert_eq!(after.title.get("en"), "Concept");
    assert_eq!(after.sections[0].heading.translation("tr"), None);
    assert_eq!(after.sections[0].items[0].text.german_text(), "Alle");
    assert_eq!(after.subtitle, None);
    // Ids and everything else stay.
    assert_eq!(
        after.fields[0].recommendations[1].id,
        before.fields[0].recommendations[1].id
    );
    assert_eq!(after.fields[2], before.fields[2]);
    let _ = after;
}

#[test]
fn a_missing_german_text_is_refused_with_its_path() {
    let used = BTreeSet::new();
    let refused = apply(
        &musterstadt(),
        &[set(TextPath::Recommendation(1, 2), "de", " ")],
        &context(&used),
    );
    let Err(EditError::Invalid(problems)) = refused else {
        panic!("expected the file rules to refuse: {refused:?}");
    };
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].0, "fields[1].recommendations[2].text.de");
    // An optional text given in English only needs German too.
    let refused = apply(
        &musterstadt(),
        &[set(TextPath::FieldIntro(2), "en", "An intro")],
        &context(&used),
    );
    let Err(EditError::Invalid(problems)) = refused else {
        panic!("expected a refusal: {refused:?}");
    };
    assert_eq!(problems[0].0, "fields[2].intro.de");
    // A text that is not there.
    assert_eq!(
        apply(
            &musterstadt(),
            &[set(TextPath::Recommendation(1, 9), "de", "x")],
            &context(&used)
        ),
        Err(EditError::Unknown(
            "fields[1].recommendations[9].text".into()
        ))
    );
    for path in [
        TextPath::SectionHeading(9),
        TextPath::SectionIntro(9),
        TextPath::Statement(1, 99),
        TextPath::FieldTitle(9),
        TextPath::FieldIntro(9),
        TextPath::Recommendation(9, 1),
    ] {
        assert_eq!(
            apply(&musterstadt(), &[set(path, "de", "x")], &context(&used)),
            Err(EditError::Unknown(path.to_string()))
        );
    }
}

#[test]
fn a_new_recommendation_gets_the_next_id_never_a_used_one() {
    let before = musterstadt();
    let text = Text::german("Neue Empfehlung").with("en", "New recommendation");
    let add = Edit::AddRecommendation {
        field: "sprache".into(),
        text: text.clone(),
    };
    let used = BTreeSet::new();
    let after = apply(&before, std::slice::from_ref(&add), &context(&used)).expect("valid");
    let added = after.fields[0].recommendations.last().expect("added");
    assert_eq!(added.id, "sprache-4");
    assert_eq!(added.text, text);
    assert_eq!(added.retired, None);
    // sprache-4 and sprache-7 were used by earlier versions (then removed by a hand-edited file):
    // the next one is sprache-8.
    let used: BTreeSet<String> = ["sprache-4", "sprache-7", "arbeit-9"]
        .map(str::to_owned)
        .into();
    let after = apply(&before, std::slice::from_ref(&add), &context(&used)).expect("valid");
    assert_eq!(
        after.fields[0]
            .recommendations
            .last()
            .map(|r| r.id.as_str()),
        Some("sprache-8")
    );
    assert_eq!(
        apply(
            &before,
            &[Edit::AddRecommendation {
                field: "nirgends".into(),
                text
            }],
            &context(&used)
        ),
        Err(EditError::Unknown("nirgends".into()))
    );
}

#[test]
fn next_ids_follow_the_pattern_of_the_field() {
    let mut concept = musterstadt();
    let used = BTreeSet::new();
    assert_eq!(
        next_recommendation_id(&concept, "arbeit", &used).as_deref(),
        Some("arbeit-3")
    );
    // A field whose last id has no number counts from its slug.
    concept.fields[1].recommendations[1].id = "arbeit-markt".into();
    assert_eq!(
        next_recommendation_id(&concept, "arbeit", &used).as_deref(),
        Some("arbeit-2")
    );
    concept.fields[1].recommendations[1].id = "job-12".into();
    assert_eq!(
        next_recommendation_id(&concept, "arbeit", &used).as_deref(),
        Some("job-13")
    );
    assert_eq!(next_recommendation_id(&concept, "none", &used), None);
    assert_eq!(numbered("a-b-10"), Some(("a-b", 10)));
    assert_eq!(numbered("-10"), None);
    assert_eq!(numbered("a-"), None);
    assert_eq!(numbered("a-1x"), None);
    assert_eq!(numbered("a"), None);
}

#[test]
fn retiring_keeps_the_part_with_date_version_and_reason() {
    let used = BTreeSet::new();
    let before = musterstadt();
    let after = apply(
        &before,
        &[
            Edit::Retire(Part::Recommendation("arbeit-2".into())),
            Edit::Retire(Part::Field("nachbarschaft".into())),
        ],
        &context(&used),
    )
    .expect("valid");
    let retirement = Some(Retirement {
        date: "2026-12-02".into(),
        version: Some(5),
        reason: "Ratsbeschluss".into(),
    });
    let (_, recommendation) = after.recommendation("arbeit-2").expect("kept");
    assert_eq!(recommendation.retired, retirement);
    assert_eq!(
        recommendation.text,
        before.fields[1].recommendations[1].text
    );
    assert_eq!(
        after.field("nachbarschaft").map(|f| &f.retired),
        Some(&retirement)
    );
    assert_eq!(after.recommendation_count(), before.recommendation_count());
    assert_eq!(
        apply(
            &after,
            &[Edit::Retire(Part::Recommendation("arbeit-2".into()))],
            &context(&used)
        ),
        Err(EditError::AlreadyRetired("arbeit-2".into()))
    );
    assert_eq!(
        apply(
            &after,
            &[Edit::Retire(Part::Field("nachbarschaft".into()))],
            &context(&used)
        ),
        Err(EditError::AlreadyRetired("nachbarschaft".into()))
    );
    assert_eq!(
        apply(
            &after,
            &[Edit::Retire(Part::Recommendation("arbeit-99".into()))],
            &context(&used)
        ),
        Err(EditError::Unknown("arbeit-99".into()))
    );
}

#[test]
fn recommendations_and_fields_move_one_place() {
    let used = BTreeSet::new();
    let before = musterstadt();
    let ids = |concept: &Concept| -> Vec<String> {
        concept.fields[0]
            .recommendations
            .iter()
            .map(|r| r.id.clone())
            .collect()
    };
    let after = apply(
        &before,
        &[Edit::Move(
            Part::Recommendation("sprache-3".into()),
            Direction::Up,
        )],
        &context(&used),
    )
    .expect("valid");
    assert_eq!(ids(&after), ["sprache-1", "sprache-3", "sprache-2"]);
    let after = apply(
        &before,
        &[Edit::Move(
            Part::Recommendation("sprache-1".into()),
            Direction::Down,
        )],
        &context(&used),
    )
    .expect("valid");
    assert_eq!(ids(&after), ["sprache-2", "sprache-1", "sprache-3"]);
    // A recommendation of a later field moves within its own field.
    let after = apply(
        &before,
        &[Edit::Move(
            Part::Recommendation("arbeit-2".into()),
            Direction::Up,
        )],
        &context(&used),
    )
    .expect("valid");
    let arbeit: Vec<&str> = after.fields[1]
        .recommendations
        .iter()
        .map(|r| r.id.as_str())
        .collect();
    assert_eq!(arbeit, ["arbeit-2", "arbeit-1"]);
    assert_eq!(ids(&after), ids(&before));
    for (part, direction) in [
        (Part::Recommendation("sprache-1".into()), Direction::Up),
        (Part::Recommendation("sprache-3".into()), Direction::Down),
        (Part::Field("sprache".into()), Direction::Up),
        (Part::Field("nachbarschaft".into()), Direction::Down),
    ] {
        let id = match &part {
            Part::Recommendation(id) | Part::Field(id) => id.clone(),
        };
        assert_eq!(
            apply(&before, &[Edit::Move(part, direction)], &context(&used)),
            Err(EditError::CannotMove(id))
        );
    }
    let after = apply(
        &before,
        &[Edit::Move(Part::Field("arbeit".into()), Direction::Down)],
        &context(&used),
    )
    .expect("valid");
    let slugs: Vec<&str> = after.fields.iter().map(|f| f.slug.as_str()).collect();
    assert_eq!(slugs, ["sprache", "nachbarschaft", "arbeit"]);
    let after = apply(
        &before,
        &[Edit::Move(Part::Field("arbeit".into()), Direction::Up)],
        &context(&used),
    )
    .expect("valid");
    let slugs: Vec<&str> = after.fields.iter().map(|f| f.slug.as_str()).collect();
    assert_eq!(slugs, ["arbeit", "sprache", "nachbarschaft"]);
    for part in [Part::Field("x".into()), Part::Recommendation("x".into())] {
        assert_eq!(
            apply(&before, &[Edit::Move(part, Direction::Up)], &context(&used)),
            Err(EditError::Unknown("x".into()))
        );
    }
}

#[test]
fn a_new_field_gets_a_slug_from_its_title_and_a_first_recommendation() {
    let used: BTreeSet<String> = ["wohnen-quartier".to_owned()].into();
    let before = musterstadt();
    let after = apply(
        &before,
        &[Edit::AddField {
            title: Text::german("Wohnen & Quartier").with("en", "Housing"),
            recommendation: Text::german("Wohnungen vermitteln"),
        }],
        &context(&used),
    )
    .expect("valid");
    let field = after.fields.last().expect("added");
    assert_eq!(field.slug, "wohnen-quartier-2");
    assert_eq!(field.recommendations.len(), 1);
    assert_eq!(field.recommendations[0].id, "wohnen-quartier-2-1");
    assert_eq!(field.title.get("en"), "Housing");
    assert_eq!(
        new_field_slug(
            &before,
            "Gesundheit, Pflege und Selbsthilfe für Ältere",
            &used
        ),
        "gesundheit-pflege-und-selbsthilfe-fuer"
    );
    assert_eq!(new_field_slug(&before, "Straße", &used), "strasse");
    assert_eq!(
        new_field_slug(&before, "Größe der Ärzteschaft", &used),
        "groesse-der-aerzteschaft"
    );
    assert_eq!(new_field_slug(&before, "???", &used), "handlungsfeld");
    // Whole words up to 40 characters; one long word stays whole.
    let forty = "aaaaaaaaaa bbbbbbbbbb cccccccccc ddddddd";
    assert_eq!(
        new_field_slug(&before, forty, &used),
        "aaaaaaaaaa-bbbbbbbbbb-cccccccccc-ddddddd"
    );
    assert_eq!(
        new_field_slug(&before, &format!("{forty}d"), &used),
        "aaaaaaaaaa-bbbbbbbbbb-cccccccccc"
    );
    let long = "x".repeat(50);
    assert_eq!(new_field_slug(&before, &long, &used), long);
    assert_eq!(new_field_slug(&before, "Sprache", &used), "sprache-4");
    // A title without German is refused by the file rules.
    let refused = apply(
        &before,
        &[Edit::AddField {
            title: Text::german(""),
            recommendation: Text::german("x"),
        }],
        &context(&used),
    );
    assert!(matches!(refused, Err(EditError::Invalid(_))), "{refused:?}");
}

#[test]
fn ids_never_change_disappear_or_come_back() {
    let used: BTreeSet<String> = ["sprache-4".to_owned()].into();
    let before = musterstadt();
    let mut renamed = before.clone();
    renamed.fields[0].recommendations[0].id = "sprache-10".into();
    assert_eq!(
        check(&before, &renamed, &used),
        Err(EditError::IdsRemoved(vec!["sprache-1".into()]))
    );
    let mut dropped_field = before.clone();
    dropped_field.fields.pop();
    assert!(matches!(
        check(&before, &dropped_field, &used),
        Err(EditError::IdsRemoved(ids)) if ids.contains(&"nachbarschaft".to_owned())
    ));
    let mut reused = before.clone();
    let mut old = reused.fields[0].recommendations[0].clone();
    old.id = "sprache-4".into();
    reused.fields[0].recommendations.push(old.clone());
    assert_eq!(
        check(&before, &reused, &used),
        Err(EditError::IdsReused(vec!["sprache-4".into()]))
    );
    old.id = "sprache-5".into();
    let mut fresh = before.clone();
    fresh.fields[0].recommendations.push(old);
    assert_eq!(check(&before, &fresh, &used), Ok(()));
    assert_eq!(check(&before, &before, &used), Ok(()));
    let mut untrimmed = before.clone();
    untrimmed.title = Text::german(" Leerzeichen ");
    assert!(matches!(
        check(&before, &untrimmed, &used),
        Err(EditError::Invalid(problems)) if problems[0].0.is_empty()
    ));
}

//! The difference between two versions of a concept, part by part: what was added, what text
//! changed (old and new, per language), what was retired, what moved. Parts are matched by their
//! ids, which never change, so a reworded recommendation is "changed", never "removed and added".

use std::collections::BTreeSet;

use super::{Concept, Retirement};
use crate::text::{PRIMARY_LANGUAGE, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// The concept's title, subtitle, dates and source.
    Concept,
    Tag,
    Section,
    Statement,
    Field,
    Recommendation,
}

/// One changed part with its changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartDiff {
    pub kind: PartKind,
    pub id: String,
    /// The section of a statement, the field of a recommendation.
    pub parent: Option<String>,
    /// What the part is called in the newer version (the older one for a removed part).
    pub label: Text,
    pub changes: Vec<Change>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Change {
    Added,
    /// Gone from the newer version (only a concept file loaded by hand can do that).
    Removed,
    Retired(Retirement),
    /// Retired in the older version, in force again in the newer one.
    Reinstated,
    /// A text in one language: `None` where it is missing.
    Text {
        key: &'static str,
        language: String,
        old: Option<String>,
        new: Option<String>,
    },
    /// Another value (a date, the source, the tags, a kind).
    Value {
        key: &'static str,
        old: Option<String>,
        new: Option<String>,
    },
    /// Moved among its neighbours; 1-based places in the older and the newer version.
    Moved {
        from: usize,
        to: usize,
    },
    /// Moved to another section or field.
    Reparented {
        from: String,
        to: String,
    },
}

/// What changed from `old` to `new`, in the newer version's reading order (parts gone from it
/// last).
pub fn diff(old: &Concept, new: &Concept) -> Vec<PartDiff> {
    let mut parts = Vec::new();
    let mut header = Vec::new();
    text_changes(&mut header, "title", Some(&old.title), Some(&new.title));
    text_changes(
        &mut header,
        "subtitle",
        old.subtitle.as_ref(),
        new.subtitle.as_ref(),
    );
    text_changes(
        &mut header,
        "results_heading",
        old.results_heading.as_ref(),
        new.results_heading.as_ref(),
    );
    value_change(&mut header, "adopted", &old.adopted, &new.adopted);
    value_change(&mut header, "source", &old.source, &new.source);
    push(
        &mut parts,
        PartKind::Concept,
        &new.id,
        None,
        &new.title,
        header,
    );

    let old_tags: Vec<&str> = old.tags.iter().map(|t| t.id.as_str()).collect();
    let new_tags: Vec<&str> = new.tags.iter().map(|t| t.id.as_str()).collect();
    let tag_moves = moves(&old_tags, &new_tags);
    for tag in &new.tags {
        let mut changes = Vec::new();
        match old.tag(&tag.id) {
            None => changes.push(Change::Added),
            Some(before) => {
                text_changes(&mut changes, "label", Some(&before.label), Some(&tag.label));
                moved(&mut changes, &tag_moves, &tag.id);
            }
        }
        push(
            &mut parts,
            PartKind::Tag,
            &tag.id,
            None,
            &tag.label,
            changes,
        );
    }
    for tag in old.tags.iter().filter(|t| new.tag(&t.id).is_none()) {
        push(
            &mut parts,
            PartKind::Tag,
            &tag.id,
            None,
            &tag.label,
            vec![Change::Removed],
        );
    }

    let old_sections: Vec<&str> = old.sections.iter().map(|s| s.id.as_str()).collect();
    let new_sections: Vec<&str> = new.sections.iter().map(|s| s.id.as_str()).collect();
    let section_moves = moves(&old_sections, &new_sections);
    let old_statements: Vec<(&str, &str, &Text)> = old
        .sections
        .iter()
        .flat_map(|s| {
            s.items
                .iter()
                .map(|i| (s.id.as_str(), i.id.as_str(), &i.text))
        })
        .collect();
    let new_statement_ids: BTreeSet<&str> = new
        .sections
        .iter()
        .flat_map(|s| s.items.iter().map(|i| i.id.as_str()))
        .collect();
    for section in &new.sections {
        let mut changes = Vec::new();
        let before = old.sections.iter().find(|s| s.id == section.id);
        match before {
            None => changes.push(Change::Added),
            Some(before) => {
                text_changes(
                    &mut changes,
                    "heading",
                    Some(&before.heading),
                    Some(&section.heading),
                );
                text_changes(
                    &mut changes,
                    "intro",
                    before.intro.as_ref(),
                    section.intro.as_ref(),
                );
                value_change(&mut changes, "adopted", &before.adopted, &section.adopted);
                if before.kind != section.kind {
                    changes.push(Change::Value {
                        key: "kind",
                        old: Some(before.kind.as_str().to_owned()),
                        new: Some(section.kind.as_str().to_owned()),
                    });
                }
                moved(&mut changes, &section_moves, &section.id);
            }
        }
        push(
            &mut parts,
            PartKind::Section,
            &section.id,
            None,
            &section.heading,
            changes,
        );
        let old_items: Vec<&str> = before
            .map(|b| b.items.iter().map(|i| i.id.as_str()).collect())
            .unwrap_or_default();
        let new_items: Vec<&str> = section.items.iter().map(|i| i.id.as_str()).collect();
        let item_moves = moves(&old_items, &new_items);
        for item in &section.items {
            let mut changes = Vec::new();
            match old_statements.iter().find(|(_, id, _)| *id == item.id) {
                None => changes.push(Change::Added),
                Some((parent, _, text)) => {
                    if *parent != section.id {
                        changes.push(Change::Reparented {
                            from: (*parent).to_owned(),
                            to: section.id.clone(),
                        });
                    } else {
                        moved(&mut changes, &item_moves, &item.id);
                    }
                    text_changes(&mut changes, "text", Some(text), Some(&item.text));
                }
            }
            push(
                &mut parts,
                PartKind::Statement,
                &item.id,
                Some(&section.id),
                &item.text,
                changes,
            );
        }
    }
    for section in old
        .sections
        .iter()
        .filter(|s| !new_sections.contains(&s.id.as_str()))
    {
        push(
            &mut parts,
            PartKind::Section,
            &section.id,
            None,
            &section.heading,
            vec![Change::Removed],
        );
    }
    for (parent, id, text) in old_statements
        .iter()
        .filter(|(_, id, _)| !new_statement_ids.contains(id))
    {
        push(
            &mut parts,
            PartKind::Statement,
            id,
            Some(parent),
            text,
            vec![Change::Removed],
        );
    }

    let old_fields: Vec<&str> = old.fields.iter().map(|f| f.slug.as_str()).collect();
    let new_fields: Vec<&str> = new.fields.iter().map(|f| f.slug.as_str()).collect();
    let field_moves = moves(&old_fields, &new_fields);
    for field in &new.fields {
        let mut changes = Vec::new();
        let before = old.field(&field.slug);
        match before {
            None => changes.push(Change::Added),
            Some(before) => {
                text_changes(
                    &mut changes,
                    "title",
                    Some(&before.title),
                    Some(&field.title),
                );
                text_changes(
                    &mut changes,
                    "intro",
                    before.intro.as_ref(),
                    field.intro.as_ref(),
                );
                if before.recommendation_kind != field.recommendation_kind {
                    changes.push(Change::Value {
                        key: "recommendation_kind",
                        old: Some(before.recommendation_kind.as_str().to_owned()),
                        new: Some(field.recommendation_kind.as_str().to_owned()),
                    });
                }
                retirement_change(&mut changes, &before.retired, &field.retired);
                moved(&mut changes, &field_moves, &field.slug);
            }
        }
        if before.is_none()
            && let Some(retired) = &field.retired
        {
            changes.push(Change::Retired(retired.clone()));
        }
        push(
            &mut parts,
            PartKind::Field,
            &field.slug,
            None,
            &field.title,
            changes,
        );
        let old_ids: Vec<&str> = before
            .map(|b| b.recommendations.iter().map(|r| r.id.as_str()).collect())
            .unwrap_or_default();
        let new_ids: Vec<&str> = field
            .recommendations
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        let recommendation_moves = moves(&old_ids, &new_ids);
        for recommendation in &field.recommendations {
            let mut changes = Vec::new();
            match old.recommendation(&recommendation.id) {
                None => {
                    changes.push(Change::Added);
                    if let Some(retired) = &recommendation.retired {
                        changes.push(Change::Retired(retired.clone()));
                    }
                }
                Some((old_field, before)) => {
                    if old_field.slug != field.slug {
                        changes.push(Change::Reparented {
                            from: old_field.slug.clone(),
                            to: field.slug.clone(),
                        });
                    } else {
                        moved(&mut changes, &recommendation_moves, &recommendation.id);
                    }
                    text_changes(
                        &mut changes,
                        "text",
                        Some(&before.text),
                        Some(&recommendation.text),
                    );
                    if before.tags != recommendation.tags {
                        changes.push(Change::Value {
                            key: "tags",
                            old: Some(before.tags.join(", ")),
                            new: Some(recommendation.tags.join(", ")),
                        });
                    }
                    retirement_change(&mut changes, &before.retired, &recommendation.retired);
                }
            }
            push(
                &mut parts,
                PartKind::Recommendation,
                &recommendation.id,
                Some(&field.slug),
                &recommendation.text,
                changes,
            );
        }
    }
    for field in old.fields.iter().filter(|f| new.field(&f.slug).is_none()) {
        push(
            &mut parts,
            PartKind::Field,
            &field.slug,
            None,
            &field.title,
            vec![Change::Removed],
        );
    }
    for field in &old.fields {
        for recommendation in &field.recommendations {
            if new.recommendation(&recommendation.id).is_none() {
                push(
                    &mut parts,
                    PartKind::Recommendation,
                    &recommendation.id,
                    Some(&field.slug),
                    &recommendation.text,
                    vec![Change::Removed],
                );
            }
        }
    }
    parts
}

fn push(
    parts: &mut Vec<PartDiff>,
    kind: PartKind,
    id: &str,
    parent: Option<&str>,
    label: &Text,
    changes: Vec<Change>,
) {
    if !changes.is_empty() {
        parts.push(PartDiff {
            kind,
            id: id.to_owned(),
            parent: parent.map(str::to_owned),
            label: label.clone(),
            changes,
        });
    }
}

/// One change per language whose text differs, German first.
fn text_changes(
    changes: &mut Vec<Change>,
    key: &'static str,
    old: Option<&Text>,
    new: Option<&Text>,
) {
    let mut languages: Vec<&str> = vec![PRIMARY_LANGUAGE];
    let others: BTreeSet<&str> = old
        .iter()
        .chain(new.iter())
        .flat_map(|text| text.languages())
        .filter(|language| *language != PRIMARY_LANGUAGE)
        .collect();
    languages.extend(others);
    for language in languages {
        let before = old.and_then(|text| text.translation(language));
        let after = new.and_then(|text| text.translation(language));
        if before != after {
            changes.push(Change::Text {
                key,
                language: language.to_owned(),
                old: before.map(str::to_owned),
                new: after.map(str::to_owned),
            });
        }
    }
}

fn value_change(
    changes: &mut Vec<Change>,
    key: &'static str,
    old: &Option<String>,
    new: &Option<String>,
) {
    if old != new {
        changes.push(Change::Value {
            key,
            old: old.clone(),
            new: new.clone(),
        });
    }
}

fn retirement_change(
    changes: &mut Vec<Change>,
    old: &Option<Retirement>,
    new: &Option<Retirement>,
) {
    match (old, new) {
        (None, Some(retired)) => changes.push(Change::Retired(retired.clone())),
        (Some(_), None) => changes.push(Change::Reinstated),
        _ => {}
    }
}

fn moved(changes: &mut Vec<Change>, moves: &[(String, usize, usize)], id: &str) {
    if let Some((_, from, to)) = moves.iter().find(|(moved, _, _)| moved == id) {
        changes.push(Change::Moved {
            from: *from,
            to: *to,
        });
    }
}

/// The ids present in both lists that moved: those outside a longest common subsequence of the
/// shared ids (swapping two neighbours moves one of them, not every id after them), with their
/// 1-based places in `old` and `new`.
pub fn moves(old: &[&str], new: &[&str]) -> Vec<(String, usize, usize)> {
    let shared_old: Vec<&str> = old.iter().copied().filter(|id| new.contains(id)).collect();
    let shared_new: Vec<&str> = new.iter().copied().filter(|id| old.contains(id)).collect();
    let (n, m) = (shared_old.len(), shared_new.len());
    // lengths[i][j]: the longest common subsequence of shared_old[i..] and shared_new[j..].
    let mut lengths = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lengths[i][j] = if shared_old[i] == shared_new[j] {
                lengths[i + 1][j + 1] + 1
            } else {
                lengths[i + 1][j].max(lengths[i][j + 1])
            };
        }
    }
    let mut kept = BTreeSet::new();
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if shared_old[i] == shared_new[j] {
            kept.insert(shared_old[i]);
            i += 1;
            j += 1;
        } else if lengths[i + 1][j] >= lengths[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let place = |list: &[&str], id: &str| list.iter().position(|other| *other == id).map(|p| p + 1);
    shared_new
        .iter()
        .filter(|id| !kept.contains(*id))
        .filter_map(|id| Some(((*id).to_owned(), place(old, id)?, place(new, id)?)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::concept::parse_concept;

    fn musterstadt() -> Concept {
        parse_concept(include_str!("../../../../data/concept/musterstadt.toml")).expect("valid")
    }

    #[test]
    fn the_same_concept_has_no_difference() {
        assert_eq!(diff(&musterstadt(), &musterstadt()), Vec::new());
    }

    #[test]
    fn a_changed_text_names_its_language_with_old_and_new() {
        let old = musterstadt();
        let mut new = old.clone();
        new.fields[0].recommendations[1].text = new.fields[0].recommendations[1]
            .text
            .clone()
            .with("en", "Reworded");
        let id = new.fields[0].recommendations[1].id.clone();
        let parts = diff(&old, &new);
        assert_eq!(parts.len(), 1, "{parts:?}");
        assert_eq!(parts[0].kind, PartKind::Recommendation);
        assert_eq!(parts[0].id, id);
        assert_eq!(
            parts[0].parent.as_deref(),
            Some(new.fields[0].slug.as_str())
        );
        assert_eq!(
            parts[0].changes,
            vec![Change::Text {
                key: "text",
                language: "en".into(),
                old: old.fields[0].recommendations[1]
                    .text
                    .translation("en")
                    .map(str::to_owned),
                new: Some("Reworded".into()),
            }]
        );
    }

    #[test]
    fn added_retired_and_moved_recommendations() {
        let old = musterstadt();
        let mut new = old.clone();
        let field = &mut new.fields[0];
        let retirement = Retirement {
            date: "2026-12-02".into(),
            version: Some(2),
            reason: "erledigt".into(),
        };
        field.recommendations[0].retired = Some(retirement.clone());
        field.recommendations.swap(1, 2);
        let mut added = field.recommendations[0].clone();
        added.id = "sprache-9".into();
        added.retired = None;
        field.recommendations.push(added);
        let parts = diff(&old, &new);
        let find = |id: &str| parts.iter().find(|p| p.id == id).map(|p| p.changes.clone());
        assert_eq!(find("sprache-1"), Some(vec![Change::Retired(retirement)]));
        assert_eq!(find("sprache-9"), Some(vec![Change::Added]));
        // Swapping two neighbours moves one of them: the other keeps its order.
        let moved: Vec<_> = parts
            .iter()
            .filter(|p| p.changes.iter().any(|c| matches!(c, Change::Moved { .. })))
            .collect();
        assert_eq!(moved.len(), 1, "{parts:?}");
        assert_eq!(moved[0].id, "sprache-2");
        assert_eq!(moved[0].changes, vec![Change::Moved { from: 2, to: 3 }]);
        assert_eq!(parts.len(), 3);
    }

    #[test]
    fn fields_added_moved_retired_and_removed() {
        let old = musterstadt();
        let mut new = old.clone();
        new.fields.swap(0, 1);
        let retirement = Retirement {
            date: "2026-12-01".into(),
            version: None,
            reason: "x".into(),
        };
        new.fields[0].retired = Some(retirement.clone());
        let gone = new.fields.pop().expect("three fields");
        let parts = diff(&old, &new);
        let field = |slug: &str| {
            parts
                .iter()
                .find(|p| p.kind == PartKind::Field && p.id == slug)
        };
        let first = field(&new.fields[0].slug).expect("changed");
        assert_eq!(first.changes, vec![Change::Retired(retirement)]);
        let second = field(&new.fields[1].slug).expect("moved");
        assert_eq!(second.changes, vec![Change::Moved { from: 1, to: 2 }]);
        assert_eq!(
            field(&gone.slug).map(|p| p.changes.clone()),
            Some(vec![Change::Removed])
        );
        let removed: Vec<_> = parts
            .iter()
            .filter(|p| p.kind == PartKind::Recommendation)
            .map(|p| (p.id.as_str(), p.changes.clone()))
            .collect();
        assert_eq!(removed.len(), gone.recommendations.len());
        assert!(removed.iter().all(|(_, c)| c == &vec![Change::Removed]));
        // Back again: the retirement is undone and the field returns.
        let back = diff(&new, &old);
        let field = |slug: &str| {
            back.iter()
                .find(|p| p.kind == PartKind::Field && p.id == slug)
        };
        assert!(field(&gone.slug).is_some_and(|p| p.changes == vec![Change::Added]));
        assert!(
            field(&new.fields[0].slug).is_some_and(|p| p.changes.contains(&Change::Reinstated))
        );
    }

    #[test]
    fn header_sections_statements_and_tags() {
        let old = musterstadt();
        let mut new = old.clone();
        new.subtitle = None;
        new.adopted = Some("2026-12-02".into());
        new.sections[0].heading = Text::german("Neues Leitbild");
        let statement = new.sections[0].items.remove(0);
        new.sections[1].items.push(statement.clone());
        new.tags.remove(0);
        let parts = diff(&old, &new);
        let header = parts
            .iter()
            .find(|p| p.kind == PartKind::Concept)
            .expect("header");
        assert!(header.changes.contains(&Change::Value {
            key: "adopted",
            old: old.adopted.clone(),
            new: Some("2026-12-02".into()),
        }));
        let section = parts
            .iter()
            .find(|p| p.id == old.sections[0].id)
            .expect("section");
        assert!(section.changes.iter().any(|c| matches!(
            c,
            Change::Text { key: "heading", language, new: Some(text), .. } if language == "de" && text == "Neues Leitbild"
        )));
        // The English heading is gone: Text::german has only German.
        assert!(
            section
                .changes
                .iter()
                .any(|c| matches!(c, Change::Text { language, new: None, .. } if language == "en"))
        );
        let moved = parts
            .iter()
            .find(|p| p.id == statement.id)
            .expect("statement");
        assert_eq!(
            moved.changes,
            vec![Change::Reparented {
                from: old.sections[0].id.clone(),
                to: old.sections[1].id.clone(),
            }]
        );
        let tag = parts.iter().find(|p| p.kind == PartKind::Tag).expect("tag");
        assert_eq!(tag.changes, vec![Change::Removed]);
    }

    #[test]
    fn moves_are_the_fewest_needed() {
        assert_eq!(moves(&["a", "b", "c"], &["a", "b", "c"]), Vec::new());
        // c moved to the front: only c moved.
        assert_eq!(
            moves(&["a", "b", "c"], &["c", "a", "b"]),
            vec![("c".to_owned(), 3, 1)]
        );
        // Ids new or gone do not count as moves, and do not shift the others' order.
        assert_eq!(moves(&["a", "x", "b"], &["a", "b", "y"]), Vec::new());
        assert_eq!(moves(&["a", "b"], &["b", "a"]).len(), 1);
        // One part moved to either end, past several: only that one moved.
        let one = |id: &str, from, to| vec![(id.to_owned(), from, to)];
        assert_eq!(
            moves(&["x", "a", "b", "c"], &["a", "b", "c", "x"]),
            one("x", 1, 4)
        );
        assert_eq!(
            moves(&["a", "b", "c", "x"], &["x", "a", "b", "c"]),
            one("x", 4, 1)
        );
        assert_eq!(
            moves(&["a", "b", "c", "d", "e"], &["a", "d", "b", "c", "e"]),
            one("d", 4, 2)
        );
        assert_eq!(
            moves(
                &["a", "b", "c", "d", "e", "f"],
                &["b", "c", "d", "e", "f", "a"]
            ),
            one("a", 1, 6)
        );
        // Reversed: all but one moved.
        assert_eq!(moves(&["a", "b", "c", "d"], &["d", "c", "b", "a"]).len(), 3);
    }

    /// Every order of six parts: the parts not moved keep their order, and there are as few
    /// moves as can be (six minus the longest run of parts in their old order, by brute force).
    #[test]
    fn moves_are_minimal_for_every_order_of_six() {
        let old = ["a", "b", "c", "d", "e", "f"];
        let mut orders = vec![Vec::new()];
        for _ in 0..old.len() {
            orders = orders
                .into_iter()
                .flat_map(|order: Vec<&str>| {
                    old.iter()
                        .filter(|id| !order.contains(id))
                        .map(|id| {
                            let mut longer = order.clone();
                            longer.push(*id);
                            longer
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
        }
        assert_eq!(orders.len(), 720);
        let place = |id: &str| old.iter().position(|other| *other == id).unwrap_or(99);
        for new in orders {
            let longest_kept = (0u32..1 << new.len())
                .filter(|mask| {
                    let kept: Vec<usize> = (0..new.len())
                        .filter(|i| mask & (1 << i) != 0)
                        .map(|i| place(new[i]))
                        .collect();
                    kept.windows(2).all(|pair| pair[0] < pair[1])
                })
                .map(u32::count_ones)
                .max()
                .unwrap_or(0) as usize;
            let moved = moves(&old, &new);
            assert_eq!(moved.len(), old.len() - longest_kept, "{new:?}: {moved:?}");
            let kept: Vec<usize> = new
                .iter()
                .filter(|id| !moved.iter().any(|(m, _, _)| m == *id))
                .map(|id| place(id))
                .collect();
            assert!(kept.windows(2).all(|pair| pair[0] < pair[1]), "{new:?}");
            for (id, from, to) in &moved {
                assert_eq!(*from, place(id) + 1);
                assert_eq!(
                    Some(*to),
                    new.iter().position(|other| other == id).map(|p| p + 1)
                );
            }
        }
    }
}

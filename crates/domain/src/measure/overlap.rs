//! Work done twice: measures of the integration concept and of the refugee programme that serve
//! the same recommendation, for the same target group, in the same district.

use super::{Districts, Measure};

/// Two measures, one on each side, that overlap in all three respects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Overlap {
    pub concept_measure: i64,
    pub refugee_measure: i64,
    pub recommendations: Vec<String>,
    pub target_groups: Vec<String>,
    /// Districts both cover (`None` when both work city-wide).
    pub districts: Option<Vec<String>>,
}

/// Every pair of measures from the two programmes that overlaps. Stopped measures are left out;
/// a measure that already belongs to both programmes is not paired with itself.
pub fn find_overlaps(measures: &[Measure], district_codes: &[String]) -> Vec<Overlap> {
    let active: Vec<&Measure> = measures
        .iter()
        .filter(|m| m.content.status.counts_for_progress())
        .collect();
    let mut overlaps = Vec::new();
    for concept in active
        .iter()
        .filter(|m| m.content.programme.includes_concept())
    {
        for refugee in active
            .iter()
            .filter(|m| m.content.programme.includes_refugee_programme())
        {
            if concept.id == refugee.id {
                continue;
            }
            // A pair of two joint measures would be found twice; keep the order by id.
            if concept.content.programme.includes_refugee_programme()
                && refugee.content.programme.includes_concept()
                && concept.id > refugee.id
            {
                continue;
            }
            let recommendations = common(
                &concept.content.recommendations,
                &refugee.content.recommendations,
            );
            let target_groups = common(
                &concept.content.target_groups,
                &refugee.content.target_groups,
            );
            if recommendations.is_empty()
                || target_groups.is_empty()
                || !concept
                    .content
                    .districts
                    .overlaps(&refugee.content.districts)
            {
                continue;
            }
            let districts = match (&concept.content.districts, &refugee.content.districts) {
                (Districts::All, Districts::All) => None,
                (a, b) => Some(
                    district_codes
                        .iter()
                        .filter(|code| a.covers(code) && b.covers(code))
                        .cloned()
                        .collect(),
                ),
            };
            overlaps.push(Overlap {
                concept_measure: concept.id,
                refugee_measure: refugee.id,
                recommendations,
                target_groups,
                districts,
            });
        }
    }
    overlaps
}

fn common(a: &[String], b: &[String]) -> Vec<String> {
    a.iter().filter(|item| b.contains(item)).cloned().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::measure::{MeasureContent, Programme, Status};
    use crate::text::Text;

    fn measure(
        id: i64,
        programme: Programme,
        recommendation: &str,
        group: &str,
        districts: Districts,
    ) -> Measure {
        let mut content =
            MeasureContent::new(Text::german("M"), "f".into(), vec![recommendation.into()]);
        content.programme = programme;
        content.target_groups = vec![group.into()];
        content.districts = districts;
        Measure {
            id,
            version: 1,
            demo: false,
            created_at: String::new(),
            updated_at: String::new(),
            content,
        }
    }

    #[test]
    fn flags_only_full_overlaps_across_programmes() {
        let codes: Vec<String> = ["01", "02", "07"].iter().map(|c| c.to_string()).collect();
        let some = |c: &[&str]| Districts::Some(c.iter().map(|s| s.to_string()).collect());
        let measures = vec![
            measure(
                1,
                Programme::Concept,
                "r-1",
                "refugees",
                some(&["01", "07"]),
            ),
            measure(
                2,
                Programme::RefugeeProgramme,
                "r-1",
                "refugees",
                some(&["07"]),
            ), // overlaps 1 in 07
            measure(
                3,
                Programme::RefugeeProgramme,
                "r-1",
                "parents",
                Districts::All,
            ), // other group
            measure(
                4,
                Programme::RefugeeProgramme,
                "r-2",
                "refugees",
                Districts::All,
            ), // other recommendation
            measure(
                5,
                Programme::RefugeeProgramme,
                "r-1",
                "refugees",
                some(&["02"]),
            ), // other district
            measure(6, Programme::Concept, "r-1", "refugees", some(&["02"])), // same programme as 1: not a pair
        ];
        let overlaps = find_overlaps(&measures, &codes);
        let pairs: Vec<(i64, i64)> = overlaps
            .iter()
            .map(|o| (o.concept_measure, o.refugee_measure))
            .collect();
        assert_eq!(pairs, vec![(1, 2), (6, 5)]);
        assert_eq!(overlaps[0].districts, Some(vec!["07".to_string()]));
    }

    #[test]
    fn stopped_measures_and_self_pairs_are_ignored() {
        let mut stopped = measure(
            2,
            Programme::RefugeeProgramme,
            "r-1",
            "refugees",
            Districts::All,
        );
        stopped.content.status = Status::Stopped;
        let measures = vec![
            measure(1, Programme::Both, "r-1", "refugees", Districts::All),
            stopped,
        ];
        assert!(find_overlaps(&measures, &[]).is_empty());
    }

    #[test]
    fn two_joint_measures_are_one_pair_in_id_order() {
        let measures = vec![
            measure(1, Programme::Both, "r-1", "refugees", Districts::All),
            measure(2, Programme::Both, "r-1", "refugees", Districts::All),
        ];
        let overlaps = find_overlaps(&measures, &[]);
        let pairs: Vec<(i64, i64)> = overlaps
            .iter()
            .map(|o| (o.concept_measure, o.refugee_measure))
            .collect();
        assert_eq!(pairs, [(1, 2)]);
        assert_eq!(overlaps[0].districts, None);
    }

    #[test]
    fn a_joint_measure_pairs_with_a_one_sided_one_whatever_their_ids() {
        // The joint measure 2 is the concept side of the refugee programme's measure 1, and the
        // refugee side of the concept's measure 3: neither pair is a duplicate.
        let measures = vec![
            measure(
                1,
                Programme::RefugeeProgramme,
                "r-1",
                "refugees",
                Districts::All,
            ),
            measure(2, Programme::Both, "r-1", "refugees", Districts::All),
            measure(3, Programme::Concept, "r-1", "refugees", Districts::All),
        ];
        let pairs: Vec<(i64, i64)> = find_overlaps(&measures, &[])
            .iter()
            .map(|o| (o.concept_measure, o.refugee_measure))
            .collect();
        assert_eq!(pairs, [(2, 1), (3, 1), (3, 2)]);
    }
}

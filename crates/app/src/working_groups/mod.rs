//! Working groups: one per action field, with members and meeting records. Everybody sees the
//! groups; the public sees a member's name only if that person consented, an account sees every
//! name. Editors bound to a field and administrators keep that field's group current
//! (`Visitor::may_edit_field`). The group pages and every form ask here, so the rules are written
//! once.

use jiff::Timestamp;
use jiff::civil::Date;
use teilhabe_domain::access::Visitor;
use teilhabe_domain::concept::Concept;
use teilhabe_store::working_groups::{Meeting, Member, NewMeeting, NewMember};
use teilhabe_store::{Store, StoreError};

use crate::error::{Actor, AppError, Problem};

/// A working group as `visitor` may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub members: Vec<Member>,
    pub meetings: Vec<Meeting>,
    /// Whether `visitor` may add and remove members and record meetings.
    pub may_edit: bool,
}

/// A member as typed into the form: person and organisation are required.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemberInput {
    pub person: String,
    pub organisation: String,
    pub is_chair: bool,
    /// The person agreed that their name is shown to the public.
    pub name_public: bool,
}

/// A meeting as typed into the form: a date (YYYY-MM-DD), a count of participants (0 or more)
/// and the decisions taken.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MeetingInput {
    pub date: String,
    pub participants: String,
    pub decisions: String,
}

/// `members` as `visitor` may see them: an account sees every name, the public only the names of
/// members who consented (the organisation is always shown).
pub fn visible(visitor: &Visitor, members: Vec<Member>) -> Vec<Member> {
    if visitor.sees_internal() {
        members
    } else {
        members.into_iter().map(Member::for_public).collect()
    }
}

/// Allows `visitor` to change the working group of `field`, or says why not.
pub fn may_edit(visitor: &Visitor, field: &str) -> Result<(), AppError> {
    if visitor.may_edit_field(field) {
        Ok(())
    } else {
        Err(AppError::refuse(
            visitor,
            &format!("you may not change the working group `{field}`"),
        ))
    }
}

/// The members of every working group of `city` (or of `field`'s), as `visitor` may see them.
pub async fn members(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    field: Option<&str>,
) -> Result<Vec<Member>, AppError> {
    Ok(visible(visitor, store.members(city, field).await?))
}

/// The working group of `field` in `concept`: its members as `visitor` may see them, its meetings
/// and whether `visitor` may change it. An unknown field is not found.
pub async fn group(
    store: &Store,
    visitor: &Visitor,
    concept: &Concept,
    field: &str,
) -> Result<Group, AppError> {
    known_field(concept, field)?;
    let city = &concept.city.slug;
    let members = members(store, visitor, city, Some(field)).await?;
    let meetings = store.meetings(city, field).await?;
    Ok(Group {
        members,
        meetings,
        may_edit: visitor.may_edit_field(field),
    })
}

/// Adds a member to the working group of `field`; a new chair replaces the previous one.
pub async fn add_member(
    store: &Store,
    visitor: &Visitor,
    concept: &Concept,
    field: &str,
    input: &MemberInput,
    now: Timestamp,
) -> Result<i64, AppError> {
    may_edit(visitor, field)?;
    known_field(concept, field)?;
    let member = check_member(input)?;
    Ok(store
        .add_member(&concept.city.slug, field, &member, &actor(visitor), now)
        .await?)
}

/// Removes member `id` from the working group of `field`. A member who is gone already is no
/// error: the group is as asked.
pub async fn remove_member(
    store: &Store,
    visitor: &Visitor,
    concept: &Concept,
    field: &str,
    id: i64,
    now: Timestamp,
) -> Result<(), AppError> {
    may_edit(visitor, field)?;
    known_field(concept, field)?;
    match store
        .remove_member(&concept.city.slug, field, id, &actor(visitor), now)
        .await
    {
        Ok(()) | Err(StoreError::NotFound) => Ok(()),
        Err(error) => Err(error.into()),
    }
}

/// Records a meeting of the working group of `field`.
pub async fn add_meeting(
    store: &Store,
    visitor: &Visitor,
    concept: &Concept,
    field: &str,
    input: &MeetingInput,
    now: Timestamp,
) -> Result<i64, AppError> {
    may_edit(visitor, field)?;
    known_field(concept, field)?;
    let meeting = check_meeting(input)?;
    Ok(store
        .add_meeting(&concept.city.slug, field, &meeting, &actor(visitor), now)
        .await?)
}

fn known_field(concept: &Concept, field: &str) -> Result<(), AppError> {
    concept.field(field).map(|_| ()).ok_or(AppError::NotFound)
}

/// The member to store, or every problem of the input, each naming its field.
pub fn check_member(input: &MemberInput) -> Result<NewMember, AppError> {
    let (person, organisation) = (input.person.trim(), input.organisation.trim());
    let mut problems = Vec::new();
    if person.is_empty() {
        problems.push(Problem::new("person", "the person's name is missing"));
    }
    if organisation.is_empty() {
        problems.push(Problem::new("organisation", "the organisation is missing"));
    }
    if !problems.is_empty() {
        return Err(AppError::Invalid(problems));
    }
    Ok(NewMember {
        person: person.to_owned(),
        organisation: organisation.to_owned(),
        is_chair: input.is_chair,
        name_public: input.name_public,
    })
}

/// The meeting to store, or every problem of the input, each naming its field.
pub fn check_meeting(input: &MeetingInput) -> Result<NewMeeting, AppError> {
    let mut problems = Vec::new();
    let date = input.date.trim().parse::<Date>().ok();
    if date.is_none() {
        problems.push(Problem::new(
            "date",
            format!("`{}` is no date; expected YYYY-MM-DD", input.date.trim()),
        ));
    }
    let participants = input
        .participants
        .trim()
        .parse::<i64>()
        .ok()
        .filter(|n| *n >= 0);
    if participants.is_none() {
        problems.push(Problem::new(
            "participants",
            format!(
                "`{}` is no count; expected a whole number, 0 or more",
                input.participants.trim()
            ),
        ));
    }
    let decisions = input.decisions.trim();
    if decisions.is_empty() {
        problems.push(Problem::new("decisions", "the decisions are missing"));
    }
    match (date, participants) {
        (Some(date), Some(participants)) if problems.is_empty() => Ok(NewMeeting {
            date,
            participants,
            decisions: decisions.to_owned(),
        }),
        _ => Err(AppError::Invalid(problems)),
    }
}

fn actor(visitor: &Visitor) -> String {
    Actor::Visitor(visitor.clone()).name()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(error: AppError) -> Vec<String> {
        match error {
            AppError::Invalid(problems) => problems.into_iter().map(|p| p.field).collect(),
            other => panic!("expected problems, got {other}"),
        }
    }

    #[test]
    fn a_member_needs_person_and_organisation() {
        let empty = check_member(&MemberInput::default())
            .map(|_| ())
            .unwrap_err();
        assert_eq!(fields(empty), ["person", "organisation"]);
        let blank = MemberInput {
            person: "  ".into(),
            organisation: "Stadtsportbund".into(),
            ..MemberInput::default()
        };
        assert_eq!(
            fields(check_member(&blank).map(|_| ()).unwrap_err()),
            ["person"]
        );
        let fine = MemberInput {
            person: " Frau Beispiel ".into(),
            organisation: "Stadtsportbund".into(),
            is_chair: true,
            name_public: false,
        };
        let member = check_member(&fine).unwrap();
        assert_eq!(member.person, "Frau Beispiel");
        assert!(member.is_chair && !member.name_public);
    }

    #[test]
    fn a_meeting_needs_a_date_a_count_of_zero_or_more_and_decisions() {
        let input = |date: &str, participants: &str, decisions: &str| MeetingInput {
            date: date.into(),
            participants: participants.into(),
            decisions: decisions.into(),
        };
        let all_wrong = check_meeting(&input("12.03.2026", "-1", " "))
            .map(|_| ())
            .unwrap_err();
        assert_eq!(fields(all_wrong), ["date", "participants", "decisions"]);
        let not_a_count = check_meeting(&input("2026-03-12", "neun", "Liga"))
            .map(|_| ())
            .unwrap_err();
        assert_eq!(fields(not_a_count), ["participants"]);
        let meeting = check_meeting(&input("2026-03-12", "0", "Liga startet")).unwrap();
        assert_eq!(meeting.date.to_string(), "2026-03-12");
        assert_eq!(meeting.participants, 0);
    }
}

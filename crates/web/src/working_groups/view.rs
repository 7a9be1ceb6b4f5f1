//! The working groups' pages as view models: what templates/working_groups/ show, built from the
//! concept and what `teilhabe_app::working_groups` lets the visitor see. The group page's forms
//! are [`Field`]s rendered by the frame's KERN macros.

use askama::Template;
use teilhabe_app::error::Problem;
use teilhabe_app::working_groups::{Group, MeetingInput, MemberInput};
use teilhabe_domain::concept::Concept;
use teilhabe_store::working_groups::{Meeting, Member};

use crate::frame::fields::{Control, Field, FieldError};
use crate::frame::i18n::Translator;
use crate::frame::{Layout, Localized};

pub struct GroupSummary {
    slug: String,
    title: Localized,
    chair: Option<String>,
    members: usize,
}

#[derive(Template)]
#[template(path = "working_groups/overview.html")]
pub struct OverviewPage<'a> {
    layout: Layout<'a>,
    groups: Vec<GroupSummary>,
}

/// Every action field's group with its chair and number of members (`members` as the visitor
/// may see them).
pub fn overview_page<'a>(
    layout: Layout<'a>,
    concept: &Concept,
    members: &[Member],
) -> OverviewPage<'a> {
    let lang = layout.t.code().to_owned();
    let groups = concept
        .fields
        .iter()
        .map(|field| {
            let own: Vec<&Member> = members.iter().filter(|m| m.field == field.slug).collect();
            GroupSummary {
                slug: field.slug.clone(),
                title: Localized::new(&field.title, &lang),
                chair: own.iter().find(|m| m.is_chair).map(|m| {
                    if m.person.is_empty() {
                        m.organisation.clone()
                    } else {
                        format!("{} ({})", m.person, m.organisation)
                    }
                }),
                members: own.len(),
            }
        })
        .collect();
    OverviewPage { layout, groups }
}

#[derive(Template)]
#[template(path = "working_groups/group.html")]
pub struct GroupPage<'a> {
    layout: Layout<'a>,
    slug: String,
    title: Localized,
    members: Vec<Member>,
    meetings: Vec<Meeting>,
    may_edit: bool,
    csrf: String,
    member_fields: Vec<Field>,
    member_errors: Vec<FieldError>,
    meeting_fields: Vec<Field>,
    meeting_errors: Vec<FieldError>,
}

/// What the group page's forms show: empty, or a refused input with its problems.
#[derive(Default)]
pub enum Forms {
    #[default]
    Empty,
    Member(MemberInput, Vec<Problem>),
    Meeting(MeetingInput, Vec<Problem>),
}

/// The group page; `title` is the field's title in the page's language.
pub struct GroupContext {
    pub slug: String,
    pub title: Localized,
    pub group: Group,
    pub csrf: String,
    pub forms: Forms,
}

pub fn group_page(layout: Layout<'_>, context: GroupContext) -> GroupPage<'_> {
    let t = &layout.t;
    let (member, member_problems, meeting, meeting_problems) = match context.forms {
        Forms::Empty => Default::default(),
        Forms::Member(input, problems) => (input, problems, MeetingInput::default(), Vec::new()),
        Forms::Meeting(input, problems) => (MemberInput::default(), Vec::new(), input, problems),
    };
    let member_fields = member_fields(t, &member, &member_problems);
    let meeting_fields = meeting_fields(t, &meeting, &meeting_problems);
    let member_errors = FieldError::of(&member_fields.iter().collect::<Vec<_>>());
    let meeting_errors = FieldError::of(&meeting_fields.iter().collect::<Vec<_>>());
    GroupPage {
        slug: context.slug,
        title: context.title,
        members: context.group.members,
        meetings: context.group.meetings,
        may_edit: context.group.may_edit,
        csrf: context.csrf,
        member_fields,
        member_errors,
        meeting_fields,
        meeting_errors,
        layout,
    }
}

/// The translated message for a problem of `field`, if the input has one.
fn error(t: &Translator<'_>, problems: &[Problem], field: &str) -> Option<String> {
    problems
        .iter()
        .any(|problem| problem.field == field)
        .then(|| t.msg(&format!("group-error-{field}")))
}

fn member_fields(t: &Translator<'_>, input: &MemberInput, problems: &[Problem]) -> Vec<Field> {
    vec![
        Field::text("person", t.msg("group-person"))
            .value(input.person.as_str())
            .error(error(t, problems, "person"))
            .required(),
        Field::text("organisation", t.msg("col-organisation"))
            .value(input.organisation.as_str())
            .error(error(t, problems, "organisation"))
            .required(),
        Field::checkbox("chair", t.msg("group-is-chair"), input.is_chair),
        Field::checkbox("name_public", t.msg("group-name-public"), input.name_public),
    ]
}

fn meeting_fields(t: &Translator<'_>, input: &MeetingInput, problems: &[Problem]) -> Vec<Field> {
    vec![
        Field::new(Control::Date, "date", t.msg("group-meeting-date"))
            .id("meeting-date")
            .value(input.date.as_str())
            .error(error(t, problems, "date"))
            .required(),
        Field::new(
            Control::Number,
            "participants",
            t.msg("group-participants-label"),
        )
        .value(input.participants.as_str())
        .attribute("min", "0")
        .attribute("inputmode", "numeric")
        .error(error(t, problems, "participants"))
        .required(),
        Field::text_area("decisions", t.msg("group-decisions"), 4)
            .value(input.decisions.as_str())
            .error(error(t, problems, "decisions"))
            .required(),
    ]
}

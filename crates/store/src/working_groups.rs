//! Working groups: one per action field, with members and meeting records.

use jiff::Timestamp;
use jiff::civil::Date;
use sqlx::Row;

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Store, StoreError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub id: i64,
    pub field: String,
    pub person: String,
    pub organisation: String,
    pub is_chair: bool,
    /// The person agreed that their name is shown to the public; otherwise the public sees the
    /// organisation only.
    pub name_public: bool,
}

impl Member {
    /// The member as the public may see them: without the name unless they consented.
    pub fn for_public(mut self) -> Member {
        if !self.name_public {
            self.person = String::new();
        }
        self
    }
}

pub struct NewMember {
    pub person: String,
    pub organisation: String,
    pub is_chair: bool,
    pub name_public: bool,
}

pub struct NewMeeting {
    pub date: Date,
    pub participants: i64,
    pub decisions: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Meeting {
    pub id: i64,
    pub field: String,
    pub date: String,
    pub participants: i64,
    pub decisions: String,
}

fn entry(actor: &str, action: &str, field: &str, detail: String) -> AuditEntry {
    AuditEntry {
        actor: actor.to_owned(),
        action: action.to_owned(),
        entity_type: "working_group".into(),
        entity_id: field.to_owned(),
        field: None,
        old_value: None,
        new_value: None,
        detail: Some(detail),
    }
}

impl Store {
    pub async fn members(
        &self,
        city: &str,
        field: Option<&str>,
    ) -> Result<Vec<Member>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, field_slug, person, organisation, is_chair, name_public FROM working_group_members
             WHERE city_slug = $1 AND ($2 IS NULL OR field_slug = $2) ORDER BY field_slug, is_chair DESC, person",
        )
        .bind(city)
        .bind(field)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Member {
                    id: row.try_get("id")?,
                    field: row.try_get("field_slug")?,
                    person: row.try_get("person")?,
                    organisation: row.try_get("organisation")?,
                    is_chair: row.try_get::<i64, _>("is_chair")? != 0,
                    name_public: row.try_get::<i64, _>("name_public")? != 0,
                })
            })
            .collect()
    }

    /// Adds a member; a new chair replaces the previous one (one chair per group).
    pub async fn add_member(
        &self,
        city: &str,
        field: &str,
        member: &NewMember,
        actor: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let (person, organisation, is_chair) =
            (&member.person, &member.organisation, member.is_chair);
        let mut transaction = self.begin_write().await?;
        if is_chair {
            sqlx::query("UPDATE working_group_members SET is_chair = 0 WHERE city_slug = $1 AND field_slug = $2")
                .bind(city)
                .bind(field)
                .execute(&mut *transaction)
                .await?;
        }
        let id: i64 = sqlx::query(
            "INSERT INTO working_group_members (city_slug, field_slug, person, organisation, is_chair, created_at, name_public)
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(city)
        .bind(field)
        .bind(person)
        .bind(organisation)
        .bind(i64::from(is_chair))
        .bind(stamp(now))
        .bind(i64::from(member.name_public))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        let role = if is_chair { " (chair)" } else { "" };
        audit::append(
            &mut transaction,
            now,
            &[entry(
                actor,
                "working_group.member_add",
                field,
                format!("{person}, {organisation}{role}"),
            )],
        )
        .await?;
        transaction.commit().await?;
        Ok(id)
    }

    pub async fn remove_member(
        &self,
        city: &str,
        field: &str,
        id: i64,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let member = self
            .members(city, Some(field))
            .await?
            .into_iter()
            .find(|m| m.id == id)
            .ok_or(StoreError::NotFound)?;
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM working_group_members WHERE id = $1")
            .bind(id)
            .execute(&mut *transaction)
            .await?;
        audit::append(
            &mut transaction,
            now,
            &[entry(
                actor,
                "working_group.member_remove",
                field,
                format!("{}, {}", member.person, member.organisation),
            )],
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    pub async fn meetings(&self, city: &str, field: &str) -> Result<Vec<Meeting>, StoreError> {
        let rows = sqlx::query(
            "SELECT id, field_slug, meeting_date, participants, decisions FROM working_group_meetings
             WHERE city_slug = $1 AND field_slug = $2 ORDER BY meeting_date DESC, id DESC",
        )
        .bind(city)
        .bind(field)
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(Meeting {
                    id: row.try_get("id")?,
                    field: row.try_get("field_slug")?,
                    date: row.try_get("meeting_date")?,
                    participants: row.try_get("participants")?,
                    decisions: row.try_get("decisions")?,
                })
            })
            .collect()
    }

    pub async fn add_meeting(
        &self,
        city: &str,
        field: &str,
        meeting: &NewMeeting,
        actor: &str,
        now: Timestamp,
    ) -> Result<i64, StoreError> {
        let (date, participants, decisions) =
            (meeting.date, meeting.participants, &meeting.decisions);
        let mut transaction = self.begin_write().await?;
        let id: i64 = sqlx::query(
            "INSERT INTO working_group_meetings (city_slug, field_slug, meeting_date, participants, decisions, created_at)
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(city)
        .bind(field)
        .bind(date.to_string())
        .bind(participants)
        .bind(decisions)
        .bind(stamp(now))
        .fetch_one(&mut *transaction)
        .await?
        .try_get("id")?;
        audit::append(
            &mut transaction,
            now,
            &[entry(
                actor,
                "working_group.meeting_add",
                field,
                format!("{date}: {participants} participants"),
            )],
        )
        .await?;
        transaction.commit().await?;
        Ok(id)
    }
}

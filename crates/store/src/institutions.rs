//! The institution registry and which institution an account acts for.

use jiff::Timestamp;
use sqlx::Row;
use sqlx::any::AnyRow;
use teilhabe_domain::institution::{Institution, InstitutionKind, Registry};

use crate::audit::{self, AuditEntry};
use crate::time::stamp;
use crate::{Store, StoreError};

/// An institution as stored: the registry's fields, and whether the current file still lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredInstitution {
    pub institution: Institution,
    pub active: bool,
}

/// What loading a registry changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RegistryLoad {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// Stored institutions the file no longer lists: kept, marked inactive.
    pub deactivated: usize,
}

fn institution_from(row: &AnyRow) -> Result<StoredInstitution, StoreError> {
    let kind: String = row.try_get("kind")?;
    Ok(StoredInstitution {
        institution: Institution {
            code: row.try_get("code")?,
            name: row.try_get("name")?,
            kind: InstitutionKind::parse(&kind)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown institution kind `{kind}`")))?,
            district: row.try_get("district")?,
            parent: row.try_get("parent")?,
        },
        active: row.try_get::<i64, _>("active")? != 0,
    })
}

impl Store {
    /// Every institution, active ones first, then by name.
    pub async fn institutions(&self) -> Result<Vec<StoredInstitution>, StoreError> {
        let rows = sqlx::query(
            "SELECT code, name, kind, district, parent, active FROM institutions
             ORDER BY active DESC, name, code",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(institution_from).collect()
    }

    pub async fn institution(&self, code: &str) -> Result<Option<StoredInstitution>, StoreError> {
        let row = sqlx::query(
            "SELECT code, name, kind, district, parent, active FROM institutions WHERE code = $1",
        )
        .bind(code)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(institution_from).transpose()
    }

    /// Makes the stored registry what `registry` lists, in one transaction: new institutions
    /// are added, changed ones updated, those the file no longer lists kept but inactive (their
    /// requests, values and offers still name them). Each change is audited.
    pub async fn save_institutions(
        &self,
        registry: &Registry,
        actor: &str,
        now: Timestamp,
    ) -> Result<RegistryLoad, StoreError> {
        let before = self.institutions().await?;
        let mut load = RegistryLoad::default();
        let mut entries = Vec::new();
        let entry = |code: &str, action: &str, detail: String| AuditEntry {
            actor: actor.to_owned(),
            action: action.to_owned(),
            entity_type: "institution".into(),
            entity_id: code.to_owned(),
            field: None,
            old_value: None,
            new_value: None,
            detail: Some(detail),
        };
        let mut transaction = self.begin_write().await?;
        for institution in &registry.institutions {
            let stored = before
                .iter()
                .find(|stored| stored.institution.code == institution.code);
            match stored {
                Some(stored) if stored.active && &stored.institution == institution => {
                    load.unchanged += 1;
                    continue;
                }
                Some(_) => {
                    load.changed += 1;
                    entries.push(entry(
                        &institution.code,
                        "institution.update",
                        institution.name.clone(),
                    ));
                }
                None => {
                    load.added += 1;
                    entries.push(entry(
                        &institution.code,
                        "institution.add",
                        institution.name.clone(),
                    ));
                }
            }
            sqlx::query(
                "INSERT INTO institutions (code, name, kind, district, parent, active, updated_at)
                 VALUES ($1, $2, $3, $4, $5, 1, $6)
                 ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                   district = excluded.district, parent = excluded.parent, active = 1,
                   updated_at = excluded.updated_at",
            )
            .bind(&institution.code)
            .bind(&institution.name)
            .bind(institution.kind.as_str())
            .bind(institution.district.as_deref())
            .bind(institution.parent.as_deref())
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?;
        }
        for stored in before
            .iter()
            .filter(|stored| stored.active && registry.get(&stored.institution.code).is_none())
        {
            load.deactivated += 1;
            sqlx::query("UPDATE institutions SET active = 0, updated_at = $1 WHERE code = $2")
                .bind(stamp(now))
                .bind(&stored.institution.code)
                .execute(&mut *transaction)
                .await?;
            entries.push(entry(
                &stored.institution.code,
                "institution.deactivate",
                stored.institution.name.clone(),
            ));
        }
        audit::append(&mut transaction, now, &entries).await?;
        transaction.commit().await?;
        Ok(load)
    }

    /// The institution the account `user_id` acts for, if any.
    pub async fn institution_of(&self, user_id: i64) -> Result<Option<String>, StoreError> {
        let row =
            sqlx::query("SELECT institution_code FROM institution_members WHERE user_id = $1")
                .bind(user_id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|row| row.try_get("institution_code")).transpose()?)
    }

    /// Every membership, as (user id, institution code), by user.
    pub async fn institution_memberships(&self) -> Result<Vec<(i64, String)>, StoreError> {
        let rows = sqlx::query(
            "SELECT user_id, institution_code FROM institution_members ORDER BY user_id",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.iter()
            .map(|row| Ok((row.try_get("user_id")?, row.try_get("institution_code")?)))
            .collect()
    }

    /// Makes the account `user_id` act for `institution` (or for none), audited. Unknown
    /// accounts and unknown or inactive institutions are [`StoreError::NotFound`].
    pub async fn set_institution_of(
        &self,
        user_id: i64,
        institution: Option<&str>,
        actor: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let user = self.user(user_id).await?.ok_or(StoreError::NotFound)?;
        let before = self.institution_of(user_id).await?;
        if before.as_deref() == institution {
            return Ok(());
        }
        if let Some(code) = institution
            && !self
                .institution(code)
                .await?
                .is_some_and(|stored| stored.active)
        {
            return Err(StoreError::NotFound);
        }
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM institution_members WHERE user_id = $1")
            .bind(user_id)
            .execute(&mut *transaction)
            .await?;
        if let Some(code) = institution {
            sqlx::query(
                "INSERT INTO institution_members (user_id, institution_code, granted_by, granted_at)
                 VALUES ($1, $2, $3, $4)",
            )
            .bind(user_id)
            .bind(code)
            .bind(actor)
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?;
        }
        audit::append(
            &mut transaction,
            now,
            &[AuditEntry {
                actor: actor.to_owned(),
                action: "user.institution".into(),
                entity_type: "user".into(),
                entity_id: user.login,
                field: Some("institution".into()),
                old_value: before,
                new_value: institution.map(str::to_owned),
                detail: None,
            }],
        )
        .await?;
        transaction.commit().await?;
        Ok(())
    }
}

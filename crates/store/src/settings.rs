//! City settings (districts, target groups, programmes), stored as loaded.

use jiff::Timestamp;
use sha2::{Digest, Sha256};
use sqlx::Row;
use teilhabe_domain::city::CitySettings;

use crate::time::stamp;
use crate::{Store, StoreError};

impl Store {
    /// Stores the settings of `settings.city`; returns false when they were already stored as is.
    pub async fn save_city_settings(
        &self,
        settings: &CitySettings,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let document = serde_json::to_string(settings)
            .map_err(|error| StoreError::Corrupt(error.to_string()))?;
        let hash: String = Sha256::digest(document.as_bytes())
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let mut transaction = self.begin_write().await?;
        let current: Option<String> =
            sqlx::query("SELECT content_hash FROM city_settings WHERE city_slug = $1")
                .bind(&settings.city)
                .fetch_optional(&mut *transaction)
                .await?
                .map(|row| row.try_get("content_hash"))
                .transpose()?;
        if current.as_deref() == Some(hash.as_str()) {
            return Ok(false);
        }
        sqlx::query("DELETE FROM city_settings WHERE city_slug = $1")
            .bind(&settings.city)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("INSERT INTO city_settings (city_slug, document, content_hash, loaded_at) VALUES ($1, $2, $3, $4)")
            .bind(&settings.city)
            .bind(&document)
            .bind(&hash)
            .bind(stamp(now))
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// The settings of `city`; a city without settings has no districts and no target groups.
    pub async fn city_settings(&self, city: &str) -> Result<CitySettings, StoreError> {
        let row = sqlx::query("SELECT document FROM city_settings WHERE city_slug = $1")
            .bind(city)
            .fetch_optional(&self.pool)
            .await?;
        match row {
            Some(row) => {
                let document: String = row.try_get("document")?;
                serde_json::from_str(&document)
                    .map_err(|error| StoreError::Corrupt(format!("settings of {city}: {error}")))
            }
            None => Ok(CitySettings {
                city: city.to_owned(),
                refugee_programme: teilhabe_domain::text::Text::german("Programm für Geflüchtete")
                    .with("en", "Refugee programme"),
                districts: Vec::new(),
                target_groups: Vec::new(),
            }),
        }
    }
}

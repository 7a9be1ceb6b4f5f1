//! `GET /api/v1/discrimination/statistics?year=` (public): the year's published statistics per
//! quarter, every count through disclosure control — the same figures as the statistics page.

use axum::Json;
use axum::extract::{Query, State};
use serde::{Deserialize, Serialize};
use teilhabe_app::discrimination::{self, DEFAULT_MIN_COUNT};
use teilhabe_domain::discrimination::statistics::{Periods, Published};
use teilhabe_domain::mediation::city_zone;

use crate::frame::visitor::Viewer;
use crate::frame::{ApiError, AppState};

#[derive(Deserialize)]
pub struct YearParam {
    year: Option<String>,
}

#[derive(Serialize)]
pub struct StatisticsBody {
    year: i16,
    /// Reports measure reporting, not prevalence.
    caveat: &'static str,
    #[serde(flatten)]
    published: Published,
}

pub async fn statistics(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(param): Query<YearParam>,
) -> Result<Json<StatisticsBody>, ApiError> {
    let current = state.now().to_zoned(city_zone()).year();
    let year = super::statistics::chosen_year(param.year.as_deref(), current).map_err(|()| {
        ApiError::BadRequest(format!(
            "year: expected a year from 2000 to {current}, got `{}`",
            param.year.unwrap_or_default()
        ))
    })?;
    let published = discrimination::published(
        state.store(),
        &viewer.visitor,
        discrimination::categories(),
        Periods::Quarters { year },
        DEFAULT_MIN_COUNT,
    )
    .await?;
    Ok(Json(StatisticsBody {
        year,
        caveat: "Documented reports measure reporting, not how often discrimination happens.",
        published,
    }))
}

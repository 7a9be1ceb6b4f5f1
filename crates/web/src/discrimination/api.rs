//! `GET /api/v1/discrimination/statistics?year=` (public): the year's published statistics per
//! quarter, every count through disclosure control — the same figures as the statistics page.

use axum::Json;
use axum::extract::State;
use serde::{Deserialize, Serialize};
use teilhabe_app::discrimination::{self, DEFAULT_MIN_COUNT};
use teilhabe_domain::discrimination::statistics::{Periods, Published};
use teilhabe_domain::mediation::city_zone;

use crate::frame::api_input::ApiQuery;
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
    ApiQuery(param): ApiQuery<YearParam>,
) -> Result<Json<StatisticsBody>, ApiError> {
    // Any year from 2000 on may be asked for (a future one has no cases yet), as the OpenAPI
    // document says; the page offers only past years.
    let year = match param.year.as_deref().map(str::trim) {
        None => state.now().to_zoned(city_zone()).year(),
        Some(text) => text
            .parse::<i16>()
            .ok()
            .filter(|year| (2000..=9998).contains(year))
            .ok_or_else(|| {
                ApiError::BadRequest(format!(
                    "year: expected a year from 2000 to 9998, got `{text}`"
                ))
            })?,
    };
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

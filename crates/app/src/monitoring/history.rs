//! The history of a city's imports, a page at a time: who may see what is decided here.
//!
//! Files, sources and periods are public (every figure names its source anyway); who imported is
//! internal, and the link to an import's audit entries is for those who may read the audit log.

use teilhabe_domain::access::Visitor;
use teilhabe_domain::text::Text;
use teilhabe_store::{ImportQuery, ImportRecord, Store};

use crate::error::AppError;

/// Imports listed per page.
pub const PAGE_SIZE: i64 = 20;

/// Which imports to list: filters (empty = any) and the page, counted from 1.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HistoryQuery {
    pub indicator: Option<String>,
    pub source: Option<String>,
    pub page: i64,
}

/// One page of the history, with what the filters can choose from.
#[derive(Debug, Clone)]
pub struct ImportHistory {
    /// Newest first. `imported_by` is empty unless [`ImportHistory::shows_who`].
    pub records: Vec<ImportRecord>,
    /// Imports matching the filters, on every page.
    pub total: i64,
    /// The page shown, from 1 (past the last page: the last page).
    pub page: i64,
    /// Pages in all (at least 1).
    pub pages: i64,
    /// The catalogue's indicators (id, title), for the indicator filter.
    pub indicators: Vec<(String, Text)>,
    /// The sources imports name, for the source filter.
    pub sources: Vec<String>,
    /// Staff see who imported.
    pub shows_who: bool,
    /// Those who read the audit log get a link from each import to its entries there.
    pub links_audit_log: bool,
    /// Those who may import get the upload forms.
    pub may_import: bool,
}

/// The page of `city`'s imports that `query` asks for, as `visitor` may see it.
pub async fn import_history(
    store: &Store,
    visitor: &Visitor,
    city: &str,
    query: &HistoryQuery,
) -> Result<ImportHistory, AppError> {
    let filter = |value: &Option<String>| value.clone().filter(|v| !v.trim().is_empty());
    let mut store_query = ImportQuery {
        indicator: filter(&query.indicator),
        source: filter(&query.source),
        limit: PAGE_SIZE,
        offset: 0,
    };
    let (catalogue, sources) =
        tokio::try_join!(store.current_catalogue(city), store.import_sources(city))?;
    // The total decides the last page; a page beyond it shows the last one.
    let wanted = query.page.max(1);
    store_query.offset = (wanted - 1).saturating_mul(PAGE_SIZE);
    let mut found = store.import_page(city, &store_query).await?;
    let pages = pages(found.total);
    let page = wanted.min(pages);
    if page != wanted {
        store_query.offset = (page - 1) * PAGE_SIZE;
        found = store.import_page(city, &store_query).await?;
    }
    let shows_who = visitor.sees_internal();
    let mut records = found.records;
    if !shows_who {
        for record in &mut records {
            record.imported_by.clear();
        }
    }
    Ok(ImportHistory {
        records,
        total: found.total,
        page,
        pages,
        indicators: catalogue
            .map(|c| {
                c.indicators
                    .into_iter()
                    .map(|indicator| (indicator.id, indicator.title))
                    .collect()
            })
            .unwrap_or_default(),
        sources,
        shows_who,
        links_audit_log: visitor.may_read_audit_log(),
        may_import: visitor.may_import(),
    })
}

/// Pages needed for `total` imports: at least one, even when there are none.
pub fn pages(total: i64) -> i64 {
    ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_round_up_and_never_fall_below_one() {
        assert_eq!(pages(0), 1);
        assert_eq!(pages(1), 1);
        assert_eq!(pages(PAGE_SIZE), 1);
        assert_eq!(pages(PAGE_SIZE + 1), 2);
        assert_eq!(pages(3 * PAGE_SIZE), 3);
    }
}

//! What every page handler needs: state, language, visitor and the request headers — and the ways
//! to answer: a rendered page (cacheable for the public), a message page, a redirect.

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use teilhabe_app::AppError;
use teilhabe_store::{StoreError, StoredConcept};

use super::caching;
use super::error::{ApiError, PageError};
use super::i18n::Translator;
use super::language::Language;
use super::layout::Layout;
use super::nav::Nav;
use super::state::AppState;
use super::visitor::Viewer;

pub struct Page {
    pub state: AppState,
    pub language: Language,
    pub viewer: Viewer,
    pub request: HeaderMap,
    pub path: String,
    /// The client's network (IPv4 address or IPv6 /64), for login throttling.
    pub address: String,
    /// Whether the request came over HTTPS (configured, or said by a trusted proxy).
    pub secure: bool,
}

impl FromRequestParts<AppState> for Page {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let language = Language::from_request_parts(parts, state).await?;
        let viewer = Viewer::from_request_parts(parts, state).await?;
        let client = crate::frame::client::Client::of(parts, state);
        Ok(Page {
            state: state.clone(),
            language,
            viewer,
            request: parts.headers.clone(),
            path: parts
                .uri
                .path_and_query()
                .map(|p| p.as_str().to_owned())
                .unwrap_or_else(|| "/".into()),
            address: client.network(),
            secure: client.secure(state),
        })
    }
}

impl Page {
    pub fn t(&self) -> Translator<'_> {
        self.state.locales().translator(&self.language.code)
    }

    pub fn lang(&self) -> &str {
        self.t().code()
    }

    pub fn layout(&self, stored: Option<&StoredConcept>, nav: Nav, title: String) -> Layout<'_> {
        Layout::new(
            self.t(),
            &self.language,
            &self.state,
            &self.viewer,
            stored,
            nav,
            title,
        )
    }

    /// The current concept, or the page to answer instead.
    pub async fn concept(&self) -> Result<std::sync::Arc<StoredConcept>, PageError> {
        match self.state.concept().await {
            Ok(Some(stored)) => Ok(stored),
            Ok(None) => Err(self.message(
                None,
                StatusCode::SERVICE_UNAVAILABLE,
                "no-concept-title",
                "no-concept-text",
            )),
            Err(error) => {
                tracing::error!(%error, "cannot read the concept");
                Err(self.internal_error())
            }
        }
    }

    /// The districts of the current concept's city (its settings), or the page to answer
    /// instead.
    pub async fn districts(&self) -> Result<Vec<teilhabe_domain::city::District>, PageError> {
        let stored = self.concept().await?;
        Ok(self
            .state
            .store()
            .city_settings(&stored.concept.city.slug)
            .await
            .or_page(self)?
            .districts)
    }

    /// The ETag [`Page::respond`] gives a page that depends on `etag_parts`, and whether the
    /// answer is private.
    fn validator(&self, etag_parts: &[&str]) -> (String, bool) {
        let mut parts = etag_parts.to_vec();
        // The same URL looks different for each account (edit buttons, unpublished measures):
        // a validator of a signed-in page must never match the public one.
        let visitor = self.viewer.actor();
        parts.push(&visitor);
        parts.push(&self.language.code);
        parts.push("html");
        let private = self.language.chosen || self.viewer.visitor.is_signed_in();
        (caching::etag(&parts), private)
    }

    /// The 304 that [`Page::respond`] with the same `etag_parts` would give, when the client
    /// holds the page already: a handler asks before it reads what the page shows, so that a
    /// revalidation (the static export's second run) costs no rendering and no figures.
    pub fn unchanged(&self, etag_parts: &[&str]) -> Option<Response> {
        let (etag, private) = self.validator(etag_parts);
        if private || !caching::is_fresh(&self.request, &etag) {
            return None;
        }
        let mut response = caching::cacheable(&self.request, &etag, private, || {
            StatusCode::NOT_MODIFIED.into_response()
        });
        response.headers_mut().insert(
            header::VARY,
            HeaderValue::from_static("Cookie, Accept-Language"),
        );
        Some(response)
    }

    /// A page that may be cached: public answers get an ETag and 304s; pages for signed-in
    /// visitors or that set a cookie stay private.
    pub fn respond(
        &self,
        etag_parts: &[&str],
        status: StatusCode,
        page: &impl Template,
    ) -> Response {
        let (etag, private) = self.validator(etag_parts);
        let mut response =
            caching::cacheable(&self.request, &etag, private, || self.render(status, page));
        if response.status() == StatusCode::NOT_MODIFIED {
            // A 304 names what the full answer varies by, so caches key it alike.
            response.headers_mut().insert(
                header::VARY,
                HeaderValue::from_static("Cookie, Accept-Language"),
            );
        }
        response
    }

    /// A page that is never cached by others (forms, internal pages).
    pub fn render(&self, status: StatusCode, page: &impl Template) -> Response {
        let html = match page.render() {
            Ok(html) => html,
            Err(error) => {
                tracing::error!(%error, "template failed");
                return (StatusCode::INTERNAL_SERVER_ERROR, "internal error").into_response();
            }
        };
        let mut response = (status, html).into_response();
        let headers = response.headers_mut();
        headers.insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        );
        // The language comes from the cookie or, on a first visit, from Accept-Language.
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Cookie, Accept-Language"),
        );
        if !headers.contains_key(header::CACHE_CONTROL) {
            headers.insert(
                header::CACHE_CONTROL,
                HeaderValue::from_static("private, no-store"),
            );
        }
        if let Ok(value) = HeaderValue::from_str(&self.language.code) {
            headers.insert(header::CONTENT_LANGUAGE, value);
        }
        if let Some(cookie) = self.language.set_cookie()
            && let Ok(value) = HeaderValue::from_str(&cookie)
        {
            headers.append(header::SET_COOKIE, value);
        }
        response
    }

    pub fn message(
        &self,
        stored: Option<&StoredConcept>,
        status: StatusCode,
        heading: &str,
        text: &str,
    ) -> PageError {
        self.message_page(stored, status, heading, self.t().msg(text))
    }

    /// [`Page::message`] with its text already formatted (a message with arguments).
    pub fn message_text(&self, status: StatusCode, heading: &str, text: String) -> PageError {
        self.message_page(None, status, heading, text)
    }

    fn message_page(
        &self,
        stored: Option<&StoredConcept>,
        status: StatusCode,
        heading: &str,
        text: String,
    ) -> PageError {
        let t = self.t();
        let page = MessagePage {
            layout: self.layout(stored, Nav::NONE, t.msg(heading)),
            heading: t.msg(heading),
            text,
        };
        PageError::new(self.render(status, &page))
    }

    /// The path without the query (which may hold what someone typed), for log lines.
    pub fn path_only(&self) -> &str {
        self.path.split('?').next().unwrap_or_default()
    }

    pub fn not_found(&self, stored: Option<&StoredConcept>) -> PageError {
        self.message(
            stored,
            StatusCode::NOT_FOUND,
            "not-found-title",
            "not-found-text",
        )
    }

    pub fn internal_error(&self) -> PageError {
        self.message(
            None,
            StatusCode::INTERNAL_SERVER_ERROR,
            "error-title",
            "error-text",
        )
    }

    pub fn forbidden(&self) -> PageError {
        self.message(
            None,
            StatusCode::FORBIDDEN,
            "forbidden-title",
            "forbidden-text",
        )
    }

    /// A form arrived without the session's CSRF token (or the session ended).
    pub fn stale_form(&self) -> PageError {
        self.message(None, StatusCode::FORBIDDEN, "csrf-title", "csrf-text")
    }

    /// People who must sign in first go to the login page and come back afterwards.
    pub fn login_redirect(&self) -> PageError {
        let back: String = form_urlencoded::byte_serialize(self.path.as_bytes()).collect();
        PageError::new(Redirect::to(&format!("/anmelden?weiter={back}")).into_response())
    }

    /// After a successful form post: show the result page (POST → 303 → GET). A target that
    /// is no valid header value goes to the start page rather than failing.
    pub fn see_other(to: &str) -> Response {
        let to = if HeaderValue::from_str(to).is_ok() {
            to
        } else {
            "/"
        };
        Redirect::to(to).into_response()
    }

    /// A state-changing form from a signed-in visitor with the session's CSRF token, or the page
    /// to answer instead (login for the public, 403 for a missing or wrong token).
    pub fn signed_form(
        &self,
        body: &axum::body::Bytes,
    ) -> Result<super::forms::FormData, PageError> {
        self.require_signed_in()?;
        self.account_form(body)
    }

    /// [`Page::signed_form`] for the pages of every account ([`Page::require_account`]).
    pub fn account_form(
        &self,
        body: &axum::body::Bytes,
    ) -> Result<super::forms::FormData, PageError> {
        let form = super::forms::FormData::parse(body);
        self.require_account()?;
        if !super::forms::csrf_ok(&self.viewer, &form) {
            return Err(self.stale_form());
        }
        Ok(form)
    }

    /// Internal pages: the public is sent to the login page, a translator (who reads no
    /// internal page) is refused.
    pub fn require_signed_in(&self) -> Result<(), PageError> {
        if self.viewer.visitor.sees_internal() {
            Ok(())
        } else if self.viewer.visitor.is_signed_in() {
            Err(self.forbidden())
        } else {
            Err(self.login_redirect())
        }
    }

    /// Pages of every account, translators' included (the own account, the translator pages,
    /// whose use cases decide per language): the public is sent to the login page.
    pub fn require_account(&self) -> Result<(), PageError> {
        if self.viewer.visitor.is_signed_in() {
            Ok(())
        } else {
            Err(self.login_redirect())
        }
    }
}

#[derive(Template)]
#[template(path = "frame/message.html")]
struct MessagePage<'a> {
    layout: Layout<'a>,
    heading: String,
    text: String,
}

/// Turns a failed step (store, use case) into the page's "internal error" answer, logged once.
pub trait OrPage<T> {
    fn or_page(self, page: &Page) -> Result<T, PageError>;
}

impl<T> OrPage<T> for Result<T, StoreError> {
    fn or_page(self, page: &Page) -> Result<T, PageError> {
        self.map_err(|error| {
            tracing::error!(%error, path = %page.path_only(), "a page could not be built");
            page.internal_error()
        })
    }
}

/// A use case's refusal as the page a person expects: sign in first, forbidden, not found; any
/// other failure as the internal error (logged).
impl<T> OrPage<T> for Result<T, AppError> {
    fn or_page(self, page: &Page) -> Result<T, PageError> {
        self.map_err(|error| page.refused(error))
    }
}

impl Page {
    /// The page for a use case's refusal or failure.
    pub fn refused(&self, error: AppError) -> PageError {
        match error {
            AppError::Unauthenticated => self.login_redirect(),
            AppError::Forbidden(_) => self.forbidden(),
            AppError::NotFound => self.not_found(None),
            other => {
                tracing::error!(error = %other, path = %self.path_only(), "a use case failed");
                self.internal_error()
            }
        }
    }
}

/// Unknown paths: JSON under /api, the HTML "not found" page elsewhere.
pub async fn fallback(page: Page, uri: Uri) -> Response {
    let path = uri.path();
    if path == "/api" || path.starts_with("/api/") {
        ApiError::NotFound(format!("there is no resource at {path}")).into_response()
    } else {
        let stored = page.state.concept().await.ok().flatten();
        page.not_found(stored.as_deref()).into_response()
    }
}

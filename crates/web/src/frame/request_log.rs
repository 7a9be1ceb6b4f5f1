//! One log line per request: method, path, status and duration. The query string is left out on
//! purpose — searches are what people typed and do not belong in a log.

use std::time::Instant;

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;

pub async fn log_request(request: Request, next: Next) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let response = next.run(request).await;
    let status = response.status().as_u16();
    let millis = started.elapsed().as_secs_f64() * 1000.0;
    if status >= 500 {
        tracing::warn!(%method, %path, status, duration_ms = format_args!("{millis:.1}"), "request");
    } else {
        tracing::info!(%method, %path, status, duration_ms = format_args!("{millis:.1}"), "request");
    }
    response
}

//! `teilhabe serve`: the web app.

use std::process::ExitCode;

use anyhow::Context;
use teilhabe_app::Actor;
use teilhabe_domain::concept::parse_concept;
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_web::AppState;
use teilhabe_web::i18n::Locales;
use teilhabe_web::monitoring::importing::Parsing;

use crate::config::{Config, GlobalOptions, ServeOptions};

/// The demo city, built into the binary so `serve --demo` needs no data folder.
const DEMO_CONCEPT: &str = include_str!("../../../../data/concept/bielefeld.toml");
const DEMO_SETTINGS: &str = include_str!("../../../../data/city/bielefeld.toml");
const DEMO_MEASURES: &str = include_str!("../../../../data/demo/measures-bielefeld.csv");
const DEMO_CITY: &str = "bielefeld";
/// Who the audit log and the concept versions name for what the demo loads.
const DEMO_LOADER: &str = "demo";

#[derive(clap::Args)]
pub struct ServeArgs {
    #[command(flatten)]
    options: ServeOptions,
}

pub fn run(global: &GlobalOptions, args: ServeArgs) -> anyhow::Result<ExitCode> {
    let mut config = Config::load(global, &args.options)?;
    crate::logging::init(&config.log);
    if config.demo && config.city.is_none() {
        config.city = Some(DEMO_CITY.to_owned());
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(config.workers)
        .enable_all()
        .build()
        .context("cannot start the async runtime")?;
    runtime.block_on(serve(config))?;
    Ok(ExitCode::SUCCESS)
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let url = DatabaseUrl::parse(&config.database)?;
    let store = Store::open(&url).await?;
    tracing::info!(database = %url.redacted(), backend = %store.backend(), "database ready");
    if config.demo {
        load_demo(&store).await?;
    }
    let locales = Locales::embedded()?;
    let security = teilhabe_web::Security {
        trusted_proxies: config.trusted_proxies.clone(),
        session_idle: jiff::SignedDuration::from_mins(config.session_idle_minutes),
        session_lifetime: jiff::SignedDuration::from_hours(config.session_hours),
        token_lifetime: jiff::SignedDuration::from_hours(config.token_days.saturating_mul(24)),
        ..teilhabe_web::Security::default()
    };
    let state = AppState::new(store.clone(), locales, config.city.clone())
        .with_secure_cookies(config.secure_cookies)
        .with_security(security.clone())
        .with_parsing(Parsing::new(config.limits, config.parse_slots))
        .with_shared(teilhabe_app::discrimination::Setup {
            key: config.contact_key()?,
            retention_years: config.discrimination_retention_years,
        });
    let app = teilhabe_web::router(state);
    // Once before the first request, not only in the background: a publication changes the
    // content version, and pages (with their ETags) must not change under the first visitors.
    publish_mediation_monthly(
        &store,
        &Actor::Operator("serve".to_owned()),
        config.city.as_deref(),
        config.demo,
        super::clock().now(),
    )
    .await;
    let purge = tokio::spawn(purge_ended(store.clone(), security.clone()));
    let reminders = tokio::spawn(queue_reminders(
        store.clone(),
        config.city.clone(),
        config.demo,
        config.discrimination_retention_years,
    ));
    let mail = match config.mail()? {
        Some((settings, sender)) => {
            let transport = teilhabe_app::mail::smtp::SmtpTransport::new(&settings, &sender)
                .map_err(|error| anyhow::anyhow!(error))?;
            tracing::info!(
                server = %config.smtp_url_redacted().unwrap_or_default(),
                "mail is delivered every {MAIL_INTERVAL_SECONDS} s"
            );
            Some(tokio::spawn(deliver_mail(store.clone(), transport, sender)))
        }
        None => {
            tracing::warn!(
                "no mail server configured (smtp_url): e-mail is not delivered but stays queued in the outbox"
            );
            None
        }
    };

    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.addr))?;
    let address = listener.local_addr()?;
    // The handlers are installed before the address is printed: a SIGTERM that arrives as soon
    // as someone has read the address must stop the server gracefully, not kill it.
    let shutdown = shutdown_signal()?;
    // Printed, not only logged: scripts and tests read the address from standard output.
    println!("teilhabe listening on http://{address}");
    let limits = teilhabe_web::server::ServerLimits {
        header_read_timeout: std::time::Duration::from_secs(config.header_timeout),
        request_timeout: std::time::Duration::from_secs(config.request_timeout),
        ..Default::default()
    };
    teilhabe_web::server::serve(listener, app, limits, shutdown).await?;
    purge.abort();
    reminders.abort();
    if let Some(mail) = mail {
        mail.abort();
    }
    store.close().await;
    tracing::info!("stopped");
    Ok(())
}

async fn load_demo(store: &Store) -> anyhow::Result<()> {
    let concept = parse_concept(DEMO_CONCEPT).map_err(|problems| {
        anyhow::anyhow!(
            "the built-in demo concept is invalid: {}",
            problems
                .first()
                .map(ToString::to_string)
                .unwrap_or_default()
        )
    })?;
    let now = super::clock().now();
    // The shipped concept replaces only what the demo itself loaded: once someone edits the
    // concept in the browser (or loads a file), a restart of the demo keeps that version.
    let versions = store.concept_versions(&concept.city.slug).await?;
    let edited = versions
        .iter()
        .find(|version| version.is_current)
        .is_some_and(|current| current.note.by != DEMO_LOADER);
    if edited {
        tracing::info!(city = %concept.city.slug, "demo concept kept as edited");
    } else {
        let load = store.save_concept(&concept, DEMO_LOADER, now).await?;
        if load.changed {
            tracing::info!(city = %load.city, version = load.version, "demo concept loaded");
        }
    }
    let settings = teilhabe_domain::city::CitySettings::parse(DEMO_SETTINGS)
        .map_err(|problem| anyhow::anyhow!("the built-in demo settings are invalid: {problem}"))?;
    store.save_city_settings(&settings, now).await?;
    super::demo_institutions::load(store, &settings, &super::clock()).await?;
    super::demo_mediation::load(store, &settings, &super::clock()).await?;
    let discriminations =
        super::demo_discrimination::load(store, &settings, &super::clock()).await?;
    let collected = super::demo_collection::load(store, &super::clock()).await?;
    super::demo_collection::accounts(store, &super::clock()).await?;
    let existing = store
        .measures(
            DEMO_CITY,
            &teilhabe_store::measures::MeasureFilter::default(),
        )
        .await?;
    if existing.is_empty() {
        let name = std::path::Path::new("measures-bielefeld.csv");
        let table = teilhabe_import::records::from_csv_text(
            &name.display().to_string(),
            DEMO_MEASURES,
            &teilhabe_import::Limits::default(),
        )?;
        let rows = match super::measures::rows_of(name, &table)? {
            Ok(rows) => rows,
            Err(problems) => anyhow::bail!(
                "the built-in demo measures are invalid: {}",
                problems.join("; ")
            ),
        };
        match store
            .import_measures(
                DEMO_CITY,
                &rows,
                &teilhabe_store::measures::ImportOptions {
                    demo: true,
                    dry_run: false,
                    source: "demo: measures-bielefeld.csv".into(),
                },
                "demo",
                now,
            )
            .await
        {
            Ok(summary) => tracing::info!(measures = summary.created.len(), "demo measures loaded"),
            Err(teilhabe_store::measures::ImportError::Rows(errors)) => {
                anyhow::bail!("the built-in demo measures are invalid: {errors:?}")
            }
            Err(teilhabe_store::measures::ImportError::Store(error)) => return Err(error.into()),
        }
    }
    super::demo_monitoring::load(store, DEMO_CITY, &super::clock()).await?;
    super::demo_offers::load(store, &settings, &super::clock()).await?;
    if collected {
        super::demo_collection::publish(store, DEMO_CITY, &super::clock()).await?;
    }
    if discriminations {
        super::demo_discrimination::publish(store, DEMO_CITY, &super::clock()).await?;
    }
    // After the catalogue: the shipped files translate indicator texts too.
    super::demo_translations::load(
        store,
        DEMO_CITY,
        super::demo_monitoring::TRANSLATIONS,
        &super::clock(),
    )
    .await
}

/// Deletes ended sessions and login failures that no longer count, every hour (logins do it
/// too), so that neither table grows without bound.
async fn purge_ended(store: Store, security: teilhabe_web::Security) {
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        interval.tick().await;
        let now = super::clock().now();
        match store.purge_sessions(now, security.session_idle).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "ended sessions deleted"),
            Err(error) => tracing::warn!(%error, "cannot delete ended sessions"),
        }
        match store.purge_login_failures(now, &security.throttle).await {
            Ok(0) => {}
            Ok(purged) => tracing::info!(purged, "old login failures deleted"),
            Err(error) => tracing::warn!(%error, "cannot delete old login failures"),
        }
    }
}

/// Queues the reminders that fall due with time, at the start and every hour: offers not
/// confirmed for six months (to their providers) and collection forms before and after their
/// due date (to the reporters). Both are idempotent in the store (one mail per offer and stale
/// period, one per form and day), so several instances on one database and the commands
/// `teilhabe offers remind` / `collection remind` run by cron do not send twice. Beside them,
/// the monthly refresh of the language mediation figures in the monitoring
/// ([`publish_mediation_monthly`]) and the deletion of discrimination case records past their
/// period ([`purge_discrimination`]; hourly rather than daily, so that a server restarted every
/// night still runs it, and deleting is idempotent).
async fn queue_reminders(store: Store, city: Option<String>, demo: bool, retention_years: u16) {
    let actor = Actor::Operator("serve".to_owned());
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(3600));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        let now = super::clock().now();
        match teilhabe_app::offers::stale::queue_stale_mails(&store, &actor, now).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!(queued, "stale-offer reminders queued"),
            Err(error) => tracing::warn!(%error, "cannot queue stale-offer reminders"),
        }
        match teilhabe_app::collection::queue_reminders(&store, &actor, now).await {
            Ok(0) => {}
            Ok(queued) => tracing::info!(queued, "collection reminders queued"),
            Err(error) => tracing::warn!(%error, "cannot queue collection reminders"),
        }
        publish_mediation_monthly(&store, &actor, city.as_deref(), demo, now).await;
        purge_discrimination(&store, &actor, retention_years, now).await;
    }
}

/// Deletes the discrimination case records (with their reports) closed `years` ago and the
/// reports that never became a case, as `teilhabe discrimination purge` does; logs what it
/// deleted — counts only, every deletion is in the audit log.
async fn purge_discrimination(store: &Store, actor: &Actor, years: u16, now: jiff::Timestamp) {
    match teilhabe_app::discrimination::purge(store, actor, years, false, now).await {
        Ok(report) if report.cases == 0 && report.reports == 0 => {}
        Ok(report) => tracing::info!(
            cases = report.cases,
            reports = report.reports,
            retention_years = years,
            closed_in = ?report.cases_by_closing_year,
            "discrimination records past their deletion period deleted"
        ),
        Err(error) => {
            tracing::warn!(%error, "cannot delete discrimination records past their period")
        }
    }
}

/// Publishes the running year's language mediation shares (unserved, served) to the monitoring
/// once a calendar month (`teilhabe_app::mediation::publish_monthly` decides whether this month
/// is done, so the hourly call and several instances publish once). The city is the configured
/// one or the first stored; none stored, nothing to do.
pub(crate) async fn publish_mediation_monthly(
    store: &Store,
    actor: &Actor,
    city: Option<&str>,
    demo: bool,
    now: jiff::Timestamp,
) {
    let city = match city {
        Some(city) => city.to_owned(),
        None => match store.cities().await {
            Ok(cities) => match cities.into_iter().next() {
                Some(city) => city,
                None => return,
            },
            Err(error) => {
                tracing::warn!(%error, "cannot read the cities for the mediation figures");
                return;
            }
        },
    };
    match teilhabe_app::mediation::publish_monthly(store, actor, &city, demo, now).await {
        Ok(reports) if reports.is_empty() => {}
        Ok(reports) => tracing::info!(
            imports = reports.len(),
            "language mediation figures published to the monitoring"
        ),
        Err(error) => tracing::warn!(%error, "cannot publish the language mediation figures"),
    }
}

/// Seconds between two deliveries of the mail outbox.
const MAIL_INTERVAL_SECONDS: u64 = 30;

/// Delivers the outbox every 30 seconds (`teilhabe mail send` does one round by hand).
async fn deliver_mail(
    store: Store,
    transport: teilhabe_app::mail::smtp::SmtpTransport,
    sender: teilhabe_app::mail::Sender,
) {
    let policy = teilhabe_app::mail::RetryPolicy::default();
    let mut interval = tokio::time::interval(std::time::Duration::from_secs(MAIL_INTERVAL_SECONDS));
    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        interval.tick().await;
        let now = super::clock().now();
        // Counts only are logged (by the app layer), never addresses or texts.
        if let Err(error) =
            teilhabe_app::mail::deliver_pending(&store, &transport, &sender, &policy, now).await
        {
            tracing::warn!(%error, "cannot deliver the mail outbox");
        }
    }
}

/// Installs the SIGINT and SIGTERM handlers now; the returned future completes on either.
#[cfg(unix)]
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()>> {
    use tokio::signal::unix::{SignalKind, signal};
    let mut interrupt =
        signal(SignalKind::interrupt()).context("cannot listen for SIGINT (Ctrl+C)")?;
    let mut terminate = signal(SignalKind::terminate()).context("cannot listen for SIGTERM")?;
    Ok(async move {
        tokio::select! {
            _ = interrupt.recv() => {},
            _ = terminate.recv() => {},
        }
    })
}

#[cfg(not(unix))]
fn shutdown_signal() -> anyhow::Result<impl Future<Output = ()>> {
    Ok(async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    })
}

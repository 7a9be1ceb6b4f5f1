//! `teilhabe mail send` and `mail status` on the real binary against the test SMTP sink, and
//! `serve` delivering the outbox on its own.

use std::process::{Command, Output};

use teilhabe_store::mail::NewMail;
use teilhabe_store::{DatabaseUrl, Store};
use teilhabe_testkit::smtp::{SmtpSink, refused_port};
use teilhabe_testkit::{Backend, TestDatabase, TestServer};

use crate::TEILHABE;

const FROM: &str = "teilhabe@bielefeld.example";

fn mail(to: &str, subject: &str) -> NewMail {
    NewMail {
        recipient: to.into(),
        subject: subject.into(),
        body: format!("Text zu {subject}"),
        calendar: None,
        digest_key: None,
        not_before: None,
    }
}

async fn queue(database: &TestDatabase, mails: &[NewMail]) {
    let store = Store::open(&DatabaseUrl::parse(&database.url).unwrap())
        .await
        .unwrap();
    store
        .queue_mail(mails, jiff::Timestamp::now())
        .await
        .unwrap();
    store.close().await;
}

fn run(database: &TestDatabase, args: &[&str]) -> Output {
    Command::new(TEILHABE)
        .args(["--database", &database.url])
        .args(args)
        .env_remove("TEILHABE_SMTP_URL")
        .env_remove("TEILHABE_MAIL_FROM")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[tokio::test(flavor = "multi_thread")]
async fn mail_send_delivers_the_outbox_to_the_smtp_server_and_status_counts_it() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    let start: jiff::Timestamp = "2026-05-04T08:00:00Z".parse().unwrap();
    let event = teilhabe_domain::calendar::Event::new(
        "test-1@bielefeld.example",
        start,
        start + jiff::SignedDuration::from_hours(1),
        "Termin",
    );
    queue(
        &database,
        &[
            mail("kita@example.org", "Terminbestaetigung"),
            NewMail {
                calendar: Some(event.to_ics(start)),
                ..mail("leyla@example.org", "Einladung")
            },
        ],
    )
    .await;

    let status = run(&database, &["mail", "status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let text = stdout(&status);
    assert!(text.contains("pending: 2 "), "{text}");
    assert!(text.contains("sent: 0"), "{text}");
    assert!(text.contains("not configured"), "{text}");

    // Without a server there is nothing to send with.
    let refused = run(&database, &["mail", "send"]);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("--smtp-url"),
        "{}",
        stderr(&refused)
    );
    // A server without a sender is refused too.
    let sink = SmtpSink::start();
    let no_sender = run(&database, &["mail", "send", "--smtp-url", &sink.url()]);
    assert!(!no_sender.status.success());
    assert!(
        stderr(&no_sender).contains("mail_from"),
        "{}",
        stderr(&no_sender)
    );

    let sent = run(
        &database,
        &[
            "mail",
            "send",
            "--smtp-url",
            &sink.url(),
            "--mail-from",
            FROM,
        ],
    );
    assert!(sent.status.success(), "{}", stderr(&sent));
    assert!(
        stdout(&sent).contains("2 messages sent in 2 e-mails; 0 failed"),
        "{}",
        stdout(&sent)
    );
    let received = sink.wait_for(2);
    assert_eq!(received.len(), 2);
    assert_eq!(received[0].recipients, vec!["kita@example.org"]);
    assert_eq!(received[0].from, FROM);
    assert_eq!(
        received[0].header("Subject").as_deref(),
        Some("Terminbestaetigung")
    );
    assert_eq!(received[1].recipients, vec!["leyla@example.org"]);
    assert!(
        received[1].data.contains("text/calendar") && received[1].data.contains("method=REQUEST"),
        "{}",
        received[1].data
    );
    let status = stdout(&run(&database, &["mail", "status"]));
    assert!(
        status.contains("pending: 0 ") && status.contains("sent: 2"),
        "{status}"
    );

    // A server that refuses: the message fails, waits, and the command says so.
    queue(&database, &[mail("b@example.org", "Noch eine")]).await;
    let down = format!("smtp://127.0.0.1:{}", refused_port());
    let failed = run(
        &database,
        &["mail", "send", "--smtp-url", &down, "--mail-from", FROM],
    );
    assert!(!failed.status.success());
    assert!(
        stdout(&failed).contains("0 messages sent in 0 e-mails; 1 failed"),
        "{}",
        stdout(&failed)
    );
    let status = stdout(&run(&database, &["mail", "status"]));
    assert!(
        status.contains("pending: 1 (of which failed before and waiting to be tried again: 1)"),
        "{status}"
    );
    // No address or subject in what the command printed.
    for output in [&sent, &failed] {
        let all = format!("{}{}", stdout(output), stderr(output));
        for private in [
            "kita@example.org",
            "leyla@example.org",
            "b@example.org",
            "Noch eine",
        ] {
            assert!(!all.contains(private), "{all}");
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn serve_delivers_queued_mail_by_itself() {
    let database = TestDatabase::new(Backend::Sqlite).await;
    queue(&database, &[mail("kita@example.org", "Vom Server")]).await;
    let sink = SmtpSink::start();
    let url = sink.url();
    let _server = TestServer::start(
        TEILHABE,
        &database.url,
        &["--smtp-url", &url, "--mail-from", FROM],
    );
    let received = sink.wait_for(1);
    assert_eq!(received.len(), 1, "delivered at the start, then every 30 s");
    assert_eq!(received[0].recipients, vec!["kita@example.org"]);
}

#[test]
fn the_mail_settings_come_from_the_configuration_file_too() {
    let directory = tempfile::tempdir().unwrap();
    let file = directory.path().join("teilhabe.toml");
    let print = |text: &str| {
        std::fs::write(&file, text).unwrap();
        Command::new(TEILHABE)
            .args(["--config", file.to_str().unwrap(), "config", "print"])
            .env_remove("TEILHABE_SMTP_URL")
            .env_remove("TEILHABE_MAIL_FROM")
            .output()
            .unwrap()
    };
    let output = print(
        "smtp_url = \"smtp://post:geheim%2Fpw@mail.example:587?tls=starttls\"\n\
         mail_from = \"Stadt Bielefeld <teilhabe@bielefeld.example>\"\n",
    );
    let text = stdout(&output);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        text.contains("smtp_url = \"smtp://post:***@mail.example:587?tls=starttls\""),
        "{text}"
    );
    assert!(
        text.contains("mail_from = \"Stadt Bielefeld <teilhabe@bielefeld.example>\""),
        "{text}"
    );
    assert!(!text.contains("geheim"), "{text}");
    // A sender that is no address is refused, naming the key.
    let output = print("smtp_url = \"smtp://localhost:2525\"\nmail_from = \"teilhabe\"\n");
    assert!(!output.status.success());
    assert!(stderr(&output).contains("mail_from"), "{}", stderr(&output));
}

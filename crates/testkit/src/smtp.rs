//! A small SMTP server for tests, on 127.0.0.1 with a free port, that records every message it
//! accepts (envelope and raw data) instead of delivering it. Threads of its own, so it serves
//! tokio tests and tests that run the `teilhabe` binary alike. Speaks EHLO/HELO, MAIL FROM,
//! RCPT TO, DATA (with dot-unstuffing), RSET, NOOP and QUIT; no TLS, no login.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

/// One accepted message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Received {
    /// The address of MAIL FROM.
    pub from: String,
    /// The addresses of RCPT TO, in order.
    pub recipients: Vec<String>,
    /// The message text as sent after DATA, dot-unstuffed, CRLF line endings kept.
    pub data: String,
}

impl Received {
    /// The value of the first header `name` (unfolded), if any.
    pub fn header(&self, name: &str) -> Option<String> {
        let head = self.data.split("\r\n\r\n").next().unwrap_or("");
        let unfolded = head.replace("\r\n ", " ").replace("\r\n\t", " ");
        unfolded.split("\r\n").find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name)
                .then(|| value.trim().to_owned())
        })
    }
}

/// The running sink; it stops accepting when dropped.
pub struct SmtpSink {
    pub port: u16,
    received: Arc<Mutex<Vec<Received>>>,
    stop: Arc<std::sync::atomic::AtomicBool>,
}

impl SmtpSink {
    pub fn start() -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind the SMTP sink");
        let port = listener.local_addr().expect("sink address").port();
        let received = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (store, stopped) = (received.clone(), stop.clone());
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopped.load(std::sync::atomic::Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let store = store.clone();
                std::thread::spawn(move || {
                    // A broken connection ends the session; what was accepted stays recorded.
                    let _ = session(stream, &store);
                });
            }
        });
        SmtpSink {
            port,
            received,
            stop,
        }
    }

    /// `smtp://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The messages accepted so far.
    pub fn received(&self) -> Vec<Received> {
        self.received
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Waits (at most 10 s) until `count` messages have arrived, then returns them all.
    pub fn wait_for(&self, count: usize) -> Vec<Received> {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let received = self.received();
            if received.len() >= count || Instant::now() > deadline {
                return received;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::SeqCst);
        // Wake the accepting thread so it sees the flag.
        let _ = TcpStream::connect(("127.0.0.1", self.port));
    }
}

/// A port on 127.0.0.1 where nothing listens (bound, then released): connecting is refused.
pub fn refused_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    listener.local_addr().expect("address").port()
}

/// `<a@b>` or `<a@b> SIZE=…` after `MAIL FROM:` / `RCPT TO:` → `a@b`.
fn path_of(argument: &str) -> String {
    let argument = argument.trim();
    match (argument.find('<'), argument.find('>')) {
        (Some(open), Some(close)) if open < close => argument[open + 1..close].to_owned(),
        _ => argument
            .split_whitespace()
            .next()
            .unwrap_or_default()
            .to_owned(),
    }
}

fn session(stream: TcpStream, store: &Mutex<Vec<Received>>) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut reply = |text: &str| writer.write_all(format!("{text}\r\n").as_bytes());
    reply("220 teilhabe-test-sink ESMTP")?;
    let mut from: Option<String> = None;
    let mut recipients: Vec<String> = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 {
            return Ok(());
        }
        let command = line.trim_end_matches(['\r', '\n']);
        let upper = command.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            reply("250-teilhabe-test-sink")?;
            reply("250-8BITMIME")?;
            reply("250 SMTPUTF8")?;
        } else if upper.starts_with("HELO") {
            reply("250 teilhabe-test-sink")?;
        } else if upper.starts_with("MAIL FROM:") {
            from = Some(path_of(&command[10..]));
            recipients.clear();
            reply("250 OK")?;
        } else if upper.starts_with("RCPT TO:") {
            if from.is_none() {
                reply("503 MAIL first")?;
            } else {
                recipients.push(path_of(&command[8..]));
                reply("250 OK")?;
            }
        } else if upper == "DATA" {
            if recipients.is_empty() {
                reply("503 RCPT first")?;
                continue;
            }
            reply("354 End data with <CR><LF>.<CR><LF>")?;
            let mut data = String::new();
            loop {
                line.clear();
                if reader.read_line(&mut line)? == 0 {
                    return Ok(());
                }
                let content = line.trim_end_matches(['\r', '\n']);
                if content == "." {
                    break;
                }
                // Dot-unstuffing (RFC 5321, 4.5.2).
                let content = content.strip_prefix('.').unwrap_or(content);
                data.push_str(content);
                data.push_str("\r\n");
            }
            store
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(Received {
                    from: from.take().unwrap_or_default(),
                    recipients: std::mem::take(&mut recipients),
                    data,
                });
            reply("250 OK: queued")?;
        } else if upper == "RSET" {
            from = None;
            recipients.clear();
            reply("250 OK")?;
        } else if upper.starts_with("NOOP") {
            reply("250 OK")?;
        } else if upper == "QUIT" {
            reply("221 Bye")?;
            return Ok(());
        } else {
            reply("502 Command not implemented")?;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_a_message_with_dot_unstuffing_and_rset() {
        let sink = SmtpSink::start();
        let stream = TcpStream::connect(("127.0.0.1", sink.port)).unwrap();
        let mut writer = stream.try_clone().unwrap();
        let mut reader = BufReader::new(stream);
        let mut answer = || {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            line
        };
        assert!(answer().starts_with("220"));
        let mut say = |text: &str| writer.write_all(text.as_bytes()).unwrap();
        say("HELO test\r\n");
        assert!(answer().starts_with("250"));
        say("MAIL FROM:<dropped@x.de>\r\nRCPT TO:<dropped@y.de>\r\nRSET\r\n");
        for _ in 0..3 {
            assert!(answer().starts_with("250"));
        }
        say(
            "NOOP\r\nMAIL FROM:<a@x.de> BODY=8BITMIME\r\nRCPT TO:<b@y.de>\r\nRCPT TO:<c@y.de>\r\nDATA\r\n",
        );
        for _ in 0..4 {
            assert!(answer().starts_with("250"));
        }
        assert!(answer().starts_with("354"));
        say("Subject: Test\r\n\r\n..Punkt am Anfang\r\n.\r\nQUIT\r\n");
        assert!(answer().starts_with("250"));
        assert!(answer().starts_with("221"));
        let received = sink.wait_for(1);
        assert_eq!(received.len(), 1);
        assert_eq!(received[0].from, "a@x.de");
        assert_eq!(received[0].recipients, vec!["b@y.de", "c@y.de"]);
        assert_eq!(
            received[0].data,
            "Subject: Test\r\n\r\n.Punkt am Anfang\r\n"
        );
        assert_eq!(received[0].header("subject").as_deref(), Some("Test"));
    }
}

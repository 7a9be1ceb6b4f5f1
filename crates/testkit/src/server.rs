//! The real `teilhabe` binary, serving on an ephemeral port for one test.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// A running `teilhabe serve`; stopped when dropped.
pub struct TestServer {
    child: Child,
    pub base_url: String,
}

impl TestServer {
    /// Starts `binary serve --addr 127.0.0.1:0 --database URL` with `extra` arguments and waits
    /// until it prints the address it listens on.
    pub fn start(binary: &str, database_url: &str, extra: &[&str]) -> Self {
        Self::start_with_env(binary, database_url, extra, &[])
    }

    /// [`TestServer::start`] with environment variables (e.g. `TEILHABE_DEMO_PASSWORD`).
    pub fn start_with_env(
        binary: &str,
        database_url: &str,
        extra: &[&str],
        env: &[(&str, &str)],
    ) -> Self {
        let mut child = Command::new(binary)
            .args(["serve", "--addr", "127.0.0.1:0", "--database", database_url])
            .args(extra)
            .envs(env.iter().copied())
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start teilhabe serve");
        let stdout = child.stdout.take().expect("stdout");
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut sent = false;
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if !sent && let Some(start) = line.find("http://") {
                    let _ = sender.send(line[start..].trim().to_owned());
                    sent = true;
                }
            }
        });
        match receiver.recv_timeout(Duration::from_secs(60)) {
            Ok(base_url) => TestServer {
                child,
                base_url: base_url.trim_end_matches('/').to_owned(),
            },
            Err(_) => {
                let _ = child.kill();
                let status = child.wait().ok();
                panic!("teilhabe serve did not print its address (exit status {status:?})");
            }
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url)
    }

    /// Sends SIGTERM and waits for a graceful exit; returns whether the process exited with 0.
    pub fn terminate(mut self) -> bool {
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-TERM", &pid]).status();
        // Generous: on a loaded machine the open connections and the pool may take a while to close.
        for _ in 0..600 {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

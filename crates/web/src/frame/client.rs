//! Who the client is, as far as the network tells: its address (behind trusted proxies, the
//! rightmost address in `Forwarded` / `X-Forwarded-For` that is not one of them) and whether it
//! reached us over HTTPS. Headers from anyone else are ignored: a client can write any
//! `X-Forwarded-For` it likes.

use std::net::{IpAddr, Ipv6Addr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::HeaderMap;
use axum::http::request::Parts;
use ipnet::IpNet;

use crate::frame::state::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Client {
    /// The client's address; `None` when the connection's address is unknown.
    pub ip: Option<IpAddr>,
    /// A trusted proxy said the client used HTTPS.
    pub forwarded_https: bool,
}

impl Client {
    pub fn of(parts: &Parts, state: &AppState) -> Client {
        let peer = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip());
        Client::from_headers(peer, &parts.headers, &state.security().trusted_proxies)
    }

    pub fn from_headers(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpNet]) -> Client {
        let Some(peer) = peer.map(canonical) else {
            return Client {
                ip: None,
                forwarded_https: false,
            };
        };
        let is_trusted = |ip: &IpAddr| trusted.iter().any(|net| net.contains(ip));
        if !is_trusted(&peer) {
            return Client {
                ip: Some(peer),
                forwarded_https: false,
            };
        }
        // From the right: each hop was added by the proxy after it; the first one that is not a
        // trusted proxy is the client. A hop that is no address ends the walk at the last
        // trusted one (a misconfigured proxy; its address is then the one counted).
        let mut client = peer;
        for hop in forwarded_for(headers).iter().rev() {
            match parse_hop(hop) {
                Some(ip) if is_trusted(&ip) => client = ip,
                Some(ip) => {
                    client = ip;
                    break;
                }
                None => break,
            }
        }
        Client {
            ip: Some(client),
            forwarded_https: forwarded_proto(headers)
                .is_some_and(|proto| proto.eq_ignore_ascii_case("https")),
        }
    }

    /// Whether the request came over HTTPS: the server is configured so, or a trusted proxy
    /// says so.
    pub fn secure(&self, state: &AppState) -> bool {
        state.secure_cookies() || self.forwarded_https
    }

    /// The key login failures count against: an IPv4 address, or the /64 network of an IPv6
    /// address (one subscriber gets a whole /64, so single IPv6 addresses are free to vary).
    pub fn network(&self) -> String {
        match self.ip {
            Some(ip) => network_key(ip),
            None => "unknown".to_owned(),
        }
    }
}

/// An IPv4-mapped IPv6 address as the IPv4 address it is.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        IpAddr::V4(_) => ip,
    }
}

pub fn network_key(ip: IpAddr) -> String {
    match canonical(ip) {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => {
            let prefix = u128::from(v6) & !((1u128 << 64) - 1);
            format!("{}/64", Ipv6Addr::from(prefix))
        }
    }
}

/// The hops of `Forwarded: for=…` when present, else of `X-Forwarded-For`, left to right.
fn forwarded_for(headers: &HeaderMap) -> Vec<String> {
    let forwarded: Vec<String> = header_values(headers, "forwarded")
        .flat_map(|value| {
            value
                .split(',')
                .map(str::to_owned)
                .collect::<Vec<_>>()
                .into_iter()
        })
        .filter_map(|element| parameter(&element, "for"))
        .collect();
    if !forwarded.is_empty() {
        return forwarded;
    }
    header_values(headers, "x-forwarded-for")
        .flat_map(|value| {
            value
                .split(',')
                .map(|hop| hop.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|hop| !hop.is_empty())
        .collect()
}

/// The protocol the nearest trusted proxy reports.
fn forwarded_proto(headers: &HeaderMap) -> Option<String> {
    let from_forwarded = header_values(headers, "forwarded")
        .flat_map(|value| {
            value
                .split(',')
                .map(str::to_owned)
                .collect::<Vec<_>>()
                .into_iter()
        })
        .filter_map(|element| parameter(&element, "proto"))
        .last();
    from_forwarded.or_else(|| {
        header_values(headers, "x-forwarded-proto")
            .flat_map(|value| {
                value
                    .split(',')
                    .map(|v| v.trim().to_owned())
                    .collect::<Vec<_>>()
            })
            .last()
    })
}

fn header_values<'a>(headers: &'a HeaderMap, name: &str) -> impl Iterator<Item = &'a str> {
    headers
        .get_all(name)
        .iter()
        .filter_map(|value| value.to_str().ok())
}

/// `name=value` (value possibly quoted) in one `Forwarded` element such as `for=1.2.3.4;proto=https`.
fn parameter(element: &str, name: &str) -> Option<String> {
    element.split(';').find_map(|pair| {
        let (key, value) = pair.trim().split_once('=')?;
        key.trim()
            .eq_ignore_ascii_case(name)
            .then(|| value.trim().trim_matches('"').to_owned())
    })
}

/// An address as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `2001:db8::1`, `[2001:db8::1]:80`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    if let Ok(ip) = hop.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Ok(socket) = hop.parse::<SocketAddr>() {
        return Some(canonical(socket.ip()));
    }
    let bracketed = hop.strip_prefix('[')?;
    bracketed
        .split(']')
        .next()
        .and_then(|ip| ip.parse::<IpAddr>().ok())
        .map(canonical)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().expect("header value"));
        }
        map
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter()
            .map(|net| net.parse().expect("network"))
            .collect()
    }

    fn ip(text: &str) -> Option<IpAddr> {
        Some(text.parse().expect("address"))
    }

    #[test]
    fn forwarded_headers_count_only_from_trusted_proxies() {
        let spoofed = headers(&[
            ("x-forwarded-for", "203.0.113.9"),
            ("x-forwarded-proto", "https"),
        ]);
        let direct = Client::from_headers(ip("198.51.100.7"), &spoofed, &[]);
        assert_eq!(direct.ip, ip("198.51.100.7"));
        assert!(!direct.forwarded_https);

        let trusted = nets(&["10.0.0.0/8"]);
        let proxied = Client::from_headers(ip("10.0.0.2"), &spoofed, &trusted);
        assert_eq!(proxied.ip, ip("203.0.113.9"));
        assert!(proxied.forwarded_https);
    }

    #[test]
    fn the_rightmost_untrusted_hop_is_the_client() {
        let trusted = nets(&["10.0.0.0/8", "192.0.2.1/32"]);
        // The client wrote "1.1.1.1" itself; 203.0.113.9 connected to our first proxy.
        let chain = headers(&[("x-forwarded-for", "1.1.1.1, 203.0.113.9, 192.0.2.1")]);
        let client = Client::from_headers(ip("10.0.0.2"), &chain, &trusted);
        assert_eq!(client.ip, ip("203.0.113.9"));

        let forwarded = headers(&[(
            "forwarded",
            "for=1.1.1.1, for=\"[2001:db8:cafe::17]:4711\";proto=https, for=192.0.2.1",
        )]);
        let client = Client::from_headers(ip("10.0.0.2"), &forwarded, &trusted);
        assert_eq!(client.ip, ip("2001:db8:cafe::17"));
        assert!(client.forwarded_https);

        // Garbage where the proxy should have written an address: the proxy is counted.
        let garbage = headers(&[("x-forwarded-for", "1.1.1.1, unknown")]);
        let client = Client::from_headers(ip("10.0.0.2"), &garbage, &trusted);
        assert_eq!(client.ip, ip("10.0.0.2"));
    }

    #[test]
    fn ipv6_counts_per_64_and_mapped_ipv4_as_ipv4() {
        let a = network_key("2001:db8:1:2:aaaa::1".parse().expect("v6"));
        let b = network_key("2001:db8:1:2:ffff:ffff:ffff:ffff".parse().expect("v6"));
        let c = network_key("2001:db8:1:3::1".parse().expect("v6"));
        assert_eq!(a, b);
        assert_eq!(a, "2001:db8:1:2::/64");
        assert_ne!(a, c);
        assert_eq!(
            network_key("::ffff:192.0.2.5".parse().expect("mapped")),
            "192.0.2.5"
        );
    }

    /// Login failures count against the client's network; a client whose address the
    /// connection does not tell shares one budget with every other such client.
    #[test]
    fn failures_count_against_the_clients_network() {
        let v6 = Client::from_headers(ip("2001:db8:1:2::99"), &HeaderMap::new(), &[]);
        assert_eq!(v6.network(), "2001:db8:1:2::/64");
        let v4 = Client::from_headers(ip("198.51.100.7"), &HeaderMap::new(), &[]);
        assert_eq!(v4.network(), "198.51.100.7");
        let unknown = Client::from_headers(None, &HeaderMap::new(), &[]);
        assert_eq!(unknown.ip, None);
        assert_eq!(unknown.network(), "unknown");
    }

    /// HTTPS (and with it `__Host-` cookies and HSTS) when the server is configured so, or
    /// when a trusted proxy reports it; a plain-HTTP request to a plain server is not secure.
    #[tokio::test]
    async fn a_request_is_secure_by_configuration_or_by_a_trusted_proxy() {
        use teilhabe_store::{DatabaseUrl, Store};
        use teilhabe_testkit::{Backend, TestDatabase};

        let database = TestDatabase::new(Backend::Sqlite).await;
        let store = Store::open(&DatabaseUrl::parse(&database.url).expect("url"))
            .await
            .expect("store");
        let state = || {
            AppState::new(
                store.clone(),
                crate::frame::i18n::Locales::embedded().expect("locales"),
                None,
            )
        };
        let plain = state();
        let https = state().with_secure_cookies(true);
        assert!(https.secure_cookies());

        let trusted = nets(&["10.0.0.0/8"]);
        let direct = Client::from_headers(ip("10.0.0.2"), &HeaderMap::new(), &trusted);
        let proxied = Client::from_headers(
            ip("10.0.0.2"),
            &headers(&[("x-forwarded-proto", "https")]),
            &trusted,
        );
        assert!(!direct.secure(&plain));
        assert!(direct.secure(&https));
        assert!(proxied.secure(&plain));
        assert!(proxied.secure(&https));
    }
}

//! Sealing the contact of a discrimination report: XChaCha20-Poly1305 (RustCrypto's
//! `chacha20poly1305`) with a 32-byte key from configuration, a random 24-byte nonce per
//! contact and the report's receipt code as associated data, so a sealed contact cannot be
//! moved to another report. Stored as `v1:` and base64 of nonce and ciphertext.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};

/// The key, read from configuration (64 hexadecimal digits, e.g. `openssl rand -hex 32`).
/// Its `Debug` never shows it.
#[derive(Clone)]
pub struct ContactKey([u8; 32]);

impl std::fmt::Debug for ContactKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ContactKey(…)")
    }
}

/// Why sealing or opening failed (never with the contact or key in the message).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the contact key must be 64 hexadecimal digits (32 bytes)")]
    BadKey,
    #[error("the system's random source failed")]
    Random,
    #[error("the contact could not be sealed")]
    Seal,
    #[error("the sealed contact cannot be opened with this key (wrong key or altered data)")]
    Open,
}

impl ContactKey {
    pub fn parse(hex: &str) -> Result<ContactKey, SealError> {
        let hex = hex.trim();
        if hex.len() != 64 {
            return Err(SealError::BadKey);
        }
        let mut key = [0u8; 32];
        for (index, byte) in key.iter_mut().enumerate() {
            let pair = hex.get(2 * index..2 * index + 2).ok_or(SealError::BadKey)?;
            *byte = u8::from_str_radix(pair, 16).map_err(|_| SealError::BadKey)?;
        }
        Ok(ContactKey(key))
    }

    fn cipher(&self) -> Result<XChaCha20Poly1305, SealError> {
        XChaCha20Poly1305::new_from_slice(&self.0).map_err(|_| SealError::BadKey)
    }

    /// Seals `contact` for the report with receipt code `receipt`.
    pub fn seal(&self, contact: &str, receipt: &str) -> Result<String, SealError> {
        let mut nonce = [0u8; 24];
        getrandom::fill(&mut nonce).map_err(|_| SealError::Random)?;
        let sealed = self
            .cipher()?
            .encrypt(
                &XNonce::from(nonce),
                Payload {
                    msg: contact.as_bytes(),
                    aad: receipt.as_bytes(),
                },
            )
            .map_err(|_| SealError::Seal)?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!("v1:{}", STANDARD.encode(bytes)))
    }

    /// Opens what [`ContactKey::seal`] sealed for `receipt`.
    pub fn open(&self, sealed: &str, receipt: &str) -> Result<String, SealError> {
        let bytes = sealed
            .strip_prefix("v1:")
            .and_then(|text| STANDARD.decode(text).ok())
            .ok_or(SealError::Open)?;
        if bytes.len() < 24 {
            return Err(SealError::Open);
        }
        let (nonce, ciphertext) = bytes.split_at(24);
        let nonce = XNonce::try_from(nonce).map_err(|_| SealError::Open)?;
        let plain = self
            .cipher()?
            .decrypt(
                &nonce,
                Payload {
                    msg: ciphertext,
                    aad: receipt.as_bytes(),
                },
            )
            .map_err(|_| SealError::Open)?;
        String::from_utf8(plain).map_err(|_| SealError::Open)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    #[test]
    fn a_sealed_contact_opens_only_with_its_key_and_receipt() {
        let key = ContactKey::parse(KEY).unwrap();
        let sealed = key
            .seal("anna@example.org, abends", "AAAA-BBBB-CCCC")
            .unwrap();
        assert!(sealed.starts_with("v1:"));
        assert!(!sealed.contains("anna"));
        assert_eq!(
            key.open(&sealed, "AAAA-BBBB-CCCC").unwrap(),
            "anna@example.org, abends"
        );
        // A fresh nonce each time.
        assert_ne!(
            sealed,
            key.seal("anna@example.org, abends", "AAAA-BBBB-CCCC")
                .unwrap()
        );
        assert_eq!(key.open(&sealed, "AAAA-BBBB-CCCD"), Err(SealError::Open));
        let other = ContactKey::parse(&KEY.replace("1f", "ff")).unwrap();
        assert_eq!(other.open(&sealed, "AAAA-BBBB-CCCC"), Err(SealError::Open));
        let mut altered = sealed.clone();
        altered.pop();
        altered.push(if sealed.ends_with('A') { 'B' } else { 'A' });
        assert_eq!(key.open(&altered, "AAAA-BBBB-CCCC"), Err(SealError::Open));
        for broken in ["", "v1:", "v1:!!", "v2:AAAA", "v1:AAAA"] {
            assert_eq!(
                key.open(broken, "AAAA-BBBB-CCCC"),
                Err(SealError::Open),
                "{broken}"
            );
        }
    }

    #[test]
    fn keys_are_64_hex_digits_and_never_printed() {
        assert!(ContactKey::parse(&KEY.to_uppercase()).is_ok());
        for bad in [
            "",
            "00",
            &KEY[..62],
            &format!("{}zz", &KEY[..62]),
            &format!("{KEY}00"),
        ] {
            assert_eq!(
                ContactKey::parse(bad).err(),
                Some(SealError::BadKey),
                "{bad}"
            );
        }
        let shown = format!("{:?}", ContactKey::parse(KEY).unwrap());
        assert_eq!(shown, "ContactKey(…)");
    }
}

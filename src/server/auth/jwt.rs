//! ES512 JSON Web Tokens as a Wazuh manager issues them: a P-521 key pair kept as PEM files in
//! the data dir, the exact claim set of Wazuh 4.12 (`iss`, `aud`, `nbf`, `exp`, `sub`, `run_as`,
//! `rbac_roles`, `rbac_mode`), signing and verification done by hand with aws-lc-rs (no JWT
//! crate supports ES512): `base64url(header).base64url(claims).base64url(r‖s)`, no padding.
//!
//! This module checks the signature, the algorithm and the audience, and (separately, so cached
//! tokens get it too) the time window. Whether the user, roles and revocations still allow the
//! token is decided in `auth`. Imports nothing internal besides `server::write_private_file`.

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{
    EcdsaKeyPair, KeyPair as _, ParsedPublicKey, ECDSA_P521_SHA512_FIXED,
    ECDSA_P521_SHA512_FIXED_SIGNING,
};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// The `iss` claim of every token.
pub const ISSUER: &str = "wazuh";
/// The `aud` claim of every token (the only one accepted).
pub const AUDIENCE: &str = "Wazuh API REST";
/// File name of the PKCS#8 private key in the data dir (mode 0600).
pub const PRIVATE_KEY_FILE: &str = "private_key.pem";
/// File name of the SPKI public key in the data dir.
pub const PUBLIC_KEY_FILE: &str = "public_key.pem";

/// The header PyJWT writes for ES512 (compact JSON, sorted keys).
const HEADER: &str = r#"{"alg":"ES512","typ":"JWT"}"#;

/// The claims of a Wazuh token, in the order Wazuh writes them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claims {
    /// Always `wazuh`.
    pub iss: String,
    /// Always `Wazuh API REST`.
    pub aud: String,
    /// Issue time (unix seconds); the token is not valid before it.
    pub nbf: i64,
    /// Expiry (unix seconds): `nbf` + the configured token lifetime.
    pub exp: i64,
    /// The user name.
    pub sub: String,
    /// Whether the token came from a `run_as` login.
    pub run_as: bool,
    /// The role ids the token grants.
    pub rbac_roles: Vec<i64>,
    /// `white` or `black`, the RBAC mode when the token was issued.
    pub rbac_mode: String,
    /// run_as tokens only: the BLAKE2b-128 hex of the authorization context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hash_auth_context: Option<String>,
}

impl Claims {
    /// The claims of a normal (not `run_as`) login at `now` (unix seconds).
    pub fn for_login(
        username: &str,
        roles: Vec<i64>,
        rbac_mode: &str,
        lifetime: u64,
        now: i64,
    ) -> Claims {
        Claims {
            iss: ISSUER.to_string(),
            aud: AUDIENCE.to_string(),
            nbf: now,
            exp: now.saturating_add(i64::try_from(lifetime).unwrap_or(i64::MAX)),
            sub: username.to_string(),
            run_as: false,
            rbac_roles: roles,
            rbac_mode: rbac_mode.to_string(),
            hash_auth_context: None,
        }
    }

    /// These claims as a run_as token's, for an authorization context with this hash.
    pub fn into_run_as(self, hash_auth_context: String) -> Claims {
        Claims {
            run_as: true,
            hash_auth_context: Some(hash_auth_context),
            ..self
        }
    }

    /// The lifetime the token was issued with (`exp - nbf`).
    pub fn lifetime(&self) -> i64 {
        self.exp - self.nbf
    }

    /// Checks the time window at `now` (unix seconds): expired once `now >= exp`,
    /// not valid while `nbf > now`.
    pub fn check_time(&self, now: i64) -> Result<(), TokenError> {
        if now >= self.exp {
            Err(TokenError::Expired)
        } else if self.nbf > now {
            Err(TokenError::NotYetValid)
        } else {
            Ok(())
        }
    }
}

/// Why a token was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    /// Not three base64url segments of JSON, or not our algorithm.
    #[error("malformed token")]
    Malformed,
    /// The signature does not match the current key pair.
    #[error("bad token signature")]
    Signature,
    /// The audience is not `Wazuh API REST`.
    #[error("wrong token audience")]
    Audience,
    /// `exp` has passed.
    #[error("token expired")]
    Expired,
    /// `nbf` is in the future.
    #[error("token not valid yet")]
    NotYetValid,
}

/// Failure to read, parse, generate or write the key files.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Reading or writing a key file failed.
    #[error("JWT key file {path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
    /// The private key file is not a P-521 PKCS#8 PEM key.
    #[error("JWT key file {path} does not hold a P-521 private key")]
    Invalid {
        /// The file.
        path: PathBuf,
    },
    /// Key generation failed.
    #[error("cannot generate the JWT key pair: {0}")]
    Generate(String),
}

/// The ES512 key pair that signs and verifies tokens.
pub struct Keys {
    signing: EcdsaKeyPair,
    verifying: ParsedPublicKey,
}

impl std::fmt::Debug for Keys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Keys { .. }")
    }
}

impl Keys {
    /// Loads the key pair from `dir`, creating and saving a new one when there is none.
    pub fn load_or_create(dir: &Path) -> Result<Keys, KeyError> {
        let path = dir.join(PRIVATE_KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(pem) => Keys::from_pem(&pem).ok_or(KeyError::Invalid { path }),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Keys::regenerate(dir),
            Err(source) => Err(KeyError::Io { path, source }),
        }
    }

    /// Generates a fresh key pair and saves it in `dir`, replacing any previous one.
    pub fn regenerate(dir: &Path) -> Result<Keys, KeyError> {
        let generated = rcgen::KeyPair::generate_for(&rcgen::PKCS_ECDSA_P521_SHA512)
            .map_err(|err| KeyError::Generate(err.to_string()))?;
        let keys = Keys::from_pkcs8(generated.serialized_der())
            .ok_or_else(|| KeyError::Generate("rcgen produced an unusable key".into()))?;
        let private = dir.join(PRIVATE_KEY_FILE);
        crate::server::write_private_file(&private, generated.serialize_pem().as_bytes()).map_err(
            |source| KeyError::Io {
                path: private,
                source,
            },
        )?;
        let public = dir.join(PUBLIC_KEY_FILE);
        std::fs::write(&public, generated.public_key_pem()).map_err(|source| KeyError::Io {
            path: public,
            source,
        })?;
        Ok(keys)
    }

    /// A key pair from a PKCS#8 PEM private key, if it is a P-521 key.
    fn from_pem(pem: &str) -> Option<Keys> {
        let parsed = rcgen::KeyPair::from_pem(pem).ok()?;
        Keys::from_pkcs8(parsed.serialized_der())
    }

    fn from_pkcs8(der: &[u8]) -> Option<Keys> {
        let signing = EcdsaKeyPair::from_pkcs8(&ECDSA_P521_SHA512_FIXED_SIGNING, der).ok()?;
        let verifying =
            ParsedPublicKey::new(&ECDSA_P521_SHA512_FIXED, signing.public_key().as_ref()).ok()?;
        Some(Keys { signing, verifying })
    }

    /// Signs the claims into a compact JWT.
    pub fn sign(&self, claims: &Claims) -> String {
        let claims = serde_json::to_vec(claims).expect("claims are plain JSON data");
        let mut token = URL_SAFE_NO_PAD.encode(HEADER);
        token.push('.');
        token.push_str(&URL_SAFE_NO_PAD.encode(claims));
        let signature = self
            .signing
            .sign(&SystemRandom::new(), token.as_bytes())
            .expect("ECDSA signing with a valid P-521 key does not fail");
        token.push('.');
        token.push_str(&URL_SAFE_NO_PAD.encode(signature.as_ref()));
        token
    }

    /// Checks the token's algorithm, signature and audience and returns its claims.
    /// The time window is left to [`Claims::check_time`].
    pub fn verify(&self, token: &str) -> Result<Claims, TokenError> {
        let (signed, signature) = token.rsplit_once('.').ok_or(TokenError::Malformed)?;
        let (header, claims) = signed.split_once('.').ok_or(TokenError::Malformed)?;
        let header: Header = decode_segment(header)?;
        if header.alg != "ES512" {
            return Err(TokenError::Malformed);
        }
        let signature = URL_SAFE_NO_PAD
            .decode(signature)
            .map_err(|_| TokenError::Malformed)?;
        self.verifying
            .verify_sig(signed.as_bytes(), &signature)
            .map_err(|_| TokenError::Signature)?;
        let claims: Claims = decode_segment(claims)?;
        if claims.aud != AUDIENCE {
            return Err(TokenError::Audience);
        }
        Ok(claims)
    }
}

/// The part of the JOSE header we check.
#[derive(Deserialize)]
struct Header {
    alg: String,
}

fn decode_segment<T: serde::de::DeserializeOwned>(segment: &str) -> Result<T, TokenError> {
    let bytes = URL_SAFE_NO_PAD
        .decode(segment)
        .map_err(|_| TokenError::Malformed)?;
    serde_json::from_slice(&bytes).map_err(|_| TokenError::Malformed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::OnceLock;

    /// One key pair for the whole module: P-521 generation is the slow part.
    fn keys() -> &'static Keys {
        static KEYS: OnceLock<(tempfile::TempDir, Keys)> = OnceLock::new();
        let (_, keys) = KEYS.get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let keys = Keys::load_or_create(dir.path()).unwrap();
            (dir, keys)
        });
        keys
    }

    fn claims() -> Claims {
        Claims::for_login("wazuh", vec![1], "white", 900, 1_700_000_000)
    }

    #[test]
    fn signed_tokens_verify_and_carry_the_claims() {
        let token = keys().sign(&claims());
        assert_eq!(keys().verify(&token), Ok(claims()));
    }

    #[test]
    fn token_has_the_wazuh_header_and_claim_order() {
        let token = keys().sign(&claims());
        let mut parts = token.split('.');
        let header = URL_SAFE_NO_PAD.decode(parts.next().unwrap()).unwrap();
        assert_eq!(header, br#"{"alg":"ES512","typ":"JWT"}"#);
        let body = String::from_utf8(URL_SAFE_NO_PAD.decode(parts.next().unwrap()).unwrap());
        assert_eq!(
            body.unwrap(),
            r#"{"iss":"wazuh","aud":"Wazuh API REST","nbf":1700000000,"exp":1700000900,"sub":"wazuh","run_as":false,"rbac_roles":[1],"rbac_mode":"white"}"#
        );
        let signature = URL_SAFE_NO_PAD.decode(parts.next().unwrap()).unwrap();
        assert_eq!(signature.len(), 132, "P-521 r||s is 2 x 66 bytes");
    }

    #[test]
    fn tampered_claims_fail_the_signature() {
        let token = keys().sign(&claims());
        let mut forged = claims();
        forged.rbac_roles = vec![1, 2];
        let forged_body = URL_SAFE_NO_PAD.encode(serde_json::to_vec(&forged).unwrap());
        let parts: Vec<&str> = token.split('.').collect();
        let tampered = format!("{}.{}.{}", parts[0], forged_body, parts[2]);
        assert_eq!(keys().verify(&tampered), Err(TokenError::Signature));
    }

    #[test]
    fn another_key_pair_rejects_the_token() {
        let dir = tempfile::tempdir().unwrap();
        let other = Keys::load_or_create(dir.path()).unwrap();
        let token = other.sign(&claims());
        assert_eq!(keys().verify(&token), Err(TokenError::Signature));
    }

    #[test]
    fn garbage_is_malformed() {
        for token in ["", "a.b", "a.b.c", "x.y.z.w"] {
            assert_eq!(keys().verify(token), Err(TokenError::Malformed), "{token}");
        }
    }

    #[test]
    fn wrong_audience_is_rejected() {
        let mut other = claims();
        other.aud = "someone else".into();
        let token = keys().sign(&other);
        assert_eq!(keys().verify(&token), Err(TokenError::Audience));
    }

    #[test]
    fn time_window_is_nbf_inclusive_and_exp_exclusive() {
        let c = claims();
        assert_eq!(c.check_time(c.nbf), Ok(()));
        assert_eq!(c.check_time(c.exp - 1), Ok(()));
        assert_eq!(c.check_time(c.exp), Err(TokenError::Expired));
        assert_eq!(c.check_time(c.nbf - 1), Err(TokenError::NotYetValid));
    }

    #[test]
    fn keys_persist_across_loads_and_the_private_key_is_private() {
        let dir = tempfile::tempdir().unwrap();
        let first = Keys::load_or_create(dir.path()).unwrap();
        let again = Keys::load_or_create(dir.path()).unwrap();
        assert_eq!(again.verify(&first.sign(&claims())), Ok(claims()));
        assert!(dir.path().join(PUBLIC_KEY_FILE).exists());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(dir.path().join(PRIVATE_KEY_FILE))
                .unwrap()
                .permissions()
                .mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn regenerated_keys_reject_old_tokens() {
        let dir = tempfile::tempdir().unwrap();
        let first = Keys::load_or_create(dir.path()).unwrap();
        let token = first.sign(&claims());
        let second = Keys::regenerate(dir.path()).unwrap();
        assert_eq!(second.verify(&token), Err(TokenError::Signature));
        let reloaded = Keys::load_or_create(dir.path()).unwrap();
        assert_eq!(reloaded.verify(&second.sign(&claims())), Ok(claims()));
    }
}

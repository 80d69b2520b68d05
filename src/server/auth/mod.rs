//! Authentication: HTTP Basic logins that mint ES512 JWTs, and the JWT check every other
//! request goes through (NOTES §4): signature, audience and time window (the signature part
//! cached per token), then — on every request — the user still exists, its role set equals the
//! token's `rbac_roles` (unless it is a run_as token), the token was issued strictly after the
//! last revocation of its user, its user name, any of its roles and (run_as tokens) every
//! run_as token, and the token's lifetime and RBAC mode equal the current security
//! configuration. Those checks read the in-memory security snapshot (`snapshot`): an
//! authenticated request does no I/O. A login's password hash is checked off the async threads.
//!
//! The run_as login is `routes::security::run_as` (with `context_rules`); the rate limits and the IP
//! lockout are `server::limits`.
//! Imports `api`-free server pieces only: `state`, `store`, `error`, and `rbac`'s pure policy
//! processing (for the snapshot's cache).

pub mod cache;
pub mod context_rules;
pub mod jwt;
pub mod password;
pub mod snapshot;

use crate::server::error::ApiError;
use crate::server::state::{off_thread, AppState};
use crate::server::store::User;
use axum::http::HeaderValue;
use base64::engine::general_purpose::STANDARD;
use base64::Engine as _;
use cache::VerifiedTokens;
use jwt::{Claims, Keys, TokenError};
use snapshot::SecuritySnapshot;
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// 401 detail when a request carries no usable `Authorization` header.
pub const NO_TOKEN: &str = "No authorization token provided";
/// 401 detail for a token that fails any check but expiry.
pub const INVALID_TOKEN: &str = "Invalid token";
/// 401 detail for an expired token.
pub const TOKEN_EXPIRED: &str = "Token expired";
/// 401 detail for a failed login.
pub const INVALID_CREDENTIALS: &str = "Invalid credentials";

/// The key pair and the tokens it has verified; replaced as a whole when tokens are revoked,
/// so a cache never outlives its keys.
#[derive(Debug)]
pub struct TokenAuthority {
    keys: Keys,
    verified: VerifiedTokens,
}

impl TokenAuthority {
    /// An authority with an empty cache.
    pub fn new(keys: Keys) -> TokenAuthority {
        TokenAuthority {
            keys,
            verified: VerifiedTokens::default(),
        }
    }

    /// Signs claims into a token.
    pub fn sign(&self, claims: &Claims) -> String {
        self.keys.sign(claims)
    }

    /// The claims of a token whose signature, audience and time window are valid at `now`.
    pub fn verify(&self, token: &str, now: i64) -> Result<Claims, TokenError> {
        let claims = match self.verified.get(token) {
            Some(claims) => claims,
            None => {
                let claims = self.keys.verify(token)?;
                self.verified.insert(token, &claims, now);
                claims
            }
        };
        claims.check_time(now)?;
        Ok(claims)
    }
}

/// The authenticated caller of a request.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The user the token was issued to, as stored now.
    pub user: User,
    /// The token's claims.
    pub claims: Claims,
}

/// The current time in unix seconds.
pub fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// Authenticates a request from its `Authorization: Bearer <jwt>` header.
pub async fn authenticate(
    state: &AppState,
    authorization: Option<&HeaderValue>,
) -> Result<Caller, ApiError> {
    let token = credentials(authorization, "Bearer").ok_or_else(|| unauthorized(NO_TOKEN))?;
    let now = unix_now();
    let claims = state
        .authority()
        .verify(token, now)
        .map_err(|err| match err {
            TokenError::Expired => unauthorized(TOKEN_EXPIRED),
            _ => unauthorized(INVALID_TOKEN),
        })?;
    let config = state.security_config();
    let lifetime_matches = u64::try_from(claims.lifetime()) == Ok(config.auth_token_exp_timeout);
    if !lifetime_matches || claims.rbac_mode != config.rbac_mode {
        return Err(unauthorized(INVALID_TOKEN));
    }
    let standing = Standing::of(&state.security(), &claims.sub, &claims.rbac_roles)
        .ok_or_else(|| unauthorized(INVALID_TOKEN))?;
    if !standing.allows(&claims) {
        return Err(unauthorized(INVALID_TOKEN));
    }
    Ok(Caller {
        user: standing.user,
        claims,
    })
}

/// Checks `Authorization: Basic ...` credentials and issues a token for the user.
pub async fn login(
    state: &AppState,
    authorization: Option<&HeaderValue>,
) -> Result<String, ApiError> {
    let (user, roles) = basic_user(state, authorization).await?;
    let config = state.security_config();
    let claims = Claims::for_login(
        &user.username,
        roles,
        &config.rbac_mode,
        config.auth_token_exp_timeout,
        unix_now(),
    );
    Ok(state.authority().sign(&claims))
}

/// The user of `Authorization: Basic ...` credentials and its role ids (401 otherwise).
pub async fn basic_user(
    state: &AppState,
    authorization: Option<&HeaderValue>,
) -> Result<(User, Vec<i64>), ApiError> {
    let encoded = credentials(authorization, "Basic").ok_or_else(|| unauthorized(NO_TOKEN))?;
    let (username, password) =
        decode_basic(encoded).ok_or_else(|| unauthorized(INVALID_CREDENTIALS))?;
    let record = state
        .security()
        .user(&username)
        .cloned()
        .ok_or_else(|| unauthorized(INVALID_CREDENTIALS))?;
    let hash = record.user.password_hash.clone();
    let matches = password_work(move || password::verify(&password, &hash)).await?;
    if !matches {
        return Err(unauthorized(INVALID_CREDENTIALS));
    }
    Ok((record.user, record.roles))
}

/// The argon2 hash of a new password, computed as a check is (see [`password_work`]).
pub async fn hash_password(password: String) -> Result<String, ApiError> {
    password_work(move || password::hash(&password)).await
}

/// Runs argon2 work (a hash or a check) on a blocking thread, never on an async worker, in
/// turn with the other password work ([`password_checks`]).
async fn password_work<T, F>(work: F) -> Result<T, ApiError>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let _turn = password_checks()
        .acquire()
        .await
        .map_err(ApiError::internal)?;
    off_thread(move || Ok(work())).await
}

/// The password checks that run at once. Each argon2 check holds a core and ~19 MiB, so one
/// core is always left to the other requests, and a burst of logins queues here instead of
/// growing memory by a hash block per blocking thread.
fn password_checks() -> &'static Semaphore {
    static CHECKS: OnceLock<Semaphore> = OnceLock::new();
    CHECKS.get_or_init(|| Semaphore::new(concurrent_password_checks()))
}

/// How many password checks may run at once: every core but one (at least one).
fn concurrent_password_checks() -> usize {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    cores.saturating_sub(1).max(1)
}

/// Invalidates every token of the caller issued up to now.
pub async fn logout(state: &AppState, caller: &Caller) -> Result<(), ApiError> {
    let user_id = caller.user.id;
    let now = unix_now();
    state
        .write_security(move |store| {
            store
                .revoke_user_tokens(user_id, now)
                .map_err(ApiError::internal)
        })
        .await
}

/// The user, roles and revocation times a token is checked against.
struct Standing {
    user: User,
    roles: Vec<i64>,
    revoked: Revocations,
}

/// The latest revocation times that apply to a token (unix seconds).
#[derive(Debug, Default, Clone, Copy)]
struct Revocations {
    /// The user's (logout, password change, run_as flag, role links).
    user: Option<i64>,
    /// The user name's (left when a user is deleted).
    username: Option<i64>,
    /// The token's roles' (renamed, deleted, policies or rules changed).
    roles: Option<i64>,
    /// Every run_as token's (a role-rule link changed).
    run_as: Option<i64>,
}

impl Standing {
    /// The standing of a user name in a snapshot, for a token carrying `token_roles`.
    fn of(snapshot: &SecuritySnapshot, username: &str, token_roles: &[i64]) -> Option<Standing> {
        let record = snapshot.user(username)?;
        let records = snapshot.records();
        let roles = token_roles
            .iter()
            .filter_map(|role| records.role_revoked.get(role).copied())
            .max();
        Some(Standing {
            user: record.user.clone(),
            roles: record.roles.clone(),
            revoked: Revocations {
                user: records.user_revoked.get(&record.user.id).copied(),
                username: records.username_revoked.get(username).copied(),
                roles,
                run_as: records.run_as_revoked,
            },
        })
    }

    /// Whether the user's current roles and revocations still allow the token.
    fn allows(&self, claims: &Claims) -> bool {
        let roles_match = claims.run_as || same_set(&self.roles, &claims.rbac_roles);
        let revoked = &self.revoked;
        let run_as = revoked.run_as.filter(|_| claims.run_as);
        let latest = [revoked.user, revoked.username, revoked.roles, run_as]
            .into_iter()
            .flatten()
            .max();
        let not_revoked = latest.is_none_or(|revoked| claims.nbf > revoked);
        roles_match && not_revoked
    }
}

fn same_set(a: &[i64], b: &[i64]) -> bool {
    let mut a = a.to_vec();
    let mut b = b.to_vec();
    a.sort_unstable();
    a.dedup();
    b.sort_unstable();
    b.dedup();
    a == b
}

/// The credentials of an `Authorization: <scheme> <credentials>` header (scheme case-insensitive).
fn credentials<'h>(authorization: Option<&'h HeaderValue>, scheme: &str) -> Option<&'h str> {
    let value = authorization?.to_str().ok()?;
    let (given, credentials) = value.split_once(' ')?;
    let credentials = credentials.trim();
    (given.eq_ignore_ascii_case(scheme) && !credentials.is_empty()).then_some(credentials)
}

/// `user:password` from base64.
fn decode_basic(encoded: &str) -> Option<(String, String)> {
    let decoded = String::from_utf8(STANDARD.decode(encoded).ok()?).ok()?;
    let (username, password) = decoded.split_once(':')?;
    Some((username.to_string(), password.to_string()))
}

fn unauthorized(detail: &str) -> ApiError {
    ApiError::unauthorized(detail)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_checks_leave_a_core_to_other_requests() {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        let checks = concurrent_password_checks();
        assert!(checks >= 1);
        assert!(
            cores == 1 || checks < cores,
            "{checks} checks on {cores} cores"
        );
    }

    #[test]
    fn bearer_and_basic_credentials_are_recognised() {
        let header = HeaderValue::from_static("bearer abc.def.ghi");
        assert_eq!(credentials(Some(&header), "Bearer"), Some("abc.def.ghi"));
        assert_eq!(credentials(Some(&header), "Basic"), None);
        assert_eq!(credentials(None, "Bearer"), None);
        let empty = HeaderValue::from_static("Bearer ");
        assert_eq!(credentials(Some(&empty), "Bearer"), None);
    }

    #[test]
    fn basic_credentials_split_at_the_first_colon() {
        let encoded = STANDARD.encode("wazuh:pa:ss");
        assert_eq!(
            decode_basic(&encoded),
            Some(("wazuh".to_string(), "pa:ss".to_string()))
        );
        assert_eq!(decode_basic("***"), None);
        assert_eq!(decode_basic(&STANDARD.encode("no-colon")), None);
    }

    #[test]
    fn standing_requires_same_roles_and_issue_after_revocation() {
        let claims = Claims::for_login("wazuh", vec![2, 1], "white", 900, 1_000);
        let user = User {
            id: 1,
            username: "wazuh".into(),
            password_hash: String::new(),
            allow_run_as: true,
        };
        let standing = |roles: Vec<i64>, not_before: Option<i64>| Standing {
            user: user.clone(),
            roles,
            revoked: Revocations {
                user: not_before,
                ..Revocations::default()
            },
        };
        assert!(standing(vec![1, 2], None).allows(&claims));
        assert!(standing(vec![1, 2], Some(999)).allows(&claims));
        assert!(
            !standing(vec![1, 2], Some(1_000)).allows(&claims),
            "same second"
        );
        assert!(!standing(vec![1], None).allows(&claims));
        assert!(!standing(vec![1, 2, 3], None).allows(&claims));
    }

    #[test]
    fn role_name_and_run_as_revocations_reject_older_tokens() {
        let claims = Claims::for_login("wazuh", vec![1], "white", 900, 1_000);
        let user = User {
            id: 1,
            username: "wazuh".into(),
            password_hash: String::new(),
            allow_run_as: true,
        };
        let standing = |revoked: Revocations| Standing {
            user: user.clone(),
            roles: vec![1],
            revoked,
        };
        let at = Some(1_000);
        assert!(!standing(Revocations {
            roles: at,
            ..Revocations::default()
        })
        .allows(&claims));
        assert!(!standing(Revocations {
            username: at,
            ..Revocations::default()
        })
        .allows(&claims));
        assert!(
            standing(Revocations {
                run_as: at,
                ..Revocations::default()
            })
            .allows(&claims),
            "the run_as revocation spares plain tokens"
        );
        let mut run_as = claims.clone();
        run_as.run_as = true;
        assert!(!standing(Revocations {
            run_as: at,
            ..Revocations::default()
        })
        .allows(&run_as));
    }
}

//! Basic → JWT login, logout, and reading a token's `exp` without verifying it; plus the
//! choice of token for each request: WAZUH_TOKEN, else the saved token while it is fresh, else
//! a silent login with a known password (or one the terminal prompt gets), else "run
//! `wazuh-ctl login`".

use super::tokens::{SecretError, SecretKind, SecretStore};
use super::transport::{Answer, Auth};
use super::{Body, Client, ClientError, Request, LOGIN_BLOCKED};
use crate::api::Method;
use base64::Engine;
use serde_json::Value;
use std::sync::Arc;

/// A token closer than this to its `exp` is treated as expired.
pub const EXPIRY_MARGIN_SECS: i64 = 10;

/// The login path (POST with HTTP Basic; DELETE revokes the user's tokens).
const AUTHENTICATE_PATH: &str = "/security/user/authenticate";

/// The run_as login path (HTTP Basic and an authorization context as the body).
const RUN_AS_PATH: &str = "/security/user/authenticate/run_as";

/// The token of one request, and whether this client may renew it on a 401.
pub(super) struct Bearer {
    /// The JWT.
    pub token: String,
    /// False for WAZUH_TOKEN, which we neither store nor replace.
    pub renewable: bool,
}

impl Client {
    /// Logs in with the user and password, stores the token (and, with `save_password`, the
    /// password) in the secret store, and returns the token.
    pub async fn login(&self, password: &str, save_password: bool) -> Result<String, ClientError> {
        self.login_with(password, save_password, None).await
    }

    /// [`Client::login`], as a run_as login with an authorization context when one is given
    /// (`POST /security/user/authenticate/run_as`): the token's roles are those of the
    /// server's security rules matching the context.
    pub async fn login_with(
        &self,
        password: &str,
        save_password: bool,
        run_as: Option<&Value>,
    ) -> Result<String, ClientError> {
        let user = self.user()?.to_string();
        let token = self.authenticate(&user, password, run_as).await?;
        self.in_store(SecretKind::Token, Some(token.clone()))
            .await?;
        if save_password {
            self.in_store(SecretKind::Password, Some(password.to_string()))
                .await?;
        }
        self.keep_session(Some(token.clone()));
        Ok(token)
    }

    /// Reads the saved token once, so a secret store that cannot work fails (or warns that
    /// it keeps tokens in memory) before a password is asked for.
    pub async fn check_store(&self) -> Result<(), ClientError> {
        if self.target.token.is_some() || self.target.user.is_none() {
            return Ok(());
        }
        self.stored(SecretKind::Token).await?;
        Ok(())
    }

    /// Revokes the current token on the server (`DELETE /security/user/authenticate`) and
    /// forgets the stored token and password.
    pub async fn logout(&self) -> Result<(), ClientError> {
        let revoked = match self.known_token().await {
            Some(token) => self.revoke(&token).await,
            None => Ok(()),
        };
        self.keep_session(None);
        if self.target.user.is_some() {
            self.in_store(SecretKind::Token, None).await?;
            self.in_store(SecretKind::Password, None).await?;
        }
        revoked
    }

    /// The token for the next request: WAZUH_TOKEN, the session or saved token while fresh,
    /// else a new one from a known password.
    pub(super) async fn bearer(&self) -> Result<Bearer, ClientError> {
        if let Some(token) = &self.target.token {
            return Ok(Bearer {
                token: token.clone(),
                renewable: false,
            });
        }
        let user = self.user()?;
        if let Some(token) = self.session().filter(|token| is_fresh(token)) {
            return Ok(Bearer {
                token,
                renewable: true,
            });
        }
        let saved = self.tolerant(self.stored(SecretKind::Token).await)?;
        if let Some(token) = saved.as_ref().filter(|token| is_fresh(token)) {
            self.keep_session(Some(token.clone()));
            return Ok(Bearer {
                token: token.clone(),
                renewable: true,
            });
        }
        let why = match saved {
            Some(token) if is_run_as(&token) => RUN_AS_ENDED,
            Some(_) => "the saved token has expired",
            None => "no saved token",
        };
        let token = self.login_silently(user, why).await?;
        Ok(Bearer {
            token,
            renewable: true,
        })
    }

    /// After a 401 (`rejected`): a new token from a known password, else "not logged in"
    /// saying whether the token expired or was revoked.
    pub(super) async fn renew(
        &self,
        rejected: &Answer,
        token: &str,
    ) -> Result<String, ClientError> {
        let user = self.user()?;
        let why = match rejected.error_body() {
            _ if is_run_as(token) => RUN_AS_ENDED,
            Some(body) if body.detail == "Token expired" => "the saved token has expired",
            _ => "the server revoked the saved token (logout, a security change or a revocation)",
        };
        self.login_silently(user, why).await
    }

    /// Forgets the session token and the saved one (after the server rejected it).
    pub(super) async fn forget_token(&self) {
        self.keep_session(None);
        if let Err(err) = self.in_store(SecretKind::Token, None).await {
            self.log(&format!("  could not forget the saved token: {err}"));
        }
    }

    /// Logs in with WAZUH_PASSWORD, else the saved password, else the target's default one,
    /// else a prompted one, and saves the token; without a password, "not logged in" because of `why`. A run_as
    /// session that ended is never renewed as a plain login (other roles): the user logs in
    /// again with `--run-as`.
    async fn login_silently(&self, user: &str, why: &'static str) -> Result<String, ClientError> {
        if why == RUN_AS_ENDED {
            return Err(ClientError::NotLoggedIn {
                context: self.target.context.clone(),
                user: user.to_string(),
                why,
                login: self.target.login_command.clone(),
            });
        }
        let Some(password) = self.known_password().await? else {
            return Err(ClientError::NotLoggedIn {
                context: self.target.context.clone(),
                user: user.to_string(),
                why,
                login: self.target.login_command.clone(),
            });
        };
        let token = self.authenticate(user, &password, None).await?;
        self.tolerant(self.in_store(SecretKind::Token, Some(token.clone())).await)?;
        self.keep_session(Some(token.clone()));
        Ok(token)
    }

    /// WAZUH_PASSWORD, else the saved password, else the target's default one, else the
    /// prompt's answer.
    async fn known_password(&self) -> Result<Option<String>, ClientError> {
        if let Some(password) = &self.target.password {
            return Ok(Some(password.clone()));
        }
        let known = self
            .stored(SecretKind::Password)
            .await?
            .or_else(|| self.target.default_password.clone());
        match (known, &self.prompt) {
            (Some(password), _) => Ok(Some(password)),
            (None, Some(prompt)) => {
                let prompt = Arc::clone(prompt);
                let user = self.user()?.to_string();
                let url = self.target.url.clone();
                Ok(tokio::task::spawn_blocking(move || prompt(&user, &url))
                    .await
                    .unwrap_or(None))
            }
            (None, None) => Ok(None),
        }
    }

    /// `POST /security/user/authenticate?raw=true` with HTTP Basic (the run_as form with a
    /// context); the token text.
    async fn authenticate(
        &self,
        user: &str,
        password: &str,
        run_as: Option<&Value>,
    ) -> Result<String, ClientError> {
        let mut request = match run_as {
            Some(context) => Request {
                body: Some(Body::Json(context.clone())),
                ..Request::new(Method::Post, RUN_AS_PATH)
            },
            None => Request::new(Method::Post, AUTHENTICATE_PATH),
        };
        request.query.push(("raw".to_string(), "true".to_string()));
        let answer = self
            .send_retrying(&request, &Auth::Basic { user, password })
            .await?;
        if answer.status == 401 {
            return Err(ClientError::BadCredentials {
                user: user.to_string(),
            });
        }
        if let Some(body) = answer
            .error_body()
            .filter(|body| body.error == Some(LOGIN_BLOCKED))
        {
            return Err(ClientError::LoginBlocked {
                body,
                remaining: answer.retry_after,
            });
        }
        token_from_body(answer.into_response()?.body)
    }

    /// `DELETE /security/user/authenticate`; a 401 means the token was already dead.
    async fn revoke(&self, token: &str) -> Result<(), ClientError> {
        let request = Request::new(Method::Delete, AUTHENTICATE_PATH);
        let answer = self.send_retrying(&request, &Auth::Bearer(token)).await?;
        match answer.status {
            401 => Ok(()),
            _ => answer.into_response().map(drop),
        }
    }

    /// The token a logout should revoke: WAZUH_TOKEN, the session's, or the saved one.
    async fn known_token(&self) -> Option<String> {
        if let Some(token) = &self.target.token {
            return Some(token.clone());
        }
        self.target.user.as_ref()?;
        match self.session() {
            Some(token) => Some(token),
            None => self.stored(SecretKind::Token).await.ok().flatten(),
        }
    }

    /// The user name, required for anything but WAZUH_TOKEN.
    fn user(&self) -> Result<&str, ClientError> {
        self.target
            .user
            .as_deref()
            .ok_or_else(|| ClientError::InvalidTarget {
                message: format!("no user for context `{}`", self.target.context),
                hint: "pass --user, set WAZUH_USER, or set the context's user",
            })
    }

    /// A store failure is only fatal when there is no WAZUH_PASSWORD to fall back on.
    fn tolerant<T: Default>(&self, result: Result<T, SecretError>) -> Result<T, ClientError> {
        match result {
            Err(err) if self.target.password.is_some() => {
                self.log(&format!("  secret store: {err}"));
                Ok(T::default())
            }
            other => other.map_err(ClientError::from),
        }
    }

    fn session(&self) -> Option<String> {
        self.session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn keep_session(&self, token: Option<String>) {
        *self
            .session
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = token;
    }

    /// Reads a secret of this context and user.
    async fn stored(&self, kind: SecretKind) -> Result<Option<String>, SecretError> {
        self.with_store(move |store, context, user| store.get(context, user, kind))
            .await
    }

    /// Saves (`Some`) or deletes (`None`) a secret of this context and user.
    async fn in_store(&self, kind: SecretKind, secret: Option<String>) -> Result<(), SecretError> {
        self.with_store(move |store, context, user| match &secret {
            Some(secret) => store.set(context, user, kind, secret),
            None => store.delete(context, user, kind),
        })
        .await
    }

    /// Runs a store operation off the async threads (the keyring may block up to its timeout).
    async fn with_store<T, F>(&self, operation: F) -> Result<T, SecretError>
    where
        T: Send + 'static,
        F: FnOnce(&SecretStore, &str, &str) -> Result<T, SecretError> + Send + 'static,
    {
        let store = Arc::clone(&self.store);
        let context = self.target.context.clone();
        let user = self.target.user.clone().unwrap_or_default();
        tokio::task::spawn_blocking(move || operation(&store, &context, &user))
            .await
            .unwrap_or_else(|err| Err(SecretError::Keyring(err.to_string())))
    }
}

/// The token of a login answer: raw text, or `{"data": {"token": ...}}` if `raw` was ignored.
fn token_from_body(body: serde_json::Value) -> Result<String, ClientError> {
    let token = match body {
        serde_json::Value::String(text) => text.trim().to_string(),
        other => other["data"]["token"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    };
    if token.is_empty() {
        return Err(ClientError::InvalidResponse(
            "the login answer holds no token".to_string(),
        ));
    }
    Ok(token)
}

/// True unless the token's `exp` is known and less than [`EXPIRY_MARGIN_SECS`] away.
fn is_fresh(token: &str) -> bool {
    token_expiry(token).is_none_or(|exp| exp - chrono::Utc::now().timestamp() > EXPIRY_MARGIN_SECS)
}

/// The `exp` claim of a JWT (unix seconds), read by base64url-decoding the payload.
pub fn token_expiry(token: &str) -> Option<i64> {
    claims_of(token)?.get("exp")?.as_i64()
}

/// Why a run_as session cannot be renewed silently.
const RUN_AS_ENDED: &str =
    "the run_as token has expired or was revoked: log in again with `login --run-as`";

/// Whether a token came from a run_as login (its `run_as` claim), read without verification.
fn is_run_as(token: &str) -> bool {
    claims_of(token).is_some_and(|claims| claims["run_as"] == true)
}

/// The (unverified) claims of a JWT.
fn claims_of(token: &str) -> Option<serde_json::Value> {
    let payload = token.split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .ok()?;
    serde_json::from_slice(&bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;

    fn jwt(claims: &str) -> String {
        format!(
            "{}.{}.c2ln",
            URL_SAFE_NO_PAD.encode(r#"{"alg":"ES512","typ":"JWT"}"#),
            URL_SAFE_NO_PAD.encode(claims)
        )
    }

    #[test]
    fn run_as_tokens_are_told_apart() {
        assert!(is_run_as(&jwt(r#"{"sub":"wazuh","run_as":true}"#)));
        assert!(!is_run_as(&jwt(r#"{"sub":"wazuh","run_as":false}"#)));
        assert!(!is_run_as("not-a-jwt"));
    }

    #[test]
    fn reads_exp_from_a_hand_made_jwt() {
        let token = jwt(r#"{"iss":"wazuh","sub":"wazuh","nbf":1700000000,"exp":1700000900}"#);
        assert_eq!(token_expiry(&token), Some(1_700_000_900));
    }

    #[test]
    fn garbage_has_no_expiry() {
        assert_eq!(token_expiry("not-a-jwt"), None);
        assert_eq!(token_expiry("a.!!!.c"), None);
        assert_eq!(token_expiry(&jwt(r#"{"sub":"x"}"#)), None);
        assert_eq!(token_expiry(&jwt("[1,2]")), None);
    }

    #[test]
    fn freshness_keeps_a_margin() {
        let now = chrono::Utc::now().timestamp();
        assert!(is_fresh(&jwt(&format!(r#"{{"exp":{}}}"#, now + 900))));
        assert!(!is_fresh(&jwt(&format!(r#"{{"exp":{}}}"#, now + 5))));
        assert!(!is_fresh(&jwt(&format!(r#"{{"exp":{}}}"#, now - 60))));
        assert!(is_fresh("opaque-token"));
    }

    #[test]
    fn login_answers_give_the_token() {
        let raw = serde_json::Value::String("abc.def.ghi\n".to_string());
        assert_eq!(token_from_body(raw).unwrap(), "abc.def.ghi");
        let wrapped = serde_json::json!({"data": {"token": "t"}, "error": 0});
        assert_eq!(token_from_body(wrapped).unwrap(), "t");
        assert!(token_from_body(serde_json::json!({"error": 0})).is_err());
    }
}

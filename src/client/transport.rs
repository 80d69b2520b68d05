//! One HTTP exchange: building the reqwest client from a target (CA pinning, `-k`, timeout),
//! sending a request with its credentials, the `-v` log with secrets masked, reading the answer,
//! and turning transport failures into [`ClientError`]s by walking their `source()` chain.

use super::{Body, Client, ClientError, Request, Response, Target};
use crate::api::envelope::ErrorBody;
use crate::api::Method;
use serde_json::Value;
use std::error::Error as StdError;
use std::time::{Duration, Instant};

/// The longest `Retry-After` honoured, so a confused server cannot park the CLI for hours.
pub(super) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// How much of a non-JSON error body is kept for the message.
const ERROR_TEXT_LIMIT: usize = 200;

/// The credentials of one request.
pub(super) enum Auth<'a> {
    /// `Authorization: Bearer <token>`.
    Bearer(&'a str),
    /// HTTP Basic (login only).
    Basic {
        /// User name.
        user: &'a str,
        /// Password.
        password: &'a str,
    },
}

impl Auth<'_> {
    /// The header as the `-v` log shows it: the scheme, never the secret.
    fn masked(&self) -> &'static str {
        match self {
            Auth::Bearer(_) => "Bearer ***",
            Auth::Basic { .. } => "Basic ***",
        }
    }
}

/// A raw answer, before it is judged a success or an error.
#[derive(Debug)]
pub(super) struct Answer {
    /// HTTP status.
    pub status: u16,
    /// The `Content-Type` header, lowercased (empty when absent).
    pub content_type: String,
    /// The body text.
    pub text: String,
    /// The `Retry-After` delay, when given in seconds (as sent: a wait honours at most
    /// [`MAX_RETRY_AFTER`] of it).
    pub retry_after: Option<Duration>,
}

impl Answer {
    /// A 2xx answer as a [`Response`]; anything else as [`ClientError::Api`].
    pub fn into_response(self) -> Result<Response, ClientError> {
        let answer = self.success()?;
        Ok(Response {
            status: answer.status,
            body: answer.body()?,
        })
    }

    /// A 2xx answer's body text; anything else as [`ClientError::Api`].
    pub fn into_text(self) -> Result<String, ClientError> {
        Ok(self.success()?.text)
    }

    /// The answer itself when it is a 2xx one, else its [`ClientError::Api`].
    fn success(self) -> Result<Answer, ClientError> {
        if !(200..300).contains(&self.status) {
            return Err(ClientError::Api {
                status: self.status,
                body: self.error_body(),
                text: excerpt(&self.text),
            });
        }
        Ok(self)
    }

    /// The problem+json body, if the answer has one.
    pub fn error_body(&self) -> Option<Box<ErrorBody>> {
        serde_json::from_str(&self.text).ok()
    }

    /// The body: JSON parsed, text/plain and XML as a string, empty as null.
    fn body(&self) -> Result<Value, ClientError> {
        if self.text.is_empty() {
            return Ok(Value::Null);
        }
        if self.content_type.contains("json") {
            return serde_json::from_str(&self.text).map_err(|err| {
                ClientError::InvalidResponse(format!("the JSON body does not parse: {err}"))
            });
        }
        if self.content_type.starts_with("text/") || self.content_type.contains("xml") {
            return Ok(Value::String(self.text.clone()));
        }
        Ok(serde_json::from_str(&self.text).unwrap_or_else(|_| Value::String(self.text.clone())))
    }
}

/// The base URL without a trailing slash, after checking it is an http(s) URL.
pub(super) fn base_url(url: &str) -> Result<String, ClientError> {
    let invalid = |why: String| ClientError::InvalidTarget {
        message: format!("invalid server URL `{url}`: {why}"),
        hint: "give a URL like https://host:55000 (--url or the context)",
    };
    let parsed = reqwest::Url::parse(url).map_err(|err| invalid(err.to_string()))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be https or http".to_string()));
    }
    Ok(url.trim_end_matches('/').to_string())
}

/// The error for a `wazuh-ctl serve` lab that is gone.
fn lab_not_running(target: &Target) -> ClientError {
    ClientError::LabNotRunning {
        url: target.url.clone(),
    }
}

/// The reqwest client: pinned CA or `-k`, timeouts, our user agent.
pub(super) fn http_client(target: &Target) -> Result<reqwest::Client, ClientError> {
    let mut builder = reqwest::Client::builder()
        .user_agent(concat!("wazuh-ctl/", env!("CARGO_PKG_VERSION")))
        .timeout(target.timeout)
        .connect_timeout(target.timeout);
    if let Some(path) = &target.ca_cert {
        let unusable = |why: String| ClientError::InvalidTarget {
            message: format!("cannot use the CA certificate {}: {why}", path.display()),
            hint: "pass a PEM file with --ca-cert FILE (or fix the context's ca-cert)",
        };
        let pem = std::fs::read(path).map_err(|err| match target.lab_server {
            // A lab's CA file goes with its data directory: an ephemeral lab deletes both.
            true => lab_not_running(target),
            false => unusable(err.to_string()),
        })?;
        let certs =
            reqwest::Certificate::from_pem_bundle(&pem).map_err(|err| unusable(err.to_string()))?;
        if certs.is_empty() {
            return Err(unusable("no certificate in the file".to_string()));
        }
        builder = builder.tls_certs_only(certs);
    }
    if target.insecure {
        builder = builder.tls_danger_accept_invalid_certs(true);
    }
    builder.build().map_err(|err| ClientError::InvalidTarget {
        message: format!("cannot build the HTTP client: {}", causes(&err)),
        hint: "check --ca-cert and the URL",
    })
}

impl Client {
    /// Sends one request with the given credentials and reads the whole answer.
    pub(super) async fn execute(
        &self,
        request: &Request,
        auth: &Auth<'_>,
    ) -> Result<Answer, ClientError> {
        let url = format!("{}{}", self.base_url, request.path);
        let mut builder = self.http.request(http_method(request.method), url);
        if !request.query.is_empty() {
            builder = builder.query(&request.query);
        }
        builder = match &request.body {
            Some(Body::Json(json)) => builder.json(json),
            Some(Body::Xml(xml)) => builder
                .header(reqwest::header::CONTENT_TYPE, "application/xml")
                .body(xml.clone()),
            None => builder,
        };
        builder = match auth {
            Auth::Bearer(token) => builder.bearer_auth(token),
            Auth::Basic { user, password } => builder.basic_auth(user, Some(password)),
        };
        let http_request = builder.build().map_err(|err| self.transport_error(&err))?;
        self.log(&format!(
            "> {} {}",
            request.method.as_str(),
            http_request.url()
        ));
        self.log(&format!("> Authorization: {}", auth.masked()));
        let started = Instant::now();
        let response = self
            .http
            .execute(http_request)
            .await
            .map_err(|err| self.transport_error(&err))?;
        let status = response.status();
        let header = |name: reqwest::header::HeaderName| {
            response
                .headers()
                .get(name)
                .and_then(|value| value.to_str().ok())
                .map(str::to_string)
        };
        let content_type = header(reqwest::header::CONTENT_TYPE)
            .unwrap_or_default()
            .to_ascii_lowercase();
        let retry_after = header(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.trim().parse::<u64>().ok())
            .map(Duration::from_secs);
        let text = response
            .text()
            .await
            .map_err(|err| self.transport_error(&err))?;
        self.log(&format!(
            "< {} {} ({} ms)",
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            started.elapsed().as_millis()
        ));
        Ok(Answer {
            status: status.as_u16(),
            content_type,
            text,
            retry_after,
        })
    }

    /// Classifies a reqwest failure: TLS, timeout, unreachable, or another network error.
    fn transport_error(&self, err: &reqwest::Error) -> ClientError {
        let url = self.base_url.clone();
        if let Some(tls) = find_tls_error(err) {
            return ClientError::Tls {
                url,
                reason: tls.to_string(),
                certificate: matches!(
                    tls,
                    rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
                ),
            };
        }
        if err.is_timeout() {
            return ClientError::Timeout {
                url,
                after: self.target.timeout,
            };
        }
        if err.is_connect() && self.target.lab_server {
            return lab_not_running(&self.target);
        }
        if err.is_connect() {
            return ClientError::Unreachable {
                url,
                reason: root_cause(err),
            };
        }
        ClientError::Network {
            url,
            reason: causes(err),
        }
    }
}

fn http_method(method: Method) -> reqwest::Method {
    match method {
        Method::Get => reqwest::Method::GET,
        Method::Post => reqwest::Method::POST,
        Method::Put => reqwest::Method::PUT,
        Method::Delete => reqwest::Method::DELETE,
    }
}

/// The error and its sources, outermost first. `io::Error` hides the error it wraps from
/// `source()`, so that one is unwrapped by hand.
fn chain<'a>(err: &'a (dyn StdError + 'static)) -> Vec<&'a (dyn StdError + 'static)> {
    let mut errors = Vec::new();
    let mut next = Some(err);
    while let Some(current) = next {
        errors.push(current);
        next = match current.downcast_ref::<std::io::Error>() {
            Some(io) => io.get_ref().map(|inner| inner as &(dyn StdError + 'static)),
            None => current.source(),
        };
    }
    errors
}

fn find_tls_error(err: &reqwest::Error) -> Option<&rustls::Error> {
    chain(err)
        .into_iter()
        .find_map(|cause| cause.downcast_ref::<rustls::Error>())
}

fn root_cause(err: &reqwest::Error) -> String {
    chain(err)
        .last()
        .map(|cause| cause.to_string())
        .unwrap_or_default()
}

/// Every distinct message in the chain, joined by `: `.
fn causes(err: &reqwest::Error) -> String {
    let mut messages: Vec<String> = Vec::new();
    for cause in chain(err) {
        let message = cause.to_string();
        if !messages.iter().any(|seen| seen.contains(&message)) {
            messages.push(message);
        }
    }
    messages.join(": ")
}

/// The start of a body, on one line, for error messages.
fn excerpt(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match flat.char_indices().nth(ERROR_TEXT_LIMIT) {
        Some((cut, _)) => format!("{}...", &flat[..cut]),
        None => flat,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(status: u16, content_type: &str, text: &str) -> Answer {
        Answer {
            status,
            content_type: content_type.to_string(),
            text: text.to_string(),
            retry_after: None,
        }
    }

    #[test]
    fn bodies_are_parsed_by_content_type() {
        let json = answer(200, "application/json", r#"{"data":{"a":1},"error":0}"#);
        assert_eq!(json.into_response().unwrap().body["data"]["a"], 1);
        let xml = answer(200, "application/xml; charset=utf-8", "<ossec_config/>");
        assert_eq!(
            xml.into_response().unwrap().body,
            Value::String("<ossec_config/>".into())
        );
        let plain = answer(200, "text/plain", "{\"not\": \"parsed\"}");
        assert!(plain.into_response().unwrap().body.is_string());
        let empty = answer(200, "application/json", "");
        assert_eq!(empty.into_response().unwrap().body, Value::Null);
        let broken = answer(200, "application/json", "{");
        assert!(matches!(
            broken.into_response(),
            Err(ClientError::InvalidResponse(_))
        ));
    }

    #[test]
    fn error_answers_keep_the_problem_body_or_a_text_excerpt() {
        let problem = answer(
            400,
            "application/problem+json",
            r#"{"title":"Bad Request","detail":"Not a valid sort field","error":1403}"#,
        );
        let err = problem.into_response().unwrap_err();
        assert_eq!(err.to_string(), "Not a valid sort field (error 1403)");
        assert_eq!(err.exit_code(), 2);

        let gateway = answer(502, "text/html", "<html>\n  bad   gateway\n</html>");
        let err = gateway.into_response().unwrap_err();
        assert_eq!(
            err.to_string(),
            "HTTP 502 Bad Gateway: <html> bad gateway </html>"
        );
        assert!(err.body().is_none());
        assert_eq!(err.exit_code(), 1);
    }

    #[test]
    fn the_log_masks_credentials() {
        assert_eq!(Auth::Bearer("eyJsecret").masked(), "Bearer ***");
        let basic = Auth::Basic {
            user: "wazuh",
            password: "hunter2",
        };
        assert_eq!(basic.masked(), "Basic ***");
    }

    #[test]
    fn base_url_must_be_http_or_https() {
        assert_eq!(base_url("https://h:55000/").unwrap(), "https://h:55000");
        for bad in ["h:55000", "ftp://h", "not a url"] {
            let err = base_url(bad).unwrap_err();
            assert_eq!(err.exit_code(), 2, "{bad}");
        }
    }
}

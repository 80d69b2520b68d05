//! One HTTP exchange: building the reqwest client from a target (CA pinning, `-k`, timeout,
//! no redirect from https to http), sending a request with its credentials, the `-v` log with
//! secrets masked, reading the answer (at most [`MAX_BODY`] bytes), and turning transport
//! failures into [`ClientError`]s by walking their `source()` chain. Text the server sends
//! for messages (error bodies) loses its control characters, so it cannot drive a terminal.

use super::{Body, Client, ClientError, Request, Response, Target};
use crate::api::envelope::ErrorBody;
use crate::api::Method;
use serde_json::Value;
use std::error::Error as StdError;
use std::time::{Duration, Instant};

/// The longest `Retry-After` honoured, so a confused server cannot park the CLI for hours.
pub(super) const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);

/// The largest answer read: a server that sends more is refused rather than buffered.
pub(super) const MAX_BODY: usize = 256 * 1024 * 1024;

/// How many redirects a request follows.
const MAX_REDIRECTS: usize = 10;

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
    /// The URL asked (without its query), for messages.
    pub url: String,
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

    /// The problem+json body, if the answer has one (its texts printable).
    pub fn error_body(&self) -> Option<Box<ErrorBody>> {
        let mut body: Box<ErrorBody> = serde_json::from_str(&self.text).ok()?;
        body.title = printable(&body.title);
        body.detail = printable(&body.detail);
        body.remediation = body.remediation.as_deref().map(printable);
        Some(body)
    }

    /// The body: JSON parsed, text/plain and XML as a string, empty as null. Anything else
    /// (an HTML page, say) is not an answer of the Wazuh API: an error naming what came.
    fn body(&self) -> Result<Value, ClientError> {
        if self.text.is_empty() {
            return Ok(Value::Null);
        }
        if self.content_type.contains("json") {
            return serde_json::from_str(&self.text).map_err(|err| {
                ClientError::InvalidResponse(format!("the JSON body does not parse: {err}"))
            });
        }
        if self.content_type.starts_with("text/plain") || self.content_type.contains("xml") {
            return Ok(Value::String(self.text.clone()));
        }
        let parsed = serde_json::from_str(&self.text).ok();
        parsed
            .filter(|_| !self.content_type.starts_with("text/html"))
            .ok_or_else(|| {
                let content_type = match self.content_type.as_str() {
                    "" => "a body without a content type",
                    other => other,
                };
                ClientError::InvalidResponse(format!(
                    "{} answered {} where JSON was expected",
                    self.url,
                    printable(content_type)
                ))
            })
    }
}

/// The text without control characters (ASCII and C1; tabs and newlines become spaces), so
/// escape sequences a server sends reach no terminal.
pub(super) fn printable(text: &str) -> String {
    text.chars()
        .filter_map(|c| match c {
            '\t' | '\n' | '\r' => Some(' '),
            c if c.is_control() => None,
            c => Some(c),
        })
        .collect()
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
        .connect_timeout(target.timeout)
        .redirect(reqwest::redirect::Policy::custom(no_downgrade));
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

/// Follows redirects (at most [`MAX_REDIRECTS`]) but never from https to http, where the
/// credentials of the request would leave TLS.
fn no_downgrade(attempt: reqwest::redirect::Attempt) -> reqwest::redirect::Action {
    let from_https = attempt.previous().iter().any(|url| url.scheme() == "https");
    if from_https && attempt.url().scheme() == "http" {
        let to = attempt.url().to_string();
        return attempt.error(format!(
            "refusing a redirect from https to plain http ({to})"
        ));
    }
    if attempt.previous().len() > MAX_REDIRECTS {
        return attempt.error(format!("more than {MAX_REDIRECTS} redirects"));
    }
    attempt.follow()
}

/// Reads an answer's body, at most [`MAX_BODY`] bytes, as text (invalid UTF-8 replaced).
async fn read_body(mut response: reqwest::Response, url: &str) -> Result<String, ReadError> {
    let too_large = || ReadError::TooLarge(url.to_string());
    if response
        .content_length()
        .is_some_and(|length| length > MAX_BODY as u64)
    {
        return Err(too_large());
    }
    let mut bytes = Vec::new();
    while let Some(chunk) = response.chunk().await.map_err(ReadError::Transport)? {
        if bytes.len() + chunk.len() > MAX_BODY {
            return Err(too_large());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => String::from_utf8_lossy(err.as_bytes()).into_owned(),
    })
}

/// Why an answer's body could not be read.
enum ReadError {
    /// The connection failed while reading.
    Transport(reqwest::Error),
    /// The body is larger than [`MAX_BODY`] (the URL asked).
    TooLarge(String),
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
            Some(Body::Octet(text)) => builder
                .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                .body(text.clone()),
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
        let url = response.url().as_str();
        let url = url.split('?').next().unwrap_or(url).to_string();
        let text = read_body(response, &url).await.map_err(|err| match err {
            ReadError::Transport(err) => self.transport_error(&err),
            ReadError::TooLarge(url) => ClientError::InvalidResponse(format!(
                "the answer from {url} is larger than {} MiB; ask for less (--limit)",
                MAX_BODY / (1024 * 1024)
            )),
        })?;
        self.log(&format!(
            "< {} {} ({} ms)",
            status.as_u16(),
            status.canonical_reason().unwrap_or(""),
            started.elapsed().as_millis()
        ));
        Ok(Answer {
            url,
            status: status.as_u16(),
            content_type,
            text,
            retry_after,
        })
    }

    /// Classifies a reqwest failure: TLS, timeout, unreachable, or another network error,
    /// naming the server (or the redirect target that failed, when it is another one).
    fn transport_error(&self, err: &reqwest::Error) -> ClientError {
        let elsewhere = err
            .url()
            .map(|url| url.origin().ascii_serialization())
            .filter(|origin| !self.base_url.starts_with(origin.as_str()));
        let url = elsewhere.unwrap_or_else(|| self.base_url.clone());
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
    let flat = printable(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
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
            url: "https://wazuh:55000/agents".to_string(),
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
        let untyped = answer(200, "", r#"{"data": {}}"#);
        assert!(untyped.into_response().unwrap().body.is_object());
    }

    #[test]
    fn a_page_that_is_not_json_is_an_error_naming_what_came() {
        for content_type in ["text/html; charset=utf-8", ""] {
            let page = answer(200, content_type, "<html><body>Sign in</body></html>");
            let err = page.into_response().unwrap_err();
            let message = err.to_string();
            assert!(matches!(err, ClientError::InvalidResponse(_)), "{err:?}");
            assert!(message.contains("https://wazuh:55000/agents"), "{message}");
            assert!(message.contains("where JSON was expected"), "{message}");
            assert_eq!(err.exit_code(), 1);
        }
        let html_json = answer(200, "text/html", r#"{"data": {}}"#);
        assert!(
            html_json.into_response().is_err(),
            "HTML is never the API's answer"
        );
    }

    #[test]
    fn server_text_in_errors_loses_its_control_characters() {
        let detail = "bad \u{1b}[31mred\u{1b}[0m\u{7}\nline \u{9b}2J";
        let body = serde_json::json!({"title": "Bad", "detail": detail, "error": 1});
        let refused = answer(400, "application/problem+json", &body.to_string());
        let shown = refused.error_body().unwrap().detail;
        assert_eq!(shown, "bad [31mred[0m line 2J");
        let html = answer(500, "text/html", "<h1>\u{1b}]0;pwned\u{7}</h1>");
        let ClientError::Api { text, .. } = html.into_response().unwrap_err() else {
            panic!("an API error");
        };
        assert!(!text.chars().any(char::is_control), "{text:?}");
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

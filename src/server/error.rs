//! `ApiError`: every way a request can fail, rendered as the Wazuh problem+json body with
//! the right HTTP status (`error` last, `remediation`/`dapi_errors` only when present).

use crate::api::codes::{self, Code, INTERNAL_ERROR};
use crate::api::envelope::{ErrorBody, ItemError};
use crate::server::request_head::{MAX_FIELDS, MAX_HEAD, MAX_REQUEST_LINE};
use crate::server::respond;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Name of the (single) node this server plays; used in `dapi_errors`.
pub const NODE_NAME: &str = "master-node";

/// A failed request: HTTP status plus the problem+json body.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    /// HTTP status.
    pub status: StatusCode,
    /// The body (boxed: errors travel in `Result`s everywhere).
    pub body: Box<ErrorBody>,
}

impl ApiError {
    /// A Wazuh error of the code table, e.g. `ApiError::code(AGENT_NOT_FOUND)`.
    pub fn code(code: Code) -> ApiError {
        Self::build(code, None)
    }

    /// A Wazuh error whose detail is `"<message>: <extra>"`.
    pub fn code_with(code: Code, extra: impl Into<String>) -> ApiError {
        Self::build(code, Some(extra.into()))
    }

    fn build(entry: Code, extra: Option<String>) -> ApiError {
        let detail = match extra {
            Some(extra) => format!("{}: {}", entry.message, extra),
            None => entry.message.to_string(),
        };
        let detail = detail.replace('\n', " ");
        let status =
            StatusCode::from_u16(entry.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        let mut dapi = json!({ "error": detail });
        if status.is_server_error() {
            dapi["logfile"] = json!("WAZUH_HOME/logs/api.log");
        }
        ApiError {
            status,
            body: Box::new(ErrorBody {
                title: codes::title(entry.status).to_string(),
                detail,
                remediation: entry.remediation.map(str::to_string),
                dapi_errors: Some(json!({ NODE_NAME: dapi })),
                error: Some(entry.code),
            }),
        }
    }

    /// The same error raised on the node called `node` (its `dapi_errors` name that node).
    pub fn on_node(mut self, node: &str) -> ApiError {
        if let Some(errors) = self.body.dapi_errors.take() {
            let raised = errors.get(NODE_NAME).cloned().unwrap_or(errors);
            self.body.dapi_errors = Some(json!({ node: raised }));
        }
        self
    }

    /// A refusal by a middleware (rate limits, IP block): the code's body without `dapi_errors`.
    pub fn middleware(code: Code) -> ApiError {
        let mut error = Self::code(code);
        error.body.dapi_errors = None;
        error
    }

    /// A request-validation failure (no Wazuh code), e.g. an unknown query parameter.
    pub fn bad_request(detail: impl Into<String>) -> ApiError {
        Self::plain(StatusCode::BAD_REQUEST, "Bad Request", detail)
    }

    /// A 401 with the given detail (`Invalid credentials`, `Invalid token`, ...).
    pub fn unauthorized(detail: impl Into<String>) -> ApiError {
        Self::plain(StatusCode::UNAUTHORIZED, "Unauthorized", detail)
    }

    /// A request body over the upload limit (`max_upload_size`).
    pub fn too_large(limit: usize) -> ApiError {
        Self::plain(
            StatusCode::PAYLOAD_TOO_LARGE,
            "Content size exceeded.",
            format!("The request body exceeds the maximum upload size of {limit} bytes"),
        )
    }

    /// 414: a request line longer than the server reads (`request_head::MAX_REQUEST_LINE`).
    pub fn uri_too_long() -> ApiError {
        Self::plain(
            StatusCode::URI_TOO_LONG,
            "URI Too Long",
            format!("The request line exceeds the maximum length of {MAX_REQUEST_LINE} bytes"),
        )
    }

    /// 431: request headers larger than the server reads (`request_head::MAX_HEAD` bytes or
    /// `MAX_FIELDS` fields).
    pub fn head_too_large() -> ApiError {
        Self::plain(
            StatusCode::REQUEST_HEADER_FIELDS_TOO_LARGE,
            "Request Header Fields Too Large",
            format!(
                "The request headers exceed the maximum size of {MAX_HEAD} bytes or \
                 {MAX_FIELDS} fields"
            ),
        )
    }

    /// A request whose `Expect` header asks for something other than `100-continue`.
    pub fn expectation_failed(expectation: &str) -> ApiError {
        Self::plain(
            StatusCode::EXPECTATION_FAILED,
            "Expectation Failed",
            format!("Unknown Expect: {expectation}"),
        )
    }

    /// 415, as connexion answers a body declared with another media type than the spec's.
    pub fn unsupported_media_type(declared: &str, expected: &str) -> ApiError {
        Self::plain(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Unsupported Media Type",
            format!("Invalid Content-type ({declared}), expected ['{expected}']"),
        )
    }

    /// The answer for paths the Wazuh API does not have.
    pub fn route_not_found() -> ApiError {
        Self::plain(StatusCode::NOT_FOUND, "Not Found", "404: Not Found")
    }

    /// The answer for a known path with a method it does not support.
    pub fn method_not_allowed() -> ApiError {
        Self::plain(
            StatusCode::METHOD_NOT_ALLOWED,
            "Method Not Allowed",
            "405: Method Not Allowed",
        )
    }

    /// An unexpected internal failure (storage, I/O); the cause is logged, not sent.
    pub fn internal(cause: impl std::fmt::Display) -> ApiError {
        tracing::error!("internal error: {cause}");
        Self::code(INTERNAL_ERROR)
    }

    /// An error with a status, title and detail and no Wazuh code (connexion's and a few of
    /// Wazuh's own validation errors).
    pub fn plain(status: StatusCode, title: &str, detail: impl Into<String>) -> ApiError {
        ApiError {
            status,
            body: Box::new(ErrorBody {
                title: title.to_string(),
                detail: detail.into(),
                remediation: None,
                dapi_errors: None,
                error: None,
            }),
        }
    }

    /// The error as a failed item of a bulk result (code, message, remediation).
    pub fn as_item_error(&self) -> ItemError {
        ItemError {
            code: self.body.error.unwrap_or(INTERNAL_ERROR.code),
            message: self.body.detail.clone(),
            remediation: self.body.remediation.clone(),
        }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.body.detail, self.status)
    }
}

impl std::error::Error for ApiError {}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        respond::json_with(self.status, respond::PROBLEM_JSON, &*self.body, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::codes::{AGENT_NOT_FOUND, UNKNOWN_QUERY_FIELD};

    #[test]
    fn framework_errors_put_the_code_last() {
        let err = ApiError::code(AGENT_NOT_FOUND);
        assert_eq!(err.status, StatusCode::NOT_FOUND);
        let body = String::from_utf8(respond::to_bytes(&err.body, false)).unwrap();
        assert!(
            body.starts_with(r#"{"title": "Resource Not Found", "detail": "Agent does not exist""#),
            "{body}"
        );
        assert!(body.ends_with(r#""error": 1701}"#), "{body}");
    }

    #[test]
    fn extra_context_is_appended_to_the_detail() {
        let err = ApiError::code_with(UNKNOWN_QUERY_FIELD, "os.nam");
        assert_eq!(err.body.detail, "Field does not exist.: os.nam");
        assert_eq!(err.status, StatusCode::BAD_REQUEST);
    }

    #[test]
    fn validation_errors_have_no_code() {
        let body =
            String::from_utf8(respond::to_bytes(&ApiError::bad_request("x").body, false)).unwrap();
        assert_eq!(body, r#"{"title": "Bad Request", "detail": "x"}"#);
    }
}

//! `--dry-run`: renders a request as the curl command that would send it, with every secret
//! left to the shell (`$WAZUH_TOKEN`, or curl's own password prompt for Basic auth).
//!
//! A string body is an XML document (a group's `agent.conf`) and is sent as
//! `application/xml`; any other body is JSON.
//!
//! Pure text; imports `client` types only.

use crate::client::{Body, Request, Target};

/// How the rendered command authenticates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Auth<'a> {
    /// `Authorization: Bearer $WAZUH_TOKEN` (every API call but login).
    Bearer,
    /// HTTP Basic as this user; curl asks for the password.
    Basic(&'a str),
}

/// The curl command for a request to a target; no secret ever appears in it.
pub fn render(target: &Target, request: &Request, auth: Auth) -> String {
    let mut words = vec![
        "curl".to_string(),
        "-X".to_string(),
        request.method.as_str().to_string(),
        quote(&url(target, request)),
    ];
    match auth {
        Auth::Bearer => words.extend([
            "-H".to_string(),
            "\"Authorization: Bearer $WAZUH_TOKEN\"".to_string(),
        ]),
        Auth::Basic(user) => words.extend(["-u".to_string(), quote(user)]),
    }
    if let Some(ca_cert) = &target.ca_cert {
        words.extend(["--cacert".to_string(), quote(&ca_cert.to_string_lossy())]);
    }
    if target.insecure {
        words.push("-k".to_string());
    }
    match &request.body {
        Some(Body::Xml(xml)) => words.extend([
            "-H".to_string(),
            quote("Content-Type: application/xml"),
            "--data-binary".to_string(),
            quote(xml),
        ]),
        Some(Body::Octet(text)) => words.extend([
            "-H".to_string(),
            quote("Content-Type: application/octet-stream"),
            "--data-binary".to_string(),
            quote(text),
        ]),
        Some(Body::Json(json)) => words.extend([
            "-H".to_string(),
            quote("Content-Type: application/json"),
            "-d".to_string(),
            quote(&json.to_string()),
        ]),
        None => {}
    }
    words.join(" ")
}

/// The full URL of a request: base URL, path, and the percent-encoded query.
pub fn url(target: &Target, request: &Request) -> String {
    let mut url = format!("{}{}", target.url.trim_end_matches('/'), request.path);
    if !request.query.is_empty() {
        let query = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&request.query)
            .finish();
        url.push('?');
        url.push_str(&query);
    }
    url
}

/// Quotes a word for a POSIX shell.
pub fn quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::Method;
    use std::path::PathBuf;
    use std::time::Duration;

    fn target() -> Target {
        Target {
            context: "lab".into(),
            url: "https://127.0.0.1:55000/".into(),
            user: Some("wazuh".into()),
            ca_cert: None,
            insecure: false,
            timeout: Duration::from_secs(30),
            password: Some("s3cret-pass".into()),
            default_password: None,
            token: Some("eyJ.secret.token".into()),
            verbose: false,
            login_command: "wazuh-ctl login".into(),
            lab_server: false,
        }
    }

    fn get_agents() -> Request {
        Request {
            method: Method::Get,
            path: "/agents".into(),
            query: vec![
                ("limit".into(), "10".into()),
                ("q".into(), "os.platform=ubuntu;status=active".into()),
            ],
            body: None,
        }
    }

    #[test]
    fn a_get_shows_the_encoded_query_and_masks_the_token() {
        let line = render(&target(), &get_agents(), Auth::Bearer);
        assert_eq!(
            line,
            "curl -X GET 'https://127.0.0.1:55000/agents?limit=10&q=os.platform%3Dubuntu%3Bstatus%3Dactive' \
             -H \"Authorization: Bearer $WAZUH_TOKEN\""
        );
        assert!(!line.contains("eyJ.secret.token"));
        assert!(!line.contains("s3cret-pass"));
    }

    #[test]
    fn tls_options_and_a_json_body_are_rendered() {
        let mut target = target();
        target.ca_cert = Some(PathBuf::from("/tmp/lab ca.pem"));
        target.insecure = true;
        let request = Request {
            method: Method::Put,
            path: "/agents/group".into(),
            query: vec![],
            body: Some(Body::Json(serde_json::json!({"name": "it's"}))),
        };
        assert_eq!(
            render(&target, &request, Auth::Bearer),
            "curl -X PUT 'https://127.0.0.1:55000/agents/group' -H \"Authorization: Bearer $WAZUH_TOKEN\" \
             --cacert '/tmp/lab ca.pem' -k -H 'Content-Type: application/json' -d '{\"name\":\"it'\\''s\"}'"
        );
    }

    #[test]
    fn a_string_body_is_sent_as_xml() {
        let request = Request {
            method: Method::Put,
            path: "/groups/web/configuration".into(),
            query: vec![],
            body: Some(Body::Xml("<agent_config/>".into())),
        };
        assert!(render(&target(), &request, Auth::Bearer)
            .ends_with("-H 'Content-Type: application/xml' --data-binary '<agent_config/>'"));
    }

    #[test]
    fn basic_auth_names_the_user_but_never_the_password() {
        let request = Request {
            method: Method::Post,
            path: "/security/user/authenticate".into(),
            query: vec![],
            body: None,
        };
        let line = render(&target(), &request, Auth::Basic("wazuh"));
        assert!(line.ends_with("-u 'wazuh'"), "{line}");
        assert!(!line.contains("s3cret-pass"));
    }
}

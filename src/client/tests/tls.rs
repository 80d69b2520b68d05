//! The client over HTTPS: a pinned CA, `-k`, and redirects that would leave TLS.

use super::*;

/// Serves `app` over HTTPS with a fresh self-signed certificate; returns the URL and the
/// certificate's PEM file.
async fn serve_tls(app: Router, dir: &std::path::Path) -> (String, PathBuf) {
    let certified =
        rcgen::generate_simple_self_signed(vec!["127.0.0.1".to_string(), "localhost".to_string()])
            .unwrap();
    let cert_pem = certified.cert.pem();
    let cert_path = dir.join("ca.pem");
    std::fs::write(&cert_path, &cert_pem).unwrap();
    let config = axum_server::tls_rustls::RustlsConfig::from_pem(
        cert_pem.into_bytes(),
        certified.signing_key.serialize_pem().into_bytes(),
    )
    .await
    .unwrap();
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("https://{}", listener.local_addr().unwrap());
    let server = axum_server::from_tcp_rustls(listener, config).unwrap();
    tokio::spawn(async move { server.serve(app.into_make_service()).await.unwrap() });
    (url, cert_path)
}

#[tokio::test]
async fn tls_trusts_the_pinned_ca_or_explains_how_to() {
    let dir = tempfile::tempdir().unwrap();
    let (url, cert) = serve_tls(app(Arc::new(Fake::default())), dir.path()).await;

    let untrusting = client(target(&url), SecretStore::memory());
    let err = untrusting.login(PASSWORD, false).await.unwrap_err();
    assert!(
        matches!(
            err,
            ClientError::Tls {
                certificate: true,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.exit_code(), 1);
    assert!(err.hint().unwrap().contains("--ca-cert FILE"));

    let mut pinned = target(&url);
    pinned.ca_cert = Some(cert);
    client(pinned, SecretStore::memory())
        .login(PASSWORD, false)
        .await
        .unwrap();

    let mut insecure = target(&url);
    insecure.insecure = true;
    client(insecure, SecretStore::memory())
        .login(PASSWORD, false)
        .await
        .unwrap();
}

/// A stand-in that redirects every request to the same path on `to`.
fn redirecting_to(to: String) -> Router {
    let redirect = move |uri: axum::http::Uri| async move {
        let path = uri.path_and_query().map_or("/", |path| path.as_str());
        let location = format!("{to}{path}");
        (
            StatusCode::TEMPORARY_REDIRECT,
            [(header::LOCATION, location)],
        )
    };
    Router::new().fallback(redirect)
}

#[tokio::test]
async fn a_redirect_from_https_to_plain_http_is_refused_not_followed() {
    let fake = Arc::new(Fake::default());
    let dir = tempfile::tempdir().unwrap();
    let (url, cert) = serve_tls(redirecting_to(serve(fake.clone()).await), dir.path()).await;
    let mut target = target(&url);
    target.ca_cert = Some(cert);
    let err = client(target, SecretStore::memory())
        .login(PASSWORD, false)
        .await
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("refusing a redirect from https to plain http"),
        "{err}"
    );
    assert_eq!(
        fake.logins.load(Ordering::SeqCst),
        0,
        "the password never left TLS"
    );
}

//! Tests of `serve` over real sockets: start-up, TLS, the data dir's lock, slow clients.

use super::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use tokio::sync::oneshot;

fn options(data_dir: &Path) -> ServeOptions {
    ServeOptions {
        bind: "127.0.0.1:0".parse().unwrap(),
        data_dir: Some(data_dir.to_path_buf()),
        ephemeral: false,
        http: false,
        agents: 12,
        token_lifetime: None,
        task_seconds: 0,
        keepalive_seconds: 0,
        standalone: false,
        header_read_timeout: std::time::Duration::from_secs(1),
        keepalive_timeout: std::time::Duration::from_secs(1),
        api_config: api_config::ApiConfig::default(),
    }
}

/// Starts `serve` in a task and waits for it to be ready.
async fn start(options: ServeOptions) -> (Ready, tokio::task::JoinHandle<()>) {
    let (sender, receiver) = oneshot::channel();
    let task = tokio::spawn(async move {
        let on_ready = move |ready: &Ready| sender.send(ready.clone()).unwrap();
        serve(options, on_ready).await.unwrap();
    });
    (receiver.await.unwrap(), task)
}

/// The server's address (`127.0.0.1:port`).
fn address(ready: &Ready) -> &str {
    ready.url.rsplit('/').next().unwrap()
}

/// A plain TCP connection to the server, reads timing out after 10 s.
fn tcp(ready: &Ready) -> TcpStream {
    let stream = TcpStream::connect(address(ready)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    stream
}

/// A TLS connection to the server, trusting its certificate.
fn tls(ready: &Ready) -> rustls::StreamOwned<rustls::ClientConnection, TcpStream> {
    use rustls::pki_types::pem::PemObject;
    let mut roots = rustls::RootCertStore::empty();
    let cert = rustls::pki_types::CertificateDer::from_pem_file(ready.ca_cert.as_ref().unwrap());
    roots.add(cert.unwrap()).unwrap();
    let config = rustls::ClientConfig::builder()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = "127.0.0.1".try_into().unwrap();
    let connection = rustls::ClientConnection::new(Arc::new(config), name).unwrap();
    rustls::StreamOwned::new(connection, tcp(ready))
}

/// Sends `request` as is, then reads until the server closes the connection (or fails).
async fn exchange<S: Read + Write>(
    connect: impl FnOnce() -> S + Send + 'static,
    request: impl AsRef<[u8]> + Send + 'static,
) -> io::Result<String> {
    let exchange = move || {
        let mut stream = connect();
        stream.write_all(request.as_ref())?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        Ok(String::from_utf8_lossy(&answer).into_owned())
    };
    tokio::task::spawn_blocking(exchange).await.unwrap()
}

/// One HTTP/1.1 answer: status, head and body.
#[derive(Debug, PartialEq)]
struct Answer {
    status: u16,
    head: String,
    body: String,
}

/// The answers in what a server sent (each with a `content-length`).
fn answers(mut text: &str) -> Vec<Answer> {
    let mut answers = Vec::new();
    while let Some((head, rest)) = text.split_once("\r\n\r\n") {
        let head = head.to_ascii_lowercase();
        let status = head[9..12].parse().unwrap();
        let length = head
            .lines()
            .find_map(|line| line.strip_prefix("content-length: "))
            .map_or(0, |length| length.parse().unwrap());
        let (body, rest) = rest.split_at(length);
        answers.push(Answer {
            status,
            head,
            body: body.to_string(),
        });
        text = rest;
    }
    answers
}

/// A client trusting the server's certificate (any client over plain HTTP).
fn client(ready: &Ready) -> reqwest::Client {
    let builder = reqwest::Client::builder();
    let builder = match &ready.ca_cert {
        Some(cert) => {
            let pem = std::fs::read(cert).unwrap();
            builder.tls_certs_only([reqwest::Certificate::from_pem(&pem).unwrap()])
        }
        None => builder,
    };
    builder.build().unwrap()
}

/// A token of user wazuh.
async fn token(ready: &Ready) -> String {
    let url = format!("{}/security/user/authenticate?raw=true", ready.url);
    let response = client(ready).post(url).basic_auth("wazuh", Some("wazuh"));
    response.send().await.unwrap().text().await.unwrap()
}

/// Options of a server over plain HTTP with the given API configuration.
fn http_options(dir: &Path, api_config: api_config::ApiConfig) -> ServeOptions {
    ServeOptions {
        http: true,
        api_config,
        ..options(dir)
    }
}

/// Starts `serve` over plain HTTP.
async fn start_http(dir: &Path) -> (Ready, tokio::task::JoinHandle<()>) {
    start(http_options(dir, api_config::ApiConfig::default())).await
}

#[tokio::test]
async fn a_client_that_never_finishes_its_headers_is_disconnected() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start_http(dir.path()).await;
    let connect = move || tcp(&ready);
    let answer = exchange(connect, b"GET / HTTP/1.1\r\nHost: slow\r\n").await;
    assert_eq!(answer.unwrap(), "", "the server closes the connection");
    task.abort();
}

#[tokio::test]
async fn raw_angle_brackets_in_a_query_string_filter_as_encoded_ones_over_tls() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start(options(dir.path())).await;
    let token = token(&ready).await;
    let get = |query: &str| {
        let url = format!("{}/agents?select=id&{query}", ready.url);
        let request = client(&ready).get(url).bearer_auth(&token).send();
        async { request.await.unwrap().text().await.unwrap() }
    };
    let encoded = get("q=lastKeepAlive%3C1d").await;
    assert_ne!(encoded, get("").await, "the query filters");
    let request = format!(
        "GET /agents?select=id&q=lastKeepAlive<1d HTTP/1.1\r\nHost: localhost\r\n\
         Authorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    );
    let server = ready.clone();
    let answer = exchange(move || tls(&server), request).await.unwrap();
    let answered = answers(&answer);
    assert_eq!(answered.len(), 1, "{answer}");
    assert_eq!((answered[0].status, &answered[0].body), (200, &encoded));
    task.abort();
}

#[tokio::test]
async fn a_tls_client_offering_http2_is_served_http1_as_wazuh_does() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start(options(dir.path())).await;
    // reqwest (with its http2 feature) offers h2 and http/1.1, as curl does.
    let response = client(&ready).get(&ready.url).send().await.unwrap();
    assert_eq!(response.version(), reqwest::Version::HTTP_11);
    assert_eq!(response.status(), 401, "served, without a token");
    task.abort();
}

#[tokio::test]
async fn heads_past_the_limits_get_414_and_431_with_the_wazuh_body_in_their_turn() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start_http(dir.path()).await;
    let server = ready.clone();
    let long = format!("GET /?q={} HTTP/1.1\r\nHost: x\r\n\r\n", "a".repeat(70_000));
    let answer = exchange(move || tcp(&server), long).await.unwrap();
    let answered = answers(&answer);
    assert_eq!(answered.len(), 1, "{answer}");
    assert_eq!(answered[0].status, 414);
    assert!(answered[0]
        .head
        .contains("content-type: application/problem+json"));
    assert!(
        answered[0].head.contains("server: wazuh"),
        "security headers too"
    );
    let body: serde_json::Value = serde_json::from_str(&answered[0].body).unwrap();
    assert_eq!(body["title"], "URI Too Long");
    assert!(
        body["detail"].as_str().unwrap().contains("65536 bytes"),
        "{body}"
    );

    let many = format!(
        "GET / HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\n{}\r\n",
        "X-Field: y\r\n".repeat(101)
    );
    let answer = exchange(move || tcp(&ready), many).await.unwrap();
    let statuses: Vec<u16> = answers(&answer)
        .iter()
        .map(|answer| answer.status)
        .collect();
    assert_eq!(statuses, [401, 431], "{answer}");
    let body: serde_json::Value = serde_json::from_str(&answers(&answer)[1].body).unwrap();
    assert_eq!(body["title"], "Request Header Fields Too Large");
    task.abort();
}

#[tokio::test]
async fn serves_https_with_a_certificate_clients_can_pin() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start(options(dir.path())).await;
    assert!(ready.url.starts_with("https://127.0.0.1:"), "{}", ready.url);
    assert!(!ready.url.ends_with(":0"));
    let response = client(&ready).get(&ready.url).send().await.unwrap();
    assert_eq!(response.status(), reqwest::StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["server"], "Wazuh");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.path().join(KEY_FILE))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    task.abort();
}

#[tokio::test]
async fn a_second_server_on_the_same_data_dir_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = options(dir.path());
    first.http = true;
    let (ready, task) = start(first.clone()).await;
    assert!(ready.url.starts_with("http://127.0.0.1:"));
    assert_eq!(ready.ca_cert, None);
    let err = serve(first, |_| panic!("must not start"))
        .await
        .unwrap_err();
    assert!(matches!(err, ServeError::Locked { .. }), "{err}");
    assert!(err.to_string().contains(&dir.path().display().to_string()));
    task.abort();
}

#[tokio::test]
async fn non_loopback_bind_is_refused_with_default_passwords() {
    let mut options = options(Path::new("unused"));
    options.ephemeral = true;
    options.http = true;
    options.bind = "0.0.0.0:0".parse().unwrap();
    let err = serve(options, |_| panic!("must not start"))
        .await
        .unwrap_err();
    assert!(matches!(err, ServeError::DefaultPasswords { .. }), "{err}");
}

#[test]
fn wildcard_binds_advertise_loopback() {
    let options = options(Path::new("unused"));
    let url = |addr: &str| base_url(&options, addr.parse().unwrap());
    assert_eq!(url("0.0.0.0:55000"), "https://127.0.0.1:55000");
    assert_eq!(url("[::]:55000"), "https://[::1]:55000");
    assert_eq!(url("10.0.0.5:1"), "https://10.0.0.5:1");
}

#[tokio::test]
async fn an_http2_upload_past_the_limit_gets_413_and_may_end_without_a_reset() {
    let dir = tempfile::tempdir().unwrap();
    let api_config = api_config::ApiConfig {
        max_upload_size: 64,
        ..api_config::ApiConfig::default()
    };
    let (ready, task) = start(http_options(dir.path(), api_config)).await;
    let token = token(&ready).await;
    let tcp = tokio::net::TcpStream::connect(address(&ready))
        .await
        .unwrap();
    let (mut http2, connection) = h2::client::handshake(tcp).await.unwrap();
    tokio::spawn(connection);
    let request = axum::http::Request::post(format!("{}/groups", ready.url))
        .header("authorization", format!("Bearer {token}"))
        .header("content-type", "application/json")
        .body(())
        .unwrap();
    let (response, mut upload) = http2.send_request(request, false).unwrap();
    // Past the limit, with more to come: the server answers before the upload ends.
    upload.send_data(vec![b' '; 100].into(), false).unwrap();
    let response = response.await.unwrap();
    assert_eq!(response.status(), 413);
    let mut body = response.into_body();
    let mut text = Vec::new();
    while let Some(data) = body.data().await {
        text.extend_from_slice(&data.unwrap());
    }
    let body: serde_json::Value = serde_json::from_slice(&text).unwrap();
    assert_eq!(body["title"], "Content size exceeded.");
    upload.send_data(vec![b' '; 100].into(), true).unwrap();
    let reset = std::future::poll_fn(|cx| upload.poll_reset(cx));
    let reset = tokio::time::timeout(Duration::from_millis(300), reset).await;
    assert!(reset.is_err(), "the stream was reset: {reset:?}");
    task.abort();
}

#[tokio::test]
async fn a_kept_alive_connection_outlives_the_header_timeout_until_its_idle_timeout() {
    let dir = tempfile::tempdir().unwrap();
    let options = ServeOptions {
        keepalive_timeout: Duration::from_secs(3),
        ..http_options(dir.path(), api_config::ApiConfig::default())
    };
    let (ready, task) = start(options).await;
    let request = "GET / HTTP/1.1\r\nHost: idle\r\n\r\n";
    let reused = move || {
        let mut stream = tcp(&ready);
        stream.write_all(request.as_bytes())?;
        // Idle past the 1 s header timeout of a new connection, then a second request.
        std::thread::sleep(Duration::from_millis(1500));
        stream.write_all(request.as_bytes())?;
        let started = std::time::Instant::now();
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        Ok::<_, io::Error>((
            String::from_utf8_lossy(&answer).into_owned(),
            started.elapsed(),
        ))
    };
    let (text, closed_after) = tokio::task::spawn_blocking(reused).await.unwrap().unwrap();
    assert_eq!(answers(&text).len(), 2, "both requests answered: {text}");
    assert!(
        closed_after >= Duration::from_secs(2) && closed_after < Duration::from_secs(9),
        "closed {closed_after:?} after the last answer, not at the 3 s idle timeout"
    );
    task.abort();
}

#[tokio::test]
async fn a_client_that_sends_nothing_is_disconnected() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start_http(dir.path()).await;
    let answer = exchange(move || tcp(&ready), b"").await;
    assert_eq!(answer.unwrap(), "", "the server closes the connection");
    task.abort();
}

#[tokio::test]
async fn connections_past_max_connections_are_closed_at_once_until_one_ends() {
    let dir = tempfile::tempdir().unwrap();
    let api_config = api_config::ApiConfig {
        max_connections: 2,
        ..api_config::ApiConfig::default()
    };
    let (ready, task) = start(ServeOptions {
        header_read_timeout: Duration::from_secs(30),
        keepalive_timeout: Duration::from_secs(30),
        ..http_options(dir.path(), api_config)
    })
    .await;
    let get = "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let idle: Vec<TcpStream> = (0..2).map(|_| tcp(&ready)).collect();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let started = std::time::Instant::now();
    let server = ready.clone();
    let refused = exchange(move || tcp(&server), get).await;
    assert!(
        refused.as_ref().map_or(true, String::is_empty),
        "{refused:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    drop(idle);
    let served = async {
        loop {
            let server = ready.clone();
            match exchange(move || tcp(&server), get).await {
                Ok(text) if !text.is_empty() => return text,
                _ => tokio::time::sleep(Duration::from_millis(50)).await,
            }
        }
    };
    let text = tokio::time::timeout(Duration::from_secs(5), served).await;
    assert!(text.unwrap().starts_with("HTTP/1.1 401"));
    task.abort();
}

#[tokio::test]
async fn a_request_answered_before_its_body_came_keeps_its_connection_for_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let (ready, task) = start_http(dir.path()).await;
    let token = token(&ready).await;
    // An unknown parameter is refused before the body is read; the body comes later, as it
    // does when a client writes head and body apart (urllib3) on a busy machine.
    let head = format!(
        "POST /groups?unknown=1 HTTP/1.1\r\nHost: early\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: 20\r\n\r\n"
    );
    let next = format!(
        "GET / HTTP/1.1\r\nHost: early\r\nAuthorization: Bearer {token}\r\nConnection: close\r\n\r\n"
    );
    let reused = move || {
        let mut stream = tcp(&ready);
        stream.write_all(head.as_bytes())?;
        std::thread::sleep(Duration::from_millis(300));
        stream.write_all(br#"{"group_id": "late"}"#)?;
        stream.write_all(next.as_bytes())?;
        let mut answer = Vec::new();
        stream.read_to_end(&mut answer)?;
        Ok::<_, io::Error>(String::from_utf8_lossy(&answer).into_owned())
    };
    let text = tokio::task::spawn_blocking(reused).await.unwrap().unwrap();
    let answers = answers(&text);
    let statuses: Vec<u16> = answers.iter().map(|answer| answer.status).collect();
    assert_eq!(statuses, [400, 200], "both requests answered: {text}");
    assert!(!answers[0].head.contains("connection: close"), "{text}");
    task.abort();
}

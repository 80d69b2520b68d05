//! Requests answered before their body has come: a refusal (401, 403, 400, 413) is sent while
//! the client may still be sending. Left alone, HTTP/1 (hyper) closes the connection at once,
//! and the rest of the body arriving at a closed socket resets it, often before the client
//! has read the answer (clients that write head and body apart, urllib3 among them, then see
//! a network error instead); HTTP/2 resets the stream (RST_STREAM with NO_ERROR, which RFC
//! 9113 §8.1 allows after a complete answer), and clients still uploading — curl 7.88 among
//! them — report a stream error. So the rest of such a body is read and dropped after the
//! answer (a lingering close, as Apache's), up to [`DRAIN_BYTES`] within [`DRAIN_TIME`]: the
//! upload ends as the client meant it to and an HTTP/1 connection stays open for its next
//! request; past those bounds, the close or the reset.
//!
//! Imports nothing from the crate.

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http_body::{Frame, SizeHint};
use std::future::poll_fn;
use std::pin::Pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll};
use std::time::Duration;

/// The most bytes of an answered upload read after its answer.
pub const DRAIN_BYTES: usize = 16 * 1024 * 1024;
/// The longest an answered upload is waited for.
pub const DRAIN_TIME: Duration = Duration::from_secs(5);

/// Middleware: what the handler leaves of a request's body is read after it answers.
pub async fn drain_after_answer(request: Request, next: Next) -> Response {
    if request.body().is_end_stream() {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let body = Shared(Arc::new(Mutex::new(body)));
    let rest = body.clone();
    let response = next.run(Request::from_parts(parts, Body::new(body))).await;
    if !rest.is_end_stream() {
        tokio::spawn(drain(rest));
    }
    response
}

/// Reads and drops what is left of a body, within the bounds.
async fn drain(mut body: Shared) {
    let read_all = async {
        let mut left = DRAIN_BYTES;
        while let Some(Ok(frame)) = poll_fn(|cx| Pin::new(&mut body).poll_frame(cx)).await {
            let size = frame.data_ref().map_or(0, Bytes::len);
            left = left.saturating_sub(size);
            if left == 0 {
                return;
            }
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIME, read_all).await;
}

/// A request body the handler reads while this module may read its rest.
#[derive(Clone)]
struct Shared(Arc<Mutex<Body>>);

impl Shared {
    fn body(&self) -> MutexGuard<'_, Body> {
        self.0.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl HttpBody for Shared {
    type Data = Bytes;
    type Error = axum::Error;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, axum::Error>>> {
        Pin::new(&mut *self.body()).poll_frame(cx)
    }

    fn is_end_stream(&self) -> bool {
        self.body().is_end_stream()
    }

    fn size_hint(&self) -> SizeHint {
        self.body().size_hint()
    }
}

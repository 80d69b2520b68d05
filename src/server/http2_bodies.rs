//! HTTP/2 uploads answered before they end. The upload limit's 413 is sent as soon as a body
//! passes `max_upload_size`, while the client is still sending; HTTP/2 then resets the stream
//! (RST_STREAM with NO_ERROR, which RFC 9113 §8.1 allows after a complete answer), and clients
//! still uploading — curl 7.88 among them — report a stream error instead of the answer. So
//! the rest of such a body is read and dropped after the answer, up to [`DRAIN_BYTES`] within
//! [`DRAIN_TIME`], and the upload ends as the client meant it to; past those, the reset.
//!
//! Imports nothing from the crate.

use axum::body::{Body, Bytes, HttpBody};
use axum::extract::Request;
use axum::http::Version;
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

/// Middleware: what the handler leaves of an HTTP/2 request's body is read after it answers.
pub async fn drain_after_answer(request: Request, next: Next) -> Response {
    if request.version() != Version::HTTP_2 {
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

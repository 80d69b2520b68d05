//! The connections `serve` accepts, as an `axum_server` acceptor around the TCP (and TLS)
//! ones: at most `max_connections` at once — one more is closed as it comes, before its TLS
//! handshake, so clients that hold connections open cannot take the file descriptors the
//! server needs to accept others; what a client sends is read through
//! [`request_head::Requests`] before hyper parses it (raw `<`, `>` and `"` of a request line
//! percent-encoded), and the request standing for a refused head is marked, so
//! [`answer_refused`] answers it with the Wazuh problem body (414, 431) in its turn among the
//! connection's answers.
//!
//! Imports the server's `request_head` and `error` modules.

use crate::server::error::ApiError;
use crate::server::request_head::{Refusal, Requests};
use axum::extract::Request;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum_server::accept::Accept;
use futures_util::future::BoxFuture;
use std::io;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::task::{ready, Context, Poll};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// How many bytes are read from a client at a time while its requests are followed.
const READ_SIZE: usize = 8 * 1024;

/// An acceptor that keeps at most a number of connections of `inner` at once, each read
/// through [`Stream`].
#[derive(Debug, Clone)]
pub struct Connections<A> {
    inner: A,
    permits: Arc<Semaphore>,
}

impl<A> Connections<A> {
    /// Wraps the connections `inner` accepts, at most `max` at once.
    pub fn new(inner: A, max: usize) -> Connections<A> {
        let permits = Arc::new(Semaphore::new(max.min(Semaphore::MAX_PERMITS)));
        Connections { inner, permits }
    }
}

impl<I, S, A> Accept<I, S> for Connections<A>
where
    A: Accept<I, S>,
    A::Future: Send + 'static,
    A::Stream: AsyncRead + AsyncWrite + Unpin,
{
    type Stream = Stream<A::Stream>;
    type Service = Marking<A::Service>;
    type Future = BoxFuture<'static, io::Result<(Self::Stream, Self::Service)>>;

    fn accept(&self, stream: I, service: S) -> Self::Future {
        let Ok(permit) = Arc::clone(&self.permits).try_acquire_owned() else {
            tracing::debug!("connection closed: max_connections are open");
            return Box::pin(async { Err(io::Error::other("too many connections")) });
        };
        let accepted = self.inner.accept(stream, service);
        Box::pin(async move {
            let (stream, service) = accepted.await?;
            let shared = Arc::new(Shared::default());
            let stream = Stream::new(stream, Arc::clone(&shared), permit);
            Ok((stream, Marking { service, shared }))
        })
    }
}

/// What a connection's stream tells its service: the refused head, if any, and how many
/// requests have been dispatched.
#[derive(Debug, Default)]
struct Shared {
    refusal: OnceLock<(u64, Refusal)>,
    dispatched: AtomicU64,
}

/// A client's stream as hyper reads it: through [`Requests`].
#[derive(Debug)]
pub struct Stream<S> {
    inner: S,
    requests: Requests,
    shared: Arc<Shared>,
    /// Bytes for hyper, read from `start` on.
    ready: Vec<u8>,
    start: usize,
    read: Box<[u8]>,
    ended: bool,
    /// The connection's place among `max_connections`, given back when it closes.
    _permit: OwnedSemaphorePermit,
}

impl<S> Stream<S> {
    fn new(inner: S, shared: Arc<Shared>, permit: OwnedSemaphorePermit) -> Stream<S> {
        Stream {
            inner,
            requests: Requests::new(),
            shared,
            ready: Vec::new(),
            start: 0,
            read: vec![0; READ_SIZE].into_boxed_slice(),
            ended: false,
            _permit: permit,
        }
    }

    /// Gives hyper the bytes ready for it; false when there are none.
    fn hand_over(&mut self, buf: &mut ReadBuf<'_>) -> bool {
        let ready = &self.ready[self.start..];
        if ready.is_empty() {
            return false;
        }
        let given = ready.len().min(buf.remaining());
        buf.put_slice(&ready[..given]);
        self.start += given;
        if self.start == self.ready.len() {
            self.ready.clear();
            self.start = 0;
        }
        true
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for Stream<S> {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        loop {
            if buf.remaining() == 0 || this.hand_over(buf) {
                return Poll::Ready(Ok(()));
            }
            if this.requests.is_passthrough() {
                return Pin::new(&mut this.inner).poll_read(cx, buf);
            }
            if this.requests.is_closed() {
                // Not an end of input: hyper would take it for a client gone and drop the
                // refusal's answer. That answer closes the connection (`connection: close`).
                return Poll::Pending;
            }
            if this.ended {
                return Poll::Ready(Ok(()));
            }
            let mut read = ReadBuf::new(&mut this.read);
            ready!(Pin::new(&mut this.inner).poll_read(cx, &mut read))?;
            match read.filled() {
                [] => {
                    this.ended = true;
                    this.requests.finish(&mut this.ready);
                }
                input => this.requests.feed(input, &mut this.ready),
            }
            if let Some(refusal) = this.requests.refusal() {
                let _ = this.shared.refusal.set(refusal);
            }
        }
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for Stream<S> {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write(cx, buf)
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.get_mut().inner).poll_write_vectored(cx, bufs)
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_shutdown(cx)
    }
}

/// A connection's service: it marks the request standing for a refused head with its
/// [`Refusal`] (hyper dispatches a connection's HTTP/1 requests in order, one per head).
#[derive(Debug, Clone)]
pub struct Marking<S> {
    service: S,
    shared: Arc<Shared>,
}

impl<S, B> tower_service::Service<axum::http::Request<B>> for Marking<S>
where
    S: tower_service::Service<axum::http::Request<B>>,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = S::Future;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), S::Error>> {
        self.service.poll_ready(cx)
    }

    fn call(&mut self, mut request: axum::http::Request<B>) -> S::Future {
        let number = self.shared.dispatched.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some((refused, refusal)) = self.shared.refusal.get() {
            if *refused == number {
                request.extensions_mut().insert(*refusal);
            }
        }
        self.service.call(request)
    }
}

/// Middleware: a request marked as a refused head gets its Wazuh error; the others go on.
pub async fn answer_refused(request: Request, next: Next) -> Response {
    match request.extensions().get::<Refusal>() {
        Some(Refusal::UriTooLong) => ApiError::uri_too_long().into_response(),
        Some(Refusal::HeadTooLarge) => ApiError::head_too_large().into_response(),
        None => next.run(request).await,
    }
}

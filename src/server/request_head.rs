//! HTTP/1 request heads as clients write them, made acceptable to hyper before it parses them
//! (hyper has no hook for either):
//!
//! - `<`, `>` and `"` in a request line are percent-encoded: curl sends
//!   `GET /agents?q=lastKeepAlive<1d` as typed, Wazuh's server accepts it, and the `http`
//!   crate refuses those bytes in a URI (hyper then answers 400 with an empty body); so are
//!   control bytes and bytes past ASCII, which the handlers then refuse with a Wazuh body;
//! - a head past this server's limits (a request line over [`MAX_REQUEST_LINE`] bytes, a head
//!   over [`MAX_HEAD`] bytes or [`MAX_FIELDS`] header fields) is read to its end and replaced
//!   by a short request that closes the connection; [`Requests::refusal`] names it, so the
//!   server answers it with the Wazuh problem body (414, 431) instead of hyper's empty one.
//!
//! Bodies pass untouched: their framing (`Content-Length`, `chunked`) is followed only to find
//! where the next head starts. From the first thing this reader is unsure of (HTTP/2's
//! preface, a head that cannot be HTTP/1, an unclear framing, a chunk line too long) every
//! byte passes as it came, and hyper judges it. Sans I/O: [`Requests::feed`] turns the bytes read into the bytes hyper reads.
//!
//! Imports nothing from the crate.

/// The longest request line accepted, once encoded: a target within it is within hyper's own
/// limit (64 KiB less 2 bytes), and `agents_list` can name 10,000 agents of a 100k fleet.
pub const MAX_REQUEST_LINE: usize = 64 * 1024;
/// The largest head accepted, request line and header fields together.
pub const MAX_HEAD: usize = 128 * 1024;
/// The most header fields a head may have (hyper's default).
pub const MAX_FIELDS: usize = 100;
/// The longest chunk-size or trailer line followed; past it, the rest passes untouched.
const MAX_CHUNK_LINE: usize = 4 * 1024;

/// What replaces a refused head: hyper dispatches it, and the connection ends after its answer.
const REFUSED_REQUEST: &[u8] = b"GET / HTTP/1.1\r\nconnection: close\r\n\r\n";
/// The first line of HTTP/2's connection preface.
const HTTP2_PREFACE_LINE: &[u8] = b"PRI * HTTP/2.0\r";

/// Why a head is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 414: the request line is longer than [`MAX_REQUEST_LINE`].
    UriTooLong,
    /// 431: the head is larger than [`MAX_HEAD`] or has more than [`MAX_FIELDS`] fields.
    HeadTooLarge,
}

/// Where the reader is in the stream of requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Reading a head, line by line.
    Head,
    /// Passing this many more bytes of a body with a `Content-Length`.
    Body(u64),
    /// Reading the size line of the next chunk.
    ChunkSize,
    /// Passing this many more bytes of a chunk.
    ChunkData(u64),
    /// Reading the line break that ends a chunk.
    ChunkEnd,
    /// Reading the trailer fields after the last chunk, up to an empty line.
    Trailers,
    /// Dropping the rest of a refused head; the line so far holds something but `\r`.
    Discarding(Refusal, bool),
    /// After a refused head: nothing more is read.
    Closed,
    /// Every byte passes untouched.
    Passthrough,
}

/// How the body of the head being read is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
enum Framing {
    /// No body.
    #[default]
    None,
    /// `Content-Length` bytes.
    Length(u64),
    /// `Transfer-Encoding: chunked`.
    Chunked,
    /// Anything else (conflicting or invalid fields, another transfer coding).
    Unclear,
}

/// The HTTP/1 requests of one connection, read as they arrive.
#[derive(Debug)]
pub struct Requests {
    state: State,
    /// The line being read (without its `\n`).
    line: Vec<u8>,
    /// The head read so far, its request line encoded.
    head: Vec<u8>,
    /// Whether the head's request line has been read.
    request_line: bool,
    /// Header fields of the head so far.
    fields: usize,
    framing: Framing,
    /// Heads handed on so far (the refused one included).
    heads: u64,
    refusal: Option<(u64, Refusal)>,
}

impl Default for Requests {
    fn default() -> Requests {
        Requests::new()
    }
}

impl Requests {
    /// A connection that has sent nothing yet.
    pub fn new() -> Requests {
        Requests {
            state: State::Head,
            line: Vec::new(),
            head: Vec::new(),
            request_line: false,
            fields: 0,
            framing: Framing::None,
            heads: 0,
            refusal: None,
        }
    }

    /// Reads `input` (every byte of it) and appends what hyper should read to `out`.
    pub fn feed(&mut self, mut input: &[u8], out: &mut Vec<u8>) {
        while !input.is_empty() {
            let used = match self.state {
                State::Passthrough => pass(input, input.len(), out),
                State::Closed => input.len(),
                State::Body(left) | State::ChunkData(left) => self.pass_body(input, left, out),
                State::Discarding(refusal, filled) => self.discard(input, refusal, filled, out),
                State::Head | State::ChunkSize | State::ChunkEnd | State::Trailers => {
                    self.read_line(input, out)
                }
            };
            input = &input[used..];
        }
    }

    /// The input has ended: hands on whatever is held back, so hyper sees the same truncated
    /// request it would have seen without this reader.
    pub fn finish(&mut self, out: &mut Vec<u8>) {
        match self.state {
            State::Closed => {}
            State::Discarding(..) => self.replace_refused(out),
            _ => {
                out.append(&mut self.head);
                out.append(&mut self.line);
            }
        }
    }

    /// Whether nothing more is to be read (a refused head has been replaced).
    pub fn is_closed(&self) -> bool {
        self.state == State::Closed
    }

    /// Whether every further byte passes untouched.
    pub fn is_passthrough(&self) -> bool {
        self.state == State::Passthrough
    }

    /// The refused head, if any: its number among the heads handed on (from 1) and why.
    pub fn refusal(&self) -> Option<(u64, Refusal)> {
        self.refusal
    }

    /// Passes up to `left` body bytes; the body's end leads to the next head or chunk.
    fn pass_body(&mut self, input: &[u8], left: u64, out: &mut Vec<u8>) -> usize {
        let used = pass(input, usize::try_from(left).unwrap_or(usize::MAX), out);
        let left = left - used as u64;
        self.state = match (self.state, left) {
            (State::Body(_), 0) => State::Head,
            (State::Body(_), left) => State::Body(left),
            (_, 0) => State::ChunkEnd,
            (_, left) => State::ChunkData(left),
        };
        used
    }

    /// Adds input to the current line; a complete line is handled by the state's rule.
    fn read_line(&mut self, input: &[u8], out: &mut Vec<u8>) -> usize {
        let end = input.iter().position(|byte| *byte == b'\n');
        let used = end.map_or(input.len(), |end| end + 1);
        self.line
            .extend_from_slice(&input[..end.unwrap_or(input.len())]);
        if self.state == State::Head && !self.request_line && !may_start_a_request(&self.line) {
            if end.is_some() {
                self.line.push(b'\n');
            }
            self.pass_the_rest(None, out);
        } else if let Some(refusal) = self.overflow() {
            let blank = self.line.is_empty() || self.line == b"\r";
            let head_ended = end.is_some() && blank && self.request_line;
            self.refuse(refusal, end.is_none() && !blank, head_ended, out);
        } else if self.state != State::Head && self.line.len() > MAX_CHUNK_LINE {
            self.pass_the_rest(None, out);
        } else if end.is_some() {
            let line = std::mem::take(&mut self.line);
            self.end_line(&line, out);
        }
        used
    }

    /// The limit a head being read has passed, if any.
    fn overflow(&self) -> Option<Refusal> {
        if self.state != State::Head {
            return None;
        }
        if !self.request_line && self.line.len() > MAX_REQUEST_LINE {
            return Some(Refusal::UriTooLong);
        }
        let too_large = self.head.len() + self.line.len() > MAX_HEAD || self.fields > MAX_FIELDS;
        too_large.then_some(Refusal::HeadTooLarge)
    }

    fn end_line(&mut self, line: &[u8], out: &mut Vec<u8>) {
        let empty = line.is_empty() || line == b"\r";
        match self.state {
            State::Head if empty && !self.request_line => push_line(&mut self.head, line),
            State::Head if empty => self.end_head(line, out),
            State::Head if !self.request_line => self.request_line(line, out),
            State::Head => self.field(line),
            State::ChunkSize => self.chunk_size(line, out),
            State::ChunkEnd if empty => {
                push_line(out, line);
                self.state = State::ChunkSize;
            }
            State::Trailers if empty => {
                push_line(out, line);
                self.state = State::Head;
            }
            State::Trailers => push_line(out, line),
            _ => self.pass_the_rest(Some(line), out),
        }
    }

    /// The request line: HTTP/2's preface passes everything on; else it is kept, encoded.
    fn request_line(&mut self, line: &[u8], out: &mut Vec<u8>) {
        if self.heads == 0 && line == HTTP2_PREFACE_LINE {
            return self.pass_the_rest(Some(line), out);
        }
        let start = self.head.len();
        encode_request_line(line, &mut self.head);
        self.request_line = true;
        if self.head.len() - start > MAX_REQUEST_LINE {
            self.refuse(Refusal::UriTooLong, false, false, out);
        }
    }

    /// A header field: kept, and read for the body's framing.
    fn field(&mut self, line: &[u8]) {
        self.fields += 1;
        push_line(&mut self.head, line);
        let Some(colon) = line.iter().position(|byte| *byte == b':') else {
            return;
        };
        let name = &line[..colon];
        let value = std::str::from_utf8(&line[colon + 1..]).map(str::trim);
        self.framing = match (self.framing, value) {
            (framing, _) if name.eq_ignore_ascii_case(b"content-length") => match value {
                Ok(value) => with_length(framing, value),
                Err(_) => Framing::Unclear,
            },
            (framing, _) if !name.eq_ignore_ascii_case(b"transfer-encoding") => framing,
            (Framing::None, Ok(value)) if is_chunked(value) => Framing::Chunked,
            _ => Framing::Unclear,
        };
    }

    /// The empty line ending a head: the head is handed on, and its body followed.
    fn end_head(&mut self, line: &[u8], out: &mut Vec<u8>) {
        push_line(&mut self.head, line);
        out.append(&mut self.head);
        self.heads += 1;
        self.state = match self.framing {
            Framing::None | Framing::Length(0) => State::Head,
            Framing::Length(length) => State::Body(length),
            Framing::Chunked => State::ChunkSize,
            Framing::Unclear => State::Passthrough,
        };
        self.request_line = false;
        self.fields = 0;
        self.framing = Framing::None;
    }

    /// A chunk-size line: its size in hex, then optional extensions after `;`.
    fn chunk_size(&mut self, line: &[u8], out: &mut Vec<u8>) {
        let digits = line
            .iter()
            .take_while(|byte| byte.is_ascii_hexdigit())
            .count();
        let size = std::str::from_utf8(&line[..digits])
            .ok()
            .and_then(|digits| u64::from_str_radix(digits, 16).ok());
        match size {
            Some(size) => {
                push_line(out, line);
                self.state = match size {
                    0 => State::Trailers,
                    size => State::ChunkData(size),
                };
            }
            None => self.pass_the_rest(Some(line), out),
        }
    }

    /// Refuses the head being read: the rest of it is dropped (`filled`: the current line
    /// holds more than `\r`), then replaced (at once when `head_ended`).
    fn refuse(&mut self, refusal: Refusal, filled: bool, head_ended: bool, out: &mut Vec<u8>) {
        self.heads += 1;
        self.refusal = Some((self.heads, refusal));
        self.head.clear();
        self.line.clear();
        self.state = State::Discarding(refusal, filled);
        if head_ended {
            self.replace_refused(out);
        }
    }

    /// Drops the rest of a refused head up to its empty line, then replaces it.
    fn discard(
        &mut self,
        input: &[u8],
        refusal: Refusal,
        mut filled: bool,
        out: &mut Vec<u8>,
    ) -> usize {
        for (index, byte) in input.iter().enumerate() {
            match byte {
                b'\n' if !filled => {
                    self.replace_refused(out);
                    return index + 1;
                }
                b'\n' => filled = false,
                b'\r' => {}
                _ => filled = true,
            }
        }
        self.state = State::Discarding(refusal, filled);
        input.len()
    }

    /// Hands on the request that stands for the refused head; nothing more is read.
    fn replace_refused(&mut self, out: &mut Vec<u8>) {
        out.extend_from_slice(REFUSED_REQUEST);
        self.state = State::Closed;
    }

    /// Hands on what is held back (and `ended`, a line whose `\n` was read); from now on
    /// every byte passes untouched.
    fn pass_the_rest(&mut self, ended: Option<&[u8]>, out: &mut Vec<u8>) {
        out.append(&mut self.head);
        out.append(&mut self.line);
        if let Some(line) = ended {
            push_line(out, line);
        }
        self.state = State::Passthrough;
    }
}

/// Whether a line can begin a request line (a method, or a blank line before one). What
/// cannot, such as a TLS handshake sent to plain HTTP, passes to hyper at once: waiting for
/// its line end would keep the client waiting until the header timeout.
fn may_start_a_request(line: &[u8]) -> bool {
    line.first()
        .is_none_or(|first| first.is_ascii_alphabetic() || *first == b'\r')
}

/// Copies up to `most` bytes of `input` to `out`; how many.
fn pass(input: &[u8], most: usize, out: &mut Vec<u8>) -> usize {
    let used = input.len().min(most);
    out.extend_from_slice(&input[..used]);
    used
}

/// Appends a line and its `\n`.
fn push_line(out: &mut Vec<u8>, line: &[u8]) {
    out.extend_from_slice(line);
    out.push(b'\n');
}

/// Appends a request line with the bytes the `http` crate refuses in a URI percent-encoded
/// (`<`, `>`, `"`, control bytes and bytes past ASCII; a final `\r` stays), and its `\n`.
pub fn encode_request_line(line: &[u8], out: &mut Vec<u8>) {
    let (line, end) = match line.strip_suffix(b"\r") {
        Some(line) => (line, &b"\r\n"[..]),
        None => (line, &b"\n"[..]),
    };
    for &byte in line {
        if matches!(byte, b'<' | b'>' | b'"') || byte.is_ascii_control() || !byte.is_ascii() {
            out.extend_from_slice(format!("%{byte:02X}").as_bytes());
        } else {
            out.push(byte);
        }
    }
    out.extend_from_slice(end);
}

/// The framing once a `Content-Length` value is read: the same length again is allowed.
fn with_length(framing: Framing, value: &str) -> Framing {
    let length = value
        .bytes()
        .all(|byte| byte.is_ascii_digit())
        .then(|| value.parse::<u64>().ok())
        .flatten();
    match (framing, length) {
        (Framing::None, Some(length)) => Framing::Length(length),
        (Framing::Length(previous), Some(length)) if previous == length => framing,
        _ => Framing::Unclear,
    }
}

/// Whether a `Transfer-Encoding` value is exactly `chunked`.
fn is_chunked(value: &str) -> bool {
    value.eq_ignore_ascii_case("chunked")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What hyper reads for `input` fed in pieces of `piece` bytes, and the reader after it.
    fn read_in_pieces(input: &[u8], piece: usize) -> (Vec<u8>, Requests) {
        let mut requests = Requests::new();
        let mut out = Vec::new();
        for chunk in input.chunks(piece) {
            requests.feed(chunk, &mut out);
        }
        requests.finish(&mut out);
        (out, requests)
    }

    fn read(input: &[u8]) -> (Vec<u8>, Requests) {
        read_in_pieces(input, input.len().max(1))
    }

    fn text(bytes: &[u8]) -> String {
        String::from_utf8_lossy(bytes).into_owned()
    }

    const CHUNKED_THEN_GET: &[u8] = b"POST /a?q=x<1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n\
        4;ext=1\r\n<b>\"\r\n0\r\nX-Trailer: <t>\r\n\r\nGET /b?q=\"y\">2 HTTP/1.1\r\n\r\n";

    #[test]
    fn plain_requests_and_their_bodies_pass_byte_for_byte() {
        let input = b"POST /groups HTTP/1.1\r\nContent-Length: 7\r\nX-Note: a<b\r\n\r\n{\"<\":1}\
            GET /agents?q=id=001 HTTP/1.1\r\nHost: x\r\n\r\n";
        let (out, requests) = read(input);
        assert_eq!(text(&out), text(input));
        assert_eq!(requests.refusal(), None);
        assert!(!requests.is_passthrough());
    }

    #[test]
    fn angle_brackets_and_quotes_of_request_lines_are_percent_encoded() {
        let (out, _) =
            read(b"GET /agents?q=lastKeepAlive<1d;name=\"a>b\" HTTP/1.1\r\nX: <v>\r\n\r\n");
        assert_eq!(
            text(&out),
            "GET /agents?q=lastKeepAlive%3C1d;name=%22a%3Eb%22 HTTP/1.1\r\nX: <v>\r\n\r\n"
        );
    }

    #[test]
    fn control_bytes_and_bytes_past_ascii_of_request_lines_are_percent_encoded() {
        let (out, _) = read(b"GET /agents?q=name=\xff\x00a\x7fb\tc HTTP/1.1\r\nX: \xff\r\n\r\n");
        assert_eq!(
            out,
            b"GET /agents?q=name=%FF%00a%7Fb%09c HTTP/1.1\r\nX: \xff\r\n\r\n"
        );
    }

    #[test]
    fn a_stream_that_cannot_be_http_passes_at_once() {
        let tls_client_hello = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03";
        let (out, requests) = read(tls_client_hello);
        assert_eq!(out, tls_client_hello);
        assert!(requests.is_passthrough());
        let (out, requests) = read(b"\r\nGET / HTTP/1.1\r\n\r\n");
        assert_eq!(out, b"\r\nGET / HTTP/1.1\r\n\r\n");
        assert!(!requests.is_passthrough());
    }

    #[test]
    fn chunked_bodies_are_followed_to_the_next_head() {
        let (out, requests) = read(CHUNKED_THEN_GET);
        let expected = text(CHUNKED_THEN_GET)
            .replace("x<1", "x%3C1")
            .replace("\"y\">2", "%22y%22%3E2");
        assert_eq!(text(&out), expected);
        assert!(!requests.is_passthrough());
    }

    #[test]
    fn the_output_does_not_depend_on_how_the_input_is_cut() {
        let (whole, _) = read(CHUNKED_THEN_GET);
        for piece in [1, 2, 3, 7, 16] {
            assert_eq!(read_in_pieces(CHUNKED_THEN_GET, piece).0, whole, "{piece}");
        }
    }

    #[test]
    fn http2_and_unclear_framings_pass_untouched_from_there_on() {
        let http2 = b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n\x00\x00\x04GET /<x> HTTP/1.1\r\n\r\n";
        let (out, requests) = read(http2);
        assert_eq!(out, http2);
        assert!(requests.is_passthrough());
        let gzip =
            b"POST / HTTP/1.1\r\nTransfer-Encoding: gzip, chunked\r\n\r\nGET /<x> HTTP/1.1\r\n\r\n";
        let (out, requests) = read(gzip);
        assert_eq!(out, gzip);
        assert!(requests.is_passthrough());
        let conflicting = b"POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab";
        assert!(read(conflicting).1.is_passthrough());
    }

    #[test]
    fn a_request_line_over_the_limit_is_refused_and_replaced() {
        let long = format!(
            "GET /?q={} HTTP/1.1\r\nHost: x\r\n\r\nGET / HTTP/1.1\r\n\r\n",
            "a".repeat(MAX_REQUEST_LINE)
        );
        for piece in [1000, long.len()] {
            let (out, requests) = read_in_pieces(long.as_bytes(), piece);
            assert_eq!(out, REFUSED_REQUEST, "{piece}");
            assert_eq!(requests.refusal(), Some((1, Refusal::UriTooLong)));
            assert!(requests.is_closed());
        }
        // Encoding counts: a line of `<` grows threefold.
        let encoded = format!(
            "GET /?q={} HTTP/1.1\r\n\r\n",
            "<".repeat(MAX_REQUEST_LINE / 2)
        );
        assert_eq!(
            read(encoded.as_bytes()).1.refusal(),
            Some((1, Refusal::UriTooLong))
        );
    }

    #[test]
    fn a_request_line_naming_ten_thousand_agents_of_a_large_fleet_passes() {
        let ids: Vec<String> = (90_000..100_000).map(|id| id.to_string()).collect();
        let line = format!(
            "PUT /agents/group?group_id=g&agents_list={} HTTP/1.1\r\n\r\n",
            ids.join(",")
        );
        let (out, requests) = read(line.as_bytes());
        assert_eq!(
            (out.as_slice(), requests.refusal()),
            (line.as_bytes(), None)
        );
    }

    #[test]
    fn too_many_or_too_large_fields_are_refused_after_the_heads_before() {
        let first = "GET /a HTTP/1.1\r\n\r\n";
        let many = format!(
            "{first}GET /b HTTP/1.1\r\n{}\r\n",
            "X: y\r\n".repeat(MAX_FIELDS + 1)
        );
        let (out, requests) = read(many.as_bytes());
        assert_eq!(out, [first.as_bytes(), REFUSED_REQUEST].concat());
        assert_eq!(requests.refusal(), Some((2, Refusal::HeadTooLarge)));
        let exactly = format!("GET /b HTTP/1.1\r\n{}\r\n", "X: y\r\n".repeat(MAX_FIELDS));
        assert_eq!(read(exactly.as_bytes()).0, exactly.as_bytes());
        let large = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "y".repeat(MAX_HEAD));
        assert_eq!(
            read(large.as_bytes()).1.refusal(),
            Some((1, Refusal::HeadTooLarge))
        );
    }

    #[test]
    fn a_truncated_head_is_handed_on_at_the_end_of_the_input() {
        let (out, requests) = read(b"GET /<x> HTTP/1.1\r\nHost: x\r\n");
        assert_eq!(text(&out), "GET /%3Cx%3E HTTP/1.1\r\nHost: x\r\n");
        assert_eq!(requests.refusal(), None);
    }
}

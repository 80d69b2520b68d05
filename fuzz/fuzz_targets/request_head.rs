//! The HTTP/1 request-head reader in front of hyper: any byte stream is read without a
//! panic, and what hyper gets does not depend on how the stream was cut into reads.
#![no_main]

use libfuzzer_sys::fuzz_target;
use wazuh_ctl::server::request_head::{Refusal, Requests};

/// What hyper reads for `input` cut into pieces of `piece` bytes, and the refused head.
fn read(input: &[u8], piece: usize) -> (Vec<u8>, Option<(u64, Refusal)>) {
    let mut requests = Requests::new();
    let mut out = Vec::new();
    for chunk in input.chunks(piece) {
        requests.feed(chunk, &mut out);
    }
    requests.finish(&mut out);
    (out, requests.refusal())
}

fuzz_target!(|data: &[u8]| {
    let Some((&piece, input)) = data.split_first() else {
        return;
    };
    let whole = read(input, input.len().max(1));
    assert_eq!(read(input, usize::from(piece).max(1)), whole);
});

//! The documented exit codes of `wazuh-ctl`, shared by the client (which maps its errors to
//! them) and the CLI (which ends the process with them). Imports nothing.

// The exit-code rule, followed everywhere (README.md has the same table):
// - an API error: 404, or a code saying something named does not exist even when answered
//   with 400 (1006, a missing group file) → 5; 401/403 → 4; 400 and 413 (invalid or too
//   large) → 2; 429 after the retries → 6; anything else, and the network → 1;
// - a local setup problem (config file, secret store, local file, terminal) → 7;
// - an answer with failed items: all failed with not-found → 5; all failed with permission
//   → 4; all failed otherwise, or mixed reasons → 3; some failed → 3.

/// Exit code: success (also when the reader of stdout went away).
pub const EXIT_OK: u8 = 0;
/// Exit code: the API or the network failed.
pub const EXIT_API: u8 = 1;
/// Exit code: bad usage or invalid input (also an API 400 or 413).
pub const EXIT_USAGE: u8 = 2;
/// Exit code: some items failed, or all failed for reasons other than only not-found or only
/// permission.
pub const EXIT_PARTIAL: u8 = 3;
/// Exit code: authentication or permission failure (also every item refused).
pub const EXIT_AUTH: u8 = 4;
/// Exit code: not found (404, a not-found code such as 1006, or every item not found).
pub const EXIT_NOT_FOUND: u8 = 5;
/// Exit code: rate limited after retries.
pub const EXIT_RATE_LIMITED: u8 = 6;
/// Exit code: a local setup problem (the config file, the secret store, a local file or the
/// terminal cannot be used).
pub const EXIT_LOCAL: u8 = 7;

//! Authentication: password hashes, ES512 JWTs, login, rate limits and lockout.

pub mod password;

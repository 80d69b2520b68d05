//! Wazuh error codes: one table line each (code, HTTP status, message, remediation).
//! The messages are the wire strings a Wazuh 4.12 manager sends, so clients can match on them.

/// One Wazuh error code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Code {
    /// The numeric code (`error` in problem+json bodies, `code` in failed items).
    pub code: u32,
    /// HTTP status when the error fails the whole request.
    pub status: u16,
    /// The base message.
    pub message: &'static str,
    /// What to do about it, when Wazuh says.
    pub remediation: Option<&'static str>,
}

macro_rules! codes {
    ($( $code:literal => $status:literal, $msg:literal $(, $rem:literal)? ;)*) => {
        /// Every error code this implementation emits.
        pub const CODES: &[Code] = &[
            $( Code { code: $code, status: $status, message: $msg, remediation: codes!(@rem $($rem)?) }, )*
        ];
    };
    (@rem) => { None };
    (@rem $rem:literal) => { Some($rem) };
}

codes! {
    1000 => 500, "Wazuh Internal Error", "Please, check `WAZUH_HOME/logs/ossec.log`, `WAZUH_HOME/logs/cluster.log` and `WAZUH_HOME/logs/api.log` to get more information about the error";
    1403 => 400, "Not a valid sort field ", "Please, use only allowed sort fields";
    1405 => 400, "Specified limit exceeds maximum allowed", "Please select a limit between 1 and 1000";
    1406 => 400, "0 is not a valid limit", "Please select a limit between 1 and 1000";
    1407 => 400, "Query does not match expected format";
    1408 => 400, "Field does not exist.";
    1409 => 400, "Invalid query operator";
    1410 => 400, "Selecting more than one field in distinct mode";
    1411 => 400, "TimeFrame is not valid";
    1412 => 400, "Date filter not valid. Valid formats are YYYY-MM-DD HH:mm:ss, YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DD";
    1701 => 404, "Agent does not exist", "Please, use `GET /agents?select=id,name` to find all available agents";
    1710 => 404, "The group does not exist", "Please, use `GET /agents/groups` to find all available groups";
    1724 => 400, "Not a valid select field", "Please, use only allowed select fields";
    4000 => 403, "Permission denied", "Please, make sure you have permissions to execute the current request. For more information on how to set up permissions, please visit https://documentation.wazuh.com/4.12/user-manual/api/rbac/configuration.html";
    5001 => 404, "User does not exist";
    6000 => 403, "Limit of login attempts reached. The current IP has been blocked due to a high number of login attempts";
    6001 => 429, "Maximum number of requests per minute reached", "This limit can be changed in api.yaml file. More information here: https://documentation.wazuh.com/4.12/user-manual/api/configuration.html#configuration-file";
    6003 => 500, "Error trying to load the JWT secret";
}

/// Looks a code up in the table.
pub fn lookup(code: u32) -> Option<&'static Code> {
    CODES.iter().find(|c| c.code == code)
}

/// The problem+json title Wazuh uses for an HTTP status.
pub fn title(status: u16) -> &'static str {
    match status {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Permission Denied",
        404 => "Resource Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        413 => "Content size exceeded.",
        429 => "Too Many Requests",
        501 => "Not Implemented",
        _ => "Wazuh Internal Error",
    }
}

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

/// The table: `NAME = code => HTTP status, "message"[, "remediation"];` gives one named
/// constant per code (`ApiError::code(AGENT_NOT_FOUND)`), so a code missing from the table
/// cannot be used, and [`CODES`] lists them all.
macro_rules! codes {
    ($( $name:ident = $code:literal => $status:literal, $msg:literal $(, $rem:literal)? ;)*) => {
        $(
            #[doc = concat!("`", $code, "`: ", $msg)]
            pub const $name: Code = Code {
                code: $code,
                status: $status,
                message: $msg,
                remediation: codes!(@rem $($rem)?),
            };
        )*
        /// Every error code this implementation emits.
        pub const CODES: &[Code] = &[ $( $name, )* ];
    };
    (@rem) => { None };
    (@rem $rem:literal) => { Some($rem) };
}

codes! {
    INTERNAL_ERROR = 1000 => 500, "Wazuh Internal Error", "Please, check `WAZUH_HOME/logs/ossec.log`, `WAZUH_HOME/logs/cluster.log` and `WAZUH_HOME/logs/api.log` to get more information about the error";
    FILE_READ_ERROR = 1005 => 400, "Error reading file", "Please, ensure you have the right file permissions in Wazuh directories";
    FILE_NOT_FOUND = 1006 => 400, "File/directory does not exist or there is a problem with the permissions", "Please, check if path to file/directory is correct and `wazuh` has the appropriate permissions";
    INVALID_QUEUE_MESSAGE = 1012 => 400, "Invalid message to queue";
    AGENT_VERSION_NULL = 1015 => 500, "Agent version is null. Was the agent ever connected?";
    NO_SUCH_COMPONENT = 1101 => 400, "Requested component does not exist", "Run `WAZUH_PATH/bin/wazuh-logtest -t` to check your configuration";
    INVALID_SECTION = 1102 => 400, "Invalid section", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/index.html) to get more information about configuration sections";
    INVALID_FIELD = 1103 => 400, "Invalid field in section", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/index.html) to get more information about configuration sections";
    SECTION_NOT_PRESENT = 1106 => 400, "Requested section not present in configuration", "Please, check your configuration file. You can visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/index.html) to get more information about configuration sections";
    EMPTY_FILE = 1112 => 400, "Empty files are not supported", "Please, provide another file";
    XML_SYNTAX_ERROR = 1113 => 400, "XML syntax error", "Please, ensure file content has correct XML";
    WAZUH_SYNTAX_ERROR = 1114 => 400, "Wazuh syntax error";
    NO_SUCH_CONFIGURATION = 1116 => 400, "Requested component configuration does not exist", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/api/reference.html#operation/api.controllers.agents_controller.get_agent_config) to check available component configurations";
    EXPERIMENTAL_DISABLED = 1122 => 404, "Experimental features are disabled", "Experimental features can be enabled in WAZUH_PATH/configuration/api.yaml";
    REMOTE_COMMAND = 1124 => 400, "Remote command detected", "To solve this issue, please enable the remote commands in the API settings or add an exception: https://documentation.wazuh.com/4.12/user-manual/api/configuration.html#remote-commands-localfile-and-wodle-command";
    PROTECTED_SECTION = 1127 => 400, "Protected section was modified", "To solve this issue, please enable modifying protected sections in the API settings: https://documentation.wazuh.com/4.12/user-manual/api/configuration.html#protected-sections";
    HIGHER_VERSION_AGENTS = 1129 => 400, "Agents with a higher version than the manager are not allowed", "To solve this issue, please enable agents higher versions in the API settings: https://documentation.wazuh.com/4.12/user-manual/api/configuration.html#agents";
    COMPONENT_UNREACHABLE = 1117 => 400, "Unable to connect with component. The component might be disabled.";
    SOCKET_ERROR = 1121 => 400, "Error connecting with socket", "Please ensure the selected module is running and properly configured";
    STATS_FILE_MISSING = 1308 => 400, "Stats file does not exist";
    ONLY_IN_REAL_AGENTS = 1310 => 400, "Invalid agent ID", "This component only exists in real agents";
    RULESET_RULE_NOT_FOUND = 1208 => 400, "The rule does not exist or you do not have permission to see it", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/index.html) to get more information about how to configure the rules";
    RULE_DIR_INVALID = 1209 => 400, "Invalid relative directory. A 'rule_dir' tag must be declared in ossec.conf ruleset section.", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/ruleset.html) to get more information about the rules";
    DEFAULT_RULES_READ_ONLY = 1210 => 400, "Uploading, updating or deleting default rules is not allowed.", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/ruleset/index.html) to get more information about the rules";
    BAD_SORT_FIELD = 1403 => 400, "Not a valid sort field ", "Please, use only allowed sort fields";
    LIMIT_TOO_HIGH = 1405 => 400, "Specified limit exceeds maximum allowed", "Please select a limit between 1 and 1000";
    LIMIT_ZERO = 1406 => 400, "0 is not a valid limit", "Please select a limit between 1 and 1000";
    BAD_QUERY = 1407 => 400, "Query does not match expected format";
    UNKNOWN_QUERY_FIELD = 1408 => 400, "Field does not exist.";
    BAD_QUERY_OPERATOR = 1409 => 400, "Invalid query operator";
    DISTINCT_ONE_FIELD = 1410 => 400, "Selecting more than one field in distinct mode";
    BAD_TIMEFRAME = 1411 => 400, "TimeFrame is not valid";
    BAD_DATE_FILTER = 1412 => 400, "Date filter not valid. Valid formats are YYYY-MM-DD HH:mm:ss, YYYY-MM-DDTHH:mm:ssZ or YYYY-MM-DD";
    RULE_FILE_NOT_FOUND = 1415 => 400, "Rules file not found", "Please, use GET /rules/files to list all available rules";
    DECODER_FILE_NOT_FOUND = 1503 => 400, "Decoders file not found", "Please, use GET /decoders/files to list all available decoders";
    DECODER_NOT_FOUND = 1504 => 400, "The decoder does not exist or you do not have permission to see it", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/index.html) to get more information about the decoders";
    DECODER_DIR_INVALID = 1505 => 400, "Invalid relative directory. A 'decoder_dir' tag must be declared in ossec.conf ruleset section.", "Please, visit the official documentation(https://documentation.wazuh.com/4.12/user-manual/reference/ossec-conf/ruleset.html) to get more information about the decoders";
    DEFAULT_DECODERS_READ_ONLY = 1506 => 400, "Uploading, updating or deleting default decoders is not allowed.", "Please, visit the official documentation(https://documentation.wazuh.com/4.12/user-manual/ruleset/index.html) to get more information about the decoders";
    COMMAND_NOT_DEFINED = 1652 => 400, "The command used is not defined in the configuration.", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/capabilities/active-response/how-to-configure.html)to get more information";
    AGENT_NOT_FOUND = 1701 => 404, "Agent does not exist", "Please, use `GET /agents?select=id,name` to find all available agents";
    MANAGER_AGENT = 1703 => 400, "Action not available for Manager (agent 000)", "Please, use `GET /agents?select=id,name` to find all available agents and make sure you select an agent other than 000";
    AGENT_NAME_EXISTS = 1705 => 400, "There is an agent with the same name", "Please choose another name";
    AGENT_IP_EXISTS = 1706 => 400, "There is an agent with the same IP or the IP is invalid", "Please choose another IP";
    NOT_ACTIVE = 1707 => 400, "Cannot send request, agent is not active", "Please, check non-active agents connection and try again. Visit https://documentation.wazuh.com/4.12/user-manual/registering/index.html and https://documentation.wazuh.com/4.12/user-manual/agents/agent-connection.html to obtain more information on registering and connecting agents";
    AGENT_ID_EXISTS = 1708 => 400, "There is an agent with the same ID", "Please choose another ID";
    KEY_TOO_SHORT = 1709 => 400, "Too short key size", "The necessary size for the key is 64 characters at least";
    GROUP_NOT_FOUND = 1710 => 404, "The group does not exist", "Please, use `GET /agents/groups` to find all available groups";
    GROUP_EXISTS = 1711 => 400, "The group already exists", "Please, use another group ID";
    DEFAULT_NOT_DELETABLE = 1712 => 400, "Default group is not deletable", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/agents/grouping-agents.html)to get more information";
    RESERVED_GROUP_ID = 1713 => 400, "Invalid group ID. Some IDs are restricted for internal purposes", "Please, use another group ID";
    BAD_GROUP_ID = 1722 => 400, "Incorrect format for group_id", "Characters supported  a-z, A-Z, 0-9, ., _ and -. Max length is 255";
    BAD_SELECT_FIELD = 1724 => 400, "Not a valid select field", "Please, use only allowed select fields";
    REGISTRATION_FAILED = 1725 => 400, "Error registering a new agent", "Please check all data fields and try again";
    GROUP_FILES_ERROR = 1727 => 400, "Error listing group files", "Please, use `GET /agents/groups/:group_id/files` to get all available group files";
    NODE_NOT_FOUND = 1730 => 404, "Node does not exist", "Make sure the name is correct and that the node is up. You can check it using `cluster_control -l` (https://documentation.wazuh.com/4.12/user-manual/reference/tools/cluster_control.html#get-connected-nodes)";
    NOT_ELIGIBLE = 1731 => 400, "Agent is not eligible for the action to be performed", "Please, make sure the agent meets the requirements.";
    NOT_IN_GROUP = 1734 => 400, "Error removing agent from group", "Agent does not belong to specified group, to assign the agent to a group follow: https://documentation.wazuh.com/4.12/user-manual/agents/grouping-agents.html";
    VERSION_TOO_OLD = 1735 => 500, "Agent version is not compatible with this feature", "Please update the agent, in case the problem persists contact us at: https://github.com/wazuh/wazuh/issues";
    TOO_MANY_GROUPS = 1737 => 400, "Maximum number of groups per multigroup is 128", "Please choose another group or remove an agent from the target group";
    AGENT_NAME_TOO_LONG = 1738 => 400, "Agent name is too long", "Max length allowed for agent name is 128";
    ONLY_ACTIVE = 1740 => 400, "Action only available for active agents", "Please activate the agent to synchronize it";
    ONLY_IN_DEFAULT = 1745 => 400, "Agent only belongs to 'default' and it cannot be unassigned from this group.";
    ALREADY_IN_GROUP = 1751 => 400, "Could not assign agent to group", "Agent already belongs to specified group, please select another agent";
    FORCE_SINGLE_GROUP_FAILED = 1752 => 400, "Could not force single group for the agent";
    AGENT_NOT_DELETED = 1757 => 400, "Error deleting an agent", "Please check all data fields and try again";
    ONLY_OLD_AGENTS = 1760 => 400, "Feature only available for older agent versions, it doesn't apply for more recent ones";
    CDB_LIST_BAD_FORMAT = 1800 => 400, "Bad format in CDB list";
    LIST_FILE_NOT_FOUND = 1802 => 400, "Lists file not found", "Please, use `GET /lists/files` to find all available lists";
    NO_TASK = 1818 => 400, "No task in DB";
    ALREADY_UPGRADING = 1819 => 400, "Upgrade procedure could not start. Agent already upgrading";
    NOT_NEWER = 1824 => 400, "Current agent version is greater or equal";
    BEYOND_MANAGER = 1825 => 400, "Upgrading an agent to a version higher than the manager requires the force flag";
    WPK_FILE_MISSING = 1826 => 400, "The WPK file does not exist";
    FILE_EXISTS = 1905 => 400, "File could not be updated, it already exists", "Please, provide a different file or set overwrite=True to overwrite actual file";
    FILE_DOES_NOT_EXIST = 1906 => 400, "File does not exist", "Please, provide a different file or make sure provided file path is correct";
    INVALID_CONFIGURATION = 1908 => 400, "Error validating configuration", "Please, fix the corrupted files";
    BODY_NOT_UTF8 = 1911 => 400, "Error parsing body request to UTF-8", "Please, check if the file content is valid UTF-8";
    CLUSTER_NOT_RUNNING = 3013 => 400, "Cluster is not running, it might be disabled in `WAZUH_HOME/etc/ossec.conf`", "Please, visit the official documentation (https://documentation.wazuh.com/4.12/user-manual/configuring-cluster/index.html) to get more information about how to configure a cluster";
    PERMISSION_DENIED = 4000 => 403, "Permission denied", "Please, make sure you have permissions to execute the current request. For more information on how to set up permissions, please visit https://documentation.wazuh.com/4.12/user-manual/api/rbac/configuration.html";
    EMPTY_BODY = 4001 => 400, "The body of the request is empty, you must specify what you want to modify";
    ROLE_NOT_FOUND = 4002 => 404, "The specified role does not exist", "Please, create the specified role with the endpoint POST /security/roles";
    INVALID_RULE = 4003 => 400, "The specified rule is invalid", "The rule must be in JSON format.";
    NAME_OR_RULE_EXISTS = 4005 => 400, "The specified name or rule already exists";
    INVALID_POLICY = 4006 => 400, "The specified policy is invalid", "The policy must be in JSON format and its keys must be \"actions\", \"resources\" and \"effect\". The actions and resources must be split by \":\". Example: agent:id:001";
    POLICY_NOT_FOUND = 4007 => 400, "The specified policy does not exist", "Please, create the specified policy with the endpoint POST /security/policies";
    RESERVED = 4008 => 400, "The specified resource is required for a correct Wazuh's functionality";
    NAME_OR_POLICY_EXISTS = 4009 => 400, "The specified name or policy already exists";
    POLICY_LINK_MISSING = 4010 => 400, "The specified role-policy relation does not exist", "Please, create the specified role-policy relation with the endpoint POST /security/roles/{role_id}/policies";
    POLICY_LINK_EXISTS = 4011 => 400, "The specified role-policy link already exist";
    NAME_EXISTS = 4013 => 400, "The specified name already exists";
    ROLE_LINK_MISSING = 4016 => 400, "The specified user-role relation does not exist", "Please, create the specified user-role relation with the endpoint POST /security/user/{username}/roles";
    ROLE_LINK_EXISTS = 4017 => 400, "The specified user-role relation already exists";
    INVALID_RESOURCE = 4019 => 400, "Invalid resource specified", "Please, check the current RBAC resources, for more information please visit https://documentation.wazuh.com/4.12/user-manual/api/rbac/configuration.html";
    INVALID_ENDPOINT = 4020 => 400, "Invalid endpoint specified", "Valid endpoints are: ";
    RULE_NOT_FOUND = 4022 => 400, "The specified security rule does not exist", "Please, create the specified security rule with the endpoint POST /security/rules";
    RULE_LINK_EXISTS = 4023 => 400, "The specified role-rule relation already exist";
    RULE_LINK_MISSING = 4024 => 400, "The specified role-rule relation does not exist", "Please, create the specified role-rules relation with the endpoint POST /security/roles/{role_id}/rules";
    INVALID_RESOURCES = 4500 => 400, "The specified resources are invalid", "Please, make sure permissions are properly defined, for more information on setting up permissions please visit https://documentation.wazuh.com/4.12/user-manual/api/rbac/configuration.html";
    USER_NOT_CREATED = 5000 => 400, "The user could not be created", "Please check that the user does not exist, to do this you can use the `GET /security/users` call";
    USER_NOT_FOUND = 5001 => 404, "User does not exist";
    RESERVED_USER = 5004 => 400, "The user could not be removed or updated", "Administrator users cannot be removed or updated";
    WEAK_PASSWORD = 5007 => 400, "Insecure user password provided", "The password must contain at least one upper and lower case letter, a number and a symbol.";
    CURRENT_USER = 5008 => 400, "The current user cannot be deleted", "You can delete this user with the administrator user (wazuh) or any other user with the necessary permissions";
    PASSWORD_LENGTH = 5009 => 400, "Insecure user password provided", "The password must contain a length between 8 and 64 characters.";
    ADMIN_ONLY_SELF = 5011 => 400, "Administrator users can only be modified by themselves", "Log in as administrator and try again";
    IP_BLOCKED = 6000 => 403, "Limit of login attempts reached. The current IP has been blocked due to a high number of login attempts";
    TOO_MANY_REQUESTS = 6001 => 429, "Maximum number of requests per minute reached", "This limit can be changed in api.yaml file. More information here: https://documentation.wazuh.com/4.12/user-manual/api/configuration.html#configuration-file";
    JWT_SECRET_ERROR = 6003 => 500, "Error trying to load the JWT secret";
    RUN_AS_NOT_ALLOWED = 6004 => 403, "The current user does not have authentication enabled through authorization context", "You can enable it using the following endpoint: https://documentation.wazuh.com/4.12/user-manual/api/reference.html#operation/api.controllers.security_controller.edit_run_as";
    TOO_MANY_EVENTS = 6005 => 429, "Maximum number of requests per minute reached";
}

/// Looks a code up in the table.
pub fn lookup(code: u32) -> Option<&'static Code> {
    CODES.iter().find(|c| c.code == code)
}

/// Codes answered with 400 that say a named file or object does not exist.
const NOT_FOUND_WITH_400: &[Code] = &[
    FILE_NOT_FOUND,
    WPK_FILE_MISSING,
    POLICY_NOT_FOUND,
    POLICY_LINK_MISSING,
    ROLE_LINK_MISSING,
    RULE_NOT_FOUND,
    RULE_LINK_MISSING,
];

/// Whether an error code says that something named in the request does not exist: the codes
/// Wazuh answers with 404, and those it answers with 400 that mean the same (a missing group
/// file is 1006 with 400, a missing group 1710 with 404).
pub fn means_not_found(code: u32) -> bool {
    NOT_FOUND_WITH_400.iter().any(|known| known.code == code)
        || lookup(code).is_some_and(|known| known.status == 404)
}

/// Whether an error code is a refused permission (the codes Wazuh answers with 403).
pub fn means_forbidden(code: u32) -> bool {
    lookup(code).is_some_and(|known| known.status == 403)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_in_the_table_once() {
        for (at, entry) in CODES.iter().enumerate() {
            assert!(
                CODES[at + 1..].iter().all(|other| other.code != entry.code),
                "{} twice",
                entry.code
            );
        }
        assert_eq!(lookup(1701), Some(&AGENT_NOT_FOUND));
    }

    #[test]
    fn not_found_codes_include_those_answered_with_400() {
        assert!(means_not_found(1701) && means_not_found(1710) && means_not_found(5001));
        assert!(means_not_found(1006) && means_not_found(4007));
        assert!(!means_not_found(1703) && !means_not_found(4000) && !means_not_found(1408));
        assert!(means_forbidden(4000) && !means_forbidden(1701));
    }
}

# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_wazuh_ctl_global_optspecs
    string join \n context= url= user= token= ca-cert= k/insecure timeout= o/output= jq= fields= yes dry-run v/verbose no-color quiet rate= retry-backoff-ms= q h/help V/version
end

function __fish_wazuh_ctl_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_wazuh_ctl_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_wazuh_ctl_using_subcommand
    set -l cmd (__fish_wazuh_ctl_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -s q -d 'Same as --quiet (only before the command: list commands use -q for --query)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -s V -l version -d 'Print version'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "agents" -d 'List, register, delete and group agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "groups" -d 'Create, delete and configure groups, and assign agents to them'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "overview" -d 'Show the dashboard summary of the fleet'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "active-response" -d 'Run active-response commands on agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "events" -d 'Send security events to the manager\'s analysis engine'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "syscheck" -d 'Start file integrity (syscheck) scans on agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "rootcheck" -d 'Start rootcheck scans on agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "security" -d 'Administer API users, roles, policies and security rules (RBAC)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "tasks" -d 'List the tasks the manager runs for agents (upgrades)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "api" -d 'Send any request to the API and print the raw answer'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "login" -d 'Log in and keep the token (in the keyring, or the file store when configured)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "logout" -d 'Revoke the token on the server and forget the stored secrets'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "whoami" -d 'Show the user you are logged in as, and its roles (or its permissions)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "config" -d 'Manage contexts (named servers) in the config file'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "completion" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "serve" -d 'Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it (`lab-ephemeral` with --ephemeral)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "generate" -d 'Generate man pages or completion files (for packaging)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "list" -d 'List agents, with filters, a WQL query, sorting and paging'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "ls" -d 'List agents, with filters, a WQL query, sorting and paging'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "watch" -d 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "get" -d 'Show agents by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "summary" -d 'Count agents by connection and configuration status, or list their OS platforms'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "add" -d 'Register an agent; prints its id and key (`--jq .key` gives the key alone)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "insert" -d 'Register an agent with a chosen id and key; prints its id and key'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "key" -d 'Show an agent\'s registration key'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "delete" -d 'Delete agents (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "no-group" -d 'List the agents that belong to no group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "outdated" -d 'List the agents whose Wazuh version differs from the manager\'s, whatever their status'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "stats" -d 'Agent statistics'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "config" -d 'Show one section of an agent\'s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "daemon-stats" -d 'Show what the manager\'s daemons (remoted, analysisd) count about an active agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "sync" -d 'Show whether agents run their groups\' latest configuration'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "uninstall-check" -d 'Check that you may uninstall agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "group" -d 'Add an agent to a group or remove it from groups'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "restart" -d 'Restart agents: listed ids, `--all`, a group\'s or a node\'s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "reconnect" -d 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "upgrade" -d 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "upgrade-result" -d 'Show each agent\'s last upgrade task'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and not __fish_seen_subcommand_from list ls watch get summary add insert key delete no-group outdated stats config daemon-stats sync uninstall-check group restart reconnect upgrade upgrade-result help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l status -d 'Only agents with this status (repeat or separate with commas)' -r -f -a "active\t''
pending\t''
never_connected\t''
disconnected\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l group -d 'Only agents in this group' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l os-platform -d 'Only agents on this OS platform, e.g. ubuntu' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l os-name -d 'Only agents with this OS name, e.g. Ubuntu' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l os-version -d 'Only agents with this OS version' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l version -d 'Only agents of this Wazuh version, e.g. \'Wazuh v4.12.0\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l node -d 'Only agents reporting to this cluster node' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l name -d 'Only the agent with this name' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l ip -d 'Only the agent with this IP' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l status -d 'Only agents with this status (repeat or separate with commas)' -r -f -a "active\t''
pending\t''
never_connected\t''
disconnected\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l group -d 'Only agents in this group' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l os-platform -d 'Only agents on this OS platform, e.g. ubuntu' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l os-name -d 'Only agents with this OS name, e.g. Ubuntu' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l os-version -d 'Only agents with this OS version' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l version -d 'Only agents of this Wazuh version, e.g. \'Wazuh v4.12.0\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l node -d 'Only agents reporting to this cluster node' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l name -d 'Only the agent with this name' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l ip -d 'Only the agent with this IP' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l status -d 'Only agents with this status (repeat or separate with commas)' -r -f -a "active\t''
pending\t''
never_connected\t''
disconnected\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l group -d 'Only agents in this group' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l os-platform -d 'Only agents on this OS platform, e.g. ubuntu' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l os-name -d 'Only agents with this OS name, e.g. Ubuntu' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l os-version -d 'Only agents with this OS version' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l version -d 'Only agents of this Wazuh version, e.g. \'Wazuh v4.12.0\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l node -d 'Only agents reporting to this cluster node' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l name -d 'Only the agent with this name' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l ip -d 'Only the agent with this IP' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l interval -d 'How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l os -d 'List the distinct OS platforms instead'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from summary" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l ip -d 'The agent IP, or `any` (default: the address the request comes from)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l id -d 'The agent id (allocated when left out)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l ip -d 'The agent IP, or `any`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l key -d 'The registration key (at least 64 characters; generated when left out)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l force -d 'Replace an existing agent with the same name, id or IP (Wazuh\'s defaults: one registered over an hour ago and disconnected for an hour)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from insert" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from key" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l status -d 'Only agents with this status (`all` for any): needed with `all`; listed ids are deleted whatever their status unless it is given' -r -f -a "all\t''
active\t''
pending\t''
never_connected\t''
disconnected\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l older-than -d 'Only agents whose last keep-alive (or registration) is older than this, e.g. 30m, 7d (default: 0s for listed ids, the API\'s implicit 7d for `all`)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l purge -d 'Also remove the agents from the keys file for good'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from no-group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from outdated" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -f -a "distinct" -d 'Count the agents by each distinct combination of some fields\' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -f -a "component" -d 'Show the counters of an agent\'s own logcollector or agent daemon'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from stats" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l daemon -d 'Only this daemon (repeat or separate with commas; default: every daemon)' -r -f -a "wazuh-analysisd\t''
wazuh-remoted\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from daemon-stats" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from sync" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from uninstall-check" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -f -a "add" -d 'Add an agent to a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -f -a "remove" -d 'Remove an agent from a group, or from all its groups (asks first)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from group" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l group -d 'Restart every agent of this group' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l node -d 'Restart every agent reporting to this cluster node' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l all -d 'Restart every agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l all -d 'Reconnect every agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from reconnect" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l version -d 'Version to upgrade to, e.g. 4.12.0 (default: the manager\'s)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l wpk-repo -d 'WPK repository URL' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l package-type -d 'Package type of the WPK' -r -f -a "rpm\t''
deb\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l custom -d 'Upgrade with this WPK file on the manager instead of a repository' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l installer -d 'The installation script inside the custom WPK' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l all -d 'Upgrade every agent (the manager\'s upgrade checks still apply)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l use-http -d 'Download the WPK over HTTP instead of HTTPS'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l force -d 'Upgrade even to the same or an older version, or beyond the manager\'s'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from upgrade-result" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "list" -d 'List agents, with filters, a WQL query, sorting and paging'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "get" -d 'Show agents by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "summary" -d 'Count agents by connection and configuration status, or list their OS platforms'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "add" -d 'Register an agent; prints its id and key (`--jq .key` gives the key alone)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "insert" -d 'Register an agent with a chosen id and key; prints its id and key'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "key" -d 'Show an agent\'s registration key'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete agents (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "no-group" -d 'List the agents that belong to no group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "outdated" -d 'List the agents whose Wazuh version differs from the manager\'s, whatever their status'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Agent statistics'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "config" -d 'Show one section of an agent\'s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "daemon-stats" -d 'Show what the manager\'s daemons (remoted, analysisd) count about an active agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "sync" -d 'Show whether agents run their groups\' latest configuration'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "uninstall-check" -d 'Check that you may uninstall agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "group" -d 'Add an agent to a group or remove it from groups'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "restart" -d 'Restart agents: listed ids, `--all`, a group\'s or a node\'s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "reconnect" -d 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "upgrade" -d 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "upgrade-result" -d 'Show each agent\'s last upgrade task'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand agents; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "list" -d 'List groups with their agent counts'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "ls" -d 'List groups with their agent counts'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "agents" -d 'List the agents of a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "create" -d 'Create a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "delete" -d 'Delete groups (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "assign" -d 'Add agents to a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "unassign" -d 'Remove agents from a group (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "config" -d 'Show or replace a group\'s configuration (agent.conf)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "files" -d 'List the files of a group with their checksums'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "file" -d 'Show one file of a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and not __fish_seen_subcommand_from list ls agents create delete assign unassign config files file help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l status -d 'Only agents with this status (repeat or separate with commas)' -r -f -a "active\t''
pending\t''
never_connected\t''
disconnected\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from agents" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l force-single -d 'Make it the agents\' only group instead of adding it'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from assign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from unassign" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show a group\'s configuration as JSON'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -f -a "set" -d 'Replace a group\'s configuration with an XML file (checked before it is sent)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from files" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l raw -d 'Print the file as it is (XML or text) instead of as JSON'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from file" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "list" -d 'List groups with their agent counts'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "agents" -d 'List the agents of a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "create" -d 'Create a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete groups (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "assign" -d 'Add agents to a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "unassign" -d 'Remove agents from a group (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "config" -d 'Show or replace a group\'s configuration (agent.conf)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "files" -d 'List the files of a group with their checksums'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "file" -d 'Show one file of a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand groups; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand overview" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager\'s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l agents -d 'Agent ids, or `-` to read them from stdin (one per line)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l arg -d 'An argument for the command (repeat for several)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l alert-json -d 'The alert the command acts on: a JSON object, or a file holding one (`-`: stdin)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l all -d 'Run it on every agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from help" -f -a "run" -d 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager\'s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand active-response; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -f -a "send" -d 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and not __fish_seen_subcommand_from send help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l file -d 'Read the events from a file, one per line (`-`: stdin)' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from send" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "send" -d 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand events; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l all -d 'Scan every agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand syscheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -f -a "run" -d 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and not __fish_seen_subcommand_from run help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l all -d 'Scan every agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from help" -f -a "run" -d 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand rootcheck; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "users" -d 'API users: list, create, change passwords, delete, give roles, allow run_as'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "roles" -d 'Roles: list, create, rename, delete, link policies and security rules'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "policies" -d 'Policies (actions allowed or denied on resources): list, create, update, delete'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "rules" -d 'Security rules (which run_as contexts get which roles): list, create, update, delete'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "config" -d 'Show or change the token lifetime and the RBAC mode'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "revoke" -d 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "actions" -d 'List the RBAC actions with their resource types and the operations that check them'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "resources" -d 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and not __fish_seen_subcommand_from users roles policies rules config revoke actions resources help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "list" -d 'List users with their roles'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "ls" -d 'List users with their roles'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "get" -d 'Show users by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "create" -d 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "update" -d 'Change a user\'s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user\'s tokens are revoked'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "delete" -d 'Delete users (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "add-role" -d 'Give roles to a user (its tokens are revoked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "remove-role" -d 'Take roles from a user (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "run-as" -d 'Allow or forbid a user to log in with an authorization context (`login --run-as`)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from users" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "list" -d 'List roles with their policies, users and security rules'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "ls" -d 'List roles with their policies, users and security rules'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "get" -d 'Show roles by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "create" -d 'Create a role (link policies to it with `add-policy`)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "update" -d 'Rename a role (its users\' tokens are revoked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "delete" -d 'Delete roles (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "add-policy" -d 'Link policies to a role'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "remove-policy" -d 'Unlink policies from a role (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "add-rule" -d 'Link security rules to a role (run_as logins whose context a rule matches get the role)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "remove-rule" -d 'Unlink security rules from a role (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from roles" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "list" -d 'List policies with their actions, resources and effect'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "ls" -d 'List policies with their actions, resources and effect'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "get" -d 'Show policies by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "create" -d 'Create a policy, e.g. `create web_read \'{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}\'` (actions and resources are checked against the RBAC catalogue first)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "update" -d 'Rename a policy or replace its actions, resources and effect (the tokens of its roles\' users are revoked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "delete" -d 'Delete policies (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from policies" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "list" -d 'List security rules (which run_as contexts get which roles)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "ls" -d 'List security rules (which run_as contexts get which roles)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "get" -d 'Show security rules by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "create" -d 'Create a security rule, e.g. `create elastic_admins \'{"FIND": {"username": "elastic"}}\'` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r\'regex\' values)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "update" -d 'Rename a security rule or replace its body'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "delete" -d 'Delete security rules (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from rules" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -f -a "get" -d 'Show the token lifetime and the RBAC mode'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -f -a "set" -d 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -f -a "reset" -d 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from config" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l endpoint -d 'Only the actions one operation checks, e.g. \'GET /agents\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from actions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l resource -d 'Only this resource type, e.g. agent:group' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from resources" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "users" -d 'API users: list, create, change passwords, delete, give roles, allow run_as'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "roles" -d 'Roles: list, create, rename, delete, link policies and security rules'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "policies" -d 'Policies (actions allowed or denied on resources): list, create, update, delete'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "rules" -d 'Security rules (which run_as contexts get which roles): list, create, update, delete'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "config" -d 'Show or change the token lifetime and the RBAC mode'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "revoke" -d 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "actions" -d 'List the RBAC actions with their resource types and the operations that check them'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "resources" -d 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand security; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -f -a "list" -d 'List tasks (e.g. agent upgrades) with their status'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -f -a "watch" -d 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and not __fish_seen_subcommand_from list watch help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l agent -d 'Only tasks of this agent (repeatable)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l task -d 'Only this task (repeatable)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l status -d 'Only tasks with this status, e.g. Pending, \'In progress\', Done, Failed' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l command -d 'Only tasks of this command, e.g. upgrade, upgrade_custom' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l module -d 'Only tasks of this module, e.g. upgrade_module' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l node -d 'Only tasks run on this cluster node' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l agent -d 'Only tasks of this agent (repeatable)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l task -d 'Only this task (repeatable)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l status -d 'Only tasks with this status, e.g. Pending, \'In progress\', Done, Failed' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l command -d 'Only tasks of this command, e.g. upgrade, upgrade_custom' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l module -d 'Only tasks of this module, e.g. upgrade_module' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l node -d 'Only tasks run on this cluster node' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -s q -l query -d 'WQL query, e.g. \'os.platform=ubuntu;status=active\'' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l search -d 'Only items with this text in any field (a leading `-` excludes it)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l sort -d 'Sort by fields: `[+-]field[,field...]`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l limit -d 'How many items to return (with --all: the page size, default 500)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l offset -d 'How many items to skip' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l interval -d 'How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l all -d 'Fetch every page'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from watch" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from help" -f -a "list" -d 'List tasks (e.g. agent upgrades) with their status'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from help" -f -a "watch" -d 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand tasks; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -s f -l raw-field -d 'A query parameter (GET, DELETE) or a string member of the JSON body (POST, PUT)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l input -d 'Read the JSON body from a file, or from stdin with `-`' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand api" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l run-as -d 'Log in with an authorization context (JSON object, e.g. \'{"username":"elastic"}\'): the token\'s roles are those whose security rules match it (run_as)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l save-password -d 'Also keep the password (keyring or file store), so expired tokens renew silently'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l policies -d 'Show your processed permissions (action, resource, effect) instead'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "list" -d 'List the contexts; the current one is marked with `*`'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "ls" -d 'List the contexts; the current one is marked with `*`'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "use" -d 'Make a context the current one'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "set" -d 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "delete" -d 'Delete a context and its stored secrets'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "view" -d 'Print the config file (it holds no secrets)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and not __fish_seen_subcommand_from list ls use set delete view help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from ls" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l token-store -d 'Where this context\'s tokens are kept: the OS keyring (default), an insecure plain-text 0600 file next to the config, or memory (never cached). WAZUH_CTL_TOKEN_STORE overrides it' -r -f -a "keyring\t''
file\t''
memory\t''"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from delete" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from view" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the contexts; the current one is marked with `*`'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "use" -d 'Make a context the current one'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "set" -d 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "delete" -d 'Delete a context and its stored secrets'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "view" -d 'Print the config file (it holds no secrets)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand config; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand completion" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l bind -d 'Address to listen on (port 0 picks a free port)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l data-dir -d 'Directory for the database, certificate and keys (default: the platform data dir)' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l agents -d 'How many agents a new database gets (at least the 12 demo agents)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l token-lifetime -d 'Token lifetime in seconds, for testing expiry' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l task-seconds -d 'Seconds each phase of an agent upgrade task lasts (Pending, then In progress)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l config -d 'API configuration (TOML, the names of Wazuh\'s api.yaml): max_upload_size and [access] max_login_attempts, block_time, max_request_per_minute' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l ephemeral -d 'Use a temporary data directory, deleted on exit; the context is `lab-ephemeral`, removed on exit (`lab` is left alone)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l http -d 'Serve plain HTTP instead of HTTPS'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -f -a "man" -d 'Write one man page per command'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, powershell and elvish'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and not __fish_seen_subcommand_from man completions help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l out -d 'Directory to write into (created if missing)' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from man" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l out -d 'Directory to write into (created if missing)' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l context -d 'Context (named server) from the config file to use instead of the current one' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l url -d 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l user -d 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l token -d 'API token (JWT) to use instead of logging in' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l ca-cert -d 'CA certificate (PEM) to trust for the server\'s TLS certificate' -r -F
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l timeout -d 'Request timeout in seconds' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s o -l output -d 'Output format (default: table on a terminal, json otherwise)' -r -f -a "table\t'Aligned table (default on a terminal)'
json\t'The payload as JSON (default when piped)'
ndjson\t'One JSON document per item'
csv\t'Comma-separated values with a header row'
raw\t'The whole response envelope'"
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l jq -d 'jq filter applied to what `-o json` would print' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l fields -d 'Fields to show (table columns), also sent to the API as `select`' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l rate -d 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l retry-backoff-ms -d 'The first wait after a 429 in milliseconds (doubling on each retry), for tests' -r
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s k -l insecure -d 'Do not verify the server\'s TLS certificate'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l yes -d 'Answer yes to confirmations (needed without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l dry-run -d 'Print the request as a curl command and send nothing'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s v -l verbose -d 'Log requests and responses on stderr (secrets masked)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l no-color -d 'Do not use colors'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -l quiet -d 'Print nothing but the results and errors (no progress, no notes)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "man" -d 'Write one man page per command'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, powershell and elvish'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand generate; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "agents" -d 'List, register, delete and group agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "groups" -d 'Create, delete and configure groups, and assign agents to them'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "overview" -d 'Show the dashboard summary of the fleet'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "active-response" -d 'Run active-response commands on agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "events" -d 'Send security events to the manager\'s analysis engine'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "syscheck" -d 'Start file integrity (syscheck) scans on agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "rootcheck" -d 'Start rootcheck scans on agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "security" -d 'Administer API users, roles, policies and security rules (RBAC)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "tasks" -d 'List the tasks the manager runs for agents (upgrades)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "api" -d 'Send any request to the API and print the raw answer'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "login" -d 'Log in and keep the token (in the keyring, or the file store when configured)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "logout" -d 'Revoke the token on the server and forget the stored secrets'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "whoami" -d 'Show the user you are logged in as, and its roles (or its permissions)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "config" -d 'Manage contexts (named servers) in the config file'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "completion" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "serve" -d 'Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it (`lab-ephemeral` with --ephemeral)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "generate" -d 'Generate man pages or completion files (for packaging)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and not __fish_seen_subcommand_from agents groups overview active-response events syscheck rootcheck security tasks api login logout whoami config completion serve generate help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "list" -d 'List agents, with filters, a WQL query, sorting and paging'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "watch" -d 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "get" -d 'Show agents by id'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "summary" -d 'Count agents by connection and configuration status, or list their OS platforms'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "add" -d 'Register an agent; prints its id and key (`--jq .key` gives the key alone)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "insert" -d 'Register an agent with a chosen id and key; prints its id and key'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "key" -d 'Show an agent\'s registration key'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "delete" -d 'Delete agents (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "no-group" -d 'List the agents that belong to no group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "outdated" -d 'List the agents whose Wazuh version differs from the manager\'s, whatever their status'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "stats" -d 'Agent statistics'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "config" -d 'Show one section of an agent\'s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "daemon-stats" -d 'Show what the manager\'s daemons (remoted, analysisd) count about an active agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "sync" -d 'Show whether agents run their groups\' latest configuration'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "uninstall-check" -d 'Check that you may uninstall agents'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "group" -d 'Add an agent to a group or remove it from groups'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "restart" -d 'Restart agents: listed ids, `--all`, a group\'s or a node\'s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "reconnect" -d 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "upgrade" -d 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from agents" -f -a "upgrade-result" -d 'Show each agent\'s last upgrade task'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "list" -d 'List groups with their agent counts'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "agents" -d 'List the agents of a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "create" -d 'Create a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "delete" -d 'Delete groups (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "assign" -d 'Add agents to a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "unassign" -d 'Remove agents from a group (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "config" -d 'Show or replace a group\'s configuration (agent.conf)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "files" -d 'List the files of a group with their checksums'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from groups" -f -a "file" -d 'Show one file of a group'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from active-response" -f -a "run" -d 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager\'s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from events" -f -a "send" -d 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from syscheck" -f -a "run" -d 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from rootcheck" -f -a "run" -d 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "users" -d 'API users: list, create, change passwords, delete, give roles, allow run_as'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "roles" -d 'Roles: list, create, rename, delete, link policies and security rules'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "policies" -d 'Policies (actions allowed or denied on resources): list, create, update, delete'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "rules" -d 'Security rules (which run_as contexts get which roles): list, create, update, delete'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "config" -d 'Show or change the token lifetime and the RBAC mode'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "revoke" -d 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "actions" -d 'List the RBAC actions with their resource types and the operations that check them'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from security" -f -a "resources" -d 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from tasks" -f -a "list" -d 'List tasks (e.g. agent upgrades) with their status'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from tasks" -f -a "watch" -d 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "list" -d 'List the contexts; the current one is marked with `*`'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "use" -d 'Make a context the current one'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "set" -d 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "delete" -d 'Delete a context and its stored secrets'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from config" -f -a "view" -d 'Print the config file (it holds no secrets)'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "man" -d 'Write one man page per command'
complete -c wazuh-ctl -n "__fish_wazuh_ctl_using_subcommand help; and __fish_seen_subcommand_from generate" -f -a "completions" -d 'Write completion scripts for bash, zsh, fish, powershell and elvish'

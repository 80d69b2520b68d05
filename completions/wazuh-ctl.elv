
use builtin;
use str;

set edit:completion:arg-completer[wazuh-ctl] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'wazuh-ctl'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'wazuh-ctl'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -q 'Same as --quiet (only before the command: list commands use -q for --query)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand agents 'List, register, delete and group agents'
            cand groups 'Create, delete and configure groups, and assign agents to them'
            cand overview 'Show the dashboard summary of the fleet'
            cand active-response 'Run active-response commands on agents'
            cand events 'Send security events to the manager''s analysis engine'
            cand syscheck 'Start file integrity (syscheck) scans on agents'
            cand rootcheck 'Start rootcheck scans on agents'
            cand security 'Administer API users, roles, policies and security rules (RBAC)'
            cand tasks 'List the tasks the manager runs for agents (upgrades)'
            cand api 'Send any request to the API and print the raw answer'
            cand login 'Log in and keep the token (in the keyring, or the file store when configured)'
            cand logout 'Revoke the token on the server and forget the stored secrets'
            cand whoami 'Show the user you are logged in as, and its roles (or its permissions)'
            cand config 'Manage contexts (named servers) in the config file'
            cand completion 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand serve 'Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it (`lab-ephemeral` with --ephemeral)'
            cand generate 'Generate man pages or completion files (for packaging)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List agents, with filters, a WQL query, sorting and paging'
            cand ls 'List agents, with filters, a WQL query, sorting and paging'
            cand watch 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
            cand get 'Show agents by id'
            cand summary 'Count agents by connection and configuration status, or list their OS platforms'
            cand add 'Register an agent; prints its id and key (`--jq .key` gives the key alone)'
            cand insert 'Register an agent with a chosen id and key; prints its id and key'
            cand key 'Show an agent''s registration key'
            cand delete 'Delete agents (asks first; `--yes` without a terminal)'
            cand no-group 'List the agents that belong to no group'
            cand outdated 'List the agents whose Wazuh version differs from the manager''s, whatever their status'
            cand stats 'Agent statistics'
            cand config 'Show one section of an agent''s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)'
            cand daemon-stats 'Show what the manager''s daemons (remoted, analysisd) count about an active agent'
            cand sync 'Show whether agents run their groups'' latest configuration'
            cand uninstall-check 'Check that you may uninstall agents'
            cand group 'Add an agent to a group or remove it from groups'
            cand restart 'Restart agents: listed ids, `--all`, a group''s or a node''s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
            cand reconnect 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
            cand upgrade 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent'
            cand upgrade-result 'Show each agent''s last upgrade task'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents;list'= {
            cand --status 'Only agents with this status (repeat or separate with commas)'
            cand --group 'Only agents in this group'
            cand --os-platform 'Only agents on this OS platform, e.g. ubuntu'
            cand --os-name 'Only agents with this OS name, e.g. Ubuntu'
            cand --os-version 'Only agents with this OS version'
            cand --version 'Only agents of this Wazuh version, e.g. ''Wazuh v4.12.0'''
            cand --node 'Only agents reporting to this cluster node'
            cand --name 'Only the agent with this name'
            cand --ip 'Only the agent with this IP'
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;ls'= {
            cand --status 'Only agents with this status (repeat or separate with commas)'
            cand --group 'Only agents in this group'
            cand --os-platform 'Only agents on this OS platform, e.g. ubuntu'
            cand --os-name 'Only agents with this OS name, e.g. Ubuntu'
            cand --os-version 'Only agents with this OS version'
            cand --version 'Only agents of this Wazuh version, e.g. ''Wazuh v4.12.0'''
            cand --node 'Only agents reporting to this cluster node'
            cand --name 'Only the agent with this name'
            cand --ip 'Only the agent with this IP'
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;watch'= {
            cand --status 'Only agents with this status (repeat or separate with commas)'
            cand --group 'Only agents in this group'
            cand --os-platform 'Only agents on this OS platform, e.g. ubuntu'
            cand --os-name 'Only agents with this OS name, e.g. Ubuntu'
            cand --os-version 'Only agents with this OS version'
            cand --version 'Only agents of this Wazuh version, e.g. ''Wazuh v4.12.0'''
            cand --node 'Only agents reporting to this cluster node'
            cand --name 'Only the agent with this name'
            cand --ip 'Only the agent with this IP'
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --interval 'How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;summary'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --os 'List the distinct OS platforms instead'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;add'= {
            cand --ip 'The agent IP, or `any` (default: the address the request comes from)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;insert'= {
            cand --id 'The agent id (allocated when left out)'
            cand --ip 'The agent IP, or `any`'
            cand --key 'The registration key (at least 64 characters; generated when left out)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --force 'Replace an existing agent with the same name, id or IP (Wazuh''s defaults: one registered over an hour ago and disconnected for an hour)'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;key'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;delete'= {
            cand --status 'Only agents with this status (`all` for any): needed with `all`; listed ids are deleted whatever their status unless it is given'
            cand --older-than 'Only agents whose last keep-alive (or registration) is older than this, e.g. 30m, 7d (default: 0s for listed ids, the API''s implicit 7d for `all`)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --purge 'Also remove the agents from the keys file for good'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;no-group'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;outdated'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;stats'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand distinct 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`'
            cand component 'Show the counters of an agent''s own logcollector or agent daemon'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents;stats;distinct'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;stats;component'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;stats;help'= {
            cand distinct 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`'
            cand component 'Show the counters of an agent''s own logcollector or agent daemon'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents;stats;help;distinct'= {
        }
        &'wazuh-ctl;agents;stats;help;component'= {
        }
        &'wazuh-ctl;agents;stats;help;help'= {
        }
        &'wazuh-ctl;agents;config'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;daemon-stats'= {
            cand --daemon 'Only this daemon (repeat or separate with commas; default: every daemon)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;sync'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;uninstall-check'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;group'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand add 'Add an agent to a group'
            cand remove 'Remove an agent from a group, or from all its groups (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents;group;add'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --force-single 'Make it the agent''s only group instead of adding it'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;group;remove'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;group;help'= {
            cand add 'Add an agent to a group'
            cand remove 'Remove an agent from a group, or from all its groups (asks first)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents;group;help;add'= {
        }
        &'wazuh-ctl;agents;group;help;remove'= {
        }
        &'wazuh-ctl;agents;group;help;help'= {
        }
        &'wazuh-ctl;agents;restart'= {
            cand --group 'Restart every agent of this group'
            cand --node 'Restart every agent reporting to this cluster node'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Restart every agent'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;reconnect'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Reconnect every agent'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;upgrade'= {
            cand --version 'Version to upgrade to, e.g. 4.12.0 (default: the manager''s)'
            cand --wpk-repo 'WPK repository URL'
            cand --package-type 'Package type of the WPK'
            cand --custom 'Upgrade with this WPK file on the manager instead of a repository'
            cand --installer 'The installation script inside the custom WPK'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Upgrade every agent (the manager''s upgrade checks still apply)'
            cand --use-http 'Download the WPK over HTTP instead of HTTPS'
            cand --force 'Upgrade even to the same or an older version, or beyond the manager''s'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;upgrade-result'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;agents;help'= {
            cand list 'List agents, with filters, a WQL query, sorting and paging'
            cand watch 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
            cand get 'Show agents by id'
            cand summary 'Count agents by connection and configuration status, or list their OS platforms'
            cand add 'Register an agent; prints its id and key (`--jq .key` gives the key alone)'
            cand insert 'Register an agent with a chosen id and key; prints its id and key'
            cand key 'Show an agent''s registration key'
            cand delete 'Delete agents (asks first; `--yes` without a terminal)'
            cand no-group 'List the agents that belong to no group'
            cand outdated 'List the agents whose Wazuh version differs from the manager''s, whatever their status'
            cand stats 'Agent statistics'
            cand config 'Show one section of an agent''s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)'
            cand daemon-stats 'Show what the manager''s daemons (remoted, analysisd) count about an active agent'
            cand sync 'Show whether agents run their groups'' latest configuration'
            cand uninstall-check 'Check that you may uninstall agents'
            cand group 'Add an agent to a group or remove it from groups'
            cand restart 'Restart agents: listed ids, `--all`, a group''s or a node''s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
            cand reconnect 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
            cand upgrade 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent'
            cand upgrade-result 'Show each agent''s last upgrade task'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;agents;help;list'= {
        }
        &'wazuh-ctl;agents;help;watch'= {
        }
        &'wazuh-ctl;agents;help;get'= {
        }
        &'wazuh-ctl;agents;help;summary'= {
        }
        &'wazuh-ctl;agents;help;add'= {
        }
        &'wazuh-ctl;agents;help;insert'= {
        }
        &'wazuh-ctl;agents;help;key'= {
        }
        &'wazuh-ctl;agents;help;delete'= {
        }
        &'wazuh-ctl;agents;help;no-group'= {
        }
        &'wazuh-ctl;agents;help;outdated'= {
        }
        &'wazuh-ctl;agents;help;stats'= {
            cand distinct 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`'
            cand component 'Show the counters of an agent''s own logcollector or agent daemon'
        }
        &'wazuh-ctl;agents;help;stats;distinct'= {
        }
        &'wazuh-ctl;agents;help;stats;component'= {
        }
        &'wazuh-ctl;agents;help;config'= {
        }
        &'wazuh-ctl;agents;help;daemon-stats'= {
        }
        &'wazuh-ctl;agents;help;sync'= {
        }
        &'wazuh-ctl;agents;help;uninstall-check'= {
        }
        &'wazuh-ctl;agents;help;group'= {
            cand add 'Add an agent to a group'
            cand remove 'Remove an agent from a group, or from all its groups (asks first)'
        }
        &'wazuh-ctl;agents;help;group;add'= {
        }
        &'wazuh-ctl;agents;help;group;remove'= {
        }
        &'wazuh-ctl;agents;help;restart'= {
        }
        &'wazuh-ctl;agents;help;reconnect'= {
        }
        &'wazuh-ctl;agents;help;upgrade'= {
        }
        &'wazuh-ctl;agents;help;upgrade-result'= {
        }
        &'wazuh-ctl;agents;help;help'= {
        }
        &'wazuh-ctl;groups'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List groups with their agent counts'
            cand ls 'List groups with their agent counts'
            cand agents 'List the agents of a group'
            cand create 'Create a group'
            cand delete 'Delete groups (asks first; `--yes` without a terminal)'
            cand assign 'Add agents to a group'
            cand unassign 'Remove agents from a group (asks first; `--yes` without a terminal)'
            cand config 'Show or replace a group''s configuration (agent.conf)'
            cand files 'List the files of a group with their checksums'
            cand file 'Show one file of a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;groups;list'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;ls'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;agents'= {
            cand --status 'Only agents with this status (repeat or separate with commas)'
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;create'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;delete'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;assign'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --force-single 'Make it the agents'' only group instead of adding it'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;unassign'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;config'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand get 'Show a group''s configuration as JSON'
            cand set 'Replace a group''s configuration with an XML file (checked before it is sent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;groups;config;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;config;set'= {
            cand --file 'The agent.conf XML file, or `-` for stdin'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;config;help'= {
            cand get 'Show a group''s configuration as JSON'
            cand set 'Replace a group''s configuration with an XML file (checked before it is sent)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;groups;config;help;get'= {
        }
        &'wazuh-ctl;groups;config;help;set'= {
        }
        &'wazuh-ctl;groups;config;help;help'= {
        }
        &'wazuh-ctl;groups;files'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;file'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --raw 'Print the file as it is (XML or text) instead of as JSON'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;groups;help'= {
            cand list 'List groups with their agent counts'
            cand agents 'List the agents of a group'
            cand create 'Create a group'
            cand delete 'Delete groups (asks first; `--yes` without a terminal)'
            cand assign 'Add agents to a group'
            cand unassign 'Remove agents from a group (asks first; `--yes` without a terminal)'
            cand config 'Show or replace a group''s configuration (agent.conf)'
            cand files 'List the files of a group with their checksums'
            cand file 'Show one file of a group'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;groups;help;list'= {
        }
        &'wazuh-ctl;groups;help;agents'= {
        }
        &'wazuh-ctl;groups;help;create'= {
        }
        &'wazuh-ctl;groups;help;delete'= {
        }
        &'wazuh-ctl;groups;help;assign'= {
        }
        &'wazuh-ctl;groups;help;unassign'= {
        }
        &'wazuh-ctl;groups;help;config'= {
            cand get 'Show a group''s configuration as JSON'
            cand set 'Replace a group''s configuration with an XML file (checked before it is sent)'
        }
        &'wazuh-ctl;groups;help;config;get'= {
        }
        &'wazuh-ctl;groups;help;config;set'= {
        }
        &'wazuh-ctl;groups;help;files'= {
        }
        &'wazuh-ctl;groups;help;file'= {
        }
        &'wazuh-ctl;groups;help;help'= {
        }
        &'wazuh-ctl;overview'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;active-response'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand run 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager''s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;active-response;run'= {
            cand --agents 'Agent ids, or `-` to read them from stdin (one per line)'
            cand --arg 'An argument for the command (repeat for several)'
            cand --alert-json 'The alert the command acts on: a JSON object, or a file holding one (`-`: stdin)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Run it on every agent'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;active-response;help'= {
            cand run 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager''s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;active-response;help;run'= {
        }
        &'wazuh-ctl;active-response;help;help'= {
        }
        &'wazuh-ctl;events'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand send 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;events;send'= {
            cand --file 'Read the events from a file, one per line (`-`: stdin)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;events;help'= {
            cand send 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;events;help;send'= {
        }
        &'wazuh-ctl;events;help;help'= {
        }
        &'wazuh-ctl;syscheck'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand run 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;syscheck;run'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Scan every agent'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;syscheck;help'= {
            cand run 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;syscheck;help;run'= {
        }
        &'wazuh-ctl;syscheck;help;help'= {
        }
        &'wazuh-ctl;rootcheck'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand run 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;rootcheck;run'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Scan every agent'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;rootcheck;help'= {
            cand run 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;rootcheck;help;run'= {
        }
        &'wazuh-ctl;rootcheck;help;help'= {
        }
        &'wazuh-ctl;security'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand users 'API users: list, create, change passwords, delete, give roles, allow run_as'
            cand roles 'Roles: list, create, rename, delete, link policies and security rules'
            cand policies 'Policies (actions allowed or denied on resources): list, create, update, delete'
            cand rules 'Security rules (which run_as contexts get which roles): list, create, update, delete'
            cand config 'Show or change the token lifetime and the RBAC mode'
            cand revoke 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)'
            cand actions 'List the RBAC actions with their resource types and the operations that check them'
            cand resources 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;users'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List users with their roles'
            cand ls 'List users with their roles'
            cand get 'Show users by id'
            cand create 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)'
            cand update 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked'
            cand delete 'Delete users (asks first; `--yes` without a terminal)'
            cand add-role 'Give roles to a user (its tokens are revoked)'
            cand remove-role 'Take roles from a user (asks first; `--yes` without a terminal)'
            cand run-as 'Allow or forbid a user to log in with an authorization context (`login --run-as`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;users;list'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;ls'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;create'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --password-stdin 'Read the new password from the first line of stdin (else WAZUH_NEW_PASSWORD, else a prompt on a terminal)'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;update'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --password-stdin 'Read the new password from the first line of stdin (else WAZUH_NEW_PASSWORD, else a prompt on a terminal)'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;delete'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;add-role'= {
            cand --position 'Where to insert the roles in the user''s role order (0 first; default: last)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;remove-role'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;run-as'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;users;help'= {
            cand list 'List users with their roles'
            cand get 'Show users by id'
            cand create 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)'
            cand update 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked'
            cand delete 'Delete users (asks first; `--yes` without a terminal)'
            cand add-role 'Give roles to a user (its tokens are revoked)'
            cand remove-role 'Take roles from a user (asks first; `--yes` without a terminal)'
            cand run-as 'Allow or forbid a user to log in with an authorization context (`login --run-as`)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;users;help;list'= {
        }
        &'wazuh-ctl;security;users;help;get'= {
        }
        &'wazuh-ctl;security;users;help;create'= {
        }
        &'wazuh-ctl;security;users;help;update'= {
        }
        &'wazuh-ctl;security;users;help;delete'= {
        }
        &'wazuh-ctl;security;users;help;add-role'= {
        }
        &'wazuh-ctl;security;users;help;remove-role'= {
        }
        &'wazuh-ctl;security;users;help;run-as'= {
        }
        &'wazuh-ctl;security;users;help;help'= {
        }
        &'wazuh-ctl;security;roles'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List roles with their policies, users and security rules'
            cand ls 'List roles with their policies, users and security rules'
            cand get 'Show roles by id'
            cand create 'Create a role (link policies to it with `add-policy`)'
            cand update 'Rename a role (its users'' tokens are revoked)'
            cand delete 'Delete roles (asks first; `--yes` without a terminal)'
            cand add-policy 'Link policies to a role'
            cand remove-policy 'Unlink policies from a role (asks first; `--yes` without a terminal)'
            cand add-rule 'Link security rules to a role (run_as logins whose context a rule matches get the role)'
            cand remove-rule 'Unlink security rules from a role (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;roles;list'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;ls'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;create'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;update'= {
            cand --name 'The new name'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;delete'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;add-policy'= {
            cand --position 'Where to insert the policies in the role''s order (0 first; default: last). Later policies win over earlier ones for the same resource'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;remove-policy'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;add-rule'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;remove-rule'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;roles;help'= {
            cand list 'List roles with their policies, users and security rules'
            cand get 'Show roles by id'
            cand create 'Create a role (link policies to it with `add-policy`)'
            cand update 'Rename a role (its users'' tokens are revoked)'
            cand delete 'Delete roles (asks first; `--yes` without a terminal)'
            cand add-policy 'Link policies to a role'
            cand remove-policy 'Unlink policies from a role (asks first; `--yes` without a terminal)'
            cand add-rule 'Link security rules to a role (run_as logins whose context a rule matches get the role)'
            cand remove-rule 'Unlink security rules from a role (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;roles;help;list'= {
        }
        &'wazuh-ctl;security;roles;help;get'= {
        }
        &'wazuh-ctl;security;roles;help;create'= {
        }
        &'wazuh-ctl;security;roles;help;update'= {
        }
        &'wazuh-ctl;security;roles;help;delete'= {
        }
        &'wazuh-ctl;security;roles;help;add-policy'= {
        }
        &'wazuh-ctl;security;roles;help;remove-policy'= {
        }
        &'wazuh-ctl;security;roles;help;add-rule'= {
        }
        &'wazuh-ctl;security;roles;help;remove-rule'= {
        }
        &'wazuh-ctl;security;roles;help;help'= {
        }
        &'wazuh-ctl;security;policies'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List policies with their actions, resources and effect'
            cand ls 'List policies with their actions, resources and effect'
            cand get 'Show policies by id'
            cand create 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)'
            cand update 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)'
            cand delete 'Delete policies (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;policies;list'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;policies;ls'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;policies;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;policies;create'= {
            cand -f 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --file 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;policies;update'= {
            cand --name 'The new name'
            cand -f 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --file 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;policies;delete'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;policies;help'= {
            cand list 'List policies with their actions, resources and effect'
            cand get 'Show policies by id'
            cand create 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)'
            cand update 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)'
            cand delete 'Delete policies (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;policies;help;list'= {
        }
        &'wazuh-ctl;security;policies;help;get'= {
        }
        &'wazuh-ctl;security;policies;help;create'= {
        }
        &'wazuh-ctl;security;policies;help;update'= {
        }
        &'wazuh-ctl;security;policies;help;delete'= {
        }
        &'wazuh-ctl;security;policies;help;help'= {
        }
        &'wazuh-ctl;security;rules'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List security rules (which run_as contexts get which roles)'
            cand ls 'List security rules (which run_as contexts get which roles)'
            cand get 'Show security rules by id'
            cand create 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)'
            cand update 'Rename a security rule or replace its body'
            cand delete 'Delete security rules (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;rules;list'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;rules;ls'= {
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;rules;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;rules;create'= {
            cand -f 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --file 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;rules;update'= {
            cand --name 'The new name'
            cand -f 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --file 'Read the document from a JSON or TOML file (`-` for stdin) instead'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;rules;delete'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;rules;help'= {
            cand list 'List security rules (which run_as contexts get which roles)'
            cand get 'Show security rules by id'
            cand create 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)'
            cand update 'Rename a security rule or replace its body'
            cand delete 'Delete security rules (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;rules;help;list'= {
        }
        &'wazuh-ctl;security;rules;help;get'= {
        }
        &'wazuh-ctl;security;rules;help;create'= {
        }
        &'wazuh-ctl;security;rules;help;update'= {
        }
        &'wazuh-ctl;security;rules;help;delete'= {
        }
        &'wazuh-ctl;security;rules;help;help'= {
        }
        &'wazuh-ctl;security;config'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand get 'Show the token lifetime and the RBAC mode'
            cand set 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)'
            cand reset 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;config;get'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;config;set'= {
            cand --token-lifetime 'Token lifetime in seconds (at least 30)'
            cand --rbac-mode 'RBAC mode: white (nothing is allowed unless a policy allows it) or black (everything is allowed unless a policy denies it)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;config;reset'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;config;help'= {
            cand get 'Show the token lifetime and the RBAC mode'
            cand set 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)'
            cand reset 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;config;help;get'= {
        }
        &'wazuh-ctl;security;config;help;set'= {
        }
        &'wazuh-ctl;security;config;help;reset'= {
        }
        &'wazuh-ctl;security;config;help;help'= {
        }
        &'wazuh-ctl;security;revoke'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;actions'= {
            cand --endpoint 'Only the actions one operation checks, e.g. ''GET /agents'''
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;resources'= {
            cand --resource 'Only this resource type, e.g. agent:group'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;security;help'= {
            cand users 'API users: list, create, change passwords, delete, give roles, allow run_as'
            cand roles 'Roles: list, create, rename, delete, link policies and security rules'
            cand policies 'Policies (actions allowed or denied on resources): list, create, update, delete'
            cand rules 'Security rules (which run_as contexts get which roles): list, create, update, delete'
            cand config 'Show or change the token lifetime and the RBAC mode'
            cand revoke 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)'
            cand actions 'List the RBAC actions with their resource types and the operations that check them'
            cand resources 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;security;help;users'= {
            cand list 'List users with their roles'
            cand get 'Show users by id'
            cand create 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)'
            cand update 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked'
            cand delete 'Delete users (asks first; `--yes` without a terminal)'
            cand add-role 'Give roles to a user (its tokens are revoked)'
            cand remove-role 'Take roles from a user (asks first; `--yes` without a terminal)'
            cand run-as 'Allow or forbid a user to log in with an authorization context (`login --run-as`)'
        }
        &'wazuh-ctl;security;help;users;list'= {
        }
        &'wazuh-ctl;security;help;users;get'= {
        }
        &'wazuh-ctl;security;help;users;create'= {
        }
        &'wazuh-ctl;security;help;users;update'= {
        }
        &'wazuh-ctl;security;help;users;delete'= {
        }
        &'wazuh-ctl;security;help;users;add-role'= {
        }
        &'wazuh-ctl;security;help;users;remove-role'= {
        }
        &'wazuh-ctl;security;help;users;run-as'= {
        }
        &'wazuh-ctl;security;help;roles'= {
            cand list 'List roles with their policies, users and security rules'
            cand get 'Show roles by id'
            cand create 'Create a role (link policies to it with `add-policy`)'
            cand update 'Rename a role (its users'' tokens are revoked)'
            cand delete 'Delete roles (asks first; `--yes` without a terminal)'
            cand add-policy 'Link policies to a role'
            cand remove-policy 'Unlink policies from a role (asks first; `--yes` without a terminal)'
            cand add-rule 'Link security rules to a role (run_as logins whose context a rule matches get the role)'
            cand remove-rule 'Unlink security rules from a role (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;security;help;roles;list'= {
        }
        &'wazuh-ctl;security;help;roles;get'= {
        }
        &'wazuh-ctl;security;help;roles;create'= {
        }
        &'wazuh-ctl;security;help;roles;update'= {
        }
        &'wazuh-ctl;security;help;roles;delete'= {
        }
        &'wazuh-ctl;security;help;roles;add-policy'= {
        }
        &'wazuh-ctl;security;help;roles;remove-policy'= {
        }
        &'wazuh-ctl;security;help;roles;add-rule'= {
        }
        &'wazuh-ctl;security;help;roles;remove-rule'= {
        }
        &'wazuh-ctl;security;help;policies'= {
            cand list 'List policies with their actions, resources and effect'
            cand get 'Show policies by id'
            cand create 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)'
            cand update 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)'
            cand delete 'Delete policies (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;security;help;policies;list'= {
        }
        &'wazuh-ctl;security;help;policies;get'= {
        }
        &'wazuh-ctl;security;help;policies;create'= {
        }
        &'wazuh-ctl;security;help;policies;update'= {
        }
        &'wazuh-ctl;security;help;policies;delete'= {
        }
        &'wazuh-ctl;security;help;rules'= {
            cand list 'List security rules (which run_as contexts get which roles)'
            cand get 'Show security rules by id'
            cand create 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)'
            cand update 'Rename a security rule or replace its body'
            cand delete 'Delete security rules (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;security;help;rules;list'= {
        }
        &'wazuh-ctl;security;help;rules;get'= {
        }
        &'wazuh-ctl;security;help;rules;create'= {
        }
        &'wazuh-ctl;security;help;rules;update'= {
        }
        &'wazuh-ctl;security;help;rules;delete'= {
        }
        &'wazuh-ctl;security;help;config'= {
            cand get 'Show the token lifetime and the RBAC mode'
            cand set 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)'
            cand reset 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;security;help;config;get'= {
        }
        &'wazuh-ctl;security;help;config;set'= {
        }
        &'wazuh-ctl;security;help;config;reset'= {
        }
        &'wazuh-ctl;security;help;revoke'= {
        }
        &'wazuh-ctl;security;help;actions'= {
        }
        &'wazuh-ctl;security;help;resources'= {
        }
        &'wazuh-ctl;security;help;help'= {
        }
        &'wazuh-ctl;tasks'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List tasks (e.g. agent upgrades) with their status'
            cand watch 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;tasks;list'= {
            cand --agent 'Only tasks of this agent (repeatable)'
            cand --task 'Only this task (repeatable)'
            cand --status 'Only tasks with this status, e.g. Pending, ''In progress'', Done, Failed'
            cand --command 'Only tasks of this command, e.g. upgrade, upgrade_custom'
            cand --module 'Only tasks of this module, e.g. upgrade_module'
            cand --node 'Only tasks run on this cluster node'
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;tasks;watch'= {
            cand --agent 'Only tasks of this agent (repeatable)'
            cand --task 'Only this task (repeatable)'
            cand --status 'Only tasks with this status, e.g. Pending, ''In progress'', Done, Failed'
            cand --command 'Only tasks of this command, e.g. upgrade, upgrade_custom'
            cand --module 'Only tasks of this module, e.g. upgrade_module'
            cand --node 'Only tasks run on this cluster node'
            cand -q 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --query 'WQL query, e.g. ''os.platform=ubuntu;status=active'''
            cand --search 'Only items with this text in any field (a leading `-` excludes it)'
            cand --sort 'Sort by fields: `[+-]field[,field...]`'
            cand --limit 'How many items to return (with --all: the page size, default 500)'
            cand --offset 'How many items to skip'
            cand --interval 'How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --all 'Fetch every page'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;tasks;help'= {
            cand list 'List tasks (e.g. agent upgrades) with their status'
            cand watch 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;tasks;help;list'= {
        }
        &'wazuh-ctl;tasks;help;watch'= {
        }
        &'wazuh-ctl;tasks;help;help'= {
        }
        &'wazuh-ctl;api'= {
            cand -f 'A query parameter (GET, DELETE) or a string member of the JSON body (POST, PUT)'
            cand --raw-field 'A query parameter (GET, DELETE) or a string member of the JSON body (POST, PUT)'
            cand --input 'Read the JSON body from a file, or from stdin with `-`'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;login'= {
            cand --run-as 'Log in with an authorization context (JSON object, e.g. ''{"username":"elastic"}''): the token''s roles are those whose security rules match it (run_as)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --save-password 'Also keep the password (keyring or file store), so expired tokens renew silently'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;logout'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;whoami'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --policies 'Show your processed permissions (action, resource, effect) instead'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand list 'List the contexts; the current one is marked with `*`'
            cand ls 'List the contexts; the current one is marked with `*`'
            cand use 'Make a context the current one'
            cand set 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store'
            cand delete 'Delete a context and its stored secrets'
            cand view 'Print the config file (it holds no secrets)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;config;list'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config;ls'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config;use'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config;set'= {
            cand --token-store 'Where this context''s tokens are kept: the OS keyring (default), an insecure plain-text 0600 file next to the config, or memory (never cached). WAZUH_CTL_TOKEN_STORE overrides it'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config;delete'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config;view'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;config;help'= {
            cand list 'List the contexts; the current one is marked with `*`'
            cand use 'Make a context the current one'
            cand set 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store'
            cand delete 'Delete a context and its stored secrets'
            cand view 'Print the config file (it holds no secrets)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;config;help;list'= {
        }
        &'wazuh-ctl;config;help;use'= {
        }
        &'wazuh-ctl;config;help;set'= {
        }
        &'wazuh-ctl;config;help;delete'= {
        }
        &'wazuh-ctl;config;help;view'= {
        }
        &'wazuh-ctl;config;help;help'= {
        }
        &'wazuh-ctl;completion'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;serve'= {
            cand --bind 'Address to listen on (port 0 picks a free port)'
            cand --data-dir 'Directory for the database, certificate and keys (default: the platform data dir)'
            cand --agents 'How many agents a new database gets (at least the 12 demo agents)'
            cand --token-lifetime 'Token lifetime in seconds, for testing expiry'
            cand --task-seconds 'Seconds each phase of an agent upgrade task lasts (Pending, then In progress)'
            cand --config 'API configuration (TOML, the names of Wazuh''s api.yaml): max_upload_size and [access] max_login_attempts, block_time, max_request_per_minute'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand --ephemeral 'Use a temporary data directory, deleted on exit; the context is `lab-ephemeral`, removed on exit (`lab` is left alone)'
            cand --http 'Serve plain HTTP instead of HTTPS'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;generate'= {
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand man 'Write one man page per command'
            cand completions 'Write completion scripts for bash, zsh, fish, powershell and elvish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;generate;man'= {
            cand --out 'Directory to write into (created if missing)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;generate;completions'= {
            cand --out 'Directory to write into (created if missing)'
            cand --context 'Context (named server) from the config file to use instead of the current one'
            cand --url 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000'
            cand --user 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)'
            cand --token 'API token (JWT) to use instead of logging in'
            cand --ca-cert 'CA certificate (PEM) to trust for the server''s TLS certificate'
            cand --timeout 'Request timeout in seconds'
            cand -o 'Output format (default: table on a terminal, json otherwise)'
            cand --output 'Output format (default: table on a terminal, json otherwise)'
            cand --jq 'jq filter applied to what `-o json` would print'
            cand --fields 'Fields to show (table columns), also sent to the API as `select`'
            cand --rate 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server'
            cand --retry-backoff-ms 'The first wait after a 429 in milliseconds (doubling on each retry), for tests'
            cand -k 'Do not verify the server''s TLS certificate'
            cand --insecure 'Do not verify the server''s TLS certificate'
            cand --yes 'Answer yes to confirmations (needed without a terminal)'
            cand --dry-run 'Print the request as a curl command and send nothing'
            cand -v 'Log requests and responses on stderr (secrets masked)'
            cand --verbose 'Log requests and responses on stderr (secrets masked)'
            cand --no-color 'Do not use colors'
            cand --quiet 'Print nothing but the results and errors (no progress, no notes)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'wazuh-ctl;generate;help'= {
            cand man 'Write one man page per command'
            cand completions 'Write completion scripts for bash, zsh, fish, powershell and elvish'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;generate;help;man'= {
        }
        &'wazuh-ctl;generate;help;completions'= {
        }
        &'wazuh-ctl;generate;help;help'= {
        }
        &'wazuh-ctl;help'= {
            cand agents 'List, register, delete and group agents'
            cand groups 'Create, delete and configure groups, and assign agents to them'
            cand overview 'Show the dashboard summary of the fleet'
            cand active-response 'Run active-response commands on agents'
            cand events 'Send security events to the manager''s analysis engine'
            cand syscheck 'Start file integrity (syscheck) scans on agents'
            cand rootcheck 'Start rootcheck scans on agents'
            cand security 'Administer API users, roles, policies and security rules (RBAC)'
            cand tasks 'List the tasks the manager runs for agents (upgrades)'
            cand api 'Send any request to the API and print the raw answer'
            cand login 'Log in and keep the token (in the keyring, or the file store when configured)'
            cand logout 'Revoke the token on the server and forget the stored secrets'
            cand whoami 'Show the user you are logged in as, and its roles (or its permissions)'
            cand config 'Manage contexts (named servers) in the config file'
            cand completion 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand serve 'Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it (`lab-ephemeral` with --ephemeral)'
            cand generate 'Generate man pages or completion files (for packaging)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'wazuh-ctl;help;agents'= {
            cand list 'List agents, with filters, a WQL query, sorting and paging'
            cand watch 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
            cand get 'Show agents by id'
            cand summary 'Count agents by connection and configuration status, or list their OS platforms'
            cand add 'Register an agent; prints its id and key (`--jq .key` gives the key alone)'
            cand insert 'Register an agent with a chosen id and key; prints its id and key'
            cand key 'Show an agent''s registration key'
            cand delete 'Delete agents (asks first; `--yes` without a terminal)'
            cand no-group 'List the agents that belong to no group'
            cand outdated 'List the agents whose Wazuh version differs from the manager''s, whatever their status'
            cand stats 'Agent statistics'
            cand config 'Show one section of an agent''s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)'
            cand daemon-stats 'Show what the manager''s daemons (remoted, analysisd) count about an active agent'
            cand sync 'Show whether agents run their groups'' latest configuration'
            cand uninstall-check 'Check that you may uninstall agents'
            cand group 'Add an agent to a group or remove it from groups'
            cand restart 'Restart agents: listed ids, `--all`, a group''s or a node''s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
            cand reconnect 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures'
            cand upgrade 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent'
            cand upgrade-result 'Show each agent''s last upgrade task'
        }
        &'wazuh-ctl;help;agents;list'= {
        }
        &'wazuh-ctl;help;agents;watch'= {
        }
        &'wazuh-ctl;help;agents;get'= {
        }
        &'wazuh-ctl;help;agents;summary'= {
        }
        &'wazuh-ctl;help;agents;add'= {
        }
        &'wazuh-ctl;help;agents;insert'= {
        }
        &'wazuh-ctl;help;agents;key'= {
        }
        &'wazuh-ctl;help;agents;delete'= {
        }
        &'wazuh-ctl;help;agents;no-group'= {
        }
        &'wazuh-ctl;help;agents;outdated'= {
        }
        &'wazuh-ctl;help;agents;stats'= {
            cand distinct 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`'
            cand component 'Show the counters of an agent''s own logcollector or agent daemon'
        }
        &'wazuh-ctl;help;agents;stats;distinct'= {
        }
        &'wazuh-ctl;help;agents;stats;component'= {
        }
        &'wazuh-ctl;help;agents;config'= {
        }
        &'wazuh-ctl;help;agents;daemon-stats'= {
        }
        &'wazuh-ctl;help;agents;sync'= {
        }
        &'wazuh-ctl;help;agents;uninstall-check'= {
        }
        &'wazuh-ctl;help;agents;group'= {
            cand add 'Add an agent to a group'
            cand remove 'Remove an agent from a group, or from all its groups (asks first)'
        }
        &'wazuh-ctl;help;agents;group;add'= {
        }
        &'wazuh-ctl;help;agents;group;remove'= {
        }
        &'wazuh-ctl;help;agents;restart'= {
        }
        &'wazuh-ctl;help;agents;reconnect'= {
        }
        &'wazuh-ctl;help;agents;upgrade'= {
        }
        &'wazuh-ctl;help;agents;upgrade-result'= {
        }
        &'wazuh-ctl;help;groups'= {
            cand list 'List groups with their agent counts'
            cand agents 'List the agents of a group'
            cand create 'Create a group'
            cand delete 'Delete groups (asks first; `--yes` without a terminal)'
            cand assign 'Add agents to a group'
            cand unassign 'Remove agents from a group (asks first; `--yes` without a terminal)'
            cand config 'Show or replace a group''s configuration (agent.conf)'
            cand files 'List the files of a group with their checksums'
            cand file 'Show one file of a group'
        }
        &'wazuh-ctl;help;groups;list'= {
        }
        &'wazuh-ctl;help;groups;agents'= {
        }
        &'wazuh-ctl;help;groups;create'= {
        }
        &'wazuh-ctl;help;groups;delete'= {
        }
        &'wazuh-ctl;help;groups;assign'= {
        }
        &'wazuh-ctl;help;groups;unassign'= {
        }
        &'wazuh-ctl;help;groups;config'= {
            cand get 'Show a group''s configuration as JSON'
            cand set 'Replace a group''s configuration with an XML file (checked before it is sent)'
        }
        &'wazuh-ctl;help;groups;config;get'= {
        }
        &'wazuh-ctl;help;groups;config;set'= {
        }
        &'wazuh-ctl;help;groups;files'= {
        }
        &'wazuh-ctl;help;groups;file'= {
        }
        &'wazuh-ctl;help;overview'= {
        }
        &'wazuh-ctl;help;active-response'= {
            cand run 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager''s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures'
        }
        &'wazuh-ctl;help;active-response;run'= {
        }
        &'wazuh-ctl;help;events'= {
            cand send 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all'
        }
        &'wazuh-ctl;help;events;send'= {
        }
        &'wazuh-ctl;help;syscheck'= {
            cand run 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
        }
        &'wazuh-ctl;help;syscheck;run'= {
        }
        &'wazuh-ctl;help;rootcheck'= {
            cand run 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)'
        }
        &'wazuh-ctl;help;rootcheck;run'= {
        }
        &'wazuh-ctl;help;security'= {
            cand users 'API users: list, create, change passwords, delete, give roles, allow run_as'
            cand roles 'Roles: list, create, rename, delete, link policies and security rules'
            cand policies 'Policies (actions allowed or denied on resources): list, create, update, delete'
            cand rules 'Security rules (which run_as contexts get which roles): list, create, update, delete'
            cand config 'Show or change the token lifetime and the RBAC mode'
            cand revoke 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)'
            cand actions 'List the RBAC actions with their resource types and the operations that check them'
            cand resources 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)'
        }
        &'wazuh-ctl;help;security;users'= {
            cand list 'List users with their roles'
            cand get 'Show users by id'
            cand create 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)'
            cand update 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked'
            cand delete 'Delete users (asks first; `--yes` without a terminal)'
            cand add-role 'Give roles to a user (its tokens are revoked)'
            cand remove-role 'Take roles from a user (asks first; `--yes` without a terminal)'
            cand run-as 'Allow or forbid a user to log in with an authorization context (`login --run-as`)'
        }
        &'wazuh-ctl;help;security;users;list'= {
        }
        &'wazuh-ctl;help;security;users;get'= {
        }
        &'wazuh-ctl;help;security;users;create'= {
        }
        &'wazuh-ctl;help;security;users;update'= {
        }
        &'wazuh-ctl;help;security;users;delete'= {
        }
        &'wazuh-ctl;help;security;users;add-role'= {
        }
        &'wazuh-ctl;help;security;users;remove-role'= {
        }
        &'wazuh-ctl;help;security;users;run-as'= {
        }
        &'wazuh-ctl;help;security;roles'= {
            cand list 'List roles with their policies, users and security rules'
            cand get 'Show roles by id'
            cand create 'Create a role (link policies to it with `add-policy`)'
            cand update 'Rename a role (its users'' tokens are revoked)'
            cand delete 'Delete roles (asks first; `--yes` without a terminal)'
            cand add-policy 'Link policies to a role'
            cand remove-policy 'Unlink policies from a role (asks first; `--yes` without a terminal)'
            cand add-rule 'Link security rules to a role (run_as logins whose context a rule matches get the role)'
            cand remove-rule 'Unlink security rules from a role (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;help;security;roles;list'= {
        }
        &'wazuh-ctl;help;security;roles;get'= {
        }
        &'wazuh-ctl;help;security;roles;create'= {
        }
        &'wazuh-ctl;help;security;roles;update'= {
        }
        &'wazuh-ctl;help;security;roles;delete'= {
        }
        &'wazuh-ctl;help;security;roles;add-policy'= {
        }
        &'wazuh-ctl;help;security;roles;remove-policy'= {
        }
        &'wazuh-ctl;help;security;roles;add-rule'= {
        }
        &'wazuh-ctl;help;security;roles;remove-rule'= {
        }
        &'wazuh-ctl;help;security;policies'= {
            cand list 'List policies with their actions, resources and effect'
            cand get 'Show policies by id'
            cand create 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)'
            cand update 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)'
            cand delete 'Delete policies (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;help;security;policies;list'= {
        }
        &'wazuh-ctl;help;security;policies;get'= {
        }
        &'wazuh-ctl;help;security;policies;create'= {
        }
        &'wazuh-ctl;help;security;policies;update'= {
        }
        &'wazuh-ctl;help;security;policies;delete'= {
        }
        &'wazuh-ctl;help;security;rules'= {
            cand list 'List security rules (which run_as contexts get which roles)'
            cand get 'Show security rules by id'
            cand create 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)'
            cand update 'Rename a security rule or replace its body'
            cand delete 'Delete security rules (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;help;security;rules;list'= {
        }
        &'wazuh-ctl;help;security;rules;get'= {
        }
        &'wazuh-ctl;help;security;rules;create'= {
        }
        &'wazuh-ctl;help;security;rules;update'= {
        }
        &'wazuh-ctl;help;security;rules;delete'= {
        }
        &'wazuh-ctl;help;security;config'= {
            cand get 'Show the token lifetime and the RBAC mode'
            cand set 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)'
            cand reset 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)'
        }
        &'wazuh-ctl;help;security;config;get'= {
        }
        &'wazuh-ctl;help;security;config;set'= {
        }
        &'wazuh-ctl;help;security;config;reset'= {
        }
        &'wazuh-ctl;help;security;revoke'= {
        }
        &'wazuh-ctl;help;security;actions'= {
        }
        &'wazuh-ctl;help;security;resources'= {
        }
        &'wazuh-ctl;help;tasks'= {
            cand list 'List tasks (e.g. agent upgrades) with their status'
            cand watch 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped'
        }
        &'wazuh-ctl;help;tasks;list'= {
        }
        &'wazuh-ctl;help;tasks;watch'= {
        }
        &'wazuh-ctl;help;api'= {
        }
        &'wazuh-ctl;help;login'= {
        }
        &'wazuh-ctl;help;logout'= {
        }
        &'wazuh-ctl;help;whoami'= {
        }
        &'wazuh-ctl;help;config'= {
            cand list 'List the contexts; the current one is marked with `*`'
            cand use 'Make a context the current one'
            cand set 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store'
            cand delete 'Delete a context and its stored secrets'
            cand view 'Print the config file (it holds no secrets)'
        }
        &'wazuh-ctl;help;config;list'= {
        }
        &'wazuh-ctl;help;config;use'= {
        }
        &'wazuh-ctl;help;config;set'= {
        }
        &'wazuh-ctl;help;config;delete'= {
        }
        &'wazuh-ctl;help;config;view'= {
        }
        &'wazuh-ctl;help;completion'= {
        }
        &'wazuh-ctl;help;serve'= {
        }
        &'wazuh-ctl;help;generate'= {
            cand man 'Write one man page per command'
            cand completions 'Write completion scripts for bash, zsh, fish, powershell and elvish'
        }
        &'wazuh-ctl;help;generate;man'= {
        }
        &'wazuh-ctl;help;generate;completions'= {
        }
        &'wazuh-ctl;help;help'= {
        }
    ]
    $completions[$command]
}

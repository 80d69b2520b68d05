
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'wazuh-ctl' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'wazuh-ctl'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'wazuh-ctl' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Same as --quiet (only before the command: list commands use -q for --query)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'List, register, delete and group agents')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Create, delete and configure groups, and assign agents to them')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the dashboard summary of the fleet')
            [CompletionResult]::new('active-response', 'active-response', [CompletionResultType]::ParameterValue, 'Run active-response commands on agents')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Send security events to the manager''s analysis engine')
            [CompletionResult]::new('syscheck', 'syscheck', [CompletionResultType]::ParameterValue, 'Start file integrity (syscheck) scans on agents')
            [CompletionResult]::new('rootcheck', 'rootcheck', [CompletionResultType]::ParameterValue, 'Start rootcheck scans on agents')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Administer API users, roles, policies and security rules (RBAC)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'List the tasks the manager runs for agents (upgrades)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any request to the API and print the raw answer')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep the token (in the keyring, or the file store when configured)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the token on the server and forget the stored secrets')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the user you are logged in as, and its roles (or its permissions)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage contexts (named servers) in the config file')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it (`lab-ephemeral` with --ephemeral)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate man pages or completion files (for packaging)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents, with filters, a WQL query, sorting and paging')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List agents, with filters, a WQL query, sorting and paging')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show agents by id')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Count agents by connection and configuration status, or list their OS platforms')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an agent; prints its id and key (`--jq .key` gives the key alone)')
            [CompletionResult]::new('insert', 'insert', [CompletionResultType]::ParameterValue, 'Register an agent with a chosen id and key; prints its id and key')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Show an agent''s registration key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete agents (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('no-group', 'no-group', [CompletionResultType]::ParameterValue, 'List the agents that belong to no group')
            [CompletionResult]::new('outdated', 'outdated', [CompletionResultType]::ParameterValue, 'List the agents whose Wazuh version differs from the manager''s, whatever their status')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Agent statistics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show one section of an agent''s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)')
            [CompletionResult]::new('daemon-stats', 'daemon-stats', [CompletionResultType]::ParameterValue, 'Show what the manager''s daemons (remoted, analysisd) count about an active agent')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Show whether agents run their groups'' latest configuration')
            [CompletionResult]::new('uninstall-check', 'uninstall-check', [CompletionResultType]::ParameterValue, 'Check that you may uninstall agents')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Add an agent to a group or remove it from groups')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart agents: listed ids, `--all`, a group''s or a node''s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent')
            [CompletionResult]::new('upgrade-result', 'upgrade-result', [CompletionResultType]::ParameterValue, 'Show each agent''s last upgrade task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents;list' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only agents with this status (repeat or separate with commas)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only agents in this group')
            [CompletionResult]::new('--os-platform', '--os-platform', [CompletionResultType]::ParameterName, 'Only agents on this OS platform, e.g. ubuntu')
            [CompletionResult]::new('--os-name', '--os-name', [CompletionResultType]::ParameterName, 'Only agents with this OS name, e.g. Ubuntu')
            [CompletionResult]::new('--os-version', '--os-version', [CompletionResultType]::ParameterName, 'Only agents with this OS version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only agents of this Wazuh version, e.g. ''Wazuh v4.12.0''')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only agents reporting to this cluster node')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the agent with this name')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only the agent with this IP')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;ls' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only agents with this status (repeat or separate with commas)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only agents in this group')
            [CompletionResult]::new('--os-platform', '--os-platform', [CompletionResultType]::ParameterName, 'Only agents on this OS platform, e.g. ubuntu')
            [CompletionResult]::new('--os-name', '--os-name', [CompletionResultType]::ParameterName, 'Only agents with this OS name, e.g. Ubuntu')
            [CompletionResult]::new('--os-version', '--os-version', [CompletionResultType]::ParameterName, 'Only agents with this OS version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only agents of this Wazuh version, e.g. ''Wazuh v4.12.0''')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only agents reporting to this cluster node')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the agent with this name')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only the agent with this IP')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;watch' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only agents with this status (repeat or separate with commas)')
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Only agents in this group')
            [CompletionResult]::new('--os-platform', '--os-platform', [CompletionResultType]::ParameterName, 'Only agents on this OS platform, e.g. ubuntu')
            [CompletionResult]::new('--os-name', '--os-name', [CompletionResultType]::ParameterName, 'Only agents with this OS name, e.g. Ubuntu')
            [CompletionResult]::new('--os-version', '--os-version', [CompletionResultType]::ParameterName, 'Only agents with this OS version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Only agents of this Wazuh version, e.g. ''Wazuh v4.12.0''')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only agents reporting to this cluster node')
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'Only the agent with this name')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'Only the agent with this IP')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;summary' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--os', '--os', [CompletionResultType]::ParameterName, 'List the distinct OS platforms instead')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;add' {
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'The agent IP, or `any` (default: the address the request comes from)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;insert' {
            [CompletionResult]::new('--id', '--id', [CompletionResultType]::ParameterName, 'The agent id (allocated when left out)')
            [CompletionResult]::new('--ip', '--ip', [CompletionResultType]::ParameterName, 'The agent IP, or `any`')
            [CompletionResult]::new('--key', '--key', [CompletionResultType]::ParameterName, 'The registration key (at least 64 characters; generated when left out)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Replace an existing agent with the same name, id or IP (Wazuh''s defaults: one registered over an hour ago and disconnected for an hour)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;key' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;delete' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only agents with this status (`all` for any): needed with `all`; listed ids are deleted whatever their status unless it is given')
            [CompletionResult]::new('--older-than', '--older-than', [CompletionResultType]::ParameterName, 'Only agents whose last keep-alive (or registration) is older than this, e.g. 30m, 7d (default: 0s for listed ids, the API''s implicit 7d for `all`)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--purge', '--purge', [CompletionResultType]::ParameterName, 'Also remove the agents from the keys file for good')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;no-group' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;outdated' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;stats' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('distinct', 'distinct', [CompletionResultType]::ParameterValue, 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Show the counters of an agent''s own logcollector or agent daemon')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents;stats;distinct' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;stats;component' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;stats;help' {
            [CompletionResult]::new('distinct', 'distinct', [CompletionResultType]::ParameterValue, 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Show the counters of an agent''s own logcollector or agent daemon')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents;stats;help;distinct' {
            break
        }
        'wazuh-ctl;agents;stats;help;component' {
            break
        }
        'wazuh-ctl;agents;stats;help;help' {
            break
        }
        'wazuh-ctl;agents;config' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;daemon-stats' {
            [CompletionResult]::new('--daemon', '--daemon', [CompletionResultType]::ParameterName, 'Only this daemon (repeat or separate with commas; default: every daemon)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;sync' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;uninstall-check' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;group' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an agent to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent from a group, or from all its groups (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents;group;add' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--force-single', '--force-single', [CompletionResultType]::ParameterName, 'Make it the agent''s only group instead of adding it')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;group;remove' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;group;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an agent to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent from a group, or from all its groups (asks first)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents;group;help;add' {
            break
        }
        'wazuh-ctl;agents;group;help;remove' {
            break
        }
        'wazuh-ctl;agents;group;help;help' {
            break
        }
        'wazuh-ctl;agents;restart' {
            [CompletionResult]::new('--group', '--group', [CompletionResultType]::ParameterName, 'Restart every agent of this group')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Restart every agent reporting to this cluster node')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Restart every agent')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;reconnect' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Reconnect every agent')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;upgrade' {
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Version to upgrade to, e.g. 4.12.0 (default: the manager''s)')
            [CompletionResult]::new('--wpk-repo', '--wpk-repo', [CompletionResultType]::ParameterName, 'WPK repository URL')
            [CompletionResult]::new('--package-type', '--package-type', [CompletionResultType]::ParameterName, 'Package type of the WPK')
            [CompletionResult]::new('--custom', '--custom', [CompletionResultType]::ParameterName, 'Upgrade with this WPK file on the manager instead of a repository')
            [CompletionResult]::new('--installer', '--installer', [CompletionResultType]::ParameterName, 'The installation script inside the custom WPK')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Upgrade every agent (the manager''s upgrade checks still apply)')
            [CompletionResult]::new('--use-http', '--use-http', [CompletionResultType]::ParameterName, 'Download the WPK over HTTP instead of HTTPS')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Upgrade even to the same or an older version, or beyond the manager''s')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;upgrade-result' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;agents;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents, with filters, a WQL query, sorting and paging')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show agents by id')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Count agents by connection and configuration status, or list their OS platforms')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an agent; prints its id and key (`--jq .key` gives the key alone)')
            [CompletionResult]::new('insert', 'insert', [CompletionResultType]::ParameterValue, 'Register an agent with a chosen id and key; prints its id and key')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Show an agent''s registration key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete agents (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('no-group', 'no-group', [CompletionResultType]::ParameterValue, 'List the agents that belong to no group')
            [CompletionResult]::new('outdated', 'outdated', [CompletionResultType]::ParameterValue, 'List the agents whose Wazuh version differs from the manager''s, whatever their status')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Agent statistics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show one section of an agent''s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)')
            [CompletionResult]::new('daemon-stats', 'daemon-stats', [CompletionResultType]::ParameterValue, 'Show what the manager''s daemons (remoted, analysisd) count about an active agent')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Show whether agents run their groups'' latest configuration')
            [CompletionResult]::new('uninstall-check', 'uninstall-check', [CompletionResultType]::ParameterValue, 'Check that you may uninstall agents')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Add an agent to a group or remove it from groups')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart agents: listed ids, `--all`, a group''s or a node''s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent')
            [CompletionResult]::new('upgrade-result', 'upgrade-result', [CompletionResultType]::ParameterValue, 'Show each agent''s last upgrade task')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;agents;help;list' {
            break
        }
        'wazuh-ctl;agents;help;watch' {
            break
        }
        'wazuh-ctl;agents;help;get' {
            break
        }
        'wazuh-ctl;agents;help;summary' {
            break
        }
        'wazuh-ctl;agents;help;add' {
            break
        }
        'wazuh-ctl;agents;help;insert' {
            break
        }
        'wazuh-ctl;agents;help;key' {
            break
        }
        'wazuh-ctl;agents;help;delete' {
            break
        }
        'wazuh-ctl;agents;help;no-group' {
            break
        }
        'wazuh-ctl;agents;help;outdated' {
            break
        }
        'wazuh-ctl;agents;help;stats' {
            [CompletionResult]::new('distinct', 'distinct', [CompletionResultType]::ParameterValue, 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Show the counters of an agent''s own logcollector or agent daemon')
            break
        }
        'wazuh-ctl;agents;help;stats;distinct' {
            break
        }
        'wazuh-ctl;agents;help;stats;component' {
            break
        }
        'wazuh-ctl;agents;help;config' {
            break
        }
        'wazuh-ctl;agents;help;daemon-stats' {
            break
        }
        'wazuh-ctl;agents;help;sync' {
            break
        }
        'wazuh-ctl;agents;help;uninstall-check' {
            break
        }
        'wazuh-ctl;agents;help;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an agent to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent from a group, or from all its groups (asks first)')
            break
        }
        'wazuh-ctl;agents;help;group;add' {
            break
        }
        'wazuh-ctl;agents;help;group;remove' {
            break
        }
        'wazuh-ctl;agents;help;restart' {
            break
        }
        'wazuh-ctl;agents;help;reconnect' {
            break
        }
        'wazuh-ctl;agents;help;upgrade' {
            break
        }
        'wazuh-ctl;agents;help;upgrade-result' {
            break
        }
        'wazuh-ctl;agents;help;help' {
            break
        }
        'wazuh-ctl;groups' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their agent counts')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List groups with their agent counts')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'List the agents of a group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Add agents to a group')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove agents from a group (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or replace a group''s configuration (agent.conf)')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of a group with their checksums')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Show one file of a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;groups;list' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;ls' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;agents' {
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only agents with this status (repeat or separate with commas)')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;create' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;delete' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;assign' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--force-single', '--force-single', [CompletionResultType]::ParameterName, 'Make it the agents'' only group instead of adding it')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;unassign' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;config' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a group''s configuration as JSON')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a group''s configuration with an XML file (checked before it is sent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;groups;config;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;config;set' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'The agent.conf XML file, or `-` for stdin')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a group''s configuration as JSON')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a group''s configuration with an XML file (checked before it is sent)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;groups;config;help;get' {
            break
        }
        'wazuh-ctl;groups;config;help;set' {
            break
        }
        'wazuh-ctl;groups;config;help;help' {
            break
        }
        'wazuh-ctl;groups;files' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;file' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--raw', '--raw', [CompletionResultType]::ParameterName, 'Print the file as it is (XML or text) instead of as JSON')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;groups;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their agent counts')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'List the agents of a group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Add agents to a group')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove agents from a group (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or replace a group''s configuration (agent.conf)')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of a group with their checksums')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Show one file of a group')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;groups;help;list' {
            break
        }
        'wazuh-ctl;groups;help;agents' {
            break
        }
        'wazuh-ctl;groups;help;create' {
            break
        }
        'wazuh-ctl;groups;help;delete' {
            break
        }
        'wazuh-ctl;groups;help;assign' {
            break
        }
        'wazuh-ctl;groups;help;unassign' {
            break
        }
        'wazuh-ctl;groups;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a group''s configuration as JSON')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a group''s configuration with an XML file (checked before it is sent)')
            break
        }
        'wazuh-ctl;groups;help;config;get' {
            break
        }
        'wazuh-ctl;groups;help;config;set' {
            break
        }
        'wazuh-ctl;groups;help;files' {
            break
        }
        'wazuh-ctl;groups;help;file' {
            break
        }
        'wazuh-ctl;groups;help;help' {
            break
        }
        'wazuh-ctl;overview' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;active-response' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager''s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;active-response;run' {
            [CompletionResult]::new('--agents', '--agents', [CompletionResultType]::ParameterName, 'Agent ids, or `-` to read them from stdin (one per line)')
            [CompletionResult]::new('--arg', '--arg', [CompletionResultType]::ParameterName, 'An argument for the command (repeat for several)')
            [CompletionResult]::new('--alert-json', '--alert-json', [CompletionResultType]::ParameterName, 'The alert the command acts on: a JSON object, or a file holding one (`-`: stdin)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Run it on every agent')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;active-response;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager''s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;active-response;help;run' {
            break
        }
        'wazuh-ctl;active-response;help;help' {
            break
        }
        'wazuh-ctl;events' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;events;send' {
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the events from a file, one per line (`-`: stdin)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;events;help' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;events;help;send' {
            break
        }
        'wazuh-ctl;events;help;help' {
            break
        }
        'wazuh-ctl;syscheck' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;syscheck;run' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Scan every agent')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;syscheck;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;syscheck;help;run' {
            break
        }
        'wazuh-ctl;syscheck;help;help' {
            break
        }
        'wazuh-ctl;rootcheck' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;rootcheck;run' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Scan every agent')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;rootcheck;help' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;rootcheck;help;run' {
            break
        }
        'wazuh-ctl;rootcheck;help;help' {
            break
        }
        'wazuh-ctl;security' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'API users: list, create, change passwords, delete, give roles, allow run_as')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles: list, create, rename, delete, link policies and security rules')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Policies (actions allowed or denied on resources): list, create, update, delete')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Security rules (which run_as contexts get which roles): list, create, update, delete')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or change the token lifetime and the RBAC mode')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List the RBAC actions with their resource types and the operations that check them')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;users' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their roles')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List users with their roles')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-role', 'add-role', [CompletionResultType]::ParameterValue, 'Give roles to a user (its tokens are revoked)')
            [CompletionResult]::new('remove-role', 'remove-role', [CompletionResultType]::ParameterValue, 'Take roles from a user (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('run-as', 'run-as', [CompletionResultType]::ParameterValue, 'Allow or forbid a user to log in with an authorization context (`login --run-as`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;users;list' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;ls' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;create' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin (else WAZUH_NEW_PASSWORD, else a prompt on a terminal)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;update' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--password-stdin', '--password-stdin', [CompletionResultType]::ParameterName, 'Read the new password from the first line of stdin (else WAZUH_NEW_PASSWORD, else a prompt on a terminal)')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;delete' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;add-role' {
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Where to insert the roles in the user''s role order (0 first; default: last)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;remove-role' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;run-as' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;users;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their roles')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-role', 'add-role', [CompletionResultType]::ParameterValue, 'Give roles to a user (its tokens are revoked)')
            [CompletionResult]::new('remove-role', 'remove-role', [CompletionResultType]::ParameterValue, 'Take roles from a user (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('run-as', 'run-as', [CompletionResultType]::ParameterValue, 'Allow or forbid a user to log in with an authorization context (`login --run-as`)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;users;help;list' {
            break
        }
        'wazuh-ctl;security;users;help;get' {
            break
        }
        'wazuh-ctl;security;users;help;create' {
            break
        }
        'wazuh-ctl;security;users;help;update' {
            break
        }
        'wazuh-ctl;security;users;help;delete' {
            break
        }
        'wazuh-ctl;security;users;help;add-role' {
            break
        }
        'wazuh-ctl;security;users;help;remove-role' {
            break
        }
        'wazuh-ctl;security;users;help;run-as' {
            break
        }
        'wazuh-ctl;security;users;help;help' {
            break
        }
        'wazuh-ctl;security;roles' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their policies, users and security rules')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List roles with their policies, users and security rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show roles by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (link policies to it with `add-policy`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (its users'' tokens are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-policy', 'add-policy', [CompletionResultType]::ParameterValue, 'Link policies to a role')
            [CompletionResult]::new('remove-policy', 'remove-policy', [CompletionResultType]::ParameterValue, 'Unlink policies from a role (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-rule', 'add-rule', [CompletionResultType]::ParameterValue, 'Link security rules to a role (run_as logins whose context a rule matches get the role)')
            [CompletionResult]::new('remove-rule', 'remove-rule', [CompletionResultType]::ParameterValue, 'Unlink security rules from a role (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;roles;list' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;ls' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;create' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;delete' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;add-policy' {
            [CompletionResult]::new('--position', '--position', [CompletionResultType]::ParameterName, 'Where to insert the policies in the role''s order (0 first; default: last). Later policies win over earlier ones for the same resource')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;remove-policy' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;add-rule' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;remove-rule' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;roles;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their policies, users and security rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show roles by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (link policies to it with `add-policy`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (its users'' tokens are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-policy', 'add-policy', [CompletionResultType]::ParameterValue, 'Link policies to a role')
            [CompletionResult]::new('remove-policy', 'remove-policy', [CompletionResultType]::ParameterValue, 'Unlink policies from a role (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-rule', 'add-rule', [CompletionResultType]::ParameterValue, 'Link security rules to a role (run_as logins whose context a rule matches get the role)')
            [CompletionResult]::new('remove-rule', 'remove-rule', [CompletionResultType]::ParameterValue, 'Unlink security rules from a role (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;roles;help;list' {
            break
        }
        'wazuh-ctl;security;roles;help;get' {
            break
        }
        'wazuh-ctl;security;roles;help;create' {
            break
        }
        'wazuh-ctl;security;roles;help;update' {
            break
        }
        'wazuh-ctl;security;roles;help;delete' {
            break
        }
        'wazuh-ctl;security;roles;help;add-policy' {
            break
        }
        'wazuh-ctl;security;roles;help;remove-policy' {
            break
        }
        'wazuh-ctl;security;roles;help;add-rule' {
            break
        }
        'wazuh-ctl;security;roles;help;remove-rule' {
            break
        }
        'wazuh-ctl;security;roles;help;help' {
            break
        }
        'wazuh-ctl;security;policies' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies with their actions, resources and effect')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List policies with their actions, resources and effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show policies by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete policies (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;policies;list' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;policies;ls' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;policies;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;policies;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;policies;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;policies;delete' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;policies;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies with their actions, resources and effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show policies by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete policies (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;policies;help;list' {
            break
        }
        'wazuh-ctl;security;policies;help;get' {
            break
        }
        'wazuh-ctl;security;policies;help;create' {
            break
        }
        'wazuh-ctl;security;policies;help;update' {
            break
        }
        'wazuh-ctl;security;policies;help;delete' {
            break
        }
        'wazuh-ctl;security;policies;help;help' {
            break
        }
        'wazuh-ctl;security;rules' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List security rules (which run_as contexts get which roles)')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List security rules (which run_as contexts get which roles)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show security rules by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a security rule or replace its body')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete security rules (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;rules;list' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;rules;ls' {
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;rules;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;rules;create' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;rules;update' {
            [CompletionResult]::new('--name', '--name', [CompletionResultType]::ParameterName, 'The new name')
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--file', '--file', [CompletionResultType]::ParameterName, 'Read the document from a JSON or TOML file (`-` for stdin) instead')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;rules;delete' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;rules;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List security rules (which run_as contexts get which roles)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show security rules by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a security rule or replace its body')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete security rules (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;rules;help;list' {
            break
        }
        'wazuh-ctl;security;rules;help;get' {
            break
        }
        'wazuh-ctl;security;rules;help;create' {
            break
        }
        'wazuh-ctl;security;rules;help;update' {
            break
        }
        'wazuh-ctl;security;rules;help;delete' {
            break
        }
        'wazuh-ctl;security;rules;help;help' {
            break
        }
        'wazuh-ctl;security;config' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the token lifetime and the RBAC mode')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;config;get' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;config;set' {
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Token lifetime in seconds (at least 30)')
            [CompletionResult]::new('--rbac-mode', '--rbac-mode', [CompletionResultType]::ParameterName, 'RBAC mode: white (nothing is allowed unless a policy allows it) or black (everything is allowed unless a policy denies it)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;config;reset' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;config;help' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the token lifetime and the RBAC mode')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;config;help;get' {
            break
        }
        'wazuh-ctl;security;config;help;set' {
            break
        }
        'wazuh-ctl;security;config;help;reset' {
            break
        }
        'wazuh-ctl;security;config;help;help' {
            break
        }
        'wazuh-ctl;security;revoke' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;actions' {
            [CompletionResult]::new('--endpoint', '--endpoint', [CompletionResultType]::ParameterName, 'Only the actions one operation checks, e.g. ''GET /agents''')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;resources' {
            [CompletionResult]::new('--resource', '--resource', [CompletionResultType]::ParameterName, 'Only this resource type, e.g. agent:group')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;security;help' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'API users: list, create, change passwords, delete, give roles, allow run_as')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles: list, create, rename, delete, link policies and security rules')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Policies (actions allowed or denied on resources): list, create, update, delete')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Security rules (which run_as contexts get which roles): list, create, update, delete')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or change the token lifetime and the RBAC mode')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List the RBAC actions with their resource types and the operations that check them')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;security;help;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their roles')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-role', 'add-role', [CompletionResultType]::ParameterValue, 'Give roles to a user (its tokens are revoked)')
            [CompletionResult]::new('remove-role', 'remove-role', [CompletionResultType]::ParameterValue, 'Take roles from a user (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('run-as', 'run-as', [CompletionResultType]::ParameterValue, 'Allow or forbid a user to log in with an authorization context (`login --run-as`)')
            break
        }
        'wazuh-ctl;security;help;users;list' {
            break
        }
        'wazuh-ctl;security;help;users;get' {
            break
        }
        'wazuh-ctl;security;help;users;create' {
            break
        }
        'wazuh-ctl;security;help;users;update' {
            break
        }
        'wazuh-ctl;security;help;users;delete' {
            break
        }
        'wazuh-ctl;security;help;users;add-role' {
            break
        }
        'wazuh-ctl;security;help;users;remove-role' {
            break
        }
        'wazuh-ctl;security;help;users;run-as' {
            break
        }
        'wazuh-ctl;security;help;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their policies, users and security rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show roles by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (link policies to it with `add-policy`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (its users'' tokens are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-policy', 'add-policy', [CompletionResultType]::ParameterValue, 'Link policies to a role')
            [CompletionResult]::new('remove-policy', 'remove-policy', [CompletionResultType]::ParameterValue, 'Unlink policies from a role (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-rule', 'add-rule', [CompletionResultType]::ParameterValue, 'Link security rules to a role (run_as logins whose context a rule matches get the role)')
            [CompletionResult]::new('remove-rule', 'remove-rule', [CompletionResultType]::ParameterValue, 'Unlink security rules from a role (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;security;help;roles;list' {
            break
        }
        'wazuh-ctl;security;help;roles;get' {
            break
        }
        'wazuh-ctl;security;help;roles;create' {
            break
        }
        'wazuh-ctl;security;help;roles;update' {
            break
        }
        'wazuh-ctl;security;help;roles;delete' {
            break
        }
        'wazuh-ctl;security;help;roles;add-policy' {
            break
        }
        'wazuh-ctl;security;help;roles;remove-policy' {
            break
        }
        'wazuh-ctl;security;help;roles;add-rule' {
            break
        }
        'wazuh-ctl;security;help;roles;remove-rule' {
            break
        }
        'wazuh-ctl;security;help;policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies with their actions, resources and effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show policies by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete policies (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;security;help;policies;list' {
            break
        }
        'wazuh-ctl;security;help;policies;get' {
            break
        }
        'wazuh-ctl;security;help;policies;create' {
            break
        }
        'wazuh-ctl;security;help;policies;update' {
            break
        }
        'wazuh-ctl;security;help;policies;delete' {
            break
        }
        'wazuh-ctl;security;help;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List security rules (which run_as contexts get which roles)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show security rules by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a security rule or replace its body')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete security rules (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;security;help;rules;list' {
            break
        }
        'wazuh-ctl;security;help;rules;get' {
            break
        }
        'wazuh-ctl;security;help;rules;create' {
            break
        }
        'wazuh-ctl;security;help;rules;update' {
            break
        }
        'wazuh-ctl;security;help;rules;delete' {
            break
        }
        'wazuh-ctl;security;help;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the token lifetime and the RBAC mode')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;security;help;config;get' {
            break
        }
        'wazuh-ctl;security;help;config;set' {
            break
        }
        'wazuh-ctl;security;help;config;reset' {
            break
        }
        'wazuh-ctl;security;help;revoke' {
            break
        }
        'wazuh-ctl;security;help;actions' {
            break
        }
        'wazuh-ctl;security;help;resources' {
            break
        }
        'wazuh-ctl;security;help;help' {
            break
        }
        'wazuh-ctl;tasks' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tasks (e.g. agent upgrades) with their status')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;tasks;list' {
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Only tasks of this agent (repeatable)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task (repeatable)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only tasks with this status, e.g. Pending, ''In progress'', Done, Failed')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Only tasks of this command, e.g. upgrade, upgrade_custom')
            [CompletionResult]::new('--module', '--module', [CompletionResultType]::ParameterName, 'Only tasks of this module, e.g. upgrade_module')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only tasks run on this cluster node')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;tasks;watch' {
            [CompletionResult]::new('--agent', '--agent', [CompletionResultType]::ParameterName, 'Only tasks of this agent (repeatable)')
            [CompletionResult]::new('--task', '--task', [CompletionResultType]::ParameterName, 'Only this task (repeatable)')
            [CompletionResult]::new('--status', '--status', [CompletionResultType]::ParameterName, 'Only tasks with this status, e.g. Pending, ''In progress'', Done, Failed')
            [CompletionResult]::new('--command', '--command', [CompletionResultType]::ParameterName, 'Only tasks of this command, e.g. upgrade, upgrade_custom')
            [CompletionResult]::new('--module', '--module', [CompletionResultType]::ParameterName, 'Only tasks of this module, e.g. upgrade_module')
            [CompletionResult]::new('--node', '--node', [CompletionResultType]::ParameterName, 'Only tasks run on this cluster node')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'WQL query, e.g. ''os.platform=ubuntu;status=active''')
            [CompletionResult]::new('--search', '--search', [CompletionResultType]::ParameterName, 'Only items with this text in any field (a leading `-` excludes it)')
            [CompletionResult]::new('--sort', '--sort', [CompletionResultType]::ParameterName, 'Sort by fields: `[+-]field[,field...]`')
            [CompletionResult]::new('--limit', '--limit', [CompletionResultType]::ParameterName, 'How many items to return (with --all: the page size, default 500)')
            [CompletionResult]::new('--offset', '--offset', [CompletionResultType]::ParameterName, 'How many items to skip')
            [CompletionResult]::new('--interval', '--interval', [CompletionResultType]::ParameterName, 'How often to poll: e.g. 2s, 500ms, 1m, or plain seconds (at least 500ms)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--all', '--all', [CompletionResultType]::ParameterName, 'Fetch every page')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;tasks;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tasks (e.g. agent upgrades) with their status')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;tasks;help;list' {
            break
        }
        'wazuh-ctl;tasks;help;watch' {
            break
        }
        'wazuh-ctl;tasks;help;help' {
            break
        }
        'wazuh-ctl;api' {
            [CompletionResult]::new('-f', '-f', [CompletionResultType]::ParameterName, 'A query parameter (GET, DELETE) or a string member of the JSON body (POST, PUT)')
            [CompletionResult]::new('--raw-field', '--raw-field', [CompletionResultType]::ParameterName, 'A query parameter (GET, DELETE) or a string member of the JSON body (POST, PUT)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'Read the JSON body from a file, or from stdin with `-`')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;login' {
            [CompletionResult]::new('--run-as', '--run-as', [CompletionResultType]::ParameterName, 'Log in with an authorization context (JSON object, e.g. ''{"username":"elastic"}''): the token''s roles are those whose security rules match it (run_as)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--save-password', '--save-password', [CompletionResultType]::ParameterName, 'Also keep the password (keyring or file store), so expired tokens renew silently')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;logout' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;whoami' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--policies', '--policies', [CompletionResultType]::ParameterName, 'Show your processed permissions (action, resource, effect) instead')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with `*`')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with `*`')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a context and its stored secrets')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file (it holds no secrets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;config;list' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config;ls' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config;use' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config;set' {
            [CompletionResult]::new('--token-store', '--token-store', [CompletionResultType]::ParameterName, 'Where this context''s tokens are kept: the OS keyring (default), an insecure plain-text 0600 file next to the config, or memory (never cached). WAZUH_CTL_TOKEN_STORE overrides it')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config;delete' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config;view' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;config;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with `*`')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a context and its stored secrets')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file (it holds no secrets)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;config;help;list' {
            break
        }
        'wazuh-ctl;config;help;use' {
            break
        }
        'wazuh-ctl;config;help;set' {
            break
        }
        'wazuh-ctl;config;help;delete' {
            break
        }
        'wazuh-ctl;config;help;view' {
            break
        }
        'wazuh-ctl;config;help;help' {
            break
        }
        'wazuh-ctl;completion' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;serve' {
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to listen on (port 0 picks a free port)')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Directory for the database, certificate and keys (default: the platform data dir)')
            [CompletionResult]::new('--agents', '--agents', [CompletionResultType]::ParameterName, 'How many agents a new database gets (at least the 12 demo agents)')
            [CompletionResult]::new('--token-lifetime', '--token-lifetime', [CompletionResultType]::ParameterName, 'Token lifetime in seconds, for testing expiry')
            [CompletionResult]::new('--task-seconds', '--task-seconds', [CompletionResultType]::ParameterName, 'Seconds each phase of an agent upgrade task lasts (Pending, then In progress)')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'API configuration (TOML, the names of Wazuh''s api.yaml): max_upload_size and [access] max_login_attempts, block_time, max_request_per_minute')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('--ephemeral', '--ephemeral', [CompletionResultType]::ParameterName, 'Use a temporary data directory, deleted on exit; the context is `lab-ephemeral`, removed on exit (`lab` is left alone)')
            [CompletionResult]::new('--http', '--http', [CompletionResultType]::ParameterName, 'Serve plain HTTP instead of HTTPS')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;generate' {
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, powershell and elvish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;generate;man' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write into (created if missing)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;generate;completions' {
            [CompletionResult]::new('--out', '--out', [CompletionResultType]::ParameterName, 'Directory to write into (created if missing)')
            [CompletionResult]::new('--context', '--context', [CompletionResultType]::ParameterName, 'Context (named server) from the config file to use instead of the current one')
            [CompletionResult]::new('--url', '--url', [CompletionResultType]::ParameterName, 'Base URL of the Wazuh API, e.g. https://wazuh.example.com:55000')
            [CompletionResult]::new('--user', '--user', [CompletionResultType]::ParameterName, 'User to log in as (the password comes from WAZUH_PASSWORD, the keyring or a prompt)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'API token (JWT) to use instead of logging in')
            [CompletionResult]::new('--ca-cert', '--ca-cert', [CompletionResultType]::ParameterName, 'CA certificate (PEM) to trust for the server''s TLS certificate')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Request timeout in seconds')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format (default: table on a terminal, json otherwise)')
            [CompletionResult]::new('--jq', '--jq', [CompletionResultType]::ParameterName, 'jq filter applied to what `-o json` would print')
            [CompletionResult]::new('--fields', '--fields', [CompletionResultType]::ParameterName, 'Fields to show (table columns), also sent to the API as `select`')
            [CompletionResult]::new('--rate', '--rate', [CompletionResultType]::ParameterName, 'Send at most this many requests a minute (N/min or N/s), for long jobs on a rate-limited server')
            [CompletionResult]::new('--retry-backoff-ms', '--retry-backoff-ms', [CompletionResultType]::ParameterName, 'The first wait after a 429 in milliseconds (doubling on each retry), for tests')
            [CompletionResult]::new('-k', '-k', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--insecure', '--insecure', [CompletionResultType]::ParameterName, 'Do not verify the server''s TLS certificate')
            [CompletionResult]::new('--yes', '--yes', [CompletionResultType]::ParameterName, 'Answer yes to confirmations (needed without a terminal)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the request as a curl command and send nothing')
            [CompletionResult]::new('-v', '-v', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--verbose', '--verbose', [CompletionResultType]::ParameterName, 'Log requests and responses on stderr (secrets masked)')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Do not use colors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but the results and errors (no progress, no notes)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'wazuh-ctl;generate;help' {
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, powershell and elvish')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;generate;help;man' {
            break
        }
        'wazuh-ctl;generate;help;completions' {
            break
        }
        'wazuh-ctl;generate;help;help' {
            break
        }
        'wazuh-ctl;help' {
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'List, register, delete and group agents')
            [CompletionResult]::new('groups', 'groups', [CompletionResultType]::ParameterValue, 'Create, delete and configure groups, and assign agents to them')
            [CompletionResult]::new('overview', 'overview', [CompletionResultType]::ParameterValue, 'Show the dashboard summary of the fleet')
            [CompletionResult]::new('active-response', 'active-response', [CompletionResultType]::ParameterValue, 'Run active-response commands on agents')
            [CompletionResult]::new('events', 'events', [CompletionResultType]::ParameterValue, 'Send security events to the manager''s analysis engine')
            [CompletionResult]::new('syscheck', 'syscheck', [CompletionResultType]::ParameterValue, 'Start file integrity (syscheck) scans on agents')
            [CompletionResult]::new('rootcheck', 'rootcheck', [CompletionResultType]::ParameterValue, 'Start rootcheck scans on agents')
            [CompletionResult]::new('security', 'security', [CompletionResultType]::ParameterValue, 'Administer API users, roles, policies and security rules (RBAC)')
            [CompletionResult]::new('tasks', 'tasks', [CompletionResultType]::ParameterValue, 'List the tasks the manager runs for agents (upgrades)')
            [CompletionResult]::new('api', 'api', [CompletionResultType]::ParameterValue, 'Send any request to the API and print the raw answer')
            [CompletionResult]::new('login', 'login', [CompletionResultType]::ParameterValue, 'Log in and keep the token (in the keyring, or the file store when configured)')
            [CompletionResult]::new('logout', 'logout', [CompletionResultType]::ParameterValue, 'Revoke the token on the server and forget the stored secrets')
            [CompletionResult]::new('whoami', 'whoami', [CompletionResultType]::ParameterValue, 'Show the user you are logged in as, and its roles (or its permissions)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Manage contexts (named servers) in the config file')
            [CompletionResult]::new('completion', 'completion', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run a Wazuh-compatible API server (a local lab) and point the `lab` context at it (`lab-ephemeral` with --ephemeral)')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Generate man pages or completion files (for packaging)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'wazuh-ctl;help;agents' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List agents, with filters, a WQL query, sorting and paging')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch agents with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show agents by id')
            [CompletionResult]::new('summary', 'summary', [CompletionResultType]::ParameterValue, 'Count agents by connection and configuration status, or list their OS platforms')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Register an agent; prints its id and key (`--jq .key` gives the key alone)')
            [CompletionResult]::new('insert', 'insert', [CompletionResultType]::ParameterValue, 'Register an agent with a chosen id and key; prints its id and key')
            [CompletionResult]::new('key', 'key', [CompletionResultType]::ParameterValue, 'Show an agent''s registration key')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete agents (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('no-group', 'no-group', [CompletionResultType]::ParameterValue, 'List the agents that belong to no group')
            [CompletionResult]::new('outdated', 'outdated', [CompletionResultType]::ParameterValue, 'List the agents whose Wazuh version differs from the manager''s, whatever their status')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Agent statistics')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show one section of an agent''s active configuration, e.g. `agents config 001 agent client` (only active agents answer; 000 is the manager)')
            [CompletionResult]::new('daemon-stats', 'daemon-stats', [CompletionResultType]::ParameterValue, 'Show what the manager''s daemons (remoted, analysisd) count about an active agent')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Show whether agents run their groups'' latest configuration')
            [CompletionResult]::new('uninstall-check', 'uninstall-check', [CompletionResultType]::ParameterValue, 'Check that you may uninstall agents')
            [CompletionResult]::new('group', 'group', [CompletionResultType]::ParameterValue, 'Add an agent to a group or remove it from groups')
            [CompletionResult]::new('restart', 'restart', [CompletionResultType]::ParameterValue, 'Restart agents: listed ids, `--all`, a group''s or a node''s (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('reconnect', 'reconnect', [CompletionResultType]::ParameterValue, 'Force agents to reconnect to the manager: listed ids or `--all` (asks first; `--yes` without a terminal). Only active agents take it; the others are listed as failures')
            [CompletionResult]::new('upgrade', 'upgrade', [CompletionResultType]::ParameterValue, 'Upgrade agents: listed ids or `--all`, from a WPK repository or `--custom` file (asks first; `--yes` without a terminal). Creates one upgrade task per agent')
            [CompletionResult]::new('upgrade-result', 'upgrade-result', [CompletionResultType]::ParameterValue, 'Show each agent''s last upgrade task')
            break
        }
        'wazuh-ctl;help;agents;list' {
            break
        }
        'wazuh-ctl;help;agents;watch' {
            break
        }
        'wazuh-ctl;help;agents;get' {
            break
        }
        'wazuh-ctl;help;agents;summary' {
            break
        }
        'wazuh-ctl;help;agents;add' {
            break
        }
        'wazuh-ctl;help;agents;insert' {
            break
        }
        'wazuh-ctl;help;agents;key' {
            break
        }
        'wazuh-ctl;help;agents;delete' {
            break
        }
        'wazuh-ctl;help;agents;no-group' {
            break
        }
        'wazuh-ctl;help;agents;outdated' {
            break
        }
        'wazuh-ctl;help;agents;stats' {
            [CompletionResult]::new('distinct', 'distinct', [CompletionResultType]::ParameterValue, 'Count the agents by each distinct combination of some fields'' values (`N/A` where an agent has none), e.g. `agents stats distinct os.platform version`')
            [CompletionResult]::new('component', 'component', [CompletionResultType]::ParameterValue, 'Show the counters of an agent''s own logcollector or agent daemon')
            break
        }
        'wazuh-ctl;help;agents;stats;distinct' {
            break
        }
        'wazuh-ctl;help;agents;stats;component' {
            break
        }
        'wazuh-ctl;help;agents;config' {
            break
        }
        'wazuh-ctl;help;agents;daemon-stats' {
            break
        }
        'wazuh-ctl;help;agents;sync' {
            break
        }
        'wazuh-ctl;help;agents;uninstall-check' {
            break
        }
        'wazuh-ctl;help;agents;group' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add an agent to a group')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove an agent from a group, or from all its groups (asks first)')
            break
        }
        'wazuh-ctl;help;agents;group;add' {
            break
        }
        'wazuh-ctl;help;agents;group;remove' {
            break
        }
        'wazuh-ctl;help;agents;restart' {
            break
        }
        'wazuh-ctl;help;agents;reconnect' {
            break
        }
        'wazuh-ctl;help;agents;upgrade' {
            break
        }
        'wazuh-ctl;help;agents;upgrade-result' {
            break
        }
        'wazuh-ctl;help;groups' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List groups with their agent counts')
            [CompletionResult]::new('agents', 'agents', [CompletionResultType]::ParameterValue, 'List the agents of a group')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a group')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete groups (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('assign', 'assign', [CompletionResultType]::ParameterValue, 'Add agents to a group')
            [CompletionResult]::new('unassign', 'unassign', [CompletionResultType]::ParameterValue, 'Remove agents from a group (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or replace a group''s configuration (agent.conf)')
            [CompletionResult]::new('files', 'files', [CompletionResultType]::ParameterValue, 'List the files of a group with their checksums')
            [CompletionResult]::new('file', 'file', [CompletionResultType]::ParameterValue, 'Show one file of a group')
            break
        }
        'wazuh-ctl;help;groups;list' {
            break
        }
        'wazuh-ctl;help;groups;agents' {
            break
        }
        'wazuh-ctl;help;groups;create' {
            break
        }
        'wazuh-ctl;help;groups;delete' {
            break
        }
        'wazuh-ctl;help;groups;assign' {
            break
        }
        'wazuh-ctl;help;groups;unassign' {
            break
        }
        'wazuh-ctl;help;groups;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show a group''s configuration as JSON')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Replace a group''s configuration with an XML file (checked before it is sent)')
            break
        }
        'wazuh-ctl;help;groups;config;get' {
            break
        }
        'wazuh-ctl;help;groups;config;set' {
            break
        }
        'wazuh-ctl;help;groups;files' {
            break
        }
        'wazuh-ctl;help;groups;file' {
            break
        }
        'wazuh-ctl;help;overview' {
            break
        }
        'wazuh-ctl;help;active-response' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run an active-response command on agents (asks first; `--yes` without a terminal). COMMAND is a name the manager''s ar.conf defines (e.g. restart-wazuh0, firewall-drop600) or `!` and a script name. Only active agents take it; the others are listed as failures')
            break
        }
        'wazuh-ctl;help;active-response;run' {
            break
        }
        'wazuh-ctl;help;events' {
            [CompletionResult]::new('send', 'send', [CompletionResultType]::ParameterValue, 'Send security events to analysisd, in batches of 100 (exit 3 when some failed). The API takes 30 requests a minute: a longer send waits for the next minute (429 retries); `--rate 30/min` avoids hitting the limit at all')
            break
        }
        'wazuh-ctl;help;events;send' {
            break
        }
        'wazuh-ctl;help;syscheck' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)')
            break
        }
        'wazuh-ctl;help;syscheck;run' {
            break
        }
        'wazuh-ctl;help;rootcheck' {
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Start a scan on agents: listed ids or `--all`. Only active agents take it; the others are listed as failures (with `--all`, inactive agents are left out)')
            break
        }
        'wazuh-ctl;help;rootcheck;run' {
            break
        }
        'wazuh-ctl;help;security' {
            [CompletionResult]::new('users', 'users', [CompletionResultType]::ParameterValue, 'API users: list, create, change passwords, delete, give roles, allow run_as')
            [CompletionResult]::new('roles', 'roles', [CompletionResultType]::ParameterValue, 'Roles: list, create, rename, delete, link policies and security rules')
            [CompletionResult]::new('policies', 'policies', [CompletionResultType]::ParameterValue, 'Policies (actions allowed or denied on resources): list, create, update, delete')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Security rules (which run_as contexts get which roles): list, create, update, delete')
            [CompletionResult]::new('config', 'config', [CompletionResultType]::ParameterValue, 'Show or change the token lifetime and the RBAC mode')
            [CompletionResult]::new('revoke', 'revoke', [CompletionResultType]::ParameterValue, 'Revoke every token of every user, yours included (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('actions', 'actions', [CompletionResultType]::ParameterValue, 'List the RBAC actions with their resource types and the operations that check them')
            [CompletionResult]::new('resources', 'resources', [CompletionResultType]::ParameterValue, 'List the RBAC resource types policies may name (`agent:id`, `agent:group`, ...)')
            break
        }
        'wazuh-ctl;help;security;users' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List users with their roles')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show users by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a user; the password comes from a prompt, --password-stdin or WAZUH_NEW_PASSWORD (8-64 characters with upper and lower case, a digit and a symbol)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a user''s password (from a prompt, --password-stdin or WAZUH_NEW_PASSWORD); the user''s tokens are revoked')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete users (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-role', 'add-role', [CompletionResultType]::ParameterValue, 'Give roles to a user (its tokens are revoked)')
            [CompletionResult]::new('remove-role', 'remove-role', [CompletionResultType]::ParameterValue, 'Take roles from a user (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('run-as', 'run-as', [CompletionResultType]::ParameterValue, 'Allow or forbid a user to log in with an authorization context (`login --run-as`)')
            break
        }
        'wazuh-ctl;help;security;users;list' {
            break
        }
        'wazuh-ctl;help;security;users;get' {
            break
        }
        'wazuh-ctl;help;security;users;create' {
            break
        }
        'wazuh-ctl;help;security;users;update' {
            break
        }
        'wazuh-ctl;help;security;users;delete' {
            break
        }
        'wazuh-ctl;help;security;users;add-role' {
            break
        }
        'wazuh-ctl;help;security;users;remove-role' {
            break
        }
        'wazuh-ctl;help;security;users;run-as' {
            break
        }
        'wazuh-ctl;help;security;roles' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List roles with their policies, users and security rules')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show roles by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a role (link policies to it with `add-policy`)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a role (its users'' tokens are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete roles (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-policy', 'add-policy', [CompletionResultType]::ParameterValue, 'Link policies to a role')
            [CompletionResult]::new('remove-policy', 'remove-policy', [CompletionResultType]::ParameterValue, 'Unlink policies from a role (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('add-rule', 'add-rule', [CompletionResultType]::ParameterValue, 'Link security rules to a role (run_as logins whose context a rule matches get the role)')
            [CompletionResult]::new('remove-rule', 'remove-rule', [CompletionResultType]::ParameterValue, 'Unlink security rules from a role (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;help;security;roles;list' {
            break
        }
        'wazuh-ctl;help;security;roles;get' {
            break
        }
        'wazuh-ctl;help;security;roles;create' {
            break
        }
        'wazuh-ctl;help;security;roles;update' {
            break
        }
        'wazuh-ctl;help;security;roles;delete' {
            break
        }
        'wazuh-ctl;help;security;roles;add-policy' {
            break
        }
        'wazuh-ctl;help;security;roles;remove-policy' {
            break
        }
        'wazuh-ctl;help;security;roles;add-rule' {
            break
        }
        'wazuh-ctl;help;security;roles;remove-rule' {
            break
        }
        'wazuh-ctl;help;security;policies' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List policies with their actions, resources and effect')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show policies by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a policy, e.g. `create web_read ''{"actions": ["agent:read"], "resources": ["agent:group:webservers"], "effect": "allow"}''` (actions and resources are checked against the RBAC catalogue first)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a policy or replace its actions, resources and effect (the tokens of its roles'' users are revoked)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete policies (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;help;security;policies;list' {
            break
        }
        'wazuh-ctl;help;security;policies;get' {
            break
        }
        'wazuh-ctl;help;security;policies;create' {
            break
        }
        'wazuh-ctl;help;security;policies;update' {
            break
        }
        'wazuh-ctl;help;security;policies;delete' {
            break
        }
        'wazuh-ctl;help;security;rules' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List security rules (which run_as contexts get which roles)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show security rules by id')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a security rule, e.g. `create elastic_admins ''{"FIND": {"username": "elastic"}}''` (MATCH, MATCH$, FIND, FIND$, AND, OR, NOT; r''regex'' values)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Rename a security rule or replace its body')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete security rules (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;help;security;rules;list' {
            break
        }
        'wazuh-ctl;help;security;rules;get' {
            break
        }
        'wazuh-ctl;help;security;rules;create' {
            break
        }
        'wazuh-ctl;help;security;rules;update' {
            break
        }
        'wazuh-ctl;help;security;rules;delete' {
            break
        }
        'wazuh-ctl;help;security;config' {
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Show the token lifetime and the RBAC mode')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Change the token lifetime or the RBAC mode; every token is revoked (asks first; `--yes` without a terminal)')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Restore the default token lifetime (900 s) and RBAC mode (white); every token is revoked (asks first; `--yes` without a terminal)')
            break
        }
        'wazuh-ctl;help;security;config;get' {
            break
        }
        'wazuh-ctl;help;security;config;set' {
            break
        }
        'wazuh-ctl;help;security;config;reset' {
            break
        }
        'wazuh-ctl;help;security;revoke' {
            break
        }
        'wazuh-ctl;help;security;actions' {
            break
        }
        'wazuh-ctl;help;security;resources' {
            break
        }
        'wazuh-ctl;help;tasks' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List tasks (e.g. agent upgrades) with their status')
            [CompletionResult]::new('watch', 'watch', [CompletionResultType]::ParameterValue, 'Watch tasks with the filters of `list`: a table redrawn every --interval, or one JSON line per change when piped')
            break
        }
        'wazuh-ctl;help;tasks;list' {
            break
        }
        'wazuh-ctl;help;tasks;watch' {
            break
        }
        'wazuh-ctl;help;api' {
            break
        }
        'wazuh-ctl;help;login' {
            break
        }
        'wazuh-ctl;help;logout' {
            break
        }
        'wazuh-ctl;help;whoami' {
            break
        }
        'wazuh-ctl;help;config' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the contexts; the current one is marked with `*`')
            [CompletionResult]::new('use', 'use', [CompletionResultType]::ParameterValue, 'Make a context the current one')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Create or update a context from --url, --user, --ca-cert, -k, --timeout and --token-store')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Delete a context and its stored secrets')
            [CompletionResult]::new('view', 'view', [CompletionResultType]::ParameterValue, 'Print the config file (it holds no secrets)')
            break
        }
        'wazuh-ctl;help;config;list' {
            break
        }
        'wazuh-ctl;help;config;use' {
            break
        }
        'wazuh-ctl;help;config;set' {
            break
        }
        'wazuh-ctl;help;config;delete' {
            break
        }
        'wazuh-ctl;help;config;view' {
            break
        }
        'wazuh-ctl;help;completion' {
            break
        }
        'wazuh-ctl;help;serve' {
            break
        }
        'wazuh-ctl;help;generate' {
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Write one man page per command')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Write completion scripts for bash, zsh, fish, powershell and elvish')
            break
        }
        'wazuh-ctl;help;generate;man' {
            break
        }
        'wazuh-ctl;help;generate;completions' {
            break
        }
        'wazuh-ctl;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}

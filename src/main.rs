//! The `wazuh-ctl` binary: everything happens in `cli::main`.

fn main() -> std::process::ExitCode {
    wazuh_ctl::cli::main()
}

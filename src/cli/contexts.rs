//! `wazuh-ctl config ...`: the contexts (named servers) of the config file, kubectl style.
//! The config holds no secrets, so `view` shows it whole.
//!
//! Imports `client::config` for the file; never the network.

use super::complete;
use super::ctx::{normalize_url, Ctx};
use super::error::CliError;
use super::GlobalArgs;
use crate::client::config::{Config, Context, TOKEN_STORES};
use crate::client::tokens::SecretKind;
use crate::output::columns::CONTEXTS;
use clap_complete::engine::ArgValueCompleter;
use serde_json::{json, Value};

/// Config verbs.
#[derive(Debug, clap::Subcommand)]
pub enum ConfigCommand {
    /// List the contexts; the current one is marked with `*`.
    #[command(visible_alias = "ls")]
    List,
    /// Make a context the current one.
    Use {
        /// The context.
        #[arg(add = ArgValueCompleter::new(complete::contexts))]
        name: String,
    },
    /// Create or update a context from --url, --user, --ca-cert, -k, --timeout and
    /// --token-store.
    #[command(
        after_help = "Examples:\n  wazuh-ctl config set prod --url https://wazuh.example.com:55000 \
--user admin --ca-cert root-ca.pem\n  wazuh-ctl config set lab --token-store file   \
# no OS keyring: cache tokens in an insecure 0600 file"
    )]
    Set {
        /// The context.
        #[arg(add = ArgValueCompleter::new(complete::contexts))]
        name: String,
        /// Where this context's tokens are kept: the OS keyring (default), an insecure
        /// plain-text 0600 file next to the config, or memory (never cached).
        /// WAZUH_CTL_TOKEN_STORE overrides it.
        #[arg(long, value_name = "STORE", value_parser = TOKEN_STORES)]
        token_store: Option<String>,
    },
    /// Delete a context and its stored secrets.
    Delete {
        /// The context.
        #[arg(add = ArgValueCompleter::new(complete::contexts))]
        name: String,
    },
    /// Print the config file (it holds no secrets).
    View,
}

/// Runs a config verb; `typed` holds only the flags typed on the command line.
pub fn run(ctx: &Ctx, command: &ConfigCommand, typed: &GlobalArgs) -> Result<(), CliError> {
    match command {
        ConfigCommand::List => ctx.print(&list_envelope(&ctx.config), CONTEXTS),
        ConfigCommand::View => ctx.out(ctx.config.to_toml()?.trim_end()),
        ConfigCommand::Use { name } => {
            let mut config = ctx.config.clone();
            config.use_context(name)?;
            save(ctx, &config, &format!("Switched to context \"{name}\"."))
        }
        ConfigCommand::Set { name, token_store } => {
            let mut config = ctx.config.clone();
            let mut context = updated(config.contexts.get(name), typed)?;
            if token_store.is_some() {
                context.token_store.clone_from(token_store);
            }
            config.set_context(name, context);
            let mut message = format!("Context \"{name}\" set.");
            if config.current_context.is_none() {
                config.current_context = Some(name.clone());
                message.push_str(" It is now the current context.");
            }
            save(ctx, &config, &message)
        }
        ConfigCommand::Delete { name } => {
            let mut config = ctx.config.clone();
            let removed = config.remove_context(name)?;
            save(ctx, &config, &format!("Deleted context \"{name}\"."))?;
            forget_secrets(ctx, name, &removed);
            Ok(())
        }
    }
}

/// A context with the typed flags applied over `existing`; a new one needs `--url`.
pub fn updated(existing: Option<&Context>, typed: &GlobalArgs) -> Result<Context, CliError> {
    let mut context = match (existing, &typed.url) {
        (Some(context), _) => context.clone(),
        (None, Some(_)) => Context::default(),
        (None, None) => {
            return Err(CliError::usage(
                "a new context needs --url",
                Some("e.g. `wazuh-ctl config set NAME --url https://wazuh.example.com:55000`"),
            ))
        }
    };
    if let Some(url) = &typed.url {
        context.url = normalize_url(url)?;
    }
    if let Some(user) = &typed.user {
        context.user = Some(user.clone());
    }
    if let Some(ca_cert) = &typed.ca_cert {
        if !ca_cert.is_file() {
            return Err(CliError::usage(
                format!("no CA certificate file at {}", ca_cert.display()),
                None,
            ));
        }
        context.ca_cert = Some(std::path::absolute(ca_cert)?);
    }
    context.insecure |= typed.insecure;
    if let Some(timeout) = typed.timeout {
        context.timeout = Some(timeout);
    }
    Ok(context)
}

/// The contexts as a list envelope, so every output format works.
fn list_envelope(config: &Config) -> Value {
    let items: Vec<Value> = config
        .contexts
        .iter()
        .map(|(name, context)| {
            let current = config.current_context.as_deref() == Some(name.as_str());
            json!({
                "current": if current { "*" } else { "" },
                "name": name,
                "url": context.url,
                "user": context.user,
                "ca-cert": context.ca_cert,
                "insecure": context.insecure,
                "timeout": context.timeout,
                "token-store": context.token_store,
            })
        })
        .collect();
    json!({
        "data": {
            "affected_items": items,
            "total_affected_items": items.len(),
            "total_failed_items": 0,
            "failed_items": [],
        },
        "error": 0,
    })
}

/// Writes the config and says what changed (unless `--quiet`).
fn save(ctx: &Ctx, config: &Config, message: &str) -> Result<(), CliError> {
    config.save(ctx.config_path()?)?;
    if ctx.global.quiet {
        return Ok(());
    }
    ctx.out(message)
}

/// Forgets the token and password of a deleted context, as far as the store allows.
fn forget_secrets(ctx: &Ctx, name: &str, context: &Context) {
    let Some(user) = &context.user else {
        return;
    };
    let Ok(store) = ctx.secret_store(context) else {
        return;
    };
    for kind in [SecretKind::Token, SecretKind::Password] {
        if let Err(err) = store.delete(name, user, kind) {
            ctx.note(&format!(
                "note: could not forget the stored {}: {err}",
                kind.as_str()
            ));
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn a_new_context_needs_a_url() {
        let err = updated(None, &GlobalArgs::default()).unwrap_err();
        assert_eq!(err.exit_code(), 2);
    }

    #[test]
    fn typed_flags_update_only_what_they_name() {
        let existing = Context {
            url: "https://old:55000".into(),
            user: Some("admin".into()),
            ca_cert: Some(PathBuf::from("/etc/ca.pem")),
            insecure: false,
            timeout: Some(5),
            token_store: Some("file".into()),
        };
        let typed = GlobalArgs {
            url: Some("https://new:55000/".into()),
            insecure: true,
            ..GlobalArgs::default()
        };
        let context = updated(Some(&existing), &typed).unwrap();
        assert_eq!(context.url, "https://new:55000");
        assert_eq!(context.user.as_deref(), Some("admin"));
        assert_eq!(context.ca_cert, existing.ca_cert);
        assert!(context.insecure);
        assert_eq!(context.timeout, Some(5));
        assert_eq!(context.token_store.as_deref(), Some("file"));
    }

    #[test]
    fn a_missing_ca_file_is_refused() {
        let typed = GlobalArgs {
            url: Some("https://h:55000".into()),
            ca_cert: Some(PathBuf::from("/nonexistent/ca.pem")),
            ..GlobalArgs::default()
        };
        assert!(updated(None, &typed).is_err());
    }

    #[test]
    fn the_list_marks_the_current_context() {
        let mut config = Config::default();
        for name in ["lab", "prod"] {
            config.contexts.insert(
                name.into(),
                Context {
                    url: format!("https://{name}:55000"),
                    ..Context::default()
                },
            );
        }
        config.current_context = Some("prod".into());
        let envelope = list_envelope(&config);
        let items = envelope["data"]["affected_items"].as_array().unwrap();
        assert_eq!(items[0]["name"], "lab");
        assert_eq!(items[0]["current"], "");
        assert_eq!(items[1]["current"], "*");
        assert_eq!(envelope["data"]["total_affected_items"], 2);
    }
}

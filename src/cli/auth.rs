//! `login`, `logout` and `whoami`. The password comes from WAZUH_PASSWORD, a prompt on a
//! terminal, or (only for the loopback `lab` context) the lab's default; never from a flag.
//!
//! Imports `client` for the login itself and `verbs` for `whoami`.

use super::ctx::{is_unsaved_context, Ctx};
use super::curl::{self, Auth};
use super::error::CliError;
use super::security;
use super::verbs;
use crate::api::security::{GetUserMe, Login, Logout, RunAsLogin};
use crate::api::NoQuery;
use crate::client::Target;
use crate::output::columns;
use std::io::IsTerminal;

/// The arguments of `login`.
#[derive(Debug, clap::Args)]
pub struct LoginArgs {
    /// Also keep the password (keyring or file store), so expired tokens renew silently.
    #[arg(long)]
    pub save_password: bool,
    /// Log in with an authorization context (JSON object, e.g. '{"username":"elastic"}'):
    /// the token's roles are those whose security rules match it (run_as).
    #[arg(long, value_name = "CONTEXT_JSON", value_parser = run_as_context)]
    pub run_as: Option<serde_json::Value>,
}

/// A `--run-as` value: a JSON object.
fn run_as_context(text: &str) -> Result<serde_json::Value, String> {
    match serde_json::from_str(text) {
        Ok(context @ serde_json::Value::Object(_)) => Ok(context),
        Ok(_) => Err("the authorization context must be a JSON object".to_string()),
        Err(err) => Err(format!("not JSON: {err}")),
    }
}

/// Logs in and keeps the token.
pub async fn login(ctx: &Ctx, args: &LoginArgs) -> Result<(), CliError> {
    let (target, _) = ctx.target()?;
    let user = target.user.clone().ok_or_else(|| {
        CliError::usage(
            "no user to log in as",
            Some("give --user USER, set WAZUH_USER, or save it: `wazuh-ctl config set NAME --user USER`"),
        )
    })?;
    if ctx.global.dry_run {
        let request = match &args.run_as {
            Some(context) => verbs::request_with_body::<RunAsLogin>([], &[], context)?,
            None => verbs::request::<Login>([], &[])?,
        };
        return ctx.out(&curl::render(&target, &request, Auth::Basic(&user)));
    }
    let client = ctx.client()?;
    // A store that cannot work says so before anyone types a password for nothing.
    client.check_store().await?;
    let password = password(&target, &user)?;
    client
        .login_with(&password, args.save_password, args.run_as.as_ref())
        .await?;
    if !ctx.global.quiet {
        ctx.out(&format!(
            "Logged in to {} ({}) as {user}",
            target.context, target.url
        ))?;
    }
    if is_unsaved_context(&target.context) {
        ctx.note("note: no context is configured for this URL, so the token was not saved");
    }
    Ok(())
}

/// The password: WAZUH_PASSWORD, else a prompt on a terminal, else the lab default.
fn password(target: &Target, user: &str) -> Result<String, CliError> {
    if let Some(password) = &target.password {
        return Ok(password.clone());
    }
    if can_prompt() {
        return prompt_password(user, &target.url)
            .map_err(|err| CliError::local(format!("cannot read the password: {err}"), None));
    }
    target.default_password.clone().ok_or_else(|| {
        CliError::usage(
            "no password: not a terminal and WAZUH_PASSWORD is not set",
            Some(&format!(
                "set WAZUH_PASSWORD, or run `{}` in a terminal",
                target.login_command
            )),
        )
    })
}

/// True when a password can be asked for: stdin and stderr are a terminal.
pub fn can_prompt() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks for the password of `user` at `url` on the terminal, without echo.
pub fn prompt_password(user: &str, url: &str) -> std::io::Result<String> {
    dialoguer::Password::new()
        .with_prompt(format!("Password for {user} at {url}"))
        .interact()
        .map_err(|dialoguer::Error::IO(err)| err)
}

/// Revokes the token on the server and forgets the stored secrets.
pub async fn logout(ctx: &Ctx) -> Result<(), CliError> {
    if ctx.global.dry_run {
        let request = verbs::request::<Logout>([], &[&NoQuery {}])?;
        ctx.send(&request).await?;
        return Ok(());
    }
    let client = ctx.client()?;
    client.logout().await?;
    if !ctx.global.quiet {
        let target = client.target();
        ctx.out(&format!(
            "Logged out of {} ({})",
            target.context, target.url
        ))?;
    }
    Ok(())
}

/// The arguments of `whoami`.
#[derive(Debug, clap::Args)]
pub struct WhoamiArgs {
    /// Show your processed permissions (action, resource, effect) instead.
    #[arg(long)]
    pub policies: bool,
}

/// Prints the current user and its roles, or its permissions.
pub async fn whoami(ctx: &Ctx, args: &WhoamiArgs) -> Result<(), CliError> {
    if args.policies {
        return security::permissions(ctx).await;
    }
    verbs::get::<GetUserMe>(ctx, [], &[&NoQuery {}], columns::CURRENT_USER).await
}

//! Writes the demo dataset into a new database, once: cluster nodes, groups, agents with their
//! group links, and the default RBAC data. Everything goes in one transaction with prepared
//! statements, together with the `seeded_at` mark that stops a second seeding.

use super::{Seed, StoreError};
use crate::server::auth::password;
use crate::server::demo::{self, rbac, Agent};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use serde_json::json;

/// Seeds the database unless it was seeded before.
pub fn seed_once(conn: &mut Connection, seed: &Seed) -> Result<(), StoreError> {
    let seeded: Option<String> = conn
        .query_row(
            "SELECT value FROM store_meta WHERE key = 'seeded_at'",
            [],
            |row| row.get(0),
        )
        .optional()?;
    if seeded.is_some() {
        return Ok(());
    }
    let password_hashes: Vec<String> = rbac::USERS
        .iter()
        .map(|user| password::hash(user.password))
        .collect();
    let now = seed.now.timestamp();
    let tx = conn.transaction()?;
    insert_nodes(&tx)?;
    insert_groups(&tx)?;
    insert_agents(&tx, demo::agents(seed.agents, now))?;
    insert_security(&tx, &password_hashes, now)?;
    tx.execute(
        "INSERT INTO store_meta (key, value) VALUES ('seeded_at', ?1)",
        [seed.now.to_rfc3339()],
    )?;
    tx.commit()?;
    Ok(())
}

fn insert_nodes(tx: &Transaction) -> rusqlite::Result<()> {
    let mut insert =
        tx.prepare("INSERT INTO cluster_nodes (name, node_type, ip) VALUES (?1, ?2, ?3)")?;
    for node in demo::NODES {
        insert.execute(params![node.name, node.node_type, node.ip])?;
    }
    Ok(())
}

fn insert_groups(tx: &Transaction) -> rusqlite::Result<()> {
    let mut insert =
        tx.prepare("INSERT INTO agent_groups (name, merged_sum, config_sum) VALUES (?1, ?2, ?3)")?;
    for group in demo::groups() {
        insert.execute(params![group.name, group.merged_sum, group.config_sum])?;
    }
    Ok(())
}

fn insert_agents(tx: &Transaction, agents: impl Iterator<Item = Agent>) -> rusqlite::Result<()> {
    let mut insert_agent = tx.prepare(
        "INSERT INTO agents (id, name, ip, register_ip, status, status_code, os_arch, os_build,
            os_codename, os_major, os_minor, os_name, os_platform, os_uname, os_version, version,
            manager, node_name, date_add, last_keep_alive, disconnection_time, merged_sum,
            config_sum, group_config_status, agent_key)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
            ?19, ?20, ?21, ?22, ?23, ?24, ?25)",
    )?;
    let mut insert_member = tx.prepare(
        "INSERT INTO agent_group_members (agent_id, group_name, position) VALUES (?1, ?2, ?3)",
    )?;
    for agent in agents {
        let release = agent.os.as_ref().map(|os| os.release);
        insert_agent.execute(params![
            agent.id,
            agent.name,
            agent.ip,
            agent.register_ip,
            agent.status.as_str(),
            agent.status_code,
            release.map(|r| r.arch),
            release.and_then(|r| r.build),
            release.and_then(|r| r.codename),
            release.map(|r| r.major),
            release.and_then(|r| r.minor),
            release.map(|r| r.name),
            release.map(|r| r.platform),
            agent.os.as_ref().map(|os| os.uname.as_str()),
            release.map(|r| r.version),
            agent.version,
            agent.manager,
            agent.node_name,
            agent.date_add,
            agent.last_keep_alive,
            agent.disconnection_time,
            agent.merged_sum,
            agent.config_sum,
            agent.group_config_status,
            agent.key,
        ])?;
        for (position, group) in (0i64..).zip(&agent.groups) {
            insert_member.execute(params![agent.id, group, position])?;
        }
    }
    Ok(())
}

/// Policies and rules first, then roles (linking them), then users (linking roles).
fn insert_security(tx: &Transaction, password_hashes: &[String], now: i64) -> rusqlite::Result<()> {
    let mut insert_policy =
        tx.prepare("INSERT INTO policies (id, name, policy, created_at) VALUES (?1, ?2, ?3, ?4)")?;
    for policy in rbac::POLICIES {
        let body = json!({
            "actions": policy.actions,
            "resources": policy.resources,
            "effect": policy.effect,
        });
        insert_policy.execute(params![policy.id, policy.name, body.to_string(), now])?;
    }
    let mut insert_rule = tx.prepare(
        "INSERT INTO security_rules (id, name, rule, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for rule in rbac::RULES {
        insert_rule.execute(params![rule.id, rule.name, rule.rule, now])?;
    }
    insert_roles(tx, now)?;
    let mut insert_user = tx.prepare(
        "INSERT INTO users (id, username, password_hash, allow_run_as, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    let mut link_user = tx.prepare(
        "INSERT INTO user_roles (user_id, role_id, position, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (user, hash) in rbac::USERS.iter().zip(password_hashes) {
        insert_user.execute(params![
            user.id,
            user.username,
            hash,
            user.allow_run_as,
            now
        ])?;
        for (position, role_id) in (0i64..).zip(user.roles) {
            link_user.execute(params![user.id, role_id, position, now])?;
        }
    }
    Ok(())
}

fn insert_roles(tx: &Transaction, now: i64) -> rusqlite::Result<()> {
    let mut insert_role =
        tx.prepare("INSERT INTO roles (id, name, created_at) VALUES (?1, ?2, ?3)")?;
    let mut link_policy = tx.prepare(
        "INSERT INTO role_policies (role_id, policy_id, position, created_at)
         VALUES (?1, ?2, ?3, ?4)",
    )?;
    let mut link_rule = tx.prepare(
        "INSERT INTO role_rules (role_id, rule_id, position, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for role in rbac::ROLES {
        insert_role.execute(params![role.id, role.name, now])?;
        for (position, policy_id) in (0i64..).zip(role.policies) {
            link_policy.execute(params![role.id, policy_id, position, now])?;
        }
        for (position, rule_id) in (0i64..).zip(role.rules) {
            link_rule.execute(params![role.id, rule_id, position, now])?;
        }
    }
    Ok(())
}

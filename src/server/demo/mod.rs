//! The built-in demo dataset: the manager, 12 agents in 4 groups over 3 cluster nodes (the
//! topology of the Wazuh API test environment), synthetic agents for scale, and the default
//! RBAC data. Deterministic: the same on every start.

-- Fleet.Host's own tables, beside Quartz's in the same database (SQLite and PostgreSQL alike).
CREATE TABLE IF NOT EXISTS fleet_firms (
    firm_key TEXT NOT NULL PRIMARY KEY,
    vendor TEXT NOT NULL,
    time_zone TEXT NOT NULL
);

-- Core's SyncProgress, one column per part; instants as Unix ticks (100 ns).
CREATE TABLE IF NOT EXISTS fleet_sync_progress (
    tenant TEXT NOT NULL,
    source_system TEXT NOT NULL,
    first_sync_completed BIGINT NOT NULL,
    last_pull_start BIGINT NULL,
    pull_started_at BIGINT NULL,
    window_start BIGINT NULL,
    window_end BIGINT NULL,
    read_cursor TEXT NULL,
    completed_writes TEXT NOT NULL,
    PRIMARY KEY (tenant, source_system)
);

CREATE TABLE IF NOT EXISTS fleet_platform_cases (
    tenant TEXT NOT NULL,
    source_system TEXT NOT NULL,
    source_id TEXT NOT NULL,
    target_case TEXT NOT NULL,
    PRIMARY KEY (tenant, source_system, source_id)
);

-- One row per applied write, so a write repeated with the same idempotency key changes nothing.
CREATE TABLE IF NOT EXISTS fleet_applied_operations (
    idempotency_key TEXT NOT NULL PRIMARY KEY,
    tenant TEXT NOT NULL
);

-- Each MyCase firm's tokens, shared by every node: one row per firm, a version for the SDK's compare-and-swap writes, and
-- the refresh claim of the node spending the refresh token. Stored plainly: encryption at rest is the host's job.
CREATE TABLE IF NOT EXISTS fleet_mycase_tokens (
    firm_key TEXT NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL,
    access_token TEXT NOT NULL,
    refresh_token TEXT NOT NULL,
    access_token_expires_at BIGINT NOT NULL,
    refresh_token_expires_at BIGINT NOT NULL,
    firm_uuid TEXT NULL,
    scope TEXT NULL,
    claim_owner TEXT NULL,
    claim_until BIGINT NULL
);

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

-- One row per firm and night: the night's checkpoint and this row commit in one transaction, so a night that a
-- recovered job runs again is seen as done and its checkpoint is never applied twice. 'completions' proves it. A night
-- run by hand is recorded when it starts, so a recovered run that lost its trigger's data still knows which night it is.
CREATE TABLE IF NOT EXISTS fleet_firm_nights (
    firm_key TEXT NOT NULL,
    night TEXT NOT NULL,
    completions INTEGER NOT NULL,
    started_at BIGINT NULL,
    checkpoint_at BIGINT NULL,
    finished_at BIGINT NULL,
    PRIMARY KEY (firm_key, night)
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

-- The platform's outbox: client messages and documents received on the platform, to be written to the firm's vendor
-- (messages as notes, documents as case documents). One row per platform item id, inserted once; delivered_at and
-- write_result are set once, after the vendor's writer has written (or found) it. Instants as Unix ticks (100 ns).
CREATE TABLE IF NOT EXISTS fleet_platform_outbox (
    item_id TEXT NOT NULL PRIMARY KEY,
    tenant TEXT NOT NULL,
    kind TEXT NOT NULL,
    source_system TEXT NOT NULL,
    source_case_id TEXT NOT NULL,
    file_name TEXT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    delivered_at BIGINT NULL,
    write_result TEXT NULL
);

-- What a flow reads: a firm's undelivered items of one kind, oldest first.
CREATE INDEX IF NOT EXISTS fleet_platform_outbox_undelivered
    ON fleet_platform_outbox (tenant, kind, created_at, item_id) WHERE delivered_at IS NULL;

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

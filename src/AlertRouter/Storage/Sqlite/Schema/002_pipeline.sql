-- Aggregation groups: one row per (route, group labels), with the timer Alertmanager keeps in memory. Leases live in
-- the process: one SQLite file serves one AlertRouter process.
CREATE TABLE groups (
    id            TEXT PRIMARY KEY,           -- sha256(route id, group labels)
    route_id      TEXT NOT NULL,
    group_key     TEXT NOT NULL,              -- Alertmanager's <route key>:<group labels>
    receiver      TEXT NOT NULL,
    group_labels  TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    next_flush_at INTEGER NOT NULL,
    last_flush_at INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX groups_due ON groups(next_flush_at);

CREATE TABLE group_alerts (
    group_id    TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    PRIMARY KEY (group_id, fingerprint)
) WITHOUT ROWID;
CREATE INDEX group_alerts_fingerprint ON group_alerts(fingerprint);

-- What was actually delivered per (group key, receiver, integration): Alertmanager's nflog.
CREATE TABLE nflog (
    group_key     TEXT NOT NULL,
    receiver      TEXT NOT NULL,
    integration   TEXT NOT NULL,
    firing        TEXT NOT NULL,
    resolved      TEXT NOT NULL,
    sent_at       INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    receiver_data TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (group_key, receiver, integration)
);

-- The durable delivery queue and delivery log. At most one pending row per (group, integration): a newer flush
-- decision replaces its content (superseded) instead of queueing a second message.
CREATE TABLE notifications (
    id              TEXT PRIMARY KEY,
    group_id        TEXT NOT NULL,
    group_key       TEXT NOT NULL,
    receiver        TEXT NOT NULL,
    integration     TEXT NOT NULL,
    state           TEXT NOT NULL,            -- pending, failed (retrying), sending, delivered, dead, cancelled
    reason          TEXT NOT NULL,
    payload         TEXT NOT NULL,
    flush_at        INTEGER NOT NULL,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    next_attempt_at INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    superseded      INTEGER NOT NULL DEFAULT 0,
    lease_owner     TEXT NOT NULL DEFAULT '',
    lease_until     INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT,
    last_status     INTEGER,
    last_reason     TEXT,
    delivered_at    INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX notifications_one_pending ON notifications(group_id, integration) WHERE state IN ('pending', 'failed');
CREATE INDEX notifications_due ON notifications(state, next_attempt_at);
CREATE INDEX notifications_group ON notifications(group_id, state);
CREATE INDEX notifications_updated ON notifications(updated_at);

CREATE TABLE attempts (
    notification_id TEXT NOT NULL,
    attempt         INTEGER NOT NULL,
    started_at      INTEGER NOT NULL,
    duration_ms     REAL NOT NULL,
    outcome         TEXT NOT NULL,            -- delivered, retryable, permanent
    status_code     INTEGER,
    reason          TEXT,
    error           TEXT,
    PRIMARY KEY (notification_id, attempt)
) WITHOUT ROWID;

CREATE INDEX alerts_version ON alerts(version);

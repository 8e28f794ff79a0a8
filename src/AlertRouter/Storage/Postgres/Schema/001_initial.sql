-- The PostgreSQL store: the same tables as the SQLite store, so both pass one contract suite. Times are .NET UTC
-- ticks (100 ns since 0001-01-01; 0 is Alertmanager's zero time): exact round trips, and the same arithmetic
-- (lease_until <= now) in both stores. Several replicas share these tables; see docs/scaling.md.

-- version is the id of the transaction that last changed the alert (pg_current_xact_id()). The change feed
-- (ReadChangesAsync) reads by it and trusts only ids below its snapshot's xmin, so rows committed out of id order
-- are never skipped.
CREATE TABLE alerts (
    fingerprint      text PRIMARY KEY,
    labels           text NOT NULL,
    annotations      text NOT NULL,
    starts_at        bigint NOT NULL,
    ends_at          bigint NOT NULL,
    generator_url    text NOT NULL,
    updated_at       bigint NOT NULL,
    last_seen_at     bigint NOT NULL,
    resolved_seen_at bigint NOT NULL DEFAULT 0,
    version          bigint NOT NULL
);
CREATE INDEX alerts_version ON alerts(version);
CREATE INDEX alerts_updated ON alerts(updated_at);

-- One row per distinct webhook content inside the dedup window; the primary key makes two replicas that receive
-- the same webhook at once (an Alertmanager HA pair) record it once.
CREATE TABLE receipts (
    content_hash text PRIMARY KEY,
    receipt_id   text NOT NULL,
    received_at  bigint NOT NULL,
    alerts       integer NOT NULL
);
CREATE INDEX receipts_received ON receipts(received_at);

-- Aggregation groups with their timer and flush lease (lease_owner = the replica id).
CREATE TABLE groups (
    id            text PRIMARY KEY,
    route_id      text NOT NULL,
    group_key     text NOT NULL,
    receiver      text NOT NULL,
    group_labels  text NOT NULL,
    created_at    bigint NOT NULL,
    next_flush_at bigint NOT NULL,
    last_flush_at bigint NOT NULL DEFAULT 0,
    lease_owner   text NOT NULL DEFAULT '',
    lease_until   bigint NOT NULL DEFAULT 0
);
CREATE INDEX groups_due ON groups(next_flush_at);
-- When a replica should look again: a group leased to someone else counts from the end of its lease.
CREATE INDEX groups_wake ON groups((greatest(next_flush_at, lease_until)));

-- The foreign key is a guard: a member can never point at a dropped group (intake and the delete paths also lock
-- the group row, see PostgresMembership).
CREATE TABLE group_alerts (
    group_id    text NOT NULL REFERENCES groups(id),
    fingerprint text NOT NULL,
    PRIMARY KEY (group_id, fingerprint)
);
CREATE INDEX group_alerts_fingerprint ON group_alerts(fingerprint);

CREATE TABLE nflog (
    group_key     text NOT NULL,
    receiver      text NOT NULL,
    integration   text NOT NULL,
    firing        text NOT NULL,
    resolved      text NOT NULL,
    sent_at       bigint NOT NULL,
    expires_at    bigint NOT NULL,
    receiver_data text NOT NULL DEFAULT '{}',
    PRIMARY KEY (group_key, receiver, integration)
);
CREATE INDEX nflog_expires ON nflog(expires_at);

CREATE TABLE notifications (
    id              text PRIMARY KEY,
    group_id        text NOT NULL,
    group_key       text NOT NULL,
    receiver        text NOT NULL,
    integration     text NOT NULL,
    state           text NOT NULL,            -- pending, failed (retrying), sending, delivered, dead, cancelled
    reason          text NOT NULL,
    payload         text NOT NULL,
    flush_at        bigint NOT NULL,
    created_at      bigint NOT NULL,
    updated_at      bigint NOT NULL,
    next_attempt_at bigint NOT NULL,
    attempts        integer NOT NULL DEFAULT 0,
    superseded      integer NOT NULL DEFAULT 0,
    lease_owner     text NOT NULL DEFAULT '',
    lease_until     bigint NOT NULL DEFAULT 0,
    last_error      text,
    last_status     integer,
    last_reason     text,
    delivered_at    bigint NOT NULL DEFAULT 0
);
-- At most one waiting notification per (group, integration): a newer flush decision supersedes it in place.
CREATE UNIQUE INDEX notifications_one_pending ON notifications(group_id, integration) WHERE state IN ('pending', 'failed');
CREATE INDEX notifications_due ON notifications(next_attempt_at) WHERE state IN ('pending', 'failed');
CREATE INDEX notifications_leased ON notifications(lease_until) WHERE state = 'sending';
CREATE INDEX notifications_group ON notifications(group_id, state);
CREATE INDEX notifications_updated ON notifications(updated_at);

CREATE TABLE attempts (
    notification_id text NOT NULL,
    attempt         integer NOT NULL,
    started_at      bigint NOT NULL,
    duration_ms     double precision NOT NULL,
    outcome         text NOT NULL,
    status_code     integer,
    reason          text,
    error           text,
    PRIMARY KEY (notification_id, attempt)
);

-- Send pacing shared by every replica (PostgresPacer): per destination, the GCRA theoretical arrival time and the
-- end of a server's Retry-After hold; and the send slots handed out to notifications that wait for them.
CREATE TABLE pacing (
    key        text PRIMARY KEY,
    tat        bigint NOT NULL DEFAULT 0,
    held_until bigint NOT NULL DEFAULT 0
);

CREATE TABLE pacing_slots (
    key  text NOT NULL,
    id   text NOT NULL,
    slot bigint NOT NULL,
    PRIMARY KEY (key, id)
);
CREATE INDEX pacing_slots_slot ON pacing_slots(key, slot);

-- Replicas that use this database, with a heartbeat: for /health, and to notice two processes sharing one id.
CREATE TABLE replicas (
    id           text PRIMARY KEY,
    instance     text NOT NULL,
    version      text NOT NULL,
    started_at   bigint NOT NULL,
    heartbeat_at bigint NOT NULL
);

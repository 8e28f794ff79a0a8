-- Times are .NET UTC ticks (100 ns since 0001-01-01); 0 is Alertmanager's zero time.
CREATE TABLE alerts (
    fingerprint   TEXT PRIMARY KEY,
    labels        TEXT NOT NULL,
    annotations   TEXT NOT NULL,
    starts_at     INTEGER NOT NULL,
    ends_at       INTEGER NOT NULL,
    generator_url TEXT NOT NULL,
    updated_at    INTEGER NOT NULL,
    last_seen_at  INTEGER NOT NULL,
    resolved_seen_at INTEGER NOT NULL DEFAULT 0,
    version       INTEGER NOT NULL
);
CREATE INDEX alerts_updated ON alerts(updated_at);

-- One row per distinct webhook content inside the dedup window.
CREATE TABLE receipts (
    content_hash TEXT PRIMARY KEY,
    receipt_id   TEXT NOT NULL,
    received_at  INTEGER NOT NULL,
    alerts       INTEGER NOT NULL
);
CREATE INDEX receipts_received ON receipts(received_at);

import GRDB

extension Schema {
    /// Migration 5: tenants, users, API keys, incidents, insights, the alert outbox and the model registry.
    ///
    /// Incidents and insights belong to a stream (a foreign key, so deleting the stream deletes them); one unresolved
    /// incident per (stream, taxonomy, label) is a partial unique index, so the database itself refuses a second.
    /// Model files are BLOBs in their own column, last, so listing versions never reads them.
    static func registerTenantsUsersIncidentsModels(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("5-tenants-users-incidents-models") { db in
            try db.execute(
                sql: """
                    CREATE TABLE tenants (
                        id TEXT PRIMARY KEY,
                        name TEXT NOT NULL,
                        created_at INTEGER NOT NULL
                    ) WITHOUT ROWID;

                    CREATE TABLE users (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
                        email TEXT NOT NULL UNIQUE,
                        password_hash TEXT NOT NULL,
                        role TEXT NOT NULL,
                        created_at INTEGER NOT NULL
                    );
                    CREATE INDEX users_by_tenant ON users (tenant_id, id);

                    CREATE TABLE api_keys (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
                        name TEXT NOT NULL,
                        role TEXT NOT NULL,
                        key_hash TEXT NOT NULL UNIQUE,
                        prefix TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        last_used_at INTEGER,
                        revoked_at INTEGER
                    );
                    CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, id);

                    CREATE TABLE incidents (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL,
                        stream_id TEXT NOT NULL,
                        taxonomy TEXT NOT NULL,
                        label TEXT NOT NULL,
                        level TEXT NOT NULL,
                        status TEXT NOT NULL,
                        severity TEXT NOT NULL,
                        started_at INTEGER NOT NULL,
                        peak_at INTEGER NOT NULL,
                        ended_at INTEGER,
                        observed_rate REAL NOT NULL,
                        baseline_rate REAL NOT NULL,
                        share REAL NOT NULL,
                        message_count INTEGER NOT NULL,
                        sample_message_ids TEXT NOT NULL,
                        acknowledged_by TEXT,
                        acknowledged_at INTEGER,
                        updated_at INTEGER NOT NULL,
                        FOREIGN KEY (tenant_id, stream_id) REFERENCES streams (tenant_id, id) ON DELETE CASCADE
                    );
                    CREATE UNIQUE INDEX incidents_unresolved ON incidents (tenant_id, stream_id, taxonomy, label)
                        WHERE status <> 'resolved';
                    CREATE INDEX incidents_by_start ON incidents (tenant_id, started_at, id);
                    CREATE INDEX incidents_by_stream ON incidents (tenant_id, stream_id, started_at, id);

                    CREATE TABLE insights (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL,
                        stream_id TEXT NOT NULL,
                        incident_id INTEGER,
                        type TEXT NOT NULL,
                        message TEXT NOT NULL,
                        confidence REAL NOT NULL,
                        source TEXT NOT NULL,
                        message_ids TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        FOREIGN KEY (tenant_id, stream_id) REFERENCES streams (tenant_id, id) ON DELETE CASCADE
                    );
                    CREATE INDEX insights_by_stream ON insights (tenant_id, stream_id, created_at, id);

                    CREATE TABLE alerts (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL,
                        incident_id INTEGER,
                        channel TEXT NOT NULL,
                        destination TEXT NOT NULL,
                        payload TEXT NOT NULL,
                        status TEXT NOT NULL,
                        attempts INTEGER NOT NULL,
                        next_attempt_at INTEGER NOT NULL,
                        last_error TEXT,
                        created_at INTEGER NOT NULL,
                        sent_at INTEGER
                    );
                    CREATE INDEX alerts_due ON alerts (next_attempt_at, id) WHERE status = 'pending';
                    CREATE INDEX alerts_by_tenant ON alerts (tenant_id, status, id);

                    CREATE TABLE model_versions (
                        tenant_id TEXT NOT NULL,
                        taxonomy TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        metrics TEXT NOT NULL,
                        training_fingerprint TEXT NOT NULL,
                        parameters TEXT NOT NULL,
                        parent INTEGER,
                        created_at INTEGER NOT NULL,
                        file_size INTEGER NOT NULL,
                        file_checksum TEXT NOT NULL,
                        file BLOB NOT NULL,
                        PRIMARY KEY (tenant_id, taxonomy, version)
                    );

                    CREATE TABLE model_aliases (
                        tenant_id TEXT NOT NULL,
                        taxonomy TEXT NOT NULL,
                        alias TEXT NOT NULL,
                        version INTEGER NOT NULL,
                        PRIMARY KEY (tenant_id, taxonomy, alias),
                        FOREIGN KEY (tenant_id, taxonomy, version)
                            REFERENCES model_versions (tenant_id, taxonomy, version) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    """)
        }
    }
}

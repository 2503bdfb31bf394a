extension PostgresSchema {
    /// Migration 4: tenants, users, API keys, incidents, insights, the alert outbox and the model registry.
    ///
    /// Incidents and insights belong to a stream (a foreign key, so deleting the stream deletes them); one unresolved
    /// incident per (stream, taxonomy, label) is a partial unique index, so two nodes can never both open one.
    /// Documents handed back as given (metrics, parameters, payloads) are `text`, not `jsonb`, which would reorder
    /// their keys; model files are `bytea`.
    static let tenantsUsersIncidentsModels: (id: String, sql: [String]) = (
        "4-tenants-users-incidents-models",
        [
            """
            CREATE TABLE tenants (
                id text PRIMARY KEY,
                name text NOT NULL,
                created_at bigint NOT NULL
            )
            """,
            """
            CREATE TABLE users (
                id bigserial PRIMARY KEY,
                tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
                email text NOT NULL UNIQUE,
                password_hash text NOT NULL,
                role text NOT NULL,
                created_at bigint NOT NULL
            )
            """,
            "CREATE INDEX users_by_tenant ON users (tenant_id, id)",
            """
            CREATE TABLE api_keys (
                id bigserial PRIMARY KEY,
                tenant_id text NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
                name text NOT NULL,
                role text NOT NULL,
                key_hash text NOT NULL UNIQUE,
                prefix text NOT NULL,
                created_at bigint NOT NULL,
                last_used_at bigint,
                revoked_at bigint
            )
            """,
            "CREATE INDEX api_keys_by_tenant ON api_keys (tenant_id, id)",
            """
            CREATE TABLE incidents (
                id bigserial PRIMARY KEY,
                tenant_id text NOT NULL,
                stream_id text NOT NULL,
                taxonomy text NOT NULL,
                label text NOT NULL,
                level text NOT NULL,
                status text NOT NULL,
                severity text NOT NULL,
                started_at bigint NOT NULL,
                peak_at bigint NOT NULL,
                ended_at bigint,
                observed_rate double precision NOT NULL,
                baseline_rate double precision NOT NULL,
                share double precision NOT NULL,
                message_count bigint NOT NULL,
                sample_message_ids jsonb NOT NULL,
                acknowledged_by text,
                acknowledged_at bigint,
                updated_at bigint NOT NULL,
                FOREIGN KEY (tenant_id, stream_id) REFERENCES streams (tenant_id, id) ON DELETE CASCADE
            )
            """,
            """
            CREATE UNIQUE INDEX incidents_unresolved ON incidents (tenant_id, stream_id, taxonomy, label)
                WHERE status <> 'resolved'
            """,
            "CREATE INDEX incidents_by_start ON incidents (tenant_id, started_at, id)",
            "CREATE INDEX incidents_by_stream ON incidents (tenant_id, stream_id, started_at, id)",
            """
            CREATE TABLE insights (
                id bigserial PRIMARY KEY,
                tenant_id text NOT NULL,
                stream_id text NOT NULL,
                incident_id bigint,
                type text NOT NULL,
                message text NOT NULL,
                confidence double precision NOT NULL,
                source text NOT NULL,
                message_ids jsonb NOT NULL,
                created_at bigint NOT NULL,
                FOREIGN KEY (tenant_id, stream_id) REFERENCES streams (tenant_id, id) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX insights_by_stream ON insights (tenant_id, stream_id, created_at, id)",
            """
            CREATE TABLE alerts (
                id bigserial PRIMARY KEY,
                tenant_id text NOT NULL,
                incident_id bigint,
                channel text NOT NULL,
                destination text NOT NULL,
                payload text NOT NULL,
                status text NOT NULL,
                attempts integer NOT NULL,
                next_attempt_at bigint NOT NULL,
                last_error text,
                created_at bigint NOT NULL,
                sent_at bigint
            )
            """,
            "CREATE INDEX alerts_due ON alerts (next_attempt_at, id) WHERE status = 'pending'",
            "CREATE INDEX alerts_by_tenant ON alerts (tenant_id, status, id)",
            """
            CREATE TABLE model_versions (
                tenant_id text NOT NULL,
                taxonomy text NOT NULL,
                version integer NOT NULL,
                metrics text NOT NULL,
                training_fingerprint text NOT NULL,
                parameters text NOT NULL,
                parent integer,
                created_at bigint NOT NULL,
                file_size bigint NOT NULL,
                file_checksum text NOT NULL,
                file bytea NOT NULL,
                PRIMARY KEY (tenant_id, taxonomy, version)
            )
            """,
            """
            CREATE TABLE model_aliases (
                tenant_id text NOT NULL,
                taxonomy text NOT NULL,
                alias text NOT NULL,
                version integer NOT NULL,
                PRIMARY KEY (tenant_id, taxonomy, alias),
                FOREIGN KEY (tenant_id, taxonomy, version)
                    REFERENCES model_versions (tenant_id, taxonomy, version) ON DELETE CASCADE
            )
            """,
        ]
    )
}

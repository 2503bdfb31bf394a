/// The PostgreSQL schema as numbered migrations; one never edited once shipped. Applied in a transaction under an
/// advisory lock, so several nodes starting at once apply each migration exactly once.
enum PostgresSchema {
    static let lockKey: Int64 = 0x5649_4749_4100  // "VIGIA"

    static let migrations: [(id: String, sql: [String])] = [
        (
            "1-streams-and-messages",
            [
                "CREATE EXTENSION IF NOT EXISTS unaccent",
                // Portuguese stemming on words folded without accents, so "ÁUDIO" finds "audio" and "travando"
                // finds "travou".
                "CREATE TEXT SEARCH CONFIGURATION vigia_pt (COPY = portuguese)",
                """
                ALTER TEXT SEARCH CONFIGURATION vigia_pt
                    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, portuguese_stem
                """,
                """
                CREATE TABLE streams (
                    tenant_id text NOT NULL,
                    id text NOT NULL,
                    name text NOT NULL,
                    kind text NOT NULL,
                    taxonomies jsonb NOT NULL,
                    created_at bigint NOT NULL,
                    PRIMARY KEY (tenant_id, id)
                )
                """,
                """
                CREATE TABLE messages (
                    id bigint PRIMARY KEY,
                    tenant_id text NOT NULL,
                    stream_id text NOT NULL,
                    client_id text,
                    event_time bigint NOT NULL,
                    received_time bigint NOT NULL,
                    author text,
                    text text NOT NULL,
                    language text,
                    predictions jsonb NOT NULL,
                    tags jsonb NOT NULL,
                    extra text,
                    search tsvector GENERATED ALWAYS AS (to_tsvector('vigia_pt', text)) STORED
                )
                """,
                """
                CREATE UNIQUE INDEX messages_by_client_id ON messages (tenant_id, stream_id, client_id)
                    WHERE client_id IS NOT NULL
                """,
                "CREATE INDEX messages_by_stream ON messages (tenant_id, stream_id, id)",
                "CREATE INDEX messages_by_event_time ON messages (tenant_id, event_time)",
                "CREATE INDEX messages_search ON messages USING gin (search)",
            ]
        ),
        (
            "2-labels",
            [
                """
                CREATE TABLE labels (
                    id bigserial PRIMARY KEY,
                    tenant_id text NOT NULL,
                    message_id bigint NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
                    taxonomy text NOT NULL,
                    label text NOT NULL,
                    author text NOT NULL,
                    created_at bigint NOT NULL
                )
                """,
                "CREATE INDEX labels_by_message ON labels (tenant_id, message_id, taxonomy, id)",
                "CREATE INDEX labels_by_taxonomy ON labels (tenant_id, taxonomy, message_id, id)",
            ]
        ),
        (
            "3-jobs",
            [
                """
                CREATE TABLE jobs (
                    id bigserial PRIMARY KEY,
                    tenant_id text NOT NULL,
                    kind text NOT NULL,
                    status text NOT NULL,
                    progress double precision NOT NULL,
                    input text NOT NULL,
                    result text,
                    created_at bigint NOT NULL,
                    updated_at bigint NOT NULL
                )
                """,
                "CREATE INDEX jobs_by_status ON jobs (status, id)",
            ]
        ),
        tenantsUsersIncidentsModels,
        (
            "5-event-time-brin",
            [
                // Event times arrive nearly in table order, so a block-range index serves time ranges and retention
                // at a fraction of a B-tree's cost on every insert.
                "DROP INDEX messages_by_event_time",
                "CREATE INDEX messages_by_event_time ON messages USING brin (event_time)",
            ]
        ),
        (
            "6-stream-detection-and-summaries",
            [
                "ALTER TABLE streams ADD COLUMN detection jsonb",
                """
                CREATE TABLE summaries (
                    tenant_id text NOT NULL,
                    stream_id text NOT NULL,
                    period_from bigint NOT NULL,
                    period_to bigint NOT NULL,
                    body jsonb NOT NULL,
                    PRIMARY KEY (tenant_id, stream_id, period_from, period_to),
                    FOREIGN KEY (tenant_id, stream_id) REFERENCES streams (tenant_id, id) ON DELETE CASCADE
                )
                """,
            ]
        ),
        (
            "7-settings",
            [
                """
                CREATE TABLE settings (
                    tenant_id text NOT NULL,
                    kind text NOT NULL,
                    name text NOT NULL,
                    value json NOT NULL,
                    created_at bigint NOT NULL,
                    updated_at bigint NOT NULL,
                    kept bigserial NOT NULL,
                    PRIMARY KEY (tenant_id, kind, name)
                )
                """
            ]
        ),
        (
            // An e-mail is unique within its tenant, not across tenants: a globally unique one made registering a
            // tenant tell whether someone had an account anywhere.
            "8-emails-unique-per-tenant",
            [
                "ALTER TABLE users DROP CONSTRAINT users_email_key",
                "ALTER TABLE users ADD CONSTRAINT users_email_per_tenant UNIQUE (tenant_id, email)",
                "CREATE INDEX users_by_email ON users (email)",
            ]
        ),
    ]
}

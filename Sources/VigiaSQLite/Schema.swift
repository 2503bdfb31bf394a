import GRDB

/// The database schema, as migrations. A migration is never edited once it has shipped: a change is a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("1-streams-and-messages") { db in
            try db.execute(
                sql: """
                    CREATE TABLE streams (
                        tenant_id TEXT NOT NULL,
                        id TEXT NOT NULL,
                        name TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        taxonomies TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        PRIMARY KEY (tenant_id, id)
                    ) WITHOUT ROWID;

                    CREATE TABLE messages (
                        id INTEGER PRIMARY KEY,
                        tenant_id TEXT NOT NULL,
                        stream_id TEXT NOT NULL,
                        client_id TEXT,
                        event_time INTEGER NOT NULL,
                        received_time INTEGER NOT NULL,
                        author TEXT,
                        text TEXT NOT NULL,
                        language TEXT,
                        predictions TEXT NOT NULL,
                        tags TEXT NOT NULL,
                        extra TEXT
                    );
                    CREATE UNIQUE INDEX messages_by_client_id ON messages (tenant_id, stream_id, client_id)
                        WHERE client_id IS NOT NULL;
                    CREATE INDEX messages_by_stream ON messages (tenant_id, stream_id, id);
                    CREATE INDEX messages_by_event_time ON messages (tenant_id, event_time);

                    -- One row per (message, taxonomy), so label and confidence filters use an index.
                    CREATE TABLE predictions (
                        message_id INTEGER NOT NULL,
                        tenant_id TEXT NOT NULL,
                        taxonomy TEXT NOT NULL,
                        label TEXT NOT NULL,
                        confidence REAL NOT NULL,
                        PRIMARY KEY (message_id, taxonomy)
                    ) WITHOUT ROWID;
                    CREATE INDEX predictions_by_label ON predictions (tenant_id, taxonomy, label, message_id);

                    -- Words folded to lowercase without accents, so "ÁUDIO" finds "audio". New messages are indexed
                    -- by one INSERT … SELECT per batch in the writer's transaction (a trigger per row is 8x slower).
                    CREATE VIRTUAL TABLE messages_fts USING fts5(
                        text, content = 'messages', content_rowid = 'id',
                        tokenize = 'unicode61 remove_diacritics 2'
                    );
                    CREATE TRIGGER messages_removed AFTER DELETE ON messages BEGIN
                        INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.id, old.text);
                        DELETE FROM predictions WHERE message_id = old.id;
                    END;
                    """)
        }
        migrator.registerMigration("2-labels") { db in
            try db.execute(
                sql: """
                    CREATE TABLE labels (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL,
                        message_id INTEGER NOT NULL,
                        taxonomy TEXT NOT NULL,
                        label TEXT NOT NULL,
                        author TEXT NOT NULL,
                        created_at INTEGER NOT NULL
                    );
                    CREATE INDEX labels_by_message ON labels (tenant_id, message_id, taxonomy, id);
                    CREATE INDEX labels_by_taxonomy ON labels (tenant_id, taxonomy, message_id, id);
                    CREATE TRIGGER labels_of_removed_messages AFTER DELETE ON messages BEGIN
                        DELETE FROM labels WHERE message_id = old.id;
                    END;
                    """)
        }
        migrator.registerMigration("3-jobs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE jobs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        status TEXT NOT NULL,
                        progress REAL NOT NULL,
                        input TEXT NOT NULL,
                        result TEXT,
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL
                    );
                    CREATE INDEX jobs_by_status ON jobs (status, id);
                    """)
        }
        registerTenantsUsersIncidentsModels(in: &migrator)
        return migrator
    }
}

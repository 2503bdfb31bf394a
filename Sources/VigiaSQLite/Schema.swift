import Foundation
import GRDB
import VigiaCore

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
        migrator.registerMigration("4-message-blocks") { db in
            try db.execute(
                sql: """
                    -- Messages packed by stream into blocks (see MessageBlock): a row, a full-text document and a
                    -- row per distinct label per block, instead of per message.
                    CREATE TABLE message_blocks (
                        id INTEGER PRIMARY KEY,
                        last_id INTEGER NOT NULL,
                        tenant_id TEXT NOT NULL,
                        stream_id TEXT NOT NULL,
                        message_count INTEGER NOT NULL,
                        min_event_time INTEGER NOT NULL,
                        max_event_time INTEGER NOT NULL,
                        word_signatures BLOB NOT NULL,
                        payload BLOB NOT NULL
                    );
                    CREATE INDEX message_blocks_by_stream ON message_blocks (tenant_id, stream_id, id);
                    CREATE INDEX message_blocks_by_tenant ON message_blocks (tenant_id, id);

                    CREATE TABLE message_block_labels (
                        block_id INTEGER NOT NULL,
                        taxonomy TEXT NOT NULL,
                        label TEXT NOT NULL,
                        min_confidence REAL NOT NULL,
                        max_confidence REAL NOT NULL,
                        PRIMARY KEY (block_id, taxonomy, label)
                    ) WITHOUT ROWID;

                    CREATE TABLE message_client_ids (
                        tenant_id TEXT NOT NULL,
                        stream_id TEXT NOT NULL,
                        client_id TEXT NOT NULL,
                        message_id INTEGER NOT NULL,
                        PRIMARY KEY (tenant_id, stream_id, client_id)
                    ) WITHOUT ROWID;

                    -- Finds the blocks that hold every word somewhere; MessageFilter then checks each message.
                    CREATE VIRTUAL TABLE message_blocks_fts USING fts5(
                        text, content = '', tokenize = 'unicode61 remove_diacritics 2', detail = none
                    );
                    """)
            try movePerMessageRowsIntoBlocks(db)
            try db.execute(
                sql: """
                    DROP TRIGGER labels_of_removed_messages;
                    DROP TRIGGER messages_removed;
                    DROP TABLE messages_fts;
                    DROP TABLE predictions;
                    DROP TABLE messages;
                    """)
        }
        registerTenantsUsersIncidentsModels(in: &migrator)
        migrator.registerMigration("6-stream-detection-and-summaries") { db in
            try db.execute(
                sql: """
                    ALTER TABLE streams ADD COLUMN detection TEXT;

                    CREATE TABLE summaries (
                        tenant_id TEXT NOT NULL,
                        stream_id TEXT NOT NULL,
                        period_from INTEGER NOT NULL,
                        period_to INTEGER NOT NULL,
                        body TEXT NOT NULL,
                        PRIMARY KEY (tenant_id, stream_id, period_from, period_to),
                        FOREIGN KEY (tenant_id, stream_id) REFERENCES streams (tenant_id, id) ON DELETE CASCADE
                    ) WITHOUT ROWID;
                    """)
        }
        migrator.registerMigration("7-settings") { db in
            try db.execute(
                sql: """
                    CREATE TABLE settings (
                        tenant_id TEXT NOT NULL,
                        kind TEXT NOT NULL,
                        name TEXT NOT NULL,
                        value TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        updated_at INTEGER NOT NULL,
                        PRIMARY KEY (tenant_id, kind, name)
                    );
                    """)
        }
        // An e-mail is unique within its tenant, not across tenants: a globally unique one made registering a
        // tenant tell whether someone had an account anywhere. SQLite drops a column's UNIQUE only by a rebuild.
        migrator.registerMigration("8-emails-unique-per-tenant") { db in
            try db.execute(
                sql: """
                    CREATE TABLE users_per_tenant (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        tenant_id TEXT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
                        email TEXT NOT NULL,
                        password_hash TEXT NOT NULL,
                        role TEXT NOT NULL,
                        created_at INTEGER NOT NULL,
                        UNIQUE (tenant_id, email)
                    );
                    INSERT INTO users_per_tenant SELECT id, tenant_id, email, password_hash, role, created_at FROM users;
                    DROP TABLE users;
                    ALTER TABLE users_per_tenant RENAME TO users;
                    CREATE INDEX users_by_tenant ON users (tenant_id, id);
                    CREATE INDEX users_by_email ON users (email);
                    """)
        }
        return migrator
    }

    /// Moves the rows of migration 1's `messages` table into blocks. Each block takes a run of consecutive ids of
    /// one stream, so that blocks do not overlap even where streams' ids interleave.
    private static func movePerMessageRowsIntoBlocks(_ db: Database) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT id, tenant_id, stream_id, client_id, event_time, received_time, author, text, language,
                    predictions, tags, extra
                FROM messages ORDER BY id
                """)
        let decoder = JSONDecoder()
        var draft = MessageBlock.Draft()
        var owner: (tenant: String, stream: String)?
        func flush() throws {
            if let owner, draft.count > 0 {
                try MessageBlockRows.insert(draft, tenant: owner.tenant, stream: owner.stream, in: db)
            }
            draft = MessageBlock.Draft()
        }
        while let row = try rows.next() {
            let tenant: String = row["tenant_id"]
            let stream: String = row["stream_id"]
            if owner?.tenant != tenant || owner?.stream != stream || draft.count == MessageBlock.capacity {
                try flush()
                owner = (tenant, stream)
            }
            let message = NewMessage(
                clientID: row["client_id"], eventTime: Timestamp(milliseconds: row["event_time"]),
                author: row["author"], text: row["text"], language: row["language"],
                predictions: try decoder.decode([Prediction].self, from: Data((row["predictions"] as String).utf8)),
                tags: try decoder.decode([String].self, from: Data((row["tags"] as String).utf8)),
                extra: row["extra"])
            let records = MessageBlock.Records([message], receivedAt: Timestamp(milliseconds: row["received_time"]))
            draft.add(message, id: row["id"], from: records, at: 0)
            if let clientID = message.clientID {
                try MessageBlockRows.record(
                    clientID: clientID, of: row["id"], tenant: tenant, stream: stream, in: db)
            }
        }
        try flush()
    }
}

import PostgresNIO
import VigiaCore

/// Reading rows by column name and mapping PostgreSQL's errors, for the stores of accounts, incidents and models.
extension PostgresStore {
    /// The rows of `query`, run on `connection` (inside a transaction) or else on the pool, each made into a value.
    func fetch<T>(
        _ query: PostgresQuery, on connection: PostgresConnection? = nil,
        _ make: (PostgresRandomAccessRow) throws -> T
    ) async throws -> [T] {
        let rows =
            if let connection {
                try await connection.query(query, logger: logger)
            } else {
                try await client.query(query, logger: logger)
            }
        var values: [T] = []
        for try await row in rows { values.append(try make(row.makeRandomAccess())) }
        return values
    }

    /// ``fetch(_:on:_:)`` on the pool, with errors mapped: `what` says what failed.
    func rows<T>(
        _ what: String, _ query: PostgresQuery, _ make: (PostgresRandomAccessRow) throws -> T
    ) async throws(VigiaError) -> [T] {
        try await VigiaError.mappingStorageErrors(what) { try await fetch(query, make) }
    }

    /// Runs `body` in a transaction, with errors mapped; a unique violation becomes `.conflict` with `conflict`.
    func transaction<T: Sendable>(
        _ what: String, conflict: String? = nil, _ body: (PostgresConnection) async throws -> T
    ) async throws(VigiaError) -> T {
        try await VigiaError.mappingStorageErrors(what) {
            do {
                return try await client.withTransaction(logger: logger) { connection in
                    do {
                        return try await body(connection)
                    } catch let error as PSQLError where error.serverInfo?[.sqlState] == "23505" && conflict != nil {
                        throw VigiaError(.conflict, conflict ?? "")
                    }
                }
            } catch let error as PostgresTransactionError where error.rollbackError == nil {
                // The body's own error (a `VigiaError`, or the driver's), not the transaction's wrapper.
                guard let closureError = error.closureError else { throw error }
                throw closureError
            }
        }
    }

    /// Locks the row `select` finds (it ends in `FOR UPDATE`), lets `change` decide its new state or throw, and
    /// writes that state with the statement `update` makes, in one transaction: nodes changing one row take turns,
    /// and each sees the change before it.
    func changeRow<T: Sendable>(
        _ what: String, select: PostgresQuery, decode: (PostgresRandomAccessRow) throws -> T,
        change: (T?) throws(VigiaError) -> T, update: (T) -> PostgresQuery
    ) async throws(VigiaError) -> T {
        try await transaction(what) { connection in
            let changed = try change(try await fetch(select, on: connection, decode).first)
            try await connection.query(update(changed), logger: logger)
            return changed
        }
    }
}

extension PostgresRandomAccessRow {
    /// The value of `column`.
    func value<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try self[column].decode(T.self)
    }

    /// The time in milliseconds in `column`, if any.
    func timestamp(_ column: String) throws -> Timestamp? {
        try value(column, as: Int64?.self).map(Timestamp.init(milliseconds:))
    }
}

import Synchronization
import VigiaCore

/// A local file followed as it grows, the way `tail -F` does: it is looked at every ``SourceSettings/filePollInterval``,
/// complete lines are read as they are appended (a partial last line waits for its newline), a rotated file (the
/// path now names another file) is finished before the new one is read from its start, and a truncated one is read
/// again from its start. Each message's client id is the line's place, `<device>:<inode>:<offset>`, so a restart
/// from an older checkpoint delivers nothing twice (after a truncation, `:<truncations>` is added, since the
/// offsets of new lines were used before).
final class FileTailReader: SourceReader {
    /// The place read up to: the file (device and inode) and the byte after its last delivered line.
    struct Checkpoint: Codable, Sendable, Hashable {
        var device: UInt64
        var inode: UInt64
        var offset: Int64
        var truncations: Int
    }

    /// Bytes read at once; a longer line is read as it is, cut at this size.
    static let chunk = 4 << 20

    private struct State {
        var loaded = false
        var checkpoint: Checkpoint?
        var badLines = 0
    }

    private let state = Mutex(State())

    func read(_ context: SourceContext) async throws(VigiaError) -> SourceReadOutcome {
        guard let definition = context.definition.file else {
            throw VigiaError(.invalidArgument, "a file source has a 'file' object")
        }
        guard let folder = context.settings.fileFolder else {
            throw VigiaError(.invalidArgument, "file sources are off on this node (set sources.fileDirectory)")
        }
        if !state.withLock({ $0.loaded }) {
            let saved = await context.loadCheckpoint().flatMap { try? JSONText.decoded(Checkpoint.self, from: $0) }
            state.withLock { state in
                state.loaded = true
                state.checkpoint = saved
            }
        }
        var reading = try FollowedFile(path: definition.path, format: definition.format, folder: folder)
        if let saved = state.withLock({ $0.checkpoint }), saved.device == reading.device,
            saved.inode == reading.inode
        {
            try reading.resume(at: saved.offset, truncations: saved.truncations)
        }
        context.connected(reason: badLineReason())
        while true {
            try await drain(reading, context)
            if let named = FollowedFile.identity(definition.path),
                named.device != reading.device || named.inode != reading.inode
            {
                // Rotated: whatever was written to the old file before the switch is read first.
                try await drain(reading, context)
                reading = try FollowedFile(path: definition.path, format: definition.format, folder: folder)
                context.logger.info("the file was rotated; reading the new one from its start")
                await save(reading, context)
                continue
            }
            do {
                try await Task.sleep(for: context.settings.filePollInterval)
            } catch {
                throw VigiaError(.unavailable, "stopped")
            }
        }
    }

    /// Reads and delivers every complete line appended since the last call, then saves the place.
    private func drain(_ reading: FollowedFile, _ context: SourceContext) async throws(VigiaError) {
        while true {
            if try reading.wasTruncated() {
                context.logger.info("the file was truncated; reading it from its start")
                try reading.resume(at: 0, truncations: reading.truncations + 1)
            }
            let lines = try reading.nextLines(maximum: Self.chunk)
            if lines.isEmpty { return }
            var messages: [NewMessage] = []
            var bad: [String] = []
            for line in lines {
                switch reading.message(line) {
                case .message(let message): messages.append(message)
                case .bad(let why): bad.append(why)
                case .nothing: continue
                }
            }
            try await context.deliver(messages)
            reading.commit(lines)
            if !bad.isEmpty {
                state.withLock { $0.badLines += bad.count }
                for why in bad { context.logger.warning("line skipped: \(why)") }
                context.connected(reason: badLineReason())
            }
            await save(reading, context)
        }
    }

    private func save(_ reading: FollowedFile, _ context: SourceContext) async {
        let checkpoint = Checkpoint(
            device: reading.device, inode: reading.inode, offset: reading.offset, truncations: reading.truncations)
        state.withLock { $0.checkpoint = checkpoint }
        await context.saveCheckpoint(JSONText.encoded(checkpoint))
    }

    private func badLineReason() -> String? {
        let count = state.withLock { $0.badLines }
        return count == 0 ? nil : "\(count) bad line\(count == 1 ? "" : "s") skipped"
    }
}

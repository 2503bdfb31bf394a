import Crypto
import HummingbirdBcrypt
import NIOPosix
import VigiaCore

/// Passwords and API keys: how they are made, hashed and checked.
public enum Credentials {
    /// bcrypt's work factor: about 50 ms a hash on this machine's cores, costly for a guesser, cheap for a sign-in.
    static let bcryptCost: UInt8 = 10
    static let minimumPasswordLength = 8
    static let maximumPasswordLength = 72
    /// API keys start with this, so a leaked one is recognisable (and a token is never mistaken for one).
    static let keyPrefix = "vg_"

    /// bcrypt runs on NIO's thread pool: it blocks for tens of milliseconds, which the event loop must not.
    public static func hash(password: String) async throws(VigiaError) -> String {
        do {
            return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: bcryptCost) }
        } catch {
            throw VigiaError(.unavailable, "cannot hash the password: \(error)")
        }
    }

    static func verify(password: String, hash: String) async throws -> Bool {
        try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
    }

    /// A hash of a password nobody has, checked when a sign-in names an unknown e-mail.
    static let decoyHash = Bcrypt.hash(String(UInt64.random(in: .min ... .max)), cost: bcryptCost)

    static func validate(password: String) throws(Problem) {
        guard (minimumPasswordLength...maximumPasswordLength).contains(password.utf8.count) else {
            throw Problem.unprocessable(
                "a password has \(minimumPasswordLength) to \(maximumPasswordLength) bytes")
        }
    }

    /// Letters and digits, for secrets.
    public static let alphanumerics = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

    /// `length` characters of `alphabet`, from the system's secure generator: secrets, keys and ids.
    public static func random(length: Int, from alphabet: [Character] = alphanumerics) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// A new API key: the secret (shown once), its SHA-256 and its display prefix.
    static func newAPIKey() -> (secret: String, hash: String, prefix: String) {
        let secret = keyPrefix + random(length: 40)
        return (secret, sha256(secret), String(secret.prefix(keyPrefix.count + 6)))
    }

    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}

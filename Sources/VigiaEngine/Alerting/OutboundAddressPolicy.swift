import NIOPosix
import VigiaCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Which addresses the node may send a receiver's request to. Whoever may add a receiver chooses its URL, so by
/// default nothing inside the node's own networks may be reached: loopback, private, carrier-grade NAT,
/// link-local (where clouds serve instance metadata), multicast, documentation and reserved ranges, over IPv4 and
/// IPv6 (addresses that embed an IPv4 one are judged by it). A name is judged by every address it resolves to, and
/// the request goes to the address judged, so a name that resolves differently a moment later changes nothing.
///
/// On-premise receivers are let through by configuration: host names, addresses, or networks in CIDR notation.
public struct OutboundAddressPolicy: Sendable {
    /// Every address a host name resolves to now, as bytes (4 or 16); empty when it does not resolve. May block.
    public typealias Resolver = @Sendable (String) -> [[UInt8]]

    /// The system's resolver (`getaddrinfo`: /etc/hosts, then DNS).
    public static let systemResolver: Resolver = { IPAddressText.resolve($0) }

    /// An IP network: an address's leading `prefixLength` bits.
    struct Network: Sendable, Hashable {
        let bytes: [UInt8]
        let prefixLength: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            for bit in 0..<prefixLength where (address[bit / 8] ^ bytes[bit / 8]) & (0x80 >> UInt8(bit % 8)) != 0 {
                return false
            }
            return true
        }

        /// `address/length`, or a single address.
        init?(_ text: String) {
            let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = parts.first.flatMap(IPAddressText.parse(strict:)) else { return nil }
            let length = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let length, (0...bytes.count * 8).contains(length) else { return nil }
            self.bytes = bytes
            self.prefixLength = length
        }
    }

    /// Ranges no receiver reaches unless allowed (RFC 6890's special-purpose registries, in short).
    static let internalNetworks: [Network] = [
        "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
        "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
        "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128", "100::/64", "2001:db8::/32",
        "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8",
    ].map { Network($0)! }

    /// IPv6 prefixes whose last 32 bits are an IPv4 address: mapped, compatible, and NAT64's.
    static let embeddingIPv4: [Network] = ["::ffff:0:0/96", "::/96", "64:ff9b::/96"].map { Network($0)! }

    private let allowedHosts: Set<String>
    private let allowedNetworks: [Network]
    private let resolver: Resolver

    /// The default: public addresses only.
    public static let publicOnly = OutboundAddressPolicy(hosts: [], networks: [], resolver: systemResolver)

    private init(hosts: Set<String>, networks: [Network], resolver: @escaping Resolver) {
        allowedHosts = hosts
        allowedNetworks = networks
        self.resolver = resolver
    }

    /// Public addresses, and the hosts and networks `allowing` names (`hooks.corp.example`, `10.2.0.0/16`,
    /// `127.0.0.1`); `.invalidArgument` for an entry that is neither. Names resolve through `resolver`.
    public init(allowing entries: [String], resolver: @escaping Resolver = systemResolver) throws(VigiaError) {
        var hosts: Set<String> = []
        var networks: [Network] = []
        for entry in entries.map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !entry.isEmpty {
            if let network = Network(entry) {
                networks.append(network)
            } else if !entry.contains("/"), entry.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) {
                hosts.insert(entry)
            } else {
                throw VigiaError(
                    .invalidArgument, "'\(entry)' is neither a host name, an IP address nor a CIDR network")
            }
        }
        self.init(hosts: hosts, networks: networks, resolver: resolver)
    }

    /// Why `host` (as a URL names it) may not be reached, judged without DNS: an address in an internal range,
    /// in any of the forms C libraries read (`2130706433` and `0x7f.1` are 127.0.0.1), or `localhost`. Nil when
    /// it may be, as far as that tells; ``address(for:)`` decides for a name.
    public func refusal(ofLiteralHost host: String) -> String? {
        let name = Self.bare(host)
        if allowedHosts.contains(name) { return nil }
        if name == "localhost" || name.hasSuffix(".localhost") { return Self.refusal }
        guard let bytes = IPAddressText.parse(lenient: name) else { return nil }
        return isAllowed(bytes) ? nil : Self.refusal
    }

    /// The address to connect to for `host`: the first one it resolves to, when every one may be reached.
    /// `.invalidArgument` (with a sentence that names neither the URL nor the addresses) when one may not;
    /// `.unavailable` when the name does not resolve now.
    public func address(for host: String) async throws(VigiaError) -> String {
        let name = Self.bare(host)
        if let refusal = refusal(ofLiteralHost: name) { throw VigiaError(.invalidArgument, refusal) }
        let resolved: [[UInt8]]
        do {
            resolved = try await NIOThreadPool.singleton.runIfActive { [resolver] in resolver(name) }
        } catch {
            throw VigiaError(.unavailable, "the receiver's host could not be resolved")
        }
        guard let first = resolved.first else {
            throw VigiaError(.unavailable, "the receiver's host could not be resolved")
        }
        guard allowedHosts.contains(name) || resolved.allSatisfy(isAllowed) else {
            throw VigiaError(.invalidArgument, Self.refusal)
        }
        return IPAddressText.format(first)
    }

    private func isAllowed(_ address: [UInt8]) -> Bool {
        if allowedNetworks.contains(where: { $0.contains(address) }) { return true }
        if Self.internalNetworks.contains(where: { $0.contains(address) }) { return false }
        if address.count == 16, Self.embeddingIPv4.contains(where: { $0.contains(address) }) {
            return isAllowed(Array(address[12...]))
        }
        return true
    }

    private static func bare(_ host: String) -> String {
        var name = host.lowercased()
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        while name.hasSuffix(".") { name.removeLast() }
        return name
    }

    private static let refusal =
        "the receiver's address is inside the node's networks (loopback, private, link-local or reserved); "
        + "an on-premise receiver must be allowed in alerts.allowedAddresses"
}

/// IP addresses as bytes, from text and from the resolver.
enum IPAddressText {
    /// An address in its standard text form only (dotted quad, or IPv6).
    static func parse(strict text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    /// An address in any form the C library reads as one, as the resolver would: `127.1`, `2130706433`,
    /// `0x7f000001`, `0177.0.0.1`, and IPv6.
    static func parse(lenient text: String) -> [UInt8]? {
        var v4 = in_addr()
        if !text.isEmpty, text.allSatisfy({ $0.isHexDigit || $0 == "." || $0 == "x" }), inet_aton(text, &v4) != 0 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        return parse(strict: text)
    }

    /// Every address `name` resolves to now (empty when it does not), through the system's resolver; blocks.
    static func resolve(_ name: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(name, nil, &hints, &list) == 0 else { return [] }
        defer { freeaddrinfo(list) }
        var addresses: [[UInt8]] = []
        var entry = list
        while let current = entry?.pointee {
            if current.ai_family == AF_INET, let socket = current.ai_addr {
                var address = socket.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
                addresses.append(withUnsafeBytes(of: &address) { Array($0) })
            } else if current.ai_family == AF_INET6, let socket = current.ai_addr {
                var address = socket.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { $0.pointee.sin6_addr }
                addresses.append(withUnsafeBytes(of: &address) { Array($0) })
            }
            entry = current.ai_next
        }
        return addresses
    }

    /// The standard text form.
    static func format(_ bytes: [UInt8]) -> String {
        var buffer = [UInt8](repeating: 0, count: Int(INET6_ADDRSTRLEN))
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        _ = bytes.withUnsafeBytes { address in
            buffer.withUnsafeMutableBufferPointer { text in
                text.withMemoryRebound(to: CChar.self) {
                    inet_ntop(family, address.baseAddress, $0.baseAddress, socklen_t($0.count))
                }
            }
        }
        return String(decoding: buffer.prefix { $0 != 0 }, as: UTF8.self)
    }
}

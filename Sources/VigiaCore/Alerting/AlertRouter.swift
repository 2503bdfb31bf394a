/// An incident as alert routing sees it: firing while its burst is on, resolved once it has ended. Its incident id
/// is its identity (Alertmanager's fingerprint): a newer state of the same incident replaces the older one.
public struct IncidentAlert: Sendable, Hashable, Codable {
    public var incident: Int64
    public var stream: StreamID
    public var taxonomy: String
    public var label: String
    public var severity: Incident.Severity
    public var startsAt: Timestamp
    /// When the burst ended; nil while it is on.
    public var endsAt: Timestamp?
    /// The insight, for people.
    public var summary: String

    public init(
        incident: Int64, stream: StreamID, taxonomy: String, label: String, severity: Incident.Severity,
        startsAt: Timestamp, endsAt: Timestamp? = nil, summary: String = ""
    ) {
        self.incident = incident
        self.stream = stream
        self.taxonomy = taxonomy
        self.label = label
        self.severity = severity
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.summary = summary
    }

    public var isResolved: Bool { endsAt != nil }
}

/// Which alerts go to which receivers, and how often (Alertmanager's route): alerts of the streams, taxonomies and
/// labels it names (none named: all), at `minimumSeverity` or worse, are grouped per receiver and stream.
public struct AlertRoute: Sendable, Hashable, Codable {
    public var name: String
    public var receivers: [String]
    public var streams: [StreamID]
    public var taxonomies: [String]
    /// A label takes its children too: `audio` takes `audio.sem_som`.
    public var labels: [String]
    public var minimumSeverity: Incident.Severity
    /// How long a new group waits for more alerts before its first notification.
    public var groupWaitSeconds: Int
    /// How long a group waits after a notification before it tells of new or changed alerts.
    public var groupIntervalSeconds: Int
    /// How long a group waits before it repeats a notification of alerts still firing.
    public var repeatIntervalSeconds: Int
    /// Whether ended incidents are notified as resolved.
    public var sendResolved: Bool
    /// Whether the routes after this one may take its alerts too.
    public var continues: Bool

    public init(
        name: String, receivers: [String], streams: [StreamID] = [], taxonomies: [String] = [], labels: [String] = [],
        minimumSeverity: Incident.Severity = .low, groupWaitSeconds: Int = 30, groupIntervalSeconds: Int = 300,
        repeatIntervalSeconds: Int = 4 * 3600, sendResolved: Bool = true, continues: Bool = false
    ) {
        self.name = name
        self.receivers = receivers
        self.streams = streams
        self.taxonomies = taxonomies
        self.labels = labels
        self.minimumSeverity = minimumSeverity
        self.groupWaitSeconds = groupWaitSeconds
        self.groupIntervalSeconds = groupIntervalSeconds
        self.repeatIntervalSeconds = repeatIntervalSeconds
        self.sendResolved = sendResolved
        self.continues = continues
    }

    /// Everything but the name and receivers may be left out: it takes the defaults of ``init(name:receivers:streams:taxonomies:labels:minimumSeverity:groupWaitSeconds:groupIntervalSeconds:repeatIntervalSeconds:sendResolved:continues:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = AlertRoute(name: "", receivers: [])
        self.init(
            name: try container.decode(String.self, forKey: .name),
            receivers: try container.decode([String].self, forKey: .receivers),
            streams: try container.decodeIfPresent([StreamID].self, forKey: .streams) ?? defaults.streams,
            taxonomies: try container.decodeIfPresent([String].self, forKey: .taxonomies) ?? defaults.taxonomies,
            labels: try container.decodeIfPresent([String].self, forKey: .labels) ?? defaults.labels,
            minimumSeverity: try container.decodeIfPresent(Incident.Severity.self, forKey: .minimumSeverity)
                ?? defaults.minimumSeverity,
            groupWaitSeconds: try container.decodeIfPresent(Int.self, forKey: .groupWaitSeconds)
                ?? defaults.groupWaitSeconds,
            groupIntervalSeconds: try container.decodeIfPresent(Int.self, forKey: .groupIntervalSeconds)
                ?? defaults.groupIntervalSeconds,
            repeatIntervalSeconds: try container.decodeIfPresent(Int.self, forKey: .repeatIntervalSeconds)
                ?? defaults.repeatIntervalSeconds,
            sendResolved: try container.decodeIfPresent(Bool.self, forKey: .sendResolved) ?? defaults.sendResolved,
            continues: try container.decodeIfPresent(Bool.self, forKey: .continues) ?? defaults.continues)
    }

    /// `.invalidArgument` for an invalid name, no receivers, or intervals out of range (a group wait may be 0).
    public func validate() throws(VigiaError) {
        try SettingName.validate(name, what: "a route")
        guard !receivers.isEmpty else { throw VigiaError(.invalidArgument, "route '\(name)' has no receivers") }
        let week = 7 * 86_400
        guard (0...week).contains(groupWaitSeconds), (1...week).contains(groupIntervalSeconds),
            (1...week).contains(repeatIntervalSeconds)
        else {
            throw VigiaError(
                .invalidArgument, "route '\(name)': the group wait is 0 s to a week, the intervals 1 s to a week")
        }
    }

    public func takes(_ alert: IncidentAlert) -> Bool {
        alert.severity >= minimumSeverity && (streams.isEmpty || streams.contains(alert.stream))
            && (taxonomies.isEmpty || taxonomies.contains(alert.taxonomy))
            && (labels.isEmpty || labels.contains { LabelMatch.covers($0, alert.label) })
    }
}

/// Mutes the alerts it matches while it lasts (Alertmanager's silence): those of the streams and labels it names
/// (none named: all).
public struct AlertSilence: Sendable, Hashable, Codable {
    public var id: Int64
    public var streams: [StreamID]
    public var labels: [String]
    public var startsAt: Timestamp
    public var endsAt: Timestamp
    public var createdBy: String
    public var comment: String

    public init(
        id: Int64 = 0, streams: [StreamID] = [], labels: [String] = [], startsAt: Timestamp, endsAt: Timestamp,
        createdBy: String, comment: String
    ) {
        self.id = id
        self.streams = streams
        self.labels = labels
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.createdBy = createdBy
        self.comment = comment
    }

    public func mutes(_ alert: IncidentAlert, at time: Timestamp) -> Bool {
        startsAt <= time && time < endsAt && (streams.isEmpty || streams.contains(alert.stream))
            && (labels.isEmpty || labels.contains { LabelMatch.covers($0, alert.label) })
    }
}

enum LabelMatch {
    /// Whether `pattern` is `label` or one of its ancestors in the dotted hierarchy.
    static func covers(_ pattern: String, _ label: String) -> Bool {
        label == pattern || label.hasPrefix(pattern + ".")
    }
}

/// A message a receiver is to get: a group's alerts, firing and resolved, as they are now.
public struct AlertNotification: Sendable, Hashable, Codable {
    public let route: String
    public let receiver: String
    public let stream: StreamID
    /// The group's identity, the same in every notification of it (Alertmanager's `groupKey`).
    public let groupKey: String
    /// Oldest first.
    public let alerts: [IncidentAlert]

    public init(route: String, receiver: String, stream: StreamID, groupKey: String, alerts: [IncidentAlert]) {
        self.route = route
        self.receiver = receiver
        self.stream = stream
        self.groupKey = groupKey
        self.alerts = alerts
    }

    /// Resolved when every alert in it is.
    public var isResolved: Bool { alerts.allSatisfy(\.isResolved) }
}

/// Alert routing with Alertmanager's semantics, for one tenant, as a state machine driven by the caller's clock:
/// ``receive(_:at:)`` takes each new state of an incident, ``flush(at:silences:)`` gives the notifications due.
///
/// Alerts are grouped per route, receiver and stream. A new group waits `groupWait` for more alerts, then notifies;
/// after that it looks again every `groupInterval` and notifies when an alert was added or changed (fired, or
/// resolved when the route sends those), or when `repeatInterval` has passed with alerts still firing. Resolved
/// alerts leave the group once told; an empty group ends. Muted alerts are left out of notifications and are told
/// once their silence is over if they still fire. So a storm of incidents becomes one notification per group and
/// interval, and no alert is dropped.
public struct AlertRouter: Sendable {
    private struct GroupKey: Hashable {
        let route: String
        let receiver: String
        let stream: StreamID
    }

    private struct Group {
        var alerts: [Int64: IncidentAlert] = [:]
        var nextFlush: Timestamp
        var lastSent: Timestamp?
        /// Each alert's state as last notified: resolved or not.
        var told: [Int64: Bool] = [:]
    }

    /// Changing them keeps the groups of routes that stay (by name); the others end at their next look.
    public var routes: [AlertRoute]
    private var groups: [GroupKey: Group] = [:]

    public init(routes: [AlertRoute]) {
        self.routes = routes
    }

    /// The first route that takes the alert, and the next ones while each says it continues.
    public func routes(for alert: IncidentAlert) -> [AlertRoute] {
        var chosen: [AlertRoute] = []
        for route in routes where route.takes(alert) {
            chosen.append(route)
            if !route.continues { break }
        }
        return chosen
    }

    /// An incident's new state. A resolved alert a group never held (it ended before it was routed) is routed too,
    /// so that its receivers hear of it once.
    public mutating func receive(_ alert: IncidentAlert, at time: Timestamp) {
        for route in routes(for: alert) {
            for receiver in route.receivers {
                let key = GroupKey(route: route.name, receiver: receiver, stream: alert.stream)
                if groups[key] == nil {
                    groups[key] = Group(
                        nextFlush: Timestamp(milliseconds: time.milliseconds + Int64(route.groupWaitSeconds) * 1000))
                }
                groups[key]!.alerts[alert.incident] = alert
            }
        }
    }

    /// What a restarted node told before it stopped: `notification`, the latest of its group, written at `time`.
    /// The group's alerts (``receive(_:at:)`` them first) count as told in the state it gives, so nothing already
    /// told is told again, and the group goes on at its interval, as if the node had never stopped.
    public mutating func remember(_ notification: AlertNotification, toldAt time: Timestamp, now: Timestamp) {
        let key = GroupKey(route: notification.route, receiver: notification.receiver, stream: notification.stream)
        guard var group = groups[key], let route = routes.first(where: { $0.name == notification.route }) else {
            return
        }
        for alert in notification.alerts where group.alerts[alert.incident] != nil {
            group.told[alert.incident] = alert.isResolved
        }
        group.lastSent = time
        group.nextFlush = max(
            now, Timestamp(milliseconds: time.milliseconds + Int64(route.groupIntervalSeconds) * 1000))
        groups[key] = group
    }

    /// When the next group is due to be looked at, if any group is.
    public var nextFlush: Timestamp? { groups.values.map(\.nextFlush).min() }

    /// Alerts held in groups, firing or waiting to be told resolved.
    public var heldAlerts: Int { groups.values.reduce(0) { $0 + $1.alerts.count } }

    /// The notifications due at `time`, in group order (route, receiver, stream); the groups' timers move on.
    public mutating func flush(at time: Timestamp, silences: [AlertSilence]) -> [AlertNotification] {
        let routesByName = Dictionary(routes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        var due: [AlertNotification] = []
        let keys = groups.keys.filter { groups[$0]!.nextFlush <= time }
            .sorted { ($0.route, $0.receiver, $0.stream.rawValue) < ($1.route, $1.receiver, $1.stream.rawValue) }
        for key in keys {
            guard var group = groups[key], let route = routesByName[key.route] else {
                groups[key] = nil
                continue
            }
            let told = group.alerts.values.filter { alert in
                !silences.contains { $0.mutes(alert, at: time) } && (route.sendResolved || !alert.isResolved)
            }.sorted { ($0.startsAt, $0.incident) < ($1.startsAt, $1.incident) }
            let changed = told.contains { group.told[$0.incident] != $0.isResolved }
            let repeating =
                told.contains { !$0.isResolved }
                && group.lastSent.map {
                    time.milliseconds - $0.milliseconds >= Int64(route.repeatIntervalSeconds) * 1000
                }
                    ?? true
            if !told.isEmpty && (changed || repeating) {
                due.append(
                    AlertNotification(
                        route: route.name, receiver: key.receiver, stream: key.stream,
                        groupKey: "\(route.name)/\(key.receiver)/\(key.stream.rawValue)", alerts: told))
                group.lastSent = time
                for alert in told { group.told[alert.incident] = alert.isResolved }
            }
            // A resolved alert is done once told, or at once when its route does not tell resolutions; a muted one
            // that ended is done too (its silence covered its whole end).
            for alert in group.alerts.values where alert.isResolved {
                if group.told[alert.incident] == true || !route.sendResolved
                    || silences.contains(where: { $0.mutes(alert, at: time) })
                {
                    group.alerts[alert.incident] = nil
                    group.told[alert.incident] = nil
                }
            }
            if group.alerts.isEmpty {
                groups[key] = nil
            } else {
                group.nextFlush = Timestamp(milliseconds: time.milliseconds + Int64(route.groupIntervalSeconds) * 1000)
                groups[key] = group
            }
        }
        return due
    }
}

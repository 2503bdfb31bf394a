import Testing

@testable import VigiaCore

/// Alertmanager's grouping and timing, on the caller's clock.
@Suite struct AlertRouterTests {
    static func at(_ seconds: Int64) -> Timestamp { Timestamp(milliseconds: 1_795_000_000_000 + seconds * 1000) }

    static func alert(
        _ incident: Int64, stream: String = "final", label: String = "audio.sem_som",
        severity: Incident.Severity = .high, startedAt: Int64 = 0, endedAt: Int64? = nil
    ) -> IncidentAlert {
        IncidentAlert(
            incident: incident, stream: StreamID(stream), taxonomy: "tech-issues", label: label, severity: severity,
            startsAt: at(startedAt), endsAt: endedAt.map(at))
    }

    static let onDuty = AlertRoute(
        name: "plantão", receivers: ["slack"], groupWaitSeconds: 30, groupIntervalSeconds: 300,
        repeatIntervalSeconds: 3600)

    /// What `flush` gives at each second of `seconds`, by second.
    static func flushes(
        _ router: inout AlertRouter, _ seconds: ClosedRange<Int64>, silences: [AlertSilence] = []
    ) -> [(second: Int64, notification: AlertNotification)] {
        seconds.flatMap { second in router.flush(at: at(second), silences: silences).map { (second, $0) } }
    }

    @Test func aGroupWaitsThenTellsNewsEachIntervalRepeatsAndEndsResolved() {
        var router = AlertRouter(routes: [Self.onDuty])
        router.receive(Self.alert(1), at: Self.at(0))
        router.receive(Self.alert(2, label: "audio.cortando", startedAt: 10), at: Self.at(10))
        var sent = Self.flushes(&router, 0...29)
        #expect(sent.isEmpty, "the group waits 30 s for more")
        sent = Self.flushes(&router, 30...30)
        #expect(sent.map(\.notification.alerts.count) == [2])
        #expect(sent.first?.notification.groupKey == "plantão/slack/final")

        // A new alert a minute later waits for the group interval (300 s after the first notification).
        router.receive(Self.alert(3, label: "video.travando", startedAt: 90), at: Self.at(90))
        #expect(Self.flushes(&router, 31...329).isEmpty)
        sent = Self.flushes(&router, 330...330)
        #expect(sent.first?.notification.alerts.map(\.incident) == [1, 2, 3])

        // Nothing new: silence until the repeat interval (3,600 s after the last notification, at an interval tick).
        #expect(Self.flushes(&router, 331...3929).isEmpty)
        #expect(Self.flushes(&router, 3930...3930).map(\.notification.alerts.count) == [3])

        // Resolutions are told at the next tick; resolved alerts then leave, and the empty group ends.
        for id: Int64 in [1, 2, 3] { router.receive(Self.alert(id, endedAt: 4000), at: Self.at(4000)) }
        sent = Self.flushes(&router, 3931...4230)
        #expect(sent.map(\.second) == [4230])
        #expect(sent.first?.notification.isResolved == true)
        #expect(router.heldAlerts == 0 && router.nextFlush == nil)
    }

    @Test func aRestartedRouterRemembersWhatItToldAndTellsOnlyNews() {
        // Before the restart: incidents 1 and 2 were told firing at 30 s, and 1 ended at 100 s (not told yet).
        var before = AlertRouter(routes: [Self.onDuty])
        before.receive(Self.alert(1), at: Self.at(0))
        before.receive(Self.alert(2), at: Self.at(5))
        let told = Self.flushes(&before, 0...30).map(\.notification)
        #expect(told.map(\.alerts.count) == [2])

        // After: the store still has 2 firing and 1 ended, and 3 opened while the node was down.
        var after = AlertRouter(routes: [Self.onDuty])
        after.receive(Self.alert(1, endedAt: 100), at: Self.at(120))
        after.receive(Self.alert(2), at: Self.at(120))
        after.receive(Self.alert(3, startedAt: 110), at: Self.at(120))
        after.remember(told[0], toldAt: Self.at(30), now: Self.at(120))
        let sent = Self.flushes(&after, 120...400)
        // The group goes on at its interval (30 + 300 s): 1 resolved and 3 new are news, 2 comes along as firing.
        #expect(sent.map(\.second) == [330])
        #expect(sent.first?.notification.alerts.map(\.incident) == [1, 2, 3])
        #expect(sent.first?.notification.alerts.map(\.isResolved) == [true, false, false])

        // Nothing new: nothing is told twice.
        var quiet = AlertRouter(routes: [Self.onDuty])
        quiet.receive(Self.alert(1), at: Self.at(120))
        quiet.receive(Self.alert(2), at: Self.at(120))
        quiet.remember(told[0], toldAt: Self.at(30), now: Self.at(120))
        #expect(Self.flushes(&quiet, 120...3000).isEmpty)
        #expect(Self.flushes(&quiet, 3001...3630).map(\.second) == [3630], "the repeat interval still runs")
    }

    @Test func routesChooseBySeverityStreamAndLabelAndMayContinue() {
        let critical = AlertRoute(
            name: "crítico", receivers: ["telegram", "webhook"], minimumSeverity: .critical, continues: true)
        let audio = AlertRoute(name: "áudio", receivers: ["slack-audio"], labels: ["audio"])
        let final = AlertRoute(name: "final", receivers: ["slack-final"], streams: [StreamID("final")])
        let router = AlertRouter(routes: [critical, audio, final])
        #expect(router.routes(for: Self.alert(1, severity: .critical)).map(\.name) == ["crítico", "áudio"])
        #expect(router.routes(for: Self.alert(2, label: "video.travando")).map(\.name) == ["final"])
        #expect(router.routes(for: Self.alert(3, stream: "treino", label: "rede.buffering")).isEmpty)
        #expect(router.routes(for: Self.alert(4, stream: "treino", label: "audiodescricao")).isEmpty)

        var both = router
        both.receive(Self.alert(5, severity: .critical), at: Self.at(0))
        #expect(
            Set(Self.flushes(&both, 0...30).map(\.notification.receiver)) == ["telegram", "webhook", "slack-audio"])
    }

    @Test func aSilenceMutesWhileItLastsAndWhatStillFiresIsToldAfter() {
        var router = AlertRouter(routes: [Self.onDuty])
        let silence = AlertSilence(
            labels: ["audio"], startsAt: Self.at(0), endsAt: Self.at(600), createdBy: "ana", comment: "manutenção")
        router.receive(Self.alert(1), at: Self.at(0))
        router.receive(Self.alert(2, label: "video.tela_preta"), at: Self.at(0))
        var sent = Self.flushes(&router, 0...599, silences: [silence])
        #expect(sent.map { $0.notification.alerts.map(\.incident) } == [[2]], "the audio alert is muted")
        sent = Self.flushes(&router, 600...900, silences: [silence])
        #expect(sent.map(\.second) == [630] && sent.first?.notification.alerts.map(\.incident) == [1, 2])

        // One that fired and ended under a silence is never told.
        var quiet = AlertRouter(routes: [Self.onDuty])
        quiet.receive(Self.alert(3), at: Self.at(0))
        quiet.receive(Self.alert(3, endedAt: 100), at: Self.at(100))
        #expect(Self.flushes(&quiet, 0...1000, silences: [silence]).isEmpty)
        #expect(quiet.heldAlerts == 0)
    }

    @Test func aStormOfAThousandIncidentsOnAHundredStreamsIsTwoNotificationsPerStreamAndLosesNone() {
        var router = AlertRouter(routes: [Self.onDuty])
        var sent: [(second: Int64, notification: AlertNotification)] = []
        for second: Int64 in 0...600 {
            for index in 0..<1_000 where Int64(index * 60 / 1_000) == second {
                router.receive(
                    Self.alert(Int64(index), stream: "canal-\(index % 100)", startedAt: second), at: Self.at(second))
            }
            sent += Self.flushes(&router, second...second)
        }
        // Each stream's group tells what came in its first 30 s, then, one interval later, the rest with it.
        let byGroup = Dictionary(grouping: sent, by: \.notification.groupKey)
        #expect(byGroup.count == 100 && sent.count == 200)
        #expect(byGroup.values.allSatisfy { $0.last?.notification.alerts.count == 10 })
        #expect(Set(sent.flatMap { $0.notification.alerts.map(\.incident) }).count == 1_000)
        #expect(sent.allSatisfy { $0.second <= 5 + 30 + 300 })
    }

    @Test func aRouteWithoutReceiversOrWithANonPositiveIntervalIsRefused() {
        var route = Self.onDuty
        route.receivers = []
        #expect(throws: VigiaError.self) { try route.validate() }
        route = Self.onDuty
        route.groupIntervalSeconds = 0
        #expect(throws: VigiaError.self) { try route.validate() }
        #expect(throws: Never.self) { try Self.onDuty.validate() }
    }
}

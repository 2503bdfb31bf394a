import Testing
import VigiaCore

extension StoreConformance {
    static let settingChecks: [Check] = [
        Check(name: "settings are kept per tenant, kind and name, in the order they were added") { store in
            let hook = #"{"kind":"webhook", "url": "https://example.com/h"}"#
            let first = try await store.putSetting(
                .receiver, name: "plantao", value: hook, replacing: false, tenant: tenant, at: at(10))
            #expect(first.kind == .receiver && first.name == "plantao" && first.value == hook)
            #expect(first.createdAt == at(10) && first.updatedAt == at(10))
            _ = try await store.putSetting(
                .receiver, name: "alfa", value: "{}", replacing: false, tenant: tenant, at: at(20))
            _ = try await store.putSetting(
                .route, name: "plantao", value: #"{"a":1}"#, replacing: false, tenant: tenant, at: at(5))
            _ = try await store.putSetting(
                .receiver, name: "plantao", value: #"{"b":2}"#, replacing: false, tenant: otherTenant, at: at(1))
            #expect(try await store.setting(.receiver, name: "plantao", tenant: tenant) == first)
            #expect(try await store.settings(.receiver, tenant: tenant).map(\.name) == ["plantao", "alfa"])
            #expect(try await store.settings(.route, tenant: tenant).map(\.value) == [#"{"a":1}"#])
            #expect(try await store.settings(.silence, tenant: tenant).isEmpty)
            let all = try await store.allSettings(.receiver)
            #expect(all.map(\.tenant) == [tenant, tenant, otherTenant])
            #expect(all.map(\.setting.name) == ["plantao", "alfa", "plantao"])
            // Adding what exists is a conflict and changes nothing; replacing keeps the place.
            await expectError(.conflict) {
                try await store.putSetting(
                    .receiver, name: "plantao", value: "{}", replacing: false, tenant: tenant, at: at(30))
            }
            #expect(try await store.setting(.receiver, name: "plantao", tenant: tenant) == first)
            let replaced = try await store.putSetting(
                .receiver, name: "plantao", value: #"{"x":[1,2]}"#, replacing: true, tenant: tenant, at: at(40))
            #expect(replaced.createdAt == at(10) && replaced.updatedAt == at(40) && replaced.value == #"{"x":[1,2]}"#)
            #expect(try await store.settings(.receiver, tenant: tenant).map(\.name) == ["plantao", "alfa"])
            #expect(try await store.setting(.receiver, name: "plantao", tenant: tenant) == replaced)
            // Replacing what does not exist adds it.
            let added = try await store.putSetting(
                .silence, name: "s1", value: "{}", replacing: true, tenant: tenant, at: at(50))
            #expect(added.createdAt == at(50))
            #expect(try await store.deleteSetting(.receiver, name: "plantao", tenant: tenant))
            #expect(try await !store.deleteSetting(.receiver, name: "plantao", tenant: tenant))
            #expect(try await store.setting(.receiver, name: "plantao", tenant: tenant) == nil)
            #expect(try await store.setting(.receiver, name: "plantao", tenant: otherTenant) != nil)
            #expect(try await store.setting(.route, name: "plantao", tenant: tenant) != nil)
        },
        Check(name: "a setting must be a JSON object under a name") { store in
            for value in ["", "[1]", "nope", #"{"a":"#] {
                await expectError(.invalidArgument) {
                    try await store.putSetting(
                        .route, name: "r", value: value, replacing: true, tenant: tenant, at: at(1))
                }
            }
            await expectError(.invalidArgument) {
                try await store.putSetting(.route, name: " ", value: "{}", replacing: true, tenant: tenant, at: at(1))
            }
            let kept = try await store.settings(.route, tenant: tenant)
            #expect(kept.isEmpty)
        },
    ]
}

import Hummingbird
import VigiaCore

extension VigiaAPI {
    struct NewLabel: JSONBody {
        static var fields: Set<String> { ["taxonomy", "label"] }
        let taxonomy: String
        let label: String
    }

    struct LabelView: JSONResponse {
        let message: String
        let taxonomy: String
        let label: String
        let author: String
        let createdAt: String

        init(_ correction: HumanLabel) {
            message = String(correction.message.rawValue)
            taxonomy = correction.taxonomy
            label = correction.label
            author = correction.author
            createdAt = correction.createdAt.rfc3339
        }
    }

    struct LabelList: JSONResponse {
        let items: [LabelView]
    }

    /// `POST /api/v1/messages/{id}/labels`: a person corrects a message's label (what training learns from);
    /// `GET` lists the corrections, oldest first.
    func addLabelRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.post("messages/:id/labels") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let id = MessageID(rawValue: try context.parameters.require("id", as: Int64.self))
            let body = try await request.json(NewLabel.self, limit: limits.smallBody)
            // A built-in taxonomy's labels are fixed; a tenant's own grows with the labels its people give.
            if let builtIn = Taxonomy.builtIn[body.taxonomy] {
                guard builtIn.labels.contains(body.label) else {
                    throw Problem.unprocessable("taxonomy '\(body.taxonomy)' has no label '\(body.label)'")
                }
            } else {
                guard Taxonomy.isValidName(body.taxonomy) else {
                    throw Problem.unprocessable("invalid taxonomy name '\(body.taxonomy)'")
                }
                guard Taxonomy.isValidLabel(body.label) else {
                    throw Problem.unprocessable(
                        "invalid label '\(body.label)': use lowercase ASCII letters, digits, '_', '-' and '.'")
                }
            }
            let label = HumanLabel(
                message: id, taxonomy: body.taxonomy, label: body.label, author: caller.name, createdAt: .now)
            try await store.addLabel(label, tenant: caller.tenant)
            return try LabelView(label).response(status: .created)
        }
        api.get("messages/:id/labels") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let id = MessageID(rawValue: try context.parameters.require("id", as: Int64.self))
            guard try await store.message(id, tenant: caller.tenant) != nil else {
                throw Problem(.notFound, code: "not_found", "no message \(id)")
            }
            return try LabelList(items: try await store.labels(of: id, tenant: caller.tenant).map(LabelView.init))
                .response()
        }
    }
}

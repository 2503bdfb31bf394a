import Foundation
import Hummingbird
import VigiaCore
import VigiaEngine

extension VigiaAPI {
    /// Inputs up to this many texts are answered at once; larger ones become a job.
    static var immediateAnalysisTexts: Int { 1_000 }
    /// The most texts one analysis takes.
    static var analysisTexts: Int { 100_000 }

    struct JobView: JSONResponse {
        /// What a finished job made, by its kind.
        enum Outcome: Encodable {
            case analysis(BatchAnalysis.Result)
            case training(TaxonomyTraining.Outcome)

            func encode(to encoder: any Encoder) throws {
                switch self {
                case .analysis(let result): try result.encode(to: encoder)
                case .training(let outcome): try outcome.encode(to: encoder)
                }
            }
        }

        let id: Int64
        let kind: String
        let status: String
        let progress: Double
        let result: Outcome?
        let error: String?
        let createdAt: String
        let updatedAt: String

        init(_ job: Job) throws {
            id = job.id
            kind = job.kind
            status = job.status.rawValue
            progress = job.progress
            switch (job.status, BackgroundJobs<Store>.Kind(rawValue: job.kind)) {
            case (.done, .analyze):
                result = try JSONText.decoded(BatchAnalysis.Result.self, from: job.result).map(Outcome.analysis)
            case (.done, .train):
                result = try JSONText.decoded(TaxonomyTraining.Outcome.self, from: job.result).map(Outcome.training)
            default: result = nil
            }
            error = job.status == .failed ? job.result : nil
            createdAt = job.createdAt.rfc3339
            updatedAt = job.updatedAt.rfc3339
        }

        /// 202 with the job and its `Location`.
        static func accepted(_ job: Job) throws -> Response {
            var response = try JobView(job).response(status: .accepted)
            response.headers[.location] = "/api/v1/jobs/\(job.id)"
            return response
        }
    }

    /// `POST /api/v1/analyze` classifies texts outside any stream: plain text (a text a line), CSV, JSON, or a
    /// file uploaded as `multipart/form-data`. `GET /api/v1/jobs/{id}` follows a large one.
    func addAnalysisRoutes(to api: RouterGroup<VigiaRequestContext>) {
        api.post("analyze") { request, context in
            let caller = try context.caller()
            try caller.require(.operator)
            let taxonomies = try analysisTaxonomies(request.uri.queryParameters, tenant: caller.tenant)
            let texts = try await analysisTexts(of: request)
            guard !texts.isEmpty else { throw Problem.unprocessable("there is no text to analyze") }
            guard texts.count <= Self.analysisTexts else {
                throw Problem(.contentTooLarge, code: "too_large", "at most \(Self.analysisTexts) texts an analysis")
            }
            if let long = texts.firstIndex(where: { $0.count > limits.textLength }) {
                throw Problem.unprocessable("text \(long + 1) is longer than \(limits.textLength) characters")
            }
            if texts.count <= Self.immediateAnalysisTexts {
                let result = try await BatchAnalysis.run(
                    texts, classifiers: try models.classifiers(taxonomies, for: caller.tenant))
                return try AnalysisResponse(result).response()
            }
            return try JobView.accepted(
                try await jobs.enqueueAnalysis(texts, taxonomies: taxonomies, tenant: caller.tenant))
        }
        api.get("jobs/:id") { _, context in
            let caller = try context.caller()
            try caller.requireReader()
            let id = try context.parameters.require("id", as: Int64.self)
            guard let job = try await store.job(id, tenant: caller.tenant) else {
                throw Problem(.notFound, code: "not_found", "no job \(id)")
            }
            return try JobView(job).response()
        }
    }

    struct AnalysisResponse: JSONResponse {
        let status = Job.Status.done.rawValue
        let result: BatchAnalysis.Result

        init(_ result: BatchAnalysis.Result) { self.result = result }
    }

    /// `?taxonomy=a&taxonomy=b`, or every taxonomy the tenant has a model for.
    func analysisTaxonomies(_ parameters: Parameters, tenant: TenantID) throws -> [String] {
        let named = parameters.getAll("taxonomy")
        let known = models.models(for: tenant)
        if let unknown = named.first(where: { known[$0] == nil }) {
            throw Problem.unprocessable("no model for taxonomy '\(unknown)'")
        }
        return named.isEmpty ? known.keys.sorted() : named
    }

    /// The texts of the body, by its content type (or, for an upload, the file's type or extension).
    func analysisTexts(of request: Request) async throws -> [String] {
        let contentType = request.headers[.contentType] ?? "text/plain"
        let bytes = Array(try await request.text(limit: limits.batchBody).utf8)
        func format(of type: String, filename: String? = nil) throws -> BatchAnalysis.Format {
            let type = type.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            let suffix = filename?.split(separator: ".").last?.lowercased()
            switch (type, suffix) {
            case ("text/csv", _), (_, "csv"): return .csv
            case ("application/json", _), (_, "json"): return .json
            case ("text/plain", _), (_, "txt"), ("application/octet-stream", nil): return .lines
            default:
                throw Problem(
                    .unsupportedMediaType, code: "unsupported_media_type",
                    "send text/plain, text/csv, application/json, or a .csv, .json or .txt file as multipart/form-data")
            }
        }
        var payload = bytes
        var chosen: BatchAnalysis.Format
        if contentType.lowercased().hasPrefix("multipart/form-data") {
            guard let boundary = MultipartForm.boundary(in: contentType) else {
                throw Problem.badRequest("multipart/form-data without a boundary")
            }
            let form = try MultipartForm(bytes, boundary: boundary)
            guard
                let file = form.parts.first(where: { $0.name == "file" })
                    ?? form.parts.first(where: { $0.name == "text" })
            else { throw Problem.unprocessable("the form needs a 'file' (or 'text') field") }
            payload = file.body
            chosen = try format(of: file.contentType ?? "application/octet-stream", filename: file.filename)
            if file.name == "text" { chosen = .lines }
        } else {
            chosen = try format(of: contentType)
        }
        do {
            return try BatchAnalysis.texts(of: payload, format: chosen)
        } catch {
            throw Problem.unprocessable(error.message)
        }
    }
}

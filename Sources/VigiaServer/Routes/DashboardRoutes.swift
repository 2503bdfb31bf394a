import Hummingbird
import NIOCore

/// The dashboard's files, compiled into the binary (no files beside it to lose, no CDN, no Node toolchain).
enum DashboardAssets {
    static let page = PackageResources.index_html

    /// By file name, with its content type.
    static let files: [String: (type: String, bytes: [UInt8])] = [
        "app.css": ("text/css; charset=utf-8", PackageResources.app_css),
        "main.js": (javaScript, PackageResources.main_js),
        "api.js": (javaScript, PackageResources.api_js),
        "dom.js": (javaScript, PackageResources.dom_js),
        "i18n.js": (javaScript, PackageResources.i18n_js),
        "charts.js": (javaScript, PackageResources.charts_js),
        "labels.js": (javaScript, PackageResources.labels_js),
        "views-live.js": (javaScript, PackageResources.views_live_js),
        "views-history.js": (javaScript, PackageResources.views_history_js),
        "views-reports.js": (javaScript, PackageResources.views_reports_js),
    ]

    private static var javaScript: String { "text/javascript; charset=utf-8" }

    /// The page loads only its own files and talks only to this server.
    static let headers: HTTPFields = [
        .contentSecurityPolicy:
            "default-src 'self'; connect-src 'self' ws: wss:; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'",
        .xContentTypeOptions: "nosniff",
        .cacheControl: "no-cache",
    ]
}

extension VigiaAPI {
    /// The operators' dashboard at `/app/`, and `/` leading to it. Its pages call the API like any client.
    func addDashboardRoutes(to router: Router<VigiaRequestContext>) {
        router.get("/") { _, _ in Response(status: .found, headers: [.location: "/app/"]) }
        router.get("app") { _, _ in
            Self.dashboardResponse("text/html; charset=utf-8", DashboardAssets.page)
        }
        router.get("app/assets/:name") { _, context in
            let name = try context.parameters.require("name")
            guard let file = DashboardAssets.files[name] else {
                throw Problem(.notFound, code: "not_found", "no dashboard file '\(name)'")
            }
            return Self.dashboardResponse(file.type, file.bytes)
        }
    }

    static func dashboardResponse(_ type: String, _ bytes: [UInt8]) -> Response {
        var headers = DashboardAssets.headers
        headers[.contentType] = type
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

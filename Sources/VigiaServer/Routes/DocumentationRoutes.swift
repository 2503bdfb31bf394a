import Hummingbird
import NIOCore

extension VigiaAPI {
    /// `/openapi.json` and `/docs`, a page that reads it (no CDN, no framework: the server has everything).
    func addDocumentationRoutes(to router: Router<VigiaRequestContext>) {
        router.get("openapi.json") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
        }
        router.get("docs") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: Self.documentationPage)))
        }
    }

    static var documentationPage: String {
        """
        <!doctype html>
        <html lang="pt-BR"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
        <title>Vigia API</title>
        <style>
        body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
        h2{margin-top:2rem;border-bottom:1px solid #d0d7de}code{background:#f3f4f6;padding:0 .25rem;border-radius:3px}
        .m{display:inline-block;min-width:4.5rem;font-weight:700}.get{color:#0a6b2d}.post{color:#8a4b00}
        .delete{color:#a40e26}.p{color:#57606a;font-size:.9em;margin-left:5rem}
        </style></head><body>
        <h1>Vigia API</h1>
        <p>Autenticação: <code>Authorization: Bearer &lt;token ou chave vg_…&gt;</code>. Erros em
        <code>application/problem+json</code> com um <code>code</code> estável. Documento completo:
        <a href="/openapi.json">/openapi.json</a>.</p>
        <div id="api">Carregando…</div>
        <script>
        fetch('/openapi.json').then(r => r.json()).then(doc => {
          const groups = {};
          for (const [path, item] of Object.entries(doc.paths)) {
            for (const [method, op] of Object.entries(item)) {
              const tag = (op.tags || ['outros'])[0];
              (groups[tag] = groups[tag] || []).push({path, method, op});
            }
          }
          const root = document.getElementById('api');
          root.textContent = '';
          for (const [tag, ops] of Object.entries(groups)) {
            const h = document.createElement('h2'); h.textContent = tag; root.appendChild(h);
            for (const {path, method, op} of ops) {
              const line = document.createElement('div');
              const m = document.createElement('span'); m.className = 'm ' + method; m.textContent = method.toUpperCase();
              const c = document.createElement('code'); c.textContent = path;
              line.append(m, c, ' — ' + op.summary);
              root.appendChild(line);
              const params = (op.parameters || []).filter(p => p.in === 'query').map(p => p.name);
              if (params.length) {
                const p = document.createElement('div'); p.className = 'p'; p.textContent = '?' + params.join(', ');
                root.appendChild(p);
              }
            }
          }
        });
        </script></body></html>
        """
    }
}

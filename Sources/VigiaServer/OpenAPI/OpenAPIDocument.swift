import Foundation

/// The API's OpenAPI 3.1 description, served at `/openapi.json`, assembled from one part per area of the API. A test
/// holds it to the router: every route is described and every described route exists.
enum OpenAPIDocument {
    static let json: String = assemble(
        base: base, parts: [operations, accounts, streams, messages, incidents, live, analysis, models, alerting])

    /// What every operation that needs a token may answer besides its own responses: the problems any route of
    /// the API can give (malformed, unauthenticated, forbidden, unknown, too large, invalid, rate limited).
    static let commonProblems = ["400", "401", "403", "404", "413", "422", "429"]

    /// The parameter a path's `{name}` gets when its operation does not describe it: stream ids are strings
    /// (`st_…`), as are taxonomy names; every other id (key, incident, message, job) is a 64-bit number.
    static func pathParameter(_ name: String, in path: String) -> [String: Any] {
        let isNumber = name == "id" && !path.hasPrefix("/api/v1/streams/{id}")
        return [
            "name": name, "in": "path", "required": true,
            "schema": isNumber ? ["type": "integer", "format": "int64"] : ["type": "string"],
        ]
    }

    /// An operation of a part with its shorthands written out, so that parts say only what is their own: `"json": S`
    /// in a response is an `application/json` response of schema S ("OK" unless it gives a `description`),
    /// `"jsonItems": S` one of `{items: [S]}` (a list), `"jsonBody": S` a required JSON body, and
    /// `"problems": [status]` the problem responses it adds. S is a schema, or the name of one in
    /// `components/schemas`.
    static func expanded(_ operation: [String: Any], problem: [String: String]) -> [String: Any] {
        func schema(_ value: Any) -> Any {
            (value as? String).map { ["$ref": "#/components/schemas/" + $0] } ?? value
        }
        func json(_ value: Any) -> [String: Any] { ["application/json": ["schema": schema(value)]] }
        var operation = operation
        var responses = operation["responses"] as? [String: Any] ?? [:]
        for (status, response) in responses {
            guard let short = response as? [String: Any] else { continue }
            let list = short["jsonItems"].map { item -> Any in
                [
                    "type": "object", "required": ["items"], "additionalProperties": false,
                    "properties": ["items": ["type": "array", "items": schema(item)]],
                ]
            }
            guard let body = short["json"] ?? list else { continue }
            responses[status] = ["description": short["description"] ?? "OK", "content": json(body)]
        }
        for status in operation.removeValue(forKey: "problems") as? [String] ?? [] { responses[status] = problem }
        operation["responses"] = responses
        if let body = operation.removeValue(forKey: "jsonBody") {
            operation["requestBody"] = ["required": true, "content": json(body)]
        }
        return operation
    }

    /// `base` with each part's `paths`, `schemas` and `parameters` merged in; operations get the path parameters
    /// they do not describe (``pathParameter(_:in:)``), and those that need a token the common problems.
    static func assemble(base: String, parts: [String]) -> String {
        func object(_ text: String) -> [String: Any] {
            // The parts are constants of this file: a part that does not parse is a programming error.
            guard let object = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
                fatalError("an OpenAPI part is not a JSON object: \(text.prefix(80))")
            }
            return object
        }
        var document = object(base)
        var components = document["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        var parameters = components["parameters"] as? [String: Any] ?? [:]
        var paths: [String: Any] = [:]
        let problem = ["$ref": "#/components/responses/Problem"]
        for part in parts.map(object) {
            schemas.merge(part["schemas"] as? [String: Any] ?? [:]) { _, new in new }
            parameters.merge(part["parameters"] as? [String: Any] ?? [:]) { _, new in new }
            for (path, operations) in part["paths"] as? [String: [String: [String: Any]]] ?? [:] {
                var described = paths[path] as? [String: Any] ?? [:]
                let names = path.split(separator: "{").dropFirst().compactMap { $0.split(separator: "}").first }
                for (method, shorthand) in operations {
                    var operation = expanded(shorthand, problem: problem)
                    var listed = operation["parameters"] as? [[String: Any]] ?? []
                    for name in names.map(String.init).reversed()
                    where !listed.contains(where: { $0["in"] as? String == "path" && $0["name"] as? String == name }) {
                        listed.insert(pathParameter(name, in: path), at: 0)
                    }
                    if !listed.isEmpty { operation["parameters"] = listed }
                    if (operation["security"] as? [Any])?.isEmpty != true {
                        var responses = operation["responses"] as? [String: Any] ?? [:]
                        for status in commonProblems where responses[status] == nil { responses[status] = problem }
                        operation["responses"] = responses
                    }
                    described[method] = operation
                }
                paths[path] = described
            }
        }
        components["schemas"] = schemas
        if !parameters.isEmpty { components["parameters"] = parameters }
        document["components"] = components
        document["paths"] = paths
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
        else { fatalError("the OpenAPI document does not serialize") }
        return String(decoding: data, as: UTF8.self)
    }

    static let base = #"""
        {
         "openapi": "3.1.0",
         "info": {
          "title": "Vigia",
          "version": "0.5.0",
          "description": "Real-time monitoring of short-text streams: ingest, classification, incidents, insights. Errors are application/problem+json with a stable code."
         },
         "servers": [
          {
           "url": "/"
          }
         ],
         "security": [
          {
           "bearer": []
          }
         ],
         "components": {
          "securitySchemes": {
           "bearer": {
            "type": "http",
            "scheme": "bearer",
            "description": "An access token from /auth/login, or an API key (vg_…)"
           }
          },
          "schemas": {
           "Problem": {
            "type": "object",
            "properties": {
             "type": {
              "type": "string"
             },
             "title": {
              "type": "string"
             },
             "status": {
              "type": "integer"
             },
             "code": {
              "type": "string"
             },
             "detail": {
              "type": "string"
             }
            },
            "additionalProperties": false,
            "required": [
             "type",
             "title",
             "status",
             "code",
             "detail"
            ]
           },
           "Status": {
            "type": "object",
            "properties": {
             "status": {
              "type": "string"
             }
            },
            "additionalProperties": false,
            "required": [
             "status"
            ]
           },
           "Registration": {
            "type": "object",
            "properties": {
             "email": {
              "type": "string",
              "format": "email"
             },
             "password": {
              "type": "string",
              "minLength": 8,
              "maxLength": 72
             },
             "tenant": {
              "type": "string",
              "pattern": "^[a-z][a-z0-9_-]*$"
             },
             "invitation": {
              "type": "string",
              "description": "An invitation token from POST /api/v1/invitations: needed to join a tenant that exists"
             }
            },
            "additionalProperties": false,
            "required": [
             "email",
             "password",
             "tenant"
            ]
           },
           "Login": {
            "type": "object",
            "properties": {
             "email": {
              "type": "string"
             },
             "password": {
              "type": "string"
             },
             "tenant": {
              "type": "string",
              "description": "needed only when the e-mail and password open accounts in several tenants"
             }
            },
            "additionalProperties": false,
            "required": [
             "email",
             "password"
            ]
           },
           "Refresh": {
            "type": "object",
            "properties": {
             "refreshToken": {
              "type": "string"
             }
            },
            "additionalProperties": false,
            "required": [
             "refreshToken"
            ]
           },
           "Tokens": {
            "type": "object",
            "properties": {
             "token": {
              "type": "string"
             },
             "refreshToken": {
              "type": "string"
             },
             "expiresIn": {
              "type": "integer"
             }
            },
            "additionalProperties": false,
            "required": [
             "token",
             "refreshToken",
             "expiresIn"
            ]
           },
           "Registered": {
            "type": "object",
            "properties": {
             "user": {
              "type": "object",
              "properties": {
               "id": {
                "type": "integer",
                "format": "int64"
               },
               "email": {
                "type": "string"
               },
               "role": {
                "type": "string",
                "enum": [
                 "admin",
                 "operator",
                 "viewer",
                 "ingest"
                ]
               }
              },
              "additionalProperties": false,
              "required": [
               "id",
               "email",
               "role"
              ]
             },
             "tenant": {
              "type": "object",
              "properties": {
               "id": {
                "type": "string"
               },
               "name": {
                "type": "string"
               }
              },
              "additionalProperties": false,
              "required": [
               "id",
               "name"
              ]
             },
             "token": {
              "type": "string"
             },
             "refreshToken": {
              "type": "string"
             },
             "expiresIn": {
              "type": "integer"
             }
            },
            "additionalProperties": false,
            "required": [
             "user",
             "tenant",
             "token",
             "refreshToken",
             "expiresIn"
            ]
           },
           "NewKey": {
            "type": "object",
            "properties": {
             "name": {
              "type": "string"
             },
             "role": {
              "type": "string",
              "enum": [
               "admin",
               "operator",
               "viewer",
               "ingest"
              ]
             }
            },
            "additionalProperties": false,
            "required": [
             "name",
             "role"
            ]
           },
           "APIKey": {
            "type": "object",
            "properties": {
             "id": {
              "type": "integer",
              "format": "int64"
             },
             "name": {
              "type": "string"
             },
             "role": {
              "type": "string",
              "enum": [
               "admin",
               "operator",
               "viewer",
               "ingest"
              ]
             },
             "prefix": {
              "type": "string"
             },
             "createdAt": {
              "type": "string",
              "format": "date-time"
             },
             "lastUsedAt": {
              "type": "string",
              "format": "date-time"
             },
             "revokedAt": {
              "type": "string",
              "format": "date-time"
             },
             "key": {
              "type": "string"
             }
            },
            "additionalProperties": false,
            "required": [
             "id",
             "name",
             "role",
             "prefix",
             "createdAt"
            ]
           },
           "NewStream": {
            "type": "object",
            "properties": {
             "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
             },
             "kind": {
              "type": "string",
              "enum": [
               "chat",
               "feedback",
               "conversation",
               "logs"
              ]
             },
             "taxonomies": {
              "type": "array",
              "items": {
               "type": "string"
              },
              "minItems": 1
             },
             "detection": {
              "$ref": "#/components/schemas/Detection"
             }
            },
            "additionalProperties": false,
            "required": [
             "name",
             "kind"
            ]
           },
           "Stream": {
            "type": "object",
            "properties": {
             "id": {
              "type": "string"
             },
             "name": {
              "type": "string"
             },
             "kind": {
              "type": "string"
             },
             "taxonomies": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "createdAt": {
              "type": "string",
              "format": "date-time"
             },
             "detection": {
              "$ref": "#/components/schemas/Detection"
             }
            },
            "additionalProperties": false,
            "required": [
             "id",
             "name",
             "kind",
             "taxonomies",
             "detection",
             "createdAt"
            ]
           },
           "NewMessage": {
            "type": "object",
            "properties": {
             "text": {
              "type": "string",
              "maxLength": 4000
             },
             "ts": {
              "type": [
               "string",
               "integer"
              ]
             },
             "author": {
              "type": [
               "string",
               "null"
              ]
             },
             "id": {
              "type": [
               "string",
               "integer",
               "null"
              ]
             }
            },
            "additionalProperties": true,
            "required": [
             "text"
            ]
           },
           "Accepted": {
            "type": "object",
            "properties": {
             "accepted": {
              "type": "integer"
             },
             "duplicates": {
              "type": "integer"
             },
             "ids": {
              "type": "array",
              "items": {
               "type": "string"
              }
             }
            },
            "additionalProperties": false,
            "required": [
             "accepted",
             "duplicates",
             "ids"
            ]
           },
           "Prediction": {
            "type": "object",
            "properties": {
             "taxonomy": {
              "type": "string"
             },
             "label": {
              "type": "string"
             },
             "confidence": {
              "type": "number"
             }
            },
            "additionalProperties": false,
            "required": [
             "taxonomy",
             "label",
             "confidence"
            ]
           },
           "Message": {
            "type": "object",
            "properties": {
             "id": {
              "type": "string"
             },
             "stream": {
              "type": "string"
             },
             "ts": {
              "type": "string",
              "format": "date-time"
             },
             "receivedAt": {
              "type": "string",
              "format": "date-time"
             },
             "clientId": {
              "type": "string"
             },
             "author": {
              "type": "string"
             },
             "text": {
              "type": "string"
             },
             "predictions": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Prediction"
              }
             },
             "tags": {
              "type": "array",
              "items": {
               "type": "string"
              }
             }
            },
            "additionalProperties": false,
            "required": [
             "id",
             "stream",
             "ts",
             "receivedAt",
             "text",
             "predictions",
             "tags"
            ]
           },
           "MessagePage": {
            "type": "object",
            "properties": {
             "items": {
              "type": "array",
              "items": {
               "$ref": "#/components/schemas/Message"
              }
             },
             "nextCursor": {
              "type": "string"
             }
            },
            "additionalProperties": false,
            "required": [
             "items"
            ]
           },
           "Incident": {
            "type": "object",
            "properties": {
             "id": {
              "type": "integer",
              "format": "int64"
             },
             "stream": {
              "type": "string"
             },
             "taxonomy": {
              "type": "string"
             },
             "label": {
              "type": "string"
             },
             "level": {
              "type": "string",
              "enum": [
               "leaf",
               "top"
              ]
             },
             "status": {
              "type": "string",
              "enum": [
               "open",
               "acknowledged",
               "resolved"
              ]
             },
             "severity": {
              "type": "string",
              "enum": [
               "low",
               "medium",
               "high",
               "critical"
              ]
             },
             "startedAt": {
              "type": "string",
              "format": "date-time"
             },
             "peakAt": {
              "type": "string",
              "format": "date-time"
             },
             "endedAt": {
              "type": "string",
              "format": "date-time"
             },
             "observedRate": {
              "type": "number"
             },
             "baselineRate": {
              "type": "number"
             },
             "share": {
              "type": "number"
             },
             "messageCount": {
              "type": "integer"
             },
             "sampleMessageIds": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "acknowledgedBy": {
              "type": "string"
             },
             "acknowledgedAt": {
              "type": "string",
              "format": "date-time"
             },
             "updatedAt": {
              "type": "string",
              "format": "date-time"
             }
            },
            "additionalProperties": false,
            "required": [
             "id",
             "stream",
             "taxonomy",
             "label",
             "level",
             "status",
             "severity",
             "startedAt",
             "peakAt",
             "observedRate",
             "baselineRate",
             "share",
             "messageCount",
             "sampleMessageIds",
             "updatedAt"
            ]
           },
           "Insight": {
            "type": "object",
            "properties": {
             "id": {
              "type": "integer",
              "format": "int64"
             },
             "stream": {
              "type": "string"
             },
             "incident": {
              "type": "integer",
              "format": "int64"
             },
             "type": {
              "type": "string"
             },
             "message": {
              "type": "string"
             },
             "confidence": {
              "type": "number"
             },
             "source": {
              "type": "string"
             },
             "messageIds": {
              "type": "array",
              "items": {
               "type": "string"
              }
             },
             "createdAt": {
              "type": "string",
              "format": "date-time"
             }
            },
            "additionalProperties": false,
            "required": [
             "id",
             "stream",
             "type",
             "message",
             "confidence",
             "source",
             "messageIds",
             "createdAt"
            ]
           },
           "NewLabel": {
            "type": "object",
            "properties": {
             "taxonomy": {
              "type": "string"
             },
             "label": {
              "type": "string"
             }
            },
            "additionalProperties": false,
            "required": [
             "taxonomy",
             "label"
            ]
           },
           "Label": {
            "type": "object",
            "properties": {
             "message": {
              "type": "string"
             },
             "taxonomy": {
              "type": "string"
             },
             "label": {
              "type": "string"
             },
             "author": {
              "type": "string"
             },
             "createdAt": {
              "type": "string",
              "format": "date-time"
             }
            },
            "additionalProperties": false,
            "required": [
             "message",
             "taxonomy",
             "label",
             "author",
             "createdAt"
            ]
           },
           "Detection": {
            "type": "object",
            "description": "Burst-detection overrides; absent fields keep the node's defaults",
            "properties": {
             "minimumCount": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100000
             },
             "minimumRatio": {
              "type": "number",
              "minimum": 1,
              "maximum": 1000
             },
             "quietPeriodSeconds": {
              "type": "integer",
              "minimum": 5,
              "maximum": 3600
             },
             "ignoredLabels": {
              "type": "array",
              "maxItems": 100,
              "items": {
               "type": "string",
               "maxLength": 200
              }
             }
            },
            "additionalProperties": false
           },
           "StreamChange": {
            "type": "object",
            "description": "Each field present replaces the stream's",
            "properties": {
             "name": {
              "type": "string",
              "minLength": 1,
              "maxLength": 200
             },
             "kind": {
              "type": "string",
              "enum": [
               "chat",
               "feedback",
               "conversation",
               "logs"
              ]
             },
             "taxonomies": {
              "type": "array",
              "minItems": 1,
              "items": {
               "type": "string"
              }
             },
             "detection": {
              "$ref": "#/components/schemas/Detection"
             }
            },
            "additionalProperties": false
           },
           "NewInvitation": {
            "type": "object",
            "properties": {
             "email": {
              "type": "string",
              "format": "email"
             },
             "role": {
              "type": "string",
              "enum": [
               "admin",
               "operator",
               "viewer"
              ]
             }
            },
            "additionalProperties": false,
            "required": [
             "email",
             "role"
            ]
           },
           "Invitation": {
            "type": "object",
            "properties": {
             "email": {
              "type": "string"
             },
             "role": {
              "type": "string"
             },
             "tenant": {
              "type": "string"
             },
             "token": {
              "type": "string"
             },
             "expiresAt": {
              "type": "string",
              "format": "date-time"
             }
            },
            "additionalProperties": false,
            "required": [
             "email",
             "role",
             "tenant",
             "token",
             "expiresAt"
            ]
           }
          },
          "responses": {
           "Problem": {
            "description": "Problem",
            "content": {
             "application/problem+json": {
              "schema": {
               "$ref": "#/components/schemas/Problem"
              }
             }
            }
           }
          },
          "parameters": {
           "limit": {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
             "type": "integer",
             "minimum": 1,
             "maximum": 1000
            }
           }
          }
         }
        }
        """#
}

extension OpenAPIDocument {
    static let live = #"""
        {
         "paths": {
          "/api/v1/streams/{id}/events": {
           "get": {
            "summary": "WebSocket: the stream's events as numbered JSON frames",
            "responses": {
             "101": {
              "description": "Switching to WebSocket"
             }
            },
            "parameters": [
             {
              "name": "after",
              "in": "query",
              "required": false,
              "schema": {
               "type": "integer",
               "format": "int64"
              },
              "description": "the last event number seen"
             },
             {
              "name": "token",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "the bearer token, for browsers"
             }
            ],
            "tags": [
             "live"
            ],
            "description": "Frames are JSON objects with `id` (the event number) and `event`: `second` (counts per label of a closed second), `messages` (a sample of just-committed messages, classified: at most 20 a second, complaints first), `incident_opened`, `incident_updated`, `incident_resolved`, `insight`, `trend_started`, `trend_ended`."
           }
          },
          "/api/v1/streams/{id}/ingest": {
           "get": {
            "summary": "WebSocket: a message or a JSON Lines batch per frame, each answered after commit",
            "responses": {
             "101": {
              "description": "Switching to WebSocket"
             }
            },
            "parameters": [
             {
              "name": "token",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              }
             }
            ],
            "tags": [
             "live"
            ]
           }
          }
         }
        }
        """#
}

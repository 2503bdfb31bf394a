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
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "string"
              }
             },
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
            ]
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
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "string"
              }
             },
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

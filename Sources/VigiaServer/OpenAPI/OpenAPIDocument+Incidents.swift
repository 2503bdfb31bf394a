extension OpenAPIDocument {
    static let incidents = #"""
        {
         "paths": {
          "/api/v1/streams/{id}/incidents": {
           "get": {
            "summary": "The stream's incidents, newest first",
            "responses": {
             "200": {
              "jsonItems": "Incident"
             }
            },
            "parameters": [
             {
              "name": "status",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string",
               "enum": [
                "open",
                "acknowledged",
                "resolved"
               ]
              }
             },
             {
              "$ref": "#/components/parameters/limit"
             }
            ],
            "tags": [
             "incidents"
            ]
           }
          },
          "/api/v1/streams/{id}/insights": {
           "get": {
            "summary": "The stream's insights, newest first",
            "responses": {
             "200": {
              "jsonItems": "Insight"
             }
            },
            "parameters": [
             {
              "name": "incident",
              "in": "query",
              "required": false,
              "schema": {
               "type": "integer",
               "format": "int64"
              }
             },
             {
              "$ref": "#/components/parameters/limit"
             }
            ],
            "tags": [
             "incidents"
            ]
           }
          },
          "/api/v1/incidents/{id}": {
           "get": {
            "summary": "One incident",
            "responses": {
             "200": {
              "json": "Incident"
             }
            },
            "tags": [
             "incidents"
            ]
           }
          },
          "/api/v1/incidents/{id}/ack": {
           "post": {
            "summary": "Acknowledge an open incident",
            "responses": {
             "200": {
              "json": "Incident"
             }
            },
            "tags": [
             "incidents"
            ]
           }
          },
          "/api/v1/incidents/{id}/resolve": {
           "post": {
            "summary": "Resolve an incident",
            "responses": {
             "200": {
              "json": "Incident"
             }
            },
            "tags": [
             "incidents"
            ]
           }
          }
         }
        }
        """#
}

extension OpenAPIDocument {
    static let incidents = #"""
        {
         "paths": {
          "/api/v1/streams/{id}/incidents": {
           "get": {
            "summary": "The stream's incidents, newest first",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object",
                 "required": [
                  "items"
                 ],
                 "properties": {
                  "items": {
                   "type": "array",
                   "items": {
                    "$ref": "#/components/schemas/Incident"
                   }
                  }
                 }
                }
               }
              }
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
              "name": "limit",
              "in": "query",
              "required": false,
              "schema": {
               "type": "integer",
               "minimum": 1,
               "maximum": 1000
              }
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
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object",
                 "required": [
                  "items"
                 ],
                 "properties": {
                  "items": {
                   "type": "array",
                   "items": {
                    "$ref": "#/components/schemas/Insight"
                   }
                  }
                 }
                }
               }
              }
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
              "name": "limit",
              "in": "query",
              "required": false,
              "schema": {
               "type": "integer",
               "minimum": 1,
               "maximum": 1000
              }
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
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Incident"
                }
               }
              }
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
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Incident"
                }
               }
              }
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
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Incident"
                }
               }
              }
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

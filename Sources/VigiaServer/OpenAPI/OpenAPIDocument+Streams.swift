extension OpenAPIDocument {
    static let streams = #"""
        {
         "paths": {
          "/api/v1/streams": {
           "post": {
            "summary": "A new stream",
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Stream"
                }
               }
              }
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/NewStream"
               }
              }
             }
            },
            "tags": [
             "streams"
            ]
           },
           "get": {
            "summary": "The tenant's streams",
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
                    "$ref": "#/components/schemas/Stream"
                   }
                  }
                 }
                }
               }
              }
             }
            },
            "tags": [
             "streams"
            ]
           }
          },
          "/api/v1/streams/{id}": {
           "get": {
            "summary": "One stream",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Stream"
                }
               }
              }
             }
            },
            "tags": [
             "streams"
            ]
           },
           "delete": {
            "summary": "Delete a stream and its messages",
            "responses": {
             "204": {
              "description": "Deleted"
             }
            },
            "tags": [
             "streams"
            ]
           },
           "patch": {
            "summary": "Change a stream's name, kind, taxonomies or detection",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Stream"
                }
               }
              }
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/StreamChange"
               }
              }
             }
            },
            "tags": [
             "streams"
            ]
           }
          }
         }
        }
        """#
}

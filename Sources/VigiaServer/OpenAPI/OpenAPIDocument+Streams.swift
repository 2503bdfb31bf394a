extension OpenAPIDocument {
    static let streams = #"""
        {
         "paths": {
          "/api/v1/streams": {
           "post": {
            "summary": "A new stream",
            "responses": {
             "201": {
              "json": "Stream",
              "description": "Created"
             }
            },
            "tags": [
             "streams"
            ],
            "jsonBody": "NewStream"
           },
           "get": {
            "summary": "The tenant's streams",
            "responses": {
             "200": {
              "jsonItems": "Stream"
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
              "json": "Stream"
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
              "json": "Stream"
             }
            },
            "tags": [
             "streams"
            ],
            "jsonBody": "StreamChange"
           }
          }
         }
        }
        """#
}

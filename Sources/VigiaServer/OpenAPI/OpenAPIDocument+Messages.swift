extension OpenAPIDocument {
    static let messages = #"""
        {
         "paths": {
          "/api/v1/streams/{id}/messages": {
           "post": {
            "summary": "Send a batch; answered after commit",
            "responses": {
             "200": {
              "json": "Accepted"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "type": "array",
                "items": {
                 "$ref": "#/components/schemas/NewMessage"
                }
               }
              },
              "application/x-ndjson": {
               "schema": {
                "type": "string"
               }
              },
              "text/csv": {
               "schema": {
                "type": "string"
               }
              }
             }
            },
            "tags": [
             "messages"
            ],
            "problems": [
             "415",
             "503"
            ]
           },
           "get": {
            "summary": "Search the stream's messages, newest first",
            "responses": {
             "200": {
              "json": "MessagePage"
             }
            },
            "parameters": [
             {
              "$ref": "#/components/parameters/q"
             },
             {
              "$ref": "#/components/parameters/label"
             },
             {
              "$ref": "#/components/parameters/taxonomy"
             },
             {
              "$ref": "#/components/parameters/from"
             },
             {
              "$ref": "#/components/parameters/to"
             },
             {
              "$ref": "#/components/parameters/minConfidence"
             },
             {
              "$ref": "#/components/parameters/maxConfidence"
             },
             {
              "name": "cursor",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "$ref": "#/components/parameters/limit"
             }
            ],
            "tags": [
             "messages"
            ]
           }
          },
          "/api/v1/messages/{id}/labels": {
           "post": {
            "summary": "Correct a message's label",
            "responses": {
             "201": {
              "json": "Label",
              "description": "Created"
             }
            },
            "tags": [
             "messages"
            ],
            "jsonBody": "NewLabel"
           },
           "get": {
            "summary": "A message's corrections, oldest first",
            "responses": {
             "200": {
              "jsonItems": "Label"
             }
            },
            "tags": [
             "messages"
            ]
           }
          },
          "/api/v1/streams/{id}/export": {
           "get": {
            "summary": "Every message the filters find, oldest first, streamed as a file (CSV, JSON Lines or a JSON array)",
            "responses": {
             "200": {
              "description": "The messages",
              "content": {
               "text/csv": {
                "schema": {
                 "type": "string"
                }
               },
               "application/x-ndjson": {
                "schema": {
                 "type": "string"
                }
               },
               "application/json": {
                "schema": {
                 "type": "array",
                 "items": {
                  "type": "object"
                 }
                }
               }
              }
             }
            },
            "parameters": [
             {
              "$ref": "#/components/parameters/q"
             },
             {
              "$ref": "#/components/parameters/label"
             },
             {
              "$ref": "#/components/parameters/taxonomy"
             },
             {
              "$ref": "#/components/parameters/from"
             },
             {
              "$ref": "#/components/parameters/to"
             },
             {
              "$ref": "#/components/parameters/minConfidence"
             },
             {
              "$ref": "#/components/parameters/maxConfidence"
             },
             {
              "name": "format",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string",
               "enum": [
                "csv",
                "jsonl",
                "json"
               ],
               "default": "jsonl"
              }
             }
            ],
            "tags": [
             "messages"
            ]
           }
          },
          "/api/v1/messages/{id}": {
           "get": {
            "summary": "One message, with its predictions",
            "responses": {
             "200": {
              "json": "Message"
             }
            },
            "tags": [
             "messages"
            ]
           }
          }
         },
         "parameters": {
          "q": {
           "name": "q",
           "in": "query",
           "required": false,
           "schema": {
            "type": "string"
           },
           "description": "words that must all be in the text, without case or accents"
          },
          "label": {
           "name": "label",
           "in": "query",
           "required": false,
           "schema": {
            "type": "string"
           }
          },
          "taxonomy": {
           "name": "taxonomy",
           "in": "query",
           "required": false,
           "schema": {
            "type": "string"
           }
          },
          "from": {
           "name": "from",
           "in": "query",
           "required": false,
           "schema": {
            "type": "string"
           },
           "description": "RFC 3339 or epoch milliseconds, included"
          },
          "to": {
           "name": "to",
           "in": "query",
           "required": false,
           "schema": {
            "type": "string"
           },
           "description": "excluded"
          },
          "minConfidence": {
           "name": "minConfidence",
           "in": "query",
           "required": false,
           "schema": {
            "type": "number"
           }
          },
          "maxConfidence": {
           "name": "maxConfidence",
           "in": "query",
           "required": false,
           "schema": {
            "type": "number"
           }
          }
         }
        }
        """#
}

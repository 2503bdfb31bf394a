extension OpenAPIDocument {
    static let messages = #"""
        {
         "paths": {
          "/api/v1/streams/{id}/messages": {
           "post": {
            "summary": "Send a batch; answered after commit",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Accepted"
                }
               }
              }
             },
             "415": {
              "$ref": "#/components/responses/Problem"
             },
             "503": {
              "$ref": "#/components/responses/Problem"
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
             }
            ],
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
            ]
           },
           "get": {
            "summary": "Search the stream's messages, newest first",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/MessagePage"
                }
               }
              }
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
              "name": "q",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "words that must all be in the text, without case or accents"
             },
             {
              "name": "label",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "taxonomy",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "from",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "RFC 3339 or epoch milliseconds, included"
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "excluded"
             },
             {
              "name": "minConfidence",
              "in": "query",
              "required": false,
              "schema": {
               "type": "number"
              }
             },
             {
              "name": "maxConfidence",
              "in": "query",
              "required": false,
              "schema": {
               "type": "number"
              }
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
             "messages"
            ]
           }
          },
          "/api/v1/messages/{id}/labels": {
           "post": {
            "summary": "Correct a message's label",
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Label"
                }
               }
              }
             }
            },
            "parameters": [
             {
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "integer",
               "format": "int64"
              }
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/NewLabel"
               }
              }
             }
            },
            "tags": [
             "messages"
            ]
           },
           "get": {
            "summary": "A message's corrections, oldest first",
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
                    "$ref": "#/components/schemas/Label"
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
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "integer",
               "format": "int64"
              }
             }
            ],
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
              "name": "id",
              "in": "path",
              "required": true,
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "q",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "words that must all be in the text, without case or accents"
             },
             {
              "name": "label",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "taxonomy",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              }
             },
             {
              "name": "from",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "RFC 3339 or epoch milliseconds, included"
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "excluded"
             },
             {
              "name": "minConfidence",
              "in": "query",
              "required": false,
              "schema": {
               "type": "number"
              }
             },
             {
              "name": "maxConfidence",
              "in": "query",
              "required": false,
              "schema": {
               "type": "number"
              }
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
          }
         }
        }
        """#
}

extension OpenAPIDocument {
    static let analysis = #"""
        {
         "schemas": {
          "AnalysisResult": {
           "type": "object",
           "properties": {
            "count": {
             "type": "integer"
            },
            "labels": {
             "type": "object",
             "description": "messages per label, by taxonomy",
             "additionalProperties": {
              "type": "object",
              "additionalProperties": {
               "type": "integer"
              }
             }
            },
            "items": {
             "type": "array",
             "items": {
              "type": "object",
              "properties": {
               "text": {
                "type": "string",
                "description": "the text, redacted"
               },
               "predictions": {
                "type": "array",
                "items": {
                 "$ref": "#/components/schemas/Prediction"
                }
               }
              },
              "required": [
               "text",
               "predictions"
              ],
              "additionalProperties": false
             }
            }
           },
           "required": [
            "count",
            "labels",
            "items"
           ],
           "additionalProperties": false
          },
          "Job": {
           "type": "object",
           "properties": {
            "id": {
             "type": "integer",
             "format": "int64"
            },
            "kind": {
             "type": "string",
             "enum": [
              "analyze",
              "train"
             ]
            },
            "status": {
             "type": "string",
             "enum": [
              "PENDENTE",
              "PROCESSANDO",
              "CONCLUIDO",
              "ERRO"
             ]
            },
            "progress": {
             "type": "number",
             "minimum": 0,
             "maximum": 1
            },
            "result": {
             "description": "once done: an analysis's result, or what a training made",
             "oneOf": [
              {
               "$ref": "#/components/schemas/AnalysisResult"
              },
              {
               "$ref": "#/components/schemas/TrainingOutcome"
              }
             ]
            },
            "error": {
             "type": "string"
            },
            "createdAt": {
             "type": "string",
             "format": "date-time"
            },
            "updatedAt": {
             "type": "string",
             "format": "date-time"
            }
           },
           "required": [
            "id",
            "kind",
            "status",
            "progress",
            "createdAt",
            "updatedAt"
           ],
           "additionalProperties": false
          },
          "Summary": {
           "type": "object",
           "properties": {
            "stream": {
             "type": "string"
            },
            "from": {
             "type": "string",
             "format": "date-time"
            },
            "to": {
             "type": "string",
             "format": "date-time"
            },
            "messageCount": {
             "type": "integer"
            },
            "labels": {
             "type": "array",
             "items": {
              "type": "object",
              "properties": {
               "taxonomy": {
                "type": "string"
               },
               "label": {
                "type": "string"
               },
               "count": {
                "type": "integer"
               }
              },
              "required": [
               "taxonomy",
               "label",
               "count"
              ],
              "additionalProperties": false
             }
            },
            "incidents": {
             "type": "array",
             "items": {
              "type": "object",
              "properties": {
               "id": {
                "type": "integer",
                "format": "int64"
               },
               "label": {
                "type": "string"
               },
               "severity": {
                "type": "string"
               },
               "startedAt": {
                "type": "string",
                "format": "date-time"
               },
               "endedAt": {
                "type": "string",
                "format": "date-time"
               },
               "messageCount": {
                "type": "integer"
               }
              },
              "required": [
               "id",
               "label",
               "severity",
               "startedAt",
               "messageCount"
              ],
              "additionalProperties": false
             }
            },
            "terms": {
             "type": "array",
             "items": {
              "type": "object",
              "properties": {
               "term": {
                "type": "string"
               },
               "count": {
                "type": "integer"
               }
              },
              "required": [
               "term",
               "count"
              ],
              "additionalProperties": false
             }
            },
            "examples": {
             "type": "array",
             "items": {
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
               "confidence": {
                "type": "number"
               },
               "text": {
                "type": "string"
               }
              },
              "required": [
               "message",
               "taxonomy",
               "label",
               "confidence",
               "text"
              ],
              "additionalProperties": false
             }
            },
            "text": {
             "type": "string",
             "description": "the summary in Portuguese"
            },
            "createdAt": {
             "type": "string",
             "format": "date-time"
            }
           },
           "required": [
            "stream",
            "from",
            "to",
            "messageCount",
            "labels",
            "incidents",
            "terms",
            "examples",
            "text",
            "createdAt"
           ],
           "additionalProperties": false
          }
         },
         "paths": {
          "/api/v1/analyze": {
           "post": {
            "summary": "Classify texts outside any stream: up to 1,000 answered at once, more (up to 100,000) as a job",
            "parameters": [
             {
              "name": "taxonomy",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "a taxonomy to classify with (repeatable); every taxonomy of the node when absent"
             }
            ],
            "requestBody": {
             "required": true,
             "content": {
              "text/plain": {
               "schema": {
                "type": "string"
               },
               "example": "sem som no jogo\ntravou tudo"
              },
              "text/csv": {
               "schema": {
                "type": "string"
               }
              },
              "application/json": {
               "schema": {
                "type": "array",
                "items": {
                 "oneOf": [
                  {
                   "type": "string"
                  },
                  {
                   "type": "object",
                   "required": [
                    "text"
                   ],
                   "properties": {
                    "text": {
                     "type": "string"
                    }
                   }
                  }
                 ]
                }
               }
              },
              "multipart/form-data": {
               "schema": {
                "type": "object",
                "properties": {
                 "file": {
                  "type": "string",
                  "format": "binary",
                  "description": ".csv, .json or .txt"
                 },
                 "text": {
                  "type": "string"
                 }
                }
               }
              }
             }
            },
            "responses": {
             "200": {
              "json": {
               "type": "object",
               "properties": {
                "status": {
                 "const": "CONCLUIDO"
                },
                "result": {
                 "$ref": "#/components/schemas/AnalysisResult"
                }
               },
               "required": [
                "status",
                "result"
               ],
               "additionalProperties": false
              }
             },
             "202": {
              "json": "Job",
              "description": "A job: follow it at Location"
             }
            },
            "tags": [
             "analysis"
            ],
            "problems": [
             "415"
            ]
           }
          },
          "/api/v1/jobs/{id}": {
           "get": {
            "summary": "A job's status, progress and, once done, result",
            "responses": {
             "200": {
              "json": "Job"
             }
            },
            "tags": [
             "analysis"
            ]
           }
          },
          "/api/v1/streams/{id}/summary": {
           "get": {
            "summary": "A period's summary, written now from the stored messages and incidents (the last 7 days by default, at most 92)",
            "parameters": [
             {
              "name": "from",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "RFC 3339 or epoch milliseconds; 7 days before 'to' by default"
             },
             {
              "name": "to",
              "in": "query",
              "required": false,
              "schema": {
               "type": "string"
              },
              "description": "now by default"
             }
            ],
            "responses": {
             "200": {
              "json": "Summary"
             }
            },
            "tags": [
             "streams"
            ]
           }
          },
          "/api/v1/streams/{id}/summaries": {
           "get": {
            "summary": "The weekly summaries kept (Monday to Monday, Brasília time), latest first",
            "parameters": [
             {
              "name": "limit",
              "in": "query",
              "required": false,
              "schema": {
               "type": "integer",
               "minimum": 1,
               "maximum": 1000,
               "default": 12
              }
             }
            ],
            "responses": {
             "200": {
              "jsonItems": "Summary"
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

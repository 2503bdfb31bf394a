/// The API's OpenAPI 3.1 description, served at `/openapi.json`. A test holds it to the router: every route is
/// described and every described route exists.
enum OpenAPIDocument {
    static let json = #"""
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
              }
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
             }
            },
            "additionalProperties": false,
            "required": [
             "id",
             "name",
             "kind",
             "taxonomies",
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
          }
         },
         "paths": {
          "/health": {
           "get": {
            "summary": "The process answers",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Status"
                }
               }
              }
             }
            },
            "security": [],
            "tags": [
             "operations"
            ]
           }
          },
          "/ready": {
           "get": {
            "summary": "The store answers",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Status"
                }
               }
              }
             },
             "503": {
              "$ref": "#/components/responses/Problem"
             }
            },
            "security": [],
            "tags": [
             "operations"
            ]
           }
          },
          "/metrics": {
           "get": {
            "summary": "Prometheus text",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "text/plain": {
                "schema": {
                 "type": "string"
                }
               }
              }
             }
            },
            "security": [],
            "tags": [
             "operations"
            ]
           }
          },
          "/openapi.json": {
           "get": {
            "summary": "This document",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object"
                }
               }
              }
             }
            },
            "security": [],
            "tags": [
             "operations"
            ]
           }
          },
          "/docs": {
           "get": {
            "summary": "The API's documentation page",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "text/html": {
                "schema": {
                 "type": "string"
                }
               }
              }
             }
            },
            "security": [],
            "tags": [
             "operations"
            ]
           }
          },
          "/auth/register": {
           "post": {
            "summary": "A new tenant and its first user (its admin)",
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Registered"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "409": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Registration"
               }
              }
             }
            },
            "security": [],
            "tags": [
             "auth"
            ]
           }
          },
          "/auth/login": {
           "post": {
            "summary": "Sign in",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Tokens"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Login"
               }
              }
             }
            },
            "security": [],
            "tags": [
             "auth"
            ]
           }
          },
          "/auth/refresh": {
           "post": {
            "summary": "New tokens for a refresh token",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Tokens"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/Refresh"
               }
              }
             }
            },
            "security": [],
            "tags": [
             "auth"
            ]
           }
          },
          "/api/v1/keys": {
           "post": {
            "summary": "A new API key (the secret is shown once)",
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/APIKey"
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
             }
            },
            "requestBody": {
             "required": true,
             "content": {
              "application/json": {
               "schema": {
                "$ref": "#/components/schemas/NewKey"
               }
              }
             }
            },
            "tags": [
             "keys"
            ]
           },
           "get": {
            "summary": "The tenant's API keys",
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
                    "$ref": "#/components/schemas/APIKey"
                   }
                  }
                 }
                }
               }
              }
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
             }
            },
            "tags": [
             "keys"
            ]
           }
          },
          "/api/v1/keys/{id}": {
           "delete": {
            "summary": "Revoke an API key",
            "responses": {
             "204": {
              "description": "Revoked"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             "keys"
            ]
           }
          },
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
            "tags": [
             "streams"
            ]
           },
           "delete": {
            "summary": "Delete a stream and its messages",
            "responses": {
             "204": {
              "description": "Deleted"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
            "tags": [
             "streams"
            ]
           }
          },
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
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
             },
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
             },
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
          "/api/v1/streams/{id}/events": {
           "get": {
            "summary": "WebSocket: the stream's events as numbered JSON frames",
            "responses": {
             "101": {
              "description": "Switching to WebSocket"
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             "incidents"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
             },
             "400": {
              "$ref": "#/components/responses/Problem"
             },
             "401": {
              "$ref": "#/components/responses/Problem"
             },
             "403": {
              "$ref": "#/components/responses/Problem"
             },
             "404": {
              "$ref": "#/components/responses/Problem"
             },
             "413": {
              "$ref": "#/components/responses/Problem"
             },
             "422": {
              "$ref": "#/components/responses/Problem"
             },
             "429": {
              "$ref": "#/components/responses/Problem"
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
          }
         }
        }
        """#
}

extension OpenAPIDocument {
    static let alerting = #"""
        {
         "schemas": {
          "NewReceiver": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string",
             "minLength": 1,
             "maxLength": 64,
             "description": "letters, digits, '-', '_' or '.'"
            },
            "kind": {
             "type": "string",
             "enum": [
              "webhook",
              "slack",
              "telegram"
             ]
            },
            "url": {
             "type": "string",
             "description": "webhook: its endpoint; slack: the incoming webhook's URL (secret: shown as scheme and host only)"
            },
            "secret": {
             "type": "string",
             "description": "webhook: the HMAC-SHA256 key of X-Vigia-Signature, 16 characters or more (never shown back)"
            },
            "botToken": {
             "type": "string",
             "description": "telegram: the bot's token (never shown back)"
            },
            "chatID": {
             "type": "string",
             "description": "telegram: the chat the bot writes to"
            },
            "apiBaseURL": {
             "type": "string",
             "description": "telegram: the Bot API's address (default https://api.telegram.org)"
            }
           },
           "required": [
            "name",
            "kind"
           ],
           "additionalProperties": false,
           "examples": [
            {
             "name": "plantao",
             "kind": "webhook",
             "url": "https://ops.example.com/vigia",
             "secret": "0123456789abcdef"
            }
           ]
          },
          "Receiver": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string",
             "minLength": 1,
             "maxLength": 64,
             "description": "letters, digits, '-', '_' or '.'"
            },
            "kind": {
             "type": "string",
             "enum": [
              "webhook",
              "slack",
              "telegram"
             ]
            },
            "url": {
             "type": "string"
            },
            "secret": {
             "type": "string"
            },
            "botToken": {
             "type": "string"
            },
            "chatID": {
             "type": "string"
            },
            "apiBaseURL": {
             "type": "string"
            }
           },
           "required": [
            "name",
            "kind"
           ],
           "additionalProperties": false,
           "description": "secrets hidden"
          },
          "Route": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string",
             "minLength": 1,
             "maxLength": 64,
             "description": "letters, digits, '-', '_' or '.'"
            },
            "receivers": {
             "type": "array",
             "items": {
              "type": "string"
             },
             "minItems": 1
            },
            "streams": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "taxonomies": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "labels": {
             "type": "array",
             "items": {
              "type": "string"
             },
             "description": "a label takes its children: 'audio' takes 'audio.sem_som'"
            },
            "minimumSeverity": {
             "type": "string",
             "enum": [
              "low",
              "medium",
              "high",
              "critical"
             ]
            },
            "groupWaitSeconds": {
             "type": "integer",
             "minimum": 0,
             "maximum": 604800,
             "default": 30
            },
            "groupIntervalSeconds": {
             "type": "integer",
             "minimum": 1,
             "maximum": 604800,
             "default": 300
            },
            "repeatIntervalSeconds": {
             "type": "integer",
             "minimum": 1,
             "maximum": 604800,
             "default": 14400
            },
            "sendResolved": {
             "type": "boolean",
             "default": true
            },
            "continues": {
             "type": "boolean",
             "default": false
            }
           },
           "required": [
            "name",
            "receivers"
           ],
           "additionalProperties": false
          },
          "NewSilence": {
           "type": "object",
           "properties": {
            "streams": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "labels": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "startsAt": {
             "type": "string",
             "format": "date-time",
             "description": "default: now"
            },
            "endsAt": {
             "type": "string",
             "format": "date-time"
            },
            "durationSeconds": {
             "type": "integer",
             "minimum": 60,
             "maximum": 2678400
            },
            "comment": {
             "type": "string",
             "maxLength": 1000
            }
           },
           "required": [
            "comment"
           ],
           "additionalProperties": false,
           "description": "endsAt or durationSeconds",
           "examples": [
            {
             "labels": [
              "audio"
             ],
             "durationSeconds": 3600,
             "comment": "manutenção do encoder"
            }
           ]
          },
          "Silence": {
           "type": "object",
           "properties": {
            "id": {
             "type": "integer",
             "format": "int64"
            },
            "streams": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "labels": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "startsAt": {
             "type": "string",
             "format": "date-time"
            },
            "endsAt": {
             "type": "string",
             "format": "date-time"
            },
            "createdBy": {
             "type": "string"
            },
            "comment": {
             "type": "string"
            },
            "active": {
             "type": "boolean"
            }
           },
           "required": [
            "id",
            "streams",
            "labels",
            "startsAt",
            "endsAt",
            "createdBy",
            "comment",
            "active"
           ],
           "additionalProperties": false
          },
          "ReceiverTest": {
           "type": "object",
           "properties": {
            "receiver": {
             "type": "string"
            },
            "delivered": {
             "type": "boolean"
            },
            "reason": {
             "type": "string"
            }
           },
           "required": [
            "receiver",
            "delivered"
           ],
           "additionalProperties": false
          },
          "IncidentAlert": {
           "type": "object",
           "properties": {
            "incident": {
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
            "severity": {
             "type": "string",
             "enum": [
              "low",
              "medium",
              "high",
              "critical"
             ]
            },
            "startsAt": {
             "type": "integer",
             "format": "int64",
             "description": "milliseconds since 1970"
            },
            "endsAt": {
             "type": "integer",
             "format": "int64"
            },
            "summary": {
             "type": "string"
            }
           },
           "required": [
            "incident",
            "stream",
            "taxonomy",
            "label",
            "severity",
            "startsAt",
            "summary"
           ],
           "additionalProperties": false
          },
          "AlertNotification": {
           "type": "object",
           "properties": {
            "route": {
             "type": "string"
            },
            "receiver": {
             "type": "string"
            },
            "stream": {
             "type": "string"
            },
            "groupKey": {
             "type": "string"
            },
            "alerts": {
             "type": "array",
             "items": {
              "$ref": "#/components/schemas/IncidentAlert"
             }
            }
           },
           "required": [
            "route",
            "receiver",
            "stream",
            "groupKey",
            "alerts"
           ],
           "additionalProperties": false
          },
          "Notification": {
           "type": "object",
           "properties": {
            "id": {
             "type": "integer",
             "format": "int64"
            },
            "receiver": {
             "type": "string"
            },
            "channel": {
             "type": "string",
             "enum": [
              "slack",
              "telegram",
              "webhook"
             ]
            },
            "status": {
             "type": "string",
             "enum": [
              "pending",
              "sent",
              "failed"
             ]
            },
            "attempts": {
             "type": "integer"
            },
            "lastError": {
             "type": "string"
            },
            "createdAt": {
             "type": "string",
             "format": "date-time"
            },
            "sentAt": {
             "type": "string",
             "format": "date-time"
            },
            "notification": {
             "$ref": "#/components/schemas/AlertNotification"
            }
           },
           "required": [
            "id",
            "receiver",
            "channel",
            "status",
            "attempts",
            "createdAt"
           ],
           "additionalProperties": false
          },
          "YouTubeSource": {
           "type": "object",
           "properties": {
            "video": {
             "type": "string",
             "minLength": 1,
             "description": "a video id or URL"
            },
            "apiKey": {
             "type": "string",
             "description": "never shown back"
            },
            "accessToken": {
             "type": "string",
             "description": "an OAuth 2 token; never shown back"
            }
           },
           "required": [
            "video"
           ],
           "additionalProperties": false
          },
          "TwitchSource": {
           "type": "object",
           "properties": {
            "channel": {
             "type": "string",
             "minLength": 1,
             "maxLength": 26
            }
           },
           "required": [
            "channel"
           ],
           "additionalProperties": false
          },
          "FileSource": {
           "type": "object",
           "properties": {
            "path": {
             "type": "string",
             "description": "absolute, inside the node's sources.fileDirectory"
            },
            "format": {
             "type": "string",
             "enum": [
              "lines",
              "jsonl",
              "csv"
             ],
             "default": "lines"
            }
           },
           "required": [
            "path"
           ],
           "additionalProperties": false
          },
          "NewSource": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string",
             "minLength": 1,
             "maxLength": 64,
             "description": "letters, digits, '-', '_' or '.'"
            },
            "stream": {
             "type": "string"
            },
            "kind": {
             "type": "string",
             "enum": [
              "youtube",
              "twitch",
              "file"
             ]
            },
            "youtube": {
             "$ref": "#/components/schemas/YouTubeSource"
            },
            "twitch": {
             "$ref": "#/components/schemas/TwitchSource"
            },
            "file": {
             "$ref": "#/components/schemas/FileSource"
            },
            "watchdogSeconds": {
             "type": "integer",
             "minimum": 10,
             "maximum": 86400,
             "default": 300
            }
           },
           "required": [
            "name",
            "stream",
            "kind"
           ],
           "additionalProperties": false,
           "examples": [
            {
             "name": "final-youtube",
             "stream": "st_final",
             "kind": "youtube",
             "youtube": {
              "video": "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
              "apiKey": "AIza-exemplo"
             }
            }
           ]
          },
          "SourceStatus": {
           "type": "object",
           "properties": {
            "state": {
             "type": "string",
             "enum": [
              "connecting",
              "connected",
              "lagging",
              "error",
              "ended",
              "stopped"
             ]
            },
            "reason": {
             "type": "string"
            },
            "messages": {
             "type": "integer"
            },
            "lastMessageAt": {
             "type": "string",
             "format": "date-time"
            },
            "retryAt": {
             "type": "string",
             "format": "date-time"
            },
            "quotaUsed": {
             "type": "integer"
            },
            "updatedAt": {
             "type": "string",
             "format": "date-time"
            }
           },
           "required": [
            "state",
            "messages",
            "updatedAt"
           ],
           "additionalProperties": false
          },
          "Source": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string",
             "minLength": 1,
             "maxLength": 64,
             "description": "letters, digits, '-', '_' or '.'"
            },
            "stream": {
             "type": "string"
            },
            "kind": {
             "type": "string",
             "enum": [
              "youtube",
              "twitch",
              "file"
             ]
            },
            "youtube": {
             "$ref": "#/components/schemas/YouTubeSource"
            },
            "twitch": {
             "$ref": "#/components/schemas/TwitchSource"
            },
            "file": {
             "$ref": "#/components/schemas/FileSource"
            },
            "watchdogSeconds": {
             "type": "integer",
             "minimum": 10,
             "maximum": 86400,
             "default": 300
            },
            "status": {
             "$ref": "#/components/schemas/SourceStatus"
            }
           },
           "required": [
            "name",
            "stream",
            "kind",
            "watchdogSeconds"
           ],
           "additionalProperties": false
          }
         },
         "paths": {
          "/api/v1/receivers": {
           "get": {
            "summary": "The tenant's alert receivers, secrets hidden (operators and admins)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "jsonItems": "Receiver"
             }
            }
           },
           "post": {
            "summary": "Adds a receiver: a JSON webhook (Alertmanager's v4 payload, signed), a Slack incoming webhook, or a Telegram chat (admins)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "201": {
              "json": "Receiver",
              "description": "Added"
             }
            },
            "jsonBody": "NewReceiver",
            "problems": [
             "409"
            ]
           }
          },
          "/api/v1/receivers/{name}": {
           "get": {
            "summary": "One receiver, secrets hidden",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "json": "Receiver"
             }
            }
           },
           "put": {
            "summary": "Adds or replaces a receiver (admins); the body's name is the path's",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "json": "Receiver"
             }
            },
            "jsonBody": "NewReceiver"
           },
           "delete": {
            "summary": "Removes a receiver no route sends to (admins)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "204": {
              "description": "Removed"
             }
            },
            "problems": [
             "409"
            ]
           }
          },
          "/api/v1/receivers/{name}/test": {
           "post": {
            "summary": "Sends the receiver a test message now and says how it answered",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "json": "ReceiverTest"
             }
            }
           }
          },
          "/api/v1/routes": {
           "get": {
            "summary": "The tenant's routes, in the order they match (Alertmanager's semantics: the first that takes an alert, and the next while one continues)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "jsonItems": "Route"
             }
            }
           },
           "post": {
            "summary": "Adds a route at the end (admins); its receivers must exist",
            "tags": [
             "alerts"
            ],
            "responses": {
             "201": {
              "json": "Route",
              "description": "Added"
             }
            },
            "jsonBody": "Route",
            "problems": [
             "409"
            ]
           }
          },
          "/api/v1/routes/{name}": {
           "get": {
            "summary": "One route",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "json": "Route"
             }
            }
           },
           "put": {
            "summary": "Adds or replaces a route, which keeps its place (admins)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "json": "Route"
             }
            },
            "jsonBody": "Route"
           },
           "delete": {
            "summary": "Removes a route (admins)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "204": {
              "description": "Removed"
             }
            }
           }
          },
          "/api/v1/silences": {
           "get": {
            "summary": "The tenant's silences, newest first, active or not",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "jsonItems": "Silence"
             }
            }
           },
           "post": {
            "summary": "Mutes the alerts of the streams and labels named (none: all) for a while (operators)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "201": {
              "json": "Silence",
              "description": "Added"
             }
            },
            "jsonBody": "NewSilence"
           }
          },
          "/api/v1/silences/{id}": {
           "delete": {
            "summary": "Ends a silence now; it stays listed",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "json": "Silence"
             }
            }
           }
          },
          "/api/v1/notifications": {
           "get": {
            "summary": "The notifications the outbox holds, newest first, with their delivery (operators)",
            "tags": [
             "alerts"
            ],
            "responses": {
             "200": {
              "jsonItems": "Notification"
             }
            },
            "parameters": [
             {
              "name": "status",
              "in": "query",
              "schema": {
               "type": "string",
               "enum": [
                "pending",
                "sent",
                "failed"
               ]
              }
             },
             {
              "$ref": "#/components/parameters/limit"
             }
            ]
           }
          },
          "/api/v1/sources": {
           "get": {
            "summary": "The tenant's sources with their status (connected, lagging, error with its reason…); secrets hidden",
            "tags": [
             "sources"
            ],
            "responses": {
             "200": {
              "jsonItems": "Source"
             }
            }
           },
           "post": {
            "summary": "Adds a source and starts reading it into its stream (operators): a YouTube live chat, a Twitch channel's chat, or a file inside the node's sources.fileDirectory",
            "tags": [
             "sources"
            ],
            "responses": {
             "201": {
              "json": "Source",
              "description": "Added"
             }
            },
            "jsonBody": "NewSource",
            "problems": [
             "409"
            ]
           }
          },
          "/api/v1/sources/{name}": {
           "get": {
            "summary": "One source and its status",
            "tags": [
             "sources"
            ],
            "responses": {
             "200": {
              "json": "Source"
             }
            }
           },
           "put": {
            "summary": "Adds or replaces a source and restarts it (from its checkpoint if it reads the same chat or file)",
            "tags": [
             "sources"
            ],
            "responses": {
             "200": {
              "json": "Source"
             }
            },
            "jsonBody": "NewSource"
           },
           "delete": {
            "summary": "Stops and removes a source, with its checkpoint",
            "tags": [
             "sources"
            ],
            "responses": {
             "204": {
              "description": "Removed"
             }
            }
           }
          }
         }
        }
        """#
}

extension OpenAPIDocument {
    static let accounts = #"""
        {
         "paths": {
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
             }
            },
            "tags": [
             "keys"
            ]
           }
          },
          "/api/v1/invitations": {
           "post": {
            "summary": "Invite a person to join the tenant (admins); the token is good for 7 days and for that e-mail only",
            "responses": {
             "201": {
              "description": "Created",
              "content": {
               "application/json": {
                "schema": {
                 "$ref": "#/components/schemas/Invitation"
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
                "$ref": "#/components/schemas/NewInvitation"
               }
              }
             }
            },
            "tags": [
             "auth"
            ]
           }
          }
         }
        }
        """#
}

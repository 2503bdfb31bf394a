extension OpenAPIDocument {
    static let accounts = #"""
        {
         "paths": {
          "/auth/register": {
           "post": {
            "summary": "A new tenant and its first user (its admin)",
            "responses": {
             "201": {
              "json": "Registered",
              "description": "Created"
             }
            },
            "security": [],
            "tags": [
             "auth"
            ],
            "problems": [
             "400",
             "403",
             "409",
             "413",
             "422",
             "429"
            ],
            "jsonBody": "Registration"
           }
          },
          "/auth/login": {
           "post": {
            "summary": "Sign in",
            "responses": {
             "200": {
              "json": "Tokens"
             }
            },
            "security": [],
            "tags": [
             "auth"
            ],
            "problems": [
             "400",
             "401",
             "413",
             "422",
             "429"
            ],
            "jsonBody": "Login"
           }
          },
          "/auth/refresh": {
           "post": {
            "summary": "New tokens for a refresh token",
            "responses": {
             "200": {
              "json": "Tokens"
             }
            },
            "security": [],
            "tags": [
             "auth"
            ],
            "problems": [
             "400",
             "401",
             "413",
             "422",
             "429"
            ],
            "jsonBody": "Refresh"
           }
          },
          "/api/v1/keys": {
           "post": {
            "summary": "A new API key (the secret is shown once)",
            "responses": {
             "201": {
              "json": "APIKey",
              "description": "Created"
             }
            },
            "tags": [
             "keys"
            ],
            "jsonBody": "NewKey"
           },
           "get": {
            "summary": "The tenant's API keys",
            "responses": {
             "200": {
              "jsonItems": "APIKey"
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
              "json": "Invitation",
              "description": "Created"
             }
            },
            "tags": [
             "auth"
            ],
            "jsonBody": "NewInvitation"
           }
          }
         }
        }
        """#
}

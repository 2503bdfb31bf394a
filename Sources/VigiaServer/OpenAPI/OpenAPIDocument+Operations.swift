extension OpenAPIDocument {
    static let operations = #"""
        {
         "paths": {
          "/health": {
           "get": {
            "summary": "The process answers",
            "responses": {
             "200": {
              "json": "Status"
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
              "json": "Status"
             }
            },
            "security": [],
            "tags": [
             "operations"
            ],
            "problems": [
             "503"
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
              "json": {
               "type": "object"
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
          "/": {
           "get": {
            "summary": "Leads to the dashboard",
            "responses": {
             "302": {
              "description": "Location: /app/"
             }
            },
            "security": [],
            "tags": [
             "operations"
            ]
           }
          },
          "/app": {
           "get": {
            "summary": "The operators' dashboard (a page that signs in and calls this API)",
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
          "/app/assets/{name}": {
           "get": {
            "summary": "A file of the dashboard (style sheet, JavaScript modules), compiled into the server",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "text/css": {
                "schema": {
                 "type": "string"
                }
               },
               "text/javascript": {
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
            ],
            "problems": [
             "404"
            ]
           }
          }
         }
        }
        """#
}

extension OpenAPIDocument {
    static let models = #"""
        {
         "schemas": {
          "RunningModel": {
           "type": "object",
           "properties": {
            "trainingExamples": {
             "type": "integer"
            },
            "trainingFingerprint": {
             "type": "string"
            },
            "accuracy": {
             "type": "number"
            },
            "macroF1": {
             "type": "number"
            }
           },
           "required": [
            "trainingExamples",
            "trainingFingerprint"
           ],
           "additionalProperties": false
          },
          "Taxonomy": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string"
            },
            "labels": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "running": {
             "$ref": "#/components/schemas/RunningModel"
            },
            "versions": {
             "type": "integer",
             "description": "versions in the tenant's registry"
            }
           },
           "required": [
            "name",
            "labels",
            "versions"
           ],
           "additionalProperties": false
          },
          "ModelVersion": {
           "type": "object",
           "properties": {
            "version": {
             "type": "integer"
            },
            "aliases": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "metrics": {
             "type": "object",
             "additionalProperties": {
              "type": "number"
             }
            },
            "trainingFingerprint": {
             "type": "string"
            },
            "parent": {
             "type": "integer"
            },
            "createdAt": {
             "type": "string",
             "format": "date-time"
            },
            "fileSize": {
             "type": "integer"
            },
            "fileChecksum": {
             "type": "string"
            }
           },
           "required": [
            "version",
            "aliases",
            "metrics",
            "trainingFingerprint",
            "createdAt",
            "fileSize",
            "fileChecksum"
           ],
           "additionalProperties": false
          }
         },
         "paths": {
          "/api/v1/taxonomies": {
           "get": {
            "summary": "The taxonomies this node classifies with: labels, the running model's figures, the tenant's registry versions",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object",
                 "properties": {
                  "items": {
                   "type": "array",
                   "items": {
                    "$ref": "#/components/schemas/Taxonomy"
                   }
                  }
                 },
                 "required": [
                  "items"
                 ],
                 "additionalProperties": false
                }
               }
              }
             }
            },
            "tags": [
             "models"
            ]
           }
          },
          "/api/v1/taxonomies/{name}/models": {
           "get": {
            "summary": "A taxonomy's running model and the tenant's versions in the registry, newest first, with metrics",
            "responses": {
             "200": {
              "description": "OK",
              "content": {
               "application/json": {
                "schema": {
                 "type": "object",
                 "properties": {
                  "taxonomy": {
                   "type": "string"
                  },
                  "running": {
                   "$ref": "#/components/schemas/RunningModel"
                  },
                  "items": {
                   "type": "array",
                   "items": {
                    "$ref": "#/components/schemas/ModelVersion"
                   }
                  }
                 },
                 "required": [
                  "taxonomy",
                  "items"
                 ],
                 "additionalProperties": false
                }
               }
              }
             }
            },
            "tags": [
             "models"
            ]
           }
          }
         }
        }
        """#
}

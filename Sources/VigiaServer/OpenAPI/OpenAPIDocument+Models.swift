extension OpenAPIDocument {
    static let models = #"""
        {
         "schemas": {
          "RunningModel": {
           "type": "object",
           "properties": {
            "version": {
             "type": "integer",
             "description": "the registry version, for the tenant's own model"
            },
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
            },
            "confusion": {
             "$ref": "#/components/schemas/Confusion"
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
            "builtIn": {
             "type": "boolean",
             "description": "shared by every tenant; else the tenant's own"
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
            "builtIn",
            "labels",
            "running",
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
            },
            "confusion": {
             "$ref": "#/components/schemas/Confusion"
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
          },
          "LabeledExample": {
           "type": "object",
           "properties": {
            "text": {
             "type": "string",
             "minLength": 1
            },
            "label": {
             "type": "string",
             "description": "a label id: lowercase ASCII letters, digits, '_', '-', '.'"
            }
           },
           "required": [
            "text",
            "label"
           ],
           "additionalProperties": false
          },
          "NewTaxonomy": {
           "type": "object",
           "properties": {
            "name": {
             "type": "string",
             "pattern": "^[a-z0-9_-]{1,64}$",
             "description": "not a built-in taxonomy's name"
            },
            "examples": {
             "type": "array",
             "items": {
              "$ref": "#/components/schemas/LabeledExample"
             },
             "maxItems": 200000
            },
            "useLabels": {
             "type": "boolean",
             "default": true,
             "description": "add the tenant's human labels of this taxonomy to the examples"
            }
           },
           "required": [
            "name"
           ],
           "additionalProperties": false,
           "examples": [
            {
             "name": "atendimento",
             "examples": [
              {
               "text": "atendimento excelente",
               "label": "elogio"
              },
              {
               "text": "adorei o produto",
               "label": "elogio"
              },
              {
               "text": "equipe muito atenciosa",
               "label": "elogio"
              },
              {
               "text": "meu pedido não chegou",
               "label": "entrega"
              },
              {
               "text": "entrega atrasada",
               "label": "entrega"
              },
              {
               "text": "pacote extraviado",
               "label": "entrega"
              }
             ]
            }
           ]
          },
          "TrainingOutcome": {
           "type": "object",
           "properties": {
            "taxonomy": {
             "type": "string"
            },
            "version": {
             "type": "integer"
            },
            "parent": {
             "type": "integer"
            },
            "labels": {
             "type": "array",
             "items": {
              "type": "string"
             }
            },
            "trainingExamples": {
             "type": "integer"
            },
            "validationExamples": {
             "type": "integer"
            },
            "accuracy": {
             "type": "number"
            },
            "macroF1": {
             "type": "number"
            }
           },
           "required": [
            "taxonomy",
            "version",
            "labels",
            "trainingExamples",
            "validationExamples"
           ],
           "additionalProperties": false
          },
          "Confusion": {
           "type": "object",
           "description": "validation examples by true label, then predicted label (non-zero cells)",
           "additionalProperties": {
            "type": "object",
            "additionalProperties": {
             "type": "integer"
            }
           }
          }
         },
         "paths": {
          "/api/v1/taxonomies": {
           "get": {
            "summary": "The tenant's taxonomies (built in and its own): labels, the running model's figures, the registry's versions",
            "responses": {
             "200": {
              "jsonItems": "Taxonomy"
             }
            },
            "tags": [
             "models"
            ]
           },
           "post": {
            "summary": "Trains a taxonomy of the tenant's own from labeled examples and its people's labels, as a job; the new version becomes production and the tenant's streams that run the taxonomy use it",
            "responses": {
             "202": {
              "json": "Job",
              "description": "A training job: follow it at Location"
             }
            },
            "tags": [
             "models"
            ],
            "jsonBody": "NewTaxonomy"
           }
          },
          "/api/v1/taxonomies/{name}/models": {
           "get": {
            "summary": "A taxonomy's running model and the tenant's versions in the registry, newest first, with metrics",
            "responses": {
             "200": {
              "json": {
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

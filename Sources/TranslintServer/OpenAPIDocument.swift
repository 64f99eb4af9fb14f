/// The OpenAPI 3.1 description of the native API, served at `/openapi.yaml`. The committed
/// copy, `Sources/TranslintServer/openapi.yaml`, is compared with it by a test, and the
/// property test (schemathesis) drives the server from it.
enum OpenAPIDocument {
    static let yaml = """
    openapi: 3.1.0
    info:
      title: translint
      version: 0.1.0
      description: >-
        Checks machine-translated text for the defects machine translation leaves and scores it.
        The document report is the one `translint check --format jsonl` writes, field for field.
        Offsets and lengths are UTF-16 code units. With a server token, every operation but
        /healthz needs `Authorization: Bearer TOKEN`.
    paths:
      /v1/check:
        post:
          operationId: check
          summary: Check one text (with its source, when there is one).
          requestBody:
            required: true
            content:
              application/json:
                schema: {$ref: '#/components/schemas/CheckRequest'}
          responses:
            '200':
              description: The document report.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/DocumentReport'}
            '400': {$ref: '#/components/responses/Error'}
            '401': {$ref: '#/components/responses/Error'}
            '413': {$ref: '#/components/responses/Error'}
            '503': {$ref: '#/components/responses/Error'}
      /v1/batch:
        post:
          operationId: batch
          summary: Check a JSONL stream of records; one report line per record, in order, streamed.
          parameters:
            - {name: rules, in: query, required: false, schema: {type: string}, description: One of the server's rule sets (GET /v1/rules lists them).}
          requestBody:
            required: true
            description: JSON lines, one document record each ({"id", "text", "lang", "source", …}), as the CLI reads them.
            content:
              text/plain:
                schema: {type: string}
          responses:
            '200':
              description: One document report per input line, as JSON lines.
              content:
                application/x-ndjson:
                  schema: {type: string}
            '400': {$ref: '#/components/responses/Error'}
            '401': {$ref: '#/components/responses/Error'}
            '503': {$ref: '#/components/responses/Error'}
      /v1/rules:
        get:
          operationId: rules
          summary: The rules of a rule set.
          parameters:
            - {name: rules, in: query, required: false, schema: {type: string}}
          responses:
            '200':
              description: The rule set's rules.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/RuleList'}
            '400': {$ref: '#/components/responses/Error'}
            '401': {$ref: '#/components/responses/Error'}
      /healthz:
        get:
          operationId: health
          summary: Whether the server is up, and the rule sets it serves.
          responses:
            '200':
              description: Up.
              content:
                application/json:
                  schema:
                    type: object
                    required: [status, rule_sets, generation]
                    properties:
                      status: {type: string, enum: [ok]}
                      rule_sets: {type: array, items: {type: string}}
                      generation: {type: integer, minimum: 0}
    components:
      responses:
        Error:
          description: The request was refused; the body says why.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
      schemas:
        Error:
          type: object
          required: [error]
          properties:
            error:
              type: object
              required: [status, message]
              properties:
                status: {type: integer}
                message: {type: string}
        CheckRequest:
          type: object
          required: [text]
          additionalProperties: false
          properties:
            text: {type: string, minLength: 1, description: The translated text.}
            id: {type: string}
            lang: {type: string, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$', description: BCP 47 tag of the text (en, pt-BR, zh-Hant).}
            source: {type: string, description: The text it translates.}
            source_lang: {type: string, pattern: '^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$'}
            format: {type: string, enum: [text, markdown, html, xliff, po]}
            rules: {type: string, enum: [default, news], description: One of the server's rule sets (these are the ones `.ci/run` serves; GET /v1/rules lists a server's own).}
        DocumentReport:
          type: object
          required: [language, language_source, format, characters, words, sentences, score, penalty, passed, gate_reasons, error, findings]
          properties:
            id: {type: string}
            record_line: {type: integer}
            language: {type: string}
            language_source: {type: string}
            format: {type: string}
            characters: {type: integer, minimum: 0}
            words: {type: integer, minimum: 0}
            sentences: {type: integer, minimum: 0}
            score: {type: number, minimum: 0, maximum: 100}
            penalty: {type: number, minimum: 0}
            passed: {type: boolean}
            gate_reasons: {type: array, items: {type: string}}
            error: {type: ['string', 'null']}
            findings: {type: array, items: {$ref: '#/components/schemas/Finding'}}
        Finding:
          type: object
          required: [rule, family, category, severity, weight, message, offset, length, line, column, end_line, end_column, excerpt, suggestions, fingerprint]
          properties:
            rule: {type: string}
            family: {type: string}
            category: {type: string}
            severity: {type: string, enum: [minor, major, critical]}
            weight: {type: number}
            message: {type: string}
            offset: {type: integer, minimum: 0}
            length: {type: integer, minimum: 0}
            line: {type: integer, minimum: 1}
            column: {type: integer, minimum: 1}
            end_line: {type: integer, minimum: 1}
            end_column: {type: integer, minimum: 1}
            excerpt: {type: string}
            suggestions: {type: array, items: {type: string}}
            fingerprint: {type: string}
        RuleList:
          type: object
          required: [rule_set, rule_sets, rules]
          properties:
            rule_set: {type: string}
            rule_sets: {type: array, items: {type: string}}
            rules:
              type: array
              items:
                type: object
                required: [id, family, category, severity, summary, languages, enabled, fix]
                properties:
                  id: {type: string}
                  family: {type: string}
                  category: {type: string}
                  severity: {type: string}
                  summary: {type: string}
                  languages: {type: array, items: {type: string}}
                  enabled: {type: boolean}
                  fix: {type: string, enum: [safe, review]}

    """
}

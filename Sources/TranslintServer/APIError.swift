import Hummingbird
import NIOCore

/// A refusal the client can act on: an HTTP status and a JSON body `{"error": {"status",
/// "message"}}`. Every 4xx and 5xx the server sends is one of these, so a client never has to
/// parse an HTML page or a bare string.
struct APIError: Error, HTTPResponseError {
    let status: HTTPResponse.Status
    let message: String
    var headers: HTTPFields = [:]

    init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var json = JSONText()
        json.object { json in
            json.key("error")
            json.object { json in
                json.field("status", status.code)
                json.field("message", message)
            }
        }
        var fields = headers
        fields[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: json.text + "\n")))
    }

    static func tooLarge(_ what: String) -> APIError { APIError(.contentTooLarge, what) }

    static let busy: APIError = {
        var error = APIError(.serviceUnavailable, "every worker is busy and the queue is full; retry shortly")
        error.headers[.retryAfter] = "1"
        return error
    }()
}

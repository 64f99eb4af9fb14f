import Reporting

/// Builds the server's JSON with the report writer's escaping, in closures that keep each
/// object's shape readable where it is built.
struct JSONText {
    private var writer = JSONWriter()

    var text: String { writer.output }

    mutating func object(_ body: (inout JSONText) -> Void) {
        writer.beginObject()
        body(&self)
        writer.endObject()
    }

    mutating func array(_ body: (inout JSONText) -> Void) {
        writer.beginArray()
        body(&self)
        writer.endArray()
    }

    mutating func key(_ name: String) { writer.key(name) }
    mutating func raw(_ json: String) { writer.raw(json) }
    mutating func string(_ value: String) { writer.string(value) }
    mutating func field(_ name: String, _ value: String) { writer.field(name, value) }
    mutating func field(_ name: String, _ value: Int) { writer.field(name, value) }
    mutating func field(_ name: String, _ value: Double) { writer.key(name); writer.number(value) }
    mutating func field(_ name: String, _ value: Bool) { writer.key(name); writer.bool(value) }
}

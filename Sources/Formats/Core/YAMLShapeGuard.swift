import CYaml

/// Screens a YAML text before Yams composes it: translint's rule files and configurations are
/// mappings with plain keys, and a mapping key that is itself a mapping or a sequence (`? - -
/// …`, `[[…]]: x`) costs Yams' duplicate-key check time exponential in its depth — a 4 KB
/// file of nested complex keys ran for minutes. The guard reads the text as libyaml's events
/// (linear, nothing built) and refuses collections as keys and nesting deeper than 64.
public enum YAMLShapeGuard {
    public static let maximumDepth = 64

    /// Why the text cannot be a translint YAML file, with its 1-based line and column; nil when
    /// it may be composed (libyaml's own syntax errors are left to Yams to report).
    public static func problem(in text: String) -> (message: String, line: Int, column: Int)? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer -> (String, Int, Int)? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            // For each open collection: whether it is a mapping, and whether its next node is a key.
            var stack: [(isMapping: Bool, expectsKey: Bool)] = []
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(&parser, &event) == 1 else { return nil }
                defer { yaml_event_delete(&event) }
                let place = (Int(event.start_mark.line) + 1, Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return nil
                case YAML_MAPPING_START_EVENT, YAML_SEQUENCE_START_EVENT:
                    if let top = stack.last, top.isMapping, top.expectsKey {
                        return ("a mapping key must be a plain value, not a list or a mapping", place.0, place.1)
                    }
                    advance(&stack)
                    if stack.count >= maximumDepth { return ("nested more than \(maximumDepth) levels deep", place.0, place.1) }
                    stack.append((event.type == YAML_MAPPING_START_EVENT, true))
                case YAML_MAPPING_END_EVENT, YAML_SEQUENCE_END_EVENT:
                    _ = stack.popLast()
                case YAML_SCALAR_EVENT, YAML_ALIAS_EVENT:
                    advance(&stack)
                default:
                    break
                }
            }
        }
    }

    /// A node was read in the innermost collection: in a mapping, keys and values alternate.
    private static func advance(_ stack: inout [(isMapping: Bool, expectsKey: Bool)]) {
        guard let top = stack.last, top.isMapping else { return }
        stack[stack.count - 1].expectsKey.toggle()
    }
}

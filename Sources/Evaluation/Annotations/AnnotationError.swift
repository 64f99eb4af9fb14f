/// Why an annotated article cannot be used, naming the file and the annotation.
public struct AnnotationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    /// 1-based index of the annotation in the file, when one annotation is at fault.
    public let annotation: Int?
    public let message: String

    public init(path: String, annotation: Int? = nil, message: String) {
        self.path = path
        self.annotation = annotation
        self.message = message
    }

    public var description: String {
        "\(path): " + (annotation.map { "annotation \($0): " } ?? "") + message
    }
}

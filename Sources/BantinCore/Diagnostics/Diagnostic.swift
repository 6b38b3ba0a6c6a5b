/// One problem found in a site, with where it is and how to fix it.
///
/// Every stage reports through this one type; only the command-line tool prints it.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs == .error && rhs == .warning
        }
    }

    /// A related place, such as the first of two conflicting values.
    public struct Note: Sendable, Hashable {
        public var message: String
        public var location: SourceLocation?

        public init(_ message: String, at location: SourceLocation? = nil) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    /// The kind of problem, printed after the message and listed in the documentation.
    public var code: DiagnosticCode
    public var message: String
    /// Nil only for problems that belong to no file (a missing theme folder, an unwritable output).
    public var location: SourceLocation?
    public var notes: [Note]
    public var hint: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation?,
        notes: [Note] = [], hint: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.notes = notes
        self.hint = hint
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = [],
                             hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, notes: notes, hint: hint)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation?, notes: [Note] = [],
                               hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, notes: notes, hint: hint)
    }
}

extension Diagnostic: Comparable {
    /// Files in path order, then by position; problems without a file first.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        switch (lhs.location, rhs.location) {
        case (nil, nil): return lhs.message < rhs.message
        case (nil, _): return true
        case (_, nil): return false
        case let (l?, r?):
            // The place only: two problems at one place sort by message, whatever their underlines.
            if (l.file, l.line, l.column) != (r.file, r.line, r.column) { return l < r }
            return lhs.message < rhs.message
        }
    }
}

/// A diagnostic can travel as the failure of a `Result`.
extension Diagnostic: Error {}

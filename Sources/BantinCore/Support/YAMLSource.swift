import Yams

/// YAML text that sits inside a file at some offset, so that node marks become file positions.
///
/// Front matter starts on line 2 of an article; a fact block starts wherever its fence is.
public struct YAMLSource: Sendable {
    public let file: SourceFile
    /// Added to a mark's line: the file line just before the YAML starts.
    public let lineOffset: Int
    /// Added to a mark's column: the indentation removed from the YAML.
    public let columnOffset: Int

    public init(file: SourceFile, lineOffset: Int = 0, columnOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
        self.columnOffset = columnOffset
    }

    /// Parses one YAML document; a syntax error becomes a diagnostic at its position.
    public func compose(_ yaml: String, into diagnostics: inout DiagnosticBag) -> Node? {
        do {
            return try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
            return nil
        } catch {
            diagnostics.error("YAML could not be read: \(error)", at: file.location(line: lineOffset + 1, column: 1))
            return nil
        }
    }

    public func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return file.location(line: lineOffset + 1, column: columnOffset + 1) }
        var length = 1
        if case .scalar(let scalar) = node {
            length = scalar.string.unicodeScalars.count
            if scalar.style == .doubleQuoted || scalar.style == .singleQuoted { length += 2 }
        }
        return location(mark, length: length)
    }

    public func location(_ mark: Mark, length: Int = 1) -> SourceLocation {
        file.location(line: mark.line + lineOffset, column: mark.column + columnOffset, length: length)
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return .error(message, at: location(mark), hint: "check the indentation and quote values that contain ': ' or start with a special character")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("duplicate key \(duplicates.map { "'\($0)'" }.joined(separator: ", "))", at: location(context.mark))
        case let .reader(problem, _, _, _):
            return .error("YAML could not be read: \(problem)", at: file.location(line: lineOffset + 1, column: 1))
        default:
            return .error("YAML could not be read: \(error)", at: file.location(line: lineOffset + 1, column: 1))
        }
    }
}

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
        if let alias = Self.aliasOfAnchor(in: yaml) {
            diagnostics.error(.yamlAlias, "YAML aliases like '*\(alias.name)' are not read", at: file.location(
                line: alias.line + lineOffset, column: alias.column + columnOffset, length: alias.name.unicodeScalars.count + 1),
                hint: "write the value out in full where the alias is, and remove the anchor '&…'")
            return nil
        }
        do {
            // The encoding is given: left out, Yams reads the process environment on every call.
            return try Yams.compose(yaml: yaml, Self.resolver, .default, .utf8)
        } catch let error as YamlError {
            diagnostics.append(diagnostic(for: error))
            return nil
        } catch {
            diagnostics.error(.yamlSyntax, "YAML could not be read: \(error)", at: file.location(line: lineOffset + 1, column: 1))
            return nil
        }
    }

    /// Every plain scalar is text: no rules.
    ///
    /// Bantin reads every key as the text it is written as, and parses values itself. Yams
    /// resolves the tag of every mapping key to look for duplicates, trying its rules in turn,
    /// each a regular expression: a tenth of the time spent reading an article. Without rules
    /// no expression runs, and keys that read as the same text (`1` and `"1"`, `yes` and
    /// `'yes'`) are reported as given twice rather than one silently taking the other's place.
    static let resolver = Resolver.basic

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
        let line = mark.line + lineOffset
        // libYAML marks the end of the input on the line after the last: that is the end of the file's last line.
        if line > file.lineCount, let last = file.line(file.lineCount) {
            return file.location(line: file.lineCount, column: last.unicodeScalars.count + 1, length: length)
        }
        return file.location(line: line, column: mark.column + columnOffset, length: length)
    }

    /// The first alias (`*name`) of a YAML text that also defines an anchor (`&name`), judged from the text alone.
    ///
    /// No file of a site needs them, and an alias of collections that hold aliases is a tree that
    /// grows exponentially: libYAML's composer hashes it whole when it is a key, so a few hundred
    /// bytes would hang the build. Both can only start a node (at the start of a line or after
    /// `:`, `-`, `?`, `[`, `{`, `,`, a tag or an anchor); text in quotes may look like one, never hide one.
    static func aliasOfAnchor(in yaml: String) -> (name: String, line: Int, column: Int)? {
        guard yaml.utf8.contains(UInt8(ascii: "&")) && yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        let scalars = Array(yaml.unicodeScalars)
        var anchored = false
        var firstAlias: (name: String, line: Int, column: Int)?
        var line = 1, lineStart = 0, position = 0
        var atNodeStart = true
        while position < scalars.count {
            let scalar = scalars[position]
            switch scalar {
            // Every line break libYAML knows ("\r\n" is one), so no line start is taken for the middle of a line.
            case "\n", "\r", "\u{85}", "\u{2028}", "\u{2029}":
                if scalar == "\r", position + 1 < scalars.count, scalars[position + 1] == "\n" { position += 1 }
                position += 1
                line += 1
                lineStart = position
                atNodeStart = true
            case " ", "\t":
                position += 1
            case "&", "*", "!":
                guard atNodeStart else {
                    position += 1
                    continue
                }
                let start = position
                position += 1
                while position < scalars.count, !" \t\n\r\u{85}\u{2028}\u{2029},[]{}".unicodeScalars.contains(scalars[position]) { position += 1 }
                if scalar == "&" { anchored = true }
                if scalar == "*", firstAlias == nil {
                    firstAlias = (String(String.UnicodeScalarView(scalars[(start + 1)..<position])), line, start - lineStart + 1)
                }
                if anchored, let firstAlias { return firstAlias }
            default:
                atNodeStart = ":-?[{,".unicodeScalars.contains(scalar)
                position += 1
            }
        }
        return nil
    }

    /// Where `key` is written again as a key after `mark`: further down in the same column
    /// (block style) or later on the same line (flow style).
    static func nextOccurrence(of key: String, after mark: Mark, in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        func isKey(_ rest: Substring) -> Bool {
            guard rest.hasPrefix(key) else { return false }
            return rest.dropFirst(key.count).drop(while: { $0 == " " }).hasPrefix(":")
        }
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let sameLine = Array(lines[mark.line - 1].unicodeScalars)
        var column = mark.column + key.unicodeScalars.count
        while column <= sameLine.count {
            let rest = Substring(String(String.UnicodeScalarView(sameLine[(column - 1)...])))
            let before = column >= 2 ? sameLine[column - 2] : " "
            if (before == " " || before == "{" || before == ",") && isKey(rest) { return (mark.line, column) }
            column += 1
        }
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= mark.column else { continue }
            let indent = scalars.prefix(mark.column - 1)
            guard indent.allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            if isKey(Substring(String(String.UnicodeScalarView(scalars[(mark.column - 1)...])))) {
                return (index + 1, mark.column)
            }
        }
        return nil
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "invalid YAML: \(problem)"
            if let context { message += " \(context.text)" }
            return .error(.yamlSyntax, message, at: location(mark), hint: "check the indentation and quote values that contain ': ' or start with a special character")
        case let .duplicatedKeysInMapping(duplicates, context):
            // libYAML names the first place; the second is found in the text, in the same mapping's column.
            let key = duplicates.first ?? ""
            let first = location(context.mark, length: key.unicodeScalars.count)
            guard let second = Self.nextOccurrence(of: key, after: context.mark, in: context.text) else {
                return .error(.duplicateKey, "key '\(key)' is given twice", at: first)
            }
            let secondPlace = file.location(line: second.line + lineOffset, column: second.column + columnOffset, length: key.unicodeScalars.count)
            return .error(.duplicateKey, "key '\(key)' is given twice", at: secondPlace,
                          notes: [.init("first given here", at: first)])
        case let .reader(problem, offset, value, yaml):
            // The offset counts Characters from the start of the YAML: turned into the line and column it falls on.
            var place = file.location(line: lineOffset + 1, column: 1)
            if let offset, offset >= 0, offset <= yaml.count {
                let before = yaml.prefix(offset)
                let lineStart = before.lastIndex { $0 == "\n" || $0 == "\r\n" }.map(before.index(after:)) ?? before.startIndex
                let line = before.count { $0 == "\n" || $0 == "\r\n" } + 1
                let column = before[lineStart...].unicodeScalars.count + 1
                place = file.location(line: line + lineOffset, column: column + columnOffset)
            }
            let hex = String(value, radix: 16, uppercase: true)
            let character = value > 0 ? " (U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + ")" : ""
            let isControl = (0x01..<0x20).contains(value) || (0x7F...0x9F).contains(value)
            return .error(.yamlSyntax, "YAML could not be read: \(problem)\(character)", at: place,
                          hint: isControl ? "remove the control character; YAML allows only tabs and line breaks in text" : nil)
        default:
            return .error(.yamlSyntax, "YAML could not be read: \(error)", at: file.location(line: lineOffset + 1, column: 1))
        }
    }
}

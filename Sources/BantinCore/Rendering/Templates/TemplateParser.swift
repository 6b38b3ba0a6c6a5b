/// Reads a Mustache template into `TemplateNode`s: Bantin's own parser, so that no build
/// depends on the inner shape of another package.
///
/// It follows Mustache as swift-mustache reads it, standalone lines and partial indentation
/// included, so that themes written for either render the same (tests compare the two).
/// One rule is Bantin's: the first line of a template is never a standalone line, and a
/// template that starts with an empty line loses it, as when every template began with a
/// content-type tag. Transforms (`{{uppercased(name)}}`) and dynamic partials (`{{>*name}}`)
/// are not part of Bantin's templates and are reported with their position.
struct TemplateParser {
    private let text: [Character]
    private var position = 0

    private init(_ text: String) {
        self.text = Array(text)
    }

    /// The nodes of a whole template.
    static func parse(_ text: String) throws(TemplateSyntaxError) -> [TemplateNode] {
        var parser = TemplateParser(text)
        var state = State()
        // The first line is never standalone; an empty first line is dropped.
        state.newLine = parser.skipRestOfLine()
        return try parser.nodes(state)
    }

    /// Where the parser is in the template, and what the enclosing tags decided.
    private struct State {
        /// At the start of a line, where a tag alone on its line is standalone.
        var newLine = true
        /// The section being read, whose closing tag ends this list of nodes.
        var section: String?
        var open = "{{"
        var close = "}}"
        /// Inside `{{<parent}}…{{/parent}}`, where only block definitions count.
        var inParentCall = false
        /// Directly inside `{{<parent}}`, not inside one of its blocks.
        var atParentCallTop = false
        /// The indentation of the first line of a block definition, taken off every line of it.
        var blockIndentation: [Character]?
    }

    // MARK: - Nodes

    private mutating func nodes(_ initial: State) throws(TemplateSyntaxError) -> [TemplateNode] {
        var result: [TemplateNode] = []
        var state = initial
        var indentation: [Character] = []
        while position < text.count {
            if state.newLine {
                let spaces = read { $0 == " " || $0 == "\t" }
                if state.inParentCall, !state.atParentCallTop {
                    if let blockIndentation = state.blockIndentation {
                        indentation = Array(spaces.dropFirst(blockIndentation.count))
                    } else {
                        state.blockIndentation = spaces
                    }
                } else {
                    indentation = spaces
                }
            }
            let plain = readText(until: state.open)
            // A line break ends the text; so does one right after an opening delimiter, which is dropped.
            if position < text.count, text[position].isNewline {
                result.append(.text(String(indentation + plain) + String(text[position])))
                state.newLine = true
                position += 1
                continue
            }
            if !plain.isEmpty {
                result.append(.text(String(indentation + plain)))
                indentation = []
                state.newLine = false
            }
            guard position < text.count else { break }
            let tagStart = position - state.open.count
            var standalone = false
            /// Writes the indentation as text when the tag does not stand alone.
            func flushIndentation() {
                if !indentation.isEmpty { result.append(.text(String(indentation))) }
                indentation = []
            }
            switch text[position] {
            case "#", "^":
                let inverted = text[position] == "^"
                position += 1
                let name = try readName(state, tagStart: tagStart)
                standalone = isStandalone(state)
                if !standalone { flushIndentation() }
                var inner = state
                inner.section = name
                inner.atParentCallTop = false
                inner.newLine = standalone
                let body = try self.nodes(inner)
                result.append(.section(TemplateName(name), inverted: inverted, body: body))
            case "/":
                position += 1
                let nameStart = position
                let name = try readName(state, tagStart: tagStart)
                guard name == state.section else {
                    position = nameStart
                    throw error(state.section.map { "'{{/\(name)}}' closes nothing here: the open section is '\($0)'" }
                        ?? "'{{/\(name)}}' closes a section that was never opened", at: tagStart)
                }
                if !isStandalone(state) { flushIndentation() }
                return result
            case "!":
                position += 1
                guard skip(past: state.close) else { throw error("a comment is not closed with \(state.close)", at: tagStart) }
                standalone = isStandalone(state)
            case "{":
                flushIndentation()
                position += 1
                let name = try readName(state, tagStart: tagStart)
                guard position < text.count, text[position] == "}" else {
                    throw error("'{{{\(name)' is not closed with }}}", at: tagStart)
                }
                position += 1
                result.append(.variable(TemplateName(name), escaped: false))
            case "&":
                flushIndentation()
                position += 1
                result.append(.variable(TemplateName(try readName(state, tagStart: tagStart)), escaped: false))
            case ">":
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !indentation.isEmpty { result.append(.text(String(indentation))) }
                standalone = isStandalone(state)
                result.append(.partial(name, indentation: standalone ? String(indentation) : nil, overrides: nil))
                indentation = []
            case "<":
                position += 1
                let name = try readPartialName(state, tagStart: tagStart)
                if !indentation.isEmpty { result.append(.text(String(indentation))) }
                standalone = isStandalone(state)
                var inner = state
                inner.section = name
                inner.newLine = true
                inner.inParentCall = true
                inner.atParentCallTop = true
                var overrides: [String: [TemplateNode]] = [:]
                for node in try self.nodes(inner) {
                    switch node {
                    case .definition(let block, let body): overrides[block] = body
                    case .text: break
                    default: throw error("inside {{<\(name)}} only blocks {{$name}}…{{/name}} may stand", at: tagStart)
                    }
                }
                result.append(.partial(name, indentation: String(indentation), overrides: overrides))
                indentation = []
            case "$":
                position += 1
                let name = try readName(state, tagStart: tagStart)
                var inner = state
                inner.section = name
                inner.atParentCallTop = false
                if state.atParentCallTop {
                    standalone = isStandalone(state)
                    inner.newLine = standalone
                    result.append(.definition(name, body: try self.nodes(inner)))
                } else {
                    if !indentation.isEmpty { result.append(.text(String(indentation))) }
                    standalone = isStandalone(state)
                    inner.newLine = standalone
                    let body = try self.nodes(inner)
                    result.append(.block(name, defaultBody: body, indentation: String(indentation)))
                    indentation = []
                }
            case "=":
                position += 1
                state = try readDelimiters(state, tagStart: tagStart)
                standalone = isStandalone(state)
            case "%":
                position += 1
                result.append(.escaping(try readContentType(state, tagStart: tagStart)))
                standalone = isStandalone(state)
            default:
                flushIndentation()
                result.append(.variable(TemplateName(try readName(state, tagStart: tagStart)), escaped: true))
            }
            state.newLine = standalone
        }
        if let section = initial.section {
            throw error("'\(section)' is opened but never closed with {{/\(section)}}", at: position)
        }
        return result
    }

    // MARK: - Text

    /// The text up to the next opening delimiter (consumed) or line feed (not consumed).
    private mutating func readText(until open: String) -> [Character] {
        var plain: [Character] = []
        let delimiter = Array(open)
        while position < text.count {
            let character = text[position]
            if character == "\n" || character == "\r\n" { break }
            if character == delimiter[0], matches(delimiter) {
                position += delimiter.count
                break
            }
            plain.append(character)
            position += 1
        }
        return plain
    }

    private func matches(_ delimiter: [Character]) -> Bool {
        position + delimiter.count <= text.count && Array(text[position..<position + delimiter.count]) == delimiter
    }

    private mutating func read(while accepted: (Character) -> Bool) -> [Character] {
        let start = position
        while position < text.count, accepted(text[position]) { position += 1 }
        return Array(text[start..<position])
    }

    /// Moves past `delimiter`, or to the end when it never comes.
    private mutating func skip(past delimiter: String) -> Bool {
        let characters = Array(delimiter)
        while position < text.count {
            if matches(characters) {
                position += characters.count
                return true
            }
            position += 1
        }
        return false
    }

    /// A tag stands alone when it began a line and only spaces follow it to the line's end,
    /// which is then consumed with it.
    private mutating func isStandalone(_ state: State) -> Bool {
        state.newLine && skipRestOfLine()
    }

    /// Consumes spaces and one line break when nothing else is left on the line.
    private mutating func skipRestOfLine() -> Bool {
        guard position < text.count else { return true }
        var ahead = position
        while ahead < text.count, text[ahead] == " " || text[ahead] == "\t" { ahead += 1 }
        guard ahead < text.count, text[ahead].isNewline else { return false }
        position = ahead + 1
        return true
    }

    // MARK: - Tags

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")

    /// A variable or section name and the closing delimiter after it.
    private mutating func readName(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> String {
        _ = read(while: \.isWhitespace)
        let name = String(read { Self.nameCharacters.contains($0) })
        _ = read(while: \.isWhitespace)
        if position < text.count, text[position] == "(" {
            throw error("'\(name)(…)' is a transform, which Bantin's templates do not have", at: tagStart,
                        hint: "prepare the value in the page's data instead")
        }
        try expectClose(state, tagStart: tagStart)
        return name
    }

    private mutating func readPartialName(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> String {
        _ = read(while: \.isWhitespace)
        if position < text.count, text[position] == "*" {
            throw error("a partial named by a variable ('*') is not supported", at: tagStart,
                        hint: "name the partial itself: {{> name}}")
        }
        let name = String(read { Self.nameCharacters.contains($0) || $0 == "/" || $0 == "(" || $0 == ")" })
        _ = read(while: \.isWhitespace)
        try expectClose(state, tagStart: tagStart)
        return name
    }

    private mutating func expectClose(_ state: State, tagStart: Int) throws(TemplateSyntaxError) {
        guard matches(Array(state.close)) else {
            throw error("a tag is not closed with \(state.close)", at: tagStart,
                        hint: "names are letters, digits and . - _ ? only")
        }
        position += state.close.count
    }

    /// `{{=<% %>=}}`: new delimiters for the rest of the template.
    private mutating func readDelimiters(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> State {
        _ = read(while: \.isWhitespace)
        let open = read { !$0.isWhitespace }
        _ = read(while: \.isWhitespace)
        let close = read { !$0.isWhitespace && $0 != "=" }
        _ = read(while: \.isWhitespace)
        guard !open.isEmpty, !close.isEmpty, position < text.count, text[position] == "=" else {
            throw error("new delimiters are written {{=<% %>=}}", at: tagStart)
        }
        position += 1
        try expectClose(state, tagStart: tagStart)
        var state = state
        state.open = String(open)
        state.close = String(close)
        state.atParentCallTop = false
        return state
    }

    /// `{{% CONTENT_TYPE: TEXT}}`: how the rest of the template escapes variables.
    private mutating func readContentType(_ state: State, tagStart: Int) throws(TemplateSyntaxError) -> TemplateEscaping {
        let word: (Character) -> Bool = { Self.nameCharacters.contains($0) }
        _ = read(while: \.isWhitespace)
        let setting = String(read(while: word))
        _ = read(while: \.isWhitespace)
        guard setting == "CONTENT_TYPE", position < text.count, text[position] == ":" else {
            throw error("the only setting is {{% CONTENT_TYPE: HTML}} or {{% CONTENT_TYPE: TEXT}}", at: tagStart)
        }
        position += 1
        _ = read(while: \.isWhitespace)
        let value = String(read(while: word))
        _ = read(while: \.isWhitespace)
        try expectClose(state, tagStart: tagStart)
        switch value {
        case "HTML": return .html
        case "TEXT": return .text
        default: throw error("unknown content type '\(value)'", at: tagStart, hint: "use HTML or TEXT")
        }
    }

    // MARK: - Errors

    private func error(_ message: String, at index: Int, hint: String? = nil) -> TemplateSyntaxError {
        var line = 1
        var column = 1
        for character in text[..<min(index, text.count)] {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return TemplateSyntaxError(message: message, line: line, column: column, hint: hint)
    }
}

/// Renders parsed templates as Mustache does (tests compare it with swift-mustache, byte for byte).
///
/// Views are `[String: Any]` dictionaries, arrays, strings, numbers and booleans, so a look-up
/// is a cast to a concrete type and a dictionary access, with no protocol conformance checks.
/// Other values (a struct read by reflection) are still found, more slowly.
struct TemplateRenderer: TemplateRendering {
    let templates: [String: [TemplateNode]]

    func render(_ name: String, _ view: Any) -> String {
        guard let nodes = templates[name] else { return "" }
        var output = ""
        output.reserveCapacity(32 << 10)
        var stack: [Any] = [view]
        render(nodes, stack: &stack, state: State(escaping: .html), into: &output)
        return output
    }

    /// What a template inherits from the one that includes it.
    private struct State {
        var escaping: TemplateEscaping
        var indentation: String?
        var overrides: [String: [TemplateNode]]?
    }

    private func render(_ nodes: [TemplateNode], stack: inout [Any], state: State, into output: inout String) {
        var state = state
        guard let indentation = state.indentation, !indentation.isEmpty else {
            for node in nodes { render(node, stack: &stack, state: &state, into: &output) }
            return
        }
        // An indented partial indents each piece that starts a line of its own output.
        let start = output.utf8.count
        for node in nodes {
            var piece = ""
            render(node, stack: &stack, state: &state, into: &piece)
            if !piece.isEmpty, Self.endsWithNewline(output, since: start) { output += indentation }
            output += piece
        }
    }

    /// Whether the text added since `start` ends with a line feed on its own (not a CR LF).
    private static func endsWithNewline(_ text: String, since start: Int) -> Bool {
        let utf8 = text.utf8
        guard utf8.count > start, utf8.last == UInt8(ascii: "\n") else { return false }
        guard utf8.count - start >= 2 else { return true }
        return utf8[utf8.index(utf8.endIndex, offsetBy: -2)] != UInt8(ascii: "\r")
    }

    private func render(_ node: TemplateNode, stack: inout [Any], state: inout State, into output: inout String) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = Self.lookUp(name, in: stack) else { return }
            let text = value as? String ?? String(describing: value)
            output += escaped ? state.escaping.escape(text) : text
        case .section(let name, let inverted, let body):
            let value = Self.lookUp(name, in: stack)
            if inverted {
                section(inverted: value, body: body, stack: &stack, state: state, into: &output)
            } else {
                section(value, body: body, stack: &stack, state: state, into: &output)
            }
        case .partial(let name, let indentation, let overrides):
            guard let nodes = templates[name] else { return }
            var inner = State(escaping: .html, indentation: state.indentation, overrides: state.overrides)
            if let indentation { inner.indentation = (state.indentation ?? "") + indentation }
            if let overrides {
                // Blocks already overridden by an outer template keep the outer version.
                inner.overrides = state.overrides.map { $0.merging(overrides) { outer, _ in outer } } ?? overrides
            }
            render(nodes, stack: &stack, state: inner, into: &output)
        case .block(let name, let defaultBody, let indentation):
            var inner = state
            if let indentation { inner.indentation = (state.indentation ?? "") + indentation }
            render(state.overrides?[name] ?? defaultBody, stack: &stack, state: inner, into: &output)
        case .escaping(let escaping):
            state.escaping = escaping
        case .definition:
            break
        }
    }

    private func section(_ value: Any?, body: [TemplateNode], stack: inout [Any], state: State, into output: inout String) {
        guard let value else { return }
        if let list = Self.exact(value, as: [[String: Any]].self) {
            for item in list { pushed(item, body, stack: &stack, state: state, into: &output) }
        } else if let flag = Self.exact(value, as: Bool.self) {
            if flag { render(body, stack: &stack, state: state, into: &output) }
        } else if Self.isPlain(value) {
            pushed(value, body, stack: &stack, state: state, into: &output)
        } else if let list = Self.sequence(value) {
            for item in list { pushed(item, body, stack: &stack, state: state, into: &output) }
        } else if let flag = value as? Bool {
            if flag { render(body, stack: &stack, state: state, into: &output) }
        } else {
            pushed(value, body, stack: &stack, state: state, into: &output)
        }
    }

    private func section(inverted value: Any?, body: [TemplateNode], stack: inout [Any], state: State, into output: inout String) {
        guard let value else { return render(body, stack: &stack, state: state, into: &output) }
        if let list = Self.exact(value, as: [[String: Any]].self) {
            if list.isEmpty { pushed(value, body, stack: &stack, state: state, into: &output) }
        } else if let flag = Self.exact(value, as: Bool.self) {
            if !flag { render(body, stack: &stack, state: state, into: &output) }
        } else if Self.isPlain(value) {
            return
        } else if let list = Self.sequence(value) {
            if list.isEmpty { pushed(value, body, stack: &stack, state: state, into: &output) }
        } else if let flag = value as? Bool, !flag {
            render(body, stack: &stack, state: state, into: &output)
        }
    }

    private func pushed(_ value: Any, _ body: [TemplateNode], stack: inout [Any], state: State, into output: inout String) {
        stack.append(value)
        render(body, stack: &stack, state: state, into: &output)
        stack.removeLast()
    }

    /// The items of a list.
    private static func sequence(_ value: Any) -> [Any]? {
        value as? [Any]
    }

    // MARK: - Look-up

    /// The value of a name: its first part in the nearest object that has it, the rest inside that.
    private static func lookUp(_ name: TemplateName, in stack: [Any]) -> Any? {
        guard let first = name.components.first else { return stack.last }
        var found: Any?
        if name.currentOnly {
            found = stack.last.flatMap { child(first, of: $0) }
        } else {
            for object in stack.reversed() {
                if let child = child(first, of: object) {
                    found = child
                    break
                }
            }
        }
        for component in name.components.dropFirst() {
            guard let object = found else { return nil }
            found = child(component, of: object)
        }
        return found
    }

    /// A value of exactly this type. A plain `as?` from `Any` to a dictionary or array of
    /// another element type converts it element by element (a theme's strings, on every look-up).
    @inline(__always)
    private static func exact<T>(_ value: Any, as type: T.Type) -> T? {
        Swift.type(of: value) == type ? (value as! T) : nil
    }

    /// Strings, numbers and objects: the values views are made of that are not lists or booleans.
    private static func isPlain(_ value: Any) -> Bool {
        let type = Swift.type(of: value)
        return type == String.self || type == [String: Any].self || type == [String: String].self || type == Int.self || type == Double.self
    }

    private static func child(_ name: String, of object: Any) -> Any? {
        if let dictionary = exact(object, as: [String: Any].self) { return dictionary[name] }
        if let strings = exact(object, as: [String: String].self) { return strings[name] }
        // Strings, numbers and lists have nothing inside by name (reflection finds nothing either).
        let type = Swift.type(of: object)
        if type == String.self || type == Int.self || type == Double.self || type == Bool.self || type == [[String: Any]].self { return nil }
        if let dictionary = object as? [String: Any] { return dictionary[name] }
        guard let match = Mirror(reflecting: object).children.first(where: { $0.label == name }) else { return nil }
        let value = Mirror(reflecting: match.value)
        guard value.displayStyle == .optional else { return match.value }
        return value.children.first?.value
    }
}

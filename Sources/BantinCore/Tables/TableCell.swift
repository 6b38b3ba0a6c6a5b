import BantinMarkdown

/// A cell of a table as it is printed: numbers in Vietnamese notation, right-aligned.
public struct TableCell: Sendable, Equatable {
    public var text: String
    public var isNumber: Bool

    public init(text: String, isNumber: Bool) {
        self.text = text
        self.isNumber = isNumber
    }

    /// The cell for a CSV field. Unquoted numbers are in plain notation, as a spreadsheet
    /// writes them (`6003`, `86.1%`); quoted ones in Vietnamese notation (`"6.003"`, `"86,1%"`),
    /// as in fact blocks. Either way they print as `6.003` and `86,1%`; anything else is text.
    public init(_ field: CSVField) {
        let text = Whitespace.trimming(field.text, where: Whitespace.isSpace)
        var body = Substring(text)
        let percent = body.hasSuffix("%")
        if percent { body = body.dropLast() }
        body = Substring(Whitespace.trimming(String(body), where: Whitespace.isSpace))
        let number: WrittenNumber?
        if field.quoted {
            if case .success(let parsed) = VietnameseNumberParser.parse(String(body)) { number = parsed } else { number = nil }
        } else {
            number = VietnameseNumberParser.parsePlain(String(body))
        }
        if let number, !body.isEmpty {
            self.init(text: VietnameseNumberFormat.written(number) + (percent ? "%" : ""), isNumber: true)
        } else {
            self.init(text: text, isNumber: false)
        }
    }
}

extension VietnameseNumberFormat {
    /// The number in YAML's plain notation (1010, 86.1), for hints that show what to write.
    static func plain(_ number: WrittenNumber) -> String {
        let text = decimal(number.value, fractionDigits: number.fractionDigits)
        return text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
    }
}

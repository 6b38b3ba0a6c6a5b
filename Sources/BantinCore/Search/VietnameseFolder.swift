/// Cuts texts into syllables by the rule of `VietnameseFolding`, numbering each exact spelling
/// the first time it meets it: the search index reads tens of megabytes of text, in which the
/// same few thousand syllables come back again and again, so a syllable met before costs a
/// table look-up and nothing is normalized twice.
struct VietnameseFolder {
    private let table = ScalarFolding.shared
    /// Exact spellings by number, the number of the folded key of each, and the folded keys.
    private(set) var exact: [String] = []
    private(set) var foldedOfExact: [Int32] = []
    private(set) var folded: [String] = []
    private var exactNumbers: [String: Int32] = [:]
    private var foldedNumbers: [String: Int32] = [:]
    /// Runs of scalars seen before (lower-cased and decomposed) → their exact number, or -1 for
    /// a run of marks alone, which is no syllable.
    private var runs = PackedRunTable()
    private var longRuns: [[UInt32]: Int32] = [:]
    /// The mappings of scalars above the table's limit met so far.
    private var above: [UInt32: [UInt32]] = [:]
    private var run: [UInt32] = []
    /// A dot or comma after a digit, dropped when a digit follows.
    private var pending = false

    init() {
        run.reserveCapacity(32)
    }

    /// The exact numbers of the syllables of `text`, in order, into `numbers` (emptied first).
    mutating func scan(_ text: String, into numbers: inout [Int32]) {
        numbers.removeAll(keepingCapacity: true)
        var text = text
        text.withUTF8 { bytes in
            let count = bytes.count
            var index = 0
            while index < count {
                let lead = UInt32(bytes[index])
                if lead < 0x80 {
                    index += 1
                    feed(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead, &numbers)
                    continue
                }
                var value: UInt32
                if lead < 0xE0 {
                    value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    value = (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12
                        | UInt32(bytes[index + 2] & 0x3F) << 6 | UInt32(bytes[index + 3] & 0x3F)
                    index += 4
                }
                if value < ScalarFolding.limit {
                    let start = Int(table.offsets[Int(value)]), end = Int(table.offsets[Int(value) + 1])
                    for position in start..<end { feed(table.mapped[position], &numbers) }
                } else {
                    let mapping: [UInt32]
                    if let known = above[value] {
                        mapping = known
                    } else {
                        mapping = Unicode.Scalar(value).map(ScalarFolding.fold) ?? [value]
                        above[value] = mapping
                    }
                    for scalar in mapping { feed(scalar, &numbers) }
                }
            }
        }
        pending = false
        close(&numbers)
    }

    @inline(__always)
    private mutating func feed(_ value: UInt32, _ numbers: inout [Int32]) {
        if pending {
            pending = false
            if value >= 0x30 && value <= 0x39 {
                run.append(value)
                return
            }
            close(&numbers)
        }
        let kind = table.kind(value)
        if kind & ScalarFolding.word != 0 {
            let order = kind >> 8
            guard order != 0 else {
                run.append(value)
                return
            }
            // Canonical order: a mark goes before the marks of a higher class that precede it.
            var position = run.count
            while position > 0, table.kind(run[position - 1]) >> 8 > order { position -= 1 }
            if position == run.count { run.append(value) } else { run.insert(value, at: position) }
        } else if value == 0x2E || value == 0x2C, let last = run.last, last >= 0x30 && last <= 0x39 {
            pending = true
        } else {
            close(&numbers)
        }
    }

    private mutating func close(_ numbers: inout [Int32]) {
        guard !run.isEmpty else { return }
        let number = self.number(of: run)
        if number >= 0 { numbers.append(number) }
        run.removeAll(keepingCapacity: true)
    }

    /// The exact number of a run, made the first time.
    private mutating func number(of run: [UInt32]) -> Int32 {
        if run.count <= 12, let key = PackedRunTable.pack(run) {
            if let known = runs.value(key) { return known }
            let number = make(run)
            runs.insert(key, number)
            return number
        }
        if let known = longRuns[run] { return known }
        let number = make(run)
        longRuns[run] = number
        return number
    }

    /// The syllable of a run: `folded` without marks and with every d-like letter as d, `exact`
    /// with its tone mark moved to its end and composed again; -1 when it has no letter.
    private mutating func make(_ run: [UInt32]) -> Int32 {
        var foldedText = String.UnicodeScalarView()
        var exactText = String.UnicodeScalarView()
        var tone: Unicode.Scalar?
        var composes = false
        for value in run {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if VietnameseFolding.isD(value) {
                foldedText.append("d")
                exactText.append("\u{111}")
            } else if table.kind(value) & ScalarFolding.mark != 0 {
                composes = true
                if VietnameseFolding.isTone(value) {
                    if tone == nil { tone = scalar }
                } else {
                    exactText.append(scalar)
                }
            } else {
                // Every second scalar of a composition (a mark, a Hangul vowel or final) is above U+0300.
                if value >= 0x300 { composes = true }
                foldedText.append(scalar)
                exactText.append(scalar)
            }
        }
        guard !foldedText.isEmpty else { return -1 }
        if let tone { exactText.append(tone) }
        let exactString = composes ? UnicodeNormalization.nfc(String(exactText)) : String(exactText)
        if let known = exactNumbers[exactString] { return known }
        let foldedString = String(foldedText)
        let foldedNumber: Int32
        if let known = foldedNumbers[foldedString] {
            foldedNumber = known
        } else {
            foldedNumber = Int32(folded.count)
            folded.append(foldedString)
            foldedNumbers[foldedString] = foldedNumber
        }
        let number = Int32(exact.count)
        exact.append(exactString)
        foldedOfExact.append(foldedNumber)
        exactNumbers[exactString] = number
        return number
    }
}

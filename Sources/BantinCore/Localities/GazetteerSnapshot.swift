/// A checked gazetteer as a list of texts, kept in the build cache.
///
/// Reading the national gazetteer (11,000 units of YAML) took a third of the time of
/// rebuilding one edited article; its snapshot is read back in a few milliseconds. The cache
/// is used only while `localities.yaml` is unchanged, and only a gazetteer without errors is
/// kept, so the snapshot holds everything the parser would give again.
enum GazetteerSnapshot {
    /// Texts for each unit in order: id, name, kind, parent, until, merged into, and the
    /// line, column and length of its name (empty texts for none).
    static let fieldsPerUnit = 9

    static func fields(of gazetteer: Gazetteer) -> [String] {
        var fields: [String] = []
        fields.reserveCapacity(gazetteer.localities.count * fieldsPerUnit)
        for unit in gazetteer.localities {
            fields.append(unit.id)
            fields.append(unit.name)
            fields.append(unit.kind)
            fields.append(unit.parent.map(String.init) ?? "")
            fields.append(unit.until.map { date in
                [date.year, date.month, date.day, date.hour, date.minute, date.second, date.offsetMinutes].map(String.init).joined(separator: " ")
            } ?? "")
            fields.append(unit.mergedInto.map(String.init) ?? "")
            fields.append(unit.location.map { String($0.line) } ?? "")
            fields.append(unit.location.map { String($0.column) } ?? "")
            fields.append(unit.location.map { String($0.length) } ?? "")
        }
        return fields
    }

    /// The gazetteer again; nil when the texts are not a snapshot.
    static func gazetteer(from fields: [String]) -> Gazetteer? {
        guard !fields.isEmpty, fields.count % fieldsPerUnit == 0 else { return nil }
        let count = fields.count / fieldsPerUnit
        var gazetteer = Gazetteer()
        var merges: [(index: Int, until: ArticleDate?, mergedInto: Int?)] = []
        for index in 0..<count {
            let unit = fields[(index * fieldsPerUnit)..<((index + 1) * fieldsPerUnit)].map { $0 }
            func number(_ text: String) -> Int?? { text.isEmpty ? .some(nil) : Int(text).map { .some($0) } }
            guard case .some(let parent) = number(unit[3]), parent.map({ $0 >= 0 && $0 < index }) ?? true,
                  case .some(let mergedInto) = number(unit[5]), mergedInto.map({ $0 >= 0 && $0 < count }) ?? true
            else { return nil }
            var until: ArticleDate?
            if !unit[4].isEmpty {
                let parts = unit[4].split(separator: " ").compactMap { Int($0) }
                guard parts.count == 7 else { return nil }
                until = ArticleDate(year: parts[0], month: parts[1], day: parts[2], hour: parts[3], minute: parts[4],
                                    second: parts[5], offsetMinutes: parts[6])
            }
            var location: SourceLocation?
            if let line = Int(unit[6]), let column = Int(unit[7]), let length = Int(unit[8]) {
                location = SourceLocation(file: GazetteerParser.path, line: line, column: column, length: length)
            }
            let (added, isNew) = gazetteer.add(id: unit[0], name: unit[1], kind: unit[2], parent: parent, location: location)
            guard isNew, added == index else { return nil }
            if until != nil || mergedInto != nil { merges.append((index, until, mergedInto)) }
        }
        for merge in merges { gazetteer.set(until: merge.until, mergedInto: merge.mergedInto, at: merge.index) }
        return gazetteer
    }
}

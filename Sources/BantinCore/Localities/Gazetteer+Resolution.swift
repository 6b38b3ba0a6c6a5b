import BantinMarkdown

extension Gazetteer {
    public enum ResolutionFailure: Error, Equatable, Sendable {
        /// No unit has that path, id or code; the nearest known path or id, if any.
        case unknown(suggestion: String?)
        /// The id names several units: their paths, nearest to the article's province first.
        case ambiguous(candidates: [String])
        /// The unit exists, but not on the reference's date (or the reference has no date and
        /// the unit belongs to one era only): what happened to it, and what to write instead.
        case outOfEra(message: String, hint: String)
    }

    /// Finds a unit by its path (`lam-dong/lam-ha`), by an id that is unique in its era
    /// (`dinh-van`) or by its GSO code (`24817`), among the units that existed on `date`.
    ///
    /// `near` is a unit of the article (its own locality): candidates and suggestions in its
    /// province come first. Without a date, a unit that belongs to one era only is an error,
    /// and a path of both eras names the two-level unit.
    public func resolve(_ reference: String, on date: ArticleDate?, near: Int? = nil) -> Result<Int, ResolutionFailure> {
        resolve(reference, in: date.map(Era.init(of:)), near: near)
    }

    public func resolve(_ reference: String, in era: Era?, near: Int? = nil) -> Result<Int, ResolutionFailure> {
        let reference = Whitespace.trimming(Whitespace.trimming(reference, where: Whitespace.isSpace), where: { $0 == "/" })
        let province = near.map { self.province(of: $0) }
        let all = matches(reference)
        let inEra = era.map { era in all.filter { localities[$0].era == era } } ?? all
        if let era {
            if inEra.count == 1 { return .success(inEra[0]) }
            if inEra.count > 1 { return .failure(.ambiguous(candidates: ordered(inEra, near: province).map { localities[$0].path })) }
            if let other = ordered(all, near: province).first { return .failure(outOfEra(other, reference: reference, era: era)) }
        } else if !all.isEmpty {
            let paths = Set(all.map { localities[$0].path })
            if paths.count > 1 { return .failure(.ambiguous(candidates: ordered(all, near: province).map { localities[$0].path }.uniqued())) }
            let eras = Set(all.map { localities[$0].era })
            if eras.count == 2 { return .success(all.first { localities[$0].era == .twoLevel }!) }
            return .failure(undated(all[0], reference: reference))
        }
        return .failure(.unknown(suggestion: suggestion(for: reference, in: era, province: province)))
    }

    /// Units of either era with this path, code, or (for a reference without `/`) id.
    private func matches(_ reference: String) -> [Int] {
        let atPath = units(atPath: reference)
        if !atPath.isEmpty { return atPath }
        if !reference.isEmpty, reference.utf8.allSatisfy({ (0x30...0x39).contains($0) }) { return units(withCode: reference) }
        if !reference.contains("/") { return units(withID: reference) }
        return []
    }

    /// Same province as the article first, then by path.
    private func ordered(_ units: [Int], near province: Int?) -> [Int] {
        units.sorted { a, b in
            if let province {
                let (nearA, nearB) = (self.province(of: a) == province, self.province(of: b) == province)
                if nearA != nearB { return nearA }
            }
            let (pathA, pathB) = (localities[a].path, localities[b].path)
            return pathA != pathB ? pathA < pathB : localities[a].era < localities[b].era
        }
    }

    private func outOfEra(_ unit: Int, reference: String, era: Era) -> ResolutionFailure {
        let locality = localities[unit]
        if locality.era == .threeLevel {
            let successors = self.successors(of: unit)
            let paths = successors.map { localities[$0.unit].path + ($0.partial ? " (một phần)" : "") }
            let list = Self.list(paths)
            var message = "\(locality.phrase) ended on \(Era.changeover.vietnamese)"
            if successors.isEmpty {
                message += ", with the three-level system"
            } else if !locality.children.isEmpty && locality.successors.isEmpty {
                let provinces = successors.map { self.province(of: $0.unit) }.uniqued().map { localities[$0].phrase }
                message += "; its communes now belong to \(provinces.joined(separator: ", ")): \(list)"
            } else if successors.count == 1 {
                message += "; it became part of \(localities[successors[0].unit].phrase): \(list)"
            } else {
                message += "; it went into: \(list)"
            }
            let hint = successors.first.map { "for an article dated from \(Era.changeover.vietnamese), write '\(localities[$0.unit].path)'; for one about the time before, check its date" }
                ?? "date the article before \(Era.changeover.vietnamese), or name a unit of today"
            return .outOfEra(message: message, hint: hint)
        }
        let predecessors = locality.predecessors
        var message = "\(locality.phrase) began on \(Era.changeover.vietnamese)"
        if !predecessors.isEmpty {
            message += "; it was formed from: " + Self.list(predecessors.map { localities[$0.unit].path + ($0.partial ? " (một phần)" : "") })
        }
        let hint = predecessors.first.map { "for an article dated before \(Era.changeover.vietnamese), write '\(localities[$0.unit].path)'; for one about the time after, check its date" }
            ?? "date the article from \(Era.changeover.vietnamese), or name a unit of that time"
        return .outOfEra(message: message, hint: hint)
    }

    private func undated(_ unit: Int, reference: String) -> ResolutionFailure {
        let locality = localities[unit]
        let when = locality.era == .threeLevel
            ? "existed only until \(Era.lastThreeLevelDay.vietnamese)" : "exists only from \(Era.changeover.vietnamese)"
        return .outOfEra(message: "'\(reference)' names \(locality.phrase), which \(when)",
                         hint: "give the article a 'date:'; the date decides which units it can name")
    }

    /// Paths in a message: the first ten, then how many more.
    private static func list(_ paths: [String]) -> String {
        paths.count <= 10 ? paths.joined(separator: ", ") : paths.prefix(10).joined(separator: ", ") + " and \(paths.count - 10) more"
    }

    /// The nearest path (or id) by folded spelling: within the article's province first.
    private func suggestion(for reference: String, in era: Era?, province: Int?) -> String? {
        let folded = reference.split(separator: "/", omittingEmptySubsequences: false)
            .map { VietnameseSlug.make(String($0)) }.joined(separator: "/")
        let pool = localities.filter { era == nil || $0.era == era! }
        if folded != reference {
            if let hit = pool.first(where: { $0.path == folded }) { return hit.path }
            if !folded.contains("/"), let hit = ordered(pool.filter { $0.id == folded }.map(\.index), near: province).first {
                return localities[hit].path
            }
        }
        let lastID = folded.split(separator: "/").last.map(String.init) ?? folded
        if folded.contains("/") {
            // The unit with the same last id, if it is the only one (in the article's province,
            // or in the province the reference starts with).
            let sameID = pool.filter { $0.id == lastID }.map(\.index)
            if sameID.count == 1 { return localities[sameID[0]].path }
            let first = String(folded.prefix { $0 != "/" })
            let inProvince = sameID.filter { localities[self.province(of: $0)].id == first || self.province(of: $0) == province }
            if inProvince.count == 1 { return localities[inProvince[0]].path }
        }
        let byPath = folded.contains("/")
        func names(_ units: [Locality]) -> [String] { units.map { byPath ? $0.path : $0.id } }
        if let province, let near = NearestName.suggest(for: folded, among: names(pool.filter { self.province(of: $0.index) == province })) {
            return byPath ? near : pool.first { $0.id == near && self.province(of: $0.index) == province }.map(\.path) ?? near
        }
        return NearestName.suggest(for: folded, among: names(pool)).map { near in
            byPath ? near : ordered(pool.filter { $0.id == near }.map(\.index), near: province).first.map { localities[$0].path } ?? near
        }
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

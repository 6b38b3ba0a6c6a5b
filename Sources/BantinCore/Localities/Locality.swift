/// One administrative unit: a province, district or commune of the national gazetteer, or a
/// smaller unit (thôn, tổ dân phố …) a site adds in its localities file.
public struct Locality: Sendable, Hashable {
    /// Index in `Gazetteer.localities`.
    public var index: Int
    /// Slug of the name, unique among siblings: `lam-ha`.
    public var id: String
    /// Ids from the province down, joined by `/`: `lam-dong/lam-ha`. The same path can name a
    /// unit of each era (`lam-dong`); `key` tells them apart.
    public var path: String
    public var name: String
    /// tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu, or a smaller kind.
    public var kind: String
    public var parent: Int?
    public var children: [Int]
    /// Depth from the province (0).
    public var depth: Int
    /// The system the unit belongs to; a unit a site adds belongs to its parent's.
    public var era: Era
    /// The GSO code of a national unit.
    public var code: String?
    /// Units of the three-level system this one was formed from (two-level units only).
    public var predecessors: [Succession]
    /// Units of the two-level system this one went into (three-level units only).
    public var successors: [Succession]
    /// Where the unit is written in localities.yaml, for a unit the site adds or renames.
    public var location: SourceLocation?

    /// The name with its kind, as Vietnamese writes it: "Huyện Lâm Hà", "Thành phố Lai Châu".
    public var title: String {
        guard let first = kind.first else { return name }
        return String(first).uppercased() + kind.dropFirst() + " " + name
    }

    /// The name with its kind in running text: "huyện Lâm Hà".
    public var phrase: String { kind.isEmpty ? name : kind + " " + name }

    /// The last day a three-level unit existed.
    public var until: ArticleDate? { era == .threeLevel ? Era.lastThreeLevelDay : nil }

    /// Unique over both eras: the path, with `@2025` after the path of a two-level unit.
    public var key: String { era == .twoLevel ? path + "@2025" : path }
}

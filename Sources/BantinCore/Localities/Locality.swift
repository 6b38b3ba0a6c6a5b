/// One administrative unit: a province, district or commune.
public struct Locality: Sendable, Hashable {
    /// Index in `Gazetteer.localities`.
    public var index: Int
    /// Slug of the name, unique among siblings: `lam-ha`.
    public var id: String
    /// Ids from the province down, joined by `/`: `lam-dong/lam-ha`.
    public var path: String
    public var name: String
    /// tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu.
    public var kind: String
    public var parent: Int?
    public var children: [Int]
    /// The last day the unit existed, for units dissolved or merged.
    public var until: ArticleDate?
    /// Index of the unit that succeeded it.
    public var mergedInto: Int?
    /// Depth from the province (0).
    public var depth: Int
    /// Where the unit is written in localities.yaml.
    public var location: SourceLocation?

    /// The name with its kind, as Vietnamese writes it: "Huyện Lâm Hà", "Thành phố Lai Châu".
    public var title: String {
        guard let first = kind.first else { return name }
        return String(first).uppercased() + kind.dropFirst() + " " + name
    }
}

import Foundation

/// The data of one chart as a CSV file, for readers who download it beside the chart.
///
/// UTF-8 with a byte order mark, so that Excel reads the Vietnamese as it is written; lines end
/// in CRLF and fields are quoted as RFC 4180 says; numbers are plain decimals with a dot, in the
/// metric's unit, scale applied (74,2 tỷ is 74200000000), as the open data writes them.
public struct ChartCSV: Sendable, Equatable {
    public struct Row: Sendable, Equatable {
        public var metric: String
        public var label: String
        public var unit: String
        public var period: String
        public var locality: String
        public var localityName: String
        /// The key and label of a part, in a breakdown's rows.
        public var part: String?
        public var partLabel: String?
        /// The hedge as the chart writes it: "trên", "khoảng", "dưới".
        public var approx: String?
        public var value: Double
        public var of: Double?

        public init(metric: String, label: String, unit: String, period: String, locality: String, localityName: String,
                    part: String? = nil, partLabel: String? = nil, approx: String? = nil, value: Double, of: Double? = nil) {
            self.metric = metric
            self.label = label
            self.unit = unit
            self.period = period
            self.locality = locality
            self.localityName = localityName
            self.part = part
            self.partLabel = partLabel
            self.approx = approx
            self.value = value
            self.of = of
        }
    }

    public static let header = [
        "metric", "label", "unit", "period", "locality", "locality_name", "part", "part_label", "approx", "value", "of",
    ]

    /// The byte order mark Excel looks for to read a CSV as UTF-8.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The rows in the order the chart's table shows them.
    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public var data: Data {
        var bytes = Self.byteOrderMark
        bytes += Array((Self.header.joined(separator: ",") + "\r\n").utf8)
        for row in rows {
            let fields: [String?] = [
                row.metric, row.label, row.unit, row.period, row.locality, row.localityName, row.part, row.partLabel,
                row.approx, FactsExport.number(row.value), row.of.map(FactsExport.number),
            ]
            bytes += Array(fields.map { $0.map(FactsExport.quote) ?? "" }.joined(separator: ",").utf8)
            bytes += [13, 10]
        }
        return Data(bytes)
    }

    /// A file's size as the download link says it, in Vietnamese notation: kilobytes of 1.024
    /// bytes, with one decimal below 10 KB ("0,4 KB", "1,5 KB", "2 KB" when the decimal is 0)
    /// and whole above ("12 KB"), rounded half up, never less than "0,1 KB"; from 1.024 KB, MB alike.
    public static func sizeText(_ bytes: Int) -> String {
        var amount = Double(bytes) / 1024
        var unit = "KB"
        if amount >= 1024 {
            amount /= 1024
            unit = "MB"
        }
        let tenths = max(1, Int((amount * 10).rounded(.toNearestOrAwayFromZero)))
        if tenths >= 100 || tenths % 10 == 0 {
            let whole = tenths >= 100 ? Int(amount.rounded(.toNearestOrAwayFromZero)) : tenths / 10
            return "\(VietnameseNumberFormat.integer(whole)) \(unit)"
        }
        return "\(tenths / 10),\(tenths % 10) \(unit)"
    }
}

import Foundation

/// The build cache as bytes, read and written in a few milliseconds.
///
/// An edit of one article is rebuilt in a fraction of a second, and decoding and encoding
/// the cache as JSON with `Codable` took more than a third of that. Every field is UTF-8 text
/// ended by a NUL byte, which no path, slug or hash can contain; a list is its count, then its
/// items. Anything that does not read back whole gives no cache, and so a full build.
public enum BuildCacheCoding {
    public static func encode(_ cache: BuildCache) -> Data {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(cache.outputs.count * 48 + cache.articles.count * 160 + cache.search.reduce(0) { $0 + $1.utf8.count + 1 })
        func field(_ text: String) {
            bytes.append(contentsOf: text.utf8)
            bytes.append(0)
        }
        func list(_ texts: [String]) {
            field(String(texts.count))
            texts.forEach(field)
        }
        field(cache.format)
        field(cache.globals)
        field(cache.output ?? "")
        list(cache.localitiesWithPages)
        list(cache.outputs)
        list(cache.search)
        list(cache.searchFiles)
        list(cache.units.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value] })
        field(String(cache.articles.count))
        for (path, entry) in cache.articles.sorted(by: { $0.key < $1.key }) {
            field(path)
            field(entry.fingerprint)
            field(entry.slug)
            field(entry.metadata ?? "")
            list(entry.outputs)
        }
        return Data(bytes)
    }

    public static func decode(_ data: Data) -> BuildCache? {
        data.withUnsafeBytes { raw -> BuildCache? in
            var reader = Reader(bytes: raw.bindMemory(to: UInt8.self))
            guard let format = reader.field(), format == BuildCache.format,
                  let globals = reader.field(), let output = reader.field(),
                  let localities = reader.list(), let outputs = reader.list(),
                  let search = reader.list(), let searchFiles = reader.list(),
                  let units = reader.list(), units.count % 2 == 0,
                  let count = reader.count()
            else { return nil }
            var articles: [String: BuildCache.Entry] = [:]
            articles.reserveCapacity(count)
            for _ in 0..<count {
                guard let path = reader.field(), let fingerprint = reader.field(), let slug = reader.field(),
                      let metadata = reader.field(), let pageOutputs = reader.list()
                else { return nil }
                articles[path] = BuildCache.Entry(fingerprint: fingerprint, slug: slug, metadata: metadata.isEmpty ? nil : metadata,
                                                  outputs: pageOutputs)
            }
            guard reader.atEnd else { return nil }
            return BuildCache(format: format, globals: globals, articles: articles, localitiesWithPages: localities,
                              outputs: outputs, output: output.isEmpty ? nil : output,
                              search: search, searchFiles: searchFiles,
                              units: Dictionary(stride(from: 0, to: units.count, by: 2).map { (units[$0], units[$0 + 1]) }) { a, _ in a })
        }
    }

    /// Reads NUL-ended fields one after another.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func field() -> String? {
            guard position < bytes.count, let base = bytes.baseAddress,
                  let end = memchr(base + position, 0, bytes.count - position)?.assumingMemoryBound(to: UInt8.self)
            else { return nil }
            let length = UnsafePointer(end) - (base + position)
            let text = String(validating: UnsafeBufferPointer(start: base + position, count: length), as: UTF8.self)
            position += length + 1
            return text
        }

        mutating func count() -> Int? {
            guard let text = field(), let count = Int(text), count >= 0, count <= bytes.count else { return nil }
            return count
        }

        mutating func list() -> [String]? {
            guard let count = count() else { return nil }
            var items: [String] = []
            items.reserveCapacity(count)
            for _ in 0..<count {
                guard let item = field() else { return nil }
                items.append(item)
            }
            return items
        }
    }
}

import Foundation

extension SiteSource {
    /// A file as text, or a diagnostic when it is missing or not UTF-8.
    public func sourceFile(_ path: String, required: Bool, diagnostics: inout DiagnosticBag) -> SourceFile? {
        SourceFile.decoding(contents(of: path), path: path, required: required, diagnostics: &diagnostics)
    }
}

extension SourceFile {
    /// A file's bytes, read already (see `SiteSource.contents(of:)` for many paths), as text;
    /// nil and a diagnostic when they are missing or not UTF-8.
    public static func decoding(_ contents: Data?, path: String, required: Bool, diagnostics: inout DiagnosticBag) -> SourceFile? {
        guard let data = contents else {
            if required { diagnostics.error(.missingFile, "\(path) is missing", at: nil, hint: "every site has \(path); see docs/content-format.md") }
            return nil
        }
        guard let text = String(validatingUTF8Data: data) else {
            diagnostics.error(.notUTF8, "the file is not valid UTF-8 text", at: SourceLocation(file: path, line: 1, column: 1),
                              hint: "save it again as UTF-8 in your editor")
            return nil
        }
        return SourceFile(path: path, text: text)
    }
}

extension String {
    /// Decodes UTF-8 strictly: invalid bytes give nil rather than replacement characters.
    init?(validatingUTF8Data data: some Collection<UInt8>) {
        guard let decoded = String(validating: data, as: UTF8.self) else { return nil }
        self = decoded
    }
}

/// Turns a failed locality lookup into the diagnostic authors see.
public enum LocalityReference {
    public static func diagnostic(for failure: Gazetteer.ResolutionFailure, reference: String, at location: SourceLocation) -> Diagnostic {
        switch failure {
        case .unknown(let suggestion):
            return .error(.unknownLocality,
                "unknown locality '\(reference)'", at: location,
                hint: suggestion.map { "did you mean '\($0)'?" }
                    ?? "write its path like 'lam-dong/lam-ha', or add a smaller unit to content/localities.yaml"
            )
        case .ambiguous(let candidates):
            return .error(.ambiguousLocality,
                "locality '\(reference)' is ambiguous", at: location,
                notes: candidates.map { .init("could be '\($0)'") },
                hint: "write its full path: \(candidates.map { "'\($0)'" }.joined(separator: " or "))"
            )
        case .outOfEra(let message, let hint):
            return .error(.localityOutOfEra, message, at: location, hint: hint)
        }
    }
}

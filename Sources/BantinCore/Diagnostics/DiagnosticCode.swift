/// What kind of problem a diagnostic is: a stable name printed after its message
/// (`unknown metric 'x' [unknown-metric]`), so that a writer can look it up in
/// docs/content-format.md ("Every problem by its code") and a script or an editor can match
/// it whatever the wording. The names never change once released; a new kind of problem
/// gets a new name.
public enum DiagnosticCode: String, Sendable, Hashable, CaseIterable {
    // YAML and keys: front matter, fact blocks, site.yaml, schema, localities, UI strings.
    case yamlSyntax = "yaml-syntax"
    case yamlAlias = "yaml-alias"
    case duplicateKey = "duplicate-key"
    case unknownKey = "unknown-key"
    case missingKey = "missing-key"
    case wrongType = "wrong-type"
    case emptyValue = "empty-value"
    case emptyFile = "empty-file"
    case missingFile = "missing-file"
    case notUTF8 = "not-utf8"

    // Articles and pages.
    case noFrontMatter = "no-front-matter"
    case unclosedFrontMatter = "unclosed-front-matter"
    case emptyFrontMatter = "empty-front-matter"
    case badDate = "bad-date"
    case dateOutOfRange = "date-out-of-range"
    case futureDate = "future-date"
    case badPeriod = "bad-period"
    case badURL = "bad-url"
    case emptySlug = "empty-slug"
    case badSlug = "bad-slug"
    case slugTooLong = "slug-too-long"
    case duplicateSlug = "duplicate-slug"
    case reservedSlug = "reserved-slug"
    case correctionFormat = "correction-format"
    case correctionDate = "correction-date"
    case missingAltText = "missing-alt-text"
    case droppedHTML = "dropped-html"
    case markdownTable = "markdown-table"
    case linkOutsideSite = "link-outside-site"
    case brokenLink = "broken-link"

    // Pictures and tables.
    case heavyPicture = "heavy-picture"
    case notAPicture = "not-a-picture"
    case pictureFailed = "picture-failed"
    case tableQuote = "table-quote"
    case tableEmpty = "table-empty"
    case tableRowWidth = "table-row-width"

    // Fact blocks and figures.
    case emptyFactBlock = "empty-fact-block"
    case unknownMetric = "unknown-metric"
    case missingValue = "missing-value"
    case notANumber = "not-a-number"
    case numberNotation = "number-notation"
    case notWhole = "not-whole"
    case negativeNumber = "negative-number"
    case numberTooLarge = "number-too-large"
    case tooManyDigits = "too-many-digits"
    case badScale = "bad-scale"
    case unknownApprox = "unknown-approx"
    case ratioOnly = "ratio-only"
    case ratioWithoutTotal = "ratio-without-total"
    case badTotal = "bad-total"
    case partAboveTotal = "part-above-total"
    case percentRange = "percent-range"
    case percentMismatch = "percent-mismatch"
    case noParts = "no-parts"
    case unknownPart = "unknown-part"
    case partsSum = "parts-sum"
    case conflictingFigures = "conflicting-figures"
    case figureDiffersFromText = "figure-differs-from-text"

    // Localities and the schema.
    case unknownLocality = "unknown-locality"
    case ambiguousLocality = "ambiguous-locality"
    case localityOutOfEra = "locality-out-of-era"
    case notInGazetteer = "not-in-gazetteer"
    case duplicateLocality = "duplicate-locality"
    case unknownKind = "unknown-kind"
    case badMetricID = "bad-metric-id"
    case staleCMSConfig = "stale-cms-config"

    // Themes, templates and the output.
    case badThemeName = "bad-theme-name"
    case unknownTheme = "unknown-theme"
    case themeCycle = "theme-cycle"
    case missingUIStrings = "missing-ui-strings"
    case missingTemplate = "missing-template"
    case templateSyntax = "template-syntax"
    case outputClash = "output-clash"
    case outputFailed = "output-failed"
}

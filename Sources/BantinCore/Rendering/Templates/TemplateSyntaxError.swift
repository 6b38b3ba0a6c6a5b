/// A template that cannot be read, with where (line and column in the template's own text).
struct TemplateSyntaxError: Error, Equatable {
    let message: String
    let line: Int
    let column: Int
    let hint: String?
}

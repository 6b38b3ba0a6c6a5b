import Foundation
import Testing
@testable import BantinCore

@Suite("ArticleParser")
struct ArticleParserTests {
    let path = TestSite.articlePath

    // MARK: A valid article

    @Test func readsAValidArticle() throws {
        let text = TestSite.article(extra: """
            localities: [lam-dong/lam-ha/dinh-van, da-don]
            author: Nguyệt Thu
            source: Báo Lâm Đồng
            source_url: https://baolamdong.vn/lam-ha
            period: 2014-2023
            tags: [tổng kết, " tuyên truyền "]
            image: hoi-nghi.jpg
            image_alt: Quang cảnh hội nghị
            slug: tong-ket-lam-ha

            """)
        let (article, diagnostics) = TestSite.parse(text)
        #expect(diagnostics.isEmpty)
        let parsed = try #require(article)
        let gazetteer = TestSite.gazetteer
        #expect(parsed.title == "Lâm Hà tổng kết phong trào")
        #expect(parsed.date == ArticleDate(year: 2023, month: 5, day: 26))
        #expect(gazetteer[parsed.locality].path == "lam-dong/lam-ha")
        #expect(parsed.localities.map { gazetteer[$0].path } == ["lam-dong/lam-ha/dinh-van", "lam-dong/lam-ha/da-don"])
        #expect(parsed.author == "Nguyệt Thu")
        #expect(parsed.source == "Báo Lâm Đồng")
        #expect(parsed.sourceURL == "https://baolamdong.vn/lam-ha")
        #expect(parsed.period == .years(2014, 2023))
        #expect(parsed.tags == ["tổng kết", "tuyên truyền"])
        #expect(parsed.image == "hoi-nghi.jpg")
        #expect(parsed.imageAlt == "Quang cảnh hội nghị")
        #expect(parsed.draft == false)
        #expect(parsed.slug == "tong-ket-lam-ha")
        #expect(parsed.slugLocation == SourceLocation(file: path, line: 13, column: 7, length: 15))
        #expect(parsed.bodyLine == 15)
        #expect(parsed.sourcePath == path)
    }

    @Test func theSlugComesFromTheTitle() throws {
        let article = try #require(TestSite.parse(TestSite.article(title: "\"Lâm Hà: Tổng kết 10 năm\"")).article)
        #expect(article.slug == "lam-ha-tong-ket-10-nam")
        #expect(article.slugLocation.line == 2)
    }

    @Test func aDateWithoutAZoneIsInVietnamTime() throws {
        let article = try #require(TestSite.parse(TestSite.article(date: "2023-05-26")).article)
        #expect(article.date.offsetMinutes == 420)
        #expect(article.date.iso8601 == "2023-05-26T00:00:00+07:00")
        let timed = try #require(TestSite.parse(TestSite.article(date: "2023-05-26T16:29")).article)
        #expect(timed.date.iso8601 == "2023-05-26T16:29:00+07:00")
    }

    @Test func theSummaryFallsBackToTheFirstParagraph() throws {
        let body = "## Tin chính\n\nNgày 26/5, Công an huyện *Lâm Hà*\ntổng kết phong trào.\n\nĐoạn hai.\n"
        let article = try #require(TestSite.parse(TestSite.article(body: body)).article)
        #expect(article.summary == "Ngày 26/5, Công an huyện Lâm Hà tổng kết phong trào.")

        let written = try #require(TestSite.parse(TestSite.article(extra: "summary: Một câu tóm tắt.\n", body: body)).article)
        #expect(written.summary == "Một câu tóm tắt.")

        let empty = try #require(TestSite.parse(TestSite.article(body: "")).article)
        #expect(empty.summary == "")
    }

    @Test func draftIsReadFromTheFrontMatter() throws {
        #expect(try #require(TestSite.parse(TestSite.article(extra: "draft: true\n")).article).draft)
        #expect(try #require(TestSite.parse(TestSite.article(extra: "draft: false\n")).article).draft == false)
    }

    @Test func theLocalityMayBeAUniqueId() throws {
        let article = try #require(TestSite.parse(TestSite.article(locality: "da-don")).article)
        #expect(TestSite.gazetteer[article.locality].path == "lam-dong/lam-ha/da-don")
    }

    @Test func factBlocksTakeTheArticlesLocalityAndPeriod() throws {
        let text = TestSite.article(facts: "values:\n  propaganda_sessions: 6003\n", extra: "period: 2014-2023\n")
        let article = try #require(TestSite.parse(text).article)
        #expect(article.factBlocks.count == 1)
        #expect(article.factBlocks[0].period == .years(2014, 2023))
        #expect(TestSite.gazetteer[article.factBlocks[0].locality].path == "lam-dong/lam-ha")
        let withoutPeriod = try #require(TestSite.parse(TestSite.article(facts: "values:\n  propaganda_sessions: 6003\n")).article)
        #expect(withoutPeriod.factBlocks[0].period == .year(2023))
    }

    // MARK: Front matter errors, each at its place

    @Test("a missing required key is reported at the opening line", arguments: ["title", "date", "locality"])
    func missingRequiredKey(key: String) {
        let lines = ["title: Lâm Hà tổng kết", "date: 2023-05-26", "locality: lam-dong/lam-ha"].filter { !$0.hasPrefix(key + ":") }
        let text = "---\n" + lines.joined(separator: "\n") + "\n---\n\nThân bài.\n"
        // Without a date, a unit of one era (huyện Lâm Hà) cannot be named either.
        let undated = key != "date" ? "" : """
            content/articles/2023/lam-ha.md:3:11: error: 'lam-dong/lam-ha' names huyện Lâm Hà, which existed only until 30/06/2025 [locality-out-of-era]
                3 | locality: lam-dong/lam-ha
                  |           ^~~~~~~~~~~~~~~
               hint: give the article a 'date:'; the date decides which units it can name

            """
        #expect(TestSite.parseReport(text) == """
            content/articles/2023/lam-ha.md:1:1: error: the front matter has no '\(key)' [missing-key]
                1 | ---
                  | ^~~
               hint: add '\(key): …'

            """ + undated)
    }

    @Test func anUnknownKeyIsReportedWithTheNearestKnownOne() {
        let text = "---\ntitel: Lâm Hà tổng kết\ndate: 2023-05-26\nlocality: lam-dong/lam-ha\n---\n"
        #expect(TestSite.parseReport(text) == """
            content/articles/2023/lam-ha.md:1:1: error: the front matter has no 'title' [missing-key]
                1 | ---
                  | ^~~
               hint: add 'title: …'
            content/articles/2023/lam-ha.md:2:1: error: unknown key 'titel' in the front matter [unknown-key]
                2 | titel: Lâm Hà tổng kết
                  | ^~~~~
               hint: did you mean 'title'?

            """)
    }

    @Test func anUnknownKeyFarFromAnyListsTheKnownKeys() {
        #expect(TestSite.parseReport(TestSite.article(extra: "nguoi_viet: Thu\n")) == """
            content/articles/2023/lam-ha.md:5:1: error: unknown key 'nguoi_viet' in the front matter [unknown-key]
                5 | nguoi_viet: Thu
                  | ^~~~~~~~~~
               hint: known keys: title, date, locality, localities, author, source, source_url, period, tags, summary, image, image_alt, draft, slug, corrections

            """)
    }

    @Test func aDayThatIsNotOnTheCalendar() {
        #expect(TestSite.parseReport(TestSite.article(date: "2024-02-31")) == """
            content/articles/2023/lam-ha.md:3:7: error: '2024-02-31' is not a day of the calendar [bad-date]
                3 | date: 2024-02-31
                  |       ^~~~~~~~~~
               hint: check the day and the month; the date is written year-month-day

            """)
    }

    @Test func aMalformedDate() {
        #expect(TestSite.parseReport(TestSite.article(date: "26/05/2023")) == """
            content/articles/2023/lam-ha.md:3:7: error: '26/05/2023' is not a date [bad-date]
                3 | date: 26/05/2023
                  |       ^~~~~~~~~~
               hint: write 2023-05-26, or 2023-05-26T16:29:00+07:00 with a time, or 2023-05 when only the month is known

            """)
    }

    @Test func aBadPeriod() {
        #expect(TestSite.parseReport(TestSite.article(extra: "period: 2023-2014\n")) == """
            content/articles/2023/lam-ha.md:5:9: error: '2023-2014' is not a period [bad-period]
                5 | period: 2023-2014
                  |         ^~~~~~~~~
               hint: write a year (2024), a range of years (2014-2023) or a month (2024-05), in the years 1900 to 2200

            """)
    }

    @Test func anImageWithoutAlternativeText() {
        #expect(TestSite.parseReport(TestSite.article(extra: "image: hoi-nghi.jpg\n")) == """
            content/articles/2023/lam-ha.md:5:1: error: 'image' is set but 'image_alt' is not [missing-alt-text]
                5 | image: hoi-nghi.jpg
                  | ^~~~~
               hint: describe the picture for readers who cannot see it: 'image_alt: Quang cảnh hội nghị'

            """)
    }

    @Test func anInvalidSlug() {
        #expect(TestSite.parseReport(TestSite.article(extra: "slug: Tổng kết Lâm Hà\n")) == """
            content/articles/2023/lam-ha.md:5:7: error: 'Tổng kết Lâm Hà' is not a valid slug [bad-slug]
                5 | slug: Tổng kết Lâm Hà
                  |       ^~~~~~~~~~~~~~~
               hint: use lower case letters, digits and '-', such as 'tong-ket-lam-ha'

            """)
    }

    @Test func aSourceURLThatIsNotAWebAddress() {
        #expect(TestSite.parseReport(TestSite.article(extra: "source_url: baolamdong.vn/lam-ha\n")) == """
            content/articles/2023/lam-ha.md:5:13: error: 'source_url' must start with https:// or http:// [bad-url]
                5 | source_url: baolamdong.vn/lam-ha
                  |             ^~~~~~~~~~~~~~~~~~~~

            """)
    }

    @Test func aDraftThatIsNotABoolean() {
        #expect(TestSite.parseReport(TestSite.article(extra: "draft: có\n")) == """
            content/articles/2023/lam-ha.md:5:8: error: 'draft' must be true or false, not 'có' [wrong-type]
                5 | draft: có
                  |        ^~

            """)
    }

    @Test func anEmptyTitle() {
        #expect(TestSite.parseReport(TestSite.article(title: "\"\"")) == """
            content/articles/2023/lam-ha.md:2:8: error: 'title' is empty [empty-value]
                2 | title: ""
                  |        ^~

            """)
    }

    // MARK: Localities

    @Test func anUnknownLocalityWithTheNearestPath() {
        #expect(TestSite.parseReport(TestSite.article(locality: "lam-dong/lam-haa")) == """
            content/articles/2023/lam-ha.md:4:11: error: unknown locality 'lam-dong/lam-haa' [unknown-locality]
                4 | locality: lam-dong/lam-haa
                  |           ^~~~~~~~~~~~~~~~
               hint: did you mean 'lam-dong/lam-ha'?

            """)
    }

    @Test func anIncompletePathSuggestsTheFullOne() {
        #expect(TestSite.parseReport(TestSite.article(locality: "lam-ha/dinh-van")) == """
            content/articles/2023/lam-ha.md:4:11: error: unknown locality 'lam-ha/dinh-van' [unknown-locality]
                4 | locality: lam-ha/dinh-van
                  |           ^~~~~~~~~~~~~~~
               hint: did you mean 'lam-dong/lam-ha/dinh-van'?

            """)
    }

    @Test func anUnknownLocalityWithNothingNear() {
        #expect(TestSite.parseReport(TestSite.article(locality: "xyzzy-qwerty")) == """
            content/articles/2023/lam-ha.md:4:11: error: unknown locality 'xyzzy-qwerty' [unknown-locality]
                4 | locality: xyzzy-qwerty
                  |           ^~~~~~~~~~~~
               hint: write its path like 'lam-dong/lam-ha', or add a smaller unit to content/localities.yaml

            """)
    }

    @Test func anAmbiguousLocalityListsItsCandidates() {
        #expect(TestSite.parseReport(TestSite.article(locality: "lac-duong")) == """
            content/articles/2023/lam-ha.md:4:11: error: locality 'lac-duong' is ambiguous [ambiguous-locality]
                4 | locality: lac-duong
                  |           ^~~~~~~~~
               note: could be 'lam-dong/lac-duong'
               note: could be 'lam-dong/lac-duong/lac-duong'
               hint: write its full path: 'lam-dong/lac-duong' or 'lam-dong/lac-duong/lac-duong'

            """)
    }

    @Test func eachMentionedLocalityIsCheckedAtItsPlace() {
        #expect(TestSite.parseReport(TestSite.article(extra: "localities: [lam-dong/lam-ha/dinh-van, lam-dong/nam-ban]\n")) == """
            content/articles/2023/lam-ha.md:5:40: error: unknown locality 'lam-dong/nam-ban' [unknown-locality]
                5 | localities: [lam-dong/lam-ha/dinh-van, lam-dong/nam-ban]
                  |                                        ^~~~~~~~~~~~~~~~
               hint: did you mean 'lam-dong/lam-ha/nam-ban'?

            """)
    }

    // MARK: The file as a whole

    @Test func aFileWithoutFrontMatter() {
        #expect(TestSite.parseReport("Chỉ có nội dung.\n") == """
            content/articles/2023/lam-ha.md:1:1: error: the article has no front matter [no-front-matter]
                1 | Chỉ có nội dung.
                  | ^
               hint: start the file with a '---' line, then 'title:', 'date:' and 'locality:', then another '---' line

            """)
    }

    @Test func aFrontMatterThatIsNeverClosed() {
        #expect(TestSite.parseReport("---\ntitle: Lâm Hà\n") == """
            content/articles/2023/lam-ha.md:1:1: error: the front matter is not closed [unclosed-front-matter]
                1 | ---
                  | ^~~
               hint: add a line '---' after the last front matter key

            """)
    }

    @Test func anEmptyFrontMatter() {
        #expect(TestSite.parseReport("---\n---\nThân.\n") == """
            content/articles/2023/lam-ha.md:1:1: error: the front matter is empty [empty-front-matter]
                1 | ---
                  | ^~~
               hint: add 'title:', 'date:' and 'locality:'

            """)
    }

    @Test func aTitleWithAColonMustBeQuoted() {
        #expect(TestSite.parseReport(TestSite.article(title: "Lâm Hà: Tổng kết")) == """
            content/articles/2023/lam-ha.md:2:14: error: invalid YAML: mapping values are not allowed in this context [yaml-syntax]
                2 | title: Lâm Hà: Tổng kết
                  |              ^
               hint: check the indentation and quote values that contain ': ' or start with a special character

            """)
    }

    @Test func aKeyGivenTwiceIsReportedAtItsSecondPlace() {
        let report = TestSite.parseReport(TestSite.article(extra: "title: Lần hai\n"))
        #expect(report == """
            content/articles/2023/lam-ha.md:5:1: error: key 'title' is given twice [duplicate-key]
                5 | title: Lần hai
                  | ^~~~~
            content/articles/2023/lam-ha.md:2:1: note: first given here
                2 | title: Lâm Hà tổng kết phong trào
                  | ^~~~~

            """)
        #expect(TestSite.parse(TestSite.article(extra: "title: Lần hai\n")).diagnostics.count == 1)
    }

    @Test func aWindowsFileIsReadLikeAUnixOne() {
        let text = TestSite.article().replacingOccurrences(of: "\n", with: "\r\n")
        let (article, diagnostics) = TestSite.parse(text)
        #expect(diagnostics.isEmpty)
        #expect(article?.title == "Lâm Hà tổng kết phong trào")
        #expect(article?.bodyLine == 6)
    }

    @Test func everyProblemOfTheFrontMatterIsReportedAtOnce() {
        let text = "---\ntitle: Lâm Hà\ndate: 2024-02-31\nlocality: tan-thanh\nperiod: 2024-13\nimage: a.jpg\n---\n"
        let messages = TestSite.parse(text).diagnostics.sorted().map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
        #expect(messages == [
            "3:7 '2024-02-31' is not a day of the calendar",
            "4:11 locality 'tan-thanh' is ambiguous",
            "5:9 '2024-13' is not a period",
            "6:1 'image' is set but 'image_alt' is not",
        ])
    }

    // MARK: Dates in range, tags by slug, slugs that fit a folder's name

    @Test("a date outside 1900-2200", arguments: [
        ("0000-01-01", "0000-01-01"), ("9999-12-31", "9999-12-31"), ("1899-12-31T23:59", "1899-12-31"), ("2201-01-01", "2201-01-01"),
    ])
    func aDateOutsideTheRange(written: String, day: String) {
        #expect(TestSite.parseReport(TestSite.article(date: written)) == """
            content/articles/2023/lam-ha.md:3:7: error: '\(day)' is outside the dates a bulletin may have [date-out-of-range]
                3 | date: \(written)
                  |       ^\(String(repeating: "~", count: written.count - 1))
               hint: check the year; a date lies between 1900-01-01 and 2200-12-31

            """)
    }

    @Test func theFirstAndLastDaysOfTheRangeAreDates() throws {
        #expect(try #require(TestSite.parse(TestSite.article(date: "1900-01-01")).article).date.year == 1900)
        // Lâm Hà ended with the three-level system: the last day names a commune of today.
        #expect(try #require(TestSite.parse(TestSite.article(date: "2200-12-31T23:59:59+07:00", locality: "lam-dong/nam-ban-lam-ha")).article).date.year == 2200)
    }

    /// Case, NFC and NFD, spaces around: one slug is one tag, one chip, written as it first appears.
    @Test func tagsThatShareASlugAreOneTag() throws {
        let nfd = "an ninh".decomposedStringWithCanonicalMapping
        let (article, diagnostics) = TestSite.parse(TestSite.article(extra: "tags: [An ninh, an ninh, \"  AN NINH \", \"Ấp\", \"\("Ấp".decomposedStringWithCanonicalMapping)\", \(nfd), tuyên truyền]\n"))
        #expect(diagnostics.isEmpty)
        #expect(try #require(article).tags == ["An ninh", "Ấp", "tuyên truyền"])
    }

    @Test func aTagWithoutALetterOrADigit() {
        #expect(TestSite.parseReport(TestSite.article(extra: "tags: [an ninh, \"!!!\"]\n")) == """
            content/articles/2023/lam-ha.md:5:17: error: the tag '!!!' gives an empty slug [empty-slug]
                5 | tags: [an ninh, "!!!"]
                  |                 ^~~~~
               hint: a tag needs a letter or a digit; write it in words, such as 'an ninh'

            """)
    }

    @Test func aSlugLongerThanAFolderNameMayBe() {
        let slug = String(repeating: "ab-", count: 66) + "abc" // 201 bytes
        #expect(TestSite.parseReport(TestSite.article(extra: "slug: \(slug)\n")) == """
            content/articles/2023/lam-ha.md:5:7: error: the slug is 201 bytes long, more than the 200 a slug may have [slug-too-long]
                5 | slug: \(slug.prefix(194))…
                  |       ^\(String(repeating: "~", count: 193))
               hint: write a shorter 'slug:'; a slug names a folder of the output, and a file system allows at most 255 bytes in a name

            """)
        #expect(TestSite.parse(TestSite.article(extra: "slug: \(slug.dropLast())\n")).diagnostics.isEmpty)
    }

    @Test func aTitleWhoseSlugIsTooLongIsReportedAtTheTitle() {
        // Forty-two words "Đồng": "dong" 42 times, with 41 dashes.
        let title = String(repeating: "Đồng ", count: 41) + "Đồng"
        #expect(VietnameseSlug.make(title).utf8.count == 209)
        #expect(TestSite.parseReport(TestSite.article(title: title)) == """
            content/articles/2023/lam-ha.md:2:8: error: the slug made from the title is 209 bytes long, more than the 200 a slug may have [slug-too-long]
                2 | title: \(title.prefix(193))…
                  |        ^\(String(repeating: "~", count: 192))
               hint: add a shorter 'slug:'; a slug names a folder of the output, and a file system allows at most 255 bytes in a name

            """)
    }

    @Test func aTagWhoseSlugIsTooLong() {
        let tag = String(repeating: "x", count: 201)
        #expect(TestSite.parse(TestSite.article(extra: "tags: [\(tag)]\n")).diagnostics.map(\.message) == [
            "the slug of the tag is 201 bytes long, more than the 200 a slug may have",
        ])
    }

    @Test func aControlCharacterInTheFrontMatterIsReportedWhereItIs() {
        #expect(TestSite.parseReport(TestSite.article(extra: "author: \"Nguyệt \u{1B}[2JThu\"\n")) == #"""
            content/articles/2023/lam-ha.md:5:17: error: YAML could not be read: control characters are not allowed (U+001B) [yaml-syntax]
                5 | author: "Nguyệt \u{1B}[2JThu"
                  |                 ^~~~~~
               hint: remove the control character; YAML allows only tabs and line breaks in text

            """#)
    }
}

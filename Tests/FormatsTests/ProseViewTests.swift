@testable import Formats
import TextCore
import Testing

/// The prose view of each format, block by block (opaque stretches in ⟪ ⟫), and where its
/// text lies in the file.
@Suite struct ProseViewTests {
    // MARK: Markdown

    @Test func markdownBlocksAndWhatIsLeftOut() throws {
        let page = """
        ---
        title: "Budget: the talks"
        description: The talks resume in Brussels.
        weight: 10
        ---
        # The budget budget talks resume {#talks}

        > quoted *emph* text &amp; more\\
        > second line `code  x` end [link text](http://x.y "t") and ![alt](i.png)

        - item one
        - item **two**
          continued &eacute;

        | a | b |
        |---|---|
        | cell 1 | cell *2* |

        {{< note >}}
        Shortcode body with {{< glossary_tooltip text="cluster" term_id="cluster" >}} inside.
        {{< /note >}}

        ```bash
        $ echo "hello"  world
        ```

        <div class="x">An HTML block is not prose.</div>

        [ref]: https://example.org "A reference definition"
        """
        let (_, rendered) = try proseView(page, .markdown)
        #expect(rendered == [
            "heading Budget: the talks",
            "caption The talks resume in Brussels.",
            "heading The budget budget talks resume ⟪{#talks}⟫",
            "paragraph quoted emph text & more\nsecond line ⟪code  x⟫ end link text and alt",
            "list-item item one",
            "list-item item two\ncontinued é",
            "table-cell a", "table-cell b", "table-cell cell 1", "table-cell cell 2",
            "paragraph ⟪{{< note >}}⟫\nShortcode body with ⟪{{< glossary_tooltip text=\"cluster\" term_id=\"cluster\" >}}⟫ inside.\n⟪{{< /note >}}⟫",
            "code ```bash\n$ echo \"hello\"  world\n```",
        ])
    }

    @Test func markdownPositionsLeadIntoTheFile() throws {
        let page = "Intro with *emph*, a [link](https://a.b/c \"title\") and &amp; here.\r\n\r\n# Heading\r\n"
        let (view, _) = try proseView(page, .markdown)
        for needle in ["emph", "link", "here.", "Heading"] {
            let range = try #require(proseRange(of: needle, in: view))
            #expect(originalText(page, view, range) == needle)
        }
        // A decoded entity stands for the whole reference.
        let ampersand = try #require(proseRange(of: "&", in: view))
        #expect(originalText(page, view, ampersand) == "&amp;")
    }

    /// An autolink has no `](…)` after its text: the text after it keeps its place (it was
    /// mapped to an empty range at the block's end, and `translint fix` put a space there).
    @Test func textAfterAnAutolinkKeepsItsPlace() throws {
        for page in ["See [the link](http://x.org/a  b) after.\n", "Visit https://x.org/a now and then.\n", "An <https://x.org/a> and then.\n"] {
            let (view, _) = try proseView(page, .markdown)
            for needle in ["then.", "after."] where page.contains(needle) {
                let range = try #require(proseRange(of: needle, in: view))
                #expect(originalText(page, view, range) == needle, "\(page)")
            }
        }
    }

    @Test func markdownHeadingsOfFiveAndFifteenWordsAreProse() throws {
        let five = "# The budget budget talks resume\n"
        let fifteen = "# The finance ministers of the member states met again in Brussels on Monday to resume budget talks\n"
        #expect(try proseView(five, .markdown).rendered == ["heading The budget budget talks resume"])
        #expect(try proseView(fifteen, .markdown).rendered == ["heading The finance ministers of the member states met again in Brussels on Monday to resume budget talks"])
    }

    @Test func markdownWithAByteOrderMarkAndAstralCharacters() throws {
        // The byte-order mark is gone once the file is decoded; astral characters take two units.
        let page = "😀 Emoji 𝒳 before *the* word.\n"
        let (view, rendered) = try proseView(page, .markdown)
        #expect(rendered == ["paragraph 😀 Emoji 𝒳 before the word."])
        let range = try #require(proseRange(of: "word", in: view))
        #expect(originalText(page, view, range) == "word")
    }

    @Test func mdxImportsComponentsAndExpressions() throws {
        let page = """
        import Tabs from '../components/Tabs.astro';

        <Tabs>
        ```sh
        npm install  astro
        ```
        </Tabs>

        Hello {frontmatter.name}, welcome <Badge text="new" />.
        """
        let (_, rendered) = try proseView(page, .markdown, fileName: "page.mdx")
        #expect(rendered == [
            "paragraph ⟪import Tabs from '../components/Tabs.astro';⟫",
            "code ```sh\nnpm install  astro\n```",
            "paragraph Hello ⟪{frontmatter.name}⟫, welcome ⟪<Badge text=\"new\" />⟫.",
        ])
    }

    /// The text of tags' `alt`, `caption`, `aria-label` and `placeholder` attributes, in HTML
    /// blocks and in MDX component lines, is a caption each, mapped to its place in the file;
    /// `title`, JSX expressions and tags shown in code blocks are not text.
    @Test func attributeTextOfHTMLBlocksAndComponents() throws {
        let markdown = """
        Intro.

        <img src="a.png" alt="A chef in the kitchen" title="Linked page" />

        <Diagram name="x" alt={caption} />

        End.
        """
        let (view, rendered) = try proseView(markdown, .markdown, fileName: "page.md")
        #expect(rendered == ["paragraph Intro.", "caption A chef in the kitchen", "paragraph End."])
        let alt = try #require(proseRange(of: "A chef", in: view))
        #expect(originalText(markdown, view, TextRange(start: alt.start, length: 21)) == "A chef in the kitchen")
        let mdx = """
        Intro.

        <Illustration caption="Render" alt='The card is served.' src="/a.png" />

        ```jsx
        <Illustration alt="Code, not text" />
        ```
        """
        let (_, components) = try proseView(mdx, .markdown, fileName: "page.mdx")
        #expect(components == ["paragraph Intro.", "caption Render", "caption The card is served.", "code ```jsx\n<Illustration alt=\"Code, not text\" />\n```"])
    }

    // MARK: HTML

    @Test func htmlBlocksInlineAndSkippedElements() throws {
        let page = """
        <!DOCTYPE html>
        <html lang="fr"><head><title>Le budget &amp; la dette</title>
        <meta name="description" content="Les négociations reprennent.">
        <script>var x = "a  b";</script><style>p{}</style></head>
        <body><h1>Les  négociations   budgétaires</h1>
        <p>Le ministre a déclaré&nbsp;: «&nbsp;Non.&nbsp;» <em>Voté</em>
           demain. <code>a.b()</code> <img src="x.png" alt="Le Parlement"></p>
        <p lang="en">This stays in English.</p>
        <p translate="no">Marque déposée</p>
        <pre>code  block</pre>
        <ul><li>un</li><li>deux<br>trois</li></ul>
        </body></html>
        """
        let (view, rendered) = try proseView(page, .html)
        #expect(view.declaredLanguage?.identifier == "fr")
        #expect(rendered == [
            "heading Le budget & la dette",
            "caption Les négociations reprennent.",
            "heading Les négociations budgétaires",
            "paragraph Le ministre a déclaré\u{A0}: «\u{A0}Non.\u{A0}» Voté demain. ⟪<code>a.b()</code>⟫",
            "caption Le Parlement",
            "paragraph:en This stays in English.",
            "code <pre>code  block</pre>",
            "list-item un",
            "list-item deux\ntrois",
        ])
        let range = try #require(proseRange(of: "Voté", in: view))
        #expect(originalText(page, view, range) == "Voté")
        let space = try #require(proseRange(of: "\u{A0}:", in: view))
        #expect(originalText(page, view, TextRange(start: space.start, length: 1)) == "&nbsp;")
    }

    @Test func htmlHardWrappedChineseHasNoSpaces() throws {
        let page = "<html lang=\"zh\"><body><p>监测数据显示，南方\n省份哨点医院</p></body></html>"
        #expect(try proseView(page, .html).rendered == ["paragraph 监测数据显示，南方省份哨点医院"])
    }

    // MARK: XLIFF

    @Test func xliff12UnitsAndInlineCodes() throws {
        let file = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
          <file source-language="en" target-language="fr" datatype="plaintext" original="x">
            <body>
              <trans-unit id="1"><source>The &amp; budget</source><target state="translated">Le <g id="1">budget</g> &amp; la <x id="2"/>dette %s</target></trans-unit>
              <trans-unit id="2"><source>Missing</source></trans-unit>
              <trans-unit id="3"><source>New one</source><target state="new">Nouveau</target></trans-unit>
              <trans-unit id="4"><source>Empty</source><target/></trans-unit>
              <trans-unit id="5"><source>Data</source><target><![CDATA[Les <b>données</b>]]></target>
                <alt-trans><target>Ignorer</target></alt-trans></trans-unit>
              <trans-unit id="6" translate="no"><source>ACME</source></trans-unit>
            </body>
          </file>
        </xliff>
        """
        let (view, rendered) = try proseView(file, .xliff)
        #expect(rendered == ["segment Le budget & la ⟪<x id=\"2\"/>⟫dette ⟪%s⟫", "segment Nouveau", "segment Les ⟪<b>⟫données⟪</b>⟫"])
        #expect(view.units.map { "\($0.id) \($0.status.rawValue)" } == ["1 translated", "2 missing", "3 unfinished", "4 missing", "5 translated"])
        #expect(view.declaredLanguage?.identifier == "fr")
        #expect(view.sourceLanguage?.identifier == "en")
        #expect(originalText(file, view, try #require(proseRange(of: "dette", in: view))) == "dette")
        #expect(originalText(file, view, try #require(proseRange(of: "données", in: view))) == "données")
    }

    @Test func xliff20SegmentsAndStates() throws {
        let file = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">
          <file id="f1">
            <unit id="u1">
              <segment state="translated"><source>Hello <ph id="1"/> world</source><target>Hallo <ph id="1"/> Welt</target></segment>
              <segment state="initial"><source>Second</source><target>Zweite</target></segment>
            </unit>
            <unit id="u2"><segment><source>Lost</source></segment></unit>
          </file>
        </xliff>
        """
        let (view, rendered) = try proseView(file, .xliff)
        #expect(rendered == ["segment Hallo ⟪<ph id=\"1\"/>⟫ Welt", "segment Zweite"])
        #expect(view.units.map { "\($0.id) \($0.status.rawValue) \($0.state ?? "-")" } == ["u1 translated translated", "u1 unfinished initial", "u2 missing -"])
    }

    @Test func symfonyPluralVariantsAreBlocksOfTheirOwn() throws {
        let file = """
        <?xml version="1.0"?><xliff version="1.2"><file source-language="en" target-language="fr"><body>
        <trans-unit id="n"><source>{0} No file|{1} One file|]1,Inf[ %count% files</source><target>{0} Aucun fichier|{1} Un fichier|]1,Inf[ %count% fichiers</target></trans-unit>
        </body></file></xliff>
        """
        let (_, rendered) = try proseView(file, .xliff)
        #expect(rendered == ["segment ⟪{0}⟫ Aucun fichier", "segment ⟪{1}⟫ Un fichier", "segment ⟪]1,Inf[⟫ ⟪%count%⟫ fichiers"])
    }

    @Test func malformedXLIFFIsAnErrorWithItsPlace() {
        #expect(throws: FormatError.self) { try DocumentReader.prose(of: Array("<xliff version=\"1.2\"><file><body></file>".utf16), format: .xliff) }
        do {
            _ = try DocumentReader.prose(of: Array("<xliff version=\"1.2\">\n<file><body></file>".utf16), format: .xliff)
        } catch {
            #expect(error.line == 2)
            #expect(error.column > 0)
            #expect(error.description.contains("not a well-formed XLIFF file"))
        }
    }

    // MARK: PO

    @Test func poTranslationsPluralsAndStates() throws {
        let file = """
        # French translations.
        msgid ""
        msgstr ""
        "Language: fr\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
        "Plural-Forms: nplurals=2; plural=(n > 1);\\n"

        #, c-format
        msgid "Deleted %d files."
        msgstr "%d fichiers "
        "supprimés\\n"

        #, fuzzy
        msgid "Budget"
        msgstr "Budget du \\"budget\\""

        msgid "Untranslated"
        msgstr ""

        msgid "One file"
        msgid_plural "%d files"
        msgstr[0] "Un fichier"
        msgstr[1] "%d fichiers"

        #~ msgid "Old"
        #~ msgstr "Vieux"
        """
        let (view, rendered) = try proseView(file, .po)
        #expect(rendered == ["segment ⟪%d⟫ fichiers supprimés", "segment Budget du \"budget\"", "segment Un fichier", "segment ⟪%d⟫ fichiers"])
        #expect(view.units.map { "\($0.id) \($0.status.rawValue)" } == ["Deleted %d files. translated", "Budget unfinished", "Untranslated missing", "One file translated"])
        #expect(view.declaredLanguage?.identifier == "fr")
        // An escape stands for the unit it decodes to; a string split over lines joins up.
        let quote = try #require(proseRange(of: "\"budget", in: view))
        #expect(originalText(file, view, TextRange(start: quote.start, length: 1)) == "\\\"")
        #expect(originalText(file, view, try #require(proseRange(of: "supprimés", in: view))) == "supprimés")
    }

    @Test func malformedPOIsAnErrorWithItsLine() {
        do {
            _ = try DocumentReader.prose(of: Array("msgid \"a\"\nmsgstr \"b\nmsgid x".utf16), format: .po)
            Issue.record("a malformed PO file was read")
        } catch {
            #expect(error.line == 3)
            #expect(error.description.contains("not a well-formed PO file"))
        }
    }

    // MARK: Placeholders

    @Test func placeholdersOfSoftwareStrings() {
        func opaque(_ text: String) -> [String] {
            let units = Array(text.utf16)
            return Placeholders.ranges(in: units, printf: true, python: true, braces: true).map { String(decoding: units[$0.start..<$0.end], as: UTF16.self) }
        }
        #expect(opaque("%s of %1$d and %(name)s, 100%% done, %count% files, %sure") == ["%s", "%1$d", "%(name)s", "%%", "%count%"])
        #expect(opaque("50% off, 100 % sure") == [])
        #expect(opaque("{name} and {{ count }} and {count, plural, one {# file} other {# files}}") == ["{name}", "{{ count }}", "{count, plural, one {# file} other {# files}}"])
        #expect(opaque("a <b>bold</b> word and <br/>") == ["<b>", "</b>", "<br/>"])
        #expect(opaque("{ a long brace that is prose }") == [])
    }
}

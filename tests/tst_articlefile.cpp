#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"

#include <QTest>

using namespace feder;

namespace {

QByteArray utf8(const char *text)
{
    return QByteArray(text);
}

// Parses and expects an ArticleFileError; returns "line: message".
QString errorOf(const QByteArray &bytes)
{
    try {
        ArticleFile::parse(bytes, QStringLiteral("a.md"));
    } catch (const ArticleFileError &error) {
        return QStringLiteral("%1: %2").arg(error.line()).arg(error.message());
    }
    return QStringLiteral("no error");
}

} // namespace

class TestArticleFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsEveryField()
    {
        const ParsedArticleFile parsed = ArticleFile::parse(utf8(
            "---\n"
            "title: Was wir gelernt haben\n"
            "author: Miriam Vogt\n"
            "role: Digital Transformation Lead, Public Sector, Western Europe\n"
            "category: Öffentliche Verwaltung\n"
            "language: de-AT\n"
            "status: review\n"
            "excerpt: Anreißer mit Ende […]\n"
            "teaser_image: images/bild.png\n"
            "teaser_alt: Beschreibung des Bildes\n"
            "seo_title: SEO-Titel\n"
            "seo_description: Beschreibung für Suchmaschinen\n"
            "related: [andere-slug, noch-ein-slug]\n"
            "---\n"
            "::: pullquote\n„Ein Zitat.“\n:::\n\nAbsatz\n"), QStringLiteral("a.md"));
        const Article &a = parsed.article;
        QCOMPARE(a.title, QStringLiteral("Was wir gelernt haben"));
        QCOMPARE(a.slug, QStringLiteral("was-wir-gelernt-haben"));
        QCOMPARE(a.author, QStringLiteral("Miriam Vogt"));
        QCOMPARE(a.role, QStringLiteral("Digital Transformation Lead, Public Sector, Western Europe"));
        QCOMPARE(a.category, QStringLiteral("Öffentliche Verwaltung"));
        QCOMPARE(a.language, QStringLiteral("de-AT"));
        QCOMPARE(a.status, QStringLiteral("review"));
        QCOMPARE(a.excerpt, QStringLiteral("Anreißer mit Ende […]"));
        QCOMPARE(parsed.teaserImage, QStringLiteral("images/bild.png"));
        QCOMPARE(parsed.teaserImageLine, 9);
        QCOMPARE(a.teaserAlt, QStringLiteral("Beschreibung des Bildes"));
        QCOMPARE(a.seoTitle, QStringLiteral("SEO-Titel"));
        QCOMPARE(a.seoDescription, QStringLiteral("Beschreibung für Suchmaschinen"));
        QCOMPARE(a.related, (QStringList{QStringLiteral("andere-slug"), QStringLiteral("noch-ein-slug")}));
        QCOMPARE(a.body, QStringLiteral("::: pullquote\n„Ein Zitat.“\n:::\n\nAbsatz\n"));
        QVERIFY(parsed.warnings.isEmpty());
    }

    void defaultsAndDerivedSlug()
    {
        const ParsedArticleFile parsed = ArticleFile::parse(utf8("---\ntitle: Größe zählt\n---\n"), QStringLiteral("a.md"));
        QCOMPARE(parsed.article.slug, QStringLiteral("groesse-zaehlt"));
        QCOMPARE(parsed.article.language, QStringLiteral("de-DE"));
        QCOMPARE(parsed.article.status, QStringLiteral("draft"));
        QCOMPARE(parsed.article.body, QString());
    }

    void keepsUnknownKeysAndWarns()
    {
        const QByteArray text = utf8("---\ntitle: T\nschlagworte: [Cloud, Verwaltung]\nintern:\n  ticket: 42\n---\nText\n");
        const ParsedArticleFile parsed = ArticleFile::parse(text, QStringLiteral("a.md"));
        QCOMPARE(parsed.warnings.size(), 2);
        QVERIFY(parsed.warnings.first().startsWith(QStringLiteral("a.md:3: unknown front-matter key 'schlagworte'")));
        const QByteArray written = ArticleFile::write(parsed.article);
        QVERIFY2(written.contains("schlagworte"), written.constData());
        QVERIFY(written.contains("ticket: 42"));
        // The canonical text is a fixed point.
        QCOMPARE(ArticleFile::write(ArticleFile::parse(written, QStringLiteral("b.md")).article), written);
    }

    void writesCanonicalTextThatReadsBackIdentically_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::newRow("full") << utf8("---\ntitle: 'Titel: mit Doppelpunkt'\nauthor: \"Dr. Felix #1\"\nexcerpt: >\n  Zwei\n  Zeilen […]\n"
                                      "related: [a-b]\nextra: {x: 1, y: [1, 2]}\n---\nKörper\r\nmit CRLF\n");
        QTest::newRow("quotes") << utf8("---\ntitle: „Oh, das ist bestimmt schwierig.“\nteaser_alt: \"'einfach' und \\\"doppelt\\\"\"\n---\n");
        QTest::newRow("yaml words") << utf8("---\ntitle: 'yes'\nauthor: 'null'\ncategory: '2024'\n---\nx");
        QTest::newRow("multi-line") << utf8("---\ntitle: T\nseo_description: |\n  Zeile eins\n  Zeile zwei\n---\n");
        QTest::newRow("body starts blank") << utf8("---\ntitle: T\n---\n\n\n# Kopf\n\n");
    }
    void writesCanonicalTextThatReadsBackIdentically()
    {
        QFETCH(QByteArray, source);
        const Article first = ArticleFile::parse(source, QStringLiteral("a.md")).article;
        const QByteArray written = ArticleFile::write(first);
        const Article second = ArticleFile::parse(written, QStringLiteral("b.md")).article;
        QCOMPARE(second.title, first.title);
        QCOMPARE(second.author, first.author);
        QCOMPARE(second.excerpt, first.excerpt);
        QCOMPARE(second.teaserAlt, first.teaserAlt);
        QCOMPARE(second.seoDescription, first.seoDescription);
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.related, first.related);
        QCOMPARE(ArticleFile::write(second), written);
    }

    void normalisesLineEndingsAndBom()
    {
        const ParsedArticleFile parsed =
            ArticleFile::parse(utf8("\xEF\xBB\xBF---\r\ntitle: T\r\n---\r\nA\r\nB\r\n"), QStringLiteral("a.md"));
        QCOMPARE(parsed.article.title, QStringLiteral("T"));
        QCOMPARE(parsed.article.body, QStringLiteral("A\nB\n"));
    }

    void reportsErrorsWithLines_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid utf-8 in body")
            << utf8("---\ntitle: T\n---\nok\nkaputt \xC3\x28 hier\n") << QStringLiteral("5: invalid UTF-8");
        QTest::newRow("invalid utf-8 in front matter")
            << utf8("---\ntitle: \xFF\n---\n") << QStringLiteral("2: invalid UTF-8");
        QTest::newRow("no front matter") << utf8("# Nur Text\n")
            << QStringLiteral("1: missing front matter: the file must start with a '---' line, then at least 'title:', then '---'");
        QTest::newRow("unterminated") << utf8("---\ntitle: T\nText ohne Ende\n")
            << QStringLiteral("1: unterminated front matter: no closing '---' line");
        QTest::newRow("malformed yaml") << utf8("---\ntitle: T\nauthor: [kaputt\n---\n")
            << QStringLiteral("3: invalid front matter: end of sequence flow not found");
        QTest::newRow("bad indentation") << utf8("---\ntitle: T\n  author: x\n---\n")
            << QStringLiteral("3: invalid front matter: illegal map value");
        QTest::newRow("empty front matter") << utf8("---\n---\nText\n")
            << QStringLiteral("2: missing title: the front matter is empty");
        QTest::newRow("missing title") << utf8("---\nauthor: A\n---\n")
            << QStringLiteral("2: missing title: the front matter needs 'title:'");
        QTest::newRow("title not text") << utf8("---\ntitle: [a, b]\n---\n") << QStringLiteral("2: 'title' must be text");
        QTest::newRow("unknown status") << utf8("---\ntitle: T\nstatus: fertig\n---\n")
            << QStringLiteral("3: unknown status 'fertig' (use one of: draft, review, revision, approved, published)");
        QTest::newRow("unknown language") << utf8("---\ntitle: T\n\nlanguage: de\n---\n")
            << QStringLiteral("4: unknown language 'de' (use one of: de-DE, de-AT, de-CH, en-US)");
        QTest::newRow("duplicate key") << utf8("---\ntitle: T\ntitle: U\n---\n") << QStringLiteral("3: 'title' appears twice");
        QTest::newRow("bad slug") << utf8("---\ntitle: T\nslug: ../../etc/passwd\n---\n")
            << QStringLiteral("3: invalid slug '../../etc/passwd': use lower-case letters a-z, digits and single hyphens");
        QTest::newRow("related not a list") << utf8("---\ntitle: T\nrelated: einzeln\n---\n")
            << QStringLiteral("3: 'related' must be a list of slugs, e.g. [slug-a, slug-b]");
        QTest::newRow("not a mapping") << utf8("---\n- a\n- b\n---\n")
            << QStringLiteral("2: the front matter must be a list of 'key: value' lines");
        QTest::newRow("nul byte") << utf8("---\ntitle: T\n---\n") + QByteArray("a\0b", 3)
            << QStringLiteral("4: the file contains a NUL character (not a text file?)");
    }
    void reportsErrorsWithLines()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        QCOMPARE(errorOf(source), expected);
    }

    void errorPrintsAsFileLineMessage()
    {
        try {
            ArticleFile::parse(utf8("---\ntitle: T\nstatus: x\n---\n"), QStringLiteral("texte/a.md"));
            QFAIL("expected an error");
        } catch (const ArticleFileError &error) {
            QVERIFY(error.toString().startsWith(QStringLiteral("texte/a.md:3: unknown status 'x'")));
        }
    }

    void assetReferences()
    {
        const QString sha = QStringLiteral("a").repeated(64);
        QCOMPARE(ArticleFile::sha256FromAssetReference(ArticleFile::assetReference(sha)), sha);
        QCOMPARE(ArticleFile::sha256FromAssetReference(QStringLiteral("images/a.png")), QString());
        QCOMPARE(ArticleFile::sha256FromAssetReference(QStringLiteral("asset:xyz")), QString());
    }
};

QTEST_GUILESS_MAIN(TestArticleFile)
#include "tst_articlefile.moc"

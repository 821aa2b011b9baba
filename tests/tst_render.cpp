#include "TestSupport.h"
#include "import/Importer.h"
#include "page/PageAssembly.h"
#include "render/ArticlePage.h"
#include "render/BlockPatch.h"
#include "render/BodyRenderer.h"
#include "render/HtmlSanitizer.h"
#include "render/Template.h"
#include "render/UrlPolicy.h"
#include "store/Store.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

namespace {

QString bodyHtml(const QString &markdown)
{
    BodyRenderer renderer;
    return BodyRenderer::join(renderer.render(markdown), false);
}

// Nothing executable may survive: no script-ish elements, no on* handlers, no script URLs.
void verifyInert(const QString &html)
{
    static const QRegularExpression forbidden(
        QStringLiteral("<\\s*(script|iframe|object|embed|form|style|svg|meta|link|base)\\b|<[^>]*\\son[a-z]+\\s*=|"
                       "<[^>]*(javascript|vbscript|data:text)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = forbidden.match(html);
    QVERIFY2(!match.hasMatch(), qPrintable(QStringLiteral("found '%1' in: %2").arg(match.captured(0), html)));
}

} // namespace

class TestRender : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rendersGfm()
    {
        const QString html = bodyHtml(QStringLiteral(
            "## Überschrift\n\nText mit ~~Streichung~~ und https://example.org.\n\n"
            "| A | B |\n| --- | ---: |\n| 1 | 2 |\n\n- [x] erledigt\n- [ ] offen\n"));
        QVERIFY(html.contains(QStringLiteral("<h2>Überschrift</h2>")));
        QVERIFY(html.contains(QStringLiteral("<del>Streichung</del>")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"https://example.org\">https://example.org</a>")));
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(html.contains(QStringLiteral("<td align=\"right\">2</td>")));
        QVERIFY(html.contains(QStringLiteral("<input type=\"checkbox\" disabled=\"\" checked=\"\">")));
        QVERIFY(html.contains(QStringLiteral("„")) || !html.contains(QStringLiteral("&bdquo;")));
    }

    void keepsGermanQuotesUntouched()
    {
        QCOMPARE(bodyHtml(QStringLiteral("„Oh, das ist bestimmt schwierig.“ – ‚gut‘")),
                 QStringLiteral("<p>„Oh, das ist bestimmt schwierig.“ – ‚gut‘</p>\n"));
    }

    void groupsContainersIntoOneBlock()
    {
        BodyRenderer renderer;
        const QList<RenderedBlock> blocks = renderer.render(QStringLiteral(
            "::: pullquote\n„Ein Zitat.“\n:::\n\nAbsatz eins.\n\n::: cta\n### Kostenloses E-Book\nEin Satz. [Jetzt lesen](https://example.org/)\n:::\n"));
        QCOMPARE(blocks.size(), 3);
        QCOMPARE(blocks.at(0).firstLine, 1);
        QCOMPARE(blocks.at(0).lastLine, 3);
        QCOMPARE(blocks.at(0).html, QStringLiteral("<aside class=\"pullquote\"><p>„Ein Zitat.“</p>\n</aside>\n"));
        QCOMPARE(blocks.at(1).firstLine, 5);
        QCOMPARE(blocks.at(2).firstLine, 7);
        QVERIFY(blocks.at(2).html.startsWith(QStringLiteral("<aside class=\"cta\"><h3>Kostenloses E-Book</h3>")));
        QVERIFY(blocks.at(2).html.contains(QStringLiteral("<a href=\"https://example.org/\">Jetzt lesen</a>")));
        QVERIFY(!blocks.at(2).html.contains(QStringLiteral(":::")));
    }

    void unclosedContainerRunsToTheEnd()
    {
        BodyRenderer renderer;
        const auto blocks = renderer.render(QStringLiteral("Vorher.\n\n::: cta\nOffen\n\nNoch offen"));
        QCOMPARE(blocks.size(), 2);
        QVERIFY(blocks.at(1).html.contains(QStringLiteral("Noch offen")));
    }

    void patchTouchesOnlyTheChangedBlock()
    {
        QString text;
        for (int i = 0; i < 50; ++i)
            text += QStringLiteral("Absatz %1 mit etwas Text.\n\n").arg(i);
        BodyRenderer renderer;
        const auto before = renderer.render(text);
        QString edited = text;
        edited.replace(QStringLiteral("Absatz 20 mit"), QStringLiteral("Absatz 20 jetzt mit"));
        const auto after = renderer.render(edited);
        const BlockPatch patch = BlockPatch::between(before, after);
        QCOMPARE(patch.start, 20);
        QCOMPARE(patch.removeCount, 1);
        QCOMPARE(patch.inserted.size(), 1);
        QVERIFY(patch.lineUpdates.isEmpty());
        QCOMPARE(patch.applyTo(before).size(), after.size());

        // A new line above shifts the lines of everything below, and nothing else.
        const auto shifted = renderer.render(QStringLiteral("Neu.\n\n") + edited);
        const BlockPatch insert = BlockPatch::between(after, shifted);
        QCOMPARE(insert.start, 0);
        QCOMPARE(insert.removeCount, 0);
        QCOMPARE(insert.inserted.size(), 1);
        QCOMPARE(insert.lineUpdates.size(), 50);
        const auto applied = insert.applyTo(after);
        for (int i = 0; i < applied.size(); ++i) {
            QCOMPARE(applied.at(i).key, shifted.at(i).key);
            QCOMPARE(applied.at(i).firstLine, shifted.at(i).firstLine);
        }
        QVERIFY(BlockPatch::between(shifted, shifted).isEmpty());
    }

    void sanitizesHostileMarkdown_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("mustContain");
        QTest::newRow("script block") << QStringLiteral("<script>alert(1)</script>\n\nText") << QStringLiteral("Text");
        QTest::newRow("inline script") << QStringLiteral("a <script>alert(1)</script> b") << QStringLiteral("a");
        QTest::newRow("event handler") << QStringLiteral("<img src=x onerror=alert(1)>") << QStringLiteral("<img src=\"x\"");
        QTest::newRow("event on span") << QStringLiteral("<span onclick=\"alert(1)\" title=\"t\">x</span>") << QStringLiteral("<span title=\"t\">x</span>");
        QTest::newRow("javascript link") << QStringLiteral("[klick](javascript:alert(1))") << QStringLiteral(">klick</a>");
        QTest::newRow("obfuscated javascript") << QStringLiteral("<a href=\"java&#x09;script:alert(1)\">x</a>") << QStringLiteral(">x</a>");
        QTest::newRow("raw javascript link") << QStringLiteral("<a href=\"JaVaScRiPt:alert(1)\">x</a>") << QStringLiteral(">x</a>");
        QTest::newRow("data html link") << QStringLiteral("[x](data:text/html;base64,PHNjcmlwdD4=)") << QStringLiteral(">x</a>");
        QTest::newRow("iframe") << QStringLiteral("<iframe src=\"https://evil.example\"></iframe>Rest") << QStringLiteral("Rest");
        QTest::newRow("object embed") << QStringLiteral("<object data=x></object><embed src=y>Rest") << QStringLiteral("Rest");
        QTest::newRow("form") << QStringLiteral("<form action=x><input name=a><button>Los</button></form>Rest") << QStringLiteral("Rest");
        QTest::newRow("style element") << QStringLiteral("<style>body{display:none}</style>Rest") << QStringLiteral("Rest");
        QTest::newRow("style attribute") << QStringLiteral("<p style=\"background:url(javascript:x)\">Rest</p>") << QStringLiteral("<p>Rest</p>");
        QTest::newRow("svg") << QStringLiteral("<svg><script>alert(1)</script></svg>Rest") << QStringLiteral("Rest");
        QTest::newRow("meta refresh") << QStringLiteral("<meta http-equiv=refresh content=\"0;url=https://evil\">Rest") << QStringLiteral("Rest");
        QTest::newRow("broken tag soup") << QStringLiteral("<div><p <script>alert(1)</script>>x</div>") << QStringLiteral("x");
        QTest::newRow("data image allowed") << QStringLiteral("![punkt](data:image/png;base64,iVBORw0KGgo=)") << QStringLiteral("src=\"data:image/png;base64,iVBORw0KGgo&#61;\"");
        QTest::newRow("data svg refused") << QStringLiteral("![x](data:image/svg+xml;base64,PHN2Zz4=)") << QStringLiteral("<p></p>");
        QTest::newRow("remote image placeholder") << QStringLiteral("![Logo](https://cdn.example.org/logo.png)")
                                                  << QStringLiteral("Externes Bild (nicht geladen): Logo – https://cdn.example.org/logo.png");
        QTest::newRow("allowed html kept") << QStringLiteral("H<sub>2</sub>O und <abbr title=\"Datenschutz-Grundverordnung\">DSGVO</abbr>")
                                           << QStringLiteral("<abbr title=\"Datenschutz-Grundverordnung\">DSGVO</abbr>");
    }
    void sanitizesHostileMarkdown()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, mustContain);
        const QString html = bodyHtml(markdown);
        verifyInert(html);
        QVERIFY(!html.contains(QStringLiteral("alert(1)")) || html.contains(QStringLiteral("&lt;")));
        QVERIFY2(html.contains(mustContain), qPrintable(html));
        QVERIFY2(!html.contains(QStringLiteral("<img src=\"http")), qPrintable(html));
    }

    // The placeholders are part of the published page: the article's language, not the UI's.
    void imagePlaceholdersFollowTheArticleLanguage()
    {
        const QString markdown = QStringLiteral("![Logo](https://cdn.example.org/logo.png)\n\n![Karte](bilder/karte.png)");
        const auto outsideTheStore = [](const QString &) { return QString(); };
        BodyRenderer austrian(outsideTheStore, QStringLiteral("de-AT"));
        const QString german = BodyRenderer::join(austrian.render(markdown), false);
        QVERIFY2(german.contains(QStringLiteral("Externes Bild (nicht geladen): Logo")), qPrintable(german));
        QVERIFY2(german.contains(QStringLiteral("Bild nicht im Speicher: Karte")), qPrintable(german));

        BodyRenderer renderer(outsideTheStore, QStringLiteral("en-US"));
        const QString english = BodyRenderer::join(renderer.render(markdown), false);
        QVERIFY2(english.contains(QStringLiteral("External image (not loaded): Logo")), qPrintable(english));
        QVERIFY2(english.contains(QStringLiteral("Image not in the store: Karte")), qPrintable(english));

        // A renderer kept across articles does not answer from blocks cached in the other language.
        renderer.setLanguage(QStringLiteral("de-DE"));
        QVERIFY(BodyRenderer::join(renderer.render(markdown), false).contains(QStringLiteral("Externes Bild")));
    }

    void urlPolicy()
    {
        QVERIFY(UrlPolicy::isSafeLink(QStringLiteral("https://example.org")));
        QVERIFY(UrlPolicy::isSafeLink(QStringLiteral("#abschnitt")));
        QVERIFY(UrlPolicy::isSafeLink(QStringLiteral("andere-seite.html")));
        QVERIFY(UrlPolicy::isSafeLink(QStringLiteral("mailto:redaktion@example.org")));
        QVERIFY(!UrlPolicy::isSafeLink(QStringLiteral(" javascript:alert(1)")));
        QVERIFY(!UrlPolicy::isSafeLink(QStringLiteral("file:///etc/passwd")));
        QVERIFY(!UrlPolicy::isSafeLink(QStringLiteral("data:text/html,x")));
        QVERIFY(UrlPolicy::isRemote(QStringLiteral("//cdn.example.org/x.png")));
        QVERIFY(!UrlPolicy::isRemote(QStringLiteral("bilder/x.png")));
    }

    void templateFillsInOnePass()
    {
        QCOMPARE(fillTemplate(QStringLiteral("<p>{{a}}</p>{{b}}"), {{QStringLiteral("a"), QStringLiteral("{{b}}")}, {QStringLiteral("b"), QStringLiteral("B")}}),
                 QStringLiteral("<p>{{b}}</p>B"));
    }

    void rendersTheWholePage()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("r.sqlite")), Store::Access::Create);
        test::writeFile(dir, QStringLiteral("img/a.png"), test::pngBytes());
        // Categories are created in this order: Fertigung, Bildungswesen, Öffentliche Verwaltung.
        test::writeFile(dir, QStringLiteral("in/1.md"), test::articleText(QStringLiteral(
            "title: Fabrik\ncategory: Fertigung\nexcerpt: Maschinen […]\nteaser_image: ../img/a.png\nteaser_alt: Eine Halle")));
        test::writeFile(dir, QStringLiteral("in/2.md"), test::articleText(QStringLiteral("title: Schule\ncategory: Bildungswesen")));
        test::writeFile(dir, QStringLiteral("in/3.md"), test::articleText(QStringLiteral(
            "title: \"<script>alert('t')</script> & Co\"\nauthor: \"Eve <img src=x onerror=alert(1)>\"\n"
            "role: Digital Transformation Lead, Public Sector, Western Europe\ncategory: Öffentliche Verwaltung\n"
            "related: [schule, fehlt-hier, fabrik]"),
            QStringLiteral("::: pullquote\n„Oh.“\n:::\n\n{{related}} Text\n")));
        Importer(*store).importPaths({dir.filePath(QStringLiteral("in"))});
        const Article article = *store->articles().findBySlug(QStringLiteral("script-alert-t-script-co"));
        const ArticlePageData data = PageAssembly::assemble(*store, article, [](const QString &sha) {
            return QStringLiteral("feder://asset/") + sha;
        });
        QCOMPARE(data.related.size(), 3);
        QCOMPARE(data.related.at(0).slug, QStringLiteral("fabrik"));   // Fertigung comes first in the store's order
        QCOMPARE(data.related.at(1).slug, QStringLiteral("schule"));
        QVERIFY(data.related.at(2).missing);

        BodyRenderer renderer;
        const QString html = ArticlePage::render(data, BodyRenderer::join(renderer.render(article.body), false), {});
        verifyInert(html.section(QStringLiteral("</style>"), 1)); // the template's own CSS is not content
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"de-DE\"")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; &amp; Co")) ||
                html.contains(QStringLiteral("&lt;script&gt;alert('t')&lt;/script&gt; &amp; Co")));
        QVERIFY(html.contains(QStringLiteral("<span class=\"author-role\">Digital Transformation Lead, Public Sector, Western Europe</span>")));
        QVERIFY(html.contains(QStringLiteral("<p class=\"reading-time\" id=\"feder-reading-time\">Lesezeit, 1 min.</p>")));
        QVERIFY(html.contains(QStringLiteral("<aside class=\"pullquote\"><p>„Oh.“</p>")));
        QVERIFY(html.contains(QStringLiteral("<p>{{related}} Text</p>")));
        const int fertigung = int(html.indexOf(QStringLiteral(">Fertigung</h3>")));
        const int bildung = int(html.indexOf(QStringLiteral(">Bildungswesen</h3>")));
        QVERIFY(fertigung > 0 && bildung > fertigung);
        QVERIFY(html.contains(QStringLiteral("alt=\"Eine Halle\"")));
        QVERIFY(html.contains(QStringLiteral("Maschinen […]")));
        QVERIFY(html.contains(QStringLiteral("fehlt: fehlt-hier")));
    }
};

QTEST_GUILESS_MAIN(TestRender)
#include "tst_render.moc"

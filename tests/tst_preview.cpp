#include "GuiTestMain.h"
#include "WindowParts.h"
#include "GuiTyping.h"
#include "PageProbe.h"
#include "TestSupport.h"
#include "editor/MarkdownEditor.h"
#include "article/ReadingTime.h"
#include "export/Exporter.h"
#include "import/Importer.h"
#include "library/ArticleListModel.h"
#include "mainwindow/MainWindow.h"
#include "preview/LocalOnlyInterceptor.h"
#include "preview/PreviewPage.h"
#include "preview/PreviewWidget.h"
#include "preview/SnapshotRenderer.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTranslator>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineView>

using namespace feder;
using feder::test::typeText;
using namespace feder::ui;
using feder::test::evaluate;

namespace {

QString longBody(int paragraphs)
{
    QString body = QStringLiteral("::: pullquote\n„Oh, das ist bestimmt schwierig.“\n:::\n\n");
    for (int i = 0; i < paragraphs; ++i)
        body += QStringLiteral("Absatz %1: Die Verwaltung der Stadt arbeitet an neuen digitalen Diensten für alle Menschen.\n\n").arg(i);
    return body;
}

// Types like a person: umlauts as text, line breaks as the Return key.
} // namespace

class TestPreview : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    PreviewWidget &preview() { return test::preview(*m_window); }
    QWebEnginePage *page() { return preview().view()->page(); }

    // Opens a window on one article and waits until its preview page is ready.
    void openArticle(const QString &frontMatter, const QString &body)
    {
        test::writeFile(*m_dir, QStringLiteral("in/a.md"), test::articleText(frontMatter, body));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("in"))});
        m_window = std::make_unique<MainWindow>(*m_store);
        m_window->resize(1400, 900);
        QSignalSpy loaded(&preview(), &PreviewWidget::pageLoaded);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(preview().isPageReady() || loaded.wait(20000));
    }

    QString bodyText() { return evaluate(page(), QStringLiteral("document.getElementById('feder-body').innerText")).toString(); }

    // Types and waits until the page reports the patch for the last keystroke.
    void typeAndWait(const QString &text)
    {
        QSignalSpy applied(&preview(), &PreviewWidget::updateApplied);
        typeText(&test::editor(*m_window), text);
        const QString lastLine = text.split(QLatin1Char('\n')).last().trimmed();
        QVERIFY(QTest::qWaitFor([&] { return !applied.isEmpty() && bodyText().contains(lastLine); }, 10000));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("p.sqlite")), Store::Access::Create);
    }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void showsTheArticlePage()
    {
        openArticle(QStringLiteral("title: Was wir gelernt haben\nauthor: Miriam Vogt\nrole: Digital Transformation Lead\ncategory: Öffentliche Verwaltung"),
                    longBody(3) + QStringLiteral("::: cta\n### Kostenloses E-Book\nEin Satz. [Jetzt lesen](https://example.org/)\n:::\n"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('h1').innerText")).toString(), QStringLiteral("Was wir gelernt haben"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('.author-role').innerText")).toString(), QStringLiteral("Digital Transformation Lead"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.getElementById('feder-reading-time').innerText")).toString(), QStringLiteral("Lesezeit, 1 min."));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('aside.pullquote').innerText.trim()")).toString(), QStringLiteral("„Oh, das ist bestimmt schwierig.“"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('aside.cta h3').innerText")).toString(), QStringLiteral("Kostenloses E-Book"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.documentElement.lang")).toString(), QStringLiteral("de-DE"));
    }

    // The heart of the preview: typing patches the page, it is never reloaded, and the reader's
    // scroll position stays where it was.
    void typingPatchesWithoutReload()
    {
        openArticle(QStringLiteral("title: Lang"), longBody(120));
        evaluate(page(), QStringLiteral("document.documentElement.setAttribute('data-marker', 'noch da'); window.scrollTo(0, 1500); 1"));
        const int scrollBefore = evaluate(page(), QStringLiteral("window.scrollY")).toInt();
        QVERIFY(scrollBefore > 1000);
        // Put the caret into the paragraph in the middle of the preview's viewport.
        const int line = evaluate(page(), QStringLiteral(
            "parseInt(document.elementFromPoint(200, window.innerHeight / 2).closest('.fb').getAttribute('data-line'))")).toInt();
        QVERIFY(line > 1);
        QTextCursor cursor(test::editor(*m_window).document()->findBlockByNumber(line - 1));
        cursor.movePosition(QTextCursor::EndOfBlock);
        test::editor(*m_window).setTextCursor(cursor);
        test::editor(*m_window).setFocus();

        typeAndWait(QStringLiteral(" Neuer Satz mitten im Text."));
        QCOMPARE(evaluate(page(), QStringLiteral("document.documentElement.getAttribute('data-marker')")).toString(), QStringLiteral("noch da"));
        QCOMPARE(evaluate(page(), QStringLiteral("window.scrollY")).toInt(), scrollBefore);
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelectorAll('#feder-body > .fb').length")).toInt(), 121);

        // Deleting a whole paragraph and adding new ones keeps the page in step with the editor.
        QTextCursor start(test::editor(*m_window).document()->findBlockByNumber(4));
        start.select(QTextCursor::BlockUnderCursor);
        start.removeSelectedText();
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.querySelectorAll('#feder-body > .fb').length")).toInt(), 120, 10000);
        test::editor(*m_window).moveCursor(QTextCursor::End);
        typeAndWait(QStringLiteral("\n\n## Neue Überschrift\n\nSchluss."));
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('#feder-body h2').innerText")).toString(), QStringLiteral("Neue Überschrift"));
        QCOMPARE(evaluate(page(), QStringLiteral("document.documentElement.getAttribute('data-marker')")).toString(), QStringLiteral("noch da"));
        // Every block's line number still points at its source line.
        const QString lines = evaluate(page(), QStringLiteral(
            "Array.from(document.querySelectorAll('#feder-body > .fb')).map(b => b.getAttribute('data-line')).join(',')")).toString();
        QStringList expected;
        const QTextDocument *doc = test::editor(*m_window).document();
        bool previousEmpty = true;
        for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
            const bool empty = b.text().trimmed().isEmpty();
            if (!empty && previousEmpty && !b.text().startsWith(QLatin1String("„")) && b.text() != QLatin1String(":::"))
                expected.append(QString::number(b.blockNumber() + 1));
            previousEmpty = empty;
        }
        QCOMPARE(lines, expected.join(QLatin1Char(',')));
    }

    void readingTimeFollowsTheText()
    {
        openArticle(QStringLiteral("title: Kurz"), QStringLiteral("Nur ein paar Worte.\n"));
        test::editor(*m_window).moveCursor(QTextCursor::End);
        QSignalSpy applied(&preview(), &PreviewWidget::updateApplied);
        test::editor(*m_window).insertPlainText(QStringLiteral("\nWort").repeated(250));
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.getElementById('feder-reading-time').innerText")).toString(),
                                  QStringLiteral("Lesezeit, 2 min."), 10000);
    }

    void hostileMarkdownRunsNothingAndFetchesNothing()
    {
        openArticle(QStringLiteral("title: \"<script>document.title='pwned'</script>Feind\"\nauthor: \"<img src=x onerror=alert(1)>\""),
                    QStringLiteral("<script>alert('body'); document.title = 'pwned';</script>\n\n"
                                   "<img src=\"https://tracker.example/pixel.gif\" onerror=\"alert(2)\">\n\n"
                                   "![Logo](https://cdn.example.org/logo.png)\n\n"
                                   "<iframe src=\"https://evil.example/\"></iframe>\n\n"
                                   "<p onclick=\"alert(3)\" style=\"background:url(https://evil.example/bg.png)\">Absatz</p>\n\n"
                                   "[Klick](javascript:alert(4)) und <a href=\"jav&#x61;script:alert(5)\">noch einer</a>\n\n"
                                   "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\"><object data=\"https://evil.example/x.swf\"></object>\n"));
        QTest::qWait(300); // give any stray request or script a chance to show itself
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("Feind")));
        QVERIFY(page()->title() != QLatin1String("pwned"));  // the body's script did not run
        QVERIFY(page()->title().startsWith(QLatin1String("<script>"))); // the title is shown as text
        QCOMPARE(preview().page()->suppressedDialogs(), 0);
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelectorAll('script, iframe, object, embed, link, style:not(head style)').length")).toInt(), 0);
        QCOMPARE(evaluate(page(), QStringLiteral(
            "Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length")).toInt(), 0);
        QCOMPARE(evaluate(page(), QStringLiteral(
            "Array.from(document.querySelectorAll('a')).filter(a => /^\\s*javascript:/i.test(a.getAttribute('href') || '')).length")).toInt(), 0);
        QVERIFY(bodyText().contains(QStringLiteral("https://cdn.example.org/logo.png"))); // the placeholder names the URL
        QVERIFY(preview().interceptor().blockedRequests().isEmpty());
    }

    // The walls behind the sanitiser: even HTML that skipped it can neither run nor fetch. Local
    // pages may not reach remote URLs at all; with that setting forced open for this test, the
    // request interceptor still blocks (and records) the request.
    void pageRunsNoScriptAndInterceptorBlocksRemoteRequests()
    {
        openArticle(QStringLiteral("title: T"), QStringLiteral("Text\n"));
        QSignalSpy loaded(page(), &QWebEnginePage::loadFinished);
        page()->setHtml(QStringLiteral("<html><body><script>document.title = 'pwned';</script>"
                                       "<img id=\"pixel\" src=\"https://tracker.example/first.gif\"></body></html>"),
                        QUrl(QStringLiteral("feder://page/raw")));
        QVERIFY(loaded.wait(10000));
        QTest::qWait(200);
        QCOMPARE(evaluate(page(), QStringLiteral("document.getElementById('pixel').naturalWidth")).toInt(), 0);
        QVERIFY(page()->title() != QLatin1String("pwned"));

    }

    // The interceptor on its own, on a page from an ordinary web origin: every request that is
    // not Feder's own is blocked and recorded.
    void interceptorBlocksEverythingButFeder()
    {
        QWebEngineProfile profile;
        LocalOnlyInterceptor interceptor;
        profile.setUrlRequestInterceptor(&interceptor);
        QWebEnginePage rawPage(&profile);
        QSignalSpy loaded(&rawPage, &QWebEnginePage::loadFinished);
        rawPage.setHtml(QStringLiteral("<html><body><img src=\"https://tracker.example/pixel.gif\">"
                                       "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\"></body></html>"),
                        QUrl(QStringLiteral("https://origin.example/")));
        QVERIFY(loaded.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(!interceptor.blockedRequests().isEmpty(), 5000);
        const QList<QUrl> blocked = interceptor.blockedRequests();
        QVERIFY(std::any_of(blocked.begin(), blocked.end(), [](const QUrl &url) { return url.host() == QLatin1String("tracker.example"); }));
        QVERIFY(std::none_of(blocked.begin(), blocked.end(), [](const QUrl &url) { return url.scheme() == QLatin1String("data"); }));
    }

    void clickedLinksOpenOutsideAndThePageStays()
    {
        openArticle(QStringLiteral("title: Links"), QStringLiteral("Hier ist [ein Link](https://example.org/ziel) im Text.\n"));
        QList<QUrl> opened;
        preview().page()->setExternalLinkHandler([&](const QUrl &url) { opened.append(url); });
        const QUrl before = page()->url();
        const QVariantList box = evaluate(page(), QStringLiteral(
            "var r = document.querySelector('#feder-body a').getBoundingClientRect(); [r.left + r.width / 2, r.top + r.height / 2]")).toList();
        QCOMPARE(box.size(), 2);
        QWidget *target = preview().view()->focusProxy();
        QVERIFY(target);
        const qreal zoom = page()->zoomFactor(); // CSS px to widget px (the desktop page is scaled to fit)
        QTest::mouseClick(target, Qt::LeftButton, {}, QPoint(int(box.at(0).toDouble() * zoom), int(box.at(1).toDouble() * zoom)));
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
        QCOMPARE(opened.first(), QUrl(QStringLiteral("https://example.org/ziel")));
        QTest::qWait(200);
        QCOMPARE(page()->url(), before);
    }

    void scrollSyncWorksBothWays()
    {
        openArticle(QStringLiteral("title: Sync"), longBody(150));
        QCOMPARE(evaluate(page(), QStringLiteral("window.scrollY")).toInt(), 0);
        // Editor → preview: the caret goes near the end, the preview follows.
        QTextCursor cursor(test::editor(*m_window).document()->findBlockByNumber(250));
        test::editor(*m_window).setTextCursor(cursor);
        QTRY_VERIFY_WITH_TIMEOUT(evaluate(page(), QStringLiteral("window.scrollY")).toInt() > 2000, 5000);
        const int shownLine = evaluate(page(), QStringLiteral(
            "parseInt(document.elementFromPoint(200, window.innerHeight / 2).closest('.fb').getAttribute('data-line'))")).toInt();
        QVERIFY2(qAbs(shownLine - 251) <= 4, qPrintable(QString::number(shownLine)));

        // Preview → editor: a click on a paragraph puts the caret on its source line.
        const QVariantList point = evaluate(page(), QStringLiteral(
            "var b = document.querySelectorAll('#feder-body > .fb')[40]; b.scrollIntoView({block: 'center'});"
            "var r = b.getBoundingClientRect(); [r.left + 20, r.top + r.height / 2, parseInt(b.getAttribute('data-line'))]")).toList();
        const qreal zoom = page()->zoomFactor(); // CSS px to widget px (the desktop page is scaled to fit)
        QTest::mouseClick(preview().view()->focusProxy(), Qt::LeftButton, {},
                          QPoint(int(point.at(0).toDouble() * zoom), int(point.at(1).toDouble() * zoom)));
        QTRY_COMPARE_WITH_TIMEOUT(test::editor(*m_window).textCursor().blockNumber() + 1, point.at(2).toInt(), 5000);
    }

    void modesSwitchWithoutReload()
    {
        openArticle(QStringLiteral("title: Modus\nexcerpt: Ein Anreißer […]"), longBody(2));
        evaluate(page(), QStringLiteral("document.documentElement.setAttribute('data-marker', 'x'); 1"));
        preview().setMode(PreviewWidget::Mode::Phone);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.documentElement.className")).toString(), QStringLiteral("mode-phone"), 5000);
        QVERIFY(evaluate(page(), QStringLiteral("document.getElementById('feder-page').getBoundingClientRect().width")).toInt() <= 390);
        preview().setMode(PreviewWidget::Mode::Teaser);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("getComputedStyle(document.getElementById('feder-page')).display")).toString(), QStringLiteral("none"), 5000);
        QCOMPARE(evaluate(page(), QStringLiteral("document.querySelector('#feder-teaser-card .teaser-excerpt').innerText")).toString(), QStringLiteral("Ein Anreißer […]"));
        preview().setMode(PreviewWidget::Mode::Desktop);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.documentElement.className")).toString(), QStringLiteral("mode-desktop"), 5000);
        QCOMPARE(evaluate(page(), QStringLiteral("document.documentElement.getAttribute('data-marker')")).toString(), QStringLiteral("x"));
    }

    // Issue 12: "Desktop" lays the page out at the desktop width and scales it to fit a narrower
    // pane; "Smartphone" is 390 px wide; headings and words never break mid-word.
    void modesShowTheirRealWidthAndWordsStayWhole()
    {
        openArticle(QStringLiteral("title: Wie Kommunalverwaltungen mit Digitalisierungsstrategien vorankommen"),
                    longBody(2) + QStringLiteral("\n## Verwaltungsmodernisierungsvorhaben kommen gemeinsam voran\n\n"
                                                 "Ein Absatz über Bürgerbeteiligungsplattformen.\n"));
        QVERIFY2(preview().view()->width() < PreviewWidget::kDesktopWidth, qPrintable(QString::number(preview().view()->width())));
        // The layout width in CSS px (without a scroll bar, which may take up to 20 px).
        const auto innerWidth = [this] { return evaluate(page(), QStringLiteral("document.documentElement.clientWidth")).toInt(); };
        QTRY_VERIFY_WITH_TIMEOUT(innerWidth() >= PreviewWidget::kDesktopWidth - 20 && innerWidth() <= PreviewWidget::kDesktopWidth, 5000);
        QVERIFY(page()->zoomFactor() < 1.0);
        QVERIFY(evaluate(page(), QStringLiteral("document.documentElement.scrollWidth <= window.innerWidth")).toBool());

        // Every word of a heading on one line (a mid-word break gives a word two boxes).
        const QString brokenWords = QStringLiteral(
            "(function () { var broken = [];"
            "  document.querySelectorAll('h1, h2').forEach(function (heading) {"
            "    var walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT), node;"
            "    while ((node = walker.nextNode())) {"
            "      var re = /\\S+/g, m;"
            "      while ((m = re.exec(node.data))) {"
            "        var range = document.createRange(); range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);"
            "        if (range.getClientRects().length > 1) broken.push(m[0]);"
            "      } } });"
            "  return broken.join(' '); })()");
        QCOMPARE(evaluate(page(), brokenWords).toString(), QString());

        preview().setMode(PreviewWidget::Mode::Phone);
        QTRY_COMPARE_WITH_TIMEOUT(evaluate(page(), QStringLiteral("document.documentElement.className")).toString(), QStringLiteral("mode-phone"), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(innerWidth() >= PreviewWidget::kPhoneWidth - 20, 5000);
        const int pageWidth = evaluate(page(), QStringLiteral("document.getElementById('feder-page').getBoundingClientRect().width")).toInt();
        QVERIFY2(pageWidth <= PreviewWidget::kPhoneWidth && pageWidth >= PreviewWidget::kPhoneWidth - 20, qPrintable(QString::number(pageWidth)));
        QCOMPARE(evaluate(page(), brokenWords).toString(), QString());
        QCOMPARE(evaluate(page(), QStringLiteral("getComputedStyle(document.querySelector('h2')).overflowWrap")).toString(), QStringLiteral("normal"));
        QCOMPARE(evaluate(page(), QStringLiteral("getComputedStyle(document.querySelector('p')).wordBreak")).toString(), QStringLiteral("normal"));
        preview().setMode(PreviewWidget::Mode::Desktop);
    }

    void hiddenPreviewPausesAndCatchesUp()
    {
        openArticle(QStringLiteral("title: Pause"), QStringLiteral("Anfang.\n"));
        preview().hide();
        QSignalSpy applied(&preview(), &PreviewWidget::updateApplied);
        test::editor(*m_window).moveCursor(QTextCursor::End);
        typeText(&test::editor(*m_window), QStringLiteral(" Versteckt."));
        QTest::qWait(300);
        QCOMPARE(applied.count(), 0);
        preview().show();
        QTRY_VERIFY_WITH_TIMEOUT(bodyText().contains(QStringLiteral("Anfang. Versteckt.")), 10000);
    }

    // Issue 11: the library said „3 Min.“ while the page said „3 min.“. One formatter: the
    // library (with the German translation loaded), the live page and the exported page agree.
    void readingTimeReadsTheSameEverywhere()
    {
        openArticle(QStringLiteral("title: Lange Lektüre\nslug: lange-lektuere"),
                    QStringLiteral("Wort ").repeated(450) + QStringLiteral("\n")); // 450 words at 200 per minute: 3 min.
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/feder_de.qm")));
        QCoreApplication::installTranslator(&german);
        const auto uninstall = qScopeGuard([&german] { QCoreApplication::removeTranslator(&german); });
        ArticleListModel library(*m_store);
        library.reload();
        QCOMPARE(library.rowCount(), 1);
        const QString inLibrary = library.data(library.index(0, ArticleListModel::ReadingTime), Qt::DisplayRole).toString();
        QCOMPARE(inLibrary, QStringLiteral("3 min."));
        QCOMPARE(inLibrary, feder::ReadingTime::text(3));
        QCOMPARE(evaluate(page(), QStringLiteral("document.getElementById('feder-reading-time').innerText")).toString(),
                 QStringLiteral("Lesezeit, ") + inLibrary);
        const QStringList written = Exporter(*m_store).exportArticles({QStringLiteral("lange-lektuere")},
                                                                      m_dir->filePath(QStringLiteral("out")), {false, true});
        QCOMPARE(written.size(), 1);
        QFile exported(QDir(written.first()).filePath(QStringLiteral("index.html")));
        QVERIFY2(exported.open(QIODevice::ReadOnly), qPrintable(exported.fileName()));
        QVERIFY(QString::fromUtf8(exported.readAll()).contains(QStringLiteral(">Lesezeit, ") + inLibrary + QStringLiteral("<")));
    }

    // Issue 11: the snapshot only writes a picture whose every band is painted.
    void snapshotRefusesUnpaintedBands()
    {
        const QSize size(400, 1400);
        QImage page(size, QImage::Format_RGB32);
        page.fill(QColor(243, 244, 248));
        QPainter painter(&page);
        for (int y = 20; y < size.height(); y += 60)
            painter.fillRect(40, y, 300, 12, Qt::black); // lines of "text" all the way down
        painter.end();
        QVERIFY(SnapshotRenderer::paintProblem(page, size).isEmpty());
        QVERIFY(!SnapshotRenderer::paintProblem(QImage(), size).isEmpty());
        QVERIFY(!SnapshotRenderer::paintProblem(page.copy(0, 0, 400, 800), size).isEmpty()); // older, smaller frame

        QImage firstScreenOnly = page;
        QPainter blank(&firstScreenOnly);
        blank.fillRect(0, 800, 400, 600, QColor(243, 244, 248)); // painted only the first 800 rows
        blank.end();
        QVERIFY(!SnapshotRenderer::paintProblem(firstScreenOnly, size).isEmpty());
        QImage nothing(size, QImage::Format_RGB32);
        nothing.fill(Qt::white);
        QVERIFY(!SnapshotRenderer::paintProblem(nothing, size).isEmpty());
    }
};

FEDER_GUI_TEST_MAIN(TestPreview)
#include "tst_preview.moc"

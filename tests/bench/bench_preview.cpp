// Keystroke-to-DOM latency of the live preview, against a full setHtml reload of the same page.
// Prints "bench NAME VALUE UNIT" lines. Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_preview
#include "BenchText.h"
#include "WindowParts.h"
#include "GuiTestMain.h"
#include "TestSupport.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "mainwindow/MainWindow.h"
#include "preview/PageSchemeHandler.h"
#include "preview/PreviewWidget.h"
#include "page/PageAssembly.h"
#include "render/ArticlePage.h"
#include "render/BodyRenderer.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QWebEnginePage>
#include <QWebEngineView>
#include <algorithm>
#include <cstdio>

using namespace feder;
using namespace feder::ui;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(index);
}

void print(const QString &name, double value, const char *unit)
{
    std::printf("bench %s %.1f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

} // namespace

class BenchPreview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void latency_data()
    {
        QTest::addColumn<int>("words");
        QTest::addColumn<int>("keystrokes");
        QTest::newRow("1000") << 1000 << 60;
        QTest::newRow("5000") << 5000 << 60;
        QTest::newRow("50000") << 50000 << 40;
    }
    void latency()
    {
        QFETCH(int, words);
        QFETCH(int, keystrokes);
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("bench.sqlite")), Store::Access::Create);
        Article article;
        article.title = QStringLiteral("Benchmark");
        article.slug = QStringLiteral("benchmark");
        article.author = QStringLiteral("Miriam Vogt");
        article.body = bench::germanArticle(words);
        {
            Transaction t(store->database());
            store->articles().save(article);
            t.commit();
        }
        MainWindow window(*store);
        test::session(window).setAutosaveDelay(60 * 60 * 1000);
        window.resize(1500, 900);
        QSignalSpy loaded(&test::preview(window), &PreviewWidget::pageLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::preview(window).isPageReady() || loaded.wait(60000));

        // Type in the middle of the article, one key at a time, each measured from the key event
        // until the page has applied the patch for it.
        MarkdownEditor &editor = test::editor(window);
        QTextCursor cursor(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        editor.setFocus();
        QList<double> latencies;
        QSignalSpy applied(&test::preview(window), &PreviewWidget::updateApplied);
        const QString typed = QStringLiteral(" Zusätzlich wurden neue Ideen gesammelt und bewertet.");
        for (int i = 0; i < keystrokes; ++i) {
            applied.clear();
            QElapsedTimer timer;
            timer.start();
            QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, QString(typed.at(i % typed.size())), Qt::NoModifier);
            QVERIFY(applied.wait(10000));
            latencies.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const QString suffix = QStringLiteral("_%1w").arg(words);
        const double p50 = percentile(latencies, 0.5);
        print(QStringLiteral("preview_update_p50_ms") + suffix, p50, "ms");
        print(QStringLiteral("preview_update_p95_ms") + suffix, percentile(latencies, 0.95), "ms");

        // Baseline, same run, same content: render the whole page and reload it with setHtml.
        QWebEngineView reloadView;
        reloadView.resize(800, 900);
        reloadView.show();
        QList<double> reloads;
        const QString body = editor.toPlainText();
        for (int i = 0; i < 7; ++i) {
            QSignalSpy done(reloadView.page(), &QWebEnginePage::loadFinished);
            QElapsedTimer timer;
            timer.start();
            BodyRenderer renderer; // a reload renders everything again
            const ArticlePageData data = PageAssembly::assemble(*store, article, &PageSchemeHandler::assetUrl);
            reloadView.page()->setHtml(ArticlePage::render(data, BodyRenderer::join(renderer.render(body + QString(i, QLatin1Char('x'))), true), {}),
                                       QUrl(QStringLiteral("feder://page/bench")));
            QVERIFY(done.wait(60000));
            reloads.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const double reloadP50 = percentile(reloads, 0.5);
        print(QStringLiteral("baseline_full_reload_p50_ms") + suffix, reloadP50, "ms");
        print(QStringLiteral("preview_speedup_vs_reload") + suffix, reloadP50 / p50, "x");
    }
};

FEDER_GUI_TEST_MAIN(BenchPreview)
#include "bench_preview.moc"

// Issue 12.4: what the writing comfort costs while typing in a 50,000-word article: the outline,
// the word / character / reading-time counter and the typographic replacements and list
// continuation are all active in the real window. Baseline in the same run: a bare
// QPlainTextEdit on the same text (no highlighting, no parts). Also the cost of the debounced
// work itself (it runs after a pause, never per keystroke): one outline scan, one count on the
// worker, and the copy of the text the count takes on the GUI thread.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_writing
#include "BenchReport.h"
#include "BenchText.h"
#include "GuiTestMain.h"
#include "WindowParts.h"
#include "editor/ArticleStatsLabel.h"
#include "mainwindow/MainWindow.h"
#include "outline/OutlinePanel.h"
#include "store/Store.h"

#include <QDockWidget>
#include <QElapsedTimer>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTextBlock>
#include <cstdio>

using namespace feder;
using namespace feder::ui;

using bench::percentile;
using bench::print;

namespace {

// Types `text` one key at a time, `pauseMs` between keys (the debounced work runs in the pauses
// as it would for a real author), and returns the time each key press took to handle.
QList<double> type(QWidget &editor, const QString &text, int pauseMs)
{
    QList<double> times;
    QElapsedTimer timer;
    for (const QChar c : text) {
        timer.start();
        if (c == QLatin1Char('\n'))
            QTest::keyClick(&editor, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, QString(c), Qt::NoModifier);
        times.append(double(timer.nsecsElapsed()) / 1e6);
        QTest::qWait(pauseMs);
    }
    return times;
}

void report(const QString &name, const QList<double> &times)
{
    print(name + QStringLiteral("_p50_ms"), percentile(times, 0.5), "ms");
    print(name + QStringLiteral("_p99_ms"), percentile(times, 0.99), "ms");
}

// Prose with quotes, apostrophes and a spaced dash (replaced as typed), and a list (continued).
const QString kTyped = QStringLiteral(" Die Stadt sagt \"ja\" - und Peter's Team 'auch'. Dann:\n- eins\nzwei\n\n");

} // namespace

class BenchWriting : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keystrokes()
    {
        const QString body = bench::germanArticle(50000);
        const int rounds = 4; // ~270 keys in all

        // Baseline: a bare QPlainTextEdit, same text, same typing.
        {
            QTextDocument document;
            document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
            document.setPlainText(body);
            QPlainTextEdit plain;
            plain.setDocument(&document);
            plain.resize(900, 700);
            plain.show();
            QVERIFY(QTest::qWaitForWindowExposed(&plain));
            QTextCursor cursor(document.findBlockByNumber(document.blockCount() / 2));
            cursor.movePosition(QTextCursor::EndOfBlock);
            plain.setTextCursor(cursor);
            QTest::qWait(300);
            QList<double> times;
            for (int i = 0; i < rounds; ++i)
                times += type(plain, kTyped, 5);
            report(QStringLiteral("baseline_bare_qplaintextedit_keystroke_50000w"), times);
        }

        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("w.sqlite")), Store::Access::Create);
        Article article;
        article.title = QStringLiteral("Langer Artikel");
        article.slug = QStringLiteral("lang");
        article.body = body;
        {
            Transaction t(store->database());
            store->articles().save(article);
            t.commit();
        }
        MainWindow window(*store);
        test::session(window).setAutosaveDelay(60 * 60 * 1000);
        test::preview(window).hide(); // measured on its own in bench_preview
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MarkdownEditor &editor = test::editor(window);
        auto &outline = test::windowPart<OutlinePanel>(window, "outlinePanel");
        auto &stats = test::windowPart<ArticleStatsLabel>(window, "articleStats");
        window.findChild<QDockWidget *>(QStringLiteral("outlineDock"))->raise();
        QTRY_VERIFY_WITH_TIMEOUT(!stats.isCounting() && stats.counts().words > 49000, 10000);
        QVERIFY(outline.headings().size() > 100);
        editor.setFocus();
        QTextCursor cursor(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        QTest::qWait(500);

        // Fast typing (5 ms between keys: the debounced work waits until the end) and an
        // author's pace (120 ms between keys: the counter and the outline run in the pauses).
        QList<double> fast;
        for (int i = 0; i < rounds; ++i)
            fast += type(editor, kTyped, 5);
        report(QStringLiteral("feder_keystroke_50000w_outline_counter_replacements"), fast);
        QList<double> paced = type(editor, kTyped + kTyped, 120);
        report(QStringLiteral("feder_keystroke_50000w_paced_120ms"), paced);
        QVERIFY(editor.toPlainText().contains(QStringLiteral("„ja“ – und Peter’s Team ‚auch‘")));
        QVERIFY(editor.toPlainText().contains(QStringLiteral("- eins\n- zwei\n")));

        // The debounced work, each timed on its own (the median of 5).
        QList<double> scans, copies, counts;
        QElapsedTimer timer;
        for (int i = 0; i < 5; ++i) {
            timer.start();
            const QList<OutlinePanel::Heading> headings = OutlinePanel::headingsOf(*editor.document());
            scans.append(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY(!headings.isEmpty());
            timer.start();
            const QString text = test::session(window).text();
            copies.append(double(timer.nsecsElapsed()) / 1e6);
            timer.start();
            const ArticleStatsLabel::Counts c = ArticleStatsLabel::countsOf(text);
            counts.append(double(timer.nsecsElapsed()) / 1e6);
            QVERIFY(c.words > 49000);
        }
        print(QStringLiteral("outline_scan_50000w_gui_thread_after_pause_ms"), percentile(scans, 0.5), "ms");
        print(QStringLiteral("counter_text_copy_50000w_gui_thread_after_pause_ms"), percentile(copies, 0.5), "ms");
        print(QStringLiteral("counter_count_50000w_worker_thread_ms"), percentile(counts, 0.5), "ms");
    }
};

FEDER_GUI_TEST_MAIN(BenchWriting)
#include "bench_writing.moc"

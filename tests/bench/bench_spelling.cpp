// Spellcheck quality on the labelled corpus (Feder vs raw hunspell, side by side) and speed:
// a full check of a 100,000-word article with a warm cache (baseline: raw hunspell over the same
// words), and what one keystroke costs in the editor on that article (p50/p99).
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_spelling
#include "BenchText.h"
#include "WindowParts.h"
#include "GuiTestMain.h"
#include "SpellingCorpus.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "mainwindow/MainWindow.h"
#include "preview/PreviewWidget.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellingController.h"
#include "spelling/SpellDocument.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextBoundaryFinder>
#include <cstdio>

using namespace feder;
using namespace feder::ui;

namespace {

void print(const QString &name, double value, const char *unit)
{
    std::printf("bench %s %.2f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5)));
}

} // namespace

class BenchSpelling : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void quality()
    {
        const QList<test::CorpusFile> corpus = test::loadCorpus();
        const test::CorpusScore feder = test::scoreFeder(corpus);
        const test::CorpusScore raw = test::scoreRawHunspell(corpus);
        print(QStringLiteral("corpus_words"), feder.words, "words");
        print(QStringLiteral("corpus_labelled_errors"), feder.labelled, "errors");
        print(QStringLiteral("feder_recall"), feder.recall() * 100, "%");
        print(QStringLiteral("baseline_hunspell_recall"), raw.recall() * 100, "%");
        print(QStringLiteral("feder_false_flags_per_1000_words"), feder.falseFlagsPer1000(), "flags");
        print(QStringLiteral("baseline_hunspell_false_flags_per_1000_words"), raw.falseFlagsPer1000(), "flags");
        print(QStringLiteral("feder_first_suggestion_accuracy"), feder.firstSuggestionAccuracy() * 100, "%");
        print(QStringLiteral("baseline_hunspell_first_suggestion_accuracy"), raw.firstSuggestionAccuracy() * 100, "%");
    }

    // The command line on texts with distinct words: a 5,000-word article with 300 misspellings
    // and a 50,000-word article with one in 100 words misspelled. Baseline: what hunspell's own
    // suggestions (what every finding used to get) cost for the same distinct misspellings.
    void commandLine()
    {
        QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/feder");
        QTemporaryDir dir;
        const struct { const char *name; int words; int every; } texts[] = {{"5000w_300err", 5000, 16}, {"50000w_1in100", 50000, 100}};
        for (const auto &t : texts) {
            QStringList misspelled;
            const QString path = test::writeFile(dir, QString::fromLatin1(t.name) + QStringLiteral(".md"),
                                                 bench::realisticArticle(t.words, t.every, 7, &misspelled).toUtf8());
            QList<double> runs;
            QByteArray output;
            for (int i = 0; i < 3; ++i) {
                QProcess feder;
                QElapsedTimer timer;
                timer.start();
                feder.start(binary, {QStringLiteral("spellcheck"), QStringLiteral("--json"), path});
                QVERIFY(feder.waitForFinished(120000));
                runs.append(double(timer.nsecsElapsed()) / 1e9);
                output = feder.readAllStandardOutput();
                QCOMPARE(feder.exitCode(), 1);
            }
            const QJsonArray findings = QJsonDocument::fromJson(output).array();
            int withSuggestion = 0;
            for (const QJsonValue &finding : findings)
                withSuggestion += finding[QStringLiteral("suggestions")].toArray().isEmpty() ? 0 : 1;
            print(QStringLiteral("cli_spellcheck_json_%1_findings").arg(QLatin1String(t.name)), double(findings.size()), "findings");
            print(QStringLiteral("cli_spellcheck_json_%1_with_suggestion").arg(QLatin1String(t.name)), double(withSuggestion), "findings");
            print(QStringLiteral("cli_spellcheck_json_%1_median_s").arg(QLatin1String(t.name)), percentile(runs, 0.5), "s");
            if (t.words == 5000) {
                QString problem;
                const auto dictionary = DictionaryLocator::load(QStringLiteral("de-DE"), &problem);
                misspelled.removeDuplicates();
                QElapsedTimer timer;
                timer.start();
                for (const QString &word : std::as_const(misspelled))
                    QStringList(dictionary->suggest(word).value(0).word);
                print(QStringLiteral("baseline_hunspell_suggest_%1_s").arg(QLatin1String(t.name)), double(timer.nsecsElapsed()) / 1e9, "s");
            }
        }
    }

    // Issue 13.2: keystroke-to-screen echo in the real editor on a 5,000-word article with
    // distinct words and one misspelling in 100, idle and right after a typing pause while
    // background spell work runs (the re-check and suggestions for 20 misspellings, as when the
    // spelling dock is clicked through). Echo = key event sent until the editor has painted.
    void echoDuringBackgroundWork()
    {
        QStringList misspelled;
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("e.sqlite")), Store::Access::Create);
        Article article;
        article.title = QStringLiteral("Echo");
        article.slug = QStringLiteral("echo");
        article.body = bench::realisticArticle(5000, 100, 11, &misspelled);
        {
            Transaction t(store->database());
            store->articles().save(article);
            t.commit();
        }
        MainWindow window(*store);
        test::session(window).setAutosaveDelay(60 * 60 * 1000);
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy checked(&test::spelling(window), &SpellingController::findingsChanged);
        test::session(window).open(store->articles().findBySlug(QStringLiteral("echo"))->id);
        QVERIFY(checked.wait(60000));
        MarkdownEditor &editor = test::editor(window);
        editor.setFocus();
        QTextCursor cursor(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        QTest::qWait(1000);

        // Ends the wait of one keystroke when the editor paints.
        struct PaintWatch : QObject
        {
            QEventLoop *waiting = nullptr;
            bool eventFilter(QObject *, QEvent *event) override
            {
                if (event->type() == QEvent::Paint && waiting)
                    waiting->quit();
                return false;
            }
        } watch;
        editor.viewport()->installEventFilter(&watch);
        const QString typed = QStringLiteral(" Die Verwaltung braucht schnelle und bürgernahe Dienste.");
        int next = 0;
        auto echoes = [&](int keys) {
            QList<double> ms;
            QElapsedTimer timer;
            for (int i = 0; i < keys; ++i) {
                QEventLoop paint;
                QTimer::singleShot(2000, &paint, &QEventLoop::quit);
                watch.waiting = &paint;
                timer.start();
                QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, QString(typed.at(next++ % typed.size())), Qt::NoModifier);
                paint.exec();
                watch.waiting = nullptr;
                ms.append(double(timer.nsecsElapsed()) / 1e6);
                QTest::qWait(33); // about 30 characters a second
            }
            return ms;
        };
        const QList<double> idle = echoes(120);
        // A typing pause: the re-check starts; the dock asks for suggestions of 20 words.
        QTest::qWait(900);
        misspelled.removeDuplicates();
        for (const QString &word : misspelled.mid(0, 20))
            test::spelling(window).requestSuggestions(word);
        const QList<double> busy = echoes(120);
        print(QStringLiteral("editor_echo_5000w_idle_p50_ms"), percentile(idle, 0.5), "ms");
        print(QStringLiteral("editor_echo_5000w_idle_p90_ms"), percentile(idle, 0.9), "ms");
        print(QStringLiteral("editor_echo_5000w_after_pause_p50_ms"), percentile(busy, 0.5), "ms");
        print(QStringLiteral("editor_echo_5000w_after_pause_p90_ms"), percentile(busy, 0.9), "ms");
        print(QStringLiteral("editor_echo_5000w_after_pause_p90_ratio_to_idle"), percentile(busy, 0.9) / percentile(idle, 0.9), "x");
    }

    void speed()
    {
        const QString body = bench::germanArticle(100000) + QStringLiteral("\n\nEin Fehlerr zum Schluss.\n");
        SpellContext context;
        const SpellChecker checker(context);
        QElapsedTimer timer;
        timer.start();
        const QList<SpellFinding> cold = SpellDocument::checkMarkdown(checker, body);
        const double coldMs = double(timer.nsecsElapsed()) / 1e6;
        QList<double> warm;
        for (int i = 0; i < 5; ++i) {
            timer.restart();
            QCOMPARE(SpellDocument::checkMarkdown(checker, body).size(), cold.size());
            warm.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print(QStringLiteral("spellcheck_full_100000w_cold_ms"), coldMs, "ms");
        print(QStringLiteral("spellcheck_full_100000w_warm_p50_ms"), percentile(warm, 0.5), "ms");

        // Baseline: raw hunspell on every word of the same text (no Markdown, no rules, no cache).
        QString problem;
        const auto dictionary = DictionaryLocator::load(QStringLiteral("de-DE"), &problem);
        timer.restart();
        QTextBoundaryFinder finder(QTextBoundaryFinder::Word, body);
        qsizetype start = 0;
        int unknown = 0;
        while (finder.toNextBoundary() >= 0) {
            const qsizetype end = finder.position();
            if (finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem)
                unknown += dictionary->spell(body.mid(start, end - start)) ? 0 : 1;
            start = end;
        }
        print(QStringLiteral("baseline_raw_hunspell_100000w_ms"), double(timer.nsecsElapsed()) / 1e6, "ms");
        QVERIFY(unknown > 0);

        // One keystroke in the editor on that article: the changed line is re-checked on the GUI
        // thread (cache warm), everything else waits for the background check.
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("b.sqlite")), Store::Access::Create);
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
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MarkdownEditor &editor = test::editor(window);
        QTextCursor cursor(editor.document()->findBlockByNumber(editor.document()->blockCount() / 2));
        cursor.movePosition(QTextCursor::EndOfBlock);
        editor.setTextCursor(cursor);
        QTest::qWait(500);
        QList<double> keystrokes;
        const QString typed = QStringLiteral(" Die Verwaltungsdigitalisierung braucht bürgernahe Cloudlösungen.");
        for (int i = 0; i < 200; ++i) {
            timer.restart();
            QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, QString(typed.at(i % typed.size())), Qt::NoModifier);
            keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
        }
        print(QStringLiteral("editor_keystroke_100000w_p50_ms"), percentile(keystrokes, 0.5), "ms");
        print(QStringLiteral("editor_keystroke_100000w_p99_ms"), percentile(keystrokes, 0.99), "ms");
    }
};

FEDER_GUI_TEST_MAIN(BenchSpelling)
#include "bench_spelling.moc"

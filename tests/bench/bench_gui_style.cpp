// Issue 17 item 1: what the typography underlines add to a keystroke in the real editor, with the
// spellcheck on, on a 50,000-word German article. Baseline in the same run: the same keystrokes
// with the typography layer switched off (spelling and Markdown only), alternated in rounds.
// Also the paragraph check itself (typographyAround, what highlightBlock calls per keystroke),
// for a one-line paragraph and for a hard-wrapped paragraph of 12 lines, and the full check that
// runs off the GUI thread after a pause.
// Run: QT_QPA_PLATFORM=offscreen build/tests/bench/bench_gui_style
#include "BenchReport.h"
#include "BenchText.h"
#include "GuiTestMain.h"
#include "WindowParts.h"
#include "editor/MarkdownEditor.h"
#include "mainwindow/MainWindow.h"
#include "markdown/VisibleText.h"
#include "preview/PreviewWidget.h"
#include "session/EditSession.h"
#include "spelling/SpellHighlighter.h"
#include "spelling/SpellingController.h"
#include "store/Store.h"
#include "style/IncrementalTypography.h"
#include "style/StyleController.h"
#include "style/StyleParagraph.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextBlock>
#include <cstdio>

using namespace feder;
using namespace feder::ui;

using bench::percentile;
using bench::print;

class BenchGuiStyle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keystroke()
    {
        QString body = bench::germanArticle(50000);
        // Slips to find: one sentence in six gets straight quotes, an ellipsis and a spaced hyphen.
        body.replace(QStringLiteral("Im Mittelpunkt stehen einfache Formulare"),
                     QStringLiteral("Im \"Mittelpunkt\" stehen ... einfache Formulare - "));
        // A hard-wrapped paragraph of 12 lines (an author who presses Return at the line end).
        QString wrapped;
        for (int i = 0; i < 12; ++i)
            wrapped += QStringLiteral("Die Verwaltung der Stadt arbeitet an \"neuen\" digitalen Diensten, z. B. Formularen.\n");
        body += QStringLiteral("\n") + wrapped;
        print("style_editor_article_words", VisibleText::wordCount(body), "words");

        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("b.sqlite")), Store::Access::Create);
        Article article;
        article.title = QStringLiteral("Langer Artikel");
        article.slug = QStringLiteral("lang");
        article.language = QStringLiteral("de-DE");
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
        SpellHighlighter &layer = test::spelling(window).highlighter();
        StyleController &style = test::style(window);
        QTRY_VERIFY_WITH_TIMEOUT(style.findingCount() > 0, 30000);
        print("style_editor_findings", style.findingCount(), "findings");
        QTest::qWait(1000); // the spelling's first full check and the underlining slices

        // The full check (IncrementalTypography, off the GUI thread): whole, then after one keystroke.
        {
            IncrementalTypography incremental;
            QElapsedTimer timer;
            timer.start();
            incremental.check(test::session(window).text());
            print("style_full_check_50000w_cold_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
            QString typed = test::session(window).text();
            typed.insert(typed.size() / 2, QLatin1Char('x'));
            timer.restart();
            incremental.check(typed);
            print("style_full_check_50000w_after_keystroke_ms", double(timer.nsecsElapsed()) / 1e6, "ms");
        }

        const auto place = [&](const QTextBlock &block) {
            QTextCursor cursor(block);
            cursor.movePosition(QTextCursor::EndOfBlock);
            editor.setTextCursor(cursor);
        };
        // A prose paragraph in the middle (one line of ~60 words).
        QTextBlock middle = editor.document()->findBlockByNumber(editor.document()->blockCount() / 2);
        while (middle.length() < 300 || !middle.text().contains(QLatin1Char('"')))
            middle = middle.next();
        const QTextBlock wrappedLine = editor.document()->lastBlock().previous().previous().previous().previous().previous();

        const QString typed = QStringLiteral(" Die Verwaltung braucht einfache Wege.");
        int next = 0;
        const auto keys = [&](int count, QList<double> &into) {
            QElapsedTimer timer;
            for (int i = 0; i < count; ++i) {
                const QString key(typed.at(next++ % typed.size()));
                timer.start();
                QTest::sendKeyEvent(QTest::Click, &editor, Qt::Key_unknown, key, Qt::NoModifier);
                into.append(double(timer.nsecsElapsed()) / 1e6);
            }
        };
        const auto measure = [&](const QTextBlock &block, const char *prefix) {
            place(block);
            QList<double> off;
            QList<double> on;
            for (int round = 0; round < 6; ++round) { // alternated, so that drift hits both alike
                layer.setTypography(false);
                QTest::qWait(50);
                keys(40, off);
                layer.setTypography(true);
                QTest::qWait(50);
                keys(40, on);
            }
            QList<double> paragraphCheck;
            QElapsedTimer timer;
            for (int i = 0; i < 200; ++i) {
                timer.start();
                const QList<StyleFinding> findings = typographyAround(editor.textCursor().block());
                paragraphCheck.append(double(timer.nsecsElapsed()) / 1e6);
                QVERIFY(!findings.isEmpty());
            }
            const QByteArray name(prefix);
            print(name + "_keystroke_spelling_only_p50_ms", percentile(off, 0.5), "ms");
            print(name + "_keystroke_spelling_and_style_p50_ms", percentile(on, 0.5), "ms");
            print(name + "_keystroke_spelling_only_p99_ms", percentile(off, 0.99), "ms");
            print(name + "_keystroke_spelling_and_style_p99_ms", percentile(on, 0.99), "ms");
            print(name + "_keystroke_style_part_p50_ms", percentile(on, 0.5) - percentile(off, 0.5), "ms");
            print(name + "_style_paragraph_check_p50_ms", percentile(paragraphCheck, 0.5), "ms");
            print(name + "_style_paragraph_check_p99_ms", percentile(paragraphCheck, 0.99), "ms");
        };
        measure(middle, "style_editor_50000w_one_line_paragraph");
        measure(wrappedLine, "style_editor_50000w_12_line_paragraph");

        // Opening another 50,000-word German article: the document is laid out and highlighted
        // while it loads. Baseline: the same open with the typography layer off during the load
        // (it then comes in slices between events, as for a new spellchecker).
        Article copy;
        copy.slug = QStringLiteral("lang2");
        copy.title = QStringLiteral("Zweiter langer Artikel");
        copy.language = QStringLiteral("de-DE");
        copy.body = body;
        {
            Transaction t(store->database());
            store->articles().save(copy);
            t.commit();
        }
        const qint64 first = store->articles().findBySlug(QStringLiteral("lang"))->id;
        const qint64 second = store->articles().findBySlug(QStringLiteral("lang2"))->id;
        QList<double> openOff;
        QList<double> openOn;
        QElapsedTimer timer;
        for (int round = 0; round < 3; ++round) {
            layer.setTypography(false);
            timer.start();
            test::session(window).open(second);
            openOff.append(double(timer.nsecsElapsed()) / 1e6);
            QTest::qWait(1500);
            QVERIFY(layer.typography());
            timer.start();
            test::session(window).open(first);
            openOn.append(double(timer.nsecsElapsed()) / 1e6);
            if (round == 0) { // underlined while loading, or in slices right after?
                int lines = 0;
                for (QTextBlock b = editor.document()->begin(); b.isValid(); b = b.next())
                    lines += SpellHighlighter::typographyOf(b).isEmpty() ? 0 : 1;
                print("style_open_lines_underlined_when_open_returns", lines, "lines");
            }
            QTest::qWait(1500);
        }
        print("style_open_50000w_typography_off_during_load_p50_ms", percentile(openOff, 0.5), "ms");
        print("style_open_50000w_typography_on_during_load_p50_ms", percentile(openOn, 0.5), "ms");
    }
};

FEDER_GUI_TEST_MAIN(BenchGuiStyle)
#include "bench_gui_style.moc"

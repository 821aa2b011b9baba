// Issue 12, item 4: writing comfort. Everything through the real window and real key events:
// German quotes, apostrophe and en dash as you type (each its own undo step, never in code,
// addresses or markup, only in German articles, each with an off switch), list continuation on
// Enter, the outline dock (headings, click to go there, follows the caret), words / characters /
// reading time in the status bar, distraction-free full screen (F11 / Esc) and the editor zoom.
#include "GuiTestMain.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "WindowParts.h"
#include "article/ReadingTime.h"
#include "editor/ArticleStatsLabel.h"
#include "editor/ListContinuation.h"
#include "editor/MarkdownEditor.h"
#include "editor/TypingReplacements.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "markdown/VisibleText.h"
#include "outline/OutlinePanel.h"
#include "seed/DemoSeeder.h"
#include "store/Store.h"

#include <QAction>
#include <QDockWidget>
#include <QHash>
#include <QMenu>
#include <QMenuBar>
#include <QLocale>
#include <QSignalSpy>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>
#include <QWheelEvent>

using namespace feder;
using namespace feder::ui;
using feder::test::typeText;

namespace {

const QString kOutlineBody = QStringLiteral(
    "# Titel des Artikels\n\nEinleitung mit einigen Wörtern.\n\n## Erster Abschnitt\n\nAbsatz eins.\n\n"
    "```\n# kein Titel im Code\n```\n\n### Unterpunkt\n\nNoch ein Absatz.\n\n## Zweiter Abschnitt\n\nAbsatz zwei.\n\n"
    "::: cta\n### Kasten\nText im Kasten.\n:::\n\nSchluss.");

} // namespace

class TestGuiWriting : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    qint64 idOf(const QString &slug) { return m_store->articles().findBySlug(slug)->id; }

    // A window with `slug` open, active (window shortcuts need that), the caret at the end.
    std::unique_ptr<MainWindow> openWindow(const QString &slug, QSize size = QSize(1280, 720))
    {
        auto window = std::make_unique<MainWindow>(*m_store);
        test::session(*window).setAutosaveDelay(60 * 60 * 1000);
        window->resize(size);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        if (!test::session(*window).open(idOf(slug)))
            return nullptr;
        QApplication::setActiveWindow(window.get());
        if (!QTest::qWaitForWindowActive(window.get()))
            return nullptr;
        MarkdownEditor &editor = test::editor(*window);
        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        return window;
    }

    static QString lastLine(MarkdownEditor &editor) { return editor.document()->lastBlock().text(); }

    static void undo(MarkdownEditor &editor) { QTest::keyClick(&editor, Qt::Key_Z, Qt::ControlModifier); }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("writing.sqlite")), Store::Access::Create);
        const auto article = [this](const char *slug, const char *language, const QString &body) {
            test::writeFile(*m_dir, QString::fromLatin1(slug) + QStringLiteral(".md"),
                            test::articleText(QStringLiteral("title: %1\nslug: %1\nlanguage: %2")
                                                  .arg(QString::fromLatin1(slug), QString::fromLatin1(language)),
                                              body));
        };
        article("deutsch", "de-DE", QStringLiteral("Ein Absatz."));
        article("schweiz", "de-CH", QStringLiteral("Ein Absatz."));
        article("english", "en-US", QStringLiteral("A paragraph."));
        article("gliederung", "de-DE", kOutlineBody);
        QCOMPARE(Importer(*m_store).importPaths({m_dir->path()}).size(), 4);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void germanQuotesAsYouType()
    {
        auto window = openWindow(QStringLiteral("deutsch"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        typeText(&editor, QStringLiteral("\n\nSie sagte \"Guten Morgen\" und (\"ja\"), 'so' ist's – Peter's Buch."));
        QCOMPARE(lastLine(editor), QStringLiteral("Sie sagte „Guten Morgen“ und („ja“), ‚so‘ ist’s – Peter’s Buch."));
        typeText(&editor, QStringLiteral("\n\"Zitat am Zeilenanfang\""));
        QCOMPARE(lastLine(editor), QStringLiteral("„Zitat am Zeilenanfang“"));
        // A spaced hyphen becomes an en dash when the second space is typed.
        typeText(&editor, QStringLiteral("\nHeute - morgen, E-Mail-Adresse, -3 Grad"));
        QCOMPARE(lastLine(editor), QStringLiteral("Heute – morgen, E-Mail-Adresse, -3 Grad"));
    }

    void oneUndoGivesTheTypedCharacterBack()
    {
        auto window = openWindow(QStringLiteral("deutsch"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        typeText(&editor, QStringLiteral("\n\nEr sagte \""));
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte „"));
        undo(editor);
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte \""));
        typeText(&editor, QStringLiteral("x"));  // typing goes on with the straight quote kept
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte \"x"));
        typeText(&editor, QStringLiteral(" Peter'"));
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte \"x Peter’"));
        undo(editor);
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte \"x Peter'"));
        typeText(&editor, QStringLiteral("s Tag - "));
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte \"x Peter's Tag – "));
        undo(editor);
        QCOMPARE(lastLine(editor), QStringLiteral("Er sagte \"x Peter's Tag - "));
        // The second Ctrl+Z undoes the typing itself, as without replacements.
        undo(editor);
        QVERIFY(!lastLine(editor).endsWith(QStringLiteral("Tag - ")));
    }

    void swissGermanUsesGuillemets()
    {
        auto window = openWindow(QStringLiteral("schweiz"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        typeText(&editor, QStringLiteral("\n\n\"Grüezi\" und 'so' geht's"));
        QCOMPARE(lastLine(editor), QStringLiteral("«Grüezi» und ‹so› geht’s"));
    }

    void nothingReplacedInCodeAddressesMarkupOrOtherLanguages()
    {
        {
            auto window = openWindow(QStringLiteral("deutsch"));
            QVERIFY(window);
            MarkdownEditor &editor = test::editor(*window);
            typeText(&editor, QStringLiteral("\n\nCode `a = \"b\" - 'c'` und \"Text\""));
            QCOMPARE(lastLine(editor), QStringLiteral("Code `a = \"b\" - 'c'` und „Text“"));
            typeText(&editor, QStringLiteral("\n\n```\nprint(\"x\") - 'y'\n```\n\nNach dem \"Code\""));
            QCOMPARE(editor.document()->findBlockByNumber(editor.document()->blockCount() - 4).text(),
                     QStringLiteral("print(\"x\") - 'y'"));
            QCOMPARE(lastLine(editor), QStringLiteral("Nach dem „Code“"));
            typeText(&editor, QStringLiteral("\n\nSiehe https://example.org/a\"b'c und [Link](https://example.org/\"x\")"));
            QCOMPARE(lastLine(editor), QStringLiteral("Siehe https://example.org/a\"b'c und [Link](https://example.org/\"x\")"));
            typeText(&editor, QStringLiteral("\n\n| a | b |\n| - | - |"));
            QCOMPARE(lastLine(editor), QStringLiteral("| - | - |")); // a table's delimiter row
            typeText(&editor, QStringLiteral("\n\n::: pullquote \"x\"\n\n<span title=\"y\">z</span>"));
            QVERIFY(editor.toPlainText().contains(QStringLiteral("::: pullquote \"x\"")));
            QCOMPARE(lastLine(editor), QStringLiteral("<span title=\"y\">z</span>"));
        }
        {
            auto window = openWindow(QStringLiteral("english"));
            QVERIFY(window);
            MarkdownEditor &editor = test::editor(*window);
            typeText(&editor, QStringLiteral("\n\nShe said \"yes\" - it's 'fine'"));
            QCOMPARE(lastLine(editor), QStringLiteral("She said \"yes\" - it's 'fine'"));
        }
    }

    void eachReplacementHasAnOffSwitch()
    {
        QSettings().setValue(TypingReplacements::kQuotesKey, false);
        QSettings().setValue(TypingReplacements::kDashKey, false);
        auto window = openWindow(QStringLiteral("deutsch"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        typeText(&editor, QStringLiteral("\n\n\"a\" - 'b' c's"));
        QCOMPARE(lastLine(editor), QStringLiteral("\"a\" - ‚b‘ c’s"));
        QSettings().setValue(TypingReplacements::kSingleQuotesKey, false);
        QSettings().setValue(TypingReplacements::kApostropheKey, false);
        QSettings().setValue(TypingReplacements::kQuotesKey, true); // takes effect at once
        typeText(&editor, QStringLiteral("\n'b' c's \"d\""));
        QCOMPARE(lastLine(editor), QStringLiteral("'b' c's „d“"));
    }

    void listsContinueOnEnter()
    {
        auto window = openWindow(QStringLiteral("deutsch"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        QTextDocument &document = *editor.document();
        const auto tail = [&document](int lines) {
            QStringList last;
            for (QTextBlock b = document.lastBlock(); b.isValid() && last.size() < lines; b = b.previous())
                last.prepend(b.text());
            return last.join(QLatin1Char('\n'));
        };
        typeText(&editor, QStringLiteral("\n\n- eins\nzwei\n"));
        QCOMPARE(tail(3), QStringLiteral("- eins\n- zwei\n- "));
        QTest::keyClick(&editor, Qt::Key_Return); // on the empty item: the list ends, the line stays
        QCOMPARE(tail(3), QStringLiteral("- eins\n- zwei\n"));
        undo(editor); // the marker comes back
        QCOMPARE(tail(3), QStringLiteral("- eins\n- zwei\n- "));
        QTest::keyClick(&editor, Qt::Key_Return);
        typeText(&editor, QStringLiteral("\n9. neun\nzehn\n"));
        QCOMPARE(tail(3), QStringLiteral("9. neun\n10. zehn\n11. "));
        QTest::keyClick(&editor, Qt::Key_Return);
        typeText(&editor, QStringLiteral("\n* [x] erledigt\noffen\n"));
        QCOMPARE(tail(3), QStringLiteral("* [x] erledigt\n* [ ] offen\n* [ ] "));
        QTest::keyClick(&editor, Qt::Key_Return);
        typeText(&editor, QStringLiteral("\n> Zitat\nweiter\n"));
        QCOMPARE(tail(3), QStringLiteral("> Zitat\n> weiter\n> "));
        QTest::keyClick(&editor, Qt::Key_Return);
        QCOMPARE(lastLine(editor), QString());
        // One Ctrl+Z takes the continuation back and leaves a plain line break.
        typeText(&editor, QStringLiteral("\n  - eingerückt\n"));
        QCOMPARE(tail(2), QStringLiteral("  - eingerückt\n  - "));
        undo(editor);
        QCOMPARE(tail(2), QStringLiteral("  - eingerückt\n"));
        // Not after a thematic break ("- - -"), not in fenced code.
        typeText(&editor, QStringLiteral("- - -\n"));
        QCOMPARE(tail(2), QStringLiteral("- - -\n"));
        typeText(&editor, QStringLiteral("```\n- kein Punkt\n"));
        QCOMPARE(tail(2), QStringLiteral("- kein Punkt\n"));
    }

    void listMarkers()
    {
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("- a")).next, QStringLiteral("- "));
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("+ a")).next, QStringLiteral("+ "));
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("3) a")).next, QStringLiteral("4) "));
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("> - [x] a")).next, QStringLiteral("> - [ ] "));
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("> > a")).next, QStringLiteral("> > "));
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("*kursiv*")).prefix, QString());
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("Text")).prefix, QString());
        QCOMPARE(ListContinuation::itemOf(QStringLiteral("2024 war")).prefix, QString());
    }

    void outlineListsHeadingsAndNavigates()
    {
        auto window = openWindow(QStringLiteral("gliederung"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        auto &outline = test::windowPart<OutlinePanel>(*window, "outlinePanel");
        auto *dock = window->findChild<QDockWidget *>(QStringLiteral("outlineDock"));
        QVERIFY(dock);
        QCOMPARE(window->dockWidgetArea(dock), Qt::LeftDockWidgetArea); // below the library
        QVERIFY(window->tabifiedDockWidgets(dock).isEmpty());
        QTRY_VERIFY(outline.isVisible());
        QStringList titles;
        for (const OutlinePanel::Heading &h : outline.headings())
            titles.append(QString::number(h.level) + QLatin1Char(' ') + h.title);
        // Not the line in the code block, not the heading in the ::: box.
        QCOMPARE(titles, QStringList({QStringLiteral("1 Titel des Artikels"), QStringLiteral("2 Erster Abschnitt"),
                                      QStringLiteral("3 Unterpunkt"), QStringLiteral("2 Zweiter Abschnitt")}));
        // A tree: the sections under the title, the sub-point under its section.
        QCOMPARE(outline.topLevelItemCount(), 1);
        QTreeWidgetItem *top = outline.topLevelItem(0);
        QCOMPARE(top->childCount(), 2);
        QCOMPARE(top->child(0)->child(0)->text(0), QStringLiteral("Unterpunkt"));

        // A click puts the caret at the heading and the focus in the editor.
        QTreeWidgetItem *second = top->child(1);
        outline.setFocus();
        outline.scrollToItem(second);
        QTest::mouseClick(outline.viewport(), Qt::LeftButton, {}, outline.visualItemRect(second).center());
        QCOMPARE(editor.textCursor().block().text(), QStringLiteral("## Zweiter Abschnitt"));
        QCOMPARE(editor.textCursor().positionInBlock(), 0);
        QTRY_VERIFY(editor.hasFocus());
        // Enter on a heading does the same.
        outline.setFocus();
        outline.setCurrentItem(top);
        QTest::keyClick(&outline, Qt::Key_Return);
        QCOMPARE(editor.textCursor().block().text(), QStringLiteral("# Titel des Artikels"));
        QTRY_VERIFY(editor.hasFocus());

        // The caret's section is selected as the caret moves.
        const auto caretTo = [&editor](const QString &line) {
            const QTextBlock block = editor.document()->find(line).block();
            QTextCursor cursor(block);
            editor.setTextCursor(cursor);
        };
        caretTo(QStringLiteral("Noch ein Absatz."));
        QCOMPARE(outline.currentItem()->text(0), QStringLiteral("Unterpunkt"));
        QVERIFY(outline.currentItem()->isSelected());
        caretTo(QStringLiteral("Absatz eins."));
        QCOMPARE(outline.currentItem()->text(0), QStringLiteral("Erster Abschnitt"));
        caretTo(QStringLiteral("Schluss."));
        QCOMPARE(outline.currentItem()->text(0), QStringLiteral("Zweiter Abschnitt"));
        QTest::keyClick(&editor, Qt::Key_Up);   // moving with the keys follows too
        QTest::keyClick(&editor, Qt::Key_Home);
        editor.moveCursor(QTextCursor::Start);
        QCOMPARE(outline.currentItem()->text(0), QStringLiteral("Titel des Artikels"));

        // Typing a new heading: the outline follows after a short pause, typing in prose leaves it alone.
        editor.moveCursor(QTextCursor::End);
        QSignalSpy rescans(&outline, &OutlinePanel::rescanned);
        typeText(&editor, QStringLiteral(" Mehr."));
        QTest::qWait(OutlinePanel::kRescanDelayMs + 100);
        QCOMPARE(rescans.size(), 0);
        typeText(&editor, QStringLiteral("\n\n## Dritter **Abschnitt** mit [Link](https://example.org)\n\nText."));
        QTRY_COMPARE(outline.headings().size(), 5);
        QCOMPARE(outline.headings().last().title, QStringLiteral("Dritter Abschnitt mit Link")); // as the page shows it
        QCOMPARE(outline.currentItem()->text(0), QStringLiteral("Dritter Abschnitt mit Link"));
        // Ansicht ▸ Gliederung shows and hides it.
        auto *toggle = window->findChild<QAction *>(QStringLiteral("actionOutline"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(!dock->isVisibleTo(window.get()));
        toggle->trigger();
        QVERIFY(dock->isVisibleTo(window.get()));
    }

    void statusBarCountsWordsCharactersAndReadingTime()
    {
        m_store->settings().setWordsPerMinute(3); // small, so the minutes say something
        auto window = openWindow(QStringLiteral("gliederung"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        auto &stats = test::windowPart<ArticleStatsLabel>(*window, "articleStats");
        QVERIFY(window->statusBar()->isAncestorOf(&stats));
        QTRY_VERIFY(!stats.isCounting() && stats.counts().words > 0);
        const QString body = test::session(*window).text();
        const int words = VisibleText::wordCount(body); // the page's count
        QCOMPARE(stats.counts().words, words);
        QCOMPARE(stats.readingMinutes(), ReadingTime::minutes(words, 3));
        QCOMPARE(stats.readingMinutes(), readingMinutes(body, 3)); // as the page says it
        const auto tr = [](const char *text) { return QCoreApplication::translate("feder::ui::ArticleStatsLabel", text); };
        QCOMPARE(stats.text(), tr("Words: %1").arg(QLocale().toString(words)) + QStringLiteral(" · ")
                                   + tr("Characters: %1").arg(QLocale().toString(stats.counts().characters))
                                   + QStringLiteral(" · ") + tr("Reading time: %1").arg(ReadingTime::text(stats.readingMinutes())));
        if (qEnvironmentVariable("FEDER_LANG") == QLatin1String("de"))
            QVERIFY(stats.text().startsWith(QStringLiteral("Wörter: ")));
        else if (qEnvironmentVariable("FEDER_LANG") == QLatin1String("en"))
            QVERIFY(stats.text().startsWith(QStringLiteral("Words: ")));
        QVERIFY(stats.isVisible());
        QTRY_VERIFY(stats.width() >= stats.sizeHint().width()); // not cut off

        // Characters: visible text, spaces included, runs of white space once.
        QCOMPARE(ArticleStatsLabel::countsOf(QStringLiteral("# Ab\n\nC *d*  e.")).characters, 9); // "Ab C d e."
        QCOMPARE(ArticleStatsLabel::countsOf(QStringLiteral("# Ab\n\nC *d*  e.")).words, 4);

        // Typing updates the counts after a short pause.
        editor.moveCursor(QTextCursor::End);
        const int before = stats.counts().characters;
        typeText(&editor, QStringLiteral(" Drei neue Wörter"));
        QTRY_COMPARE(stats.counts().words, words + 3);
        QCOMPARE(stats.counts().characters, before + 17);
        QCOMPARE(stats.readingMinutes(), ReadingTime::minutes(words + 3, 3));
    }

    void distractionFreeFullScreen()
    {
        auto window = openWindow(QStringLiteral("deutsch"));
        QVERIFY(window);
        MarkdownEditor &editor = test::editor(*window);
        auto *checklistDock = window->findChild<QDockWidget *>(QStringLiteral("checklistDock"));
        checklistDock->raise(); // not the default tab
        auto *libraryDock = window->findChild<QDockWidget *>(QStringLiteral("libraryDock"));
        const QList<QDockWidget *> docks = window->findChildren<QDockWidget *>();
        QVERIFY(docks.size() >= 6);
        const QByteArray stateBefore = window->saveState();
        QHash<QDockWidget *, bool> visibleBefore;
        for (QDockWidget *dock : docks)
            visibleBefore.insert(dock, dock->isVisibleTo(window.get()));
        QTRY_VERIFY(!checklistDock->visibleRegion().isEmpty());

        QTest::keyClick(&editor, Qt::Key_F11);
        QTRY_VERIFY(window->isFullScreen());
        for (QDockWidget *dock : docks)
            QVERIFY2(!dock->isVisibleTo(window.get()), qPrintable(dock->objectName()));
        QVERIFY(!window->statusBar()->isVisibleTo(window.get()));
        QVERIFY(!test::preview(*window).isVisibleTo(window.get()));
        QVERIFY(editor.isVisible());
        QVERIFY(editor.hasFocus());
        typeText(&editor, QStringLiteral(" Weiter schreiben."));
        QVERIFY(editor.toPlainText().endsWith(QStringLiteral("Weiter schreiben.")));

        QTest::keyClick(&editor, Qt::Key_F11); // and back, exactly as before
        QTRY_VERIFY(!window->isFullScreen());
        for (QDockWidget *dock : docks)
            QCOMPARE(dock->isVisibleTo(window.get()), visibleBefore.value(dock));
        QTRY_VERIFY(!checklistDock->visibleRegion().isEmpty()); // the same tab in front
        QVERIFY(libraryDock->isVisibleTo(window.get()));
        QVERIFY(window->statusBar()->isVisibleTo(window.get()));
        QVERIFY(test::preview(*window).isVisibleTo(window.get()));
        QCOMPARE(window->saveState(), stateBefore);

        // Esc leaves it too; Esc outside it does nothing to the window.
        QTest::keyClick(&editor, Qt::Key_F11);
        QTRY_VERIFY(window->isFullScreen());
        QTest::keyClick(&editor, Qt::Key_Escape);
        QTRY_VERIFY(!window->isFullScreen());
        QVERIFY(libraryDock->isVisibleTo(window.get()));
        QTest::keyClick(&editor, Qt::Key_Escape);
        QVERIFY(!window->isFullScreen());
        auto *action = window->findChild<QAction *>(QStringLiteral("actionDistractionFree"));
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F11));
        QVERIFY(!action->isChecked());
    }

    void zoomChangesTheEditorFontAndIsRemembered()
    {
        qreal base = 0;
        int marginBefore = 0;
        {
            auto window = openWindow(QStringLiteral("deutsch"), QSize(1600, 900));
            QVERIFY(window);
            MarkdownEditor &editor = test::editor(*window);
            test::sidebar(*window).setCollapsed(true); // a wide editor: the text column is centred
            test::preview(*window).hide();
            QTRY_VERIFY(editor.viewport()->x() > 20);
            base = editor.font().pointSizeF();
            marginBefore = editor.viewport()->x();
            QTest::keyClick(&editor, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(editor.zoomSteps(), 1);
            QVERIFY(editor.font().pointSizeF() > base);
            QCOMPARE(editor.document()->defaultFont().pointSizeF(), editor.font().pointSizeF());
            QTest::keyClick(&editor, Qt::Key_Plus, Qt::ControlModifier);
            QCOMPARE(editor.zoomSteps(), 2);
            // The column keeps its characters: wider text, smaller margins.
            QTRY_VERIFY(editor.viewport()->x() < marginBefore);
            QTest::keyClick(&editor, Qt::Key_Minus, Qt::ControlModifier);
            QCOMPARE(editor.zoomSteps(), 1);
            // Ctrl + mouse wheel.
            QWheelEvent wheel(QPointF(50, 50), editor.viewport()->mapToGlobal(QPointF(50, 50)), QPoint(), QPoint(0, 240),
                              Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(editor.viewport(), &wheel);
            QCOMPARE(editor.zoomSteps(), 3);
            QCOMPARE(QSettings().value(MarkdownEditor::kZoomKey).toInt(), 3);
            QVERIFY(window->close());
        }
        {
            auto window = openWindow(QStringLiteral("deutsch"));
            QVERIFY(window);
            MarkdownEditor &editor = test::editor(*window);
            QCOMPARE(editor.zoomSteps(), 3); // remembered
            QVERIFY(qAbs(editor.font().pointSizeF() - base * 1.3) < 0.01);
            // A new editor font from the settings keeps the zoom.
            QFont other = editor.font();
            other.setPointSizeF(20);
            editor.setFont(other);
            QVERIFY(qAbs(editor.font().pointSizeF() - 26) < 0.01);
            editor.setBaseFont(QFont(editor.font().family(), 10));
            QVERIFY(qAbs(editor.font().pointSizeF() - 13) < 0.01);
            QTest::keyClick(&editor, Qt::Key_0, Qt::ControlModifier);
            QCOMPARE(editor.zoomSteps(), 0);
            QVERIFY(qAbs(editor.font().pointSizeF() - 10) < 0.01);
            QCOMPARE(QSettings().value(MarkdownEditor::kZoomKey).toInt(), 0);
        }
    }

    // The demo article at 1280×720: the outline below the library follows the caret, the counts
    // fit into the status bar. FEDER_SCREENSHOT_DIR keeps a picture (run it with FEDER_LANG=de).
    void demoArticleAt1280x720()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")), Store::Access::Create);
        DemoSeeder::seed(*store);
        MainWindow window(*store);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::session(window).hasArticle());
        MarkdownEditor &editor = test::editor(window);
        auto &outline = test::windowPart<OutlinePanel>(window, "outlinePanel");
        auto &stats = test::windowPart<ArticleStatsLabel>(window, "articleStats");
        QVERIFY(outline.headings().size() >= 3);
        QVERIFY(outline.isVisible() && outline.width() >= 200 && outline.height() >= 100);
        // Into the second section, and a sentence with quotes and a dash.
        QApplication::setActiveWindow(&window);
        const bool active = QTest::qWaitForWindowActive(&window); // not under a bare Xvfb
        QTest::mouseClick(outline.viewport(), Qt::LeftButton, {}, outline.visualItemRect(outline.topLevelItem(1)).center());
        if (active)
            QTRY_VERIFY(editor.hasFocus());
        editor.moveCursor(QTextCursor::Down);
        editor.moveCursor(QTextCursor::Down);
        editor.moveCursor(QTextCursor::EndOfBlock);
        typeText(&editor, QStringLiteral(" Die Leitung sagte: \"Wir fangen klein an\" - und es geht's."));
        QVERIFY(editor.textCursor().block().text().endsWith(QStringLiteral("„Wir fangen klein an“ – und es geht’s.")));
        QCOMPARE(outline.currentItem(), outline.topLevelItem(1));
        QTRY_VERIFY(!stats.isCounting() && stats.counts().words > 0);
        QTRY_VERIFY(stats.isVisible() && stats.width() >= stats.sizeHint().width());
        QTest::qWait(300);
        const QString folder = qEnvironmentVariable("FEDER_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(window.grab().save(folder + QStringLiteral("/writing-1280.png")));
        // The View menu with the new entries, and the distraction-free window.
        QMenu *view = nullptr;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(window.findChild<QAction *>(QStringLiteral("actionZoomIn"))))
                view = menu->menu();
        }
        QVERIFY(view);
        view->popup(window.mapToGlobal(QPoint(200, 30)));
        QTRY_VERIFY(view->isVisible());
        if (!folder.isEmpty())
            QVERIFY(view->grab().save(folder + QStringLiteral("/writing-view-menu.png")));
        view->hide();
        auto *distractionFree = window.findChild<QAction *>(QStringLiteral("actionDistractionFree"));
        distractionFree->trigger();
        QTest::qWait(500);
        QVERIFY(!window.statusBar()->isVisible());
        if (!folder.isEmpty())
            QVERIFY(window.grab().save(folder + QStringLiteral("/writing-distraction-free.png")));
        distractionFree->trigger();
        QTRY_VERIFY(window.statusBar()->isVisible());
    }

    void viewMenuHasTheNewActions()
    {
        MainWindow window(*m_store);
        for (const char *name : {"actionOutline", "actionZoomIn", "actionZoomOut", "actionZoomReset", "actionDistractionFree"}) {
            auto *action = window.findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
            QVERIFY2(!action->associatedObjects().isEmpty(), name);
        }
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionZoomIn"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionZoomOut"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Minus));
        QCOMPARE(window.findChild<QAction *>(QStringLiteral("actionZoomReset"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_0));
    }
};

FEDER_GUI_TEST_MAIN(TestGuiWriting)
#include "tst_gui_writing.moc"

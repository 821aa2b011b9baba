// Issue 17, item 1 in the editor: blue underlines for typography findings in the one formatting
// layer, the one-click fix in the context menu, the „Stil“ hint in the checklist with
// „Typografie korrigieren“, German articles only, and no stale full check.
#include "GuiTestMain.h"
#include "WindowParts.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "check/ChecklistPanel.h"
#include "editor/MarkdownEditor.h"
#include "editor/TypingReplacements.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "session/EditSession.h"
#include "spelling/SpellHighlighter.h"
#include "style/StyleController.h"
#include "style/Typography.h"
#include "store/Database.h"
#include "store/Store.h"

#include <QContextMenuEvent>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

using namespace feder;
using feder::test::typeText;
using namespace feder::ui;

namespace {

// The underline the editor shows at this position of the document: its colour, or an invalid
// colour when there is none.
QColor underlineAt(MarkdownEditor &editor, int position)
{
    const QTextBlock block = editor.document()->findBlock(position);
    const int column = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && column >= range.start
            && column < range.start + range.length)
            return range.format.underlineColor();
    }
    return {};
}

bool styleUnderlined(MarkdownEditor &editor, int position)
{
    return underlineAt(editor, position) == SpellHighlighter::kTypographyColor;
}

int styleUnderlineCount(MarkdownEditor &editor)
{
    int count = 0;
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline
                && range.format.underlineColor() == SpellHighlighter::kTypographyColor)
                ++count;
        }
    }
    return count;
}

const CheckItem *styleItem(const QList<CheckItem> &items)
{
    for (const CheckItem &item : items) {
        if (item.rule == QLatin1String("style"))
            return &item;
    }
    return nullptr;
}

} // namespace

class TestGuiStyle : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    MarkdownEditor &editor() { return test::editor(*m_window); }
    EditSession &session() { return test::session(*m_window); }
    StyleController &style() { return test::style(*m_window); }
    int positionOf(const QString &text) { return int(session().text().indexOf(text)); }
    qint64 idOf(const QString &slug) { return m_store->articles().findBySlug(slug)->id; }

    void typeAtEnd(const QString &text)
    {
        QTextCursor cursor = editor().textCursor();
        cursor.movePosition(QTextCursor::End);
        editor().setTextCursor(cursor);
        editor().setFocus();
        typeText(&editor(), text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Straight quotes stay as typed: the replacement as you type would fix them at once.
        QSettings().setValue(TypingReplacements::kQuotesKey, false);
        QSettings().setValue(TypingReplacements::kDashKey, false);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(
            QStringLiteral("title: Digitale Verwaltung\nslug: a\nlanguage: de-DE"),
            QStringLiteral("Die Verwaltung wird digital.\n\n```\ncode \"bleibt\" so\n```\n")));
        test::writeFile(*m_dir, QStringLiteral("b.md"), test::articleText(
            QStringLiteral("title: Sauber\nslug: b\nlanguage: de-AT"),
            QStringLiteral("Ein „sauberer“ Text – ohne Fehler.\n")));
        test::writeFile(*m_dir, QStringLiteral("en.md"), test::articleText(
            QStringLiteral("title: English\nslug: en\nlanguage: en-US"),
            QStringLiteral("She said \"hello\" - and left...\n")));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("a.md")), m_dir->filePath(QStringLiteral("b.md")),
                                        m_dir->filePath(QStringLiteral("en.md"))});
        m_window = std::make_unique<MainWindow>(*m_store);
        session().setAutosaveDelay(60 * 60 * 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(session().open(idOf(QStringLiteral("a"))));
        QVERIFY(style().isActive());
    }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Typing "Hallo" underlines the quotes in blue at once (per keystroke, no pause needed); the
    // same quotes in a code span, in fenced code or with the spelling's red stay as they are.
    void typingUnderlinesInBlueNotInCode()
    {
        QCOMPARE(styleUnderlineCount(editor()), 0);
        typeAtEnd(QStringLiteral("\nEr sagte \"Hallo\" und tippte `\"roh\"` ein."));
        const int quote = positionOf(QStringLiteral("\"Hallo"));
        QVERIFY(styleUnderlined(editor(), quote));
        QVERIFY(styleUnderlined(editor(), quote + 6)); // the closing quote
        QVERIFY(!styleUnderlined(editor(), quote + 2)); // the word itself
        const QColor blue = underlineAt(editor(), quote);
        QCOMPARE(blue, SpellHighlighter::kTypographyColor);
        QVERIFY(blue != QColor(0xd0, 0x21, 0x21)); // not the spelling's red
        // Inside the code span and the fenced code block: nothing.
        QVERIFY(!underlineAt(editor(), positionOf(QStringLiteral("\"roh"))).isValid());
        QVERIFY(!underlineAt(editor(), positionOf(QStringLiteral("\"bleibt"))).isValid());
        // Findings update while typing: fixing the quotes by hand takes the underline away.
        QTextCursor cursor(editor().document());
        cursor.setPosition(quote);
        cursor.setPosition(quote + 1, QTextCursor::KeepAnchor);
        editor().setTextCursor(cursor);
        typeText(&editor(), QStringLiteral("„"));
        QVERIFY(!styleUnderlined(editor(), quote));
        QVERIFY(styleUnderlined(editor(), quote + 6));
        // The full check after the pause agrees: one finding left (the closing quote).
        QTRY_COMPARE_WITH_TIMEOUT(style().findingCount(), 1, 10000);
    }

    // The fix is the first entry of the editor's real context menu (with the rule's message,
    // above the spelling's and the standard entries); applying it is one undo step.
    void contextMenuFixIsFirstAndOneUndoStep()
    {
        typeAtEnd(QStringLiteral("\nEr sagte \"Hallo\" zu allen."));
        const QString before = session().text();
        const int quote = positionOf(QStringLiteral("\"Hallo"));
        QTextCursor at(editor().document());
        at.setPosition(quote + 1);
        const QPoint point = editor().cursorRect(at).center();
        QStringList names;
        QStringList texts;
        QAction *fix = nullptr;
        QTimer::singleShot(300, this, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *menu = qobject_cast<QMenu *>(widget);
                if (!menu || !menu->isVisible())
                    continue;
                for (QAction *action : menu->actions()) {
                    names.append(action->objectName());
                    texts.append(action->text());
                }
                fix = menu->actions().value(0);
                menu->close();
            }
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, point, editor().viewport()->mapToGlobal(point));
        QApplication::sendEvent(editor().viewport(), &event);
        QVERIFY2(names.size() > 3, qPrintable(names.join(QLatin1Char(','))));
        QCOMPARE(names.value(0), QStringLiteral("styleFix"));
        QCOMPARE(names.value(1), QStringLiteral("styleMessage"));
        // „Ersetzen durch „„““ in German, the replacement shown.
        QVERIFY2(texts.value(0).startsWith(StyleController::tr("Replace with „%1“").section(QLatin1Char('%'), 0, 0) + QStringLiteral("„")),
                 qPrintable(texts.value(0)));
        QCOMPARE(texts.value(1), Typography::message(Typography::kQuotes));

        // The same entries through the controller, and the fix applied.
        QMenu menu;
        menu.addAction(QStringLiteral("Kopieren"));
        QVERIFY(style().addContextActions(&menu, at));
        QCOMPARE(menu.actions().first()->objectName(), QStringLiteral("styleFix"));
        menu.actions().first()->trigger();
        const QString after = session().text();
        QVERIFY(after != before);
        QVERIFY2(!after.contains(QStringLiteral("\"Hallo")), qPrintable(after));
        QVERIFY(!styleUnderlined(editor(), quote));
        editor().setFocus();
        QTest::keyClick(&editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session().text(), before);

        // No entries where there is no finding.
        QMenu plain;
        at.setPosition(positionOf(QStringLiteral("allen")) + 2);
        QVERIFY(!style().addContextActions(&plain, at));
        QVERIFY(plain.actions().isEmpty());
    }

    // The checklist's „Stil“ section counts the findings (a hint, not blocking); its row moves
    // the caret to the first finding; „Typografie korrigieren“ fixes all in one undo step and
    // leaves code alone.
    void checklistHintAndFixAll()
    {
        QTextCursor end(editor().document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("\nEr sagte \"Hallo\"... und ging um 9 - 17 Uhr. Siehe `a - b` und https://x.de/a...b\n"));
        const QString before = session().text();
        const int expected = int(Typography::checkMarkdown(before).size());
        QVERIFY(expected >= 3);
        QTRY_COMPARE_WITH_TIMEOUT(style().findingCount(), expected, 10000);
        ChecklistPanel &panel = test::checklist(*m_window);
        QTRY_VERIFY_WITH_TIMEOUT(styleItem(panel.items()), 10000);
        const CheckItem item = *styleItem(panel.items());
        QVERIFY(!item.isBlocking());
        QVERIFY2(item.message.startsWith(QString::number(expected) + QLatin1Char(' ')), qPrintable(item.message));
        QVERIFY(!Checklist::hasBlocking(panel.items()));
        // The section heading and the row.
        QListWidget &list = panel.list();
        QListWidgetItem *row = nullptr;
        bool heading = false;
        for (int i = 0; i < list.count(); ++i) {
            if (list.item(i)->text() == ChecklistPanel::tr("Style")) // „Stil“
                heading = true;
            if (list.item(i)->text() == item.message)
                row = list.item(i);
        }
        QVERIFY(heading);
        QVERIFY(row);
        QTextCursor start = editor().textCursor();
        start.setPosition(0);
        editor().setTextCursor(start);
        Q_EMIT list.itemClicked(row);
        QCOMPARE(editor().textCursor().position(), Typography::checkMarkdown(before).first().start);

        QAction *fixAll = style().fixAllAction();
        QVERIFY(fixAll->isEnabled());
        fixAll->trigger();
        const QString fixed = session().text();
        QVERIFY(Typography::checkMarkdown(fixed).isEmpty());
        QCOMPARE(fixed, Typography::apply(before, Typography::checkMarkdown(before)));
        QVERIFY(fixed.contains(QStringLiteral("`a - b`")));              // code untouched
        QVERIFY(fixed.contains(QStringLiteral("https://x.de/a...b")));  // the URL too
        QVERIFY(fixed.contains(QStringLiteral("code \"bleibt\" so")));   // and fenced code
        QVERIFY(fixed.contains(QStringLiteral("„Hallo“…")));
        QTRY_VERIFY_WITH_TIMEOUT(!styleItem(panel.items()), 10000);
        QCOMPARE(style().findingCount(), 0);
        QVERIFY(!fixAll->isEnabled());
        QCOMPARE(styleUnderlineCount(editor()), 0);
        // One undo step brings everything back.
        editor().setFocus();
        QTest::keyClick(&editor(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(session().text(), before);
        QTRY_COMPARE_WITH_TIMEOUT(style().findingCount(), expected, 10000);
    }

    // A quote opened on one line and closed on the next is one paragraph: after the pause every
    // line shows what the full check found.
    void paragraphAcrossLines()
    {
        QTextCursor end(editor().document());
        end.movePosition(QTextCursor::End);
        end.insertText(QStringLiteral("\nEine Zeile mit \"Anfang\nund Ende\" eines Zitats.\n"));
        QTRY_VERIFY_WITH_TIMEOUT(style().findingCount() > 0, 10000);
        QVERIFY(styleUnderlined(editor(), positionOf(QStringLiteral("\"Anfang"))));
        QVERIFY(styleUnderlined(editor(), positionOf(QStringLiteral("Ende\"")) + 4));
        QCOMPARE(styleUnderlineCount(editor()), int(Typography::checkMarkdown(session().text()).size()));
    }

    // en-US: no underline, no count, no menu entry, the action stays off.
    void englishArticleHasNoStyleFindings()
    {
        QVERIFY(session().open(idOf(QStringLiteral("en"))));
        QVERIFY(!style().isActive());
        QVERIFY(!Typography::checkMarkdown(session().text()).isEmpty()); // a German check would find some
        QCOMPARE(styleUnderlineCount(editor()), 0);
        typeAtEnd(QStringLiteral("\nAnd \"more\"..."));
        QCOMPARE(styleUnderlineCount(editor()), 0);
        QTest::qWait(1200); // past the full check's pause
        QCOMPARE(style().findingCount(), 0);
        QVERIFY(!style().fixAllAction()->isEnabled());
        QVERIFY(!styleItem(test::checklist(*m_window).items()));
        QMenu menu;
        QTextCursor at(editor().document());
        at.setPosition(positionOf(QStringLiteral("\"more")) + 1);
        QVERIFY(!style().addContextActions(&menu, at));
        QCOMPARE(style().fixAll(), 0);
    }

    // A long article is underlined in slices after it opens (opening does not wait for it), and
    // in the end every finding of the full check is underlined.
    void longArticleIsUnderlinedAfterOpening()
    {
        QString body;
        for (int i = 0; i < 600; ++i)
            body += QStringLiteral("Absatz %1 mit \"Zitat\" und z. B. einer Zahl.\n\n").arg(i);
        QVERIFY(body.size() > 20000);
        Article article;
        article.title = QStringLiteral("Lang");
        article.slug = QStringLiteral("lang");
        article.language = QStringLiteral("de-CH");
        article.body = body;
        {
            Transaction t(m_store->database());
            m_store->articles().save(article);
            t.commit();
        }
        QVERIFY(session().open(idOf(QStringLiteral("lang"))));
        const int expected = int(Typography::checkMarkdown(body).size());
        QCOMPARE(expected, 600 * 3);
        QTRY_COMPARE_WITH_TIMEOUT(style().findingCount(), expected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(styleUnderlineCount(editor()), expected, 10000);
    }

    // A full check still running when the next article opens never reports for it.
    void staleFullCheckNeverReportsForTheNextArticle()
    {
        QTextCursor end(editor().document());
        end.movePosition(QTextCursor::End);
        QString slips;
        for (int i = 0; i < 2000; ++i)
            slips += QStringLiteral("Er sagte \"Hallo\" ... und ging - schnell.\n\n");
        end.insertText(slips);
        QSignalSpy reported(&style(), &StyleController::findingsChanged);
        style().runFullCheck(); // on its way
        QVERIFY(session().open(idOf(QStringLiteral("b")))); // German too, and clean
        reported.clear();
        QTest::qWait(1500);
        for (const QList<QVariant> &signal : std::as_const(reported))
            QCOMPARE(signal.value(0).toInt(), 0);
        QCOMPARE(style().findingCount(), 0);
        QCOMPARE(styleUnderlineCount(editor()), 0);
        // And the same towards an English article.
        QVERIFY(session().open(idOf(QStringLiteral("a"))));
        QTextCursor again(editor().document());
        again.movePosition(QTextCursor::End);
        again.insertText(slips);
        style().runFullCheck();
        QVERIFY(session().open(idOf(QStringLiteral("en"))));
        QTest::qWait(1500);
        QCOMPARE(style().findingCount(), 0);
    }
};

FEDER_GUI_TEST_MAIN(TestGuiStyle)
#include "tst_gui_style.moc"

#include "GuiTestMain.h"
#include "WindowParts.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "check/Checklist.h"
#include "check/ChecklistPanel.h"
#include "session/EditSession.h"
#include "metadata/MetadataController.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "spelling/SpellingController.h"
#include "spelling/SpellingPanel.h"
#include "store/Store.h"

#include <QComboBox>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>

using namespace feder;
using feder::test::typeText;
using namespace feder::ui;

namespace {

// Whether the editor shows a spelling underline at this position of the document.
bool underlined(MarkdownEditor &editor, int position)
{
    const QTextBlock block = editor.document()->findBlock(position);
    const int column = position - block.position();
    const auto formats = block.layout()->formats();
    return std::any_of(formats.begin(), formats.end(), [&](const QTextLayout::FormatRange &range) {
        return range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline && column >= range.start
               && column < range.start + range.length;
    });
}

// The editor's character format at this position of the document (issue 12: Markdown).
QTextCharFormat formatAt(MarkdownEditor &editor, int position)
{
    const QTextBlock block = editor.document()->findBlock(position);
    const int column = position - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestGuiSpelling : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;

    MarkdownEditor &editor() { return test::editor(*m_window); }
    SpellingController &spelling() { return test::spelling(*m_window); }
    int positionOf(const QString &word) { return int(editor().toPlainText().indexOf(word)); }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(
            QStringLiteral("title: Digitale Verwaltung\nslug: a\nauthor: Thomas Okonkwo"),
            QStringLiteral("Die Platform funtioniert. Okonkwo nutzt die Cloud.\n\n```\nfalschhh im Code\n```\n\nNoch ein Fehlerr und ein Fehlerr.\n")));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("a.md"))});
        m_window = std::make_unique<MainWindow>(*m_store);
        test::session(*m_window).setAutosaveDelay(60 * 60 * 1000);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE_WITH_TIMEOUT(spelling().findings().size(), qsizetype(4), 10000);
    }
    void cleanup()
    {
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    void underlinesRealErrorsOnly()
    {
        QVERIFY(underlined(editor(), positionOf(QStringLiteral("Platform"))));
        QVERIFY(underlined(editor(), positionOf(QStringLiteral("funtioniert"))));
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("Okonkwo")))); // the author's name
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("Cloud"))));
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("falschhh")))); // code block
        // The panel groups by word with counts.
        QListWidget &list = test::spellingPanel(*m_window).list();
        QStringList rows;
        for (int i = 0; i < list.count(); ++i)
            rows.append(list.item(i)->text());
        QCOMPARE(rows, (QStringList{QStringLiteral("Fehlerr (2)"), QStringLiteral("Platform (1)"), QStringLiteral("funtioniert (1)")}));
    }

    // Issue 15, item 3: the GUI checklist and `feder check` count the same findings — the
    // metadata prose (title, excerpt, alt text, SEO texts) as well as the body.
    void checklistCountsWhatFederCheckCounts()
    {
        Article withTitleError = test::session(*m_window).article();
        withTitleError.title = QStringLiteral("Digitale Verwaltnug");
        withTitleError.excerpt = QStringLiteral("Ein Anreisser mit Fehlerr.");
        test::metadataController(*m_window).edit(QStringLiteral("x"), test::session(*m_window).article(), withTitleError);
        const Article stored = *m_store->articles().findBySlug(QStringLiteral("a"));
        const QList<CheckItem> cli = Checklist::run(*m_store, stored); // what `feder check` runs
        const auto spellingItem = [](const QList<CheckItem> &items) {
            for (const CheckItem &item : items) {
                if (item.rule == QLatin1String("spelling"))
                    return item.message;
            }
            return QString();
        };
        QVERIFY(!spellingItem(cli).isEmpty());
        QCOMPARE(Checklist::countSpellingFindings(*m_store, stored), 4 + 3);
        QTRY_COMPARE_WITH_TIMEOUT(spellingItem(test::checklist(*m_window).items()), spellingItem(cli), 10000);
        QCOMPARE(spelling().findingCount(), 4 + 3);
    }

    // Issue 12: one formatting layer. Headings, emphasis, links, code and container lines are
    // highlighted, and the spelling underlines lie on top of them, not instead of them.
    void markdownHighlightingLivesWithTheUnderlines()
    {
        QTextCursor cursor(editor().document());
        cursor.movePosition(QTextCursor::End);
        editor().setTextCursor(cursor);
        typeText(&editor(), QStringLiteral("\n## Eine Überschrifft\n::: pullquote\nMit *Betonung* und **Fehlerr** "
                                           "und [Verweis](https://example.org) und `codee`.\n:::\n"));
        const QTextCharFormat heading = formatAt(editor(), positionOf(QStringLiteral("Überschrifft")));
        QCOMPARE(heading.fontWeight(), int(QFont::Bold));
        QCOMPARE(heading.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        const QColor text = editor().palette().color(QPalette::Text);
        QVERIFY(formatAt(editor(), positionOf(QStringLiteral("## Eine"))).foreground().color() != text); // dimmed markup
        const QTextCharFormat marker = formatAt(editor(), positionOf(QStringLiteral("::: pullquote")) + 4);
        QVERIFY(marker.hasProperty(QTextFormat::ForegroundBrush) && marker.foreground().color() != text);
        QVERIFY(formatAt(editor(), positionOf(QStringLiteral("Betonung"))).fontItalic());
        const QTextCharFormat strong = formatAt(editor(), positionOf(QStringLiteral("Fehlerr**")));
        QCOMPARE(strong.fontWeight(), int(QFont::Bold));
        QCOMPARE(strong.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QVERIFY(formatAt(editor(), positionOf(QStringLiteral("Verweis"))).fontUnderline());
        QVERIFY(!formatAt(editor(), positionOf(QStringLiteral("codee"))).fontFamilies().toStringList().isEmpty());
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("codee"))));
        QVERIFY(!formatAt(editor(), positionOf(QStringLiteral("falschhh"))).fontFamilies().toStringList().isEmpty()); // fenced code
        QVERIFY(!formatAt(editor(), positionOf(QStringLiteral("Die Platform"))).hasProperty(QTextFormat::FontWeight)); // plain prose
    }

    void typingUnderlinesAtOnce()
    {
        QTextCursor cursor(editor().document());
        cursor.movePosition(QTextCursor::End);
        editor().setTextCursor(cursor);
        typeText(&editor(), QStringLiteral("\nDas Bürgeramt ist bürgernah und hat eine Hotlinne "));
        QVERIFY(underlined(editor(), positionOf(QStringLiteral("Hotlinne"))));
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("bürgernah"))));
        QTRY_COMPARE_WITH_TIMEOUT(spelling().findings().size(), qsizetype(5), 10000); // the background check caught up
    }

    void contextMenuOffersSuggestionsDictionaryAndIgnore()
    {
        QMenu menu;
        menu.addAction(QStringLiteral("Kopieren"));
        QTextCursor cursor(editor().document());
        cursor.setPosition(positionOf(QStringLiteral("Platform")) + 2);
        QVERIFY(spelling().addContextActions(&menu, cursor));
        // The menu is there at once; the suggestions replace the placeholder when ready.
        QTRY_COMPARE_WITH_TIMEOUT(menu.actions().first()->text(), QStringLiteral("Plattform"), 10000);
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("spellSuggestionsPending")) || !menu.actions().contains(menu.findChild<QAction *>(QStringLiteral("spellSuggestionsPending"))));
        const QList<QAction *> actions = menu.actions();
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](QAction *a) { return a->objectName() == QLatin1String("spellAddToDictionary"); }));
        QVERIFY(std::any_of(actions.begin(), actions.end(), [](QAction *a) { return a->objectName() == QLatin1String("spellIgnoreInArticle"); }));
        actions.first()->trigger();
        QVERIFY(editor().toPlainText().startsWith(QStringLiteral("Die Plattform funtioniert.")));
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("Plattform"))));

        // No spelling entries on a correct word.
        QMenu plain;
        cursor.setPosition(positionOf(QStringLiteral("Cloud")) + 1);
        QVERIFY(!spelling().addContextActions(&plain, cursor));
    }

    void dictionaryAndIgnoreList()
    {
        spelling().addToDictionary(QStringLiteral("Fehlerr"));
        QCOMPARE(m_store->dictionary().words(), QStringList{QStringLiteral("Fehlerr")});
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("Fehlerr"))));
        spelling().ignoreInArticle(QStringLiteral("funtioniert"));
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("funtioniert"))));
        QTRY_COMPARE_WITH_TIMEOUT(spelling().findings().size(), qsizetype(1), 10000);
        QCOMPARE(m_store->dictionary().ignoredInArticle(test::session(*m_window).article().id), QSet<QString>{QStringLiteral("funtioniert")});
    }

    void replaceAllFromThePanel()
    {
        SpellingPanel &panel = test::spellingPanel(*m_window);
        // Nothing is preselected, nothing prefilled: one click cannot replace anything.
        QVERIFY(panel.currentWord().isEmpty());
        QVERIFY(panel.suggestions().currentText().isEmpty());
        QVERIFY(!panel.replaceButton().isEnabled());
        QVERIFY(!panel.findChild<QPushButton *>(QStringLiteral("spellingJump"))->isEnabled());
        panel.list().setCurrentRow(0); // Fehlerr (2)
        QVERIFY(panel.findChild<QPushButton *>(QStringLiteral("spellingJump"))->isEnabled());
        QCOMPARE(panel.currentWord(), QStringLiteral("Fehlerr"));
        // Suggestions arrive from a worker thread; still nothing chosen.
        QTRY_VERIFY_WITH_TIMEOUT(panel.suggestions().count() > 0, 10000);
        QCOMPARE(panel.suggestions().itemText(0), QStringLiteral("Fehler"));
        QVERIFY(panel.suggestions().currentText().isEmpty());
        QVERIFY(!panel.replaceButton().isEnabled());
        // A new check after a pause keeps the selection and the chosen replacement.
        panel.suggestions().setCurrentIndex(0);
        spelling().scheduleFullCheck();
        QSignalSpy checked(&spelling(), &SpellingController::findingsChanged);
        QVERIFY(checked.wait(10000));
        QCOMPARE(panel.currentWord(), QStringLiteral("Fehlerr"));
        QCOMPARE(panel.suggestions().currentText(), QStringLiteral("Fehler"));
        QVERIFY(panel.replaceButton().isEnabled());
        QTest::mouseClick(&panel.replaceButton(), Qt::LeftButton);
        QVERIFY(editor().toPlainText().contains(QStringLiteral("Noch ein Fehler und ein Fehler.")));
        editor().setFocus();
        QTest::keyClick(&editor(), Qt::Key_Z, Qt::ControlModifier); // one Strg+Z undoes every replacement
        QVERIFY(editor().toPlainText().contains(QStringLiteral("Noch ein Fehlerr und ein Fehlerr.")));

        panel.jumpToNext();
        QCOMPARE(editor().textCursor().selectedText(), QStringLiteral("Fehlerr"));
        const int first = editor().textCursor().selectionStart();
        panel.jumpToNext();
        QVERIFY(editor().textCursor().selectionStart() > first);
    }

    void languageCanBeSwitched()
    {
        QCOMPARE(spelling().language(), QStringLiteral("de-DE"));
        spelling().setLanguage(QStringLiteral("en-US"));
        QVERIFY(underlined(editor(), positionOf(QStringLiteral("nutzt"))));
        spelling().setLanguage(QStringLiteral("de-DE"));
        QVERIFY(!underlined(editor(), positionOf(QStringLiteral("nutzt"))));
    }
};

FEDER_GUI_TEST_MAIN(TestGuiSpelling)
#include "tst_gui_spelling.moc"

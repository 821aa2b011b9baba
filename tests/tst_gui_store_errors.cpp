// Issue 15, item 1: every GUI action that writes goes through a core service and survives a
// store that refuses to write. For each action: no exception reaches the event loop (the
// GuardedApplication counts any that do), the author is told in words (a message box or the
// status bar), and nothing is lost (the editor's text stays, the store is unchanged).
#include "GuiTestMain.h"
#include "WindowParts.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "library/LibraryPanel.h"
#include "mainwindow/MainWindow.h"
#include "metadata/MetadataPanel.h"
#include "people/NamesDialog.h"
#include "review/HistoryDialog.h"
#include "review/ReviewController.h"
#include "services/ArticleService.h"
#include "services/CurrentUser.h"
#include "services/ReviewService.h"
#include "services/TrashService.h"
#include "spelling/SpellingController.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace feder;
using namespace feder::ui;

namespace {

const QString kInjected = QStringLiteral("injected write failure"); // FailingStatements::writes()

GuardedApplication &app()
{
    return *qobject_cast<GuardedApplication *>(QCoreApplication::instance());
}


// Answers every message box that opens (modal ones too: Yes where there is one, else OK) and
// keeps what they said.
class MessageWatcher : public QObject
{
public:
    MessageWatcher()
    {
        connect(&m_timer, &QTimer::timeout, this, &MessageWatcher::answer);
        m_timer.start(20);
    }
    QStringList said;

private:
    void answer()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || !box->isVisible())
                continue;
            said.append(box->text());
            QAbstractButton *yes = box->button(QMessageBox::Yes);
            QAbstractButton *ok = box->button(QMessageBox::Ok);
            if (yes)
                yes->click();
            else if (ok)
                ok->click();
            else
                box->reject();
        }
    }
    QTimer m_timer;
};

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu()->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestGuiStoreErrors : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_alpha = 0;
    qint64 m_thread = 0;

    MarkdownEditor &editor() { return test::editor(*m_window); }

    void selectInEditor(int start, int end)
    {
        QTextCursor cursor(editor().document());
        cursor.setPosition(start);
        cursor.setPosition(end, QTextCursor::KeepAnchor);
        editor().setTextCursor(cursor);
    }

    // A snapshot of everything the actions could change, to prove a failed action changed nothing.
    QString storeState()
    {
        QStringList state;
        for (const ArticleSummary &summary : m_store->articles().summaries())
            state << summary.slug << summary.title;
        state << QString::number(m_store->articles().trash().size());
        const Article alpha = *m_store->articles().findById(m_alpha);
        state << alpha.title << alpha.body << alpha.status << alpha.teaserAsset;
        state << QString::number(m_store->revisions().forArticle(m_alpha).size());
        for (const auto &revision : m_store->revisions().forArticle(m_alpha))
            state << revision.name;
        for (const AnnotationThread &thread : m_store->annotations().threads(m_alpha))
            state << thread.text << thread.state << QString::number(thread.replies.size());
        state << m_store->dictionary().words();
        for (const Author &author : m_store->authors().authors())
            state << author.name << author.role;
        for (const Category &category : m_store->authors().categories())
            state << category.name;
        return state.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void init()
    {
        qputenv("FEDER_REVIEWER", "Rita Berg");
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(
            QStringLiteral("title: Alpha\nslug: alpha\nauthor: Rita Berg\ncategory: Finanzen"),
            QStringLiteral("Die Stadt stellt ihre Terminvergabe um.\n")));
        test::writeFile(*m_dir, QStringLiteral("b.md"), test::articleText(
            QStringLiteral("title: Beta\nslug: beta\nauthor: Jonas Petersen\ncategory: Verwaltung"), QStringLiteral("Zweiter Text.\n")));
        test::writeFile(*m_dir, QStringLiteral("c.md"), test::articleText(QStringLiteral("title: Gamma\nslug: gamma"), QStringLiteral("Dritter.\n")));
        test::writeFile(*m_dir, QStringLiteral("bild.png"), test::pngBytes(40, 20));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("a.md")), m_dir->filePath(QStringLiteral("b.md")),
                                        m_dir->filePath(QStringLiteral("c.md"))});
        m_alpha = m_store->articles().findBySlug(QStringLiteral("alpha"))->id;
        const QString body = m_store->articles().findById(m_alpha)->body;
        m_thread = ReviewService(*m_store).addComment(m_alpha, body, 4, 9, QStringLiteral("Welche Stadt?")).value;
        QVERIFY(m_thread);
        QVERIFY(ArticleService(*m_store).takeRevision(m_alpha, QStringLiteral("save")));
        // One article in the trash, for "Empty the trash".
        QVERIFY(TrashService(*m_store).moveToTrash(m_store->articles().findBySlug(QStringLiteral("gamma"))->id));
        m_store->authors().ensureCategory(QStringLiteral("Unbenutzt")); // one that may be deleted

        m_window = std::make_unique<MainWindow>(*m_store);
        test::session(*m_window).setAutosaveDelay(60 * 60 * 1000);
        test::review(*m_window).askCommentText = [](const QString &) { return QStringLiteral("Neuer Kommentar"); };
        test::libraryPanel(*m_window).confirmDelete = [](const QString &) { return true; };
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(test::session(*m_window).open(m_alpha));
    }
    void cleanup()
    {
        Database::setFaultInjector({});
        m_window.reset();
        m_store.reset();
        m_dir.reset();
        qunsetenv("FEDER_REVIEWER");
    }

    void everyWriteFailureIsShownAndLosesNothing_data()
    {
        QTest::addColumn<QString>("action");
        for (const char *action : {"new article", "duplicate", "delete", "undo delete", "empty trash", "save",
                                   "title", "status", "teaser image", "restore revision", "name revision",
                                   "add comment", "reply", "resolve", "edit comment", "delete comment",
                                   "add to dictionary", "ignore in article", "rename author", "merge categories",
                                   "delete category", "author role", "category order"})
            QTest::newRow(action) << QString::fromLatin1(action);
    }

    void everyWriteFailureIsShownAndLosesNothing()
    {
        QFETCH(QString, action);
        LibraryPanel &library = test::libraryPanel(*m_window);
        if (action == QLatin1String("undo delete")) {
            // The delete itself works; its undo meets the failing store.
            library.selectArticle(m_store->articles().findBySlug(QStringLiteral("beta"))->id);
            library.deleteCurrent();
            QVERIFY(test::session(*m_window).open(m_alpha));
        }
        // The author has typed something that is not saved yet: it must survive every failure.
        editor().setFocus();
        editor().moveCursor(QTextCursor::End);
        test::typeText(&editor(), QStringLiteral("Ungespeichert"));
        const QString typed = editor().toPlainText();
        const QString before = storeState();
        const int escapedBefore = app().problemCount();
        MessageWatcher messages;
        m_window->statusBar()->clearMessage();

        {
            const test::FailingStatements failing = test::FailingStatements::writes(); // reading still works
            if (action == QLatin1String("new article")) {
                library.createArticle();
            } else if (action == QLatin1String("duplicate")) {
                library.selectArticle(m_alpha);
                library.duplicateCurrent();
            } else if (action == QLatin1String("delete")) {
                library.selectArticle(m_alpha);
                library.deleteCurrent();
            } else if (action == QLatin1String("undo delete")) {
                library.undoStack().undo();
            } else if (action == QLatin1String("empty trash")) {
                QAction *empty = menuAction(*m_window, MainWindow::tr("Empty the &trash"));
                QVERIFY(empty);
                empty->trigger();
            } else if (action == QLatin1String("save")) {
                QTest::keyClick(&editor(), Qt::Key_S, Qt::ControlModifier);
            } else if (action == QLatin1String("title")) {
                auto *title = test::metadata(*m_window).findChild<QLineEdit *>(QStringLiteral("metaTitle"));
                title->setFocus();
                title->selectAll();
                QTest::keyClicks(title, QStringLiteral("Neuer Titel"));
                QTest::keyClick(title, Qt::Key_Return);
            } else if (action == QLatin1String("status")) {
                QComboBox &status = test::metadata(*m_window).statusField();
                status.setCurrentIndex(status.findData(QStringLiteral("review")));
                Q_EMIT status.activated(status.currentIndex());
            } else if (action == QLatin1String("teaser image")) {
                test::metadata(*m_window).chooseTeaserImage(m_dir->filePath(QStringLiteral("bild.png")));
            } else if (action == QLatin1String("restore revision") || action == QLatin1String("name revision")) {
                HistoryDialog dialog(*m_store, m_alpha, m_window.get());
                dialog.askName = [] { return QStringLiteral("Vor dem Umbau"); };
                dialog.revisions().setCurrentRow(0);
                if (action == QLatin1String("restore revision"))
                    QVERIFY(!dialog.restoreSelected());
                else
                    dialog.nameSelected();
            } else if (action == QLatin1String("add comment")) {
                selectInEditor(0, 3);
                QVERIFY(!test::review(*m_window).addCommentOnSelection());
            } else if (action == QLatin1String("reply")) {
                test::review(*m_window).reply(m_thread);
            } else if (action == QLatin1String("resolve")) {
                test::review(*m_window).setResolved(m_thread, true);
            } else if (action == QLatin1String("edit comment")) {
                test::review(*m_window).editThread(m_thread);
            } else if (action == QLatin1String("delete comment")) {
                test::review(*m_window).deleteThread(m_thread);
            } else if (action == QLatin1String("add to dictionary")) {
                test::spelling(*m_window).addToDictionary(QStringLiteral("Terminvergabeportal"));
            } else if (action == QLatin1String("ignore in article")) {
                test::spelling(*m_window).ignoreInArticle(QStringLiteral("Terminvergabeportal"));
            } else {
                const bool authors = action.contains(QLatin1String("author"));
                NamesDialog dialog(*m_store, authors ? NamesDialog::Kind::Authors : NamesDialog::Kind::Categories, m_window.get());
                const auto unused = dialog.list().findItems(QStringLiteral("Unbenutzt"), Qt::MatchExactly);
                dialog.list().setCurrentRow(action == QLatin1String("delete category") ? dialog.list().row(unused.value(0)) : 0);
                if (action == QLatin1String("rename author"))
                    QVERIFY(!dialog.renameCurrent(QStringLiteral("Rita Berg-Schulz")));
                else if (action == QLatin1String("merge categories"))
                    QVERIFY(!dialog.mergeCurrentInto(dialog.list().item(1)->text()));
                else if (action == QLatin1String("delete category"))
                    QVERIFY(!dialog.deleteCurrent());
                else if (action == QLatin1String("author role"))
                    QVERIFY(!dialog.setCurrentRole(QStringLiteral("Chefredaktion")));
                else
                    QVERIFY(!dialog.moveCurrent(1));
            }
            QTest::qWait(100); // message boxes answered, queued slots run
        }

        QCOMPARE(app().problemCount(), escapedBefore); // nothing reached the event loop
        const QString shown = messages.said.join(QLatin1Char('\n')) + m_window->statusBar()->currentMessage();
        QVERIFY2(shown.contains(kInjected), qPrintable(QStringLiteral("not shown for %1: '%2'").arg(action, shown)));
        QCOMPARE(editor().toPlainText(), typed);  // nothing typed is lost
        QCOMPARE(storeState(), before);           // and nothing half-written
        QVERIFY(m_window->isVisible());
    }
};

FEDER_GUI_TEST_MAIN(TestGuiStoreErrors)
#include "tst_gui_store_errors.moc"

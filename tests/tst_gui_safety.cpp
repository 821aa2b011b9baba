// The window under store failures and changes from elsewhere: no store error reaches the event
// loop (every repository made to fail in turn while the author works), nothing typed is lost, a
// body changed outside the editor is kept as a revision, a read-only window changes nothing.
#include "GuiTestMain.h"
#include "WindowParts.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "library/LibraryPanel.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowHost.h"
#include "store/Backup.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QDir>
#include <QFileInfo>
#include <QTest>
#include <QTimer>

using namespace feder;
using feder::test::typeText;
using namespace feder::ui;

namespace {

GuardedApplication &app()
{
    return *qobject_cast<GuardedApplication *>(QCoreApplication::instance());
}


} // namespace

class TestGuiSafety : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    qint64 idOf(const QString &slug) { return m_store->articles().findBySlug(slug)->id; }
    QString storedBody(const QString &slug) { return m_store->articles().findBySlug(slug)->body; }

    // Clicks the library row of an article, as the author would.
    void clickArticle(MainWindow &window, const QString &title)
    {
        QTableView &view = test::library(window);
        for (int row = 0; row < view.model()->rowCount(); ++row) {
            const QModelIndex index = view.model()->index(row, 0);
            if (index.data().toString() == title) {
                QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.visualRect(index).center());
                return;
            }
        }
        QFAIL(qPrintable(QStringLiteral("no row %1").arg(title)));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(
            QStringLiteral("title: Alpha\nslug: alpha\nauthor: Rita Berg\ncategory: Finanzen"), QStringLiteral("Erster Absatz.")));
        test::writeFile(*m_dir, QStringLiteral("b.md"), test::articleText(QStringLiteral("title: Beta\nslug: beta"), QStringLiteral("Zweiter Text.")));
        Importer(*m_store).importPaths({m_dir->path()});
    }
    void cleanup()
    {
        Database::setFaultInjector({});
        m_store.reset();
        m_dir.reset();
    }

    void storeErrorsNeverReachTheEventLoop_data()
    {
        QTest::addColumn<QByteArray>("table");
        for (const char *table : {"articles", "authors", "categories", "assets", "revisions", "annotations",
                                  "settings", "dictionary", "article_related", "status_changes", "article_fts"})
            QTest::newRow(table) << QByteArray(table);
    }

    void storeErrorsNeverReachTheEventLoop()
    {
        QFETCH(QByteArray, table);
        MainWindow window(*m_store);
        test::session(window).setAutosaveDelay(100);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::session(window).open(idOf(QStringLiteral("alpha"))));
        const int problemsBefore = app().problemCount();
        {
            const test::FailingStatements failing = test::FailingStatements::containing(table);
            // Work as an author does while the store fails: type, let autosave run, save,
            // switch articles by clicking, type again.
            test::editor(window).setFocus();
            test::editor(window).moveCursor(QTextCursor::End);
            typeText(&test::editor(window), QStringLiteral(" Eins"));
            QTest::qWait(300);
            QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
            clickArticle(window, QStringLiteral("Beta"));
            QTest::qWait(100);
            typeText(&test::editor(window), QStringLiteral(" Zwei"));
            QTest::qWait(300);
            clickArticle(window, QStringLiteral("Alpha"));
            QTest::qWait(300);
        }
        QVERIFY(window.isVisible()); // still here: nothing aborted
        // Every failure was said (in the status bar or a message), none was swallowed silently.
        const bool said = app().problemCount() > problemsBefore
                          || window.statusBar()->currentMessage().contains(QStringLiteral("injected failure"));
        if (table == "articles" || table == "article_fts")
            QVERIFY2(said, "the failure was not reported");
        // Once the store works again, everything typed reaches it.
        test::session(window).save();
        const QString open = test::session(window).article().slug;
        QTRY_VERIFY_WITH_TIMEOUT(!test::session(window).isModified(), 3000);
        const QString alpha = storedBody(QStringLiteral("alpha"));
        const QString beta = storedBody(QStringLiteral("beta"));
        QVERIFY2(alpha.contains(QStringLiteral("Eins")) || (open == QLatin1String("alpha") && test::editor(window).toPlainText().contains(QStringLiteral("Eins"))),
                 qPrintable(alpha));
        QVERIFY2(beta.contains(QStringLiteral("Zwei")) || alpha.contains(QStringLiteral("Zwei")) || test::editor(window).toPlainText().contains(QStringLiteral("Zwei")),
                 qPrintable(beta));
    }

    void bodyChangedElsewhereIsKeptAsRevision()
    {
        MainWindow window(*m_store);
        test::session(window).setAutosaveDelay(60 * 60 * 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::session(window).open(idOf(QStringLiteral("alpha"))));
        QSignalSpy kept(&test::session(window), &EditSession::changedElsewhereKept);
        test::editor(window).setFocus();
        test::editor(window).moveCursor(QTextCursor::End);
        typeText(&test::editor(window), QStringLiteral(" Mein Satz."));

        // Another connection (a second program) writes the body meanwhile.
        {
            auto other = Store::open(m_store->path(), Store::Access::Write);
            Transaction t(other->database());
            other->articles().saveBody(idOf(QStringLiteral("alpha")), QStringLiteral("Fremder Text."));
            t.commit();
        }
        QVERIFY(test::session(window).save());
        QCOMPARE(kept.size(), 1);
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz. Mein Satz."));
        const QList<Revision> revisions = m_store->revisions().forArticle(idOf(QStringLiteral("alpha")));
        const bool otherKept = std::any_of(revisions.begin(), revisions.end(), [&](const Revision &revision) {
            return revision.reason == QLatin1String("conflict") && revision.snapshot.contains(QStringLiteral("Fremder Text."));
        });
        QVERIFY(otherKept);
    }

    void readOnlyWindowChangesNothing()
    {
        const QString path = m_store->path();
        m_store.reset();
        m_store = Store::open(path, Store::Access::Read);
        MainWindow window(*m_store);
        window.setReadOnly(QStringLiteral("test"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::session(window).open(idOf(QStringLiteral("alpha"))));
        QVERIFY(window.windowTitle().contains(QStringLiteral("read-only")));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("readOnlyBadge"))->isVisible());
        if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QStringLiteral("/read-only-window.png"));
        test::editor(window).setFocus();
        typeText(&test::editor(window), QStringLiteral("xyz"));
        QVERIFY(!test::session(window).isModified());
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz."));
        const int articles = int(m_store->articles().all().size());
        test::libraryPanel(window).createArticle();
        QCOMPARE(int(m_store->articles().all().size()), articles);
    }

    void damagedStoreOffersItsBackup()
    {
        const QString path = m_store->path();
        const QString backup = Backup::takeDaily(m_store->database(), path, QDate(2026, 11, 20));
        QVERIFY(!backup.isEmpty());
        m_store->database().exec("PRAGMA journal_mode = DELETE");
        m_store.reset();
        { // one page of the store overwritten
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.size() > 4 * 4096);
            file.seek(2 * 4096);
            file.write(QByteArray(4096, '\x33'));
        }

        // Answer the dialogs as the author would: "Restore a backup…", then the offered date.
        QStringList seen;
        QTimer answering;
        answering.setInterval(50);
        connect(&answering, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (auto *box = qobject_cast<QMessageBox *>(modal)) {
                seen.append(box->text());
                for (QAbstractButton *button : box->buttons()) {
                    if (button->text().contains(QStringLiteral("Restore")) || box->buttons().size() == 1) {
                        button->click();
                        return;
                    }
                }
            } else if (auto *input = qobject_cast<QInputDialog *>(modal)) {
                seen.append(input->textValue());
                input->accept();
            }
        });
        answering.start();
        WindowHost host(path);
        host.start();
        QTRY_VERIFY_WITH_TIMEOUT(host.window() && host.window()->isVisible(), 20000);
        answering.stop();
        QVERIFY2(!seen.isEmpty() && seen.first().contains(QStringLiteral("damaged")), qPrintable(seen.join(QLatin1Char('|'))));
        QVERIFY(seen.contains(QStringLiteral("2026-11-20")));
        QCOMPARE(Store::integrityCheck(path), QStringList{QStringLiteral("ok")});
        QCOMPARE(QDir(QFileInfo(path).absolutePath()).entryList({QStringLiteral("s.sqlite.before-restore-*")}).size(), 1);
        QVERIFY(test::session(*host.window()).hasArticle() || test::library(*host.window()).model()->rowCount() == 2);
    }
};

FEDER_GUI_TEST_MAIN(TestGuiSafety)
#include "tst_gui_safety.moc"

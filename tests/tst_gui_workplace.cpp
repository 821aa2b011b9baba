// Issue 11, items 6 and 11: Feder reopens where the author left off (article, caret, scroll,
// window, splitter, docks; settings under the application's own name), and the library keeps its
// order, selection and scroll position while the author types and autosave runs.
#include "GuiEntry.h"
#include "WindowParts.h"
#include "GuiTestMain.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "library/ArticleListModel.h"
#include "library/LibraryPanel.h"
#include "mainwindow/MainWindow.h"
#include "store/Store.h"

#include <QDockWidget>
#include <QHeaderView>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>

using namespace feder;
using namespace feder::ui;

class TestGuiWorkplace : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    qint64 idOf(const QString &slug) { return m_store->articles().findBySlug(slug)->id; }

    static QStringList libraryTitles(QTableView &view)
    {
        QStringList titles;
        for (int row = 0; row < view.model()->rowCount(); ++row)
            titles.append(view.model()->index(row, ArticleListModel::Title).data().toString());
        return titles;
    }

    static void screenshot(QWidget &window, const QString &name)
    {
        if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear(); // every test starts like a first start on this machine
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("w.sqlite")), Store::Access::Create);
        QString longBody;
        for (int i = 1; i <= 120; ++i)
            longBody += QStringLiteral("Absatz %1: Die Verwaltung stellt ihre Termine auf eine neue Plattform um, "
                                       "und die Bürgerinnen und Bürger buchen sie online.\n\n").arg(i);
        test::writeFile(*m_dir, QStringLiteral("in/lang.md"),
                        test::articleText(QStringLiteral("title: Ein langer Artikel\nslug: lang"), longBody));
        for (int i = 1; i <= 40; ++i) {
            const QString n = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
            test::writeFile(*m_dir, QStringLiteral("in/a%1.md").arg(n),
                            test::articleText(QStringLiteral("title: Artikel %1\nslug: artikel-%1").arg(n),
                                              QStringLiteral("Text von Artikel %1.\n").arg(n)));
        }
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("in"))});
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void settingsLiveUnderTheApplicationsName()
    {
        const QString file = QSettings().fileName();
        QVERIFY2(file.endsWith(QStringLiteral("/Feder/feder.conf")), qPrintable(file));
        // The tests' own folder, never the author's settings.
        QVERIFY2(file.startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")), qPrintable(file));
        QVERIFY(!file.contains(QStringLiteral("Unknown Organization")));
    }

    // Settings written by versions before the organisation was set are taken over once.
    void oldSettingsAreTakenOver()
    {
        QSettings().clear();
        QSettings old(QStringLiteral("Unknown Organization"), QStringLiteral("feder"));
        old.setValue(QStringLiteral("review/author"), QStringLiteral("Jana Weber"));
        old.sync();
        feder::ui::migrateOldSettings();
        QCOMPARE(QSettings().value(QStringLiteral("review/author")).toString(), QStringLiteral("Jana Weber"));
        // Once settings exist, the old file is never read again.
        old.setValue(QStringLiteral("review/author"), QStringLiteral("Alt"));
        old.sync();
        feder::ui::migrateOldSettings();
        QCOMPARE(QSettings().value(QStringLiteral("review/author")).toString(), QStringLiteral("Jana Weber"));
        old.clear();
        QSettings().clear();
    }

    void restartRestoresThePlace()
    {
        int caret = 0;
        int scroll = 0;
        QRect geometry;
        QList<int> splitterSizes;
        {
            MainWindow window(*m_store);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(test::session(window).open(idOf(QStringLiteral("lang"))));
            // Resize and move the window, drag the splitter, put the Review dock on the left.
            window.setGeometry(60, 40, 1500, 820);
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("editorSplitter"));
            QVERIFY(splitter);
            QTRY_VERIFY(splitter->width() > 400);
            const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
            splitter->setSizes({total * 2 / 3, total - total * 2 / 3});
            auto *reviewDock = window.findChild<QDockWidget *>(QStringLiteral("reviewDock"));
            window.addDockWidget(Qt::LeftDockWidgetArea, reviewDock);
            // The caret: to the end, then up a few lines, by keyboard. The scroll position: a few
            // pages up from there, with the scroll bar.
            MarkdownEditor &editor = test::editor(window);
            editor.setFocus();
            QTest::keyClick(&editor, Qt::Key_End, Qt::ControlModifier);
            for (int i = 0; i < 7; ++i)
                QTest::keyClick(&editor, Qt::Key_Up);
            QTest::keyClick(&editor, Qt::Key_Right);
            QTest::keyClick(&editor, Qt::Key_Right);
            editor.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            editor.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            editor.verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
            QTest::qWait(10); // pending updates run in the event loop
            caret = editor.textCursor().position();
            scroll = editor.verticalScrollBar()->value();
            geometry = window.geometry();
            splitterSizes = splitter->sizes();
            QVERIFY(caret > 1000);
            QVERIFY(scroll > 0 && scroll < editor.verticalScrollBar()->maximum());
            QVERIFY(window.close());
        }

        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(test::session(window).article().slug, QStringLiteral("lang"));
        QTRY_COMPARE(test::editor(window).textCursor().position(), caret);
        QTRY_COMPARE(test::editor(window).verticalScrollBar()->value(), scroll);
        QCOMPARE(window.geometry().size(), geometry.size());
        QCOMPARE(window.geometry().topLeft(), geometry.topLeft());
        QCOMPARE(window.findChild<QSplitter *>(QStringLiteral("editorSplitter"))->sizes(), splitterSizes);
        QCOMPARE(window.dockWidgetArea(window.findChild<QDockWidget *>(QStringLiteral("reviewDock"))), Qt::LeftDockWidgetArea);
        screenshot(window, QStringLiteral("issue11-restart"));

        // Another article is open next time: its caret starts at the top, not at a foreign position.
        QVERIFY(test::session(window).open(idOf(QStringLiteral("artikel-05"))));
        QVERIFY(window.close());
        MainWindow again(*m_store);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(test::session(again).article().slug, QStringLiteral("artikel-05"));
        QTest::qWait(50);
        QCOMPARE(test::editor(again).textCursor().position(), 0);
    }

    void autosaveKeepsTheLibraryInPlace()
    {
        MainWindow window(*m_store);
        window.resize(1200, 520); // the library needs its scroll bar
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        test::session(window).setAutosaveDelay(50);
        QTableView &library = test::library(window);
        // The sort follows a visible column, shown in the header: the title, A to Z.
        QCOMPARE(library.horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::Title));
        QVERIFY(library.horizontalHeader()->isSortIndicatorShown());
        QVERIFY(!library.isColumnHidden(library.horizontalHeader()->sortIndicatorSection()));

        // Select an article in the middle with the mouse.
        const QStringList order = libraryTitles(library);
        const int row = int(order.indexOf(QStringLiteral("Artikel 20")));
        QVERIFY(row > 10);
        library.scrollTo(library.model()->index(row, 0), QAbstractItemView::PositionAtCenter);
        QTest::mouseClick(library.viewport(), Qt::LeftButton, {}, library.visualRect(library.model()->index(row, 0)).center());
        QTRY_COMPARE(test::session(window).article().slug, QStringLiteral("artikel-20"));
        const int scroll = library.verticalScrollBar()->value();
        QVERIFY(scroll > 0);

        // Type and let autosave run, twice.
        QSignalSpy saved(&test::session(window), &EditSession::saved);
        for (const QString &words : {QStringLiteral(" Ein neuer Satz."), QStringLiteral(" Und noch einer.")}) {
            test::editor(window).setFocus();
            test::editor(window).moveCursor(QTextCursor::End);
            test::typeText(&test::editor(window), words);
            QVERIFY(saved.wait(5000));
            QTest::qWait(10); // pending updates run in the event loop
            QCOMPARE(library.currentIndex().row(), row);
            QCOMPARE(library.currentIndex().data().toString(), QStringLiteral("Artikel 20"));
            QCOMPARE(library.verticalScrollBar()->value(), scroll);
            QCOMPARE(libraryTitles(library), order);
        }
        QVERIFY(m_store->articles().findBySlug(QStringLiteral("artikel-20"))->body.contains(QStringLiteral("Und noch einer.")));

        // Sorted by last change, newest first: an older article in the middle does not jump to
        // the top while it is typed in and saved.
        library.horizontalHeader()->setSortIndicator(ArticleListModel::Updated, Qt::DescendingOrder);
        const QStringList byChange = libraryTitles(library);
        QCOMPARE(byChange.first(), QStringLiteral("Artikel 20"));
        const int changedRow = int(byChange.indexOf(QStringLiteral("Artikel 10")));
        QVERIFY(changedRow > 10);
        library.scrollTo(library.model()->index(changedRow, 0), QAbstractItemView::PositionAtCenter);
        QTest::mouseClick(library.viewport(), Qt::LeftButton, {}, library.visualRect(library.model()->index(changedRow, 0)).center());
        QTRY_COMPARE(test::session(window).article().slug, QStringLiteral("artikel-10"));
        const int changedScroll = library.verticalScrollBar()->value();
        QVERIFY(changedScroll > 0);
        test::editor(window).setFocus();
        test::editor(window).moveCursor(QTextCursor::End);
        test::typeText(&test::editor(window), QStringLiteral(" Noch ein Satz."));
        QVERIFY(saved.wait(5000));
        QTest::qWait(10); // pending updates run in the event loop
        QCOMPARE(libraryTitles(library), byChange);
        QCOMPARE(library.currentIndex().row(), changedRow);
        QCOMPARE(library.verticalScrollBar()->value(), changedScroll);
        screenshot(window, QStringLiteral("issue11-library"));

        // The chosen column is kept for the next start.
        library.horizontalHeader()->setSortIndicator(ArticleListModel::Status, Qt::AscendingOrder);
        QVERIFY(window.close());
        MainWindow again(*m_store);
        QCOMPARE(test::library(again).horizontalHeader()->sortIndicatorSection(), int(ArticleListModel::Status));
    }
};

FEDER_GUI_TEST_MAIN(TestGuiWorkplace)
#include "tst_gui_workplace.moc"

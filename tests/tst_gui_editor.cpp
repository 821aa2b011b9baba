#include "GuiTestMain.h"
#include "WindowParts.h"
#include "GuiTyping.h"
#include "TestSupport.h"
#include "session/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "seed/DemoSeeder.h"
#include "mainwindow/MainWindow.h"
#include "preview/PreviewWidget.h"
#include "store/Store.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;
using feder::test::typeText;
using namespace feder::ui;

class TestGuiEditor : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    QString storedBody(const QString &slug) { return m_store->articles().findBySlug(slug)->body; }
    qint64 idOf(const QString &slug) { return m_store->articles().findBySlug(slug)->id; }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("gui.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: Alpha\nslug: alpha"), QStringLiteral("Erster Absatz.")));
        test::writeFile(*m_dir, QStringLiteral("b.md"), test::articleText(QStringLiteral("title: Beta\nslug: beta"), QStringLiteral("Zweiter Text.")));
        Importer(*m_store).importPaths({m_dir->path()});
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void typingIsAutosavedToTheStore()
    {
        MainWindow window(*m_store);
        test::session(window).setAutosaveDelay(200);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::session(window).open(idOf(QStringLiteral("alpha"))));
        QCOMPARE(test::session(window).article().slug, QStringLiteral("alpha"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Alpha")));
        QVERIFY(!window.isWindowModified());

        MarkdownEditor &editor = test::editor(window);
        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        typeText(&editor, QStringLiteral(" Grüße aus Köln."));
        QVERIFY(window.isWindowModified());
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz."));
        QTRY_COMPARE_WITH_TIMEOUT(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz. Grüße aus Köln."), 5000);
        QTRY_VERIFY(!window.isWindowModified());
    }

    void ctrlSSavesAtOnce()
    {
        MainWindow window(*m_store);
        test::session(window).setAutosaveDelay(60 * 60 * 1000); // only Ctrl+S can save here
        window.show();
        QVERIFY(test::session(window).open(idOf(QStringLiteral("alpha"))));
        QApplication::setActiveWindow(&window); // shortcuts only reach the active window
        if (!QTest::qWaitForWindowActive(&window)) // e.g. under Xvfb without a window manager
            QSKIP("the platform does not activate windows; run with QT_QPA_PLATFORM=offscreen");
        MarkdownEditor &editor = test::editor(window);
        editor.setFocus();
        editor.moveCursor(QTextCursor::Start);
        QTest::keyClicks(&editor, QStringLiteral("Neu: "));
        QVERIFY(window.isWindowModified());
        QTest::keyClick(&editor, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Neu: Erster Absatz."));
        QVERIFY(!window.isWindowModified());
    }

    void switchingArticlesSavesTheOpenOne()
    {
        MainWindow window(*m_store);
        test::session(window).setAutosaveDelay(60 * 60 * 1000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::session(window).open(idOf(QStringLiteral("alpha"))));
        test::editor(window).moveCursor(QTextCursor::End);
        QTest::keyClicks(&test::editor(window), QStringLiteral("!"));

        // Click Beta's row in the library.
        QTableView &library = test::library(window);
        int betaRow = -1;
        for (int row = 0; row < library.model()->rowCount(); ++row) {
            if (library.model()->index(row, 0).data().toString() == QLatin1String("Beta"))
                betaRow = row;
        }
        QVERIFY(betaRow >= 0);
        const QRect row = library.visualRect(library.model()->index(betaRow, 0));
        QTest::mouseClick(library.viewport(), Qt::LeftButton, {}, row.center());
        QCOMPARE(test::session(window).article().slug, QStringLiteral("beta"));
        QCOMPARE(test::editor(window).toPlainText(), QStringLiteral("Zweiter Text."));
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz.!"));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("Beta")));
    }

    // The seeded demo store opens on its first article; FEDER_SCREENSHOT_DIR keeps a picture of it.
    void opensTheDemoStore()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")), Store::Access::Create);
        DemoSeeder::seed(*store);
        MainWindow window(*store);
        window.resize(1500, 900);
        QSignalSpy loaded(&test::preview(window), &PreviewWidget::pageLoaded);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::preview(window).isPageReady() || loaded.wait(20000));
        QTest::qWait(300); // let the page paint before the picture is taken
        QCOMPARE(test::library(window).model()->rowCount(), 4);
        QVERIFY(test::session(window).hasArticle());
        QCOMPARE(test::editor(window).toPlainText(), test::session(window).article().body);
        const QImage shot = window.grab().toImage();
        QVERIFY(!shot.isNull());
        const QString folder = qEnvironmentVariable("FEDER_SCREENSHOT_DIR");
        if (!folder.isEmpty())
            QVERIFY(shot.save(folder + QStringLiteral("/main-window.png")));
    }

    void closingSavesPendingChanges()
    {
        auto window = std::make_unique<MainWindow>(*m_store);
        test::session(*window).setAutosaveDelay(60 * 60 * 1000);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QVERIFY(test::session(*window).open(idOf(QStringLiteral("alpha"))));
        test::editor(*window).moveCursor(QTextCursor::End);
        QTest::keyClicks(&test::editor(*window), QStringLiteral(" Ende."));
        QVERIFY(window->close());
        QCOMPARE(storedBody(QStringLiteral("alpha")), QStringLiteral("Erster Absatz. Ende."));
    }
};

FEDER_GUI_TEST_MAIN(TestGuiEditor)
#include "tst_gui_editor.moc"

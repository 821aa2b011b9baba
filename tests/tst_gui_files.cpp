// Issue 12 item 6: `feder FILE.md` imports the file into the store and opens it (the launcher's
// Exec=feder %F), errors say so and lose nothing; Datei ▸ Speicher öffnen… and Datei ▸ Zuletzt
// geöffnet switch the window to another store, saving first.
#include "GuiTestMain.h"
#include "TestSupport.h"
#include "WindowParts.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/RecentStores.h"
#include "mainwindow/WindowHost.h"
#include "store/RevisionRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

using namespace feder;
using namespace feder::ui;
using feder::test::articleText;
using feder::test::writeFile;

namespace {

QString binary()
{
    const QString binary = qEnvironmentVariable("FEDER_BINARY");
    return binary.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../app/feder") : binary;
}

QByteArray runFeder(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000)) { // on a shared machine the binary may be being relinked
        QTest::qWait(3000);
        process.start(binary(), arguments);
    }
    if (!process.waitForFinished(30000)) {
        if (exitCode)
            *exitCode = -1;
        return "feder did not run: " + process.errorString().toUtf8();
    }
    if (exitCode)
        *exitCode = process.exitCode();
    return process.readAllStandardOutput() + process.readAllStandardError();
}

// A store with one article, "bestand".
QString makeStore(const QTemporaryDir &dir, const QString &name, const QString &title)
{
    const QString path = dir.filePath(name);
    auto store = Store::open(path, Store::Access::Create);
    const QString source = writeFile(dir, name + QStringLiteral(".md"),
        articleText(QStringLiteral("title: %1\nslug: bestand").arg(title), QStringLiteral("Der Bestand.\n")));
    Importer(*store).importPaths({source});
    return path;
}

QAction *action(QWidget &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestGuiFiles : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    // Opens the window as GuiEntry does, with `files` from the command line.
    static std::unique_ptr<WindowHost> openHost(const QString &store, const QStringList &files = {})
    {
        auto host = std::make_unique<WindowHost>(store);
        host->setFilesToOpen(files);
        host->start();
        if (!QTest::qWaitFor([&] { return host->window() && host->window()->isVisible(); }, 20000))
            qFatal("the window did not open");
        return host;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    void importsAndOpensTheFile()
    {
        const QString store = makeStore(*m_dir, QStringLiteral("a.sqlite"), QStringLiteral("Bestand"));
        QVERIFY(!store.isEmpty());
        const QString file = writeFile(*m_dir, QStringLiteral("neu.md"),
            articleText(QStringLiteral("title: Ein neuer Beitrag\nslug: ein-neuer-beitrag"), QStringLiteral("Frisch aus der Datei.\n")));
        auto host = openHost(store, {file});
        MainWindow &window = *host->window();
        QCOMPARE(test::session(window).article().slug, QStringLiteral("ein-neuer-beitrag"));
        QVERIFY(test::session(window).text().contains(QStringLiteral("Frisch aus der Datei.")));
        QCOMPARE(test::library(window).model()->rowCount(), 2);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("neu.md")));
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("openFileProblem")));
    }

    void plainMarkdownTakesItsHeadingAsTitle()
    {
        const QString store = makeStore(*m_dir, QStringLiteral("a.sqlite"), QStringLiteral("Bestand"));
        const QString file = writeFile(*m_dir, QStringLiteral("notiz.md"),
            "# Notizen zur Tagung\n\nDie Tagung war gut besucht.\n");
        auto host = openHost(store, {file});
        const Article &article = test::session(*host->window()).article();
        QCOMPARE(article.title, QStringLiteral("Notizen zur Tagung"));
        QCOMPARE(article.slug, QStringLiteral("notizen-zur-tagung"));
        QCOMPARE(test::session(*host->window()).text(), QStringLiteral("Die Tagung war gut besucht.\n"));
    }

    // The file is the newer word: the same slug takes the file's text (the previous state is a
    // revision), and opening the same file again changes nothing and makes no copy.
    void sameSlugUpdatesAndKeepsTheOldStateAsRevision()
    {
        const QString store = makeStore(*m_dir, QStringLiteral("a.sqlite"), QStringLiteral("Bestand"));
        const QString file = writeFile(*m_dir, QStringLiteral("bestand.md"),
            articleText(QStringLiteral("title: Bestand\nslug: bestand"), QStringLiteral("Die neue Fassung aus der Datei.\n")));
        {
            auto host = openHost(store, {file});
            QCOMPARE(test::session(*host->window()).article().slug, QStringLiteral("bestand"));
            QVERIFY(test::session(*host->window()).text().contains(QStringLiteral("neue Fassung")));
            QCOMPARE(test::library(*host->window()).model()->rowCount(), 1);
            QVERIFY(host->window()->statusBar()->currentMessage().contains(QStringLiteral("History")));
        }
        {
            auto host = openHost(store, {file}); // again: unchanged
            QCOMPARE(test::library(*host->window()).model()->rowCount(), 1);
        }
        auto check = Store::open(store, Store::Access::Read);
        const std::optional<Article> article = check->articles().findBySlug(QStringLiteral("bestand"));
        QVERIFY(article);
        bool oldKept = false;
        for (const Revision &revision : check->revisions().forArticle(article->id))
            oldKept = oldKept || revision.snapshot.contains(QStringLiteral("Der Bestand."));
        QVERIFY(oldKept);
    }

    void unusableFilesAreSaidAndLoseNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("said");
        QTest::newRow("not markdown") << QStringLiteral("bild.png") << test::pngBytes() << QStringLiteral("not a Markdown file");
        QTest::newRow("binary .md") << QStringLiteral("kaputt.md") << QByteArray("\x89PNG\0\0\x01", 7) << QStringLiteral("not a text file");
        QTest::newRow("bad front matter") << QStringLiteral("halb.md") << QByteArray("---\ntitle: [\n---\nText\n")
                                          << QStringLiteral("halb.md cannot be imported");
        QTest::newRow("missing") << QStringLiteral("") << QByteArray() << QStringLiteral("does not exist");
    }

    void unusableFilesAreSaidAndLoseNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, said);
        const QString store = makeStore(*m_dir, QStringLiteral("a.sqlite"), QStringLiteral("Bestand"));
        const QString file = name.isEmpty() ? m_dir->filePath(QStringLiteral("gibt-es-nicht.md")) : writeFile(*m_dir, name, bytes);
        auto host = openHost(store, {file});
        auto *box = host->window()->findChild<QMessageBox *>(QStringLiteral("openFileProblem"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(said), qPrintable(box->text()));
        QVERIFY(box->text().contains(QFileInfo(file).fileName()));
        QCOMPARE(test::session(*host->window()).article().slug, QStringLiteral("bestand")); // the store as it was
        QCOMPARE(test::library(*host->window()).model()->rowCount(), 1);
        box->close();
    }

    // The real binary: `feder --store S FILE.md` is not a command but a file to open; the window
    // opens it in the editor (what is typed lands in that article).
    void realBinaryOpensTheFile()
    {
        const QString store = makeStore(*m_dir, QStringLiteral("a.sqlite"), QStringLiteral("Bestand"));
        const QString file = writeFile(*m_dir, QStringLiteral("cli.md"),
            articleText(QStringLiteral("title: Vom Terminal\nslug: vom-terminal"), QStringLiteral("Aus dem Terminal.\n")));
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("FEDER_TEST_TYPE_STDIN"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        gui.setProcessEnvironment(env);
        gui.start(binary(), {QStringLiteral("--store"), store, file});
        QVERIFY(gui.waitForStarted());
        QByteArray seen;
        QVERIFY(QTest::qWaitFor([&] {
            seen += gui.readAllStandardOutput();
            return seen.contains("typing-feed: ready") || gui.state() == QProcess::NotRunning;
        }, 30000));
        QVERIFY2(seen.contains("typing-feed: ready"), seen.constData());
        gui.write("Neu ");
        gui.waitForBytesWritten(5000);
        QTest::qWait(1000); // the keys are posted events: quitting in the same read would drop them
        gui.write("\x11"); // TypingFeed::kQuit: closes the window, which saves
        QVERIFY(gui.waitForFinished(20000));
        QCOMPARE(gui.exitCode(), 0);
        const QByteArray shown = runFeder({QStringLiteral("show"), QStringLiteral("--store"), store, QStringLiteral("vom-terminal")});
        QVERIFY2(shown.contains("title: Vom Terminal") && shown.contains("Neu ") && shown.contains("Aus dem Terminal."), shown.constData());
        // A mistyped command is still one, not a file.
        int exitCode = 0;
        QVERIFY(runFeder({QStringLiteral("improt")}, &exitCode).contains("unknown command"));
        QCOMPARE(exitCode, 2);
    }

    // Datei ▸ Speicher öffnen… then Datei ▸ Zuletzt geöffnet back: each switch saves the article first.
    void openStoreAndRecentStores()
    {
        const QString first = makeStore(*m_dir, QStringLiteral("erster.sqlite"), QStringLiteral("Erster Bestand"));
        const QString second = makeStore(*m_dir, QStringLiteral("zweiter.sqlite"), QStringLiteral("Zweiter Bestand"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        // A store that went away since: listed, greyed out.
        const QString gone = makeStore(*m_dir, QStringLiteral("weg.sqlite"), QStringLiteral("Weg"));
        RecentStores::add(gone);
        QFile::remove(gone);

        auto host = openHost(first);
        QCOMPARE(test::session(*host->window()).article().title, QStringLiteral("Erster Bestand"));
        QTextCursor cursor(&test::session(*host->window()).document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(QStringLiteral("Ungespeichert."));

        // Speicher öffnen…: the file dialog answered like a user would.
        QTimer answering;
        answering.setInterval(50);
        connect(&answering, &QTimer::timeout, this, [&] {
            if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
                answering.stop();
                dialog->selectFile(second);
                static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept is protected
            }
        });
        answering.start();
        QAction *openStore = action(*host->window(), "actionOpenStore");
        QVERIFY(openStore && openStore->isEnabled());
        openStore->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(host->storePath(), QFileInfo(second).absoluteFilePath(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(host->window() && host->window()->isVisible(), 20000);
        QCOMPARE(test::session(*host->window()).article().title, QStringLiteral("Zweiter Bestand"));
        {
            auto check = Store::open(first, Store::Access::Read);
            QVERIFY(check->articles().findBySlug(QStringLiteral("bestand"))->body.contains(QStringLiteral("Ungespeichert.")));
        }
        QCOMPARE(RecentStores::list().mid(0, 3),
                 (QStringList{QFileInfo(second).absoluteFilePath(), QFileInfo(first).absoluteFilePath(), QFileInfo(gone).absoluteFilePath()}));

        // Zuletzt geöffnet: the open store checked, the one that went away greyed out.
        auto *recent = host->window()->findChild<QMenu *>(QStringLiteral("menuRecentStores"));
        QVERIFY(recent);
        Q_EMIT recent->aboutToShow();
        QAction *current = action(*host->window(), "actionRecentStore1");
        QAction *previous = action(*host->window(), "actionRecentStore2");
        QAction *missing = action(*host->window(), "actionRecentStore3");
        QVERIFY(current && previous && missing);
        QVERIFY(current->isChecked());
        QCOMPARE(previous->data().toString(), QFileInfo(first).absoluteFilePath());
        QVERIFY(previous->isEnabled());
        QVERIFY(!missing->isEnabled());
        QVERIFY(missing->text().contains(QStringLiteral("not found")));
        previous->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(host->storePath(), QFileInfo(first).absoluteFilePath(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(host->window() && host->window()->isVisible(), 20000);
        QCOMPARE(test::session(*host->window()).article().title, QStringLiteral("Erster Bestand"));
        QVERIFY(test::session(*host->window()).text().contains(QStringLiteral("Ungespeichert.")));
    }

    // A file that is no store: said, and the window goes back to the store that was open.
    void aFailedSwitchReturnsToTheOpenStore()
    {
        const QString first = makeStore(*m_dir, QStringLiteral("erster.sqlite"), QStringLiteral("Erster Bestand"));
        const QString notAStore = writeFile(*m_dir, QStringLiteral("kein.sqlite"), "Das ist keine Datenbank, sondern Text.\n");
        auto host = openHost(first);
        QStringList said;
        QTimer answering;
        answering.setInterval(50);
        connect(&answering, &QTimer::timeout, this, [&] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                said.append(box->text());
                box->reject();
            }
        });
        answering.start();
        Q_EMIT host->window()->openStoreRequested(notAStore);
        QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(host->storePath(), QFileInfo(first).absoluteFilePath(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(host->window() && host->window()->isVisible(), 20000);
        QCOMPARE(test::session(*host->window()).article().title, QStringLiteral("Erster Bestand"));
        QVERIFY(!RecentStores::list().contains(QFileInfo(notAStore).absoluteFilePath()));
    }
};

FEDER_GUI_TEST_MAIN(TestGuiFiles)
#include "tst_gui_files.moc"

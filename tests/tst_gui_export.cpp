#include "GuiTestMain.h"
#include "TestSupport.h"
#include "export/ExportController.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "store/Store.h"

#include <QAction>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

using namespace feder;
using namespace feder::ui;

// Issue 11: the export flow. The checklist's blocking items come before the folder is chosen
// (no folder is asked for an export that will not happen), and the folder dialog opens in the
// last export folder, else in the documents folder – never in the working directory.
class TestGuiExport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ExportController> m_exporter;
    QStringList m_steps; // what the author was asked, in order
    QString m_folder;

    static constexpr const char *kSlug = "lagerhaltung-ohne-zettelwirtschaft";

    void blockWithAnOpenComment()
    {
        Transaction t(m_store->database());
        const Article article = *m_store->articles().findBySlug(QLatin1String(kSlug));
        m_store->annotations().addThread(article.id, article.body, 0, 10, QStringLiteral("Jonas"), QStringLiteral("Quelle?"));
        t.commit();
    }

    void addArticles(int from, int count)
    {
        Transaction t(m_store->database());
        for (int i = from; i < from + count; ++i) {
            Article article;
            article.title = QStringLiteral("Artikel Nummer %1").arg(i);
            article.slug = QStringLiteral("artikel-%1").arg(i);
            article.body = QStringLiteral("## Abschnitt\n\nEin kurzer Absatz über die Verwaltung.\n");
            m_store->articles().save(article);
        }
        t.commit();
    }

    // Every file below `folder` with its bytes.
    static QMap<QString, QByteArray> filesBelow(const QString &folder)
    {
        QMap<QString, QByteArray> files;
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            files.insert(QDir(folder).relativeFilePath(path), file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("?"));
        }
        return files;
    }

private Q_SLOTS:
    void init()
    {
        QSettings().remove(QStringLiteral("export"));
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("e.sqlite")), Store::Access::Create);
        Importer(*m_store).importPaths({test::dataPath(QStringLiteral("articles"))});
        m_window = std::make_unique<QWidget>();
        m_exporter = std::make_unique<ExportController>(*m_store, m_window.get());
        m_steps.clear();
        m_folder = m_dir->filePath(QStringLiteral("ausgabe"));
        QDir().mkpath(m_folder);
        m_exporter->chooseFolder = [this] { m_steps.append(QStringLiteral("folder")); return m_folder; };
        m_exporter->confirmDespiteChecklist = [this](const QString &) { m_steps.append(QStringLiteral("checklist")); return false; };
        m_exporter->confirmReplace = [this](const QString &) { m_steps.append(QStringLiteral("replace")); return true; };
        m_exporter->showResult = [this](const QString &, const QString &) { m_steps.append(QStringLiteral("result")); };
    }
    void cleanup()
    {
        m_exporter.release(); // owned by the window
        m_window.reset();
        m_store.reset();
        m_dir.reset();
    }

    // Issue 13.3: closing the window during a site export asks first; "keep going" leaves the
    // export running, "cancel" stops it within a second and the previous site stays as it was.
    void quittingDuringAnExportAsksThenCancelsAndKeepsTheOldSite()
    {
        addArticles(0, 400); // a site export of 400 articles takes more than a second
        m_exporter->confirmDespiteChecklist = [](const QString &) { return true; };
        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        m_exporter->exportSite();
        QVERIFY(finished.wait(120000));
        QVERIFY(finished.last().at(0).toBool());
        QFile index(QDir(m_folder).filePath(QStringLiteral("website/index.html")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray before = index.readAll();
        index.close();

        addArticles(400, 1); // a new export would change the index
        m_exporter->exportSite();
        QVERIFY(m_exporter->isRunning());
        int asked = 0;
        m_exporter->confirmCancelForQuit = [&] { ++asked; return false; };
        QVERIFY(!m_exporter->stopForQuit());
        QCOMPARE(asked, 1);
        QVERIFY(m_exporter->isRunning());
        m_exporter->confirmCancelForQuit = [&] { ++asked; return true; };
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(m_exporter->stopForQuit());
        QVERIFY2(stopping.elapsed() < 1000, qPrintable(QStringLiteral("cancelling took %1 ms").arg(stopping.elapsed())));
        QCOMPARE(asked, 2);
        QVERIFY(index.open(QIODevice::ReadOnly));
        QCOMPARE(index.readAll(), before);
    }

    // Issue 15: the app cancels and waits for its work when it closes. Closing the main window
    // during a site export asks, cancels the export and waits for it: the window closes within
    // a second, goes without delay, nothing calls back afterwards, and the previous site (every
    // file of it) stays as it was.
    void closingTheWindowDuringASiteExportCancelsItAndKeepsTheOldSite()
    {
        addArticles(0, 1000); // a site export of 1000 articles takes about a second
        m_exporter->confirmDespiteChecklist = [](const QString &) { return true; };
        QSignalSpy previous(m_exporter.get(), &ExportController::finished);
        m_exporter->exportSite();
        QVERIFY(previous.wait(120000));
        QVERIFY(previous.last().at(0).toBool());
        const QMap<QString, QByteArray> before = filesBelow(m_folder);
        QVERIFY(before.contains(QStringLiteral("website/index.html")));
        addArticles(1000, 1); // a new export would change the index

        auto window = std::make_unique<MainWindow>(*m_store);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        auto *exporter = window->findChild<ExportController *>();
        QVERIFY(exporter);
        exporter->chooseFolder = [this] { return m_folder; };
        exporter->confirmDespiteChecklist = [](const QString &) { return true; };
        exporter->confirmReplace = [](const QString &) { return true; };
        bool resultShown = false;
        exporter->showResult = [&](const QString &, const QString &) { resultShown = true; };
        int asked = 0;
        exporter->confirmCancelForQuit = [&] { ++asked; return true; };
        int finished = 0;
        connect(exporter, &ExportController::finished, this, [&] { ++finished; });
        auto *exportSite = window->findChild<QAction *>(QStringLiteral("actionExportSite"));
        QVERIFY(exportSite);
        // Closed as soon as the export writes its first article (its progress, queued from the
        // export's thread, ends this wait at once).
        QEventLoop writing;
        connect(exporter, &ExportController::progress, &writing, &QEventLoop::quit);
        QTimer::singleShot(20000, &writing, &QEventLoop::quit);
        exportSite->trigger();
        QVERIFY(exporter->isRunning());
        writing.exec();
        QVERIFY2(exporter->isRunning(), "the export finished before the window was closed");

        QElapsedTimer closing;
        closing.start();
        QVERIFY(window->close());
        const qint64 closeMs = closing.elapsed();
        QVERIFY(!exporter->isRunning());
        window.reset(); // the controller goes with it: nothing of the export may be left to wait for
        const qint64 teardownMs = closing.elapsed() - closeMs;
        qInfo("closing took %lld ms, destroying the window %lld ms", closeMs, teardownMs);
#ifdef FEDER_SANITIZER_BUILD
        const qint64 bound = 4000;
#else
        const qint64 bound = 1000;
#endif
        QVERIFY2(closeMs < bound, qPrintable(QStringLiteral("closing took %1 ms").arg(closeMs)));
        QVERIFY2(teardownMs < 5 * bound, qPrintable(QStringLiteral("destroying the window took %1 ms").arg(teardownMs)));
        QCOMPARE(asked, 1);
        QTest::qWait(200); // a late answer of the export would arrive (and crash) here
        QCOMPARE(finished, 0); // cancelled, not reported
        QVERIFY(!resultShown);
        QCOMPARE(filesBelow(m_folder), before); // also: nothing half-written left beside it
    }

    // The export belongs to its controller: destroying the controller during an export (the
    // window torn down without closing) cancels and waits for it; the export never reports
    // progress into a dead object, and the previous site stays.
    void destroyingTheControllerDuringAnExportCancelsAndWaits()
    {
        addArticles(0, 1000);
        m_exporter->confirmDespiteChecklist = [](const QString &) { return true; };
        QSignalSpy previous(m_exporter.get(), &ExportController::finished);
        m_exporter->exportSite();
        QVERIFY(previous.wait(120000));
        const QMap<QString, QByteArray> before = filesBelow(m_folder);
        addArticles(1000, 1);

        QEventLoop writing;
        connect(m_exporter.get(), &ExportController::progress, &writing, &QEventLoop::quit);
        QTimer::singleShot(20000, &writing, &QEventLoop::quit);
        m_exporter->exportSite();
        writing.exec();
        QVERIFY2(m_exporter->isRunning(), "the export finished before the controller went");
        QElapsedTimer destroying;
        destroying.start();
        m_exporter.reset();
        QVERIFY2(destroying.elapsed() < 2000, qPrintable(QStringLiteral("took %1 ms").arg(destroying.elapsed())));
        QTest::qWait(200); // a late progress report or answer would arrive (and crash) here
        QCOMPARE(filesBelow(m_folder), before);
    }

    void checklistComesBeforeTheFolder()
    {
        blockWithAnOpenComment();
        m_exporter->exportArticle(QLatin1String(kSlug));
        QCOMPARE(m_steps, QStringList{QStringLiteral("checklist")}); // declined: no folder asked
        QVERIFY(QDir(m_folder).isEmpty());

        m_steps.clear();
        m_exporter->confirmDespiteChecklist = [this](const QString &) { m_steps.append(QStringLiteral("checklist")); return true; };
        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        m_exporter->exportArticle(QLatin1String(kSlug));
        QVERIFY(finished.wait(20000));
        QVERIFY(finished.first().at(0).toBool());
        QCOMPARE(m_steps, (QStringList{QStringLiteral("checklist"), QStringLiteral("folder"), QStringLiteral("result")}));
    }

    void siteChecklistComesBeforeTheFolder()
    {
        blockWithAnOpenComment();
        m_exporter->exportSite();
        QCOMPARE(m_steps, QStringList{QStringLiteral("checklist")});
        QVERIFY(QDir(m_folder).isEmpty());
    }

    void cleanArticleAsksOnlyForTheFolder()
    {
        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        m_exporter->exportArticle(QLatin1String(kSlug));
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_steps, (QStringList{QStringLiteral("folder"), QStringLiteral("result")}));
    }

    void folderDialogStartsInTheLastExportFolder()
    {
        // Never exported: the documents folder (or home when there is none), not the working directory.
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QCOMPARE(ExportController::startFolder(), QFileInfo(documents).isDir() ? documents : QDir::homePath());
        QVERIFY(ExportController::startFolder() != QDir::currentPath());

        QSignalSpy finished(m_exporter.get(), &ExportController::finished);
        m_exporter->exportArticle(QLatin1String(kSlug));
        QVERIFY(finished.wait(20000));
        QCOMPARE(ExportController::startFolder(), QFileInfo(m_folder).absoluteFilePath());

        // A cancelled dialog changes nothing; a folder that is gone falls back to the documents folder.
        m_exporter->chooseFolder = [] { return QString(); };
        m_exporter->exportArticle(QLatin1String(kSlug));
        QCOMPARE(ExportController::startFolder(), QFileInfo(m_folder).absoluteFilePath());
        QDir(m_folder).removeRecursively();
        QCOMPARE(ExportController::startFolder(), QFileInfo(documents).isDir() ? documents : QDir::homePath());
    }
};

FEDER_GUI_TEST_MAIN(TestGuiExport)
#include "tst_gui_export.moc"

#include "GuiTestMain.h"
#include "TestSupport.h"
#include "export/ExportController.h"
#include "import/Importer.h"
#include "store/Store.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
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
        auto addArticles = [&](int from, int count) {
            Transaction t(m_store->database());
            for (int i = from; i < from + count; ++i) {
                Article article;
                article.title = QStringLiteral("Artikel Nummer %1").arg(i);
                article.slug = QStringLiteral("artikel-%1").arg(i);
                article.body = QStringLiteral("## Abschnitt\n\nEin kurzer Absatz über die Verwaltung.\n");
                m_store->articles().save(article);
            }
            t.commit();
        };
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

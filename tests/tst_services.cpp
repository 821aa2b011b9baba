// The core's use cases (app/services): each is one transaction that either happens entirely or
// not at all and says why; one answer to "who is working" for every record.
#include "TestSupport.h"
#include "import/Importer.h"
#include "review/Workflow.h"
#include "services/ArticleService.h"
#include "services/CurrentUser.h"
#include "services/DictionaryService.h"
#include "services/NamesService.h"
#include "services/ReviewService.h"
#include "services/RevisionService.h"
#include "services/TrashService.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

class TestServices : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    qint64 m_id = 0;

    Article article() { return *m_store->articles().findById(m_id); }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("feder-tests-services"));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(QDir::tempPath() + QStringLiteral("/feder-tests-services")));
    }
    void init()
    {
        qunsetenv("FEDER_REVIEWER");
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(QStringLiteral("title: Alpha\nslug: alpha"),
                                                                          QStringLiteral("Die Stadt stellt um.\n")));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("a.md"))});
        m_id = m_store->articles().findBySlug(QStringLiteral("alpha"))->id;
    }
    void cleanup()
    {
        Database::setFaultInjector({});
        m_store.reset();
        m_dir.reset();
    }

    void currentUserHasOneAnswer()
    {
        qputenv("USER", "login");
        QCOMPARE(CurrentUser::name(), QStringLiteral("login"));
        QVERIFY(!CurrentUser::isKnown());
        CurrentUser::choose(QStringLiteral("  Rita Berg "));
        QCOMPARE(CurrentUser::name(), QStringLiteral("Rita Berg"));
        QVERIFY(CurrentUser::isKnown());
        qputenv("FEDER_REVIEWER", "Skript");
        QCOMPARE(CurrentUser::name(), QStringLiteral("Skript"));
    }

    // Before issue 15 a restore was signed with the login name and a status change with the
    // reviewer's name: both now name CurrentUser.
    void statusChangeAndRestoreAreSignedAlike()
    {
        CurrentUser::choose(QStringLiteral("Chefredaktion"));
        QVERIFY(ArticleService(*m_store).takeRevision(m_id, QStringLiteral("save")));
        Article changed = article();
        changed.status = QStringLiteral("review");
        QVERIFY(ArticleService(*m_store).saveMetadata(changed).ok());
        qint64 revision = 0; // the one taken before the status change: a draft
        for (const Revision &taken : m_store->revisions().forArticle(m_id)) {
            if (taken.reason == QLatin1String("save"))
                revision = taken.id;
        }
        QVERIFY(revision);
        const Result<Article> restored = RevisionService(*m_store).restore(m_id, revision);
        QVERIFY2(restored.ok(), qPrintable(restored.message()));
        const QList<StatusChange> history = Workflow::history(*m_store, m_id);
        QCOMPARE(history.size(), 2);
        for (const StatusChange &change : history)
            QCOMPARE(change.who, QStringLiteral("Chefredaktion"));
    }

    void aFailedWriteChangesNothingAndSaysWhy()
    {
        Article changed = article();
        changed.title = QStringLiteral("Neu");
        changed.status = QStringLiteral("review");
        {
            // The metadata would be written, then the status change fails: all of it rolls back.
            const test::FailingStatements failing = test::FailingStatements::containing("status_changes");
            const Result<Article> saved = ArticleService(*m_store).saveMetadata(changed);
            QVERIFY(!saved.ok());
            QVERIFY(saved.message().contains(QStringLiteral("injected failure")));
        }
        QCOMPARE(article().title, QStringLiteral("Alpha"));
        QCOMPARE(article().status, QStringLiteral("draft"));
        {
            const test::FailingStatements failing = test::FailingStatements::containing("article_fts");
            QVERIFY(!ArticleService(*m_store).create(QStringLiteral("Neu")).ok());
            QVERIFY(!ArticleService(*m_store).duplicate(m_id).ok());
        }
        QCOMPARE(m_store->articles().count(), 1);
    }

    void ctrlSKeepsBodyAndRevisionTogether()
    {
        const QString loaded = article().body;
        const int revisions = int(m_store->revisions().forArticle(m_id).size());
        {
            const test::FailingStatements failing = test::FailingStatements::containing("INSERT INTO revisions");
            QVERIFY(!ArticleService(*m_store).saveBody(m_id, loaded, QStringLiteral("Neu.\n"), QStringLiteral("save")).ok());
        }
        QCOMPARE(article().body, loaded); // the revision failed: the body was not saved either
        QVERIFY(ArticleService(*m_store).saveBody(m_id, loaded, QStringLiteral("Neu.\n"), QStringLiteral("save")).ok());
        QCOMPARE(m_store->revisions().forArticle(m_id).size(), qsizetype(revisions + 1));
    }

    void reviewPackagesSayWhatIsWrong()
    {
        ReviewService review(*m_store);
        const Result<ReviewExchange::ImportReport> missing = review.importPackage(m_dir->filePath(QStringLiteral("fehlt.federreview")));
        QVERIFY(!missing.ok());
        QVERIFY(!missing.message().isEmpty());
        test::writeFile(*m_dir, QStringLiteral("kaputt.federreview"), QByteArray("{ kein JSON"));
        const Result<ReviewExchange::ImportReport> broken = review.importPackage(m_dir->filePath(QStringLiteral("kaputt.federreview")));
        QVERIFY(!broken.ok());
        QVERIFY(broken.message().contains(QStringLiteral("kaputt.federreview")));
        const QString out = m_dir->filePath(QStringLiteral("a.federreview"));
        QVERIFY(review.exportPackage(QStringLiteral("alpha"), out));
        QVERIFY(!review.exportPackage(QStringLiteral("gibt-es-nicht"), out));
        const Result<ReviewExchange::ImportReport> again = review.importPackage(out);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again.value.slug, QStringLiteral("alpha"));
    }

    void duplicateIsADraftCopy()
    {
        Article changed = article();
        changed.status = QStringLiteral("published");
        QVERIFY(ArticleService(*m_store).saveMetadata(changed).ok());
        const Result<qint64> copy = ArticleService(*m_store).duplicate(m_id);
        QVERIFY(copy.ok());
        const Article duplicate = *m_store->articles().findById(copy.value);
        QCOMPARE(duplicate.slug, QStringLiteral("alpha-kopie"));
        QCOMPARE(duplicate.status, QStringLiteral("draft"));
        QVERIFY(duplicate.title.contains(QStringLiteral("Alpha")));
        QVERIFY(!ArticleService(*m_store).duplicate(987654).ok()); // gone: said, not crashed
    }

    void saveBodyKeepsAVersionWrittenElsewhere()
    {
        const QString loaded = article().body;
        QVERIFY(ArticleService(*m_store).saveBody(m_id, loaded, QStringLiteral("Von anderswo.\n")).ok());
        const int revisions = int(m_store->revisions().forArticle(m_id).size());
        const Result<ArticleService::BodySaved> saved = ArticleService(*m_store).saveBody(m_id, loaded, QStringLiteral("Aus dem Editor.\n"));
        QVERIFY(saved.ok());
        QVERIFY(saved.value.changedElsewhere);
        QCOMPARE(m_store->revisions().forArticle(m_id).size(), qsizetype(revisions + 1));
        QCOMPARE(article().body, QStringLiteral("Aus dem Editor.\n"));
    }

    void onlyTheAuthorChangesAComment()
    {
        const QString body = article().body;
        const Result<qint64> thread = ReviewService(*m_store, QStringLiteral("Jonas")).addComment(m_id, body, 4, 9, QStringLiteral("Welche?"));
        QVERIFY(thread.ok());
        ReviewService other(*m_store, QStringLiteral("Rita"));
        const Outcome refused = other.editComment(m_id, thread.value, QStringLiteral("Meins"));
        QVERIFY(!refused);
        QVERIFY(refused.message.contains(QStringLiteral("Jonas")));
        QVERIFY(!other.deleteComment(m_id, thread.value));
        QVERIFY(other.reply(thread.value, QStringLiteral("Die Hauptstadt.")));
        QVERIFY(other.setResolved(thread.value, true, QStringLiteral("Erledigt")));
        QVERIFY(ReviewService(*m_store, QStringLiteral("Jonas")).deleteComment(m_id, thread.value));
        QVERIFY(m_store->annotations().threads(m_id).isEmpty());
        QVERIFY(!other.addComment(m_id, body, 4, 4, QStringLiteral("leer")).ok());   // nothing selected
        QVERIFY(!other.addComment(m_id, body, 4, 9, QStringLiteral("   ")).ok());   // no text
    }

    void trashDictionaryAndNames()
    {
        TrashService trash(*m_store);
        QVERIFY(trash.moveToTrash(m_id));
        QCOMPARE(trash.count(), 1);
        QVERIFY(trash.restore(m_id));
        QVERIFY(trash.moveToTrash(m_id));
        const Result<int> emptied = trash.empty();
        QVERIFY(emptied.ok());
        QCOMPARE(emptied.value, 1);
        QCOMPARE(trash.count(), 0);

        DictionaryService dictionary(*m_store);
        QVERIFY(dictionary.addWords({QStringLiteral("Bürgerportal"), QStringLiteral("Terminvergabe")}));
        QCOMPARE(dictionary.importWords(QStringLiteral("# Kommentar\nOnlinezugang\nBürgerportal\n")).value, 1);
        QVERIFY(dictionary.removeWords({QStringLiteral("Terminvergabe")}));
        QCOMPARE(m_store->dictionary().words(), (QStringList{QStringLiteral("Bürgerportal"), QStringLiteral("Onlinezugang")}));

        const qint64 a = m_store->authors().ensureCategory(QStringLiteral("A"));
        const qint64 b = m_store->authors().ensureCategory(QStringLiteral("B"));
        NamesService categories(*m_store, NamesService::Kind::Categories);
        QVERIFY(!categories.merge(a, a));
        QVERIFY(categories.reorder({b, a}));
        QCOMPARE(m_store->authors().categories().first().name, QStringLiteral("B"));
        QVERIFY(categories.rename(b, QStringLiteral("Bau")));
        QVERIFY(categories.merge(a, b));
        QCOMPARE(m_store->authors().categories().size(), qsizetype(1));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"

#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "review/Workflow.h"

#include <QTemporaryDir>
#include <QTest>

using namespace feder;

namespace {

qint64 scalar(Database &db, const char *sql)
{
    Statement query(db, sql);
    query.step();
    return query.integer(0);
}

// A made-up history of three versions, to exercise the mechanism beyond the one real step.
std::vector<Migration> toyHistory(bool thirdStepFails = false)
{
    return {
        {1, QStringLiteral("notes"), [](Database &db) { db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"); }},
        {2, QStringLiteral("note authors"), [](Database &db) {
             db.exec("ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'unbekannt'");
         }},
        {3, QStringLiteral("tags"), [thirdStepFails](Database &db) {
             db.exec("CREATE TABLE tags (note_id INTEGER REFERENCES notes(id), tag TEXT)");
             if (thirdStepFails)
                 db.exec("THIS IS NOT SQL");
         }},
    };
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_counter)); }

private Q_SLOTS:
    // Every older version of the real schema is brought up to the newest one, keeping data.
    void migratesTheRealSchemaFromEveryOlderVersion()
    {
        const Migrator migrator(schemaMigrations());
        QVERIFY(migrator.latestVersion() >= 1);
        for (int from = 0; from < migrator.latestVersion(); ++from) {
            const QString path = freshPath();
            {
                auto db = Database::open(path, Database::Mode::ReadWriteCreate);
                migrator.migrateTo(*db, from);
                QCOMPARE(db->userVersion(), from);
                if (from >= 1) {
                    db->exec("INSERT INTO settings (key, value) VALUES ('probe', 'bleibt')");
                    db->exec("INSERT INTO articles (uuid, slug, title, body_md, created, updated) VALUES "
                             "('u1', 'alt', 'Straßenbau in Gießen', 'Drei **Wörter** hier', '2026-01-01T00:00:00.000Z', "
                             "'2026-01-01T00:00:00.000Z')");
                }
            }
            // Version 0 is an empty file, which only `feder init` (Access::Init) turns into a store.
            auto store = Store::open(path, from == 0 ? Store::Access::Init : Store::Access::Write);
            QCOMPARE(store->database().userVersion(), migrator.latestVersion());
            QCOMPARE(store->settings().value(QStringLiteral("probe"), QStringLiteral("bleibt")), QStringLiteral("bleibt"));
            QCOMPARE(scalar(store->database(), "SELECT COUNT(*) FROM pragma_foreign_key_check"), 0);
            if (from >= 1) {
                // Data from before version 2 is counted and searchable the new way.
                const auto article = store->articles().findBySlug(QStringLiteral("alt"));
                QVERIFY(article);
                QCOMPARE(article->title, QStringLiteral("Straßenbau in Gießen"));
                if (from < 2) { // written before version 2 existed: counted and indexed by its migration
                    QCOMPARE(store->articles().wordCount(article->id), 3);
                    QCOMPARE(store->articles().search(QStringLiteral("strassenbau")), QList<qint64>{article->id});
                }
                QVERIFY(Workflow::history(*store, article->id).isEmpty()); // version 3's table is there
            }
            Statement integrity(store->database(), "PRAGMA integrity_check");
            integrity.step();
            QCOMPARE(integrity.text(0), QStringLiteral("ok"));
        }
    }

    void migratesStepByStepAndKeepsData()
    {
        const Migrator migrator(toyHistory());
        auto db = Database::open(freshPath(), Database::Mode::ReadWriteCreate);
        migrator.migrateTo(*db, 1);
        db->exec("INSERT INTO notes (text) VALUES ('alt')");
        QCOMPARE(migrator.migrate(*db), 1);
        QCOMPARE(db->userVersion(), 3);
        Statement query(*db, "SELECT text, author FROM notes");
        QVERIFY(query.step());
        QCOMPARE(query.text(0), QStringLiteral("alt"));
        QCOMPARE(query.text(1), QStringLiteral("unbekannt"));
        QVERIFY(!migrator.needsMigration(*db));
        QCOMPARE(migrator.migrate(*db), 3); // idempotent
    }

    void aFailingStepLeavesTheLastGoodVersion()
    {
        const QString path = freshPath();
        auto db = Database::open(path, Database::Mode::ReadWriteCreate);
        const Migrator good(toyHistory());
        good.migrateTo(*db, 2);
        const Migrator failing(toyHistory(true));
        QVERIFY_THROWS_EXCEPTION(StoreError, failing.migrate(*db));
        QCOMPARE(db->userVersion(), 2);
        QCOMPARE(scalar(*db, "SELECT COUNT(*) FROM sqlite_schema WHERE name = 'tags'"), 0);
    }

    void refusesNewerStoresAndGappedHistories()
    {
        auto db = Database::open(freshPath(), Database::Mode::ReadWriteCreate);
        db->setUserVersion(7);
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator(toyHistory()).migrate(*db));
        QCOMPARE(db->userVersion(), 7);
        std::vector<Migration> gapped = toyHistory();
        gapped.erase(gapped.begin() + 1);
        QVERIFY_THROWS_EXCEPTION(StoreError, Migrator(std::move(gapped)));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"

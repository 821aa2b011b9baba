#include "TestSupport.h"
#include "store/Migrator.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

namespace {

Article sampleArticle(const QString &slug)
{
    Article a;
    a.slug = slug;
    a.title = QStringLiteral("Größere Städte, schnellere Ämter");
    a.author = QStringLiteral("Miriam Vogt");
    a.role = QStringLiteral("Digital Transformation Lead");
    a.category = QStringLiteral("Öffentliche Verwaltung");
    a.excerpt = QStringLiteral("Ein Anreißer […]");
    a.body = QStringLiteral("Die Straßenbahn fährt durch Gießen.\n");
    a.related = {QStringLiteral("b"), QStringLiteral("a-2")};
    return a;
}

qint64 scalar(Store &store, const char *sql)
{
    Statement query(store.database(), sql);
    query.step();
    return query.integer(0);
}

QString storeError(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error.message();
    }
    return QStringLiteral("no error");
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void createsAConfiguredStore()
    {
        auto store = Store::open(path(QStringLiteral("new.sqlite")), Store::Access::Create);
        QCOMPARE(store->database().userVersion(), Migrator(schemaMigrations()).latestVersion());
        Statement journal(store->database(), "PRAGMA journal_mode");
        journal.step();
        QCOMPARE(journal.text(0), QStringLiteral("wal"));
        QCOMPARE(scalar(*store, "PRAGMA foreign_keys"), 1);
        QVERIFY(store->isEmpty());
    }

    void savesAndReadsArticlesWithUuidsAndTimestamps()
    {
        auto store = Store::open(path(QStringLiteral("articles.sqlite")), Store::Access::Create);
        Article article = sampleArticle(QStringLiteral("staedte"));
        {
            Transaction t(store->database());
            store->articles().save(article);
            t.commit();
        }
        QVERIFY(article.id > 0);
        QCOMPARE(article.uuid.size(), 36);
        const auto read = store->articles().findBySlug(QStringLiteral("staedte"));
        QVERIFY(read);
        QCOMPARE(read->uuid, article.uuid);
        QCOMPARE(read->title, article.title);
        QCOMPARE(read->author, article.author);
        QCOMPARE(read->role, article.role);
        QCOMPARE(read->category, article.category);
        QCOMPARE(read->related, article.related);
        QCOMPARE(read->body, article.body);
        QVERIFY(read->created.isValid());
        QCOMPARE(read->created, read->updated);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM authors WHERE uuid IS NOT NULL AND length(uuid) = 36"), 1);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM categories WHERE uuid IS NOT NULL"), 1);
    }

    void categoriesKeepTheirOrderAndAuthorsTheirRole()
    {
        auto store = Store::open(path(QStringLiteral("people.sqlite")), Store::Access::Create);
        Transaction t(store->database());
        store->authors().ensureCategory(QStringLiteral("Fertigung"));
        store->authors().ensureCategory(QStringLiteral("Bildungswesen"));
        store->authors().ensureCategory(QStringLiteral("Fertigung"));
        store->authors().ensureAuthor(QStringLiteral("Aylin Demir"), QStringLiteral("Referentin"));
        store->authors().ensureAuthor(QStringLiteral("Aylin Demir"), QString()); // no role: keeps the old one
        t.commit();
        const auto categories = store->authors().categories();
        QCOMPARE(categories.size(), 2);
        QCOMPARE(categories.at(0).name, QStringLiteral("Fertigung"));
        QCOMPARE(categories.at(1).name, QStringLiteral("Bildungswesen"));
        QCOMPARE(store->authors().authors().first().role, QStringLiteral("Referentin"));
    }

    void authorsAndCategoriesRenameMergeDelete()
    {
        auto store = Store::open(path(QStringLiteral("people2.sqlite")), Store::Access::Create);
        Transaction t(store->database());
        Article a = sampleArticle(QStringLiteral("a"));
        store->articles().save(a);
        Article b = sampleArticle(QStringLiteral("b"));
        b.author = QStringLiteral("M. Vogt");
        b.category = QStringLiteral("Verwaltung");
        store->articles().save(b);
        auto &people = store->authors();
        const auto idOf = [&](const QString &name) {
            for (const Author &author : people.authors())
                if (author.name == name)
                    return author.id;
            return qint64(0);
        };
        people.renameAuthor(idOf(QStringLiteral("Miriam Vogt")), QStringLiteral("Dr. Miriam Vogt"));
        QCOMPARE(store->articles().findBySlug(QStringLiteral("a"))->author, QStringLiteral("Dr. Miriam Vogt"));
        QVERIFY(storeError([&] { people.renameAuthor(idOf(QStringLiteral("M. Vogt")), QStringLiteral("Dr. Miriam Vogt")); })
                    .contains(QStringLiteral("exists already")));
        QVERIFY(storeError([&] { people.deleteAuthor(idOf(QStringLiteral("M. Vogt"))); }).contains(QStringLiteral("1 article")));
        people.mergeAuthors(idOf(QStringLiteral("Dr. Miriam Vogt")), idOf(QStringLiteral("M. Vogt")));
        QCOMPARE(people.authors().size(), 1);
        QCOMPARE(store->articles().findBySlug(QStringLiteral("b"))->author, QStringLiteral("Dr. Miriam Vogt"));
        people.ensureAuthor(QStringLiteral("Niemand"), {});
        people.deleteAuthor(idOf(QStringLiteral("Niemand")));
        QCOMPARE(people.authors().size(), 1);

        const QList<Category> categories = people.categories();
        QCOMPARE(categories.size(), 2);
        people.reorderCategories({categories.at(1).id, categories.at(0).id});
        QCOMPARE(people.categories().first().name, QStringLiteral("Verwaltung"));
        QVERIFY(storeError([&] { people.reorderCategories({categories.at(0).id}); }).contains(QStringLiteral("every category")));
        people.renameCategory(categories.at(1).id, QStringLiteral("Öffentlicher Sektor"));
        QCOMPARE(store->articles().findBySlug(QStringLiteral("b"))->category, QStringLiteral("Öffentlicher Sektor"));
        people.mergeCategories(categories.at(0).id, categories.at(1).id);
        QCOMPARE(people.categories().size(), 1);
        QCOMPARE(store->articles().findBySlug(QStringLiteral("b"))->category, QStringLiteral("Öffentliche Verwaltung"));
        t.commit();
    }

    void fullTextIndexFollowsTheArticles()
    {
        auto store = Store::open(path(QStringLiteral("fts.sqlite")), Store::Access::Create);
        Article article = sampleArticle(QStringLiteral("fts"));
        Transaction t(store->database());
        store->articles().save(article);
        auto &articles = store->articles();
        const QList<qint64> hit{article.id};
        // German folding both ways, prefixes, any case.
        QCOMPARE(articles.search(QStringLiteral("Straßenbahn")), hit);
        QCOMPARE(articles.search(QStringLiteral("strassenbahn")), hit);
        QCOMPARE(articles.search(QStringLiteral("STRASSE")), hit);
        QCOMPARE(articles.search(QStringLiteral("giessen")), hit);
        QCOMPARE(articles.search(QStringLiteral("Städte")), hit);
        QCOMPARE(articles.search(QStringLiteral("staedte schnell")), hit);
        QCOMPARE(articles.search(QStringLiteral("Anreißer")), hit);       // the excerpt is searched too
        QVERIFY(articles.search(QStringLiteral("städte radweg")).isEmpty()); // every word must match
        QVERIFY(articles.search(QStringLiteral("\"*) OR (")).isEmpty());     // no FTS syntax from users
        article.body = QStringLiteral("Nur noch Radwege.");
        articles.save(article);
        QVERIFY(articles.search(QStringLiteral("gießen")).isEmpty());
        QCOMPARE(articles.search(QStringLiteral("radweg")), hit);
        articles.saveBody(article.id, QStringLiteral("Autobahn"));
        QCOMPARE(articles.search(QStringLiteral("autobahn")), hit);
        QCOMPARE(articles.wordCount(article.id), 1);
        article.title = QStringLiteral("Neuer Titel");
        articles.saveMetadata(article);
        QCOMPARE(articles.search(QStringLiteral("titel autobahn")), hit); // metadata saves keep the body indexed
        articles.remove(article.id);
        QVERIFY(articles.search(QStringLiteral("autobahn")).isEmpty());
        t.commit();
        Statement integrity(store->database(), "INSERT INTO article_fts(article_fts) VALUES('integrity-check')");
        integrity.run();
    }

    void searchRanksTitleHitsFirst()
    {
        auto store = Store::open(path(QStringLiteral("rank.sqlite")), Store::Access::Create);
        Transaction t(store->database());
        Article inBody = sampleArticle(QStringLiteral("im-text"));
        inBody.title = QStringLiteral("Verwaltung");
        inBody.body = QStringLiteral("Hier geht es um die Cloud und noch viel mehr Text über andere Dinge.");
        store->articles().save(inBody);
        Article inTitle = sampleArticle(QStringLiteral("im-titel"));
        inTitle.title = QStringLiteral("Die Cloud in Behörden");
        inTitle.body = QStringLiteral("Ein Text.");
        store->articles().save(inTitle);
        t.commit();
        QCOMPARE(store->articles().search(QStringLiteral("cloud")), (QList<qint64>{inTitle.id, inBody.id}));
    }

    void slugsStayUniqueAndRenamesFollow()
    {
        auto store = Store::open(path(QStringLiteral("slugs.sqlite")), Store::Access::Create);
        Transaction t(store->database());
        Article a = sampleArticle(QStringLiteral("alpha"));
        a.related.clear();
        store->articles().save(a);
        Article b = sampleArticle(QStringLiteral("beta"));
        b.related = {QStringLiteral("alpha")};
        store->articles().save(b);
        QCOMPARE(store->articles().uniqueSlug(QStringLiteral("alpha")), QStringLiteral("alpha-2"));
        QCOMPARE(store->articles().uniqueSlug(QStringLiteral("alpha"), a.id), QStringLiteral("alpha"));
        a.slug = QStringLiteral("beta");
        QVERIFY(storeError([&] { store->articles().saveMetadata(a); }).contains(QStringLiteral("already used")));
        a.slug = QStringLiteral("alpha-neu");
        store->articles().saveMetadata(a);
        QCOMPARE(store->articles().findBySlug(QStringLiteral("beta"))->related, QStringList{QStringLiteral("alpha-neu")});
        t.commit();
    }

    void trashHidesAndRestores()
    {
        auto store = Store::open(path(QStringLiteral("trash.sqlite")), Store::Access::Create);
        Transaction t(store->database());
        Article a = sampleArticle(QStringLiteral("weg-damit"));
        store->articles().save(a);
        store->annotations().addThread(a.id, a.body, 0, 3, QStringLiteral("X"), QStringLiteral("Kommentar"));
        store->articles().moveToTrash(a.id);
        QVERIFY(!store->articles().findBySlug(QStringLiteral("weg-damit")));
        QCOMPARE(store->articles().summaries().size(), 0);
        QCOMPARE(store->articles().count(), 0);
        QVERIFY(store->articles().search(QStringLiteral("gießen")).isEmpty());
        QCOMPARE(store->articles().trash().size(), 1);
        QVERIFY(store->articles().slugExists(QStringLiteral("weg-damit"))); // the slug stays taken
        store->articles().restoreFromTrash(a.id);
        QCOMPARE(store->articles().findBySlug(QStringLiteral("weg-damit"))->title, a.title);
        QCOMPARE(store->annotations().threads(a.id).size(), 1);             // comments survive the trash
        store->articles().moveToTrash(a.id);
        store->articles().emptyTrash();
        QVERIFY(store->articles().trash().isEmpty());
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM articles"), 0);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM annotations"), 0);
        t.commit();
    }

    void rollsBackWhenATransactionIsNotCommitted()
    {
        auto store = Store::open(path(QStringLiteral("rollback.sqlite")), Store::Access::Create);
        {
            Transaction t(store->database());
            Article article = sampleArticle(QStringLiteral("weg"));
            store->articles().save(article);
        }
        QCOMPARE(store->articles().count(), 0);
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM authors"), 0);
    }

    void foreignKeysAreEnforced()
    {
        auto store = Store::open(path(QStringLiteral("fk.sqlite")), Store::Access::Create);
        Statement bad(store->database(),
            "INSERT INTO revisions (uuid, article_id, snapshot, created) VALUES ('u', 999, 's', 'now')");
        QVERIFY(storeError([&] { bad.run(); }).contains(QStringLiteral("FOREIGN KEY")));
    }

    void assetsAreDeduplicatedBySha256()
    {
        auto store = Store::open(path(QStringLiteral("assets.sqlite")), Store::Access::Create);
        const QByteArray png = test::pngBytes();
        const QString first = store->assets().put(png, QStringLiteral("image/png"), QStringLiteral("a.png"));
        const QString second = store->assets().put(png, QStringLiteral("image/png"), QStringLiteral("b.png"));
        QCOMPARE(first, second);
        QCOMPARE(first, AssetRepository::sha256Of(png));
        QCOMPARE(scalar(*store, "SELECT COUNT(*) FROM assets"), 1);
        QCOMPARE(store->assets().find(first)->bytes, png);
    }

    void settingsAndReadingSpeed()
    {
        auto store = Store::open(path(QStringLiteral("settings.sqlite")), Store::Access::Create);
        QCOMPARE(store->settings().wordsPerMinute(), 200);
        store->settings().setWordsPerMinute(150);
        QCOMPARE(store->settings().wordsPerMinute(), 150);
        store->settings().setValue(QStringLiteral("reading.words_per_minute"), QStringLiteral("kaputt"));
        QCOMPARE(store->settings().wordsPerMinute(), 200);
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString file = path(QStringLiteral("notes.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dies ist keine Datenbank, sondern ein Einkaufszettel.\n");
        f.close();
        QCOMPARE(storeError([&] { Store::open(file, Store::Access::Create); }),
                 file + QStringLiteral(": not a Feder store (the file is not an SQLite database)"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("Dies ist keine Datenbank, sondern ein Einkaufszettel.\n"));
    }

    void refusesAnSqliteDatabaseOfAnotherProgram()
    {
        const QString file = path(QStringLiteral("other.sqlite"));
        {
            auto db = Database::open(file, Database::Mode::ReadWriteCreate);
            db->exec("CREATE TABLE kunden (name TEXT)");
        }
        QVERIFY(storeError([&] { Store::open(file, Store::Access::Write); }).contains(QStringLiteral("another program")));
    }

    void refusesAStoreFromTheFuture()
    {
        const QString file = path(QStringLiteral("future.sqlite"));
        { Store::open(file, Store::Access::Create); }
        {
            auto db = Database::open(file, Database::Mode::ReadWrite);
            db->setUserVersion(99);
        }
        QVERIFY(storeError([&] { Store::open(file, Store::Access::Read); }).contains(QStringLiteral("newer Feder")));
    }

    void readOnlyStoreCanBeReadButNotWritten()
    {
        const QString file = path(QStringLiteral("readonly.sqlite"));
        {
            auto store = Store::open(file, Store::Access::Create);
            Article article = sampleArticle(QStringLiteral("lesen"));
            Transaction t(store->database());
            store->articles().save(article);
            t.commit();
        }
        QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QCOMPARE(storeError([&] { Store::open(file, Store::Access::Write); }),
                 file + QStringLiteral(": the store is read-only; nothing was written"));
        auto store = Store::open(file, Store::Access::Read);
        QVERIFY(store->isReadOnly());
        QCOMPARE(store->articles().count(), 1);
        Article article = *store->articles().findBySlug(QStringLiteral("lesen"));
        article.title = QStringLiteral("geändert");
        QVERIFY(storeError([&] {
                    Transaction t(store->database());
                    store->articles().save(article);
                    t.commit();
                }).contains(QStringLiteral("read-only")));
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void missingStoreIsNotCreatedForReading()
    {
        const QString file = path(QStringLiteral("missing.sqlite"));
        QCOMPARE(storeError([&] { Store::open(file, Store::Access::Read); }), file + QStringLiteral(": no such store"));
        QVERIFY(!QFile::exists(file));
    }

    void resolvesTheStorePath()
    {
        qputenv("FEDER_STORE", "/tmp/aus-der-umgebung.sqlite");
        QCOMPARE(Store::resolvePath(QStringLiteral("x.sqlite")), QStringLiteral("x.sqlite"));
        QCOMPARE(Store::resolvePath(QString()), QStringLiteral("/tmp/aus-der-umgebung.sqlite"));
        qunsetenv("FEDER_STORE");
        QVERIFY(Store::resolvePath(QString()).endsWith(QStringLiteral("/feder.sqlite")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"

#include "TestSupport.h"
#include "article/ArticleFileError.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;
using feder::test::articleText;
using feder::test::writeFile;

namespace {

qint64 scalar(Store &store, const char *sql)
{
    Statement query(store.database(), sql);
    query.step();
    return query.integer(0);
}

// Counts every row the import could have written, to prove that a failed import wrote nothing.
qint64 rowsEverywhere(Store &store)
{
    return scalar(store, "SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM authors) + "
                         "(SELECT COUNT(*) FROM categories) + (SELECT COUNT(*) FROM assets) + "
                         "(SELECT COUNT(*) FROM revisions) + (SELECT COUNT(*) FROM article_related)");
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    QString importError(const QStringList &paths)
    {
        Importer importer(*m_store);
        try {
            importer.importPaths(paths);
        } catch (const ArticleFileError &error) {
            return error.toString();
        } catch (const StoreError &error) {
            return error.message();
        }
        return QStringLiteral("no error");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("store.sqlite")), Store::Access::Create);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void importsAFolderOfRealArticles()
    {
        Importer importer(*m_store);
        const auto outcomes = importer.importPaths({test::dataPath(QStringLiteral("articles"))});
        QCOMPARE(outcomes.size(), 2);
        QCOMPARE(outcomes.at(0).kind, ImportOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(0).slug, QStringLiteral("warum-einzelhaendler-ihre-kassensysteme-in-die-cloud-verlegen"));
        // The related article comes later in the same import: no warning about it.
        QCOMPARE(importer.warnings().size(), 1);
        QVERIFY(importer.warnings().first().contains(QStringLiteral("unknown front-matter key 'projekt'")));

        const Article a = *m_store->articles().findBySlug(outcomes.at(0).slug);
        QCOMPARE(a.author, QStringLiteral("Sabine Krüger"));
        QCOMPARE(a.role, QStringLiteral("Branchenexpertin Einzelhandel, DACH"));
        QCOMPARE(a.related, QStringList{QStringLiteral("lagerhaltung-ohne-zettelwirtschaft")});
        QVERIFY(a.body.startsWith(QStringLiteral("::: pullquote\n„Wir haben")));
        QVERIFY(a.body.contains(QStringLiteral("::: cta\n### Checkliste")));
        QVERIFY(a.extraYaml.contains(QStringLiteral("KASSE-2026")));

        const auto asset = m_store->assets().find(a.teaserAsset);
        QVERIFY(asset);
        QCOMPARE(asset->mime, QStringLiteral("image/png"));
        QCOMPARE(asset->originalName, QStringLiteral("kasse.png"));
        QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM authors"), 1);
        QCOMPARE(m_store->authors().categories().size(), 2);
        QCOMPARE(m_store->authors().categories().first().name, QStringLiteral("Einzelhandel"));
    }

    void reimportUpdatesAndKeepsThePreviousStateAsRevision()
    {
        const QString file = writeFile(*m_dir, QStringLiteral("a.md"),
                                       articleText(QStringLiteral("title: Erster Titel\nslug: artikel"), QStringLiteral("Alt.\n")));
        Importer importer(*m_store);
        QCOMPARE(importer.importPaths({file}).first().kind, ImportOutcome::Kind::Imported);
        const Article before = *m_store->articles().findBySlug(QStringLiteral("artikel"));

        // The import itself is a revision, with the status the article came in with (issue 11).
        QCOMPARE(m_store->revisions().forArticle(before.id).size(), 1);
        QCOMPARE(m_store->revisions().forArticle(before.id).first().reason, QStringLiteral("import"));
        QVERIFY(m_store->revisions().forArticle(before.id).first().snapshot.contains(QStringLiteral("status: draft")));
        QCOMPARE(importer.importPaths({file}).first().kind, ImportOutcome::Kind::Unchanged);
        QCOMPARE(m_store->revisions().forArticle(before.id).size(), 1);

        writeFile(*m_dir, QStringLiteral("a.md"),
                  articleText(QStringLiteral("title: Neuer Titel\nslug: artikel"), QStringLiteral("Neu.\n")));
        QCOMPARE(importer.importPaths({file}).first().kind, ImportOutcome::Kind::Updated);
        QCOMPARE(m_store->articles().count(), 1);
        const Article after = *m_store->articles().findBySlug(QStringLiteral("artikel"));
        QCOMPARE(after.uuid, before.uuid);
        QCOMPARE(after.title, QStringLiteral("Neuer Titel"));
        QCOMPARE(after.body, QStringLiteral("Neu.\n"));
        QCOMPARE(after.created, before.created);
        // The previous state is the first import's revision (not kept twice), then the new one.
        auto revisions = m_store->revisions().forArticle(after.id);
        QCOMPARE(revisions.size(), 2);
        QVERIFY(revisions.first().snapshot.contains(QStringLiteral("title: Erster Titel")));
        QVERIFY(revisions.first().snapshot.endsWith(QStringLiteral("Alt.\n")));
        QCOMPARE(revisions.last().reason, QStringLiteral("import"));
        QVERIFY(revisions.last().snapshot.endsWith(QStringLiteral("Neu.\n")));

        // Edited in the store since: that state is kept before the next import replaces it.
        Transaction t(m_store->database());
        m_store->articles().saveBody(after.id, QStringLiteral("Im Editor geändert.\n"));
        t.commit();
        writeFile(*m_dir, QStringLiteral("a.md"),
                  articleText(QStringLiteral("title: Dritter Titel\nslug: artikel"), QStringLiteral("Drei.\n")));
        QCOMPARE(importer.importPaths({file}).first().kind, ImportOutcome::Kind::Updated);
        revisions = m_store->revisions().forArticle(after.id);
        QCOMPARE(revisions.size(), 4);
        QCOMPARE(revisions.at(2).reason, QStringLiteral("before_import"));
        QVERIFY(revisions.at(2).snapshot.endsWith(QStringLiteral("Im Editor geändert.\n")));
        QCOMPARE(revisions.at(3).reason, QStringLiteral("import"));
    }

    void warnsAboutRelatedArticlesThatNeverArrive()
    {
        const QString file = writeFile(*m_dir, QStringLiteral("a.md"),
                                       articleText(QStringLiteral("title: A\nrelated: [gibt-es-nicht]")));
        Importer importer(*m_store);
        importer.importPaths({file});
        QCOMPARE(importer.warnings().size(), 1);
        QVERIFY(importer.warnings().first().contains(QStringLiteral("related article 'gibt-es-nicht' is not in the store")));
        QCOMPARE(m_store->articles().findBySlug(QStringLiteral("a"))->related, QStringList{QStringLiteral("gibt-es-nicht")});
    }

    void acceptsAssetReferencesToImagesInTheStore()
    {
        writeFile(*m_dir, QStringLiteral("img/bild.png"), test::pngBytes());
        const QString first = writeFile(*m_dir, QStringLiteral("a.md"),
                                        articleText(QStringLiteral("title: A\nteaser_image: img/bild.png")));
        Importer importer(*m_store);
        importer.importPaths({first});
        const QString sha = m_store->articles().findBySlug(QStringLiteral("a"))->teaserAsset;
        const QString second = writeFile(*m_dir, QStringLiteral("b.md"),
                                         articleText(QStringLiteral("title: B\nteaser_image: asset:") + sha));
        importer.importPaths({second});
        QCOMPARE(m_store->articles().findBySlug(QStringLiteral("b"))->teaserAsset, sha);
        QCOMPARE(scalar(*m_store, "SELECT COUNT(*) FROM assets"), 1);
    }

    // Every error names the file (and line), and nothing at all is written.
    void badInputWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("expected");
        QTest::newRow("invalid utf-8") << QStringLiteral("kaputt.md")
            << QByteArray("---\ntitle: T\n---\nZeile\nGr\xFC\xDF" "e\n") << QStringLiteral("kaputt.md:5: invalid UTF-8");
        QTest::newRow("malformed front matter") << QStringLiteral("yaml.md")
            << articleText(QStringLiteral("title: T\nrelated: [a, b")) << QStringLiteral("yaml.md:3: invalid front matter:");
        QTest::newRow("unterminated front matter") << QStringLiteral("offen.md")
            << QByteArray("---\ntitle: T\nText\n") << QStringLiteral("offen.md:1: unterminated front matter");
        QTest::newRow("missing title") << QStringLiteral("ohne.md")
            << articleText(QStringLiteral("author: A")) << QStringLiteral("ohne.md:2: missing title");
        QTest::newRow("unknown status") << QStringLiteral("status.md")
            << articleText(QStringLiteral("title: T\nstatus: fertig")) << QStringLiteral("status.md:3: unknown status 'fertig'");
        QTest::newRow("unknown language") << QStringLiteral("sprache.md")
            << articleText(QStringLiteral("title: T\nlanguage: fr-FR")) << QStringLiteral("sprache.md:3: unknown language 'fr-FR'");
        QTest::newRow("missing teaser image") << QStringLiteral("bild.md")
            << articleText(QStringLiteral("title: T\nteaser_image: fehlt.png")) << QStringLiteral("bild.md:3: teaser image 'fehlt.png' not found");
        QTest::newRow("teaser image is text") << QStringLiteral("text.md")
            << articleText(QStringLiteral("title: T\nteaser_image: fake.png")) << QStringLiteral("text.md:3: teaser image 'fake.png' is not an image");
        QTest::newRow("teaser image truncated") << QStringLiteral("halb.md")
            << articleText(QStringLiteral("title: T\nteaser_image: halb.png")) << QStringLiteral("halb.md:3: teaser image 'halb.png' is not an image");
        QTest::newRow("teaser image is svg") << QStringLiteral("svg.md")
            << articleText(QStringLiteral("title: T\nteaser_image: bild.svg")) << QStringLiteral("svg.md:3: teaser image 'bild.svg' is not an image");
        QTest::newRow("teaser image is a folder") << QStringLiteral("ordner.md")
            << articleText(QStringLiteral("title: T\nteaser_image: sub")) << QStringLiteral("ordner.md:3: teaser image 'sub' is not a file");
        QTest::newRow("unknown asset") << QStringLiteral("asset.md")
            << articleText(QStringLiteral("title: T\nteaser_image: asset:") + QStringLiteral("0").repeated(64))
            << QStringLiteral("asset.md:3: teaser image 'asset:000");
    }
    void badInputWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, contents);
        QFETCH(QString, expected);
        writeFile(*m_dir, QStringLiteral("in/fake.png"), "Das ist Text, kein Bild.\n");
        writeFile(*m_dir, QStringLiteral("in/halb.png"), test::pngBytes(64, 64).left(40));
        writeFile(*m_dir, QStringLiteral("in/bild.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        QDir(m_dir->path()).mkpath(QStringLiteral("in/sub"));
        // A good file next to the bad one: it must not be imported either.
        writeFile(*m_dir, QStringLiteral("in/0-gut.md"), articleText(QStringLiteral("title: Gut\nauthor: Jemand\ncategory: X")));
        writeFile(*m_dir, QStringLiteral("in/") + name, contents);

        const QString error = importError({m_dir->filePath(QStringLiteral("in"))});
        const QString expectedWithPath = m_dir->filePath(QStringLiteral("in/")) + expected;
        QVERIFY2(error.startsWith(expectedWithPath), qPrintable(error + QStringLiteral(" ≠ ") + expectedWithPath));
        QCOMPARE(rowsEverywhere(*m_store), 0);
    }

    void failedReimportKeepsTheStoredArticle()
    {
        const QString file = writeFile(*m_dir, QStringLiteral("a.md"), articleText(QStringLiteral("title: T\nslug: bleibt"), QStringLiteral("Original\n")));
        Importer importer(*m_store);
        importer.importPaths({file});
        const qint64 before = rowsEverywhere(*m_store);
        writeFile(*m_dir, QStringLiteral("a.md"), articleText(QStringLiteral("title: T\nslug: bleibt\nstatus: kaputt"), QStringLiteral("Neu\n")));
        QVERIFY(importError({file}).contains(QStringLiteral("unknown status")));
        QCOMPARE(rowsEverywhere(*m_store), before);
        QCOMPARE(m_store->articles().findBySlug(QStringLiteral("bleibt"))->body, QStringLiteral("Original\n"));
    }

    void duplicateSlugsInOneImportAreRefused()
    {
        writeFile(*m_dir, QStringLiteral("in/a.md"), articleText(QStringLiteral("title: Gleich")));
        writeFile(*m_dir, QStringLiteral("in/b.md"), articleText(QStringLiteral("title: gleich")));
        QVERIFY(importError({m_dir->filePath(QStringLiteral("in"))}).contains(QStringLiteral("slug 'gleich' is also used by")));
        QCOMPARE(rowsEverywhere(*m_store), 0);
    }

    void missingPathIsAnError()
    {
        const QString missing = m_dir->filePath(QStringLiteral("gibt-es-nicht"));
        QCOMPARE(importError({missing}), missing + QStringLiteral(": no such file or folder"));
    }

    void readOnlyStoreIsRefusedBeforeReading()
    {
        const QString path = m_dir->filePath(QStringLiteral("ro.sqlite"));
        { Store::open(path, Store::Access::Create); }
        QFile::setPermissions(path, QFileDevice::ReadOwner);
        QVERIFY_THROWS_EXCEPTION(StoreError, Store::open(path, Store::Access::Create));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"

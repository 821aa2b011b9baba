#include "seed/DemoSeeder.h"
#include "store/Store.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

class TestSeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoShowsEveryFeature()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("demo.sqlite")), Store::Access::Create);
        DemoSeeder::seed(*store);

        const auto main = store->articles().findBySlug(QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen"));
        QVERIFY(main);
        QCOMPARE(main->language, QStringLiteral("de-DE"));
        QVERIFY(main->body.startsWith(QStringLiteral("::: pullquote\n„Oh, das ist bestimmt schwierig.“\n:::")));
        QVERIFY(main->body.contains(QStringLiteral("\n::: cta\n### ")));
        QVERIFY(main->body.contains(QStringLiteral("\n## ")));
        QVERIFY(main->excerpt.endsWith(QStringLiteral(" […]")));
        QVERIFY(!main->author.isEmpty() && !main->role.isEmpty() && !main->category.isEmpty());
        QVERIFY(!main->teaserAlt.isEmpty());
        QVERIFY(store->assets().find(main->teaserAsset));

        QCOMPARE(main->related.size(), 3);
        QSet<QString> categories;
        for (const QString &slug : main->related) {
            const auto related = store->articles().findBySlug(slug);
            QVERIFY2(related, qPrintable(slug));
            QVERIFY(!related->teaserAsset.isEmpty());
            QVERIFY(!related->teaserAlt.isEmpty());
            QVERIFY(!related->excerpt.isEmpty());
            categories.insert(related->category);
        }
        QVERIFY(categories.size() >= 2);

        const auto threads = store->annotations().threads(main->id);
        QCOMPARE(threads.size(), 1);
        const Anchor &anchor = threads.first().anchor;
        QCOMPARE(main->body.mid(anchor.start, anchor.end - anchor.start), anchor.quote);
        QCOMPARE(store->annotations().openThreadCount(main->id), 1);
    }
};

QTEST_GUILESS_MAIN(TestSeed)
#include "tst_seed.moc"

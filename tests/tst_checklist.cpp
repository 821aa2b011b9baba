#include "TestSupport.h"
#include "check/Checklist.h"
#include "import/Importer.h"
#include "spelling/LanguageGuess.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

namespace {

QStringList rules(const QList<CheckItem> &items)
{
    QStringList result;
    for (const CheckItem &item : items)
        result.append(item.rule);
    return result;
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    Article importOne(const QString &frontMatter, const QString &body = QStringLiteral("Ein Absatz.\n"))
    {
        test::writeFile(*m_dir, QStringLiteral("img/a.png"), test::pngBytes());
        test::writeFile(*m_dir, QStringLiteral("a.md"), test::articleText(frontMatter, body));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("a.md"))});
        return *m_store->articles().findBySlug(QStringLiteral("a"));
    }

    static QString complete()
    {
        return QStringLiteral("title: A\nslug: a\nauthor: Miriam Vogt\ncategory: Bildungswesen\n"
                              "excerpt: Ein kurzer Anreißer über digitale Schulbücher in der Praxis […]\n"
                              "teaser_image: img/a.png\nteaser_alt: Eine Lehrerin zeigt einer Schülerin ein Tablet im Klassenzimmer");
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("c.sqlite")), Store::Access::Create);
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void completeArticleIsClean()
    {
        const Article a = importOne(complete(), QStringLiteral("## Eins\n\nText.\n\n### Zwei\n\nText.\n"));
        const auto items = Checklist::run(*m_store, a);
        QVERIFY2(items.isEmpty(), qPrintable(rules(items).join(QLatin1Char(','))));
        QVERIFY(!Checklist::hasBlocking(items));
    }

    void missingFields()
    {
        Article a = importOne(QStringLiteral("title: A\nslug: a"));
        a.title.clear();
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items), (QStringList{QStringLiteral("title_missing"), QStringLiteral("author_missing"),
                                            QStringLiteral("category_missing"), QStringLiteral("excerpt_missing"),
                                            QStringLiteral("teaser_image_missing")}));
        QVERIFY(items.first().isBlocking());
        QCOMPARE(items.first().field, QStringLiteral("title"));
        for (int i = 1; i < items.size(); ++i)
            QVERIFY(!items.at(i).isBlocking());
    }

    void teaserImageWithoutAltBlocks()
    {
        Article a = importOne(complete());
        a.teaserAlt.clear();
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items), QStringList{QStringLiteral("teaser_alt_missing")});
        QVERIFY(items.first().isBlocking());
        QCOMPARE(items.first().field, QStringLiteral("teaser_alt"));
        QVERIFY(items.first().message.contains(QStringLiteral("Alternativtext")));
    }

    void wrongLanguageAltTextAndExcerpt_data()
    {
        QTest::addColumn<QString>("alt");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("english") << QStringLiteral("A teacher shows a student how the tablet works in the classroom") << true;
        QTest::newRow("italian") << QStringLiteral("Una insegnante mostra a una studentessa come funziona il tablet in classe") << true;
        QTest::newRow("german") << QStringLiteral("Eine Lehrerin zeigt einer Schülerin, wie das Tablet im Unterricht funktioniert") << false;
        QTest::newRow("german with anglicism") << QStringLiteral("Das Team bespricht im Meeting die neue Cloud-Strategie") << false;
        QTest::newRow("too short to judge") << QStringLiteral("Team Meeting") << false;
    }
    void wrongLanguageAltTextAndExcerpt()
    {
        QFETCH(QString, alt);
        QFETCH(bool, flagged);
        Article a = importOne(complete());
        a.teaserAlt = alt;
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items).contains(QStringLiteral("teaser_alt_language")), flagged);
        a.teaserAlt = QStringLiteral("Eine Lehrerin zeigt ein Tablet");
        a.excerpt = alt;
        QCOMPARE(rules(Checklist::run(*m_store, a)).contains(QStringLiteral("excerpt_language")), flagged);
    }

    void englishArticleExpectsEnglish()
    {
        Article a = importOne(complete());
        a.language = QStringLiteral("en-US");
        a.excerpt = QStringLiteral("A short teaser about digital school books in practice");
        a.teaserAlt = QStringLiteral("Eine Lehrerin zeigt einer Schülerin das Tablet im Klassenzimmer");
        // German alt text in an English article: wrong language, and not English spelling either.
        QCOMPARE(rules(Checklist::run(*m_store, a)), (QStringList{QStringLiteral("teaser_alt_language"), QStringLiteral("spelling")}));
    }

    void spellingFindingsAreCounted()
    {
        Article a = importOne(complete(), QStringLiteral("Die Platform funtioniert nicht.\n"));
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items), QStringList{QStringLiteral("spelling")});
        QVERIFY(items.first().message.startsWith(QStringLiteral("2 "))); // German forms: tst_translations, tst_cli
        QCOMPARE(items.first().field, QStringLiteral("body"));
        QVERIFY(!items.first().isBlocking());
        QVERIFY(Checklist::run(*m_store, a, 0).isEmpty()); // the GUI passes the count it has
    }

    // Issue 17: typography findings of German articles are a hint in the „Stil“ section (rule
    // "style"), never blocking; the GUI passes the count of its background check.
    void styleFindingsAreCounted()
    {
        Article a = importOne(complete(), QStringLiteral("Sie sagte \"Hallo\" und ging ... weiter. `\"Code\"` bleibt.\n"));
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items), QStringList{QStringLiteral("style")});
        QCOMPARE(Checklist::countStyleFindings(a), 3);
        QVERIFY(items.first().message.startsWith(QStringLiteral("3 ")));
        QCOMPARE(items.first().field, QStringLiteral("body"));
        QVERIFY(!items.first().isBlocking());
        QVERIFY(Checklist::run(*m_store, a, std::nullopt, 0).isEmpty()); // the GUI passes the count it has
        a.language = QStringLiteral("en-US");
        QCOMPARE(Checklist::countStyleFindings(a), 0); // German articles only
    }

    void lengths()
    {
        Article a = importOne(complete());
        a.excerpt = QStringLiteral("Ein Satz über die Verwaltung. ").repeated(11);
        a.seoTitle = QStringLiteral("Verwaltung ").repeated(6) + QStringLiteral("X");
        a.seoDescription = QStringLiteral("Verwaltung ").repeated(14) + QStringLiteral("Digitalisierung");
        QCOMPARE(rules(Checklist::run(*m_store, a)), (QStringList{QStringLiteral("excerpt_too_long"),
                     QStringLiteral("seo_title_too_long"), QStringLiteral("seo_description_too_long")}));
        a.excerpt = QStringLiteral("Ein Satz über die Verwaltung. ").repeated(10); // exactly 300
        a.seoTitle = QStringLiteral("Verwaltung ").repeated(5).trimmed();
        a.seoDescription = QStringLiteral("Verwaltung ").repeated(14).trimmed();
        QVERIFY(Checklist::run(*m_store, a).isEmpty());
    }

    void missingRelatedArticle()
    {
        Article a = importOne(complete() + QStringLiteral("\nrelated: [gibt-es-nicht]"));
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items), QStringList{QStringLiteral("related_missing")});
        QVERIFY(items.first().message.contains(QStringLiteral("gibt-es-nicht")));
    }

    void openCommentsBlock()
    {
        const Article a = importOne(complete());
        Transaction t(m_store->database());
        m_store->annotations().addThread(a.id, a.body, 0, 3, QStringLiteral("Jonas"), QStringLiteral("Bitte prüfen"));
        t.commit();
        const auto items = Checklist::run(*m_store, a);
        QCOMPARE(rules(items), QStringList{QStringLiteral("open_comments")});
        QVERIFY(items.first().isBlocking());
    }

    void headingLevels()
    {
        const Article a = importOne(complete(), QStringLiteral("# Doppelt\n\n## Gut\n\n#### Sprung\n\n```\n# kein Kopf\n```\n"));
        QCOMPARE(rules(Checklist::run(*m_store, a)),
                 (QStringList{QStringLiteral("heading_h1_in_body"), QStringLiteral("heading_skips_level")}));
    }

    void jsonShape()
    {
        Article a = importOne(complete());
        a.teaserAlt.clear();
        const QJsonArray array = QJsonDocument::fromJson(Checklist::toJson(Checklist::run(*m_store, a))).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject item = array.first().toObject();
        QCOMPARE(item.keys(), (QStringList{QStringLiteral("field"), QStringLiteral("message"), QStringLiteral("rule"), QStringLiteral("severity")}));
        QCOMPARE(item.value(QStringLiteral("severity")).toString(), QStringLiteral("blocking"));
    }
};

QTEST_GUILESS_MAIN(TestChecklist)
#include "tst_checklist.moc"

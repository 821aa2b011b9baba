#include "article/Slug.h"

#include <QTest>

using namespace feder;

class TestSlug : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derivesGermanSlugs_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("slug");
        QTest::newRow("umlauts") << QStringLiteral("Was Behörden von der Cloud lernen können")
                                 << QStringLiteral("was-behoerden-von-der-cloud-lernen-koennen");
        QTest::newRow("eszett") << QStringLiteral("Straßenbau in Gießen") << QStringLiteral("strassenbau-in-giessen");
        QTest::newRow("capital umlauts") << QStringLiteral("ÄRZTE, ÖFFNUNG, ÜBERBLICK")
                                         << QStringLiteral("aerzte-oeffnung-ueberblick");
        QTest::newRow("accents") << QStringLiteral("Café-Kultur à la française") << QStringLiteral("cafe-kultur-a-la-francaise");
        QTest::newRow("punctuation") << QStringLiteral("„Oh, das ist bestimmt schwierig.“ – Teil 2!")
                                     << QStringLiteral("oh-das-ist-bestimmt-schwierig-teil-2");
        QTest::newRow("gender star") << QStringLiteral("Bürger*innen fragen") << QStringLiteral("buerger-innen-fragen");
        QTest::newRow("nothing usable") << QStringLiteral("„…“") << QString();
    }
    void derivesGermanSlugs()
    {
        QFETCH(QString, title);
        QFETCH(QString, slug);
        QCOMPARE(slugFromTitle(title), slug);
        if (!slug.isEmpty())
            QVERIFY(isValidSlug(slug));
    }

    void limitsLengthAtAWordBoundary()
    {
        const QString slug = slugFromTitle(QStringLiteral("Ein sehr langer Titel ").repeated(10));
        QVERIFY(slug.size() <= 80);
        QVERIFY(!slug.endsWith(QLatin1Char('-')));
        QVERIFY(isValidSlug(slug));
    }

    void rejectsInvalidSlugs()
    {
        QVERIFY(!isValidSlug(QStringLiteral("../etc")));
        QVERIFY(!isValidSlug(QStringLiteral("Gross")));
        QVERIFY(!isValidSlug(QStringLiteral("a--b")));
        QVERIFY(!isValidSlug(QStringLiteral("-a")));
        QVERIFY(!isValidSlug(QString()));
        QVERIFY(isValidSlug(QStringLiteral("a-1-b")));
    }
};

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"

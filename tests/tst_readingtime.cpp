#include "article/ReadingTime.h"
#include "markdown/VisibleText.h"
#include "render/ArticlePage.h"

#include <QTest>

using namespace feder;

class TestReadingTime : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void countsVisibleWordsOnly_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<int>("words");
        QTest::newRow("plain") << QStringLiteral("Ein kurzer Satz mit fünf Wörtern.") << 6;
        QTest::newRow("emphasis and heading") << QStringLiteral("## Eine *Überschrift*\n\n**Fett** und _kursiv_.") << 5;
        QTest::newRow("link text counts, url not") << QStringLiteral("[Jetzt lesen](https://example.org/sehr/lang)") << 2;
        QTest::newRow("autolink not counted") << QStringLiteral("Siehe <https://example.org> und www.example.org bitte.") << 3;
        QTest::newRow("bare e-mail not counted") << QStringLiteral("Schreiben Sie an info@example.org heute.") << 4;
        QTest::newRow("hyphenated compound is one word") << QStringLiteral("Die E-Mail-Adresse der Covid-19-Risikogruppen") << 4;
        QTest::newRow("ergaenzungsstrich") << QStringLiteral("Sicherheits- und Compliance-Anforderungen") << 3;
        QTest::newRow("container markers not counted")
            << QStringLiteral("::: pullquote\n„Oh, das ist bestimmt schwierig.“\n:::\n") << 5;
        QTest::newRow("image alt not counted") << QStringLiteral("![Ein Bild mit Alt-Text](bild.png) Text") << 1;
        QTest::newRow("raw html not counted") << QStringLiteral("<div class=\"x\">\n\nWort\n\n</div>") << 1;
        QTest::newRow("table cells separated") << QStringLiteral("| a | b |\n| --- | --- |\n| eins | zwei |") << 4;
        QTest::newRow("dash alone is no word") << QStringLiteral("Eins – zwei") << 2;
        QTest::newRow("list markers") << QStringLiteral("- eins\n- zwei\n1. drei") << 3;
        QTest::newRow("empty") << QString() << 0;
    }
    void countsVisibleWordsOnly()
    {
        QFETCH(QString, markdown);
        QFETCH(int, words);
        QCOMPARE(VisibleText::wordCount(markdown), words);
    }

    void roundsUpWithAMinimumOfOne()
    {
        QCOMPARE(readingMinutes(QString(), 200), 1);
        QCOMPARE(readingMinutes(QStringLiteral("Wort ").repeated(200), 200), 1);
        QCOMPARE(readingMinutes(QStringLiteral("Wort ").repeated(201), 200), 2);
        QCOMPARE(readingMinutes(QStringLiteral("Wort ").repeated(800), 200), 4);
        QCOMPARE(readingMinutes(QStringLiteral("Wort ").repeated(800), 100), 8);
        QCOMPARE(readingMinutes(QStringLiteral("Wort ").repeated(10), 0), 1); // bad setting falls back
    }

    // Issue 11: one spelling everywhere („5 min.“, never „5 Min.“), and one rounding.
    void oneFormatterForEveryFace()
    {
        QCOMPARE(ReadingTime::text(5), QStringLiteral("5 min."));
        QCOMPARE(ReadingTime::label(QStringLiteral("de-DE"), 5), QStringLiteral("Lesezeit, 5 min."));
        QCOMPARE(ReadingTime::label(QStringLiteral("en-US"), 1), QStringLiteral("Reading time, 1 min."));
        QCOMPARE(ArticlePage::readingTimeLabel(QStringLiteral("de-AT"), 3), QStringLiteral("Lesezeit, ") + ReadingTime::text(3));
        QCOMPARE(ReadingTime::minutes(0, 200), 1);
        QCOMPARE(ReadingTime::minutes(401, 200), 3);
        QCOMPARE(ReadingTime::minutes(401, 0), 3); // bad setting falls back to 200
        QCOMPARE(readingMinutes(QStringLiteral("Wort ").repeated(401), 200), ReadingTime::minutes(401, 200));
    }
};

QTEST_GUILESS_MAIN(TestReadingTime)
#include "tst_readingtime.moc"

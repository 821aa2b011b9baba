#include "article/Excerpt.h"

#include <QTest>

using namespace feder;

class TestExcerpt : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void takesTheFirstRealParagraph()
    {
        const QString body = QStringLiteral("::: pullquote\n„Oh, das ist bestimmt schwierig.“\n:::\n\n## Einleitung\n\n"
                                            "Das war der **erste** Satz, den ich [hörte](https://example.org).\n\nZweiter Absatz.");
        QCOMPARE(excerptFromBody(body), QStringLiteral("Das war der erste Satz, den ich hörte."));
    }

    void cutsAtAWordBoundaryAndMarksTheCut()
    {
        const QString sentence = QStringLiteral("Die Verwaltungsdigitalisierung braucht Geduld, Mut und gute Werkzeuge. ");
        const QString excerpt = excerptFromBody(sentence.repeated(10), 120);
        QVERIFY(excerpt.size() <= 120);
        QVERIFY(excerpt.endsWith(QStringLiteral(" […]")));
        const QString kept = excerpt.chopped(4);
        QVERIFY(kept.back().isLetterOrNumber());
        QVERIFY2(sentence.repeated(10).startsWith(kept), qPrintable(kept));
        // The cut is between words: the next character of the source is not a letter.
        QVERIFY(!sentence.repeated(10).at(kept.size()).isLetter());
    }

    void shortTextIsNotCut()
    {
        QCOMPARE(excerptFromBody(QStringLiteral("Kurz und gut.")), QStringLiteral("Kurz und gut."));
        QCOMPARE(cutAtWord(QStringLiteral("Genau zwölf"), 11), QStringLiteral("Genau zwölf"));
        QCOMPARE(excerptFromBody(QString()), QString());
        QCOMPARE(excerptFromBody(QStringLiteral("## Nur eine Überschrift")), QString());
    }

    void neverSplitsACompound()
    {
        const QString text = QStringLiteral("Sicherheits- und Compliance-Anforderungen wurden gemeinsam festgelegt");
        for (int max = 10; max < text.size(); ++max) {
            const QString cut = cutAtWord(text, max);
            QVERIFY(cut.size() <= max);
            const QString kept = cut.chopped(4);
            QVERIFY2(kept.isEmpty() || !text.at(kept.size()).isLetter(), qPrintable(cut));
        }
    }
};

QTEST_GUILESS_MAIN(TestExcerpt)
#include "tst_excerpt.moc"

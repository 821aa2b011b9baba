// The quality gate on the project's labelled corpus (tests/data/spelling): recall of the injected
// misspellings, false flags per 1,000 words, and how often the first suggestion is the right one.
#include "SpellingCorpus.h"

#include <QTest>

using namespace feder;

class TestSpellingQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void meetsTheQualityTargets()
    {
        const test::CorpusScore score = test::scoreFeder(test::loadCorpus());
        qInfo("corpus: %d words, %d labelled misspellings", score.words, score.labelled);
        qInfo("feder: recall %.1f %%, false flags %.2f per 1000 words, first suggestion %.1f %%",
              score.recall() * 100, score.falseFlagsPer1000(), score.firstSuggestionAccuracy() * 100);
        for (const QString &miss : score.missed)
            qInfo("missed: %s", qPrintable(miss));
        for (const QString &flag : score.falseFlags)
            qInfo("false flag: %s", qPrintable(flag));
        QVERIFY(score.words >= 3000);
        QVERIFY(score.labelled >= 60);
        QVERIFY2(score.recall() >= 0.98, "recall below 98 %");
        QVERIFY2(score.falseFlagsPer1000() <= 3.0, "more than 3 false flags per 1,000 words");
        QVERIFY2(score.firstSuggestionAccuracy() >= 0.90, "first suggestion right in less than 90 %");
    }
};

QTEST_GUILESS_MAIN(TestSpellingQuality)
#include "tst_spelling_quality.moc"

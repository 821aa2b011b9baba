// Replays, through the same functions as the libFuzzer targets (tests/fuzz/FuzzTargets.cpp):
//  - every input the fuzzers once crashed on, hung on or found slow: tests/data/fuzz-regressions/<target>/
//  - the seed corpora: tests/fuzz/corpus/<target>/
// so a fixed bug stays fixed in the normal build (and under ASan/UBSan in `scripts/dev sanitize`),
// without clang or libFuzzer. A file's name says what it was (crash-, timeout-, slow-, leak-…).
#include "FuzzTargets.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>

namespace {

// Far above what any of these inputs takes in a normal build, far below libFuzzer's -timeout
// under the sanitizers' slowdown: an input that comes near it is a slow input again.
constexpr qint64 kBudgetMs = 5000;

void addRows(const QString &folder)
{
    for (const feder::fuzz::Target &target : feder::fuzz::targets()) {
        const QDir dir(folder + QLatin1Char('/') + QLatin1String(target.name));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &file : files) {
            const QString path = dir.filePath(file);
            QTest::newRow(qPrintable(QStringLiteral("%1/%2").arg(QLatin1String(target.name), file)))
                << QString::fromLatin1(target.name) << path;
        }
    }
}

void replay(const QString &targetName, const QString &path)
{
    const feder::fuzz::Target *target = feder::fuzz::target(targetName);
    QVERIFY(target);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray data = file.readAll();
    QElapsedTimer timer;
    timer.start();
    try {
        target->run(data);
    } catch (const feder::fuzz::FuzzFailure &failure) {
        QFAIL(qPrintable(QStringLiteral("%1: %2").arg(path, QString::fromUtf8(failure.what()))));
    } catch (const std::exception &error) {
        QFAIL(qPrintable(QStringLiteral("%1: unexpected exception: %2").arg(path, QString::fromUtf8(error.what()))));
    }
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed < kBudgetMs, qPrintable(QStringLiteral("%1 took %2 ms (budget %3 ms)").arg(path).arg(elapsed).arg(kBudgetMs)));
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        feder::fuzz::initialize();
        for (const feder::fuzz::Target &target : feder::fuzz::targets()) {
            const QDir corpus(QStringLiteral(FEDER_FUZZ_CORPUS "/") + QLatin1String(target.name));
            QVERIFY2(!corpus.entryList(QDir::Files).isEmpty(), qPrintable(corpus.path() + QStringLiteral(": no seeds")));
        }
    }

    void savedInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral(FEDER_FUZZ_REGRESSIONS));
    }

    void savedInputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        replay(target, path);
    }

    void seedCorpus_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        addRows(QStringLiteral(FEDER_FUZZ_CORPUS));
    }

    void seedCorpus()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        replay(target, path);
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzz_regressions.moc"

// The real feder binary, typed into without a pause and killed at random moments: everything typed
// more than 5 s before the kill must be in the store, and the store must pass integrity_check.
// Also: while the GUI holds the store, writing commands are refused with the holder named and
// reading commands work; and quitting with a long article open takes less than a second.
#include "TestSupport.h"
#include "seed/DemoSeeder.h"
#include "store/Store.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <csignal>
#include <thread>

using namespace feder;
using namespace std::chrono;

namespace {

constexpr int kCharsPerSecond = 30;
constexpr qint64 kGuaranteeMs = 5000;  // what was typed longer ago than this must be saved

const QString kTyping = QStringLiteral(
    "Die Stadt hat ihre Terminvergabe in wenigen Wochen umgestellt und das Team arbeitet agil "
    "Der Datenschutz war von Anfang an dabei und niemand musste lange warten ");

QString typedText(int count)
{
    QString text;
    while (text.size() < count)
        text += kTyping;
    return text.left(count);
}

QString binary()
{
    return qEnvironmentVariable("FEDER_BINARY");
}

QProcessEnvironment guiEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("FEDER_TEST_TYPE_STDIN"), QStringLiteral("1"));
    environment.insert(QStringLiteral("FEDER_LANG"), QStringLiteral("en"));
    return environment;
}

bool waitForReady(QProcess &gui)
{
    QElapsedTimer waited;
    waited.start();
    QByteArray seen;
    while (waited.elapsed() < 90000 && gui.state() == QProcess::Running) {
        gui.waitForReadyRead(200);
        seen += gui.readAllStandardOutput();
        if (seen.contains("typing-feed: ready"))
            return true;
    }
    qWarning() << "no ready line; stdout:" << seen << "stderr:" << gui.readAllStandardError();
    return false;
}

// The one stretch of text inserted into `before` to give `after`, or a null string if the change
// is not a single insertion.
QString insertion(const QString &before, const QString &after)
{
    if (after.size() < before.size())
        return {};
    qsizetype common = 0;
    while (common < before.size() && before.at(common) == after.at(common))
        ++common;
    const qsizetype inserted = after.size() - before.size();
    if (after.mid(common + inserted) != before.mid(common))
        return {};
    return after.mid(common, inserted);
}

} // namespace

class TestCrashTyping : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_template;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFile::exists(binary()));
        m_template = m_dir.filePath(QStringLiteral("template.sqlite"));
        auto store = Store::open(m_template, Store::Access::Create);
        DemoSeeder::seed(*store);
        QVERIFY(!store->isEmpty());
        store->database().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }

    void typingWithoutPauseSurvivesKill_data()
    {
        QTest::addColumn<int>("run");
        const int runs = qEnvironmentVariableIsSet("FEDER_CRASH_RUNS") ? qEnvironmentVariableIntValue("FEDER_CRASH_RUNS") : 10;
        for (int run = 1; run <= runs; ++run)
            QTest::addRow("run %d", run) << run;
    }

    void typingWithoutPauseSurvivesKill()
    {
        QFETCH(int, run);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        const qint64 killAfterMs = 6000 + random.bounded(6000); // 6–12 s of typing
        const QString store = m_dir.filePath(QStringLiteral("run-%1.sqlite").arg(run));
        QVERIFY(QFile::copy(m_template, store));

        QProcess gui;
        gui.setProcessEnvironment(guiEnvironment());
        gui.start(binary(), {QStringLiteral("--store"), store});
        QVERIFY(gui.waitForStarted());
        QVERIFY(waitForReady(gui));
        QString bodyBefore;
        {
            auto reading = Store::open(store, Store::Access::Read);
            const QString slug = reading->settings().value(QStringLiteral("ui.last_article"));
            bodyBefore = reading->articles().findBySlug(slug)->body;
        }

        if (run == 1) {
            // The GUI holds the store: a writing command waits briefly, then names the holder.
            QProcess import;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("FEDER_LOCK_WAIT_MS"), QStringLiteral("300"));
            import.setProcessEnvironment(environment);
            const QString file = test::writeFile(m_dir, QStringLiteral("x.md"), test::articleText(QStringLiteral("title: X")));
            import.start(binary(), {QStringLiteral("import"), QStringLiteral("--store"), store, file});
            QVERIFY(import.waitForFinished(30000));
            QCOMPARE(import.exitCode(), 2);
            const QString message = QString::fromUtf8(import.readAllStandardError());
            QVERIFY2(message.contains(QStringLiteral("in use by feder (process %1").arg(gui.processId())), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("Nothing was written")), qPrintable(message));
            // Reading commands keep working.
            QProcess list;
            list.start(binary(), {QStringLiteral("list"), QStringLiteral("--store"), store});
            QVERIFY(list.waitForFinished(30000));
            QCOMPARE(list.exitCode(), 0);
        }

        // Type at a steady 30 characters a second, never pausing, then kill without warning.
        const QString text = typedText(int(killAfterMs * kCharsPerSecond / 1000 + kCharsPerSecond));
        QList<qint64> sentAt;
        QElapsedTimer clock;
        clock.start();
        const auto start = steady_clock::now();
        for (qsizetype i = 0; i < text.size(); ++i) {
            std::this_thread::sleep_until(start + milliseconds(i * 1000 / kCharsPerSecond));
            if (clock.elapsed() >= killAfterMs)
                break;
            gui.write(QString(text.at(i)).toUtf8());
            gui.waitForBytesWritten(1000);
            sentAt.append(clock.elapsed());
        }
        const qint64 killedAt = clock.elapsed();
        ::kill(pid_t(gui.processId()), SIGKILL);
        QVERIFY(gui.waitForFinished(10000));

        const qsizetype mustHave = std::count_if(sentAt.begin(), sentAt.end(), [&](qint64 t) { return killedAt - t > kGuaranteeMs; });
        QCOMPARE(Store::integrityCheck(store), QStringList{QStringLiteral("ok")});
        auto reading = Store::open(store, Store::Access::Read);
        const QString slug = reading->settings().value(QStringLiteral("ui.last_article"));
        const QString bodyAfter = reading->articles().findBySlug(slug)->body;
        const QString saved = insertion(bodyBefore, bodyAfter);
        qInfo("run %d (seed %u): typed %lld characters in %lld ms, %lld of them more than 5 s before the kill; %lld saved",
              run, seed, qint64(sentAt.size()), killedAt, qint64(mustHave), qint64(saved.size()));
        QVERIFY2(!saved.isNull(), "the saved body is not the original with the typing inserted");
        QVERIFY2(text.startsWith(saved), qPrintable(QStringLiteral("saved text is not what was typed: %1").arg(saved)));
        QVERIFY2(saved.size() >= mustHave, qPrintable(QStringLiteral("lost %1 characters typed more than 5 s before the kill")
                                                          .arg(mustHave - saved.size())));
    }

    // Issue 13.3: Strg+Q with a 50,000-word article open ends the process within a second,
    // whatever runs (the first check of the article, the preview, a re-check after typing), and
    // what was typed is saved. Before, the process waited up to 75 s for spellchecks.
    void quitsWithinASecond_data()
    {
        QTest::addColumn<int>("quitAfterMs");
        QTest::newRow("during the start") << 300;
        QTest::newRow("during the first check") << 1200;
        QTest::newRow("after a typing pause") << 3000;
    }

    void quitsWithinASecond()
    {
        QFETCH(int, quitAfterMs);
        const QString store = m_dir.filePath(QStringLiteral("quit-%1.sqlite").arg(quitAfterMs));
        {
            // 50,000 words, one in ten unknown to every dictionary: the slow case for a check.
            QRandomGenerator random(quitAfterMs);
            const QStringList words = kTyping.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QString body;
            for (int i = 1; i <= 50000; ++i) {
                if (i % 10 == 0) {
                    QString unknown = QStringLiteral("Quer");
                    for (int c = 0; c < 8; ++c)
                        unknown += QChar(u'a' + random.bounded(26));
                    body += unknown;
                } else {
                    body += words.at(i % words.size());
                }
                body += i % 80 == 0 ? QStringLiteral(".\n\n") : QStringLiteral(" ");
            }
            auto writing = Store::open(store, Store::Access::Create);
            Article article;
            article.title = QStringLiteral("Ein sehr langer Artikel");
            article.slug = QStringLiteral("lang");
            article.body = body;
            Transaction transaction(writing->database());
            writing->articles().save(article);
            writing->settings().setValue(QStringLiteral("ui.last_article"), article.slug);
            transaction.commit();
        }
        QProcess gui;
        gui.setProcessEnvironment(guiEnvironment());
        gui.start(binary(), {QStringLiteral("--store"), store});
        QVERIFY(gui.waitForStarted());
        QVERIFY(waitForReady(gui));
        gui.write("Neu ");
        QTest::qWait(quitAfterMs);
        QElapsedTimer quitting;
        quitting.start();
        gui.write("\x11"); // TypingFeed::kQuit: what Strg+Q does
        QVERIFY(gui.waitForFinished(60000));
        const qint64 tookMs = quitting.elapsed();
        qInfo("quit %d ms after the start took %lld ms", quitAfterMs, tookMs);
        QCOMPARE(gui.exitStatus(), QProcess::NormalExit);
        // One second is the goal on a quiet machine; the bound leaves room for a loaded CI box
        // (the sanitizer build runs several times slower).
#ifdef FEDER_SANITIZER_BUILD
        const qint64 bound = 5000;
#else
        const qint64 bound = 1500;
#endif
        QVERIFY2(tookMs < bound, qPrintable(QStringLiteral("quitting took %1 ms").arg(tookMs)));
        auto reading = Store::open(store, Store::Access::Read);
        QVERIFY(reading->articles().findBySlug(QStringLiteral("lang"))->body.contains(QStringLiteral("Neu ")));
    }
};

QTEST_GUILESS_MAIN(TestCrashTyping)
#include "tst_crash_typing.moc"

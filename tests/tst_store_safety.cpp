// Damaged, empty, read-only, locked and full stores through the real command line: nothing is ever
// written to a file that is not a healthy Feder store, reading works wherever reading is possible,
// and backups can be made, checked and restored.
#include "TestSupport.h"
#include "seed/DemoSeeder.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/Migrator.h"
#include "store/Store.h"
#include "store/StoreLock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace feder;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString federBinary()
{
    const QString binary = qEnvironmentVariable("FEDER_BINARY");
    return binary.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../app/feder") : binary;
}

Result run(const QString &program, const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("FEDER_STORE"));
    for (auto it = environment.begin(); it != environment.end(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        qFatal("did not finish: %s", qPrintable(arguments.join(QLatin1Char(' '))));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

Result runFeder(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    return run(federBinary(), arguments, environment);
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A demo store with everything written into the main file (no -wal beside it).
void makeStore(const QString &path)
{
    auto store = Store::open(path, Store::Access::Create);
    DemoSeeder::seed(*store);
    store->database().exec("PRAGMA journal_mode = DELETE");
}

// Runs a shell script in a private mount namespace (root, or an unprivileged user namespace),
// so that the test can mount a small or read-only file system of its own.
bool canUseMountNamespace()
{
    return run(QStringLiteral("unshare"), {QStringLiteral("-rm"), QStringLiteral("true")}).exitCode == 0
           || run(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")}).exitCode == 0;
}

Result inMountNamespace(const QString &script)
{
    const QStringList flags = run(QStringLiteral("unshare"), {QStringLiteral("-m"), QStringLiteral("true")}).exitCode == 0
                                  ? QStringList{QStringLiteral("-m")} : QStringList{QStringLiteral("-rm")};
    return run(QStringLiteral("unshare"), flags + QStringList{QStringLiteral("sh"), QStringLiteral("-c"), script},
               {{QStringLiteral("FEDER"), federBinary()}});
}

} // namespace

class TestStoreSafety : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_store;
    QString m_article;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = m_dir->filePath(QStringLiteral("store.sqlite"));
        m_article = test::writeFile(*m_dir, QStringLiteral("neu.md"),
                                    test::articleText(QStringLiteral("title: Neu\nslug: neu"), QStringLiteral("Ein neuer Text.\n")));
    }

    void damagedStoreIsNeverWritten()
    {
        makeStore(m_store);
        QCOMPARE(runFeder({QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("b.sqlite"))}).exitCode, 0);
        // Overwrite one page in the middle of the file with garbage.
        {
            QFile file(m_store);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 pages = file.size() / 4096;
            QVERIFY(pages > 4);
            file.seek((pages / 2) * 4096);
            file.write(QByteArray(4096, '\x5a'));
        }
        const QByteArray before = fileHash(m_store);
        for (const QStringList &command : {QStringList{QStringLiteral("list")},
                                           QStringList{QStringLiteral("show"), QStringLiteral("digitale-schulbuecher-ohne-funkloecher")},
                                           QStringList{QStringLiteral("import"), m_article},
                                           QStringList{QStringLiteral("comments"), QStringLiteral("add"), QStringLiteral("x"),
                                                       QStringLiteral("--quote"), QStringLiteral("a"), QStringLiteral("--text"), QStringLiteral("b")}}) {
            const Result result = runFeder(QStringList{command.first(), QStringLiteral("--store"), m_store} + command.mid(1));
            QVERIFY2(result.exitCode == 2, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.err));
            QVERIFY2(result.err.contains(QStringLiteral("damaged")), qPrintable(result.err));
        }
        QCOMPARE(fileHash(m_store), before); // not one byte written
        const Result check = runFeder({QStringLiteral("check-store"), QStringLiteral("--store"), m_store});
        QCOMPARE(check.exitCode, 1);
        QVERIFY(!check.out.startsWith(QStringLiteral("ok")));

        // Restore the backup: the damaged file is kept beside the store, the store works again.
        const Result restored = runFeder({QStringLiteral("restore"), QStringLiteral("--store"), m_store, QStringLiteral("--from"), m_dir->filePath(QStringLiteral("b.sqlite"))});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QStringLiteral("kept as")));
        QCOMPARE(runFeder({QStringLiteral("check-store"), QStringLiteral("--store"), m_store}).out.trimmed(), QStringLiteral("ok"));
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_article}).exitCode, 0);
        const QStringList kept = QDir(m_dir->path()).entryList({QStringLiteral("store.sqlite.before-restore-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(fileHash(m_dir->filePath(kept.first())), before);
    }

    void emptyFileBecomesAStoreOnlyOnRequest()
    {
        QFile empty(m_store);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        for (const QString &command : {QStringLiteral("list"), QStringLiteral("import")}) {
            const Result result = runFeder({command, QStringLiteral("--store"), m_store, m_article});
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("feder init")), qPrintable(result.err));
            QCOMPARE(QFileInfo(m_store).size(), 0);
        }
        QVERIFY(!QFile::exists(m_store + QStringLiteral("-wal")));
        QCOMPARE(runFeder({QStringLiteral("init"), QStringLiteral("--store"), m_store}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_article}).exitCode, 0);
        QVERIFY(runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store}).out.contains(QStringLiteral("neu")));
        // A store in a folder that does not exist yet: the folder (for the store and its lock) is made.
        const QString nested = m_dir->filePath(QStringLiteral("neu/tief/s.sqlite"));
        const Result created = runFeder({QStringLiteral("import"), QStringLiteral("--store"), nested, m_article});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        // A missing store is created by import, never by a reading command.
        const QString missing = m_dir->filePath(QStringLiteral("missing.sqlite"));
        QCOMPARE(runFeder({QStringLiteral("list"), QStringLiteral("--store"), missing}).exitCode, 2);
        QVERIFY(!QFile::exists(missing));
    }

    void readOnlyFileIsReadable()
    {
        makeStore(m_store);
        QVERIFY(QFile::setPermissions(m_store, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileHash(m_store);
        const Result list = runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.out.contains(QStringLiteral("digitale-schulbuecher")));
        QCOMPARE(runFeder({QStringLiteral("show"), QStringLiteral("--store"), m_store, list.out.section(QLatin1Char('\t'), 0, 0)}).exitCode, 0);
        const Result import = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_article});
        QCOMPARE(import.exitCode, 2);
        QVERIFY2(import.err.contains(QStringLiteral("read-only")), qPrintable(import.err));
        QCOMPARE(fileHash(m_store), before);
    }

    void readOnlyMediaAndFullDisk()
    {
        if (!canUseMountNamespace())
            QSKIP("needs a private mount namespace (unshare -m or -rm) to mount a small or read-only file system");
        makeStore(m_store);
        // Read-only media: list and show work, import is refused.
        const Result readOnly = inMountNamespace(QStringLiteral(
            "set -e; D=%1/ro; mkdir -p $D; mount -t tmpfs -o size=8m tmpfs $D; cp %2 $D/s.sqlite; mount -o remount,ro $D; "
            "$FEDER list --store $D/s.sqlite; echo list=$?; set +e; $FEDER import --store $D/s.sqlite %3; echo import=$?")
            .arg(m_dir->path(), m_store, m_article));
        QVERIFY2(readOnly.out.contains(QStringLiteral("list=0")), qPrintable(readOnly.out + readOnly.err));
        QVERIFY2(readOnly.out.contains(QStringLiteral("digitale-schulbuecher")), qPrintable(readOnly.out));
        QVERIFY2(readOnly.out.contains(QStringLiteral("import=2")), qPrintable(readOnly.out + readOnly.err));
        QVERIFY2(readOnly.err.contains(QStringLiteral("read-only")), qPrintable(readOnly.err));

        // A full disk: the import fails saying so, and the store is as it was.
        const QString big = test::writeFile(*m_dir, QStringLiteral("gross.md"), test::articleText(
            QStringLiteral("title: Gross\nslug: gross"), QStringLiteral("Ein langer Satz ohne Ende. ").repeated(40000)));
        const Result full = inMountNamespace(QStringLiteral(
            "D=%1/full; mkdir -p $D; mount -t tmpfs -o size=%4k tmpfs $D || exit 99; cp %2 $D/s.sqlite; "
            "dd if=/dev/zero of=$D/filler bs=4k count=%5 2>/dev/null; "
            "$FEDER import --store $D/s.sqlite %3; echo import=$?; rm $D/filler; "
            "$FEDER check-store --store $D/s.sqlite; echo check=$?; $FEDER list --store $D/s.sqlite | wc -l; ls -a $D")
            .arg(m_dir->path(), m_store, big).arg(QFileInfo(m_store).size() / 1024 + 600).arg(100));
        QVERIFY2(full.out.contains(QStringLiteral("import=2")), qPrintable(full.out + full.err));
        QVERIFY2(full.err.contains(QStringLiteral("disk is full")), qPrintable(full.err));
        QVERIFY2(full.out.contains(QStringLiteral("ok\ncheck=0")), qPrintable(full.out + full.err));
    }

    void oneWriterAtATime()
    {
        makeStore(m_store);
        {
            const auto held = StoreLock::acquire(m_store, 0); // as the GUI holds it
            const Result import = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_article},
                                        {{QStringLiteral("FEDER_LOCK_WAIT_MS"), QStringLiteral("300")}});
            QCOMPARE(import.exitCode, 2);
            QVERIFY2(import.err.contains(QStringLiteral("process %1").arg(QCoreApplication::applicationPid())), qPrintable(import.err));
            QCOMPARE(runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store}).exitCode, 0);
            QCOMPARE(runFeder({QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), m_dir->filePath(QStringLiteral("b.sqlite"))}).exitCode, 0);
        }
        QCOMPARE(runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_article}).exitCode, 0);

        // A holder that died (kill -9) leaves its lock file behind; the next writer takes over.
        // The file is written as QLockFile writes it, with the id of a process that has ended.
        QByteArray contents;
        {
            QLockFile probe(m_dir->filePath(QStringLiteral("probe.lock")));
            QVERIFY(probe.tryLock(0));
            QFile written(m_dir->filePath(QStringLiteral("probe.lock")));
            QVERIFY(written.open(QIODevice::ReadOnly));
            contents = written.readAll();
        }
        QProcess gone;
        gone.start(QStringLiteral("true"));
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId(); // 0 once it has finished
        QVERIFY(gone.waitForFinished());
        contents.replace(0, contents.indexOf('\n'), QByteArray::number(deadPid));
        QFile lock(StoreLock::lockPath(m_store));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(contents);
        lock.close();
        const Result afterCrash = runFeder({QStringLiteral("import"), QStringLiteral("--store"), m_store, m_article});
        QVERIFY2(afterCrash.exitCode == 0, qPrintable(afterCrash.err));
    }

    void readingCommandsUpgradeAnOlderStore()
    {
        { // a store as the first Feder wrote it: schema version 1, one article
            auto db = Database::open(m_store, Database::Mode::ReadWriteCreate);
            Migrator(schemaMigrations()).migrateTo(*db, 1);
            db->exec("INSERT INTO articles (uuid, slug, title, body_md, created, updated) VALUES "
                     "('u1', 'alt', 'Alt', 'Text', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')");
        }
        const Result list = runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY(list.out.startsWith(QStringLiteral("alt\t")));
        auto db = Database::open(m_store, Database::Mode::ReadOnly);
        QCOMPARE(db->userVersion(), Migrator(schemaMigrations()).latestVersion());
    }

    void backupsAreConsistentAndRolling()
    {
        makeStore(m_store);
        const QString out = m_dir->filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(runFeder({QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), out}).exitCode, 0);
        QCOMPARE(runFeder({QStringLiteral("check-store"), QStringLiteral("--store"), out}).out.trimmed(), QStringLiteral("ok"));
        QCOMPARE(runFeder({QStringLiteral("list"), QStringLiteral("--store"), out}).out, runFeder({QStringLiteral("list"), QStringLiteral("--store"), m_store}).out);
        QCOMPARE(runFeder({QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), out}).exitCode, 2); // exists
        QCOMPARE(runFeder({QStringLiteral("backup"), QStringLiteral("--store"), m_store, QStringLiteral("--out"), out, QStringLiteral("--force")}).exitCode, 0);

        // Daily backups: one a day, the newest seven kept.
        auto store = Store::open(m_store, Store::Access::Write);
        const QDate first(2026, 11, 1);
        for (int day = 0; day < 9; ++day)
            QVERIFY(!Backup::takeDaily(store->database(), m_store, first.addDays(day)).isEmpty());
        QVERIFY(Backup::takeDaily(store->database(), m_store, first.addDays(8)).isEmpty()); // today's exists
        const QStringList kept = Backup::list(m_store);
        QCOMPARE(kept.size(), Backup::kDailyBackupsKept);
        QVERIFY(kept.first().endsWith(QStringLiteral("2026-11-09.sqlite")));
        QVERIFY(kept.last().endsWith(QStringLiteral("2026-11-03.sqlite")));
        QCOMPARE(Store::integrityCheck(kept.first()), QStringList{QStringLiteral("ok")});
    }
};

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_store_safety.moc"

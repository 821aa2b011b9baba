#include "Store.h"

#include "Migrator.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStorageInfo>

namespace feder {

namespace {

// Checked before SQLite sees the file, so that a wrong file gets a clear message instead of
// a late "file is not a database" from the first query.
void requireSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot read the store (%2)").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (header != QByteArray("SQLite format 3\0", 16))
        throw StoreError(QCoreApplication::translate("Store", "%1: not a Feder store (the file is not an SQLite database)").arg(path));
}

// Respects the permission bits even for root, who could write anyway: a store someone marked
// read-only is treated as read-only.
bool isMarkedReadOnly(const QFileInfo &info)
{
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    return (info.permissions() & writeBits) == 0 || !info.isWritable();
}

// Writers need the folder too: the -wal, -shm and lock files live beside the store.
bool isOnReadOnlyMedia(const QFileInfo &info)
{
    return !QFileInfo(info.absolutePath()).isWritable();
}

// How to read a store without writing: on a read-only file system, with no WAL left beside it,
// SQLite must be told the file cannot change (immutable), or it cannot read a WAL store at all;
// anywhere else a plain read-only connection sees the writers' latest commits.
Database::Mode readingMode(const QFileInfo &info)
{
    const QFileInfo wal(info.absoluteFilePath() + QStringLiteral("-wal"));
    const bool readOnlyFileSystem = QStorageInfo(info.absolutePath()).isReadOnly();
    return readOnlyFileSystem && (!wal.exists() || wal.size() == 0) ? Database::Mode::Immutable : Database::Mode::ReadOnly;
}

// quick_check reads every page once (without the slower index cross-checks of integrity_check):
// enough to see a damaged file before anything is written to it.
void requireIntact(Database &db)
{
    Statement check(db, "PRAGMA quick_check(5)");
    QStringList problems;
    while (check.step())
        problems.append(check.text(0));
    if (problems != QStringList{QStringLiteral("ok")})
        throw StoreDamaged(QCoreApplication::translate("Store", "%1: the store is damaged (%2); nothing was written. "
                                                              "Restore a backup (feder backup, or the app's daily backups).")
                             .arg(db.path(), problems.join(QStringLiteral("; "))));
}

void requireFederSchema(Database &db)
{
    if (db.userVersion() != 0)
        return;
    Statement tables(db, "SELECT COUNT(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'");
    tables.step();
    if (tables.integer(0) > 0)
        throw StoreError(QCoreApplication::translate("Store", "%1: not a Feder store (an SQLite database of another program)").arg(db.path()));
}

} // namespace

std::unique_ptr<Store> Store::open(const QString &path, Access access)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    const bool mayCreate = access == Access::Create || access == Access::Init;
    if (!exists && !mayCreate)
        throw StoreError(QCoreApplication::translate("Store", "%1: no such store").arg(path));
    if (exists && !info.isFile())
        throw StoreError(QCoreApplication::translate("Store", "%1: not a Feder store (not a regular file)").arg(path));

    Database::Mode mode = Database::Mode::ReadWrite;
    if (exists && info.size() == 0) {
        // SQLite would take an empty file as an empty database; but an empty file may be anything
        // (a failed copy, another program's placeholder), so only `feder init` makes it a store.
        if (access != Access::Init)
            throw StoreError(QCoreApplication::translate("Store", "%1: the file is empty, not a Feder store "
                                                                  "(feder init --store FILE makes it one)").arg(path));
        if (isMarkedReadOnly(info))
            throw StoreError(Database::readOnlyMessage(path));
    } else if (exists) {
        requireSqliteHeader(path);
        if (access == Access::Read) {
            mode = readingMode(info);
        } else if (isMarkedReadOnly(info) || isOnReadOnlyMedia(info)) {
            throw StoreError(Database::readOnlyMessage(path));
        }
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(QCoreApplication::translate("Store", "%1: cannot create the folder for the store").arg(path));
        mode = Database::Mode::ReadWriteCreate;
    }

    if (exists && info.size() > 0) {
        // Checked through a read-only connection: closing a read-write one would already write
        // (checkpoint the WAL, replay a journal) into a file that turns out to be damaged.
        auto probe = Database::open(path, readingMode(info));
        requireIntact(*probe);
    }
    auto db = Database::open(path, mode);
    db->exec("PRAGMA foreign_keys = ON");
    requireFederSchema(*db);
    if (!db->isReadOnly()) {
        db->exec("PRAGMA journal_mode = WAL");
        // FULL: in WAL mode, NORMAL may lose the last commits on a power cut (they sit in the WAL
        // until a checkpoint syncs it); FULL syncs the WAL on every commit, so a save the app
        // reported is on the disk. Autosave commits at most every 1.5–3.5 s, so the cost is small.
        db->exec("PRAGMA synchronous = FULL");
    }
    Migrator(schemaMigrations()).migrate(*db);
    return std::unique_ptr<Store>(new Store(std::move(db)));
}

bool Store::canWrite(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QFileInfo(info.absolutePath()).isWritable() || !QFileInfo::exists(info.absolutePath());
    return !isMarkedReadOnly(info) && !isOnReadOnlyMedia(info);
}

QStringList Store::integrityCheck(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw StoreError(QCoreApplication::translate("Store", "%1: no such store").arg(path));
    if (info.size() == 0)
        throw StoreError(QCoreApplication::translate("Store", "%1: the file is empty, not a Feder store").arg(path));
    requireSqliteHeader(path);
    auto db = Database::open(path, readingMode(info));
    QStringList findings;
    try {
        Statement check(*db, "PRAGMA integrity_check");
        while (check.step())
            findings.append(check.text(0));
    } catch (const StoreError &error) {
        findings.append(error.message()); // so damaged that the check itself stopped
    }
    return findings;
}

QString Store::defaultPath()
{
    // Not AppDataLocation: that depends on the organisation name, which the GUI sets (for its
    // settings) and the CLI does not. Both must find the same store: ~/.local/share/feder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/feder/feder.sqlite");
}

QString Store::resolvePath(const QString &commandLineStore)
{
    if (!commandLineStore.isEmpty())
        return commandLineStore;
    const QString fromEnvironment = qEnvironmentVariable("FEDER_STORE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return defaultPath();
}

Store::Store(std::unique_ptr<Database> db)
    : m_db(std::move(db)),
      m_authors(*m_db),
      m_assets(*m_db),
      m_articles(*m_db, m_authors, m_assets),
      m_revisions(*m_db),
      m_annotations(*m_db),
      m_settings(*m_db),
      m_dictionary(*m_db)
{
}

} // namespace feder

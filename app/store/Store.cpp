#include "Store.h"

#include "Migrator.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace feder {

namespace {

// Checked before SQLite sees the file, so that a wrong file gets a clear message instead of
// a late "file is not a database" from the first query.
void requireSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot read the store (%2)").arg(path, file.errorString()));
    if (file.size() == 0)
        return; // an empty file is a valid, empty SQLite database
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
    if (!exists && access != Access::Create)
        throw StoreError(QCoreApplication::translate("Store", "%1: no such store").arg(path));
    if (exists && !info.isFile())
        throw StoreError(QCoreApplication::translate("Store", "%1: not a Feder store (not a regular file)").arg(path));

    Database::Mode mode = Database::Mode::ReadWrite;
    if (exists) {
        requireSqliteHeader(path);
        if (isMarkedReadOnly(info)) {
            if (access != Access::Read)
                throw StoreError(QCoreApplication::translate("Store", "%1: the store is read-only; nothing was written").arg(path));
            mode = Database::Mode::ReadOnly;
        }
    } else {
        if (!QDir().mkpath(info.absolutePath()))
            throw StoreError(QCoreApplication::translate("Store", "%1: cannot create the folder for the store").arg(path));
        mode = Database::Mode::ReadWriteCreate;
    }

    auto db = Database::open(path, mode);
    db->exec("PRAGMA foreign_keys = ON");
    requireFederSchema(*db);
    if (mode != Database::Mode::ReadOnly) {
        db->exec("PRAGMA journal_mode = WAL");
        db->exec("PRAGMA synchronous = NORMAL");
    }
    Migrator(schemaMigrations()).migrate(*db);
    return std::unique_ptr<Store>(new Store(std::move(db)));
}

QString Store::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/feder.sqlite");
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

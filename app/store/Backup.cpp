#include "Backup.h"

#include "Database.h"
#include "Store.h"
#include "StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <sqlite3.h>

namespace feder::Backup {

namespace {

const QRegularExpression &dailyName()
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\.sqlite$"));
    return pattern;
}

void moveIfExists(const QString &from, const QString &to)
{
    if (QFileInfo::exists(from) && !QFile::rename(from, to))
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot move it aside; nothing was changed").arg(from));
}

} // namespace

void copyTo(Database &source, const QString &target)
{
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    auto destination = Database::open(temporary, Database::Mode::ReadWriteCreate);
    sqlite3_backup *backup = sqlite3_backup_init(destination->handle(), "main", source.handle(), "main");
    if (!backup)
        destination->fail(sqlite3_errcode(destination->handle()), target);
    // All pages in one step: the copy is one consistent snapshot of the source.
    const int stepResult = sqlite3_backup_step(backup, -1);
    const int finishResult = sqlite3_backup_finish(backup);
    if (stepResult != SQLITE_DONE || finishResult != SQLITE_OK) {
        const int code = stepResult != SQLITE_DONE ? stepResult : finishResult;
        destination.reset();
        QFile::remove(temporary);
        throw StoreError(QCoreApplication::translate("Store", "%1: the backup failed (%2); nothing was written")
                             .arg(target, QString::fromUtf8(sqlite3_errstr(code))));
    }
    // A standalone file: no -wal beside it, so it can be copied and opened anywhere.
    destination->exec("PRAGMA journal_mode = DELETE");
    destination.reset();
    QFile::remove(target);
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot write the backup").arg(target));
    }
}

QString folder(const QString &storePath)
{
    return storePath + QStringLiteral(".backups");
}

QStringList list(const QString &storePath)
{
    QStringList names = QDir(folder(storePath)).entryList({QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        if (dailyName().match(name).hasMatch())
            paths.append(QDir(folder(storePath)).filePath(name));
    }
    return paths;
}

QString takeDaily(Database &source, const QString &storePath, const QDate &today)
{
    const QString target = QDir(folder(storePath)).filePath(today.toString(Qt::ISODate) + QStringLiteral(".sqlite"));
    if (QFileInfo::exists(target))
        return {};
    if (!QDir().mkpath(folder(storePath)))
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot create the backup folder").arg(folder(storePath)));
    copyTo(source, target);
    const QStringList all = list(storePath);
    for (qsizetype i = kDailyBackupsKept; i < all.size(); ++i)
        QFile::remove(all.at(i));
    return target;
}

QString restoreFile(const QString &storePath, const QString &backupPath)
{
    const QStringList findings = Store::integrityCheck(backupPath);
    if (findings != QStringList{QStringLiteral("ok")})
        throw StoreError(QCoreApplication::translate("Store", "%1: the backup is damaged too (%2); nothing was changed")
                             .arg(backupPath, findings.join(QStringLiteral("; "))));
    const QString incoming = storePath + QStringLiteral(".restoring");
    {
        // Through SQLite, not a file copy: a backup in WAL mode has committed pages in its -wal.
        auto source = Database::open(backupPath, Database::Mode::ReadOnly);
        if (source->userVersion() == 0)
            throw StoreError(QCoreApplication::translate("Store", "%1: not a Feder store; nothing was changed").arg(backupPath));
        copyTo(*source, incoming); // synced, standalone (no -wal)
    }
    QString keptAs;
    if (QFileInfo::exists(storePath)) {
        keptAs = storePath + QStringLiteral(".before-restore-")
                 + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
        // The store first: if that fails, nothing has moved. Its -wal follows it (committed work).
        moveIfExists(storePath, keptAs);
        moveIfExists(storePath + QStringLiteral("-wal"), keptAs + QStringLiteral("-wal"));
        QFile::remove(storePath + QStringLiteral("-shm")); // an index of the moved WAL, rebuilt on open
    }
    if (!QFile::rename(incoming, storePath))
        throw StoreError(QCoreApplication::translate("Store", "%1: cannot put the backup in place; the previous store is %2")
                             .arg(storePath, keptAs));
    return keptAs;
}

} // namespace feder::Backup

#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace feder {

class Database;

// Copies of a store, made with SQLite's online backup API (consistent while the store is in use)
// and restored without ever deleting the current file: it is kept beside the store first.
namespace Backup {

constexpr int kDailyBackupsKept = 7;

// Writes a complete copy of the open database to `target` (through a temporary file and a rename,
// so a failed backup never leaves a half file). Throws StoreError.
void copyTo(Database &source, const QString &target);

// STORE.backups/ beside the store; daily backups are named YYYY-MM-DD.sqlite.
QString folder(const QString &storePath);
// Newest first.
QStringList list(const QString &storePath);
// Today's backup unless there is one already; keeps the newest kDailyBackupsKept. Returns the
// file written, or an empty string when today's existed. Throws StoreError.
QString takeDaily(Database &source, const QString &storePath, const QDate &today = QDate::currentDate());

// Replaces the store file by a backup that passes integrity_check. The current file (with its
// -wal) is kept as STORE.before-restore-TIME, never deleted. The caller holds the store's lock and
// has no connection open to it. Returns the path the previous file was moved to (empty if none).
QString restoreFile(const QString &storePath, const QString &backupPath);

} // namespace Backup

} // namespace feder

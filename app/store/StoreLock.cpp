#include "StoreLock.h"

#include "StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace feder {

StoreLock::StoreLock(const QString &path) : m_file(path)
{
    // Never stale by age: a GUI may hold the store for days. A lock whose process is gone is
    // stale whatever its age (QLockFile checks the process id on this host).
    m_file.setStaleLockTime(0);
}

std::unique_ptr<StoreLock> StoreLock::acquire(const QString &storePath, int waitMs)
{
    // The lock file lives beside the store: a store about to be created needs its folder first.
    QDir().mkpath(QFileInfo(storePath).absolutePath());
    std::unique_ptr<StoreLock> lock(new StoreLock(lockPath(storePath)));
    if (lock->m_file.tryLock(waitMs))
        return lock;

    qint64 pid = 0;
    QString host;
    QString application;
    if (lock->m_file.error() == QLockFile::LockFailedError && lock->m_file.getLockInfo(&pid, &host, &application)) {
        throw StoreInUse(QCoreApplication::translate("Store",
            "%1: the store is in use by %2 (process %3 on %4); close it there and try again. Nothing was written.")
                             .arg(storePath, application.isEmpty() ? QStringLiteral("another program") : application)
                             .arg(pid).arg(host), pid);
    }
    throw StoreError(QCoreApplication::translate("Store", "%1: cannot take the store's lock file %2 (%3); nothing was written")
                         .arg(storePath, lockPath(storePath),
                              lock->m_file.error() == QLockFile::PermissionError
                                  ? QCoreApplication::translate("Store", "the folder is not writable")
                                  : QCoreApplication::translate("Store", "unknown error")));
}

int StoreLock::commandWaitMs()
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("FEDER_LOCK_WAIT_MS", &ok);
    return ok && fromEnvironment >= 0 ? fromEnvironment : 5000;
}

} // namespace feder

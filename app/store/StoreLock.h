#pragma once

#include <QLockFile>
#include <QString>
#include <memory>

namespace feder {

// One writer per store: the GUI holds this lock for as long as it has the store open, and every
// writing command for as long as it runs. It is a lock file beside the store (FILE.lock, with the
// holder's process id and host); a holder that died (kill -9, power cut) leaves a stale file that
// the next writer recognises by the dead process id and takes over. Readers take no lock: SQLite's
// WAL lets them read while the writer writes.
class StoreLock
{
public:
    // Waits up to waitMs for the lock. Throws StoreInUse (a StoreError) naming the holder.
    static std::unique_ptr<StoreLock> acquire(const QString &storePath, int waitMs);

    // How long writing commands wait for the GUI: $FEDER_LOCK_WAIT_MS, else 5 s.
    static int commandWaitMs();

    static QString lockPath(const QString &storePath) { return storePath + QStringLiteral(".lock"); }

private:
    explicit StoreLock(const QString &path);
    QLockFile m_file;
};

} // namespace feder

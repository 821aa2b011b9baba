#pragma once

#include "concurrency/BackgroundWork.h"

#include <QObject>
#include <QString>
#include <memory>

namespace feder {
class Store;
class StoreLock;
}

namespace feder::ui {

class MainWindow;

// Owns what the app holds open: the store's writer lock, the store and the main window. Opens
// the store on a worker (the integrity check reads the whole file), offers a backup when the store
// is damaged, opens it read-only when another Feder holds it or the file is read-only, takes the
// daily backup, and replaces the store by a backup on request (closing and reopening the window).
class WindowHost : public QObject
{
    Q_OBJECT
public:
    explicit WindowHost(QString storePath, QObject *parent = nullptr);
    ~WindowHost() override;

    // Starts opening; the window appears when the store is ready. Quits the app (exit code 2)
    // when the store cannot be used.
    void start();
    MainWindow *window() const { return m_window.get(); }

private:
    struct Opened;
    void openOnWorker();
    void storeOpened(const std::shared_ptr<Opened> &opened);
    void showWindow(bool firstStart);
    bool offerRestore(const QString &problem);
    void restoreFromMenu();
    bool restore(const QString &backupPath);
    void takeDailyBackup();
    void quit(int exitCode);

    QString m_path;
    QString m_readOnlyReason;
    std::unique_ptr<StoreLock> m_lock;
    std::shared_ptr<Store> m_store;
    std::unique_ptr<MainWindow> m_window;
    // Work off the GUI thread; last members: cancelled and waited for before the rest goes.
    BackgroundWork<std::shared_ptr<Opened>> m_opening;   // the shared pool
    BackgroundWork<void> m_dailyBackup;                  // the shared pool
};

} // namespace feder::ui

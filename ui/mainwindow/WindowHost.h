#pragma once

#include "concurrency/BackgroundWork.h"

#include <QObject>
#include <QString>
#include <QStringList>
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
    QString storePath() const { return m_path; }

    // Markdown files given on the command line (`feder FILE.md`, the launcher's %F): imported into
    // the store before the window is built (OpenFileService), which then opens on the last one.
    // A file that cannot be used is said in a message; nothing else is lost.
    void setFilesToOpen(const QStringList &files) { m_filesToOpen = files; }
    // Datei ▸ Speicher öffnen / Zuletzt geöffnet: closes the window (it saves) and this store, and
    // opens `path` the way start() does; when that fails, the previous store is opened again.
    void switchStore(const QString &path);

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
    void importFiles();

    QStringList m_filesToOpen;
    QStringList m_fileProblems;   // shown once the window is up
    QString m_fileNotice;
    QString m_previousPath;       // while switching stores: where to go back when the new one fails

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

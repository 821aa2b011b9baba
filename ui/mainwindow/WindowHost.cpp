#include "WindowHost.h"

#include "GuardedApplication.h"
#include "MainWindow.h"
#include "RecentStores.h"
#include "StartupTrace.h"
#include "services/ArticleService.h"
#include "services/OpenFileService.h"
#include "session/EditSession.h"
#include "seed/DemoSeeder.h"
#include "store/Backup.h"
#include "store/Database.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "store/StoreLock.h"

#include <QApplication>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace feder::ui {

namespace {

// Daily backups are named by their date; that is what the author chooses from.
QStringList backupDates(const QStringList &backups)
{
    QStringList dates;
    for (const QString &backup : backups)
        dates.append(QFileInfo(backup).completeBaseName());
    return dates;
}

} // namespace

struct WindowHost::Opened
{
    std::shared_ptr<Store> store;
    QString problem;
    bool damaged = false;
    bool firstStart = false;
};

WindowHost::WindowHost(QString storePath, QObject *parent) : QObject(parent), m_path(std::move(storePath))
{
}

WindowHost::~WindowHost()
{
    m_opening.cancelAndWait(); // a store still being opened is closed again
    m_window.reset();   // the window saves on close and uses the store until then
    m_store.reset();
}

void WindowHost::start()
{
    // Until the window is shown (and while a restore replaces it) only dialogs are on screen;
    // closing the last of them must not end the app.
    QApplication::setQuitOnLastWindowClosed(false);
    StartupTrace::mark("host-start");
    try {
        m_lock = StoreLock::acquire(m_path, 0);
    } catch (const StoreInUse &error) {
        const auto answer = QMessageBox::warning(nullptr, tr("Feder"),
            tr("%1\n\nOpen it read-only? You can read and export, but not change anything.").arg(error.message()),
            QMessageBox::Open | QMessageBox::Close, QMessageBox::Close);
        if (answer != QMessageBox::Open)
            return quit(2);
        m_readOnlyReason = tr("another Feder (process %1) has this store open").arg(error.holderPid());
    } catch (const StoreError &error) {
        if (Store::canWrite(m_path)) {
            QMessageBox::critical(nullptr, tr("Feder"), error.message());
            return quit(2);
        }
        // Read-only media: no lock file can be written, and nobody can write the store either.
    }
    if (m_readOnlyReason.isEmpty() && QFileInfo::exists(m_path) && !Store::canWrite(m_path))
        m_readOnlyReason = tr("the store file is read-only");
    openOnWorker();
}

void WindowHost::openOnWorker()
{
    const QString path = m_path;
    const Store::Access access = m_readOnlyReason.isEmpty() ? Store::Access::Create : Store::Access::Read;
    m_opening.start([path, access] {
        auto opened = std::make_shared<Opened>();
        opened->firstStart = !QFileInfo::exists(path);
        try {
            opened->store = Store::open(path, access);
        } catch (const StoreDamaged &error) {
            opened->problem = error.message();
            opened->damaged = true;
        } catch (const StoreError &error) {
            opened->problem = error.message();
        } catch (const std::exception &error) {
            opened->problem = QString::fromLocal8Bit(error.what());
        }
        return opened;
    }, [this](const std::shared_ptr<Opened> &opened) { storeOpened(opened); });
}

void WindowHost::storeOpened(const std::shared_ptr<Opened> &opened)
{
    StartupTrace::mark("store-opened");
    if (opened->store) {
        m_store = opened->store;
        m_previousPath.clear(); // a switch to another store succeeded
        return showWindow(opened->firstStart);
    }
    if (opened->damaged && m_lock) {
        if (offerRestore(opened->problem))
            return openOnWorker();
    } else if (opened->damaged) { // read-only: nothing may be replaced, but say why Feder ends
        QMessageBox::critical(nullptr, tr("Feder"), tr("The store is damaged. Feder does not write to it.\n\n%1").arg(opened->problem));
    } else {
        QMessageBox::critical(nullptr, tr("Feder"), tr("The store cannot be opened:\n%1").arg(opened->problem));
    }
    quit(2);
}

void WindowHost::showWindow(bool firstStart)
{
    try {
        if (firstStart && !m_store->isReadOnly())
            DemoSeeder::seed(*m_store);
        importFiles(); // the window then opens on the last imported article
        RecentStores::add(m_path); // Datei ▸ Zuletzt geöffnet
        m_window = std::make_unique<MainWindow>(*m_store);
        StartupTrace::mark("window-built");
    } catch (const StoreError &error) {
        QMessageBox::critical(nullptr, tr("Feder"), tr("The store cannot be opened:\n%1").arg(error.message()));
        return quit(2);
    } catch (const std::exception &error) {
        QMessageBox::critical(nullptr, tr("Feder"), tr("The store cannot be opened:\n%1").arg(QString::fromLocal8Bit(error.what())));
        return quit(2);
    }
    if (!m_readOnlyReason.isEmpty())
        m_window->setReadOnly(m_readOnlyReason);
    if (auto *app = qobject_cast<GuardedApplication *>(QCoreApplication::instance()))
        connect(app, &GuardedApplication::problemReported, m_window.get(), &MainWindow::showStoreProblem);
    // Queued: the window is replaced, which must not happen inside its own menu action.
    connect(m_window.get(), &MainWindow::restoreBackupRequested, this, &WindowHost::restoreFromMenu, Qt::QueuedConnection);
    connect(m_window.get(), &MainWindow::openStoreRequested, this, &WindowHost::switchStore, Qt::QueuedConnection);
    m_window->show();
    if (!m_fileNotice.isEmpty())
        m_window->statusBar()->showMessage(std::exchange(m_fileNotice, {}), 10000);
    if (!m_fileProblems.isEmpty()) {
        // Not modal: the window is usable at once; the message stays until it is read.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Open file"), m_fileProblems.join(QStringLiteral("\n\n")),
                                    QMessageBox::Ok, m_window.get());
        box->setObjectName(QStringLiteral("openFileProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        m_fileProblems.clear();
    }
    if (StartupTrace::enabled())
        new StartupTrace(*m_window); // owned by the window
    QApplication::setQuitOnLastWindowClosed(true);
    if (m_lock)
        takeDailyBackup();
}

bool WindowHost::offerRestore(const QString &problem)
{
    const QStringList backups = Backup::list(m_path);
    QMessageBox box(QMessageBox::Critical, tr("Feder"),
                    tr("The store is damaged. Feder does not write to it.\n\n%1").arg(problem));
    QPushButton *restoreButton = backups.isEmpty() ? nullptr : box.addButton(tr("Restore a backup…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    if (backups.isEmpty())
        box.setInformativeText(tr("There is no backup in %1.").arg(Backup::folder(m_path)));
    box.exec();
    if (!restoreButton || box.clickedButton() != static_cast<QAbstractButton *>(restoreButton))
        return false;
    const QStringList dates = backupDates(backups);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(nullptr, tr("Restore a backup"), tr("Backup of:"), dates, 0, false, &ok);
    return ok && restore(backups.value(dates.indexOf(chosen)));
}

void WindowHost::restoreFromMenu()
{
    if (!m_lock) // a read-only window must not replace a store another Feder writes to
        return;
    const QStringList backups = Backup::list(m_path);
    if (backups.isEmpty()) {
        QMessageBox::information(m_window.get(), tr("Restore a backup"),
                                 tr("There is no backup yet in %1.").arg(Backup::folder(m_path)));
        return;
    }
    const QStringList dates = backupDates(backups);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window.get(), tr("Restore a backup"),
        tr("Replace the store by the backup of (the current store is kept beside it):"), dates, 0, false, &ok);
    if (!ok)
        return;
    QApplication::setQuitOnLastWindowClosed(false);
    m_window.reset();   // saved by the menu action before it asked
    m_store.reset();
    restore(backups.value(dates.indexOf(chosen)));
    openOnWorker();
}

bool WindowHost::restore(const QString &backupPath)
{
    try {
        const QString keptAs = Backup::restoreFile(m_path, backupPath);
        QMessageBox::information(nullptr, tr("Restore a backup"),
            keptAs.isEmpty() ? tr("The backup was restored.")
                             : tr("The backup was restored. The previous store is kept as %1.").arg(keptAs));
        return true;
    } catch (const StoreError &error) {
        QMessageBox::critical(nullptr, tr("Restore a backup"), error.message());
        return false;
    }
}

void WindowHost::takeDailyBackup()
{
    // Its own read-only connection on a worker: the copy never holds up typing. Quitting waits
    // for a copy under way (one not started yet is skipped: the next start takes it).
    const QString path = m_path;
    m_dailyBackup.start([path] {
        try {
            auto source = Database::open(path, Database::Mode::ReadOnly);
            Backup::takeDaily(*source, path);
        } catch (const StoreError &error) {
            qWarning().noquote() << "feder: daily backup failed:" << error.message();
        } catch (const std::exception &error) {
            qWarning().noquote() << "feder: daily backup failed:" << error.what();
        }
    });
}

void WindowHost::importFiles()
{
    const QStringList files = std::exchange(m_filesToOpen, {});
    QString lastSlug;
    QStringList imported;
    bool replaced = false;
    for (const QString &file : files) {
        const Result<OpenFileService::Opened> opened = OpenFileService(*m_store).importFile(file);
        if (!opened.ok()) {
            m_fileProblems.append(opened.message());
            continue;
        }
        lastSlug = opened.value.slug;
        imported.append(QFileInfo(file).fileName());
        replaced = replaced || opened.value.changed;
    }
    if (lastSlug.isEmpty())
        return;
    // MainWindow opens the article last opened: the imported one.
    if (const Outcome remembered = ArticleService(*m_store).rememberLastOpened(lastSlug); !remembered)
        m_fileProblems.append(remembered.message);
    m_fileNotice = tr("Imported into the store: %1").arg(imported.join(QStringLiteral(", ")));
    if (replaced)
        m_fileNotice += QStringLiteral(" ") + tr("(the previous text is kept in Edit ▸ History)");
}

void WindowHost::switchStore(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (!m_window || target == QFileInfo(m_path).absoluteFilePath())
        return;
    QApplication::setQuitOnLastWindowClosed(false);
    if (!m_window->close()) { // saves the article and the window's place; an export may say no
        QApplication::setQuitOnLastWindowClosed(true);
        return;
    }
    m_window.reset();
    m_store.reset();
    m_lock.reset();
    m_readOnlyReason.clear();
    m_previousPath = m_path;
    m_path = target;
    start();
}

void WindowHost::quit(int exitCode)
{
    if (!m_previousPath.isEmpty()) {
        // Switching to another store failed (and said why): back to the one that was open.
        m_path = std::exchange(m_previousPath, {});
        m_window.reset();
        m_store.reset();
        m_lock.reset();
        m_readOnlyReason.clear();
        start();
        return;
    }
    QTimer::singleShot(0, QCoreApplication::instance(), [exitCode] { QCoreApplication::exit(exitCode); });
}

} // namespace feder::ui

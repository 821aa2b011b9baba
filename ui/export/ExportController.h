#pragma once

#include "concurrency/BackgroundWork.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <functional>

class QProgressDialog;
class QWidget;

namespace feder {
class Store;
}

namespace feder::ui {

// "Exportieren…" and "Website exportieren…": show the checklist's blocking items first (with
// "Trotzdem exportieren"; no folder is asked for an export that will not happen), then choose a
// folder (starting in the last export folder, else Documents), confirm replacing an existing export, run the export on
// a worker thread (its own read connection to the store) with progress and cancel, then offer
// to open the folder or the page.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Store &store, QWidget *window);

    // Folder choosers and questions can be replaced (tests); defaults are real dialogs.
    // The default folder dialog opens in startFolder().
    std::function<QString()> chooseFolder;
    std::function<bool(const QString &reasons)> confirmDespiteChecklist;
    std::function<bool(const QString &path)> confirmReplace;
    std::function<void(const QString &result, const QString &page)> showResult;
    // Asked when the window closes during an export: cancel it and close (true) or keep going.
    std::function<bool()> confirmCancelForQuit;

    bool isRunning() const { return m_export.isRunning(); }
    // For quitting: asks (confirmCancelForQuit), then cancels the running export and waits for
    // it to stop (the export stops after the article it is writing; a cancelled export leaves
    // the previous one as it was). False when the user wants the export to finish.
    bool stopForQuit();

    // Where the folder dialog opens: the folder of the last export (kept in the settings) if it
    // still exists, else the user's documents folder – never the working directory.
    static QString startFolder();

public Q_SLOTS:
    void exportArticle(const QString &slug);
    void exportSite();

Q_SIGNALS:
    void finished(bool ok, const QString &message);
    void progress(int done, int total);

private:
    // The folder the user picked (remembered for next time), or empty when cancelled.
    QString askForFolder();
    // `work` runs on m_pool with its own read connection to the store; it polls the stop token
    // (the progress dialog's Cancel, quitting) between articles.
    void runInBackground(const std::function<QString(Store &store, std::stop_token stop)> &work, const QString &page, bool withProgress);

    struct ExportResult
    {
        QString result;   // the folder or page written
        QString error;    // why not
    };

    Store &m_store;
    QWidget *m_window;
    QPointer<QProgressDialog> m_progress;
    // The export's own thread (one export at a time, beside the shared pool's work). The export
    // is a member of the controller: it is cancelled and waited for before the controller goes,
    // so the export's progress reports never reach a dead object. Last members: destroyed first.
    QThreadPool m_pool;
    BackgroundWork<ExportResult> m_export{&m_pool};
};

} // namespace feder::ui

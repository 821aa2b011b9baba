#pragma once

#include <QObject>
#include <QStringList>
#include <atomic>
#include <functional>

class QWidget;

namespace feder {
class Store;
}

namespace feder::ui {

// "Exportieren…" and "Website exportieren…": choose a folder, show the checklist's blocking
// items (with "Trotzdem exportieren"), confirm replacing an existing export, run the export on
// a worker thread (its own read connection to the store) with progress and cancel, then offer
// to open the folder or the page.
class ExportController : public QObject
{
    Q_OBJECT
public:
    ExportController(Store &store, QWidget *window);

    // Folder choosers and questions can be replaced (tests); defaults are real dialogs.
    std::function<QString()> chooseFolder;
    std::function<bool(const QString &reasons)> confirmDespiteChecklist;
    std::function<bool(const QString &path)> confirmReplace;
    std::function<void(const QString &result, const QString &page)> showResult;

public Q_SLOTS:
    void exportArticle(const QString &slug);
    void exportSite();

Q_SIGNALS:
    void finished(bool ok, const QString &message);
    void progress(int done, int total);

private:
    void runInBackground(const std::function<QString(Store &store)> &work, const QString &page, bool withProgress);

    Store &m_store;
    QWidget *m_window;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace feder::ui

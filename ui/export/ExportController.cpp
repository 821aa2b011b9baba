#include "ExportController.h"

#include "check/Checklist.h"
#include "export/Bundle.h"
#include "export/ExportError.h"
#include "export/Exporter.h"
#include "export/SafeFileName.h"
#include "services/ExportService.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace feder::ui {

ExportController::ExportController(Store &store, QWidget *window)
    : QObject(window), m_store(store), m_window(window)
{
    setObjectName(QStringLiteral("exportController"));
    m_pool.setMaxThreadCount(1);
    chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(m_window, tr("Export to folder"), startFolder());
    };
    confirmDespiteChecklist = [this](const QString &reasons) {
        QMessageBox box(QMessageBox::Warning, tr("Checklist"), tr("The checklist has blocking items:\n\n%1").arg(reasons),
                        QMessageBox::Cancel, m_window);
        QPushButton *anyway = box.addButton(tr("Export anyway"), QMessageBox::AcceptRole);
        box.exec();
        return box.clickedButton() == anyway;
    };
    confirmReplace = [this](const QString &path) {
        return QMessageBox::question(m_window, tr("Replace export"),
                                     tr("%1 exists already. Replace it?").arg(path)) == QMessageBox::Yes;
    };
    showResult = [this](const QString &result, const QString &page) {
        QMessageBox box(QMessageBox::Information, tr("Export finished"), tr("Exported to %1").arg(result), QMessageBox::Close, m_window);
        QPushButton *folder = box.addButton(tr("Open folder"), QMessageBox::ActionRole);
        QPushButton *open = box.addButton(tr("Open page"), QMessageBox::ActionRole);
        box.exec();
        if (box.clickedButton() == folder)
            QDesktopServices::openUrl(QUrl::fromLocalFile(result));
        else if (box.clickedButton() == open)
            QDesktopServices::openUrl(QUrl::fromLocalFile(page));
    };
}

namespace {
const QString kLastFolderKey = QStringLiteral("export/lastFolder");
}

QString ExportController::startFolder()
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ExportController::askForFolder()
{
    const QString folder = chooseFolder();
    if (!folder.isEmpty())
        QSettings().setValue(kLastFolderKey, QFileInfo(folder).absoluteFilePath());
    return folder;
}

void ExportController::exportArticle(const QString &slug)
{
    if (isRunning())
        return;
    // The checklist first: the author decides about blocking items before choosing a folder.
    Exporter::Options options;
    const Result<QList<Exporter::Blocker>> blockers = ExportService(m_store).preflight({slug});
    if (!blockers.ok()) {
        Q_EMIT finished(false, blockers.message());
        QMessageBox::warning(m_window, tr("Export failed"), blockers.message());
        return;
    }
    if (!blockers.value.isEmpty()) {
        QStringList reasons;
        for (const Exporter::Blocker &blocker : blockers.value)
            reasons.append(QStringLiteral("• ") + blocker.item.message);
        if (!confirmDespiteChecklist(reasons.join(QLatin1Char('\n'))))
            return;
        options.ignoreChecklist = true;
    }
    const QString folder = askForFolder();
    if (folder.isEmpty())
        return;
    const QString target = QDir(folder).filePath(safeFileName(slug));
    if (QFileInfo::exists(target)) {
        if (!confirmReplace(target))
            return;
        options.replaceExisting = true;
    }
    runInBackground([slug, folder, options](Store &store, std::stop_token) {
        return Exporter(store).exportArticles({slug}, folder, options).first();
    }, target + QStringLiteral("/index.html"), false);
}

void ExportController::exportSite()
{
    if (isRunning())
        return;
    Exporter::Options options;
    QStringList reasons;
    const Result<QList<Exporter::Blocker>> blockers = ExportService(m_store).preflight();
    if (!blockers.ok()) {
        Q_EMIT finished(false, blockers.message());
        QMessageBox::warning(m_window, tr("Export failed"), blockers.message());
        return;
    }
    for (const Exporter::Blocker &blocker : blockers.value)
        reasons.append(QStringLiteral("• %1: %2").arg(blocker.article.title, blocker.item.message));
    if (!reasons.isEmpty()) {
        if (!confirmDespiteChecklist(reasons.join(QLatin1Char('\n'))))
            return;
        options.ignoreChecklist = true;
    }
    const QString parent = askForFolder();
    if (parent.isEmpty())
        return;
    // The site goes into its own subfolder: replacing it must never touch other files.
    const QString folder = QDir(parent).filePath(QStringLiteral("website"));
    if (QFileInfo::exists(folder) && !QDir(folder).isEmpty()) {
        if (!confirmReplace(folder))
            return;
        options.replaceExisting = true;
    }
    // `this` only emits progress: m_export waits for this function before the controller goes.
    runInBackground([this, folder, options](Store &store, std::stop_token stop) {
        return Exporter(store).exportSite(folder, {}, options, [this, stop](int done, int total) {
            Q_EMIT progress(done, total);
            return !stop.stop_requested();
        });
    }, QDir(folder).filePath(QStringLiteral("index.html")), true);
}

void ExportController::runInBackground(const std::function<QString(Store &, std::stop_token)> &work, const QString &page, bool withProgress)
{
    QPointer<QProgressDialog> dialog;
    if (withProgress) {
        dialog = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_window);
        dialog->setWindowModality(Qt::WindowModal);
        dialog->setMinimumDuration(300);
        // The export stops after the article it is writing and reports how it ended.
        connect(dialog, &QProgressDialog::canceled, this, [this] { m_export.requestStop(); });
        connect(this, &ExportController::progress, dialog, [dialog](int done, int total) {
            if (!dialog)
                return;
            dialog->setMaximum(total);
            dialog->setValue(done);
        });
    }
    // The export reads through its own connection: the GUI keeps its own for autosave.
    m_progress = dialog;
    const QString storePath = m_store.path();
    m_export.start([work, storePath](std::stop_token stop) {
        ExportResult outcome;
        try {
            auto store = Store::open(storePath, Store::Access::Read);
            outcome.result = work(*store, std::move(stop));
        } catch (const ExportError &e) {
            outcome.error = e.message();
        } catch (const StoreError &e) {
            outcome.error = e.message();
        }
        return outcome;
    }, [this, page, dialog](const ExportResult &outcome) {
        // Not called once stopForQuit() cancelled: no message boxes while the window closes.
        if (dialog)
            dialog->deleteLater();
        if (!outcome.error.isEmpty()) {
            Q_EMIT finished(false, outcome.error);
            QMessageBox::warning(m_window, tr("Export failed"), outcome.error);
            return;
        }
        Q_EMIT finished(true, outcome.result);
        showResult(outcome.result, page);
    });
}

bool ExportController::stopForQuit()
{
    if (!isRunning())
        return true;
    const bool cancel = confirmCancelForQuit ? confirmCancelForQuit()
        : QMessageBox::question(m_window, tr("Export running"),
              tr("An export is still running. Cancel it and close? The previous export stays as it was."),
              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
    if (!cancel)
        return false;
    m_export.cancelAndWait(); // stops after the article being written (milliseconds); says nothing
    if (m_progress)
        m_progress->deleteLater();
    return true;
}

} // namespace feder::ui

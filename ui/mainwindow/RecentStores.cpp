#include "RecentStores.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace feder::ui::RecentStores {

namespace {


QString absolute(const QString &path)
{
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

QStringList list()
{
    QStringList paths = QSettings().value(QLatin1String(kSetting)).toStringList();
    paths.removeAll(QString());
    paths.removeDuplicates();
    return paths.mid(0, kMax);
}

void add(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList paths = list();
    const QString added = absolute(path);
    paths.removeAll(added);
    paths.prepend(added);
    QSettings().setValue(QLatin1String(kSetting), paths.mid(0, kMax));
}

void fill(QMenu &menu, const QString &currentPath, const std::function<void(const QString &)> &open)
{
    menu.clear();
    const QStringList paths = list();
    const QString current = absolute(currentPath);
    int number = 0;
    for (const QString &path : paths) {
        ++number;
        const QFileInfo info(path);
        // "&1 feder.sqlite — /home/…": the file name first, the folder tells equal names apart.
        QString label = QStringLiteral("&%1 %2 — %3").arg(number).arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath()));
        const bool missing = !info.exists();
        if (missing)
            label += QStringLiteral(" ") + QCoreApplication::translate("RecentStores", "(not found)");
        QAction *action = menu.addAction(label);
        action->setObjectName(QStringLiteral("actionRecentStore%1").arg(number));
        action->setData(path);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(!missing);
        if (path == current) {
            action->setCheckable(true);
            action->setChecked(true);
            continue;
        }
        QObject::connect(action, &QAction::triggered, &menu, [open, path] { open(path); });
    }
    if (paths.isEmpty())
        menu.addAction(QCoreApplication::translate("RecentStores", "No stores opened yet"))->setEnabled(false);
}

} // namespace feder::ui::RecentStores

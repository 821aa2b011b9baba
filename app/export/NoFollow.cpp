#include "NoFollow.h"

#include "ExportError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <filesystem>
#include <system_error>

namespace feder::NoFollow {

QString cleanAbsolute(const QString &path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

void requireNoLinks(const QString &path)
{
    // Walk the absolute path from the root down, looking at each component itself (lstat).
    const QString absolute = cleanAbsolute(path);
    const QStringList parts = absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString current;
    for (const QString &part : parts) {
        current += QLatin1Char('/') + part;
        std::error_code error;
        const auto status = std::filesystem::symlink_status(QFile::encodeName(current).toStdString(), error);
        if (error || !std::filesystem::exists(status))
            return; // the rest does not exist yet: it will be created as real folders
        if (std::filesystem::is_symlink(status))
            throw ExportError(QCoreApplication::translate("Export",
                "%1 is a symbolic link; Feder does not export through links (choose the folder it points to)")
                                  .arg(current));
    }
}

bool removeTree(const QString &path)
{
    // std::filesystem::remove_all removes a link itself and does not descend into it, unlike
    // QDir::removeRecursively, which empties the folder a top-level link points to.
    std::error_code error;
    std::filesystem::remove_all(QFile::encodeName(path).toStdString(), error);
    return !error;
}

} // namespace feder::NoFollow

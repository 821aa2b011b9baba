#include "BundleWriter.h"

#include "Bundle.h"
#include "ExportError.h"
#include "NoFollow.h"
#include "SafeFileName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <cstdio>
#include <zip.h>

namespace feder::BundleWriter {

namespace {

void ensureFolder(const QString &outDir)
{
    NoFollow::requireNoLinks(outDir);
    if (!QDir().mkpath(outDir))
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot create the folder").arg(outDir));
}

void requireSafe(const Bundle &bundle)
{
    if (safeFileName(bundle.name) != bundle.name)
        throw ExportError(QCoreApplication::translate("Export", "unsafe bundle name '%1'").arg(bundle.name));
    for (const auto &[path, bytes] : bundle.files) {
        Q_UNUSED(bytes);
        if (!isSafeRelativePath(path))
            throw ExportError(QCoreApplication::translate("Export", "unsafe path '%1' in bundle %2").arg(path, bundle.name));
    }
}

void writeFiles(const Bundle &bundle, const QString &root)
{
    for (const auto &[path, bytes] : bundle.files) {
        const QString full = root + QLatin1Char('/') + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile file(full);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            throw ExportError(QCoreApplication::translate("Export", "%1: cannot write (%2)").arg(full, file.errorString()));
        file.close();
        if (bundle.timestamp.isValid())
            file.setFileTime(bundle.timestamp, QFileDevice::FileModificationTime);
    }
}

} // namespace

void swapIn(const QString &built, const QString &target, Replace replace)
{
    NoFollow::requireNoLinks(target);
    const QFileInfo existing(target);
    if (!existing.exists()) {
        if (std::rename(QFile::encodeName(built).constData(), QFile::encodeName(target).constData()) != 0)
            throw ExportError(QCoreApplication::translate("Export", "%1: cannot move the export into place").arg(target));
        return;
    }
    if (replace == Replace::Never)
        throw ExportError(QCoreApplication::translate("Export", "%1 exists already; use --replace to replace it").arg(target));
    if (existing.isFile() && QFileInfo(built).isFile()) {
        // rename() replaces a file atomically.
        if (std::rename(QFile::encodeName(built).constData(), QFile::encodeName(target).constData()) != 0)
            throw ExportError(QCoreApplication::translate("Export", "%1: cannot replace the file").arg(target));
        return;
    }
    // Folders cannot be replaced in one step: move the old one aside, move the new one in,
    // then delete the old one (or put it back when the second step fails).
    const QString aside = QFileInfo(target).absolutePath() + QStringLiteral("/.") + QFileInfo(target).fileName()
                          + QStringLiteral(".old-") + QString::number(QCoreApplication::applicationPid());
    NoFollow::removeTree(aside);
    if (std::rename(QFile::encodeName(target).constData(), QFile::encodeName(aside).constData()) != 0)
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot move the previous export aside").arg(target));
    if (std::rename(QFile::encodeName(built).constData(), QFile::encodeName(target).constData()) != 0) {
        std::rename(QFile::encodeName(aside).constData(), QFile::encodeName(target).constData());
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot move the export into place; the previous export is unchanged").arg(target));
    }
    NoFollow::removeTree(aside);
}

QString writeFolder(const Bundle &bundle, const QString &requestedOutDir, Replace replace)
{
    const QString outDir = NoFollow::cleanAbsolute(requestedOutDir);
    requireSafe(bundle);
    ensureFolder(outDir);
    const QString target = QDir(outDir).absoluteFilePath(bundle.name);
    NoFollow::requireNoLinks(target);
    if (QFileInfo::exists(target) && replace == Replace::Never)
        throw ExportError(QCoreApplication::translate("Export", "%1 exists already; use --replace to replace it").arg(target));
    QTemporaryDir building(QDir(outDir).absoluteFilePath(QStringLiteral(".") + bundle.name + QStringLiteral(".new-XXXXXX")));
    if (!building.isValid())
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot create a temporary folder (%2)").arg(outDir, building.errorString()));
    writeFiles(bundle, building.path());
    QFile::setPermissions(building.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                               | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                                               | QFileDevice::ReadOther | QFileDevice::ExeOther);
    swapIn(building.path(), target, replace);
    building.setAutoRemove(false); // it is the target now
    return target;
}

QString writeZip(const Bundle &bundle, const QString &requestedOutDir, Replace replace)
{
    const QString outDir = NoFollow::cleanAbsolute(requestedOutDir);
    requireSafe(bundle);
    ensureFolder(outDir);
    const QString target = QDir(outDir).absoluteFilePath(bundle.name + QStringLiteral(".zip"));
    NoFollow::requireNoLinks(target);
    if (QFileInfo::exists(target) && replace == Replace::Never)
        throw ExportError(QCoreApplication::translate("Export", "%1 exists already; use --replace to replace it").arg(target));

    const QString temporary = QDir(outDir).absoluteFilePath(QStringLiteral(".") + bundle.name + QStringLiteral(".zip.new"));
    QFile::remove(temporary);
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(temporary).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!archive)
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot create the zip file").arg(target));
    // A fixed time for every entry: the article's last change (zip times have no time zone).
    const time_t mtime = bundle.timestamp.isValid() ? time_t(bundle.timestamp.toSecsSinceEpoch()) : time_t(315532800);
    for (const auto &[path, bytes] : bundle.files) {
        zip_source_t *source = zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const QByteArray name = (bundle.name + QLatin1Char('/') + path).toUtf8();
        const zip_int64_t index = source ? zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(source);
            zip_discard(archive);
            QFile::remove(temporary);
            throw ExportError(QCoreApplication::translate("Export", "%1: cannot add %2 to the zip file").arg(target, path));
        }
        zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0);
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(archive) != 0) {
        zip_discard(archive);
        QFile::remove(temporary);
        throw ExportError(QCoreApplication::translate("Export", "%1: cannot write the zip file").arg(target));
    }
    swapIn(temporary, target, replace);
    return target;
}

} // namespace feder::BundleWriter

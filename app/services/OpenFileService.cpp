#include "OpenFileService.h"

#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace feder {

namespace {


bool hasMarkdownSuffix(const QFileInfo &info)
{
    const QString suffix = info.suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

QString yamlQuoted(QString text)
{
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// A Markdown text without front matter as an article file: the first line's "# " heading is the
// title (and leaves the body, where the page shows the title anyway), else the file's name.
QByteArray withFrontMatter(const QString &text, const QFileInfo &info)
{
    QString body = text;
    QString title;
    static const QRegularExpression heading(QStringLiteral("\\A\\s*#[ \\t]+([^\\n]*?)[ \\t#]*(\\n|\\z)"));
    if (const QRegularExpressionMatch match = heading.match(body); match.hasMatch() && !match.captured(1).trimmed().isEmpty()) {
        title = match.captured(1).trimmed();
        body = body.mid(match.capturedEnd()).trimmed() + QLatin1Char('\n');
    } else {
        title = info.completeBaseName();
        title.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
        title = title.simplified();
    }
    return (QStringLiteral("---\ntitle: ") + yamlQuoted(title) + QStringLiteral("\n---\n") + body).toUtf8();
}

} // namespace

bool OpenFileService::looksLikeFile(const QString &argument)
{
    if (argument.startsWith(QLatin1Char('-')))
        return false;
    const QFileInfo info(argument);
    return info.isFile() || hasMarkdownSuffix(info);
}

Result<OpenFileService::Opened> OpenFileService::importFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(info.absoluteFilePath());
    if (!info.exists())
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "The file %1 does not exist.").arg(name));
    if (info.isDir())
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 is a folder. Feder opens Markdown files (.md).").arg(name));
    if (!hasMarkdownSuffix(info))
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 is not a Markdown file. Feder opens files ending in .md or .markdown.").arg(name));
    if (m_store.isReadOnly())
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 was not imported: this store is open read-only.").arg(name));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 cannot be read: %2").arg(name, file.errorString()));
    const QByteArray bytes = file.read(64 * 1024 * 1024 + 1);
    file.close();
    if (bytes.contains('\0'))
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 is not a text file, so it is not Markdown.").arg(name));

    try {
        const QString text = ArticleFile::decode(bytes, name); // UTF-8 checked
        QStringList paths{path};
        QTemporaryDir folder; // for a plain Markdown text given its front matter
        if (!text.startsWith(QLatin1String("---"))) {
            const QString plain = QDir(folder.path()).filePath(info.fileName());
            QFile out(plain);
            if (!folder.isValid() || !out.open(QIODevice::WriteOnly) || out.write(withFrontMatter(text, info)) < 0)
                return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 cannot be read: %2").arg(name, out.errorString()));
            out.close();
            paths = {plain};
        }
        Importer importer(m_store);
        const QList<ImportOutcome> outcomes = importer.importPaths(paths);
        if (outcomes.isEmpty())
            return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 was not imported.").arg(name));
        const ImportOutcome &outcome = outcomes.constFirst();
        return Result<Opened>::done({outcome.slug, outcome.kind == ImportOutcome::Kind::Imported,
                                     outcome.kind == ImportOutcome::Kind::Updated});
    } catch (const ArticleFileError &error) {
        QString where = name;
        if (error.line() > 0)
            where += QStringLiteral(", ") + QCoreApplication::translate("OpenFile", "line %1").arg(error.line());
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 cannot be imported (%2): %3").arg(info.fileName(), where, error.message()));
    } catch (const StoreError &error) {
        return Result<Opened>::failed(QCoreApplication::translate("OpenFile", "%1 was not imported: %2").arg(name, error.message()));
    }
}

} // namespace feder

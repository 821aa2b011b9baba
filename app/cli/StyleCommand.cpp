#include "CommandContext.h"
#include "Commands.h"
#include "MarkdownSource.h"

#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
#include "import/Importer.h"
#include "store/Store.h"
#include "store/StoreError.h"
#include "style/Typography.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace feder::cli {

namespace {

struct Located
{
    QString file;
    int line = 0;
    int column = 0;   // 1-based, in Unicode code points
    StyleFinding finding;
};

// The typography of one file's body (front matter is never checked), located by line and column.
QList<Located> checkFile(const QString &path)
{
    const MarkdownSource source = MarkdownSource::read(path);
    QList<Located> result;
    for (const StyleFinding &finding : Typography::checkMarkdown(source.parsed.article.body)) {
        const auto [line, column] = source.locateInBody(finding.start);
        result.append({path, line, column, finding});
    }
    return result;
}

// Spaces that do not show in a terminal, made visible for the human-readable output.
QString visible(QString text)
{
    text.replace(QChar(0x00A0), QStringLiteral("⍽"));
    text.replace(QChar(0x202F), QStringLiteral("⍽"));
    text.replace(QLatin1Char('\n'), QStringLiteral("↵"));
    return text;
}

} // namespace

int runStyle(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("style"),
        QCoreApplication::translate("Cli", "Check the German typography of Markdown files (quotes, dashes, non-breaking spaces, …); exit 0 clean, 1 findings, 2 error."));
    context.addStoreOption();
    context.addJsonOption();
    context.parser().addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("Cli", ".md files or folders"),
                                           QStringLiteral("PATH..."));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList paths = context.parser().positionalArguments();
    if (paths.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder style: name at least one file"));
    try {
        // The store will hold the team's house style; opening it now checks that it is usable.
        if (context.parser().isSet(QStringLiteral("store")))
            context.openStore(int(Store::Access::Read));
        QList<Located> all;
        for (const QString &file : Importer::collectFiles(paths))
            all += checkFile(file);
        if (context.json()) {
            QJsonArray array;
            for (const Located &l : std::as_const(all)) {
                array.append(QJsonObject{{QStringLiteral("file"), l.file}, {QStringLiteral("line"), l.line},
                                         {QStringLiteral("column"), l.column}, {QStringLiteral("rule"), l.finding.rule},
                                         {QStringLiteral("text"), l.finding.text},
                                         {QStringLiteral("replacement"), l.finding.replacement},
                                         {QStringLiteral("message"), l.finding.message}});
            }
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Located &l : std::as_const(all)) {
                context.out() << l.file << ':' << l.line << ':' << l.column << ": " << l.finding.rule << ": \""
                              << visible(l.finding.text) << "\" -> \"" << visible(l.finding.replacement) << "\"  "
                              << l.finding.message << '\n';
            }
        }
        return all.isEmpty() ? Success : Findings;
    } catch (const ArticleFileError &error) {
        return context.fail(error.toString());
    } catch (const StoreError &error) {
        return context.fail(error.message());
    }
}

} // namespace feder::cli

#include "CommandContext.h"
#include "Commands.h"
#include "MarkdownSource.h"

#include "article/ArticleFile.h"
#include "article/ArticleFileError.h"
#include "check/ArticleSpelling.h"
#include "import/Importer.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"
#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <atomic>
#include <memory>
#include <thread>

namespace feder::cli {

namespace {

struct Located
{
    QString file;
    int line = 0;
    int column = 0;   // 1-based, in Unicode code points
    SpellFinding finding;
};

// The first suggestion for each distinct misspelled word of one file, asked for after the
// file's check, on every core (each thread gets its own hunspell instance).
struct SuggestionTask
{
    std::shared_ptr<const SpellChecker> checker;
    std::shared_ptr<const QSet<QString>> documentWords;
    QString word;
    QString first;
};

void suggestInParallel(QList<SuggestionTask> &tasks)
{
    std::atomic<qsizetype> next{0};
    SuggestionTask *const task = tasks.data();
    const qsizetype count = tasks.size();
    auto work = [&] {
        for (qsizetype i = next++; i < count; i = next++)
            task[i].first = task[i].checker->firstSuggestion(task[i].word, *task[i].documentWords);
    };
    const int threads = int(std::min<qsizetype>(std::max(1, QThread::idealThreadCount()), tasks.size()));
    std::vector<std::thread> pool;
    for (int i = 1; i < threads; ++i)
        pool.emplace_back(work);
    work();
    for (std::thread &thread : pool)
        thread.join();
}

// Spellchecks one file: the body as Markdown, and the prose fields of its front matter.
// Suggestions are not filled in yet: each distinct word becomes a task in `tasks`.
QList<Located> checkFile(const QString &path, const QString &languageOverride, Store *store, QList<SuggestionTask> &tasks)
{
    const MarkdownSource source = MarkdownSource::read(path);
    const ParsedArticleFile &parsed = source.parsed;
    const Article &article = parsed.article;

    const auto sharedChecker = std::make_shared<const SpellChecker>(ArticleSpelling::contextFor(store, article, languageOverride));
    const SpellChecker &checker = *sharedChecker;
    if (!checker.isAvailable())
        throw ArticleFileError(path, 0, checker.problem());

    QList<Located> result;
    const QList<SpellToken> bodyTokens = SpellTokenizer::markdown(article.body);
    const QList<SpellFinding> bodyFindings = SpellDocument::check(checker, article.body, bodyTokens);
    for (const SpellFinding &finding : bodyFindings) {
        const auto [line, column] = source.locateInBody(finding.start);
        result.append({path, line, column, finding});
    }
    // Front-matter prose: title, excerpt, alt text, SEO texts.
    for (const auto &[key, value] : ArticleSpelling::metadataProse(article)) {
        if (value.isEmpty() || !parsed.keyLines.contains(key))
            continue;
        const int line = parsed.keyLines.value(key);
        const QString lineText = source.fileLines.value(line - 1);
        const qsizetype valueStart = lineText.indexOf(value.left(20));
        const QList<SpellFinding> findings = SpellDocument::check(checker, value, SpellTokenizer::plain(value));
        for (const SpellFinding &finding : findings) {
            const int column = valueStart >= 0
                ? MarkdownSource::codePoints(QStringView(lineText).left(valueStart + finding.start)) + 1
                : int(key.size()) + 3;
            result.append({path, line, column, finding});
        }
    }
    std::sort(result.begin(), result.end(), [](const Located &a, const Located &b) {
        return std::tie(a.line, a.column) < std::tie(b.line, b.column);
    });
    const auto documentWords = std::make_shared<const QSet<QString>>(SpellDocument::wordsOf(bodyTokens));
    QSet<QString> asked;
    for (const Located &located : std::as_const(result)) {
        if (!asked.contains(located.finding.word)) {
            asked.insert(located.finding.word);
            tasks.append({sharedChecker, documentWords, located.finding.word, {}});
        }
    }
    return result;
}

} // namespace

int runSpellcheck(const QStringList &arguments)
{
    CommandContext context(QStringLiteral("spellcheck"),
        QCoreApplication::translate("Cli", "Spellcheck Markdown files (German business prose); exit 0 clean, 1 findings, 2 error."));
    context.addStoreOption();
    context.addJsonOption();
    context.parser().addOption({QStringLiteral("lang"), QCoreApplication::translate("Cli",
        "Language: de-DE, de-AT, de-CH or en-US (default: the file's language, else de-DE)."), QStringLiteral("L")});
    context.parser().addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("Cli", ".md files or folders"),
                                           QStringLiteral("PATH..."));
    int exitCode = Success;
    if (!context.parse(arguments, &exitCode))
        return exitCode;
    const QStringList paths = context.parser().positionalArguments();
    const QString language = context.parser().value(QStringLiteral("lang"));
    if (paths.isEmpty())
        return context.fail(QCoreApplication::translate("Cli", "feder spellcheck: name at least one file"));
    if (!language.isEmpty() && !ArticleVocabulary::languages().contains(language))
        return context.fail(QCoreApplication::translate("Cli", "feder spellcheck: unknown language '%1' (use one of: %2)")
                                .arg(language, ArticleVocabulary::languages().join(QLatin1String(", "))));
    try {
        Store *store = context.parser().isSet(QStringLiteral("store")) ? &context.openStore(int(Store::Access::Read)) : nullptr;
        QList<Located> all;
        for (const QString &file : Importer::collectFiles(paths)) {
            QList<SuggestionTask> tasks;
            const QList<Located> found = checkFile(file, language, store, tasks);
            suggestInParallel(tasks);
            QHash<QString, QString> firstFor;
            for (const SuggestionTask &task : std::as_const(tasks))
                firstFor.insert(task.word, task.first);
            for (Located located : found) {
                if (const QString first = firstFor.value(located.finding.word); !first.isEmpty())
                    located.finding.suggestions = {first};
                all.append(located);
            }
        }
        if (context.json()) {
            QJsonArray array;
            for (const Located &l : std::as_const(all)) {
                array.append(QJsonObject{{QStringLiteral("file"), l.file}, {QStringLiteral("line"), l.line},
                                         {QStringLiteral("column"), l.column}, {QStringLiteral("word"), l.finding.word},
                                         {QStringLiteral("suggestions"), QJsonArray::fromStringList(l.finding.suggestions)}});
            }
            context.out() << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const Located &l : std::as_const(all)) {
                context.out() << l.file << ':' << l.line << ':' << l.column << ": " << l.finding.word;
                if (!l.finding.suggestions.isEmpty())
                    context.out() << " -> " << l.finding.suggestions.join(QLatin1String(", "));
                context.out() << '\n';
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

#include "SpellingCorpus.h"

#include "TestSupport.h"
#include "article/ArticleFile.h"
#include "markdown/VisibleText.h"
#include "spelling/HunspellDictionary.h"
#include "spelling/SpellChecker.h"
#include "spelling/SpellDocument.h"

#include <QDir>
#include <QFile>
#include <QTextBoundaryFinder>

namespace feder::test {

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

struct Flag
{
    QString word;
    QString first;
};

void score(CorpusScore &result, const CorpusFile &file, const QList<Flag> &flags, int words)
{
    result.words += words;
    result.labelled += int(file.labels.size());
    QSet<QString> seen;
    for (const Flag &flag : flags) {
        if (file.labels.contains(flag.word)) {
            if (seen.contains(flag.word))
                continue;
            seen.insert(flag.word);
            ++result.found;
            if (flag.first == file.labels.value(flag.word))
                ++result.firstRight;
        } else {
            result.falseFlags.append(file.name + QStringLiteral(": ") + flag.word);
        }
    }
    for (auto it = file.labels.begin(); it != file.labels.end(); ++it) {
        if (!seen.contains(it.key()))
            result.missed.append(file.name + QStringLiteral(": ") + it.key());
    }
}

int proseWords(const Article &article)
{
    int words = VisibleText::wordCount(article.body);
    for (const QString &field : {article.title, article.excerpt, article.teaserAlt, article.seoTitle, article.seoDescription})
        words += int(field.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
    return words;
}

} // namespace

QList<CorpusFile> loadCorpus()
{
    QList<CorpusFile> corpus;
    const QDir dir(dataPath(QStringLiteral("spelling")));
    const QStringList files = dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        if (name == QLatin1String("README.md"))
            continue;
        CorpusFile file{name, readAll(dir.filePath(name)), {}};
        const QStringList lines = QString::fromUtf8(readAll(dir.filePath(QString(name).replace(QLatin1String(".md"), QLatin1String(".errors.tsv"))))).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('\t')))
                continue;
            file.labels.insert(line.section(QLatin1Char('\t'), 0, 0), line.section(QLatin1Char('\t'), 1, 1));
        }
        corpus.append(file);
    }
    return corpus;
}

CorpusScore scoreFeder(const QList<CorpusFile> &corpus)
{
    CorpusScore result;
    for (const CorpusFile &file : corpus) {
        const Article article = ArticleFile::parse(file.bytes, file.name).article;
        SpellContext context;
        context.language = article.language;
        context.acceptedWords = SpellDocument::namesFromMetadata(article);
        const SpellChecker checker(context);
        QList<Flag> flags;
        for (const SpellFinding &finding : SpellDocument::checkMarkdown(checker, article.body, SpellDocument::Suggestions::First))
            flags.append({finding.word, finding.suggestions.value(0)});
        for (const QString &field : {article.title, article.excerpt, article.teaserAlt, article.seoTitle, article.seoDescription}) {
            for (const SpellFinding &finding : SpellDocument::check(checker, field, SpellTokenizer::plain(field), SpellDocument::Suggestions::First))
                flags.append({finding.word, finding.suggestions.value(0)});
        }
        if (qEnvironmentVariableIsSet("FEDER_CORPUS_DEBUG")) { // why a first suggestion was wrong
            const QSet<QString> words = SpellDocument::wordsOf(SpellTokenizer::markdown(article.body));
            for (const Flag &flag : flags) {
                const QString want = file.labels.value(flag.word);
                if (!want.isEmpty() && flag.first != want)
                    qInfo("%s: suggestions %s; the right word is in the text: %d", qPrintable(flag.word), qPrintable(checker.suggestions(flag.word, words).join(QLatin1Char(' '))), int(words.contains(want)));
            }
        }
        score(result, file, flags, proseWords(article));
    }
    return result;
}

CorpusScore scoreRawHunspell(const QList<CorpusFile> &corpus)
{
    CorpusScore result;
    QString problem;
    const auto dictionary = DictionaryLocator::load(QStringLiteral("de-DE"), &problem);
    for (const CorpusFile &file : corpus) {
        const Article article = ArticleFile::parse(file.bytes, file.name).article;
        QList<Flag> flags;
        for (const QString &text : {article.body, article.title, article.excerpt, article.teaserAlt}) {
            QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
            qsizetype start = 0;
            while (finder.toNextBoundary() >= 0) {
                const qsizetype end = finder.position();
                const QString word = text.mid(start, end - start);
                start = end;
                if (!(finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) || !word.at(0).isLetter())
                    continue;
                if (!dictionary->spell(word))
                    flags.append({word, dictionary->suggest(word).value(0).word});
            }
        }
        score(result, file, flags, proseWords(article));
    }
    return result;
}

} // namespace feder::test

#include "SpellDocument.h"

#include "SpellChecker.h"
#include "model/Article.h"

#include <QHash>
#include <QSet>
#include <vector>

namespace feder::SpellDocument {

namespace {

bool onlySpaceBetween(const QString &text, const SpellToken &left, const SpellToken &right)
{
    for (int i = left.start + left.length; i < right.start; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

// Letters, digits, "_" and "-" continue a word: "Rheinfeld" is not in "Rheinfelds" or "Rheinfeld-Süd".
bool continuesWord(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('-');
}

// The body's words as whole runs of word characters, for the whole-word test below.
QSet<QStringView> wordRuns(const QString &text)
{
    QSet<QStringView> runs;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool inWord = i < text.size() && continuesWord(text.at(i));
        if (inWord && start < 0) {
            start = i;
        } else if (!inWord && start >= 0) {
            runs.insert(QStringView(text).mid(start, i - start));
            start = -1;
        }
    }
    return runs;
}

// Whether the text contains the word on its own. Plain string search, no pattern made of the
// word: any word (any length, any character) is a valid search. Words of word characters only
// are looked up among the runs; others ("Bürger*innen") are searched for.
bool containsWholeWord(const QString &text, const QSet<QStringView> &runs, const QString &word)
{
    if (std::all_of(word.begin(), word.end(), continuesWord))
        return runs.contains(QStringView(word));
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        const bool free = (at == 0 || !continuesWord(text.at(at - 1))) && (end == text.size() || !continuesWord(text.at(end)));
        if (free)
            return true;
    }
    return false;
}

bool isCapitalised(const SpellToken &token)
{
    return !token.text.isEmpty() && token.text.at(0).isUpper();
}

// A multi-word English name of capitalised words ("Hertie School of Governance", "Stanford
// Institute for Human-Centered Artificial Intelligence") is one unit: a capitalised word in it
// that no dictionary knows is a name, not a misspelling. Only when the name has more English
// words than unknown ones, so that a misspelled German noun next to an English name stays a
// finding. Runs are words with only spaces between, capitalised or small connecting words.
void acceptNamesInEnglishNames(const QString &text, const QList<SpellToken> &tokens, const std::vector<char> &english,
                               std::vector<char> &flagged)
{
    static const QSet<QString> connectors = {QStringLiteral("of"), QStringLiteral("for"), QStringLiteral("and"),
                                             QStringLiteral("the"), QStringLiteral("on"), QStringLiteral("in"),
                                             QStringLiteral("at"), QStringLiteral("&")};
    auto belongs = [&](int i) { return isCapitalised(tokens.at(i)) || connectors.contains(tokens.at(i).text); };
    int i = 0;
    while (i < tokens.size()) {
        if (!belongs(i)) {
            ++i;
            continue;
        }
        int end = i + 1;
        while (end < tokens.size() && belongs(end) && onlySpaceBetween(text, tokens.at(end - 1), tokens.at(end)))
            ++end;
        int englishWords = 0;
        int unknown = 0;
        for (int j = i; j < end; ++j) {
            if (!isCapitalised(tokens.at(j)))
                continue;
            englishWords += english[std::size_t(j)] ? 1 : 0;
            unknown += flagged[std::size_t(j)] ? 1 : 0;
        }
        if (englishWords >= 2 && unknown < englishWords) {
            for (int j = i; j < end; ++j) {
                if (isCapitalised(tokens.at(j)))
                    flagged[std::size_t(j)] = 0;
            }
        }
        i = end;
    }
}

} // namespace

QSet<QString> wordsOf(const QList<SpellToken> &tokens)
{
    QSet<QString> words;
    for (const SpellToken &token : tokens)
        words.insert(token.text);
    return words;
}

QList<SpellFinding> check(const SpellChecker &checker, const QString &text, const QList<SpellToken> &input,
                          Suggestions suggestions, std::stop_token stop)
{
    // A final dot belongs to abbreviations only ("bzw.", "z."); otherwise it ends the sentence.
    QList<SpellToken> tokens = input;
    for (SpellToken &token : tokens) {
        if (token.text.endsWith(QLatin1Char('.')) && !checker.isDottedAbbreviation(token.text)) {
            token.text.chop(1);
            --token.length;
        }
    }

    // English passages: runs of words that en_US knows and the German dictionary does not.
    std::vector<char> english(std::size_t(tokens.size()), 0);
    for (int i = 0; i < tokens.size() && !stop.stop_requested(); ++i)
        english[std::size_t(i)] = checker.isEnglishOnly(tokens.at(i).text);
    std::vector<char> inRun(std::size_t(tokens.size()), 0);
    for (int i = 0; i + 1 < tokens.size(); ++i) {
        if (english[std::size_t(i)] && english[std::size_t(i) + 1] && onlySpaceBetween(text, tokens.at(i), tokens.at(i + 1)))
            inRun[std::size_t(i)] = inRun[std::size_t(i) + 1] = 1;
    }

    const QSet<QString> documentWords = suggestions == Suggestions::None ? QSet<QString>() : wordsOf(tokens);

    // People named in the text: "Frau Yilmaz", "Herr Schneider", "Dr. Hoffmann".
    static const QSet<QString> forms = {QStringLiteral("Frau"), QStringLiteral("Herr"), QStringLiteral("Herrn"),
                                        QStringLiteral("Dr."), QStringLiteral("Prof."), QStringLiteral("Familie")};
    auto isNamed = [&](int i) {
        if (i == 0 || !tokens.at(i).text.at(0).isUpper() || !forms.contains(tokens.at(i - 1).text))
            return false;
        const SpellToken &form = tokens.at(i - 1);
        const int gap = tokens.at(i).start - form.start - form.length;
        return text.mid(form.start + form.length, gap).trimmed().isEmpty();
    };

    // One suggestion list per distinct word: a misspelling repeated 250 times asks hunspell once.
    QHash<QString, QStringList> suggestionsFor;
    auto suggestionsOf = [&](const QString &word) {
        auto known = suggestionsFor.constFind(word);
        if (known == suggestionsFor.constEnd()) {
            const QStringList found = suggestions == Suggestions::First
                ? QStringList{checker.firstSuggestion(word, documentWords)}
                : checker.suggestions(word, documentWords);
            known = suggestionsFor.insert(word, found.value(0).isEmpty() ? QStringList() : found);
        }
        return *known;
    };

    std::vector<char> flagged(std::size_t(tokens.size()), 0);
    for (int i = 0; i < tokens.size() && !stop.stop_requested(); ++i) {
        const SpellToken &token = tokens.at(i);
        if (inRun[std::size_t(i)] || isNamed(i))
            continue;
        bool correct = true;
        if (token.text.endsWith(QLatin1Char('-'))) {
            correct = checker.checkTruncated(token.text, token.sharedTail);
        } else if (token.text.startsWith(QLatin1Char('-'))) {
            const QString rest = token.text.mid(1);
            correct = checker.check(rest).correct || checker.check(rest.at(0).toUpper() + rest.mid(1)).correct;
        } else {
            correct = checker.check(token.text).correct;
        }
        flagged[std::size_t(i)] = !correct;
    }
    acceptNamesInEnglishNames(text, tokens, english, flagged);

    QList<SpellFinding> findings;
    for (int i = 0; i < tokens.size() && !stop.stop_requested(); ++i) {
        if (!flagged[std::size_t(i)])
            continue;
        const SpellToken &token = tokens.at(i);
        SpellFinding finding{token.start, token.length, token.text, {}};
        if (suggestions != Suggestions::None)
            finding.suggestions = suggestionsOf(token.text);
        findings.append(finding);
    }
    return findings;
}

QList<SpellFinding> checkMarkdown(const SpellChecker &checker, const QString &body, Suggestions suggestions, std::stop_token stop)
{
    return check(checker, body, SpellTokenizer::markdown(body), suggestions, stop);
}

QSet<QString> namesFromMetadata(const Article &article)
{
    // Words of the title count only when the text uses them too ("Rheinfeld" in title and body):
    // otherwise a typo in the title would be accepted by the title itself.
    QString titleNames;
    const QSet<QStringView> bodyRuns = wordRuns(article.body);
    QSet<QString> seen;
    for (const SpellToken &token : SpellTokenizer::plain(article.title)) {
        QString word = token.text;
        if (!word.isEmpty() && QStringView(u".,:;!?").contains(word.back()))
            word.chop(1);
        if (word.isEmpty() || seen.contains(word))
            continue;
        seen.insert(word);
        if (containsWholeWord(article.body, bodyRuns, word))
            titleNames += word + QLatin1Char(' ');
    }
    QSet<QString> names;
    for (const QString &field : {article.author, article.role, article.category, titleNames}) {
        for (const SpellToken &token : SpellTokenizer::plain(field)) {
            QString word = token.text;
            if (word.endsWith(QLatin1Char('.')))
                names.insert(word);
            while (word.endsWith(QLatin1Char('.')) || word.endsWith(QLatin1Char('-')))
                word.chop(1);
            names.insert(word);
            for (const QString &part : word.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                names.insert(part);
        }
    }
    return names;
}

} // namespace feder::SpellDocument

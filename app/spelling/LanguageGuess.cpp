#include "LanguageGuess.h"

#include "HunspellDictionary.h"

#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace feder {

namespace {
constexpr int kMinimumWords = 3;           // two words say nothing about a language
constexpr double kMismatchCoverage = 0.5;  // under half the words known: not this language
}

bool LanguageGuess::mismatch() const
{
    return available && words >= kMinimumWords && expectedCoverage < kMismatchCoverage;
}

LanguageGuess LanguageGuess::of(const QString &text, const QString &expectedLanguage)
{
    LanguageGuess guess;
    QString problem;
    const auto expected = DictionaryLocator::load(expectedLanguage, &problem);
    const auto english = DictionaryLocator::load(QStringLiteral("en-US"), &problem);
    if (!expected) {
        guess.available = false;
        return guess;
    }
    int knownExpected = 0;
    int knownEnglish = 0;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype start = 0;
    while (finder.toNextBoundary() >= 0) {
        const qsizetype end = finder.position();
        const QString word = text.mid(start, end - start);
        start = end;
        if (!(finder.boundaryReasons() & QTextBoundaryFinder::EndOfItem) || word.size() < 2)
            continue;
        if (!std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() || c == QLatin1Char('-'); }))
            continue;
        ++guess.words;
        if (expected->spell(word))
            ++knownExpected;
        if (english && english->spell(word))
            ++knownEnglish;
    }
    if (guess.words > 0) {
        guess.expectedCoverage = double(knownExpected) / guess.words;
        guess.englishCoverage = double(knownEnglish) / guess.words;
    }
    return guess;
}

} // namespace feder

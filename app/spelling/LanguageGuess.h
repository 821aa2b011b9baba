#pragma once

#include <QString>

namespace feder {

// Does a short text (alt text, excerpt) look like it is written in the expected language?
// Decided by dictionary coverage: the share of its words the expected language's dictionary
// knows, compared with the share English knows.
struct LanguageGuess
{
    int words = 0;
    double expectedCoverage = 1.0;   // share of words the article's dictionary accepts
    double englishCoverage = 0.0;
    bool available = true;           // false when the dictionary is missing (then no verdict)

    bool mismatch() const;
    static LanguageGuess of(const QString &text, const QString &expectedLanguage);
};

} // namespace feder

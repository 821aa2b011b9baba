#pragma once

#include "HunspellDictionary.h"
#include "WordLists.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <memory>

namespace feder {

// Which gender forms count as correct (store setting "spelling.gender").
enum class GenderStyle { All, Star, Colon, Underscore, BinnenI, None };
GenderStyle genderStyleFromSetting(const QString &value);   // "all", "star", "colon", "underscore", "binnen-i", "none"
QString genderStyleSetting(GenderStyle style);

struct SpellContext
{
    QString language = QStringLiteral("de-DE");
    GenderStyle gender = GenderStyle::All;
    QSet<QString> acceptedWords;   // personal dictionary, words ignored in this article, names from its metadata
};

// Decides whether one word is right the way German business prose is written, and what it
// should be instead. Hunspell is the base; Feder's rules around it (known misspellings first,
// abbreviations, anglicisms, compounds beyond the dictionary with German linking elements,
// hyphenated compounds part by part, Ergänzungsstrich, gender forms) are each a method below.
// Thread-safe; results are cached per word.
class SpellChecker
{
public:
    // No real German word (or hyphen-free part of a compound) comes near 100 characters, and
    // hunspell itself gives up on words of a few hundred bytes. A longer run of letters is
    // reported as a finding without suggestions instead of being analysed: the compound rules
    // and hunspell's own checks cost more than linear time in the length of the word.
    static constexpr int kMaxWordLength = 100;
    // Hunspell takes 0.1–0.4 s to suggest for one word, more the longer it is, and finds nothing
    // for words over about 40 characters (measured with de_DE); longer ones are not asked about.
    static constexpr int kMaxSuggestedLength = 40;

    explicit SpellChecker(SpellContext context, const WordLists &lists = WordLists::shared());

    bool isAvailable() const { return m_main != nullptr; }
    const QString &problem() const { return m_problem; }

    struct Verdict
    {
        bool correct = true;
        QString knownCorrection;   // from the known-misspellings list or a gender rule
    };
    Verdict check(const QString &word) const;
    // A word ending in "-" (Ergänzungsstrich, "Verwaltungs- und Serviceprozesse"): right when it
    // is a word itself or forms a word with the end of the compound it shares (nextWord).
    bool checkTruncated(const QString &word, const QString &nextWord) const;
    // "bzw.", "Nr.": the dot belongs to the word (otherwise it ends the sentence).
    bool isDottedAbbreviation(const QString &wordWithDot) const;
    // en_US knows it, the article's German dictionary does not (used for English passages).
    bool isEnglishOnly(const QString &word) const;
    // A menu of a few words is read at a glance; a longer one is mostly noise.
    static constexpr int kMaxSuggestions = 5;
    // Best first, at most `max`: the known correction, umlaut transliterations, dictionary words
    // one typing slip away, then hunspell's dictionary words; words that occur elsewhere in the
    // text (documentWords) rank higher. Compounds that only hunspell's free compounding builds
    // ("Vormaussetzung" for "Vorraussetzung") are offered only when nothing better exists.
    // Costs up to a few hundred milliseconds per word the first time (then cached per process).
    QStringList suggestions(const QString &word, const QSet<QString> &documentWords = {}, int max = kMaxSuggestions) const;
    // The first of suggestions(), usually without asking hunspell to search its dictionary at
    // all (a tenth of the cost): what the command line reports for each finding.
    QString firstSuggestion(const QString &word, const QSet<QString> &documentWords = {}) const;

private:
    // Answers already found while analysing one word as a compound: the recursion meets the
    // same heads and tails again and again (once per way of splitting the part before them).
    struct CompoundMemo
    {
        QHash<QString, bool> heads;
        QHash<QString, bool> tails[2];      // by noun: known tails, without splitting them further
        QHash<QString, bool> compounds[3];  // by depth
    };

    QStringList rankedSuggestions(const QString &word, const QSet<QString> &documentWords, int max, bool firstOnly) const;
    bool isKnownSuggestion(const QString &word, bool entry, const QSet<QString> &documentWords) const;
    Verdict checkUncached(const QString &word) const;
    Verdict checkOverlong(const QString &word) const;
    bool isKnownSimple(const QString &word) const;
    bool isCompound(const QString &word) const;
    bool isCompound(const QString &word, int depth, CompoundMemo &memo) const;
    bool isCompoundHead(const QString &head) const;
    bool isCompoundHead(const QString &head, CompoundMemo &memo) const;
    bool isKnownTail(const QString &tail, bool noun, CompoundMemo &memo) const;
    std::optional<Verdict> checkGender(const QString &word) const;
    std::optional<QString> doubledLetterTypo(const QString &word) const;
    std::optional<QString> widerWiederTypo(const QString &word) const;
    bool isSlipOfEntry(const QString &word) const;
    bool spell(const QString &word) const;
    bool allowsSharpS() const { return m_context.language != QLatin1String("de-CH"); }

    SpellContext m_context;
    const WordLists &m_lists;
    std::shared_ptr<HunspellDictionary> m_main;
    std::shared_ptr<HunspellDictionary> m_english;
    QString m_problem;
    template<typename Compute>
    bool cachedFlag(QHash<QString, bool> &cache, const QString &word, Compute compute) const;

    mutable QMutex m_cacheMutex;
    mutable QHash<QString, Verdict> m_cache;
    mutable QHash<QString, bool> m_englishOnly;
    mutable QHash<QString, bool> m_dotted;
    mutable QHash<QString, bool> m_compounds;
};

} // namespace feder

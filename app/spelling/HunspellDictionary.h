#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class Hunspell;

namespace feder {

// A dictionary word one typing slip away from a misspelling.
struct NearbyWord
{
    QString word;
    // How likely the slip is: 0 = one of the dictionary's typical misspellings (its REP table);
    // 1 = two letters swapped, a neighbouring key, a letter doubled or not doubled; 2 = a letter
    // left out or one too many; 3 = any other letter.
    int cost = 3;
    bool entry = false;   // a dictionary entry (with affixes), not only hunspell's free compounding
};

// A suggestion from hunspell, and whether it is a dictionary entry or a compound hunspell built.
struct HunspellSuggestion
{
    QString word;
    bool entry = false;
};

// One hunspell dictionary (e.g. de_DE), with the conversion between QString and the
// dictionary's own encoding (not every dictionary is UTF-8). Thread-safe: hunspell itself is
// not. Checking a word (fast, microseconds) uses one instance behind a mutex that is only held
// for that call. Suggesting (slow, 10-400 ms) never touches that instance: it runs on its own
// instances, one per thread that asks at the same time, loaded on first use, so the editor's
// look-ups never wait behind a suggestion. Suggestions are cached per word for the process.
class HunspellDictionary
{
public:
    // Throws nothing: check isValid() and problem().
    HunspellDictionary(const QString &affPath, const QString &dicPath);
    ~HunspellDictionary();

    bool isValid() const { return m_hunspell != nullptr; }
    const QString &problem() const { return m_problem; }
    const QString &encodingName() const { return m_encodingName; }

    bool spell(const QString &word) const;
    // True when the word is an entry of the dictionary (with its affixes), not merely accepted by
    // hunspell's free compounding: only entries have a morphological analysis.
    bool isEntry(const QString &word) const;
    // Hunspell's morphological analyses of the word (" st:Nachteil fl:E"; a compound hunspell
    // built shows its parts as "pa:"); empty when it is no entry.
    QStringList analyze(const QString &word) const;

    // Hunspell's own suggestions, in its order (cached).
    QList<HunspellSuggestion> suggest(const QString &word) const;
    // The words the dictionary accepts that are one slip away (swap, neighbouring key, letter
    // missing, extra or replaced), cheapest slip first (cached). About a tenth of the cost of
    // suggest(): the candidates are only spelled, the dictionary is not searched.
    QList<NearbyWord> nearbyWords(const QString &word) const;
    // The same (and the same cache), computed on the checking instance with a lock per look-up:
    // for the check itself, which must never wait for a suggesting instance to be free.
    QList<NearbyWord> nearbyWordsWithoutWaiting(const QString &word) const;
    // How many suggesting instances are loaded (for tests and benchmarks).
    int suggesterCount() const;

    // What an instance says of a candidate word (used to find nearby words).
    enum class Probe { NoWord, Compound, Entry };

private:
    std::string encode(const QString &text) const;
    QString decode(const std::string &text) const;
    std::unique_ptr<Hunspell> acquireSuggester() const;
    void releaseSuggester(std::unique_ptr<Hunspell> instance) const;
    QList<NearbyWord> cachedNearbyWords(const QString &word, const std::function<QList<NearbyWord>()> &compute) const;
    QList<NearbyWord> computeNearbyWords(const QString &word, const std::function<Probe(const std::string &)> &probe) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QByteArray m_affPath;
    QByteArray m_dicPath;
    QString m_problem;
    QString m_encodingName;
    QString m_tryLetters;   // lower-case letters of the dictionary's TRY line, likeliest first
    QList<QPair<QString, QString>> m_replacements;   // its REP table
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    mutable std::mutex m_mutex;

    mutable std::mutex m_suggestersMutex;
    mutable std::condition_variable m_suggesterReleased;
    mutable std::vector<std::unique_ptr<Hunspell>> m_idleSuggesters;
    mutable int m_suggesters = 0;

    mutable std::mutex m_cacheMutex;
    mutable QHash<QString, QList<HunspellSuggestion>> m_suggestions;
    mutable QHash<QString, QList<NearbyWord>> m_nearby;
};

// Finds dictionaries at run time: $FEDER_DICTIONARY_PATH (colon-separated), the app's own
// dictionaries/ folder (beside the binary or installed), then /usr/share/hunspell.
namespace DictionaryLocator {

QStringList searchPaths();
// The .aff path for a language tag ("de-DE" or "de_DE"), or empty when none is installed.
QString findAff(const QString &language);
// Loads the dictionary for a language; nullptr with a clear message when it is missing.
std::shared_ptr<HunspellDictionary> load(const QString &language, QString *problem);
// Whether load() for this language returns at once (loaded, or known to be missing).
bool isLoaded(const QString &language);

} // namespace DictionaryLocator

} // namespace feder

#pragma once

#include <QString>
#include <QStringConverter>
#include <QStringList>
#include <memory>
#include <mutex>

class Hunspell;

namespace feder {

// One hunspell dictionary (e.g. de_DE), with the conversion between QString and the
// dictionary's own encoding (not every dictionary is UTF-8). Thread-safe: hunspell itself is
// not, so calls are serialised.
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
    QStringList suggest(const QString &word) const;
    // True when the word is an entry of the dictionary (with its affixes), not merely accepted by
    // hunspell's free compounding: only entries have a morphological analysis.
    bool isEntry(const QString &word) const;

private:
    std::string encode(const QString &text) const;
    QString decode(const std::string &text) const;

    std::unique_ptr<Hunspell> m_hunspell;
    QString m_problem;
    QString m_encodingName;
    QStringConverter::Encoding m_encoding = QStringConverter::Utf8;
    mutable std::mutex m_mutex;
};

// Finds dictionaries at run time: $FEDER_DICTIONARY_PATH (colon-separated), the app's own
// dictionaries/ folder (beside the binary or installed), then /usr/share/hunspell.
namespace DictionaryLocator {

QStringList searchPaths();
// The .aff path for a language tag ("de-DE" or "de_DE"), or empty when none is installed.
QString findAff(const QString &language);
// Loads the dictionary for a language; nullptr with a clear message when it is missing.
std::shared_ptr<HunspellDictionary> load(const QString &language, QString *problem);

} // namespace DictionaryLocator

} // namespace feder

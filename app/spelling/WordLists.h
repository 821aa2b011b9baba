#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace feder {

// Feder's own word lists (dictionaries/*.txt, see dictionaries/README.md): the house
// dictionary, anglicisms, abbreviations and known misspellings. Loaded once per process.
class WordLists
{
public:
    static const WordLists &shared();
    // Loads from a folder (tests); missing files are reported in problems().
    static WordLists fromFolder(const QString &folder);

    bool isHouseWord(const QString &word) const;
    bool isAnglicism(const QString &word) const;       // case-insensitive: compounds use "cloud…"
    bool isAbbreviation(const QString &word) const;    // with its dot when it has one: "bzw."
    std::optional<QString> knownMisspelling(const QString &word) const;
    // A known misspelling at the start of a longer word ("vorrausschauende"): the corrected word.
    std::optional<QString> misspelledHead(const QString &word) const;

    const QStringList &problems() const { return m_problems; }
    int size() const { return int(m_house.size() + m_anglicisms.size() + m_abbreviations.size() + m_misspellings.size()); }

private:
    QSet<QString> m_house;
    QSet<QString> m_anglicisms;     // lower case
    QSet<QString> m_abbreviations;
    QHash<QString, QString> m_misspellings;
    QStringList m_problems;
};

} // namespace feder

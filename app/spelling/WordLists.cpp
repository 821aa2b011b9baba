#include "WordLists.h"

#include "HunspellDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace feder {

namespace {

const QStringList kAdjectiveEndings = {
    QString(), QStringLiteral("e"), QStringLiteral("er"), QStringLiteral("es"), QStringLiteral("en"),
    QStringLiteral("em"), QStringLiteral("ere"), QStringLiteral("erer"), QStringLiteral("eres"),
    QStringLiteral("eren"), QStringLiteral("erem"), QStringLiteral("ste"), QStringLiteral("ster"),
    QStringLiteral("stes"), QStringLiteral("sten"), QStringLiteral("stem"), QStringLiteral("este"),
    QStringLiteral("esten"), QStringLiteral("ester"), QStringLiteral("estes"), QStringLiteral("estem")};
const QStringList kNounEndings = {
    QString(), QStringLiteral("s"), QStringLiteral("es"), QStringLiteral("n"), QStringLiteral("en"),
    QStringLiteral("e"), QStringLiteral("er"), QStringLiteral("ern"), QStringLiteral("nen")};

// Reads "entry" lines (comments and blank lines skipped); "stem/ADJ" and "word/N" expand.
QStringList readEntries(const QString &path, QStringList &problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems.append(QCoreApplication::translate("Spelling", "word list %1 cannot be read").arg(path));
        return {};
    }
    QStringList entries;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        if (line.endsWith(QLatin1String("/ADJ"))) {
            const QString stem = line.chopped(4);
            for (const QString &ending : kAdjectiveEndings)
                entries.append(stem + ending);
        } else if (line.endsWith(QLatin1String("/N"))) {
            const QString stem = line.chopped(2);
            for (const QString &ending : kNounEndings)
                entries.append(stem + ending);
        } else {
            entries.append(line);
        }
    }
    return entries;
}

QString findFolder()
{
    for (const QString &dir : DictionaryLocator::searchPaths()) {
        if (QFileInfo::exists(QDir(dir).filePath(QStringLiteral("house.txt"))))
            return QDir(dir).absolutePath();
    }
    return QStringLiteral(":/dictionaries"); // the copy compiled into the binary
}

} // namespace

WordLists WordLists::fromFolder(const QString &folder)
{
    WordLists lists;
    const QDir dir(folder);
    for (const QString &entry : readEntries(dir.filePath(QStringLiteral("house.txt")), lists.m_problems))
        lists.m_house.insert(entry);
    for (const QString &entry : readEntries(dir.filePath(QStringLiteral("anglicisms.txt")), lists.m_problems))
        lists.m_anglicisms.insert(entry.toLower());
    for (const QString &entry : readEntries(dir.filePath(QStringLiteral("abbreviations.txt")), lists.m_problems))
        lists.m_abbreviations.insert(entry);
    for (const QString &entry : readEntries(dir.filePath(QStringLiteral("misspellings.txt")), lists.m_problems)) {
        const QStringList parts = entry.split(QLatin1Char('\t'));
        if (parts.size() == 2 && !parts.at(0).trimmed().isEmpty())
            lists.m_misspellings.insert(parts.at(0).trimmed(), parts.at(1).trimmed());
    }
    return lists;
}

const WordLists &WordLists::shared()
{
    static const WordLists lists = fromFolder(findFolder());
    return lists;
}

std::optional<QString> WordLists::misspelledHead(const QString &word) const
{
    for (auto it = m_misspellings.constBegin(); it != m_misspellings.constEnd(); ++it) {
        const QString &wrong = it.key();
        if (wrong.size() >= 5 && word.size() > wrong.size() + 2 && word.startsWith(wrong))
            return it.value() + word.mid(wrong.size());
    }
    // At the start of a sentence: "Vorrausschauende" is "vorrausschauende" capitalised.
    if (word.size() > 1 && word.at(0).isUpper() && word.at(1).isLower()) {
        if (const auto lower = misspelledHead(word.at(0).toLower() + word.mid(1)); lower && !lower->isEmpty())
            return lower->at(0).toUpper() + lower->mid(1);
    }
    return std::nullopt;
}

bool WordLists::isHouseWord(const QString &word) const
{
    return m_house.contains(word);
}

bool WordLists::isAnglicism(const QString &word) const
{
    return m_anglicisms.contains(word.toLower());
}

bool WordLists::isAbbreviation(const QString &word) const
{
    return m_abbreviations.contains(word);
}

std::optional<QString> WordLists::knownMisspelling(const QString &word) const
{
    const auto found = m_misspellings.constFind(word);
    if (found != m_misspellings.constEnd())
        return *found;
    // At the start of a sentence: "Garnicht" is "garnicht" capitalised, and so is its correction.
    if (word.size() > 1 && word.at(0).isUpper() && word.at(1).isLower()) {
        const auto lower = m_misspellings.constFind(word.at(0).toLower() + word.mid(1));
        if (lower != m_misspellings.constEnd() && !lower->isEmpty())
            return lower->at(0).toUpper() + lower->mid(1);
    }
    return std::nullopt;
}

} // namespace feder

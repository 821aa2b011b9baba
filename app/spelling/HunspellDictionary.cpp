#include "HunspellDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QThread>
#include <functional>
#include <algorithm>
#include <hunspell/hunspell.hxx>

namespace feder {

namespace {

// Reads the SET line of an .aff file: hunspell needs the words in that encoding.
QString affEncoding(const QString &affPath)
{
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("UTF-8");
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith("SET "))
            return QString::fromLatin1(line.mid(4).trimmed());
    }
    return QStringLiteral("ISO8859-1"); // hunspell's default when an .aff has no SET
}

// The lines of an .aff file that start with `key` ("TRY", "REP"), decoded, without the key.
QStringList affLines(const QString &affPath, QStringConverter::Encoding encoding, const QByteArray &key)
{
    QStringList lines;
    QFile file(affPath);
    if (!file.open(QIODevice::ReadOnly))
        return lines;
    QStringDecoder decoder(encoding);
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.startsWith(key + ' '))
            lines.append(decoder.decode(line.mid(key.size() + 1).trimmed()));
    }
    return lines;
}

// The lower-case letters of the TRY line (hunspell tries them in that order, the likeliest
// first); the Latin alphabet when a dictionary has none.
QString tryLetters(const QStringList &tryLines)
{
    QString lower;
    for (const QChar c : tryLines.value(0)) {
        if (c.isLower() && !lower.contains(c))
            lower += c;
    }
    return lower.isEmpty() ? QStringLiteral("esianrtolcdugmphbyfvkwzxjq") : lower;
}

// The REP table: the dictionary's typical misspellings ("d t": "verpflichted"), tried first,
// as hunspell does. The first REP line is the count.
QList<QPair<QString, QString>> replacementTable(const QStringList &repLines)
{
    QList<QPair<QString, QString>> table;
    for (const QString &line : repLines) {
        const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (parts.size() == 2)
            table.append({QString(parts.at(0)).replace(QLatin1Char('_'), QLatin1Char(' ')),
                          QString(parts.at(1)).replace(QLatin1Char('_'), QLatin1Char(' '))});
    }
    return table;
}

// Keys next to each other in one row of a German (QWERTZ) keyboard, as hunspell's KEY option
// counts them; and e/ä, which sound alike ("eingeschrenkt").
bool likelyWrongLetter(QChar typed, QChar meant)
{
    static const QStringList rows = {QStringLiteral("qwertzuiopü"), QStringLiteral("asdfghjklöä"), QStringLiteral("yxcvbnm")};
    const QChar a = typed.toLower();
    const QChar b = meant.toLower();
    if ((a == QLatin1Char('e') && b == QChar(0x00E4)) || (a == QChar(0x00E4) && b == QLatin1Char('e')))
        return true;
    for (const QString &row : rows) {
        const qsizetype i = row.indexOf(a);
        if (i >= 0)
            return (i > 0 && row.at(i - 1) == b) || (i + 1 < row.size() && row.at(i + 1) == b);
    }
    return false;
}

// Gives back a suggesting instance when the work with it is done (also when it throws).
class SuggesterLease
{
public:
    SuggesterLease(std::unique_ptr<Hunspell> instance, std::function<void(std::unique_ptr<Hunspell>)> release)
        : m_instance(std::move(instance)), m_release(std::move(release)) {}
    ~SuggesterLease() { m_release(std::move(m_instance)); }
    SuggesterLease(const SuggesterLease &) = delete;
    SuggesterLease &operator=(const SuggesterLease &) = delete;
    Hunspell &operator*() const { return *m_instance; }

private:
    std::unique_ptr<Hunspell> m_instance;
    std::function<void(std::unique_ptr<Hunspell>)> m_release;
};

} // namespace

HunspellDictionary::HunspellDictionary(const QString &affPath, const QString &dicPath)
{
    if (!QFileInfo::exists(affPath) || !QFileInfo::exists(dicPath)) {
        m_problem = QCoreApplication::translate("Spelling", "dictionary files not found: %1").arg(dicPath);
        return;
    }
    m_encodingName = affEncoding(affPath);
    const QString normalized = m_encodingName.toUpper().remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    if (normalized == QLatin1String("UTF8")) {
        m_encoding = QStringConverter::Utf8;
    } else if (normalized == QLatin1String("ISO88591") || normalized == QLatin1String("LATIN1")) {
        m_encoding = QStringConverter::Latin1;
    } else if (auto known = QStringConverter::encodingForName(m_encodingName.toLatin1().constData())) {
        m_encoding = *known;
    } else {
        m_problem = QCoreApplication::translate("Spelling", "dictionary %1 uses the unsupported encoding %2")
                        .arg(dicPath, m_encodingName);
        return;
    }
    m_affPath = QFile::encodeName(affPath);
    m_dicPath = QFile::encodeName(dicPath);
    m_tryLetters = tryLetters(affLines(affPath, m_encoding, "TRY"));
    m_replacements = replacementTable(affLines(affPath, m_encoding, "REP"));
    m_hunspell = std::make_unique<Hunspell>(m_affPath.constData(), m_dicPath.constData());
}

HunspellDictionary::~HunspellDictionary() = default;

std::string HunspellDictionary::encode(const QString &text) const
{
    QStringEncoder encoder(m_encoding);
    const QByteArray bytes = encoder.encode(text);
    return bytes.toStdString();
}

QString HunspellDictionary::decode(const std::string &text) const
{
    QStringDecoder decoder(m_encoding);
    return decoder.decode(QByteArrayView(text.data(), qsizetype(text.size())));
}

bool HunspellDictionary::spell(const QString &word) const
{
    if (!m_hunspell)
        return true;
    const std::string encoded = encode(word);
    const std::lock_guard lock(m_mutex);
    return m_hunspell->spell(encoded);
}

bool HunspellDictionary::isEntry(const QString &word) const
{
    if (!m_hunspell)
        return false;
    const std::string encoded = encode(word);
    const std::lock_guard lock(m_mutex);
    return !m_hunspell->analyze(encoded).empty();
}

QStringList HunspellDictionary::analyze(const QString &word) const
{
    if (!m_hunspell)
        return {};
    const std::string encoded = encode(word);
    std::vector<std::string> analyses;
    {
        const std::lock_guard lock(m_mutex);
        analyses = m_hunspell->analyze(encoded);
    }
    QStringList result;
    for (const std::string &analysis : analyses)
        result.append(decode(analysis));
    return result;
}

// A free suggesting instance, or a new one while fewer than one per core exist; otherwise waits
// for one to be given back. Never the checking instance.
std::unique_ptr<Hunspell> HunspellDictionary::acquireSuggester() const
{
    std::unique_lock lock(m_suggestersMutex);
    const int limit = std::max(1, QThread::idealThreadCount());
    m_suggesterReleased.wait(lock, [&] { return !m_idleSuggesters.empty() || m_suggesters < limit; });
    if (!m_idleSuggesters.empty()) {
        std::unique_ptr<Hunspell> instance = std::move(m_idleSuggesters.back());
        m_idleSuggesters.pop_back();
        return instance;
    }
    ++m_suggesters;
    lock.unlock();
    return std::make_unique<Hunspell>(m_affPath.constData(), m_dicPath.constData()); // ~0.2 s for de_DE
}

void HunspellDictionary::releaseSuggester(std::unique_ptr<Hunspell> instance) const
{
    {
        const std::lock_guard lock(m_suggestersMutex);
        m_idleSuggesters.push_back(std::move(instance));
    }
    m_suggesterReleased.notify_one();
}

int HunspellDictionary::suggesterCount() const
{
    const std::lock_guard lock(m_suggestersMutex);
    return m_suggesters;
}

QList<HunspellSuggestion> HunspellDictionary::suggest(const QString &word) const
{
    if (!m_hunspell)
        return {};
    {
        const std::lock_guard lock(m_cacheMutex);
        if (const auto found = m_suggestions.constFind(word); found != m_suggestions.constEnd())
            return *found;
    }
    QList<HunspellSuggestion> result;
    {
        const SuggesterLease hunspell(acquireSuggester(), [this](std::unique_ptr<Hunspell> i) { releaseSuggester(std::move(i)); });
        for (const std::string &suggestion : (*hunspell).suggest(encode(word)))
            result.append({decode(suggestion), !(*hunspell).analyze(suggestion).empty()});
    }
    const std::lock_guard lock(m_cacheMutex);
    m_suggestions.insert(word, result);
    return result;
}

namespace {

// What one hunspell instance says of a candidate: no word, a compound it built, or an entry.
template<typename Instance>
auto probeWith(Instance &hunspell)
{
    return [&hunspell](const std::string &candidate) {
        using Probe = HunspellDictionary::Probe;
        return !hunspell.spell(candidate) ? Probe::NoWord : hunspell.analyze(candidate).empty() ? Probe::Compound : Probe::Entry;
    };
}

} // namespace

QList<NearbyWord> HunspellDictionary::nearbyWords(const QString &word) const
{
    return cachedNearbyWords(word, [&] {
        const SuggesterLease hunspell(acquireSuggester(), [this](std::unique_ptr<Hunspell> i) { releaseSuggester(std::move(i)); });
        return computeNearbyWords(word, probeWith(*hunspell));
    });
}

// The same answer on the checking instance, locked per look-up (microseconds): for the check
// itself, which may run on the GUI thread and must never wait for a suggesting instance.
QList<NearbyWord> HunspellDictionary::nearbyWordsWithoutWaiting(const QString &word) const
{
    return cachedNearbyWords(word, [&] {
        const auto probe = probeWith(*m_hunspell);
        return computeNearbyWords(word, [&](const std::string &candidate) {
            const std::lock_guard lock(m_mutex);
            return probe(candidate);
        });
    });
}

QList<NearbyWord> HunspellDictionary::cachedNearbyWords(const QString &word, const std::function<QList<NearbyWord>()> &compute) const
{
    if (!m_hunspell || word.isEmpty())
        return {};
    {
        const std::lock_guard lock(m_cacheMutex);
        if (const auto found = m_nearby.constFind(word); found != m_nearby.constEnd())
            return *found;
    }
    const QList<NearbyWord> result = compute();
    const std::lock_guard lock(m_cacheMutex);
    m_nearby.insert(word, result);
    return result;
}

// The likeliest slips first: when one of them gives a dictionary entry, the rarer ones (letters
// left out, extra or replaced; some thousand look-ups on a long word) are not tried at all.
QList<NearbyWord> HunspellDictionary::computeNearbyWords(const QString &word, const std::function<Probe(const std::string &)> &probe) const
{
    QSet<QString> tried{word};
    QList<NearbyWord> found;
    const bool capital = word.at(0).isUpper();
    auto letterAt = [&](qsizetype position, QChar letter) { return position == 0 && capital ? letter.toUpper() : letter; };
    auto consider = [&](const QString &candidate, int cost) {
        if (candidate.isEmpty() || tried.contains(candidate))
            return;
        tried.insert(candidate);
        const Probe answer = probe(encode(candidate));
        if (answer != Probe::NoWord)
            found.append({candidate, cost, answer == Probe::Entry});
    };
    const qsizetype n = word.size();
    // Cost 0: the dictionary's own typical misspellings (REP).
    for (const auto &[from, to] : m_replacements) {
        for (qsizetype at = word.indexOf(from); at >= 0; at = word.indexOf(from, at + 1))
            consider(QString(word).replace(at, from.size(), to), 0);
    }
    // Cost 1: two letters swapped, a neighbouring key, a letter doubled or not doubled.
    for (qsizetype i = 0; i + 1 < n; ++i) {
        QString swapped = word;
        swapped[i] = letterAt(i, word.at(i + 1).toLower());
        swapped[i + 1] = i == 0 && capital ? word.at(0).toLower() : word.at(i);
        consider(swapped, 1);
    }
    for (qsizetype i = 0; i < n; ++i) {
        if (i + 1 < n && word.at(i).toLower() == word.at(i + 1).toLower())
            consider(QString(word).remove(i + 1, 1), 1);
        else if (word.at(i).isLetter())
            consider(QString(word).insert(i + 1, word.at(i).toLower()), 1);
        for (const QChar letter : m_tryLetters) {
            if (letter != word.at(i).toLower() && likelyWrongLetter(word.at(i), letter)) {
                QString replaced = word;
                replaced[i] = letterAt(i, letter);
                consider(replaced, 1);
            }
        }
    }
    const auto entryFound = [&] { return std::any_of(found.begin(), found.end(), [](const NearbyWord &w) { return w.entry; }); };
    if (!entryFound()) {
        // Cost 2: a letter too many or left out; cost 3: any other letter.
        for (qsizetype i = 0; i < n; ++i)
            consider(QString(word).remove(i, 1), 2);
        for (qsizetype i = 0; i <= n; ++i) {
            for (const QChar letter : m_tryLetters)
                consider(QString(word).insert(i, letterAt(i, letter)), 2);
        }
        for (qsizetype i = 0; i < n; ++i) {
            for (const QChar letter : m_tryLetters) {
                QString replaced = word;
                replaced[i] = letterAt(i, letter);
                consider(replaced, 3);
            }
        }
    }
    // The likelier slip first; on a tie, an entry before a compound hunspell built.
    std::stable_sort(found.begin(), found.end(), [](const NearbyWord &a, const NearbyWord &b) {
        return std::make_pair(a.cost, !a.entry) < std::make_pair(b.cost, !b.entry);
    });
    return found;
}

namespace DictionaryLocator {

QStringList searchPaths()
{
    QStringList paths;
    const QString fromEnvironment = qEnvironmentVariable("FEDER_DICTIONARY_PATH");
    if (!fromEnvironment.isEmpty())
        paths += fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    const QString appDir = QCoreApplication::applicationDirPath();
    paths += {appDir + QStringLiteral("/../dictionaries"), appDir + QStringLiteral("/../../dictionaries"),
              appDir + QStringLiteral("/../share/feder/dictionaries")};
    paths += QStringLiteral("/usr/share/hunspell");
    return paths;
}

QString findAff(const QString &language)
{
    QString name = language;
    name.replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const QString &dir : searchPaths()) {
        const QString aff = QDir(dir).filePath(name + QStringLiteral(".aff"));
        if (QFileInfo::exists(aff) && QFileInfo::exists(QDir(dir).filePath(name + QStringLiteral(".dic"))))
            return aff;
    }
    return {};
}

namespace {

// One slot per language: loading one language (0.2 s) never makes a thread that needs another
// one wait.
struct LoadSlot
{
    std::mutex mutex;
    bool tried = false;
    std::shared_ptr<HunspellDictionary> dictionary;
    QString problem;
};

std::shared_ptr<LoadSlot> slotFor(const QString &language)
{
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<LoadSlot>> slots;
    const std::lock_guard lock(mutex);
    std::shared_ptr<LoadSlot> &slot = slots[language];
    if (!slot)
        slot = std::make_shared<LoadSlot>();
    return slot;
}

} // namespace

std::shared_ptr<HunspellDictionary> load(const QString &language, QString *problem)
{
    // Dictionaries take a while to load and tens of MB: load each once per process and keep it.
    const std::shared_ptr<LoadSlot> slot = slotFor(language);
    const std::lock_guard lock(slot->mutex);
    if (!slot->tried) {
        slot->tried = true;
        const QString aff = findAff(language);
        if (aff.isEmpty()) {
            slot->problem = QCoreApplication::translate("Spelling",
                "no %1 dictionary found (looked in %2); spellcheck is off for this language")
                .arg(language, searchPaths().join(QLatin1String(", ")));
        } else {
            QString dic = aff;
            dic.replace(dic.size() - 4, 4, QStringLiteral(".dic"));
            auto dictionary = std::make_shared<HunspellDictionary>(aff, dic);
            if (dictionary->isValid())
                slot->dictionary = dictionary;
            else
                slot->problem = dictionary->problem();
        }
    }
    if (!slot->dictionary && problem)
        *problem = slot->problem;
    return slot->dictionary;
}

bool isLoaded(const QString &language)
{
    const std::shared_ptr<LoadSlot> slot = slotFor(language);
    const std::unique_lock lock(slot->mutex, std::try_to_lock);
    return lock.owns_lock() && slot->tried;
}

} // namespace DictionaryLocator

} // namespace feder

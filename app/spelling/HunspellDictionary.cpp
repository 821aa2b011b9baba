#include "HunspellDictionary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
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
    m_hunspell = std::make_unique<Hunspell>(QFile::encodeName(affPath).constData(), QFile::encodeName(dicPath).constData());
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

QStringList HunspellDictionary::suggest(const QString &word) const
{
    if (!m_hunspell)
        return {};
    const std::string encoded = encode(word);
    std::vector<std::string> suggestions;
    {
        const std::lock_guard lock(m_mutex);
        suggestions = m_hunspell->suggest(encoded);
    }
    QStringList result;
    for (const std::string &suggestion : suggestions)
        result.append(decode(suggestion));
    return result;
}

bool HunspellDictionary::isEntry(const QString &word) const
{
    if (!m_hunspell)
        return false;
    const std::string encoded = encode(word);
    const std::lock_guard lock(m_mutex);
    return !m_hunspell->analyze(encoded).empty();
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

std::shared_ptr<HunspellDictionary> load(const QString &language, QString *problem)
{
    // Dictionaries take a while to load and tens of MB: load each once per process and keep it.
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<HunspellDictionary>> loaded;
    const std::lock_guard lock(mutex);
    if (auto existing = loaded.value(language))
        return existing;
    const QString aff = findAff(language);
    if (aff.isEmpty()) {
        if (problem) {
            *problem = QCoreApplication::translate("Spelling",
                "no %1 dictionary found (looked in %2); spellcheck is off for this language")
                .arg(language, searchPaths().join(QLatin1String(", ")));
        }
        return nullptr;
    }
    QString dic = aff;
    dic.replace(dic.size() - 4, 4, QStringLiteral(".dic"));
    auto dictionary = std::make_shared<HunspellDictionary>(aff, dic);
    if (!dictionary->isValid()) {
        if (problem)
            *problem = dictionary->problem();
        return nullptr;
    }
    loaded.insert(language, dictionary);
    return dictionary;
}

} // namespace DictionaryLocator

} // namespace feder

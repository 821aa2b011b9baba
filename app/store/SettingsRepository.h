#pragma once

#include <QString>

namespace feder {

class Database;

// Store-wide settings (they travel with the store, unlike QSettings, which are per machine).
class SettingsRepository
{
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);

    static constexpr int kDefaultWordsPerMinute = 200;
    int wordsPerMinute();
    void setWordsPerMinute(int wordsPerMinute);

    // Which gender forms the spellcheck accepts, as GenderStyle's setting name ("all", "star", …).
    QString genderStyle();
    void setGenderStyle(const QString &setting);

private:
    Database &m_db;
};

} // namespace feder

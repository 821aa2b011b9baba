#include "TeamSettingsService.h"

#include "store/Store.h"
#include "store/StoreError.h"

#include <QCoreApplication>

namespace feder {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("feder::TeamSettingsService", text);
}
} // namespace

int TeamSettingsService::wordsPerMinute()
{
    try {
        return m_store.settings().wordsPerMinute();
    } catch (const StoreError &) {
        return SettingsRepository::kDefaultWordsPerMinute;
    }
}

Outcome TeamSettingsService::setWordsPerMinute(int wordsPerMinute)
{
    if (wordsPerMinute < kMinimumWordsPerMinute || wordsPerMinute > kMaximumWordsPerMinute)
        return Outcome::failed(tr("A reading speed of %1 words per minute is not plausible (%2–%3).")
                                   .arg(wordsPerMinute).arg(kMinimumWordsPerMinute).arg(kMaximumWordsPerMinute));
    return inTransaction(m_store, [&] { m_store.settings().setWordsPerMinute(wordsPerMinute); });
}

GenderStyle TeamSettingsService::genderStyle()
{
    try {
        return genderStyleFromSetting(m_store.settings().genderStyle());
    } catch (const StoreError &) {
        return GenderStyle::All;
    }
}

Outcome TeamSettingsService::setGenderStyle(GenderStyle style)
{
    return inTransaction(m_store, [&] { m_store.settings().setGenderStyle(genderStyleSetting(style)); });
}

} // namespace feder

#pragma once

#include "Outcome.h"
#include "spelling/SpellChecker.h"

namespace feder {

class Store;

// The settings that belong to the team's content and travel with the store (unlike the personal
// ones in QSettings): how fast readers read (the reading time of every page) and which gender
// forms the spellcheck accepts. Reads never fail (a missing or broken value gives the default);
// writes validate and say why they did not happen.
class TeamSettingsService
{
public:
    static constexpr int kMinimumWordsPerMinute = 50;
    static constexpr int kMaximumWordsPerMinute = 1000;

    explicit TeamSettingsService(Store &store) : m_store(store) {}

    int wordsPerMinute();
    Outcome setWordsPerMinute(int wordsPerMinute);

    GenderStyle genderStyle();
    Outcome setGenderStyle(GenderStyle style);

private:
    Store &m_store;
};

} // namespace feder

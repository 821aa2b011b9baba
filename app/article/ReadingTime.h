#pragma once

#include <QString>

namespace feder::ReadingTime {

// The one place that turns words into reading minutes and minutes into text, so that the
// library, the preview, the exported page and the command line all say the same („5 min.“).

// Minutes for a number of visible words, rounded up, at least 1; a bad setting falls back to 200.
int minutes(int words, int wordsPerMinute);

// „5 min.“ – the unit is the same in German and English.
QString text(int minutes);

// The page's byline: „Lesezeit, 5 min.“ for German articles, „Reading time, 5 min.“ otherwise.
QString label(const QString &language, int minutes);

} // namespace feder::ReadingTime

namespace feder {

// Reading time of a Markdown body in whole minutes: its visible words (VisibleText) ÷
// words-per-minute, rounded up, at least 1.
int readingMinutes(const QString &markdown, int wordsPerMinute);

} // namespace feder

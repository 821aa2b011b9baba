#pragma once

#include <QString>

namespace feder {

// Turns a title into a URL slug the way German editors expect: ä→ae, ö→oe, ü→ue, ß→ss,
// other accents dropped, everything else that is not a-z/0-9 collapsed into single hyphens.
QString slugFromTitle(const QString &title);

// Lower case with German transliteration (ä→ae, ö→oe, ü→ue, ß→ss) and every other accent
// dropped: "Größe" → "groesse", "Café" → "cafe". Shared by slugs and the search index.
QString foldGerman(const QString &text);

// True when the slug is already in canonical form (what slugFromTitle could produce).
bool isValidSlug(const QString &slug);

} // namespace feder

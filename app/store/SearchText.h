#pragma once

#include <QString>

namespace feder {

// German-friendly folding for the full-text index and its queries: lower case, ä→ae, ö→oe,
// ü→ue, ß→ss, other accents dropped. "Behörden", "BEHOERDEN" and "behörden" all fold to
// "behoerden"; "Straße" and "Strasse" to "strasse".
QString foldForSearch(const QString &text);

// Turns what a user typed into an FTS5 query: every word folded and matched as a prefix,
// all words required. Returns an empty string when nothing searchable is left.
QString ftsQuery(const QString &userInput);

} // namespace feder

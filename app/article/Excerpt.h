#pragma once

#include <QString>

namespace feder {

// A teaser excerpt from the article body: the first real paragraph's visible text (not the
// pull quote, not a heading, no Markdown), cut at a word boundary so that it fits maxLength
// including the " […]" that marks the cut.
QString excerptFromBody(const QString &markdownBody, int maxLength = 300);

// Cuts text at the last word boundary that keeps it (with " […]") within maxLength.
QString cutAtWord(const QString &text, int maxLength);

} // namespace feder

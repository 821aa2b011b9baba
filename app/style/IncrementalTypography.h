#pragma once

#include "Typography.h"
#include "markdown/ParagraphCache.h"

#include <stop_token>

namespace feder {

// The typography check of a whole body re-run after every change, as the spelling's
// IncrementalCheck does it: the body is cut into paragraphs (blank lines outside fenced code; an
// indented paragraph stays with the one before; a body with link reference definitions or
// multi-paragraph HTML is checked whole), and a paragraph whose text is unchanged keeps its
// findings. Typing changes one paragraph, so a re-check costs one paragraph's check plus a hash
// lookup per paragraph. Thread-safe; one per editor.
class IncrementalTypography
{
public:
    // Stops at the next paragraph (returning what it has) when `stop` is requested.
    QList<StyleFinding> check(const QString &body, std::stop_token stop = {});

    // How many paragraphs the last check() took from the cache / had to check.
    int reusedParagraphs() const { return m_cache.reusedParagraphs(); }
    int checkedParagraphs() const { return m_cache.checkedParagraphs(); }

    // The paragraphs check() uses: {start, length} in `body`.
    static QList<std::pair<int, int>> paragraphs(const QString &body);
    // True when a paragraph cannot be checked on its own (link reference definitions, HTML
    // blocks that run across blank lines): check the whole body instead.
    static bool needsWholeCheck(const QString &body);

private:
    ParagraphCache<StyleFinding> m_cache;
};

} // namespace feder

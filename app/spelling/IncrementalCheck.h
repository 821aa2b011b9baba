#pragma once

#include "SpellDocument.h"
#include "markdown/ParagraphCache.h"

#include <stop_token>

namespace feder {

class SpellChecker;

// The full check of an article re-run after every typing pause: the text is cut into its
// paragraphs (at blank lines outside fenced code, an indented paragraph staying with the one
// before; texts with link reference definitions or multi-paragraph HTML are checked whole),
// and a paragraph whose text has not changed
// since the last check keeps its findings without being tokenised or checked again. Typing
// changes one paragraph, so a re-check of a 50,000-word article checks a hundred words.
// One per checker (the findings depend on its dictionary and word lists); thread-safe.
class IncrementalCheck
{
public:
    // Findings of the whole body, as SpellDocument::checkMarkdown gives them (no suggestions).
    // Stops early (and returns what it has) when `stop` is requested.
    QList<SpellFinding> check(const SpellChecker &checker, const QString &body, std::stop_token stop = {});

    // How many paragraphs the last check(): took from the cache / had to check.
    int reusedParagraphs() const { return m_cache.reusedParagraphs(); }
    int checkedParagraphs() const { return m_cache.checkedParagraphs(); }

private:
    ParagraphCache<SpellFinding> m_cache;
};

} // namespace feder

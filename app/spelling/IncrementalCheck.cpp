#include "IncrementalCheck.h"

#include "SpellChecker.h"

namespace feder {

QList<SpellFinding> IncrementalCheck::check(const SpellChecker &checker, const QString &body, std::stop_token stop)
{
    return m_cache.check(
        body,
        [&](const QString &text) { return SpellDocument::checkMarkdown(checker, text, SpellDocument::Suggestions::None, stop); },
        [&] { return stop.stop_requested(); });
}

} // namespace feder

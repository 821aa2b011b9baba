#include "IncrementalTypography.h"

#include "markdown/Paragraphs.h"

#include <utility>

namespace feder {

QList<std::pair<int, int>> IncrementalTypography::paragraphs(const QString &body)
{
    return Paragraphs::of(body);
}

bool IncrementalTypography::needsWholeCheck(const QString &body)
{
    return Paragraphs::needWholeCheck(body);
}

std::pair<int, int> Typography::paragraphAt(const QString &body, int position)
{
    const QList<std::pair<int, int>> all = IncrementalTypography::paragraphs(body);
    for (const auto &paragraph : all) {
        if (position >= paragraph.first && position <= paragraph.first + paragraph.second)
            return paragraph;
    }
    return {position, 0};
}

QList<StyleFinding> IncrementalTypography::check(const QString &body, std::stop_token stop)
{
    return m_cache.check(body, [](const QString &text) { return Typography::checkMarkdown(text); },
                         [&stop] { return stop.stop_requested(); });
}

} // namespace feder

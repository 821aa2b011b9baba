#include "Anchor.h"

#include <QList>
#include <algorithm>
#include <vector>

namespace feder {

namespace {

constexpr int kFuzzyWindow = 4000;        // how far from the old place a changed quote is searched
constexpr double kFuzzyTolerance = 0.25;  // at most a quarter of the quote may have changed
constexpr int kMaxFuzzyQuote = 400;       // longer quotes are only found exactly

int commonSuffix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

int commonPrefix(const QString &a, const QString &b)
{
    int n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

// Levenshtein distance of `pattern` against the best-matching substring of `text` that ends at
// each position (Sellers' algorithm); returns the best end and its distance.
std::pair<int, int> bestApproximateEnd(const QString &pattern, const QString &text)
{
    const int m = int(pattern.size());
    std::vector<int> previous(std::size_t(m + 1));
    std::vector<int> current(std::size_t(m + 1));
    for (int i = 0; i <= m; ++i)
        previous[std::size_t(i)] = i;
    int bestEnd = -1;
    int bestDistance = m + 1;
    for (int j = 1; j <= text.size(); ++j) {
        current[0] = 0; // a match may start anywhere
        for (int i = 1; i <= m; ++i) {
            const int cost = pattern.at(i - 1) == text.at(j - 1) ? 0 : 1;
            current[std::size_t(i)] = std::min({previous[std::size_t(i)] + 1, current[std::size_t(i - 1)] + 1,
                                                previous[std::size_t(i - 1)] + cost});
        }
        if (current[std::size_t(m)] < bestDistance) {
            bestDistance = current[std::size_t(m)];
            bestEnd = j;
        }
        std::swap(previous, current);
    }
    return {bestEnd, bestDistance};
}

} // namespace

Anchor Anchor::at(const QString &body, int start, int end)
{
    Anchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = body.mid(start, end - start);
    const int prefixStart = std::max(0, start - kContextLength);
    anchor.prefix = body.mid(prefixStart, start - prefixStart);
    anchor.suffix = body.mid(end, kContextLength);
    return anchor;
}

void Anchor::followEdit(int position, int removed, int added)
{
    if (orphaned)
        return;
    const int editEnd = position + removed;
    const int delta = added - removed;
    if (editEnd <= start) {              // entirely before: shift
        start += delta;
        end += delta;
    } else if (position >= end) {        // entirely after: nothing
        return;
    } else if (position <= start && editEnd >= end) { // the whole anchored text is gone
        if (added == 0) {
            orphaned = true;
            start = end = position;
            return;
        }
        start = position;               // replaced: the anchor covers the replacement
        end = position + added;
    } else if (position >= start && editEnd <= end) { // inside: grow or shrink
        end += delta;
    } else if (position < start) {      // overlaps the beginning
        start = position + added;
        end += delta;
    } else {                             // overlaps the end
        end = position + added;
    }
    if (end <= start)
        orphaned = true;
}

void Anchor::reanchor(const QString &body)
{
    if (quote.isEmpty()) {
        orphaned = true;
        return;
    }
    // Exact matches, judged by how much of the context still surrounds them.
    int bestStart = -1;
    int bestScore = -1;
    int bestDistance = 0;
    for (qsizetype found = body.indexOf(quote); found >= 0; found = body.indexOf(quote, found + 1)) {
        const int at = int(found);
        const int score = commonSuffix(prefix, body.mid(std::max(0, at - kContextLength), std::min(at, kContextLength)))
                          + commonPrefix(suffix, body.mid(at + quote.size(), kContextLength));
        const int distance = std::abs(at - start);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            bestStart = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (bestStart >= 0) {
        start = bestStart;
        end = bestStart + int(quote.size());
        orphaned = false;
        return;
    }
    // A close match near the old place (a word changed inside the quote).
    if (quote.size() <= kMaxFuzzyQuote) {
        const int windowStart = std::max(0, start - kFuzzyWindow);
        const QString window = body.mid(windowStart, 2 * kFuzzyWindow + quote.size());
        const auto [bestEnd, distance] = bestApproximateEnd(quote, window);
        if (bestEnd > 0 && distance <= int(quote.size() * kFuzzyTolerance)) {
            // Walk back from the end to the start whose text is closest to the quote.
            int bestBegin = std::max(0, bestEnd - int(quote.size()));
            int bestBeginDistance = int(quote.size()) + 1;
            for (int begin = std::max(0, bestEnd - int(quote.size()) - distance);
                 begin <= std::max(0, bestEnd - int(quote.size()) + distance); ++begin) {
                const QString candidate = window.mid(begin, bestEnd - begin);
                const auto [end2, d] = bestApproximateEnd(quote, candidate);
                Q_UNUSED(end2);
                const int lengthDifference = std::abs(int(candidate.size()) - int(quote.size()));
                if (d + lengthDifference < bestBeginDistance) {
                    bestBeginDistance = d + lengthDifference;
                    bestBegin = begin;
                }
            }
            start = windowStart + bestBegin;
            end = windowStart + bestEnd;
            orphaned = false;
            return;
        }
    }
    orphaned = true;
}

} // namespace feder

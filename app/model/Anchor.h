#pragma once

#include <QString>

namespace feder {

// Where a review thread sits in the body: a range plus the quoted text and some context on both
// sides (the W3C Web Annotation TextQuoteSelector idea), so it can be found again after the
// body changed.
struct Anchor
{
    int start = 0;      // UTF-16 offsets into the body, [start, end)
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    bool orphaned = false;

    static constexpr int kContextLength = 32;
    static Anchor at(const QString &body, int start, int end);

    // Follows one edit of the text (what QTextDocument::contentsChange reports): text before the
    // anchor shifts it, text inside grows or shrinks it, deleting all of it orphans it.
    void followEdit(int position, int removed, int added);

    // Finds the anchor again in a changed body: the exact quote with the best matching context
    // (nearest to the old place on ties), else the nearest close match within a bound; when the
    // text is gone the anchor is orphaned and keeps its original quote.
    void reanchor(const QString &body);
};

} // namespace feder

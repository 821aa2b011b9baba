#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace feder::Paragraphs {

// The body cut into paragraphs (start, length) the way incremental checks re-use results:
// paragraphs end at blank lines, except inside fenced code (closed only by a fence of the same
// character, at least as long), and a paragraph that starts indented continues the one before
// (a list item's second paragraph, indented code): on its own it would read differently.
QList<std::pair<int, int>> of(const QString &body);

// Markdown that joins text across blank lines in ways a paragraph alone cannot see: link
// reference definitions (used anywhere in the text) and HTML blocks that only end at their
// closing tag (comments, pre, script, style, textarea). Such a text is checked whole.
bool needWholeCheck(const QString &body);

} // namespace feder::Paragraphs

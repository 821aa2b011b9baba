#pragma once

#include <QTextBlock>

namespace feder::ui {

// Where in the Markdown a position of the editor's document is, read from the text around it
// (cheap: the current line, and the highlighter's block state for fenced code). For editor
// behaviour that must stay out of code and markup (typographic replacements, list continuation).
namespace MarkdownContext {

// The block is a fence line (``` / ~~~) or inside a fenced code block.
bool inFencedCode(const QTextBlock &block);
// The line is markup as a whole: a `:::` container line, an HTML line, an indented code line.
bool isMarkupLine(const QString &line);
// Column `column` of `line` is inside an inline code span (an odd number of backtick runs before it).
bool inCodeSpan(const QString &line, int column);
// The word that ends at `column` is (part of) a URL, an e-mail address or a link target.
bool inAddress(const QString &line, int column);

} // namespace MarkdownContext

} // namespace feder::ui

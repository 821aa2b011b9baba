#pragma once

#include "style/Typography.h"

#include <QList>

class QTextBlock;

namespace feder::ui {

// The typography findings of the paragraph around one line of the editor's document, in document
// positions: the call per keystroke (SpellHighlighter) and per context menu (StyleController).
// The paragraph is found from the block by walking to the blank lines around it, as
// Paragraphs::of cuts a body (an indented paragraph stays with the one before), so the check
// sees what IncrementalTypography sees; a line in fenced code, a fence line and a blank line
// have none. Needs the blocks before it highlighted (their state says "inside a fence").
// The block texts keep non-breaking spaces (QTextBlock::text()), as Typography requires.
QList<StyleFinding> typographyAround(const QTextBlock &block);

} // namespace feder::ui

#pragma once

#include <QObject>

namespace feder::ui {

class MarkdownEditor;
class PreviewWidget;

// Keeps editor and preview at the same place, by source line: the caret's block and, while the
// editor scrolls, its first visible line show in the preview; a click in the preview puts the
// caret at the start of that block's source line.
class ScrollSync : public QObject
{
    Q_OBJECT
public:
    ScrollSync(MarkdownEditor &editor, PreviewWidget &preview, QObject *parent = nullptr);

private:
    int firstVisibleLine() const;

    MarkdownEditor &m_editor;
    PreviewWidget &m_preview;
};

} // namespace feder::ui

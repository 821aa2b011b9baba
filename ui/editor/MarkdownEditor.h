#pragma once

#include <QPlainTextEdit>

namespace feder::ui {

// The plain-text Markdown editor: a prose-friendly font, soft wrapping, no rich text.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the whole text without marking the article modified and resets undo.
    void loadText(const QString &text);

Q_SIGNALS:
    // The text changed because of the user (typing, paste, undo), not because of loadText().
    void edited();

private:
    bool m_loading = false;
};

} // namespace feder::ui

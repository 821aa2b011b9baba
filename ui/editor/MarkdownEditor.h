#pragma once

#include <QPlainTextEdit>
#include <functional>

namespace feder::ui {

// The plain-text Markdown editor: a prose-friendly font, soft wrapping, no rich text.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    // Replaces the whole text without marking the article modified and resets undo.
    void loadText(const QString &text);

    // Lets others (the spellcheck) add entries to the context menu for the clicked position.
    void setContextMenuExtender(std::function<void(QMenu *, const QTextCursor &)> extender)
    {
        m_extendContextMenu = std::move(extender);
    }

    // The text column's width in characters when the editor is wider (centred, the rest is
    // margin): a comfortable line for prose.
    static constexpr int kColumnCharacters = 76;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // The text changed because of the user (typing, paste, undo), not because of loadText().
    void edited();
    // The same, with where: for things anchored to positions (review comments).
    void editedAt(int position, int removed, int added);

private:
    void updateColumn();

    bool m_loading = false;
    std::function<void(QMenu *, const QTextCursor &)> m_extendContextMenu;
};

} // namespace feder::ui

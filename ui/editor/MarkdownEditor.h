#pragma once

#include <QPlainTextEdit>
#include <functional>

namespace feder {
class EditSession;
}

namespace feder::ui {

// The plain-text Markdown editor: a prose-friendly font, soft wrapping, no rich text. It shows
// the open article's document (EditSession::document()) and is enabled while an article is open.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(EditSession &session, QWidget *parent = nullptr);

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

private:
    void updateColumn();

    std::function<void(QMenu *, const QTextCursor &)> m_extendContextMenu;
};

} // namespace feder::ui

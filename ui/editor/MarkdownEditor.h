#pragma once

#include <QList>
#include <QPlainTextEdit>
#include <QPointer>
#include <functional>

namespace feder {
class EditSession;
}

namespace feder::ui {

class EditorKeyHandler;

// The plain-text Markdown editor: a prose-friendly font, soft wrapping, no rich text. It shows
// the open article's document (EditSession::document()) and is enabled while an article is open.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit MarkdownEditor(EditSession &session, QWidget *parent = nullptr);

    // Lets others (the spellcheck, the typography check) add entries to the context menu for the
    // clicked position; called in the order added.
    void addContextMenuExtender(std::function<void(QMenu *, const QTextCursor &)> extender)
    {
        m_contextMenuExtenders.append(std::move(extender));
    }

    // The text column's width in characters when the editor is wider (centred, the rest is
    // margin): a comfortable line for prose.
    static constexpr int kColumnCharacters = 76;

    // Typing behaviour (TypingReplacements, ListContinuation): asked before and told after every
    // key press, in the order added. The handler is a child of this editor.
    void addKeyHandler(EditorKeyHandler *handler);

    // Zoom of the editor font (Ansicht ▸ Vergrößern / Verkleinern / Originalgröße, Ctrl+wheel):
    // steps of 10 % of the base font, kept in QSettings (kZoomKey) across restarts. The text
    // column (about kColumnCharacters) follows the font.
    static inline const QString kZoomKey = QStringLiteral("editor/zoom");
    static constexpr int kMinimumZoom = -5;
    static constexpr int kMaximumZoom = 10;
    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }
    // The font before zooming (the personal editor font). setFont() from outside does the same.
    void setBaseFont(const QFont &font);
    const QFont &baseFont() const { return m_baseFont; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // The palette changed (another theme): colours derived from it must follow.
    void paletteChanged();

private:
    void updateColumn();
    void applyZoom();

    QList<std::function<void(QMenu *, const QTextCursor &)>> m_contextMenuExtenders;
    QList<QPointer<EditorKeyHandler>> m_keyHandlers;
    QFont m_baseFont;
    QFont m_zoomedFont; // what applyZoom() set: any other font set on the editor is a new base font
    bool m_applyingZoom = false;
    int m_zoomSteps = 0;
    int m_wheelZoom = 0; // angle delta not yet turned into a step (fine-grained wheels, touchpads)
};

} // namespace feder::ui

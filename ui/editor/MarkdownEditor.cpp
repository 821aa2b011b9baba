#include "MarkdownEditor.h"

#include "EditorKeyHandler.h"
#include "session/EditSession.h"

#include <QContextMenuEvent>
#include <QFontDatabase>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QWheelEvent>
#include <algorithm>
#include <memory>

namespace feder::ui {

MarkdownEditor::MarkdownEditor(EditSession &session, QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("markdownEditor"));
    setAccessibleName(tr("Article text"));
    // The session's document, laid out as plain text (the layout is a widget class, so the
    // widget-free session cannot give it one).
    QTextDocument &document = session.document();
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    setDocument(&document);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    setFont(font);
    document.setDefaultFont(font);
    m_baseFont = font;
    m_zoomSteps = std::clamp(QSettings().value(kZoomKey, 0).toInt(), kMinimumZoom, kMaximumZoom);
    if (m_zoomSteps != 0)
        applyZoom();
    setTabChangesFocus(false);
    document.setDocumentMargin(16);
    // The margins beside the centred text column look like the page, not like the window.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setEnabled(false);
    connect(&session, &EditSession::opened, this, [this] {
        setEnabled(true);
        moveCursor(QTextCursor::Start);
    });
    connect(&session, &EditSession::closed, this, [this] { setEnabled(false); });
}

void MarkdownEditor::addKeyHandler(EditorKeyHandler *handler)
{
    m_keyHandlers.append(handler);
}

void MarkdownEditor::keyPressEvent(QKeyEvent *event)
{
    if (isReadOnly()) {
        QPlainTextEdit::keyPressEvent(event);
        return;
    }
    const QList<QPointer<EditorKeyHandler>> handlers = m_keyHandlers;
    for (const QPointer<EditorKeyHandler> &handler : handlers) {
        if (handler && handler->handleKeyPress(event)) {
            event->accept();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    for (const QPointer<EditorKeyHandler> &handler : handlers) {
        if (handler)
            handler->afterKeyPress(event);
    }
}

void MarkdownEditor::wheelEvent(QWheelEvent *event)
{
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QPlainTextEdit::wheelEvent(event);
        return;
    }
    m_wheelZoom += event->angleDelta().y();
    const int steps = m_wheelZoom / 120;
    m_wheelZoom -= steps * 120;
    if (steps != 0)
        zoomBy(steps);
    event->accept();
}

void MarkdownEditor::zoomBy(int steps)
{
    const int zoom = std::clamp(m_zoomSteps + steps, kMinimumZoom, kMaximumZoom);
    if (zoom == m_zoomSteps)
        return;
    m_zoomSteps = zoom;
    QSettings().setValue(kZoomKey, m_zoomSteps);
    applyZoom();
}

void MarkdownEditor::resetZoom()
{
    zoomBy(-m_zoomSteps);
}

void MarkdownEditor::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    applyZoom();
}

void MarkdownEditor::applyZoom()
{
    QFont zoomed = m_baseFont;
    const qreal base = m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() : 11.0;
    zoomed.setPointSizeF(std::max(6.0, base * (1.0 + 0.1 * m_zoomSteps)));
    m_zoomedFont = zoomed;
    m_applyingZoom = true;
    setFont(zoomed); // the document's default font follows (QPlainTextEdit), then the column
    document()->setDefaultFont(zoomed);
    m_applyingZoom = false;
}

void MarkdownEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    const QTextCursor clicked = cursorForPosition(event->pos());
    for (const auto &extend : std::as_const(m_contextMenuExtenders))
        extend(menu.get(), clicked);
    menu->exec(event->globalPos());
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    updateColumn();
    QPlainTextEdit::resizeEvent(event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::FontChange && !m_applyingZoom && font() != m_zoomedFont) {
        // Someone set another font (the settings' editor font, the application font): that is
        // the new base font, zoomed as before.
        m_baseFont = font();
        applyZoom();
    }
    if (event->type() == QEvent::FontChange)
        updateColumn();
    else if (event->type() == QEvent::PaletteChange)
        Q_EMIT paletteChanged();
}

void MarkdownEditor::updateColumn()
{
    // Measured on German prose, not on one letter: the column holds about kColumnCharacters of it.
    static const QString sample = QStringLiteral("Die Verwaltung lernt von der Cloud, wie Bürger Termine finden. ");
    const qreal perCharacter = fontMetrics().horizontalAdvance(sample) / qreal(sample.size());
    const int column = int(perCharacter * kColumnCharacters + 2 * document()->documentMargin()) + 1;
    const int scrollBar = verticalScrollBar()->isVisible() ? verticalScrollBar()->width() : 0;
    const int available = contentsRect().width() - scrollBar;
    const int side = std::max(0, (available - column) / 2);
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

} // namespace feder::ui

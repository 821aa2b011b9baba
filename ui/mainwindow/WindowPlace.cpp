#include "WindowPlace.h"

#include <QEvent>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QTextCursor>
#include <QTimer>

namespace feder::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSplitter = QStringLiteral("window/editorSplitter");
const QString kStore = QStringLiteral("editor/store");
const QString kArticle = QStringLiteral("editor/article");
const QString kCaret = QStringLiteral("editor/caret");
const QString kScroll = QStringLiteral("editor/scroll");
constexpr int kStateVersion = 1; // raise when the docks change, so an old layout is not applied
}

WindowPlace::WindowPlace(QMainWindow &window, QSplitter &splitter, QPlainTextEdit &editor)
    : QObject(&window), m_window(window), m_splitter(splitter), m_editor(editor)
{
}

void WindowPlace::restoreLayout()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(kGeometry).toByteArray();
    if (!geometry.isEmpty())
        m_window.restoreGeometry(geometry);
    const QByteArray state = settings.value(kState).toByteArray();
    if (!state.isEmpty())
        m_window.restoreState(state, kStateVersion);
    const QByteArray splitter = settings.value(kSplitter).toByteArray();
    if (!splitter.isEmpty())
        m_splitter.restoreState(splitter);
}

void WindowPlace::restoreEditor(const QString &storePath, const QString &slug)
{
    const QSettings settings;
    if (slug.isEmpty() || settings.value(kArticle).toString() != slug || settings.value(kStore).toString() != storePath)
        return;
    m_pendingCaret = settings.value(kCaret, -1).toInt();
    m_pendingScroll = settings.value(kScroll, -1).toInt();
    if (m_window.isVisible())
        QTimer::singleShot(0, this, &WindowPlace::applyEditorPlace);
    else
        m_window.installEventFilter(this);
}

bool WindowPlace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == &m_window && event->type() == QEvent::Show) {
        m_window.removeEventFilter(this);
        // After the show the layouts have their sizes; the editor wraps its lines to its width
        // when it gets them, and only then do scroll values mean the same as before.
        QTimer::singleShot(0, this, &WindowPlace::applyEditorPlace);
    }
    return QObject::eventFilter(watched, event);
}

void WindowPlace::applyEditorPlace()
{
    if (m_pendingCaret >= 0) {
        QTextCursor caret(m_editor.document());
        caret.setPosition(std::min(m_pendingCaret, m_editor.document()->characterCount() - 1));
        m_editor.setTextCursor(caret);
    }
    if (m_pendingScroll >= 0)
        m_editor.verticalScrollBar()->setValue(m_pendingScroll);
    m_pendingCaret = -1;
    m_pendingScroll = -1;
}

void WindowPlace::save(const QString &storePath, const QString &slug) const
{
    QSettings settings;
    settings.setValue(kGeometry, m_window.saveGeometry());
    settings.setValue(kState, m_window.saveState(kStateVersion));
    settings.setValue(kSplitter, m_splitter.saveState());
    settings.setValue(kStore, storePath);
    settings.setValue(kArticle, slug);
    settings.setValue(kCaret, slug.isEmpty() ? -1 : m_editor.textCursor().position());
    settings.setValue(kScroll, slug.isEmpty() ? -1 : m_editor.verticalScrollBar()->value());
}

} // namespace feder::ui

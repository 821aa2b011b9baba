#pragma once

#include <QObject>
#include <QString>

class QMainWindow;
class QPlainTextEdit;
class QSplitter;

namespace feder::ui {

// Where the author left off, kept in the per-machine settings (QSettings, under the
// application's own organisation and name): the window's size and position, the dock layout,
// the editor/preview splitter, and the caret and scroll position in the article that was open.
// The article itself is remembered by the store (MainWindow).
class WindowPlace : public QObject
{
    Q_OBJECT
public:
    WindowPlace(QMainWindow &window, QSplitter &splitter, QPlainTextEdit &editor);

    // Before the window is shown: geometry, docks, splitter.
    void restoreLayout();
    // Once the article is open: the caret and scroll position are put back when the window is
    // shown and laid out, if the article is the one that was open when the window closed.
    void restoreEditor(const QString &storePath, const QString &slug);
    // On close: everything above. `slug` is empty when no article was open.
    void save(const QString &storePath, const QString &slug) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyEditorPlace();

    QMainWindow &m_window;
    QSplitter &m_splitter;
    QPlainTextEdit &m_editor;
    int m_pendingCaret = -1;
    int m_pendingScroll = -1;
};

} // namespace feder::ui

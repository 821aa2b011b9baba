#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QSet>

namespace feder::ui {

class MainWindow;
class MarkdownEditor;

// With FEDER_STARTUP_TRACE set, prints one line to standard output when the window is first on
// screen, when the article's text is first painted in the editor and when the preview first
// shows the page ("startup: window 412 ms"), counted from the start of the process's GUI.
// For the start-up benchmark, which reads the lines as they come.
class StartupTrace : public QObject
{
    Q_OBJECT
public:
    static bool enabled();
    // Call as early as possible: the times count from here.
    static void markProcessStart();
    // A step of the start ("store", "mainwindow"), printed when tracing.
    static void mark(const char *step);

    explicit StartupTrace(MainWindow &window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const char *milestone);

    MainWindow &m_window;
    MarkdownEditor &m_editor;
    QSet<QByteArray> m_reported;
};

} // namespace feder::ui

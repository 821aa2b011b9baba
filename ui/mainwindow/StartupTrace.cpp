#include "StartupTrace.h"

#include "MainWindow.h"
#include "editor/MarkdownEditor.h"
#include "preview/PreviewWidget.h"

#include <QEvent>
#include <QWindow>
#include <cstdio>

namespace feder::ui {

namespace {
QElapsedTimer &processClock()
{
    static QElapsedTimer clock;
    return clock;
}
} // namespace

bool StartupTrace::enabled()
{
    return qEnvironmentVariableIsSet("FEDER_STARTUP_TRACE");
}

void StartupTrace::markProcessStart()
{
    processClock().start();
}

void StartupTrace::mark(const char *step)
{
    if (!enabled())
        return;
    std::printf("startup: %s %lld ms\n", step, processClock().isValid() ? processClock().elapsed() : -1LL);
    std::fflush(stdout);
}

StartupTrace::StartupTrace(MainWindow &window)
    : QObject(&window),
      m_window(window),
      m_editor(*window.findChild<MarkdownEditor *>(QStringLiteral("markdownEditor")))
{
    if (m_window.windowHandle())
        m_window.windowHandle()->installEventFilter(this);
    m_editor.viewport()->installEventFilter(this);
    connect(window.findChild<PreviewWidget *>(QStringLiteral("preview")), &PreviewWidget::pageLoaded, this,
            [this] { report("preview"); });
}

bool StartupTrace::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Expose && watched == m_window.windowHandle() && m_window.windowHandle()->isExposed())
        report("window");
    else if (event->type() == QEvent::Paint && watched == m_editor.viewport() && !m_editor.document()->isEmpty())
        report("text");
    return QObject::eventFilter(watched, event);
}

void StartupTrace::report(const char *milestone)
{
    if (m_reported.contains(milestone))
        return;
    m_reported.insert(milestone);
    mark(milestone);
}

} // namespace feder::ui

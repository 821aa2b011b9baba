#include "TypingFeed.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <cstdio>
#include <unistd.h>

namespace feder::ui {

TypingFeed::TypingFeed(QObject *parent)
    : QObject(parent), m_input(STDIN_FILENO, QSocketNotifier::Read)
{
    m_input.setEnabled(false); // until the editor is ready
    connect(&m_input, &QSocketNotifier::activated, this, &TypingFeed::readInput);
    m_readyCheck.setInterval(50);
    connect(&m_readyCheck, &QTimer::timeout, this, &TypingFeed::checkReady);
    m_readyCheck.start();
}

void TypingFeed::checkReady()
{
    auto *editor = qobject_cast<QPlainTextEdit *>(QApplication::focusWidget());
    if (!editor || !editor->isEnabled() || editor->isReadOnly())
        return;
    m_readyCheck.stop();
    m_ready = true;
    std::fputs("typing-feed: ready\n", stdout);
    std::fflush(stdout);
    m_input.setEnabled(true);
}

void TypingFeed::readInput()
{
    char buffer[256];
    const ssize_t count = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (count <= 0) {
        m_input.setEnabled(false); // the test closed its end
        return;
    }
    const QString text = m_decoder.decode(QByteArrayView(buffer, count));
    QWidget *target = QApplication::focusWidget();
    if (!target)
        return;
    for (const QChar c : text) {
        if (c == kQuit) { // what Strg+Q does: close the main window, which quits
            std::fputs("typing-feed: quit\n", stdout);
            std::fflush(stdout);
            QApplication::closeAllWindows();
            return;
        }
        int key = Qt::Key_unknown;
        if (c.isLetter() && c.toLatin1() != 0)
            key = Qt::Key_A + (c.toUpper().toLatin1() - 'A');
        else if (c == QLatin1Char(' '))
            key = Qt::Key_Space;
        else if (c == QLatin1Char('\n'))
            key = Qt::Key_Return;
        const QString typed = c == QLatin1Char('\n') ? QString() : QString(c);
        const Qt::KeyboardModifiers modifiers = c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier;
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyPress, key, modifiers, typed));
        QCoreApplication::postEvent(target, new QKeyEvent(QEvent::KeyRelease, key, modifiers, typed));
    }
}

} // namespace feder::ui

#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <QStringDecoder>
#include <QTimer>

namespace feder::ui {

// For the crash-safety test only (enabled by FEDER_TEST_TYPE_STDIN): turns characters that arrive
// on standard input into key press and release events for the widget that has the keyboard focus,
// exactly as the platform plugin would deliver typing. The test process paces the characters, so
// the app sees continuous typing at a person's speed and can be killed at any moment. Prints
// "typing-feed: ready" on standard output once an editable text editor has the focus.
class TypingFeed : public QObject
{
    Q_OBJECT
public:
    // Closes every window, as Strg+Q does ("typing-feed: quit" on standard output first).
    static constexpr QChar kQuit = QChar(0x11);

    explicit TypingFeed(QObject *parent = nullptr);

private:
    void checkReady();
    void readInput();

    QSocketNotifier m_input;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    QTimer m_readyCheck;
    bool m_ready = false;
};

} // namespace feder::ui

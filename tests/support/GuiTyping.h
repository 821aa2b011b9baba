#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace feder::test {

// Types text as key events. QTest::keyClicks only types ASCII; German text needs umlauts, so each
// character is sent as the event's text; a line break is the Return key.
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            QTest::keyClick(widget, Qt::Key_Return);
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace feder::test

#pragma once

#include <QTest>
#include <QVariant>
#include <QWebEnginePage>
#include <QWebEngineScript>

namespace feder::test {

// Runs JavaScript in Feder's isolated world and waits (with a timeout) for the answer.
inline QVariant evaluate(QWebEnginePage *page, const QString &script, int timeoutMs = 10000)
{
    bool done = false;
    QVariant result;
    page->runJavaScript(script, QWebEngineScript::ApplicationWorld, [&](const QVariant &value) {
        result = value;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, timeoutMs))
        qWarning("JavaScript did not answer: %s", qPrintable(script.left(200)));
    return result;
}

} // namespace feder::test

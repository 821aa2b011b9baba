#pragma once

#include <QApplication>

namespace feder::ui {

// The last line of defence: a StoreError (a full disk, a damaged page found late, a store that
// went read-only) thrown by a slot or event handler must never reach the event loop and abort the
// app with the author's text in it. Handlers catch what they expect; whatever still escapes is
// caught here, reported through problemReported(), and the app goes on.
class GuardedApplication : public QApplication
{
    Q_OBJECT
public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    int problemCount() const { return m_problemCount; }
    const QString &lastProblem() const { return m_lastProblem; }

Q_SIGNALS:
    void problemReported(const QString &message);

private:
    void report(const QString &message);

    int m_problemCount = 0;
    QString m_lastProblem;
};

} // namespace feder::ui

#include "GuardedApplication.h"

#include "store/StoreError.h"
#include "article/ArticleFileError.h"

#include <QDebug>
#include <exception>

namespace feder::ui {

GuardedApplication::GuardedApplication(int &argc, char **argv) : QApplication(argc, argv)
{
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const StoreError &error) {
        report(error.message());
    } catch (const ArticleFileError &error) {
        report(error.toString());
    } catch (const std::exception &error) {
        report(QString::fromLocal8Bit(error.what()));
    }
    return false;
}

void GuardedApplication::report(const QString &message)
{
    ++m_problemCount;
    m_lastProblem = message;
    qWarning().noquote() << "feder:" << message;
    Q_EMIT problemReported(message);
}

} // namespace feder::ui

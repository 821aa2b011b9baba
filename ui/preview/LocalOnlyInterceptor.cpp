#include "LocalOnlyInterceptor.h"

namespace feder::ui {

void LocalOnlyInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QString scheme = info.requestUrl().scheme();
    if (scheme == QLatin1String("feder") || scheme == QLatin1String("data") || scheme == QLatin1String("qrc"))
        return;
    info.block(true);
    const QMutexLocker lock(&m_mutex);
    m_blocked.append(info.requestUrl());
}

QList<QUrl> LocalOnlyInterceptor::blockedRequests() const
{
    const QMutexLocker lock(&m_mutex);
    return m_blocked;
}

} // namespace feder::ui

#pragma once

#include <QList>
#include <QMutex>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace feder::ui {

// Blocks every request the preview would send anywhere but to Feder itself ("feder:" pages and
// store images, inline data: images). Remote images are already placeholders in the HTML; this
// is the second wall, and it keeps a list of what it blocked.
class LocalOnlyInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    QList<QUrl> blockedRequests() const;

private:
    mutable QMutex m_mutex; // interceptRequest runs on the IO thread
    QList<QUrl> m_blocked;
};

} // namespace feder::ui

#include "PageSchemeHandler.h"

#include "store/Store.h"

#include <QBuffer>
#include <QUrl>
#include <QWebEngineUrlRequestJob>

namespace feder::ui {

PageSchemeHandler::PageSchemeHandler(Store &store, QObject *parent)
    : QWebEngineUrlSchemeHandler(parent), m_store(store)
{
}

QUrl PageSchemeHandler::publish(const QString &html)
{
    m_page = html.toUtf8();
    // A new path for every page, so the engine never serves a cached older one.
    return QUrl(QStringLiteral("feder://page/%1").arg(++m_pageNumber));
}

QString PageSchemeHandler::assetUrl(const QString &sha256)
{
    return QStringLiteral("feder://asset/") + sha256;
}

void PageSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    const QString path = url.path().mid(1);
    if (url.host() == QLatin1String("page")) {
        auto *buffer = new QBuffer(job);
        buffer->setData(m_page);
        job->reply("text/html; charset=utf-8", buffer);
        return;
    }
    if (url.host() == QLatin1String("asset")) {
        const std::optional<Asset> asset = m_store.assets().find(path);
        if (asset) {
            auto *buffer = new QBuffer(job);
            buffer->setData(asset->bytes);
            job->reply(asset->mime.toUtf8(), buffer);
            return;
        }
    }
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
}

} // namespace feder::ui

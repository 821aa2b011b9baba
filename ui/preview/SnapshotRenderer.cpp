#include "SnapshotRenderer.h"

#include "LocalOnlyInterceptor.h"
#include "PageSchemeHandler.h"
#include "PreviewPage.h"
#include "render/ArticlePage.h"
#include "render/BodyRenderer.h"

#include <QImage>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace feder::ui {

namespace {
constexpr int kPaintSettleMs = 400; // the engine paints asynchronously after a resize
}

SnapshotRenderer::SnapshotRenderer(Store &store, Article article, int width, QString pngPath, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_article(std::move(article)),
      m_width(width),
      m_pngPath(std::move(pngPath)),
      m_profile(new QWebEngineProfile(this)),
      m_page(new PreviewPage(m_profile, this)),
      m_view(std::make_unique<QWebEngineView>())
{
    auto *interceptor = new LocalOnlyInterceptor(this);
    m_profile->setUrlRequestInterceptor(interceptor);
    m_view->setPage(m_page);
    m_view->setAttribute(Qt::WA_DontShowOnScreen);
}

SnapshotRenderer::~SnapshotRenderer()
{
    m_view.reset();
    delete m_page;
}

void SnapshotRenderer::start()
{
    auto *schemes = new PageSchemeHandler(m_store, this);
    m_profile->installUrlSchemeHandler("feder", schemes);
    BodyRenderer renderer({}, m_article.language);
    const ArticlePageData data = ArticlePage::load(m_store, m_article, &PageSchemeHandler::assetUrl);
    ArticlePage::Options options;
    options.htmlClass = QStringLiteral("mode-desktop");
    const QUrl url = schemes->publish(ArticlePage::render(data, BodyRenderer::join(renderer.render(m_article.body), false), options));

    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            Q_EMIT finished(false, tr("the page could not be rendered"));
            return;
        }
        measure();
    });
    m_view->resize(m_width, 800);
    m_view->show();
    m_page->load(url);
}

void SnapshotRenderer::measure()
{
    m_page->runJavaScript(QStringLiteral("document.documentElement.scrollHeight"), QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &height) {
                              const int pageHeight = std::clamp(height.toInt(), 100, kMaxHeight);
                              m_view->resize(m_width, pageHeight);
                              QTimer::singleShot(kPaintSettleMs, this, &SnapshotRenderer::capture);
                          });
}

void SnapshotRenderer::capture()
{
    const QImage image = m_view->grab().toImage();
    if (image.isNull()) {
        Q_EMIT finished(false, tr("nothing was painted"));
        return;
    }
    if (!image.save(m_pngPath, "PNG")) {
        Q_EMIT finished(false, tr("cannot write %1").arg(m_pngPath));
        return;
    }
    Q_EMIT finished(true, {});
}

} // namespace feder::ui

#include "SnapshotRenderer.h"

#include "LocalOnlyInterceptor.h"
#include "PageSchemeHandler.h"
#include "PreviewPage.h"
#include "page/PageAssembly.h"
#include "render/ArticlePage.h"
#include "render/BodyRenderer.h"

#include <QImage>
#include <QTimer>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace feder::ui {

namespace {

// The page tells its progress through its title: a change of title is an event the view reports
// (titleChanged), so the renderer waits for what happened in the page, never for a timer.
const QString kTitlePrefix = QStringLiteral("feder-snapshot:");

// Ready = fonts loaded, every image decoded (or failed), and two frames painted after that.
const QString kReadyScript = QStringLiteral(R"JS((function () {
    const images = Array.from(document.images, (image) => image.decode().catch(() => undefined));
    const fonts = document.fonts ? document.fonts.ready : Promise.resolve();
    Promise.all([fonts, ...images]).then(() => requestAnimationFrame(() => requestAnimationFrame(() => {
        document.title = 'feder-snapshot:ready:' + document.documentElement.scrollHeight;
    })));
})();)JS");

// One more frame painted for the current size; %1 numbers it so that every title differs.
const QString kFrameScript = QStringLiteral(R"JS(requestAnimationFrame(() => requestAnimationFrame(() => {
    document.title = 'feder-snapshot:frame:%1:' + document.documentElement.scrollHeight;
}));)JS");

constexpr int kBandHeight = 300;       // device pixels; a painted band of the page is never one flat colour
constexpr int kMaxResizes = 4;
constexpr int kWatchdogMs = 120 * 1000; // only if the engine stops answering altogether

bool isFlat(const QImage &image, int top, int bottom)
{
    const QRgb first = image.pixel(0, top);
    for (int y = top; y < bottom; ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] != first)
                return false;
        }
    }
    return true;
}

} // namespace

QString SnapshotRenderer::paintProblem(const QImage &grabbed, QSize expectedSize)
{
    if (grabbed.isNull())
        return QStringLiteral("nothing was painted");
    if (grabbed.size() != expectedSize)
        return QStringLiteral("the picture is %1x%2 pixels instead of %3x%4")
            .arg(grabbed.width()).arg(grabbed.height()).arg(expectedSize.width()).arg(expectedSize.height());
    const QImage image = grabbed.convertToFormat(QImage::Format_RGB32);
    for (int top = 0; top < image.height(); top += kBandHeight) {
        // The last band ends at the bottom edge (it may overlap the one before).
        const int bottom = std::min(image.height(), top + kBandHeight);
        const int start = std::max(0, bottom - kBandHeight);
        if (isFlat(image, start, bottom))
            return QStringLiteral("rows %1 to %2 are not painted").arg(start).arg(bottom);
    }
    return {};
}

SnapshotRenderer::SnapshotRenderer(Store &store, Article article, int width, QString pngPath, QObject *parent)
    : QObject(parent),
      m_store(store),
      m_article(std::move(article)),
      m_width(width),
      m_pngPath(std::move(pngPath)),
      m_profile(new QWebEngineProfile(this)),
      m_page(new PreviewPage(m_profile, this)),
      m_view(std::make_unique<QWebEngineView>()),
      m_watchdog(new QTimer(this))
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
    const ArticlePageData data = PageAssembly::assemble(m_store, m_article, &PageSchemeHandler::assetUrl);
    ArticlePage::Options options;
    options.htmlClass = QStringLiteral("mode-desktop");
    const QUrl url = schemes->publish(ArticlePage::render(data, BodyRenderer::join(renderer.render(m_article.body), false), options));

    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!ok) {
            finish(false, tr("the page could not be rendered"));
            return;
        }
        m_page->runJavaScript(kReadyScript, QWebEngineScript::ApplicationWorld);
    });
    connect(m_page, &QWebEnginePage::titleChanged, this, &SnapshotRenderer::onTitle);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this] { finish(false, tr("the page's render process ended unexpectedly")); });
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this,
            [this] { finish(false, tr("the web engine did not paint the page (%1 frames)").arg(m_frames)); });
    m_watchdog->start(kWatchdogMs);
    m_view->resize(m_width, 800);
    m_view->show();
    m_page->load(url);
}

void SnapshotRenderer::onTitle(const QString &title)
{
    if (m_done || !title.startsWith(kTitlePrefix))
        return;
    const QStringList parts = title.mid(kTitlePrefix.size()).split(QLatin1Char(':'));
    const int fullHeight = parts.last().toInt();
    if (fullHeight > kMaxHeight) {
        // A cut-off picture would pass for the whole page: refuse instead.
        return finish(false, tr("the page is %1 px tall; a snapshot shows at most %2 px, so nothing was written")
                                 .arg(fullHeight).arg(kMaxHeight));
    }
    const int pageHeight = std::clamp(fullHeight, 100, kMaxHeight);
    if (parts.first() == QLatin1String("ready")) {
        resizeTo(pageHeight);
        requestFrame();
        return;
    }
    // A frame was painted. Without the scroll bar the text may wrap differently: follow the
    // page's height until it stays put.
    if (pageHeight != m_view->height() && m_resizes < kMaxResizes) {
        resizeTo(pageHeight);
        requestFrame();
        return;
    }
    capture();
}

void SnapshotRenderer::resizeTo(int pageHeight)
{
    ++m_resizes;
    m_view->resize(m_width, pageHeight);
}

void SnapshotRenderer::requestFrame()
{
    ++m_frames;
    m_page->runJavaScript(kFrameScript.arg(m_frames), QWebEngineScript::ApplicationWorld);
}

void SnapshotRenderer::capture()
{
    // The engine lays out and paints the new size asynchronously, and on a busy machine the view
    // may still show an older, smaller frame: grab once per painted frame until the picture has
    // the page's size and every band of it is painted.
    const QImage image = m_view->grab().toImage();
    const QString problem = paintProblem(image, m_view->size() * image.devicePixelRatio());
    if (problem.isEmpty()) {
        if (!image.save(m_pngPath, "PNG"))
            finish(false, tr("cannot write %1").arg(m_pngPath));
        else
            finish(true, {});
        return;
    }
    if (m_frames >= kMaxFrames) {
        finish(false, tr("the page was not painted completely after %1 frames (%2); no PNG was written")
                          .arg(m_frames).arg(problem));
        return;
    }
    if (qEnvironmentVariableIsSet("FEDER_SNAPSHOT_DEBUG"))
        qInfo("snapshot: frame %d: %s", m_frames, qPrintable(problem));
    requestFrame();
}

void SnapshotRenderer::finish(bool ok, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog->stop();
    Q_EMIT finished(ok, message);
}

} // namespace feder::ui

#include "PreviewWidget.h"

#include "LocalOnlyInterceptor.h"
#include "PageSchemeHandler.h"
#include "PreviewBridge.h"
#include "PreviewPage.h"
#include "RenderWorker.h"
#include "article/ReadingTime.h"
#include "review/ReviewController.h"
#include "markdown/VisibleText.h"
#include "page/PageAssembly.h"
#include "render/ArticlePage.h"
#include "session/EditSession.h"
#include "store/Store.h"

#include <QActionGroup>
#include <QEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QToolBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

namespace feder::ui {

namespace {

// A JavaScript call with JSON-encoded arguments: federFill.apply(null, ["id", "<html>"]).
QString callWithArguments(const char *function, const QJsonArray &arguments)
{
    return QStringLiteral("%1.apply(null, %2)")
        .arg(QLatin1String(function), QString::fromUtf8(QJsonDocument(arguments).toJson(QJsonDocument::Compact)));
}

} // namespace

PreviewWidget::PreviewWidget(Store &store, EditSession &session, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_session(session),
      m_interceptor(new LocalOnlyInterceptor(this)),
      m_schemes(new PageSchemeHandler(store, this)),
      m_placeholder(new QWidget),
      m_bridge(new PreviewBridge),
      m_modeActions(new QActionGroup(this)),
      m_worker(new RenderWorker)
{
    setObjectName(QStringLiteral("preview"));
    m_bridge->setParent(this);
    connect(m_bridge, &PreviewBridge::lineClicked, this, &PreviewWidget::lineClicked);
    connect(m_bridge, &PreviewBridge::ready, this, &PreviewWidget::onPageReady);
    connect(&session, &EditSession::opened, this, &PreviewWidget::showArticle);
    connect(&session, &EditSession::metadataChanged, this, &PreviewWidget::refreshMetadata);
    connect(&session, &EditSession::textEdited, this, &PreviewWidget::bodyChanged);
    connect(&session, &EditSession::closed, this, &PreviewWidget::clear);

    auto *toolbar = new QToolBar;
    toolbar->setObjectName(QStringLiteral("previewModes"));
    const struct { Mode mode; QString label; const char *name; } modes[] = {
        {Mode::Desktop, tr("Desktop"), "modeDesktop"},
        {Mode::Phone, tr("Smartphone"), "modePhone"},
        {Mode::Teaser, tr("Teaser card"), "modeTeaser"},
    };
    for (const auto &entry : modes) {
        QAction *action = toolbar->addAction(entry.label);
        action->setObjectName(QLatin1String(entry.name));
        action->setCheckable(true);
        action->setChecked(entry.mode == m_mode);
        m_modeActions->addAction(action);
        const Mode mode = entry.mode;
        connect(action, &QAction::triggered, this, [this, mode] { setMode(mode); });
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolbar);
    layout->addWidget(m_placeholder, 1);
    // Starting WebEngine is the largest part of building the window (tens of milliseconds on
    // the GUI thread): it starts once the window is on screen with the article's text in it.
    QTimer::singleShot(0, this, &PreviewWidget::ensureEngine);

    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &RenderWorker::fullRendered, this, &PreviewWidget::onFullRendered);
    connect(m_worker, &RenderWorker::patchRendered, this, &PreviewWidget::onPatchRendered);
    m_thread.setObjectName(QStringLiteral("feder-preview-render"));
    m_thread.start();
}

void PreviewWidget::ensureEngine()
{
    if (m_view)
        return;
    m_profile = new QWebEngineProfile(this); // off the record: no cache or cookies on disk
    m_page = new PreviewPage(m_profile, this);
    m_view = new QWebEngineView;
    m_channel = new QWebChannel(this);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->installUrlSchemeHandler("feder", m_schemes);
    m_view->setPage(m_page);
    m_view->setContextMenuPolicy(Qt::NoContextMenu);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);
    delete layout()->replaceWidget(m_placeholder, m_view); // the replaced layout item is ours
    delete m_placeholder;
    m_placeholder = nullptr;
    m_view->installEventFilter(this); // its width sets the zoom
    updateZoom(true);
}

PreviewWidget::~PreviewWidget()
{
    m_thread.quit();
    m_thread.wait();
    // The page must go before its profile (both are ours).
    delete m_view;
    delete m_page;
}

QString PreviewWidget::assetUrl(const QString &sha) const
{
    return PageSchemeHandler::assetUrl(sha);
}

QString PreviewWidget::modeName() const
{
    switch (m_mode) {
    case Mode::Phone: return QStringLiteral("phone");
    case Mode::Teaser: return QStringLiteral("teaser");
    case Mode::Desktop: break;
    }
    return QStringLiteral("desktop");
}

void PreviewWidget::showArticle(const Article &article)
{
    m_article = article;
    ++m_generation;
    m_pageReady = false;
    m_renderInFlight = true;
    m_renderPending = false;
    const QString body = m_session.text();
    RenderWorker *worker = m_worker;
    const quint64 generation = m_generation;
    const QString language = article.language;
    QMetaObject::invokeMethod(worker, [worker, generation, body, language] { worker->renderFull(generation, body, language); },
                              Qt::QueuedConnection);
}

void PreviewWidget::clear()
{
    ++m_generation;
    m_article = Article();
    m_pageReady = false;
    ensureEngine();
    m_page->setHtml(QString());
}

void PreviewWidget::onFullRendered(quint64 generation, const QString &blocksHtml)
{
    if (generation != m_generation)
        return;
    m_renderInFlight = false;
    ArticlePage::Options options;
    options.sourceMarkers = true;
    options.htmlClass = QStringLiteral("mode-") + modeName();
    const ArticlePageData data = PageAssembly::assemble(m_store, m_article, [this](const QString &sha) { return assetUrl(sha); });
    m_readingMinutes = data.readingMinutes;
    ensureEngine(); // usually running by now: the render took longer than the first paint
    m_page->load(m_schemes->publish(ArticlePage::render(data, blocksHtml, options)));
}

void PreviewWidget::setReviewMarks(const QList<ReviewMark> &marks)
{
    m_marks = marks;
    applyMarks();
}

void PreviewWidget::followReview(const ReviewController &review)
{
    const auto update = [this, &review] {
        QList<ReviewMark> marks;
        for (const AnnotationThread &thread : review.threads()) {
            if (thread.anchor.orphaned || !thread.isOnBody())
                continue;
            // The words as the page shows them: the quote's first line without Markdown marks,
            // read from the document itself (no copy of the whole text per keystroke).
            QTextCursor range(&m_session.document());
            range.setPosition(thread.anchor.start);
            range.setPosition(thread.anchor.end, QTextCursor::KeepAnchor);
            QString quote = range.selectedText().section(QChar::ParagraphSeparator, 0, 0);
            quote.remove(QLatin1Char('*')).remove(QLatin1Char('_')).remove(QLatin1Char('`'));
            const int line = m_session.document().findBlock(thread.anchor.start).blockNumber() + 1;
            marks.append({line, quote, thread.isOpen()});
        }
        setReviewMarks(marks);
    };
    connect(&review, &ReviewController::threadsChanged, this, update);
    connect(&review, &ReviewController::anchorsMoved, this, update);
}

void PreviewWidget::applyMarks()
{
    if (!m_pageReady)
        return;
    QJsonArray list;
    for (const ReviewMark &mark : std::as_const(m_marks)) {
        list.append(QJsonObject{{QStringLiteral("line"), mark.line}, {QStringLiteral("quote"), mark.quote},
                                {QStringLiteral("open"), mark.open}});
    }
    m_page->runJavaScript(callWithArguments("federMarks", QJsonArray{list}), QWebEngineScript::ApplicationWorld);
}

void PreviewWidget::onPageReady()
{
    m_pageReady = true;
    updateZoom(true); // a new page starts at 100 %
    if (m_metadataPending)
        refreshMetadata(m_article);
    applyMarks();
    Q_EMIT pageLoaded();
    if (m_renderPending)
        requestRender();
}

void PreviewWidget::bodyChanged()
{
    ++m_sequence;
    if (!isVisible() || !m_pageReady || m_renderInFlight) {
        m_renderPending = true; // picked up when the current render is done or the preview shows
        return;
    }
    requestRender();
}

void PreviewWidget::requestRender()
{
    m_renderPending = false;
    m_renderInFlight = true;
    RenderWorker *worker = m_worker;
    const quint64 generation = m_generation;
    const quint64 sequence = m_sequence;
    const QString body = m_session.text();
    QMetaObject::invokeMethod(worker, [worker, generation, sequence, body] { worker->renderPatch(generation, sequence, body); },
                              Qt::QueuedConnection);
}

void PreviewWidget::onPatchRendered(quint64 generation, quint64 sequence, const QByteArray &patchJson, bool empty,
                                    int words)
{
    if (generation != m_generation)
        return;
    m_renderInFlight = false;
    if (empty) {
        Q_EMIT updateApplied(sequence);
    } else {
        if (!m_marks.isEmpty()) // patched blocks come without marks: put them back after the patch
            QMetaObject::invokeMethod(this, &PreviewWidget::applyMarks, Qt::QueuedConnection);
        m_page->runJavaScript(QStringLiteral("federApply(%1)").arg(QString::fromUtf8(patchJson)),
                              QWebEngineScript::ApplicationWorld,
                              [this, sequence, generation](const QVariant &) {
                                  if (generation == m_generation)
                                      Q_EMIT updateApplied(sequence);
                              });
    }
    const int minutes = ReadingTime::minutes(words, m_store.settings().wordsPerMinute());
    if (minutes != m_readingMinutes) {
        m_readingMinutes = minutes;
        m_page->runJavaScript(callWithArguments("federFill", {QStringLiteral("feder-reading-time"),
                                  ArticlePage::readingTimeLabel(m_article.language, minutes).toHtmlEscaped()}),
                              QWebEngineScript::ApplicationWorld);
    }
    if (m_renderPending && isVisible())
        requestRender();
}

void PreviewWidget::refreshMetadata(const Article &article)
{
    m_article = article;
    m_article.body = m_session.text(); // the editor's text may be ahead of the store
    if (!m_pageReady) {
        // The page being loaded may have been built from the metadata before this change
        // (e.g. a related article added right after switching): fill it in once it is ready.
        m_metadataPending = true;
        return;
    }
    m_metadataPending = false;
    const ArticlePageData data = PageAssembly::assemble(m_store, m_article, [this](const QString &sha) { return assetUrl(sha); });
    m_readingMinutes = data.readingMinutes;
    m_page->runJavaScript(callWithArguments("federFill", {QStringLiteral("feder-header"), ArticlePage::headerHtml(data)})
                              + QLatin1Char(';')
                              + callWithArguments("federFill", {QStringLiteral("feder-related-slot"), ArticlePage::relatedHtml(data)})
                              + QLatin1Char(';')
                              + callWithArguments("federFill", {QStringLiteral("feder-teaser-card"), ArticlePage::teaserCardHtml(data.self, 2)}),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewWidget::setMode(Mode mode)
{
    m_mode = mode;
    const auto actions = m_modeActions->actions();
    actions.at(int(mode))->setChecked(true);
    if (m_pageReady)
        m_page->runJavaScript(QStringLiteral("federSetMode('%1')").arg(modeName()), QWebEngineScript::ApplicationWorld);
    updateZoom();
}

void PreviewWidget::updateZoom(bool force)
{
    // The page lays out at the mode's real width; a narrower pane scales it down.
    if (!m_view)
        return; // set when the engine starts
    const int target = m_mode == Mode::Desktop ? kDesktopWidth : m_mode == Mode::Phone ? kPhoneWidth : 0;
    const int width = m_view->width();
    const qreal zoom = target > 0 && width > 0 && width < target ? std::max(0.25, qreal(width) / target) : 1.0;
    if (force || !qFuzzyCompare(m_page->zoomFactor(), zoom))
        m_page->setZoomFactor(zoom);
}

bool PreviewWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Resize)
        updateZoom();
    return QWidget::eventFilter(watched, event);
}

void PreviewWidget::revealLine(int line, bool alignTop)
{
    if (!m_pageReady || !isVisible())
        return;
    m_page->runJavaScript(QStringLiteral("federReveal(%1, '%2')").arg(line).arg(alignTop ? QStringLiteral("start") : QStringLiteral("center")),
                          QWebEngineScript::ApplicationWorld);
}

void PreviewWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_renderPending && m_pageReady && !m_renderInFlight)
        requestRender();
}

} // namespace feder::ui

#pragma once

#include "article/Article.h"

#include <QObject>
#include <memory>

class QWebEngineProfile;
class QWebEngineView;

namespace feder {
class Store;
}

namespace feder::ui {

class PreviewPage;

// Renders an article's preview page off-screen and saves it as a PNG of the whole page
// (`feder snapshot`). Uses the same page, template and safety walls as the live preview.
class SnapshotRenderer : public QObject
{
    Q_OBJECT
public:
    SnapshotRenderer(Store &store, Article article, int width, QString pngPath, QObject *parent = nullptr);
    ~SnapshotRenderer() override;

    void start();

    static constexpr int kMaxHeight = 16000;

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void measure();
    void capture();

    Store &m_store;
    Article m_article;
    int m_width;
    QString m_pngPath;
    QWebEngineProfile *m_profile;
    PreviewPage *m_page;
    std::unique_ptr<QWebEngineView> m_view;
};

} // namespace feder::ui

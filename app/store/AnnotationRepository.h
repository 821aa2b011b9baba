#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace feder {

class Database;

// A review thread's root comment, anchored to a range of the article body. The anchor keeps the
// quoted text with some context before and after it (the TextQuoteSelector idea), so the thread
// can be found again after the body changed.
struct AnnotationThread
{
    qint64 id = 0;
    QString uuid;
    qint64 articleId = 0;
    int start = 0;          // 0-based offsets into the body, in UTF-16 code units
    int end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    QString author;
    QString text;
    QString state = QStringLiteral("open");
    bool orphaned = false;
    QDateTime created;
};

class AnnotationRepository
{
public:
    explicit AnnotationRepository(Database &db) : m_db(db) {}

    // Anchors a new thread at [start, end) of body; the quote and context are taken from body.
    qint64 addThread(qint64 articleId, const QString &body, int start, int end,
                     const QString &author, const QString &text);
    QList<AnnotationThread> threads(qint64 articleId);
    int openThreadCount(qint64 articleId);

    static constexpr int kContextLength = 32;

private:
    Database &m_db;
};

} // namespace feder

#pragma once

#include "model/Anchor.h"
#include "model/TextField.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace feder {

// Whether a review thread still needs attention. Open threads block the export.
enum class ThreadState { Open, Resolved };

// The stored form ("open", "resolved"): the SQLite column, review packages, `feder comments`.
QString threadStateName(ThreadState state);
// The stored form back; nullopt for anything else.
std::optional<ThreadState> threadStateFromName(QStringView name);

struct Comment
{
    qint64 id = 0;
    QString uuid;
    QString author;
    QString text;
    QDateTime created;
    QDateTime updated;
};

// A review thread: its first comment, anchored to a range of the article body, and the replies.
struct AnnotationThread
{
    qint64 id = 0;
    QString uuid;
    qint64 articleId = 0;
    QString field = fieldName(TextField::Body);   // stored form of the TextField it sits in
    Anchor anchor;
    QString author;
    QString text;
    // Kept in its stored form, as read (a review package may carry anything); compare through
    // threadStateFromName / isOpen.
    QString state = threadStateName(ThreadState::Open);
    QDateTime created;
    QDateTime updated;
    QList<Comment> replies;

    bool isOpen() const { return threadStateFromName(state) == ThreadState::Open; }
    bool isOnBody() const { return textFieldFromName(field) == TextField::Body; }
    bool isResolved() const { return threadStateFromName(state) == ThreadState::Resolved; }
};

} // namespace feder

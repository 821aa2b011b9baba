#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QListWidget;
class QCompleter;
class QStandardItemModel;

namespace feder {
class Store;
}

namespace feder::ui {

// The related posts of an article: add by searching titles as you type, reorder by drag or
// buttons, remove. A related slug that no longer exists stays visible as "fehlt".
class RelatedEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RelatedEditor(Store &store, QWidget *parent = nullptr);

    void setArticle(qint64 articleId, const QStringList &slugs);
    QStringList slugs() const;
    QListWidget &list() { return *m_list; }
    QLineEdit &addField() { return *m_add; }

    // Adds the article whose title or slug matches best; used by the completer and tests. When
    // it cannot (no such article, already listed, the article itself) problem() says why.
    bool addByTitle(const QString &titleOrSlug);

Q_SIGNALS:
    void changed(const QStringList &slugs);
    void problem(const QString &message);

private:
    void refreshCandidates();
    QString candidateSlug(const QString &titleOrSlug) const; // empty: no other article has it
    void move(int delta);
    void removeCurrent();
    void appendRow(const QString &slug);

    Store &m_store;
    qint64 m_articleId = 0;
    QListWidget *m_list;
    QLineEdit *m_add;
    QCompleter *m_completer;
    QStandardItemModel *m_candidates;
};

} // namespace feder::ui

#pragma once

#include "model/Article.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace feder {
class EditSession;
class Store;
}

namespace feder::ui {

class RelatedEditor;

// The article's metadata as a form (title, slug, author and role, category, status, language,
// excerpt, teaser image and alt text, SEO texts, related posts) with live counters. It never
// writes to the store itself: each finished edit is reported as an (old, new) pair, which the
// controller turns into an undoable store change.
class MetadataPanel : public QWidget
{
    Q_OBJECT
public:
    // Shows the session's article (opened, metadataChanged, closed) and hands pending text
    // edits over before the session saves.
    MetadataPanel(Store &store, EditSession &session, QWidget *parent = nullptr);

    const Article &article() const { return m_article; }
    // Commits text that is still being typed (done before every save of the session).
    void commitPending();
    // Moves the keyboard focus to a field named like the checklist's "field" values.
    void focusField(const QString &field);
    // The form's label of a field named by its article-file key ("title", "teaser_image", …), so
    // that other views (the history) name fields as this panel does.
    static QString fieldLabel(const QString &field);

    // Asked before an article with open review threads is approved; a message box unless replaced.
    std::function<bool(int openThreads)> confirmApproval;

    // The body the excerpt is generated from (the editor's current text).

    QLineEdit &titleField() { return *m_title; }
    QLineEdit &slugField() { return *m_slug; }
    QComboBox &authorField() { return *m_author; }
    QLineEdit &roleField() { return *m_role; }
    QComboBox &categoryField() { return *m_category; }
    QComboBox &statusField() { return *m_status; }
    QPlainTextEdit &excerptField() { return *m_excerpt; }
    QLineEdit &altField() { return *m_alt; }
    QLineEdit &seoTitleField() { return *m_seoTitle; }
    QPlainTextEdit &seoDescriptionField() { return *m_seoDescription; }
    RelatedEditor &relatedEditor() { return *m_related; }
    QLabel &slugWarning() { return *m_slugWarning; }
    QLabel &excerptCounter() { return *m_excerptCount; }
    QLabel &seoTitleCounter() { return *m_seoTitleCount; }
    QLabel &seoDescriptionCounter() { return *m_seoDescriptionCount; }

public Q_SLOTS:
    void generateExcerpt();
    void chooseTeaserImage(const QString &path = {});
    void removeTeaserImage();

Q_SIGNALS:
    void editRequested(const QString &description, const feder::Article &before, const feder::Article &after);
    void manageCategories();
    void problem(const QString &message);

private:
    void setArticle(const Article &article);
    void clear();
    void buildForm();
    void refreshChoices();
    void updateCounters();
    void updateThumbnail();
    void request(const QString &description, const Article &after);
    void commitTitle();
    void commitSlug();
    void commitText(QLineEdit *field, QString Article::*member, const QString &description);
    void commitPlain(QPlainTextEdit *field, QString Article::*member, const QString &description);

    Store &m_store;
    Article m_article;
    bool m_loading = false;
    EditSession &m_session;

    QLineEdit *m_title;
    QLineEdit *m_slug;
    QLabel *m_slugWarning;
    QComboBox *m_author;
    QLineEdit *m_role;
    QComboBox *m_category;
    QComboBox *m_status;
    QComboBox *m_language;
    QPlainTextEdit *m_excerpt;
    QLabel *m_excerptCount;
    QLabel *m_thumbnail;
    QPushButton *m_chooseImage;
    QPushButton *m_removeImage;
    QLineEdit *m_alt;
    QLabel *m_altCount;
    QLineEdit *m_seoTitle;
    QLabel *m_seoTitleCount;
    QPlainTextEdit *m_seoDescription;
    QLabel *m_seoDescriptionCount;
    RelatedEditor *m_related;
    QTimer *m_textCommit;
};

} // namespace feder::ui

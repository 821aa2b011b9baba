#include "MetadataPanel.h"

#include "RelatedEditor.h"
#include "article/Excerpt.h"
#include "article/Slug.h"
#include "check/Checklist.h"
#include "import/ImageCheck.h"
#include "model/ArticleStatus.h"
#include "review/Workflow.h"
#include "store/Store.h"
#include "services/ArticleService.h"
#include "session/EditSession.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace feder::ui {

namespace {

constexpr int kAltRecommendedMax = 125; // screen readers read long alt texts poorly
constexpr int kThumbnailWidth = 160;

QPlainTextEdit *plainEdit(const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit;
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}

QLineEdit *lineEdit(const QString &name)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(name);
    // A long value does not fit a narrow sidebar: the whole of it in the tooltip.
    QObject::connect(edit, &QLineEdit::textChanged, edit, &QLineEdit::setToolTip);
    return edit;
}

// Shows the start of a long value, not its end (where QLineEdit::setText leaves the caret).
void showStart(QLineEdit *edit, const QString &text)
{
    edit->setText(text);
    edit->setCursorPosition(0);
}

QLabel *counter()
{
    auto *label = new QLabel;
    label->setAlignment(Qt::AlignRight);
    return label;
}

// "123 / 300", red when over the limit.
void showCount(QLabel *label, int count, int limit, const QString &overText = {})
{
    const bool over = limit > 0 && count > limit;
    label->setText(limit > 0 ? QStringLiteral("%1 / %2").arg(count).arg(limit) : QString::number(count));
    label->setStyleSheet(over ? QStringLiteral("color: #c0392b; font-weight: bold") : QString());
    label->setToolTip(over ? overText : QString());
}

} // namespace

MetadataPanel::MetadataPanel(Store &store, EditSession &session, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_session(session),
      m_title(lineEdit(QStringLiteral("metaTitle"))),
      m_slug(lineEdit(QStringLiteral("metaSlug"))),
      m_slugWarning(new QLabel),
      m_author(new QComboBox),
      m_role(lineEdit(QStringLiteral("metaRole"))),
      m_category(new QComboBox),
      m_status(new QComboBox),
      m_language(new QComboBox),
      m_excerpt(plainEdit(QStringLiteral("metaExcerpt"), 4)),
      m_excerptCount(counter()),
      m_thumbnail(new QLabel),
      m_chooseImage(new QPushButton(tr("Choose image…"))),
      m_removeImage(new QPushButton(tr("Remove"))),
      m_alt(lineEdit(QStringLiteral("metaAlt"))),
      m_altCount(counter()),
      m_seoTitle(lineEdit(QStringLiteral("metaSeoTitle"))),
      m_seoTitleCount(counter()),
      m_seoDescription(plainEdit(QStringLiteral("metaSeoDescription"), 3)),
      m_seoDescriptionCount(counter()),
      m_related(new RelatedEditor(store)),
      m_textCommit(new QTimer(this))
{
    setObjectName(QStringLiteral("metadataPanel"));
    confirmApproval = [this](int openThreads) {
        return QMessageBox::question(this, tr("Approve article"),
                   tr("%n review comment(s) are still open. Approve anyway?", nullptr, openThreads)) == QMessageBox::Yes;
    };
    buildForm();
    setEnabled(false);
    connect(&session, &EditSession::opened, this, &MetadataPanel::setArticle);
    connect(&session, &EditSession::metadataChanged, this, &MetadataPanel::setArticle);
    connect(&session, &EditSession::closed, this, &MetadataPanel::clear);
    connect(&session, &EditSession::aboutToSave, this, &MetadataPanel::commitPending);
}

void MetadataPanel::buildForm()
{
    m_author->setObjectName(QStringLiteral("metaAuthor"));
    m_author->setEditable(true);
    m_author->setInsertPolicy(QComboBox::NoInsert);
    m_category->setObjectName(QStringLiteral("metaCategory"));
    m_category->setAccessibleName(tr("Category"));
    m_category->setEditable(true);
    m_category->setInsertPolicy(QComboBox::NoInsert);
    m_status->setObjectName(QStringLiteral("metaStatus"));
    for (const ArticleStatus status : articleStatuses())
        m_status->addItem(statusLabel(status), statusName(status));
    m_language->setObjectName(QStringLiteral("metaLanguage"));
    for (const QString &language : ArticleVocabulary::languages())
        m_language->addItem(ArticleVocabulary::languageLabel(language), language);
    m_slugWarning->setObjectName(QStringLiteral("metaSlugWarning"));
    m_slugWarning->setWordWrap(true);
    m_slugWarning->setStyleSheet(QStringLiteral("color: #a04000"));
    m_slugWarning->hide();
    m_thumbnail->setObjectName(QStringLiteral("metaThumbnail"));
    m_thumbnail->setFixedSize(kThumbnailWidth, kThumbnailWidth * 21 / 40);
    m_thumbnail->setAlignment(Qt::AlignCenter);
    m_thumbnail->setFrameShape(QFrame::StyledPanel);
    m_chooseImage->setObjectName(QStringLiteral("metaChooseImage"));
    m_removeImage->setObjectName(QStringLiteral("metaRemoveImage"));
    auto *generate = new QPushButton(tr("Generate from first paragraph"));
    generate->setObjectName(QStringLiteral("metaGenerateExcerpt"));
    auto *categories = new QPushButton(tr("Order…"));
    categories->setToolTip(tr("Edit the categories and their order"));

    // The sidebar is narrow at 1280×720: choices take their width from the sidebar, not from
    // their longest entry, and a label moves above its field when both do not fit side by side.
    for (QComboBox *choice : {m_author, m_category, m_status, m_language}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(10);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(fieldLabel(QStringLiteral("title")), m_title);
    form->addRow(fieldLabel(QStringLiteral("slug")), m_slug);
    form->addRow(QString(), m_slugWarning);
    form->addRow(fieldLabel(QStringLiteral("author")), m_author);
    form->addRow(fieldLabel(QStringLiteral("role")), m_role);
    auto *categoryRow = new QHBoxLayout;
    categoryRow->addWidget(m_category, 1);
    categoryRow->addWidget(categories);
    form->addRow(fieldLabel(QStringLiteral("category")), categoryRow);
    form->addRow(fieldLabel(QStringLiteral("status")), m_status);
    form->addRow(fieldLabel(QStringLiteral("language")), m_language);
    form->addRow(fieldLabel(QStringLiteral("excerpt")), m_excerpt);
    auto *excerptRow = new QHBoxLayout;
    excerptRow->addWidget(generate);
    excerptRow->addStretch();
    excerptRow->addWidget(m_excerptCount);
    form->addRow(QString(), excerptRow);
    auto *imageButtons = new QVBoxLayout;
    imageButtons->addWidget(m_chooseImage);
    imageButtons->addWidget(m_removeImage);
    imageButtons->addStretch();
    auto *imageRow = new QHBoxLayout;
    imageRow->addWidget(m_thumbnail);
    imageRow->addLayout(imageButtons);
    imageRow->addStretch();
    form->addRow(fieldLabel(QStringLiteral("teaser_image")), imageRow);
    form->addRow(fieldLabel(QStringLiteral("teaser_alt")), m_alt);
    form->addRow(QString(), m_altCount);
    form->addRow(fieldLabel(QStringLiteral("seo_title")), m_seoTitle);
    form->addRow(QString(), m_seoTitleCount);
    form->addRow(fieldLabel(QStringLiteral("seo_description")), m_seoDescription);
    form->addRow(QString(), m_seoDescriptionCount);
    form->addRow(fieldLabel(QStringLiteral("related")), m_related);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    // Tab goes down the form as it is shown (the buttons were made after the fields they follow).
    const QList<QWidget *> order = {m_title, m_slug, m_author, m_role, m_category, categories, m_status, m_language,
                                    m_excerpt, generate, m_chooseImage, m_removeImage, m_alt, m_seoTitle,
                                    m_seoDescription, m_related};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    // Line edits commit when editing is finished (Enter, Tab, click elsewhere); multi-line
    // texts shortly after typing pauses. Counters follow every keystroke.
    connect(m_title, &QLineEdit::editingFinished, this, &MetadataPanel::commitTitle);
    connect(m_slug, &QLineEdit::editingFinished, this, &MetadataPanel::commitSlug);
    connect(m_role, &QLineEdit::editingFinished, this, [this] { commitText(m_role, &Article::role, tr("Change role")); });
    connect(m_alt, &QLineEdit::editingFinished, this, [this] { commitText(m_alt, &Article::teaserAlt, tr("Change alt text")); });
    connect(m_seoTitle, &QLineEdit::editingFinished, this, [this] { commitText(m_seoTitle, &Article::seoTitle, tr("Change SEO title")); });
    connect(m_author->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_author->currentText().trimmed() == m_article.author)
            return;
        Article after = m_article;
        after.author = m_author->currentText().trimmed();
        after.role = m_store.authors().roleOf(after.author); // the role belongs to the author
        request(tr("Change author"), after);
    });
    connect(m_category->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_loading || m_category->currentText().trimmed() == m_article.category)
            return;
        Article after = m_article;
        after.category = m_category->currentText().trimmed();
        request(tr("Change category"), after);
    });
    connect(m_author, &QComboBox::activated, this, [this] { m_author->lineEdit()->editingFinished(); });
    connect(m_category, &QComboBox::activated, this, [this] { m_category->lineEdit()->editingFinished(); });
    connect(m_status, &QComboBox::activated, this, [this] {
        Article after = m_article;
        after.status = m_status->currentData().toString();
        if (after.status == m_article.status)
            return;
        if (Workflow::needsConfirmation(m_store, m_article, after.status)
            && !confirmApproval(m_store.annotations().openThreadCount(m_article.id))) {
            m_status->setCurrentIndex(std::max(0, m_status->findData(m_article.status)));
            return;
        }
        request(tr("Change status"), after);
    });
    connect(m_language, &QComboBox::activated, this, [this] {
        Article after = m_article;
        after.language = m_language->currentData().toString();
        if (after.language != m_article.language)
            request(tr("Change language"), after);
    });
    m_textCommit->setSingleShot(true);
    m_textCommit->setInterval(700);
    connect(m_textCommit, &QTimer::timeout, this, &MetadataPanel::commitPending);
    for (QPlainTextEdit *edit : {m_excerpt, m_seoDescription}) {
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            updateCounters();
            if (!m_loading)
                m_textCommit->start();
        });
    }
    for (QLineEdit *edit : {m_alt, m_seoTitle, m_title})
        connect(edit, &QLineEdit::textChanged, this, &MetadataPanel::updateCounters);
    connect(generate, &QPushButton::clicked, this, &MetadataPanel::generateExcerpt);
    connect(m_chooseImage, &QPushButton::clicked, this, [this] { chooseTeaserImage(); });
    connect(m_removeImage, &QPushButton::clicked, this, &MetadataPanel::removeTeaserImage);
    connect(categories, &QPushButton::clicked, this, &MetadataPanel::manageCategories);
    connect(m_related, &RelatedEditor::problem, this, &MetadataPanel::problem);
    connect(m_related, &RelatedEditor::changed, this, [this](const QStringList &slugs) {
        Article after = m_article;
        after.related = slugs;
        request(tr("Change related articles"), after);
    });
}

void MetadataPanel::refreshChoices()
{
    m_author->clear();
    const QList<Author> authors = m_store.authors().authors();
    for (const Author &author : authors)
        m_author->addItem(author.name);
    m_category->clear();
    const QList<Category> categories = m_store.authors().categories();
    for (const Category &category : categories)
        m_category->addItem(category.name);
}

void MetadataPanel::setArticle(const Article &article)
{
    // The same article with other stored values (another field was committed, an undo): a field
    // whose text differs from what was stored before holds an edit not handed over yet — it
    // stays as typed, caret and all. A field that shows the stored value (trailing spaces aside)
    // is left alone too.
    const bool sameArticle = article.id != 0 && article.id == m_article.id;
    const auto pending = [&](const QString &shown, const QString &before) { return sameArticle && shown.trimmed() != before; };
    const auto showLine = [&](QLineEdit *field, const QString &stored, const QString &before) {
        if (!sameArticle || (!pending(field->text(), before) && field->text().trimmed() != stored))
            showStart(field, stored);
    };
    const auto showPlain = [&](QPlainTextEdit *field, const QString &stored, const QString &before) {
        if (!sameArticle || (!pending(field->toPlainText(), before) && field->toPlainText().trimmed() != stored))
            field->setPlainText(stored);
    };
    const Article previous = m_article;
    m_loading = true;
    m_article = article;
    refreshChoices();
    showLine(m_title, article.title, previous.title);
    showLine(m_slug, article.slug, previous.slug);
    m_author->setCurrentText(article.author);
    m_author->lineEdit()->setCursorPosition(0);
    m_author->setToolTip(article.author);
    showLine(m_role, article.role, previous.role);
    m_category->setCurrentText(article.category);
    m_category->lineEdit()->setCursorPosition(0);
    m_category->setToolTip(article.category);
    m_status->setCurrentIndex(std::max(0, m_status->findData(article.status)));
    m_language->setCurrentIndex(std::max(0, m_language->findData(article.language)));
    showPlain(m_excerpt, article.excerpt, previous.excerpt);
    showLine(m_alt, article.teaserAlt, previous.teaserAlt);
    showLine(m_seoTitle, article.seoTitle, previous.seoTitle);
    showPlain(m_seoDescription, article.seoDescription, previous.seoDescription);
    if (!sameArticle || (!pending(m_excerpt->toPlainText(), article.excerpt)
                         && !pending(m_seoDescription->toPlainText(), article.seoDescription)))
        m_textCommit->stop(); // nothing left to hand over
    m_related->setArticle(article.id, article.related);
    updateThumbnail();
    updateCounters();
    setEnabled(article.id != 0);
    m_loading = false;
}

void MetadataPanel::clear()
{
    setArticle(Article());
    m_slugWarning->hide();
}

void MetadataPanel::updateCounters()
{
    showCount(m_excerptCount, int(m_excerpt->toPlainText().size()), Checklist::kExcerptMax, tr("Excerpts over %1 characters get cut off in teaser lists.").arg(Checklist::kExcerptMax));
    showCount(m_altCount, int(m_alt->text().size()), kAltRecommendedMax, tr("Alt texts over %1 characters are hard to listen to.").arg(kAltRecommendedMax));
    showCount(m_seoTitleCount, int(m_seoTitle->text().size()), Checklist::kSeoTitleMax, tr("Search engines show about %1 characters.").arg(Checklist::kSeoTitleMax));
    showCount(m_seoDescriptionCount, int(m_seoDescription->toPlainText().size()), Checklist::kSeoDescriptionMax,
              tr("Search engines show about %1 characters.").arg(Checklist::kSeoDescriptionMax));
}

void MetadataPanel::updateThumbnail()
{
    const bool hasImage = !m_article.teaserAsset.isEmpty();
    m_removeImage->setEnabled(hasImage);
    m_chooseImage->setText(hasImage ? tr("Replace image…") : tr("Choose image…"));
    if (!hasImage) {
        m_thumbnail->setPixmap({});
        m_thumbnail->setText(tr("No image"));
        return;
    }
    const std::optional<Asset> asset = m_store.assets().find(m_article.teaserAsset);
    QImage image;
    if (asset)
        image.loadFromData(asset->bytes);
    m_thumbnail->setPixmap(QPixmap::fromImage(image.scaled(m_thumbnail->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void MetadataPanel::request(const QString &description, const Article &after)
{
    if (m_loading || m_article.id == 0)
        return;
    Q_EMIT editRequested(description, m_article, after);
}

void MetadataPanel::commitTitle()
{
    const QString title = m_title->text().trimmed();
    if (m_loading || title == m_article.title)
        return;
    if (title.isEmpty()) {
        Q_EMIT problem(tr("An article needs a title."));
        m_title->setText(m_article.title);
        return;
    }
    Article after = m_article;
    after.title = title;
    // The slug follows the title while it is still the derived one, but never silently for a
    // published article: its address is out there.
    const QString derived = slugFromTitle(m_article.title);
    const bool slugWasDerived = m_article.slug == derived || m_article.slug.startsWith(derived + QLatin1Char('-'));
    if (slugWasDerived && statusFromName(m_article.status) != ArticleStatus::Published) {
        const QString base = slugFromTitle(title);
        if (!base.isEmpty())
            after.slug = m_store.articles().uniqueSlug(base, m_article.id);
    }
    request(tr("Change title"), after);
}

void MetadataPanel::commitSlug()
{
    const QString slug = m_slug->text().trimmed();
    if (m_loading || slug == m_article.slug)
        return;
    if (!isValidSlug(slug)) {
        Q_EMIT problem(tr("“%1” is not a valid slug: use lower-case letters a–z, digits and single hyphens.").arg(slug));
        m_slug->setText(m_article.slug);
        return;
    }
    if (m_store.articles().slugExists(slug, m_article.id)) {
        Q_EMIT problem(tr("The slug “%1” is already used by another article.").arg(slug));
        m_slug->setText(m_article.slug);
        return;
    }
    if (statusFromName(m_article.status) == ArticleStatus::Published) {
        m_slugWarning->setText(tr("This article is published: its address changes from “%1” to “%2”, and existing links to it break.")
                                   .arg(m_article.slug, slug));
        m_slugWarning->show();
    }
    Article after = m_article;
    after.slug = slug;
    request(tr("Change slug"), after);
}

void MetadataPanel::commitText(QLineEdit *field, QString Article::*member, const QString &description)
{
    const QString value = field->text().trimmed();
    if (m_loading || value == m_article.*member)
        return;
    Article after = m_article;
    after.*member = value;
    request(description, after);
}

void MetadataPanel::commitPlain(QPlainTextEdit *field, QString Article::*member, const QString &description)
{
    const QString value = field->toPlainText().trimmed();
    if (m_loading || value == m_article.*member)
        return;
    Article after = m_article;
    after.*member = value;
    request(description, after);
}

void MetadataPanel::commitPending()
{
    m_textCommit->stop();
    // Every field still being typed in (a window closing or Ctrl+S does not always take the
    // focus away first). Each commit re-shows the stored values; the others keep their edits.
    commitTitle();
    commitSlug();
    commitText(m_role, &Article::role, tr("Change role"));
    commitText(m_alt, &Article::teaserAlt, tr("Change alt text"));
    commitText(m_seoTitle, &Article::seoTitle, tr("Change SEO title"));
    commitPlain(m_excerpt, &Article::excerpt, tr("Change excerpt"));
    commitPlain(m_seoDescription, &Article::seoDescription, tr("Change SEO description"));
}

void MetadataPanel::generateExcerpt()
{
    const QString excerpt = excerptFromBody(m_session.text(), Checklist::kExcerptMax);
    if (excerpt.isEmpty()) {
        Q_EMIT problem(tr("The text has no paragraph to take an excerpt from yet."));
        return;
    }
    m_excerpt->setPlainText(excerpt);
    commitPending();
}

void MetadataPanel::chooseTeaserImage(const QString &path)
{
    const QString file = path.isEmpty()
        ? QFileDialog::getOpenFileName(this, tr("Choose teaser image"), QString(), tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"))
        : path;
    if (file.isEmpty())
        return;
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        Q_EMIT problem(tr("%1 cannot be read: %2").arg(file, input.errorString()));
        return;
    }
    const QByteArray bytes = input.readAll();
    const ImageCheck check = ImageCheck::inspect(bytes);
    if (!check.ok) {
        Q_EMIT problem(tr("%1 is not an image Feder can use: %2").arg(QFileInfo(file).fileName(), check.problem));
        return;
    }
    const Result<QString> image = ArticleService(m_store).addImage(bytes, check.mime, QFileInfo(file).fileName());
    if (!image.ok()) {
        Q_EMIT problem(image.message());
        return;
    }
    Article after = m_article;
    after.teaserAsset = image.value;
    request(m_article.teaserAsset.isEmpty() ? tr("Add teaser image") : tr("Replace teaser image"), after);
}

void MetadataPanel::removeTeaserImage()
{
    Article after = m_article;
    after.teaserAsset.clear();
    request(tr("Remove teaser image"), after);
}

QString MetadataPanel::fieldLabel(const QString &field)
{
    if (field == QLatin1String("title")) return tr("Title");
    if (field == QLatin1String("slug")) return tr("Slug");
    if (field == QLatin1String("author")) return tr("Author");
    if (field == QLatin1String("role")) return tr("Role");
    if (field == QLatin1String("category")) return tr("Category");
    if (field == QLatin1String("status")) return tr("Status");
    if (field == QLatin1String("language")) return tr("Language");
    if (field == QLatin1String("excerpt")) return tr("Excerpt");
    if (field == QLatin1String("teaser_image")) return tr("Teaser image");
    if (field == QLatin1String("teaser_alt")) return tr("Alt text");
    if (field == QLatin1String("seo_title")) return tr("SEO title");
    if (field == QLatin1String("seo_description")) return tr("SEO description");
    if (field == QLatin1String("related")) return tr("Related");
    return field;
}

void MetadataPanel::focusField(const QString &field)
{
    static const QHash<QString, QString> widgetByField = {
        {QStringLiteral("title"), QStringLiteral("metaTitle")}, {QStringLiteral("slug"), QStringLiteral("metaSlug")},
        {QStringLiteral("author"), QStringLiteral("metaAuthor")}, {QStringLiteral("category"), QStringLiteral("metaCategory")},
        {QStringLiteral("excerpt"), QStringLiteral("metaExcerpt")}, {QStringLiteral("teaser_image"), QStringLiteral("metaChooseImage")},
        {QStringLiteral("teaser_alt"), QStringLiteral("metaAlt")}, {QStringLiteral("seo_title"), QStringLiteral("metaSeoTitle")},
        {QStringLiteral("seo_description"), QStringLiteral("metaSeoDescription")}, {QStringLiteral("related"), QStringLiteral("relatedList")},
        {QStringLiteral("status"), QStringLiteral("metaStatus")}};
    if (QWidget *target = findChild<QWidget *>(widgetByField.value(field)))
        target->setFocus(Qt::OtherFocusReason);
}

} // namespace feder::ui

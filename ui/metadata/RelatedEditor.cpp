#include "RelatedEditor.h"

#include "store/Store.h"

#include <QColor>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace feder::ui {

namespace {
constexpr int kSlugRole = Qt::UserRole + 1;
}

RelatedEditor::RelatedEditor(Store &store, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_list(new QListWidget),
      m_add(new QLineEdit),
      m_completer(new QCompleter(this)),
      m_candidates(new QStandardItemModel(this))
{
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_list->setAccessibleName(tr("Related articles"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setMinimumHeight(110);
    m_add->setObjectName(QStringLiteral("relatedAdd"));
    m_add->setAccessibleName(tr("Add a related article"));
    m_add->setPlaceholderText(tr("Add related article: type a title…"));
    m_completer->setModel(m_candidates);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_add->setCompleter(m_completer);

    auto *up = new QToolButton;
    up->setText(tr("Up"));
    up->setObjectName(QStringLiteral("relatedUp"));
    auto *down = new QToolButton;
    down->setText(tr("Down"));
    down->setObjectName(QStringLiteral("relatedDown"));
    auto *remove = new QToolButton;
    remove->setText(tr("Remove"));
    remove->setObjectName(QStringLiteral("relatedRemove"));
    connect(up, &QToolButton::clicked, this, [this] { move(-1); });
    connect(down, &QToolButton::clicked, this, [this] { move(+1); });
    connect(remove, &QToolButton::clicked, this, &RelatedEditor::removeCurrent);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, [this](const QString &text) {
        // Enter in the popup may have added it already (returnPressed): that is no problem.
        if (!slugs().contains(candidateSlug(text)))
            addByTitle(text);
        m_add->clear();
    });
    connect(m_add, &QLineEdit::returnPressed, this, [this] {
        if (addByTitle(m_add->text()))
            m_add->clear();
    });
    // A drag inside the list reorders: report the new order once the drop is done.
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] { Q_EMIT changed(slugs()); });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addWidget(m_add);
}

void RelatedEditor::appendRow(const QString &slug)
{
    const std::optional<Article> article = m_store.articles().findBySlug(slug);
    auto *item = new QListWidgetItem(article ? article->title : tr("missing: %1").arg(slug));
    item->setData(kSlugRole, slug);
    if (article) {
        item->setToolTip(article->category.isEmpty() ? slug : article->category + QStringLiteral(" · ") + slug);
    } else {
        item->setForeground(QColor(0xc0, 0x39, 0x2b));
        item->setToolTip(tr("This article is not in the store (deleted or not imported yet)."));
    }
    m_list->addItem(item);
}

void RelatedEditor::setArticle(qint64 articleId, const QStringList &slugs)
{
    // No signal blocker here: the view must hear of every row, or it keeps showing (and
    // selecting in) the previous article's list.
    m_articleId = articleId;
    m_add->clear(); // a half-typed title belongs to the article it was typed for
    m_list->clear();
    for (const QString &slug : slugs)
        appendRow(slug);
    refreshCandidates();
}

QStringList RelatedEditor::slugs() const
{
    QStringList result;
    for (int row = 0; row < m_list->count(); ++row)
        result.append(m_list->item(row)->data(kSlugRole).toString());
    return result;
}

void RelatedEditor::refreshCandidates()
{
    m_candidates->clear();
    const QList<ArticleSummary> all = m_store.articles().summaries();
    for (const ArticleSummary &summary : all) {
        if (summary.id == m_articleId)
            continue;
        auto *item = new QStandardItem(summary.title);
        item->setData(summary.slug, kSlugRole);
        m_candidates->appendRow(item);
    }
}

QString RelatedEditor::candidateSlug(const QString &titleOrSlug) const
{
    const QString wanted = titleOrSlug.trimmed();
    for (int row = 0; row < m_candidates->rowCount(); ++row) {
        const QStandardItem *item = m_candidates->item(row);
        if (item->text().compare(wanted, Qt::CaseInsensitive) == 0 || item->data(kSlugRole).toString() == wanted)
            return item->data(kSlugRole).toString();
    }
    return {};
}

bool RelatedEditor::addByTitle(const QString &titleOrSlug)
{
    const QString wanted = titleOrSlug.trimmed();
    if (wanted.isEmpty())
        return false;
    if (m_articleId == 0)
        return false;
    const QString slug = candidateSlug(wanted);
    if (slug.isEmpty()) {
        const std::optional<Article> self = m_store.articles().findById(m_articleId);
        const bool isSelf = self && (self->title.compare(wanted, Qt::CaseInsensitive) == 0 || self->slug == wanted);
        Q_EMIT problem(isSelf ? tr("An article cannot be related to itself.")
                              : tr("There is no article titled “%1”.").arg(wanted));
        return false;
    }
    if (slugs().contains(slug)) {
        Q_EMIT problem(tr("“%1” is already a related article.").arg(wanted));
        return false;
    }
    appendRow(slug);
    Q_EMIT changed(slugs());
    return true;
}

void RelatedEditor::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row); // removes and inserts: no rowsMoved, no double report
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    Q_EMIT changed(slugs());
}

void RelatedEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    Q_EMIT changed(slugs());
}

} // namespace feder::ui

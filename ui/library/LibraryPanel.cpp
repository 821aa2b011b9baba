#include "LibraryPanel.h"

#include "session/EditSession.h"
#include "settings/PersonalSettings.h"

#include "ArticleFilterModel.h"
#include "ArticleListModel.h"
#include "model/ArticleStatus.h"
#include "services/ArticleService.h"
#include "services/TrashService.h"
#include "session/EditSession.h"
#include "store/Store.h"

#include <algorithm>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace feder::ui {

namespace {

// The column the author sorted by, kept per machine.
const QString kSortColumnKey = QStringLiteral("library/sortColumn");
const QString kSortOrderKey = QStringLiteral("library/sortOrder");

// Deleting moves the article to the trash; undo takes it out again.
class TrashCommand : public QUndoCommand
{
public:
    TrashCommand(LibraryPanel &panel, Store &store, qint64 id, const QString &title)
        : QUndoCommand(LibraryPanel::tr("Delete “%1”").arg(title)), m_panel(panel), m_store(store), m_id(id) {}

    void redo() override { apply(true); }
    void undo() override { apply(false); }

private:
    void apply(bool trash)
    {
        TrashService service(m_store);
        const Outcome outcome = trash ? service.moveToTrash(m_id) : service.restore(m_id);
        if (!outcome) {
            // A delete that did not happen has nothing to undo: the stack drops it. A failed undo
            // keeps the command, so the article can still be taken out of the trash later.
            if (trash && m_firstRedo)
                setObsolete(true);
            m_firstRedo = false;
            Q_EMIT m_panel.problem(outcome.message);
            return;
        }
        m_firstRedo = false;
        m_panel.reload();
        if (trash)
            Q_EMIT m_panel.articleDeleted(m_id);
        else
            m_panel.selectArticle(m_id);
    }
    LibraryPanel &m_panel;
    Store &m_store;
    qint64 m_id;
    bool m_firstRedo = true;
};

QToolButton *toolButton(const QString &text, const QString &name, const QString &tip)
{
    auto *button = new QToolButton;
    button->setText(text);
    button->setObjectName(name);
    button->setToolTip(tip);
    return button;
}

} // namespace

LibraryPanel::LibraryPanel(Store &store, EditSession &session, QWidget *parent)
    : QWidget(parent),
      m_store(store),
      m_session(session),
      m_model(new ArticleListModel(store, this)),
      m_proxy(new ArticleFilterModel(this)),
      m_search(new QLineEdit),
      m_status(new QComboBox),
      m_category(new QComboBox),
      m_view(new QTableView),
      m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("libraryPanel"));
    confirmDelete = [this](const QString &title) {
        return QMessageBox::question(this, tr("Delete article"),
                   tr("Move “%1” to the trash?\nYou can undo this (Edit ▸ Undo).").arg(title),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ArticleListModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    // The order changes when the author asks for it (a click on a column, a search, a new or
    // deleted article), never because the open article was saved: an autosave must not move
    // the selection or the scroll position while someone types.
    m_proxy->setDynamicSortFilter(false);
    const QSettings settings;
    m_sortColumn = std::clamp(settings.value(kSortColumnKey, int(ArticleListModel::Title)).toInt(), 0,
                              int(ArticleListModel::ColumnCount) - 1);
    m_sortOrder = settings.value(kSortOrderKey, int(Qt::AscendingOrder)).toInt() == int(Qt::DescendingOrder)
                      ? Qt::DescendingOrder : Qt::AscendingOrder;

    m_search->setObjectName(QStringLiteral("librarySearch"));
    m_search->setAccessibleName(tr("Search articles"));
    m_search->setPlaceholderText(tr("Search title, excerpt and text…"));
    m_search->setClearButtonEnabled(true);
    m_status->setObjectName(QStringLiteral("libraryStatusFilter"));
    m_status->addItem(tr("All statuses"), QString());
    for (const ArticleStatus status : articleStatuses())
        m_status->addItem(statusLabel(status), statusName(status));
    m_category->setObjectName(QStringLiteral("libraryCategoryFilter"));
    reloadFilters();

    m_view->setObjectName(QStringLiteral("articleLibrary"));
    m_view->setAccessibleName(tr("Articles"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(m_sortColumn, m_sortOrder);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        if (m_proxy->isSearchActive() || column < 0)
            return; // a search ranks its hits; the chosen column comes back when it is cleared
        m_sortColumn = column;
        m_sortOrder = order;
        QSettings settings;
        settings.setValue(kSortColumnKey, column);
        settings.setValue(kSortOrderKey, int(order));
    });
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionsMovable(true);
    for (const int column : {int(ArticleListModel::Author), int(ArticleListModel::Category), int(ArticleListModel::Updated)})
        m_view->setColumnHidden(column, true); // the narrow default; the header's context menu shows them
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = ArticleListModel::Author; column < ArticleListModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString(), m_view);
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(column));
        connect(toggle, &QAction::toggled, this, [this, column](bool on) { m_view->setColumnHidden(column, !on); });
        m_view->horizontalHeader()->addAction(toggle);
    }

    auto *create = toolButton(tr("New"), QStringLiteral("libraryNew"), tr("Create a new article"));
    auto *duplicate = toolButton(tr("Duplicate"), QStringLiteral("libraryDuplicate"), tr("Copy the selected article"));
    auto *remove = toolButton(tr("Delete"), QStringLiteral("libraryDelete"), tr("Move the selected article to the trash"));
    m_writeButtons = {create, duplicate, remove};
    connect(create, &QToolButton::clicked, this, &LibraryPanel::createArticle);
    connect(duplicate, &QToolButton::clicked, this, &LibraryPanel::duplicateCurrent);
    connect(remove, &QToolButton::clicked, this, &LibraryPanel::deleteCurrent);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_status, 1);
    filters->addWidget(m_category, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(create);
    buttons->addWidget(duplicate);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120); // search as you type, without a query per keystroke
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &LibraryPanel::runSearch);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QScopedValueRollback<bool> following(m_following, true);
        m_proxy->setStatus(m_status->currentData().toString());
        showOpenArticle();
    });
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const QScopedValueRollback<bool> following(m_following, true);
        m_proxy->setCategory(m_category->currentData().toString());
        showOpenArticle();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        // Only the author's choice opens an article, never a row that became current because a
        // filter, a search or a saved change moved the rows.
        if (m_following || !current.isValid())
            return;
        // A failed save of the previous article says why and keeps it open: so does the list.
        if (!m_session.open(current.data(ArticleListModel::ArticleIdRole).toLongLong()))
            showOpenArticle();
    });
    connect(&session, &EditSession::opened, this, &LibraryPanel::showOpenArticle);
    connect(&session, &EditSession::saved, this, &LibraryPanel::refreshArticle);
    connect(&session, &EditSession::metadataChanged, this, [this](const Article &article) {
        refreshArticle(article.id);
        reloadFilters(); // a new category
    });
    connect(this, &LibraryPanel::articleDeleted, this, [this](qint64 articleId) {
        if (!m_session.hasArticle() || m_session.article().id != articleId)
            return;
        m_session.save(); // saved before the move (deleteCurrent); this catches a later edit
        m_session.close();
    });
}

void LibraryPanel::reloadFilters()
{
    const QString current = m_category->currentData().toString();
    const QSignalBlocker blocker(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    const QList<Category> categories = m_store.authors().categories();
    for (const Category &category : categories)
        m_category->addItem(category.name, category.name);
    m_category->setCurrentIndex(std::max(0, m_category->findData(current)));
}

void LibraryPanel::runSearch()
{
    const QScopedValueRollback<bool> following(m_following, true);
    const QString text = m_search->text().trimmed();
    if (text.isEmpty()) {
        m_proxy->setSearchResults({}, false);
        m_view->sortByColumn(m_sortColumn, m_sortOrder); // back to the column the author chose
        scrollToCurrent();
        return;
    }
    m_proxy->setSearchResults(m_store.articles().search(text), true);
    m_view->horizontalHeader()->setSortIndicatorShown(false);
    m_proxy->sortByRank();
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    showOpenArticle();
}

qint64 LibraryPanel::currentArticleId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(ArticleListModel::ArticleIdRole).toLongLong() : 0;
}

void LibraryPanel::selectArticle(qint64 articleId)
{
    const QModelIndex source = m_model->indexOfArticle(articleId);
    const QModelIndex index = m_proxy->mapFromSource(source);
    if (index.isValid() && m_view->currentIndex().row() != index.row())
        m_view->setCurrentIndex(index);
}

void LibraryPanel::reload()
{
    const QScopedValueRollback<bool> following(m_following, true);
    m_model->reload();
    if (m_proxy->isSearchActive())
        runSearch();
    else
        m_view->sortByColumn(m_sortColumn, m_sortOrder);
    showOpenArticle();
}

void LibraryPanel::showOpenArticle()
{
    // The current row is the open article's, or none when filters hide it: never another one,
    // which "Löschen" or "Duplizieren" would then act on.
    const QScopedValueRollback<bool> following(m_following, true);
    const QModelIndex index = m_session.hasArticle()
        ? m_proxy->mapFromSource(m_model->indexOfArticle(m_session.article().id)) : QModelIndex();
    if (!index.isValid()) {
        m_view->selectionModel()->clearSelection();
        m_view->selectionModel()->clearCurrentIndex();
    } else if (m_view->currentIndex().row() != index.row()) {
        m_view->setCurrentIndex(index);
    }
}

void LibraryPanel::scrollToCurrent()
{
    if (m_view->currentIndex().isValid())
        m_view->scrollTo(m_view->currentIndex());
}

void LibraryPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget *button : std::as_const(m_writeButtons))
        button->setEnabled(!readOnly);
}

void LibraryPanel::refreshArticle(qint64 articleId)
{
    const QScopedValueRollback<bool> following(m_following, true);
    // The row shows the new values in place. Without dynamic sorting the proxy does not filter
    // it again either: a row that no longer matches the filters (its status or category
    // changed) is taken out explicitly.
    const bool shown = m_proxy->mapFromSource(m_model->indexOfArticle(articleId)).isValid();
    m_model->refreshArticle(articleId);
    const QModelIndex source = m_model->indexOfArticle(articleId);
    if (!source.isValid() || shown != m_proxy->accepts(source.row()))
        m_proxy->refilter();
    showOpenArticle();
}

void LibraryPanel::createArticle()
{
    if (m_readOnly)
        return;
    const Result<qint64> created = ArticleService(m_store).create({}, PersonalSettings::newArticleLanguage());
    if (!created.ok()) {
        Q_EMIT problem(created.message());
        return;
    }
    m_model->reload();
    selectArticle(created.value);
}

void LibraryPanel::duplicateCurrent()
{
    if (m_readOnly || !currentArticleId())
        return;
    const Result<qint64> copy = ArticleService(m_store).duplicate(currentArticleId());
    if (!copy.ok()) {
        Q_EMIT problem(copy.message());
        return;
    }
    m_model->reload();
    selectArticle(copy.value);
}

void LibraryPanel::deleteCurrent()
{
    if (m_readOnly)
        return;
    const qint64 id = currentArticleId();
    const std::optional<Article> article = m_store.articles().findById(id);
    if (!article)
        return;
    if (!confirmDelete(article->title))
        return;
    // The trash keeps the article with the last words typed; when they cannot be saved, it
    // stays where it is (the failed save said why).
    if (m_session.hasArticle() && m_session.article().id == id && !m_session.save())
        return;
    m_undo.push(new TrashCommand(*this, m_store, id, article->title));
}

} // namespace feder::ui

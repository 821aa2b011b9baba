#include "HistoryDialog.h"

#include "article/ArticleFile.h"
#include "render/HtmlEscape.h"
#include "review/RevisionDiff.h"
#include "review/Workflow.h"
#include "article/ArticleFileError.h"
#include "metadata/MetadataPanel.h"
#include "model/ArticleStatus.h"
#include "store/Store.h"
#include "services/RevisionService.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace feder::ui {

namespace {
constexpr int kRevisionRole = Qt::UserRole + 1;

QString reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("save"))
        return HistoryDialog::tr("saved");
    if (reason == QLatin1String("auto"))
        return HistoryDialog::tr("after 10 minutes of editing");
    if (reason == QLatin1String("before_import"))
        return HistoryDialog::tr("before import");
    if (reason == QLatin1String("status"))
        return HistoryDialog::tr("status change");
    if (reason == QLatin1String("restore"))
        return HistoryDialog::tr("before restoring");
    if (reason == QLatin1String("conflict"))
        return HistoryDialog::tr("changed elsewhere, replaced by the editor's text");
    return reason;
}
}

HistoryDialog::HistoryDialog(Store &store, qint64 articleId, QWidget *parent)
    : QDialog(parent), m_store(store), m_articleId(articleId), m_revisions(new QListWidget), m_status(new QListWidget),
      m_comparison(new QTextBrowser), m_emptyNote(new QLabel)
{
    setWindowTitle(tr("History"));
    setObjectName(QStringLiteral("historyDialog"));
    m_revisions->setSelectionMode(QAbstractItemView::ExtendedSelection);
    askName = [this] { return QInputDialog::getText(this, tr("Name the revision"), tr("Name:")); };

    auto *compare = new QPushButton(tr("Compare"));
    auto *restore = new QPushButton(tr("Restore"));
    auto *name = new QPushButton(tr("Name…"));
    m_revisionButtons = {compare, restore, name};
    m_revisions->setObjectName(QStringLiteral("historyRevisions"));
    m_revisions->setTextElideMode(Qt::ElideNone);
    m_revisions->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_emptyNote->setObjectName(QStringLiteral("historyEmpty"));
    m_emptyNote->setWordWrap(true);
    m_emptyNote->setText(tr("No revisions yet – a revision is taken when you save with Ctrl+S, "
                            "on status changes and on import."));
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Revisions (select one or two)")));
    left->addWidget(m_emptyNote);
    left->addWidget(m_revisions, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(compare);
    buttons->addWidget(restore);
    buttons->addWidget(name);
    left->addLayout(buttons);
    left->addWidget(new QLabel(tr("Workflow")));
    left->addWidget(m_status, 1);
    auto *leftWidget = new QWidget;
    leftWidget->setLayout(left);
    // Wide enough for "date, time – reason: „name“" without cutting it.
    leftWidget->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00.00.00 00:00 – ")
                                    + tr("changed elsewhere, replaced by the editor's text")) + 40);
    auto *splitter = new QSplitter;
    splitter->addWidget(leftWidget);
    splitter->addWidget(m_comparison);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(close);
    resize(1180, 680);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(compare, &QPushButton::clicked, this, &HistoryDialog::compareSelection);
    connect(m_revisions, &QListWidget::itemSelectionChanged, this, &HistoryDialog::compareSelection);
    connect(restore, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Restore"), tr("Restore this revision? The current state is kept as a revision.")) == QMessageBox::Yes)
            restoreSelected();
    });
    connect(name, &QPushButton::clicked, this, &HistoryDialog::nameSelected);
    reload();
}

void HistoryDialog::reload()
{
    m_revisions->clear();
    QList<Revision> revisions = m_store.revisions().forArticle(m_articleId);
    std::reverse(revisions.begin(), revisions.end());
    for (const Revision &revision : std::as_const(revisions)) {
        QString reason = reasonLabel(revision.reason);
        QString name = revision.name;
        if (revision.reason == QLatin1String("status") && name.startsWith(QLatin1String("Status: "))) {
            reason = tr("status changed to %1").arg(name.mid(8)); // not „Statuswechsel: „Status: …““
            name.clear();
        }
        if (revision.reason == QLatin1String("import")) { // and the status it came in with
            try {
                reason = tr("imported, status: %1").arg(statusLabel(RevisionDiff::snapshotArticle(revision.snapshot).status));
            } catch (const ArticleFileError &) {
                reason = tr("imported");
            }
        }
        QString text = QLocale().toString(revision.created.toLocalTime(), QLocale::ShortFormat) + QStringLiteral(" – ") + reason;
        if (!name.isEmpty())
            text += QStringLiteral(": „%1“").arg(name);
        auto *item = new QListWidgetItem(text, m_revisions);
        item->setData(kRevisionRole, revision.id);
        item->setToolTip(text);
    }
    m_emptyNote->setVisible(revisions.isEmpty());
    m_revisions->setVisible(!revisions.isEmpty());
    for (QPushButton *button : std::as_const(m_revisionButtons))
        button->setEnabled(!revisions.isEmpty());
    m_status->clear();
    for (const StatusChange &change : Workflow::history(m_store, m_articleId)) {
        m_status->addItem(QStringLiteral("%1 – %2 → %3 (%4)")
                              .arg(QLocale().toString(change.at.toLocalTime(), QLocale::ShortFormat),
                                   statusLabel(change.from), statusLabel(change.to), change.who));
    }
}

void HistoryDialog::compareSelection()
{
    const QList<QListWidgetItem *> selected = m_revisions->selectedItems();
    if (selected.isEmpty())
        return;
    auto articleOf = [this](QListWidgetItem *item) {
        const std::optional<Revision> revision = m_store.revisions().find(item->data(kRevisionRole).toLongLong());
        try {
            return revision ? RevisionDiff::snapshotArticle(revision->snapshot) : Article();
        } catch (const ArticleFileError &) {
            return Article();
        }
    };
    // Older first: the list is newest first.
    const Article before = articleOf(selected.size() > 1 ? selected.last() : selected.first());
    const Article after = selected.size() > 1 ? articleOf(selected.first())
                                              : m_store.articles().findById(m_articleId).value_or(Article());
    if (RevisionDiff::identical(before, after)) {
        m_comparison->setHtml(QStringLiteral("<p><b>%1</b></p>").arg(tr("No differences")));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(tr("Metadata"));
    const QList<RevisionDiff::FieldChange> fields = RevisionDiff::fields(before, after);
    if (fields.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(tr("No changes."));
    else {
        html += QStringLiteral("<table cellpadding=\"4\">");
        for (const RevisionDiff::FieldChange &change : fields) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td><del style=\"color:#b02020\">%2</del></td><td><ins style=\"color:#1d7a1d\">%3</ins></td></tr>")
                        .arg(escapeHtml(MetadataPanel::fieldLabel(change.field)), escapeHtml(fieldValue(change.field, change.before)),
                             escapeHtml(fieldValue(change.field, change.after)));
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Text"));
    html += before.body == after.body ? QStringLiteral("<p>%1</p>").arg(tr("No changes."))
                                      : QStringLiteral("<div>%1</div>").arg(RevisionDiff::toHtml(RevisionDiff::words(before.body, after.body)));
    m_comparison->setHtml(html);
}

QString HistoryDialog::fieldValue(const QString &field, const QString &value) const
{
    if (field == QLatin1String("status"))
        return statusLabel(value);
    if (field == QLatin1String("teaser_image") && !value.isEmpty()) {
        // The image by the name it was added with, not by the hash of its bytes.
        const std::optional<Asset> asset = m_store.assets().find(value);
        return asset && !asset->originalName.isEmpty() ? asset->originalName : tr("an image");
    }
    return value;
}

bool HistoryDialog::restoreSelected()
{
    const QList<QListWidgetItem *> selected = m_revisions->selectedItems();
    if (selected.size() != 1)
        return false;
    const Result<Article> restore = RevisionService(m_store).restore(m_articleId, selected.first()->data(kRevisionRole).toLongLong());
    if (!restore.ok()) {
        QMessageBox::warning(this, tr("Restore"), restore.message());
        return false;
    }
    reload();
    Q_EMIT restored(m_articleId);
    return true;
}

void HistoryDialog::nameSelected()
{
    const QList<QListWidgetItem *> selected = m_revisions->selectedItems();
    if (selected.size() != 1)
        return;
    const QString name = askName().trimmed();
    if (name.isEmpty())
        return;
    const Outcome named = RevisionService(m_store).name(selected.first()->data(kRevisionRole).toLongLong(), name);
    if (!named)
        QMessageBox::warning(this, tr("Name the revision"), named.message);
    reload();
}

} // namespace feder::ui

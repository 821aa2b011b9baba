#include "NamesDialog.h"

#include "store/Store.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace feder::ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
}

NamesDialog::NamesDialog(Store &store, Kind kind, QWidget *parent)
    : QDialog(parent), m_store(store), m_kind(kind), m_list(new QListWidget), m_role(new QLineEdit), m_usage(new QLabel)
{
    const bool authors = kind == Kind::Authors;
    setWindowTitle(authors ? tr("Authors") : tr("Categories"));
    setObjectName(authors ? QStringLiteral("authorsDialog") : QStringLiteral("categoriesDialog"));
    m_list->setObjectName(QStringLiteral("names"));
    m_role->setObjectName(QStringLiteral("role"));
    m_role->setPlaceholderText(tr("Role, e.g. Digital Transformation Lead, Public Sector"));

    auto *rename = new QPushButton(tr("Rename…"));
    auto *merge = new QPushButton(tr("Merge into…"));
    auto *remove = new QPushButton(tr("Delete"));
    auto *up = new QPushButton(tr("Up"));
    auto *down = new QPushButton(tr("Down"));
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : {rename, merge, remove})
        buttons->addWidget(button);
    if (!authors) {
        buttons->addWidget(up);
        buttons->addWidget(down);
    } else {
        // Not shown for authors, but owned by the dialog like every other button (else leaked).
        up->setParent(this);
        down->setParent(this);
        up->hide();
        down->hide();
    }
    buttons->addStretch();
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    if (authors) {
        layout->addWidget(m_role);
    } else {
        m_role->setParent(this); // categories have no role: owned, not shown
        m_role->hide();
    }
    layout->addWidget(m_usage);
    layout->addWidget(close);
    resize(460, 380);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(rename, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem())
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal,
                                                   m_list->currentItem()->text(), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(merge, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem())
            return;
        QStringList others;
        for (int i = 0; i < m_list->count(); ++i) {
            if (i != m_list->currentRow())
                others.append(m_list->item(i)->text());
        }
        bool ok = false;
        const QString target = QInputDialog::getItem(this, tr("Merge"),
            tr("Merge “%1” into:").arg(m_list->currentItem()->text()), others, 0, false, &ok);
        if (ok)
            mergeCurrentInto(target);
    });
    connect(remove, &QPushButton::clicked, this, [this] { deleteCurrent(); });
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(+1); });
    connect(m_role, &QLineEdit::editingFinished, this, [this] { setCurrentRole(m_role->text()); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const qint64 id = currentId();
        if (!id)
            return;
        if (m_kind == Kind::Authors) {
            m_role->setText(m_list->currentItem()->data(Qt::UserRole + 2).toString());
            m_usage->setText(tr("Used by %n article(s).", nullptr, m_store.authors().articleCountOfAuthor(id)));
        } else {
            m_usage->setText(tr("Used by %n article(s).", nullptr, m_store.authors().articleCountOfCategory(id)));
        }
    });
    reload();
}

void NamesDialog::reload(qint64 selectId)
{
    QSignalBlocker blocker(m_list);
    m_list->clear();
    if (m_kind == Kind::Authors) {
        const QList<Author> authors = m_store.authors().authors();
        for (const Author &author : authors) {
            auto *item = new QListWidgetItem(author.name, m_list);
            item->setData(kIdRole, author.id);
            item->setData(Qt::UserRole + 2, author.role);
        }
    } else {
        const QList<Category> categories = m_store.authors().categories();
        for (const Category &category : categories)
            (new QListWidgetItem(category.name, m_list))->setData(kIdRole, category.id);
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kIdRole).toLongLong() == selectId)
            row = i;
    }
    m_list->setCurrentRow(m_list->count() ? row : -1);
    blocker.unblock();
    Q_EMIT m_list->currentRowChanged(m_list->currentRow());
}

qint64 NamesDialog::currentId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(kIdRole).toLongLong() : 0;
}

NamesService NamesDialog::names() const
{
    return NamesService(m_store, m_kind == Kind::Authors ? NamesService::Kind::Authors : NamesService::Kind::Categories);
}

bool NamesDialog::report(const Outcome &outcome)
{
    if (!outcome) {
        QMessageBox::warning(this, windowTitle(), outcome.message);
        return false;
    }
    Q_EMIT changed();
    return true;
}

bool NamesDialog::renameCurrent(const QString &newName)
{
    const qint64 id = currentId();
    if (!id)
        return false;
    const bool ok = report(names().rename(id, newName));
    reload(id);
    return ok;
}

bool NamesDialog::mergeCurrentInto(const QString &targetName)
{
    const qint64 drop = currentId();
    qint64 keep = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->text() == targetName)
            keep = m_list->item(i)->data(kIdRole).toLongLong();
    }
    if (!drop || !keep || drop == keep)
        return false;
    const bool ok = report(names().merge(keep, drop));
    reload(keep);
    return ok;
}

bool NamesDialog::deleteCurrent()
{
    const qint64 id = currentId();
    if (!id)
        return false;
    const bool ok = report(names().remove(id));
    reload();
    return ok;
}

bool NamesDialog::moveCurrent(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_kind != Kind::Categories || row < 0 || target < 0 || target >= m_list->count())
        return false;
    QList<qint64> order;
    for (int i = 0; i < m_list->count(); ++i)
        order.append(m_list->item(i)->data(kIdRole).toLongLong());
    order.move(row, target);
    const qint64 id = currentId();
    const bool ok = report(names().reorder(order));
    reload(id);
    return ok;
}

bool NamesDialog::setCurrentRole(const QString &role)
{
    const qint64 id = currentId();
    if (m_kind != Kind::Authors || !id || m_list->currentItem()->data(Qt::UserRole + 2).toString() == role.trimmed())
        return false;
    const bool ok = report(names().setRole(id, role));
    reload(id);
    return ok;
}

} // namespace feder::ui

#include "MainWindow.h"

#include "editor/EditSession.h"
#include "editor/MarkdownEditor.h"
#include "library/ArticleListModel.h"
#include "preview/PreviewWidget.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QScrollBar>
#include <QTableView>
#include <QTextBlock>

namespace feder::ui {

MainWindow::MainWindow(Store &store, QWidget *parent)
    : QMainWindow(parent),
      m_store(store),
      m_model(new ArticleListModel(store, this)),
      m_session(new EditSession(store, this)),
      m_library(new QTableView),
      m_editor(new MarkdownEditor),
      m_preview(new PreviewWidget(store)),
      m_saveState(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_library->setObjectName(QStringLiteral("articleLibrary"));
    m_library->setModel(m_model);
    m_library->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_library->setSelectionMode(QAbstractItemView::SingleSelection);
    m_library->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_library->verticalHeader()->hide();
    m_library->horizontalHeader()->setStretchLastSection(true);
    m_library->horizontalHeader()->setSectionResizeMode(ArticleListModel::Title, QHeaderView::Stretch);
    for (int column = ArticleListModel::Author; column < ArticleListModel::ColumnCount; ++column)
        m_library->setColumnHidden(column, column != ArticleListModel::Status && column != ArticleListModel::ReadingTime);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_library);
    splitter->addWidget(m_editor);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setSizes({300, 650, 650});
    setCentralWidget(splitter);
    statusBar()->addPermanentWidget(m_saveState);

    m_session->setBodyProvider([this] { return m_editor->toPlainText(); });
    m_preview->setBodyProvider([this] { return m_editor->toPlainText(); });
    connect(m_editor, &MarkdownEditor::edited, m_session, &EditSession::markModified);
    connect(m_editor, &MarkdownEditor::edited, m_preview, &PreviewWidget::bodyChanged);
    connectScrollSync();
    connect(m_session, &EditSession::opened, this, &MainWindow::showArticle);
    connect(m_session, &EditSession::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_session, &EditSession::saved, this, [this](qint64 articleId) {
        m_model->refreshArticle(articleId);
        m_saveState->setText(tr("Saved"));
    });
    connect(m_session, &EditSession::saveFailed, this, &MainWindow::showSaveError);
    connect(m_library->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    openArticle(current.data(ArticleListModel::ArticleIdRole).toLongLong());
            });

    createActions();
    resize(1500, 900);
    m_editor->setEnabled(false);
    updateTitle();
    if (m_model->rowCount() > 0)
        m_library->selectRow(0);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *save = fileMenu->addAction(tr("&Save"), m_session, &EditSession::save);
    save->setObjectName(QStringLiteral("actionSave"));
    save->setShortcut(QKeySequence::Save);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
}

bool MainWindow::openArticle(qint64 articleId)
{
    if (!m_session->open(articleId))
        return false;
    const QModelIndex index = m_model->indexOfArticle(articleId);
    if (index.isValid() && m_library->currentIndex().row() != index.row())
        m_library->selectRow(index.row());
    return true;
}

void MainWindow::showArticle(const Article &article)
{
    m_editor->loadText(article.body);
    m_editor->setEnabled(true);
    m_preview->showArticle(article);
    m_editor->setFocus();
    m_saveState->clear();
    updateTitle();
}

void MainWindow::connectScrollSync()
{
    // Editor → preview: the caret's block, and while scrolling the first visible line.
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        m_preview->revealLine(m_editor->textCursor().blockNumber() + 1);
    });
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, [this] {
        m_preview->revealLine(m_editor->cursorForPosition(QPoint(0, 0)).blockNumber() + 1, true);
    });
    // Preview → editor: a click puts the caret at the start of that block's source line.
    connect(m_preview, &PreviewWidget::lineClicked, this, [this](int line) {
        const QTextBlock block = m_editor->document()->findBlockByNumber(std::max(0, line - 1));
        if (!block.isValid())
            return;
        QTextCursor cursor(block);
        m_editor->setTextCursor(cursor);
        m_editor->centerCursor();
        m_editor->setFocus();
    });
}

void MainWindow::updateTitle()
{
    // [*] is where Qt shows the unsaved-changes marker when windowModified is set.
    const QString title = m_session->hasArticle() ? m_session->article().title : tr("No article");
    setWindowTitle(tr("%1[*] — Feder").arg(title));
    setWindowModified(m_session->isModified());
    if (m_session->isModified())
        m_saveState->setText(tr("Unsaved changes"));
}

void MainWindow::showSaveError(const QString &message)
{
    m_saveState->setText(tr("Not saved"));
    statusBar()->showMessage(tr("Saving failed: %1").arg(message));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_session->save()) {
        event->accept();
        return;
    }
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
        tr("The article could not be saved. Close anyway and lose the changes?"),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        event->accept();
    else
        event->ignore();
}

} // namespace feder::ui

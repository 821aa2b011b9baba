// Issue 12: a German desktop app with room to write. Qt's own dialogs, buttons, context menus
// and shortcut names speak German; every menu title is German; the language can be chosen in
// the settings; the right-hand docks fold away as one sidebar (remembered), the library can be
// hidden, the editor keeps a comfortable line length, the window fits a 1280×720 screen, and
// long values show their start with the whole of them in a tooltip.
// This suite runs in German (FEDER_LANG=de, set in main below), like the app for its users.
#include "GuiEntry.h"
#include "WindowParts.h"
#include "GuiTestMain.h"
#include "TestSupport.h"
#include "editor/MarkdownEditor.h"
#include "import/Importer.h"
#include "library/ArticleListModel.h"
#include "library/LibraryPanel.h"
#include "mainwindow/MainWindow.h"
#include "settings/SettingsDialog.h"
#include "mainwindow/Sidebar.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QScreen>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>

using namespace feder;
using namespace feder::ui;

namespace {
const QString kLongTitle = QStringLiteral("Wie die Verwaltung der Stadt Musterhausen ihre Bürgerdienste "
                                          "Schritt für Schritt in die Cloud gebracht hat");

QString withoutAccelerator(QString text)
{
    text.remove(QLatin1Char('&'));
    return text.section(QLatin1Char('\t'), 0, 0);
}
} // namespace

class TestGuiDesktop : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    static void screenshot(QWidget &window, const QString &name)
    {
        if (qEnvironmentVariableIsSet("FEDER_SCREENSHOT_DIR"))
            window.grab().save(qEnvironmentVariable("FEDER_SCREENSHOT_DIR") + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    QList<QDockWidget *> sidebarDocks(MainWindow &window)
    {
        QList<QDockWidget *> docks;
        for (const char *name : {"metadataDock", "checklistDock", "spellingDock", "reviewDock"})
            docks.append(window.findChild<QDockWidget *>(QLatin1String(name)));
        return docks;
    }

    // The most characters any of the first lines of the first paragraph holds.
    static int charactersPerLine(MarkdownEditor &editor)
    {
        const QTextLayout *layout = editor.document()->firstBlock().layout();
        int most = 0;
        for (int i = 0; i < std::min(4, layout->lineCount()); ++i)
            most = std::max(most, layout->lineAt(i).textLength());
        return most;
    }

    void showAt(MainWindow &window, QSize size)
    {
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.size(), size);
        QTest::qWait(50); // the docks and the splitter take their sizes
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("d.sqlite")), Store::Access::Create);
        QString body;
        for (int i = 1; i <= 20; ++i)
            body += QStringLiteral("Die Verwaltung stellt ihre Termine auf eine neue Plattform um, und die Bürgerinnen "
                                   "und Bürger buchen sie online, ohne in der Warteschleife zu hängen. ");
        body += QStringLiteral("\n\n## Was wir gelernt haben\n\nNoch ein Absatz.\n");
        test::writeFile(*m_dir, QStringLiteral("in/lang.md"),
                        test::articleText(QStringLiteral("title: %1\nslug: lang\nauthor: Miriam Vogt\nrole: Digital Transformation Lead, Public Sector, "
                                                         "Western Europe").arg(kLongTitle), body));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("in"))});
    }
    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    // Qt's own texts come from qtbase_de (qt6-translations-l10n), loaded at start.
    void qtDialogsAndContextMenusSpeakGerman()
    {
        QMessageBox box(QMessageBox::Question, QStringLiteral("Frage"), QStringLiteral("Speichern?"),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel | QMessageBox::Yes | QMessageBox::No);
        QCOMPARE(box.button(QMessageBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(withoutAccelerator(box.button(QMessageBox::Save)->text()), QStringLiteral("Speichern"));
        QCOMPARE(withoutAccelerator(box.button(QMessageBox::Yes)->text()), QStringLiteral("Ja"));
        QCOMPARE(withoutAccelerator(box.button(QMessageBox::No)->text()), QStringLiteral("Nein"));

        EditSession session(*m_store);
        MarkdownEditor editor(session);
        editor.setEnabled(true);
        editor.setPlainText(QStringLiteral("Ein Text zum Bearbeiten."));
        editor.selectAll();
        editor.textCursor().insertText(QStringLiteral("Neu")); // something to undo
        std::unique_ptr<QMenu> menu(editor.createStandardContextMenu());
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts.append(action->text());
        }
        QVERIFY2(texts.value(0).startsWith(QStringLiteral("&Rückgängig")), qPrintable(texts.join(QLatin1String(" | "))));
        const QStringList english = {QStringLiteral("Undo"), QStringLiteral("Redo"), QStringLiteral("Cut"), QStringLiteral("Copy"),
                                     QStringLiteral("Paste"), QStringLiteral("Delete"), QStringLiteral("Select All")};
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!english.contains(withoutAccelerator(text)), qPrintable(text));
        QVERIFY2(texts.join(QLatin1Char('|')).contains(QStringLiteral("Strg+Z")), qPrintable(texts.join(QLatin1String(" | "))));
    }

    void shortcutNamesAreGerman()
    {
        QCOMPARE(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText), QStringLiteral("Strg+S"));
        MainWindow window(*m_store);
        auto *save = window.findChild<QAction *>(QStringLiteral("actionSave"));
        QVERIFY(save);
        QCOMPARE(save->shortcut().toString(QKeySequence::NativeText), QStringLiteral("Strg+S"));
        QCOMPARE(test::sidebar(window).toggleAction()->shortcut().toString(QKeySequence::NativeText), QStringLiteral("Strg+Umschalt+B"));
    }

    void everyMenuTitleIsGerman()
    {
        MainWindow window(*m_store);
        QStringList titles;
        for (QAction *action : window.menuBar()->actions())
            titles.append(action->text());
        QCOMPARE(titles, (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Redaktion"),
                                      QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")}));
        // Nothing in the menus is left in English (a few words are the same in both languages).
        const QStringList englishWords = {QStringLiteral("Store"), QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"),
                                          QStringLiteral("Sidebar"), QStringLiteral("Library"), QStringLiteral("Settings"),
                                          QStringLiteral("Undo"), QStringLiteral("Redo")};
        for (QAction *menuAction : window.menuBar()->actions()) {
            for (QAction *action : menuAction->menu()->actions()) {
                for (const QString &word : englishWords)
                    QVERIFY2(!withoutAccelerator(action->text()).contains(word), qPrintable(action->text()));
            }
        }
    }

    // Bearbeiten ▸ Einstellungen: Deutsch / English, kept in QSettings, read at the next start.
    void settingsChooseTheLanguage()
    {
        MainWindow window(*m_store);
        auto *settingsAction = window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(settingsAction);
        QCOMPARE(settingsAction->text(), QStringLiteral("&Einstellungen …"));

        SettingsDialog dialog(*m_store, &window);
        QComboBox &language = *dialog.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
        QCOMPARE(language.count(), 3);
        QCOMPARE(language.currentData().toString(), QString()); // follows the system at first
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("settingsRestartNote"))->text().contains(QStringLiteral("Start")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        screenshot(dialog, QStringLiteral("issue12-settings"));
        language.setCurrentIndex(language.findData(QStringLiteral("en")));
        dialog.apply();
        QCOMPARE(QSettings().value(QLatin1String(kLanguageSetting)).toString(), QStringLiteral("en"));

        const QByteArray forced = qgetenv("FEDER_LANG");
        qunsetenv("FEDER_LANG");
        QCOMPARE(interfaceLanguage(), QStringLiteral("en"));
        QSettings().setValue(QLatin1String(kLanguageSetting), QStringLiteral("de"));
        QCOMPARE(interfaceLanguage(), QStringLiteral("de"));
        qputenv("FEDER_LANG", forced);
        SettingsDialog again(*m_store, &window);
        QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("settingsLanguage"))->currentData().toString(), QStringLiteral("de"));
    }

    // A first start fits the screen (a 1280×720 screen too; the offscreen test screen is smaller).
    void defaultWindowFitsTheScreen()
    {
        MainWindow window(*m_store);
        const QSize available = window.screen()->availableGeometry().size();
        QVERIFY2(window.width() <= available.width() && window.height() <= available.height(),
                 qPrintable(QStringLiteral("%1×%2 on %3×%4").arg(window.width()).arg(window.height()).arg(available.width()).arg(available.height())));
    }

    void sidebarCollapsesWithOneShortcutAndStaysSo()
    {
        {
            MainWindow window(*m_store);
            showAt(window, QSize(1280, 720));
            const QList<QDockWidget *> docks = sidebarDocks(window);
            for (QDockWidget *dock : docks)
                QVERIFY(dock && dock->isVisibleTo(&window));
            QAction *toggle = test::sidebar(window).toggleAction();
            QVERIFY(toggle->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B)));
            QVERIFY(toggle->shortcuts().contains(QKeySequence(Qt::Key_F9)));
            QVERIFY(toggle->isChecked());
            const int editorBefore = test::editor(window).width();
            toggle->trigger();
            for (QDockWidget *dock : docks)
                QVERIFY(!dock->isVisibleTo(&window));
            QTRY_VERIFY(test::editor(window).width() > editorBefore + 100);
            QCOMPARE(QSettings().value(QStringLiteral("window/sidebarCollapsed")).toBool(), true);
            screenshot(window, QStringLiteral("issue12-1280-collapsed"));
            QVERIFY(window.close());
        }
        // Restarted: still collapsed, and the shortcut brings every tab back with Metadaten in front.
        MainWindow window(*m_store);
        showAt(window, QSize(1280, 720));
        const QList<QDockWidget *> docks = sidebarDocks(window);
        for (QDockWidget *dock : docks)
            QVERIFY(!dock->isVisibleTo(&window));
        QAction *toggle = test::sidebar(window).toggleAction();
        QVERIFY(!toggle->isChecked());
        toggle->trigger();
        for (QDockWidget *dock : docks)
            QVERIFY(dock->isVisibleTo(&window));
        QTRY_VERIFY(!docks.first()->visibleRegion().isEmpty()); // the tab in front
        QCOMPARE(QSettings().value(QStringLiteral("window/sidebarCollapsed")).toBool(), false);
        QVERIFY(window.tabifiedDockWidgets(docks.first()).size() == 3); // one sidebar of tabs
    }

    void libraryCanBeHidden()
    {
        MainWindow window(*m_store);
        showAt(window, QSize(1280, 720));
        auto *toggle = window.findChild<QAction *>(QStringLiteral("actionLibrary"));
        QVERIFY(toggle);
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
        auto *libraryDock = window.findChild<QDockWidget *>(QStringLiteral("libraryDock"));
        QVERIFY(libraryDock->isVisibleTo(&window));
        toggle->trigger();
        QVERIFY(!libraryDock->isVisibleTo(&window));
        toggle->trigger();
        QVERIFY(libraryDock->isVisibleTo(&window));
    }

    // About 70–80 characters a line when there is room, centred; never below 50 at 1280×720
    // with the sidebar collapsed.
    void editorKeepsAComfortableLineLength()
    {
        MainWindow window(*m_store);
        test::sidebar(window).setCollapsed(true);
        showAt(window, QSize(1280, 720));
        QVERIFY(test::session(window).open(m_store->articles().findBySlug(QStringLiteral("lang"))->id));
        QTRY_VERIFY(test::editor(window).document()->firstBlock().layout()->lineCount() > 2);
        const int narrow = charactersPerLine(test::editor(window));
        QVERIFY2(narrow >= 50, qPrintable(QString::number(narrow)));
        screenshot(window, QStringLiteral("issue12-1280-editor"));

        window.findChild<QAction *>(QStringLiteral("actionLibrary"))->trigger(); // hidden
        window.resize(1920, 1080);
        QTRY_COMPARE(window.size(), QSize(1920, 1080));
        QTest::qWait(50);
        QTRY_VERIFY(test::editor(window).viewport()->x() > 20); // centred in the wide editor
        const int wide = charactersPerLine(test::editor(window));
        QVERIFY2(wide >= 66 && wide <= 84, qPrintable(QString::number(wide)));
        const MarkdownEditor &editor = test::editor(window);
        const int scrollBar = editor.verticalScrollBar()->isVisible() ? editor.verticalScrollBar()->width() : 0;
        const int rightMargin = editor.width() - scrollBar - editor.viewport()->geometry().right() - 1;
        QVERIFY2(std::abs(editor.viewport()->x() - rightMargin) <= 2, qPrintable(QStringLiteral("%1 %2").arg(editor.viewport()->x()).arg(rightMargin)));
        screenshot(window, QStringLiteral("issue12-1920-editor"));
    }

    void longValuesShowTheirStartWithATooltip()
    {
        MainWindow window(*m_store);
        showAt(window, QSize(1280, 720));
        QVERIFY(test::session(window).open(m_store->articles().findBySlug(QStringLiteral("lang"))->id));
        for (const char *name : {"metaTitle", "metaRole"}) {
            auto *edit = window.findChild<QLineEdit *>(QLatin1String(name));
            QVERIFY(edit);
            QVERIFY(edit->text().size() > 40);
            QCOMPARE(edit->cursorPosition(), 0);
            QCOMPARE(edit->toolTip(), edit->text());
        }
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("metaTitle"))->text(), kLongTitle);

        QTableView &library = test::library(window);
        const QModelIndex title = library.model()->index(0, ArticleListModel::Title);
        QCOMPARE(title.data().toString(), kLongTitle);
        QVERIFY(title.data(Qt::ToolTipRole).toString().startsWith(kLongTitle));
        QCOMPARE(library.textElideMode(), Qt::ElideRight);
        QVERIFY(library.columnWidth(ArticleListModel::Title) < library.fontMetrics().horizontalAdvance(kLongTitle));
        screenshot(window, QStringLiteral("issue12-1280-sidebar"));
    }
};

FEDER_GUI_TEST_MAIN_GERMAN(TestGuiDesktop)

#include "tst_gui_desktop.moc"

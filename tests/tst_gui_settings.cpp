// Bearbeiten ▸ Einstellungen (personal settings in QSettings, the team's in the store), the light
// and dark themes checked for contrast, Hilfe ▸ Tastenkürzel built from the actions, and the
// keyboard and screen-reader reach of every command and input. Runs in German.
#include "GuiTestMain.h"
#include "TestSupport.h"
#include "WindowParts.h"
#include "editor/MarkdownStyle.h"
#include "editor/TypingReplacements.h"
#include "help/ShortcutHelp.h"
#include "import/Importer.h"
#include "mainwindow/MainWindow.h"
#include "services/CurrentUser.h"
#include "services/TeamSettingsService.h"
#include "settings/PersonalSettings.h"
#include "settings/SettingsDialog.h"
#include "settings/Theme.h"
#include "store/Store.h"

#include <QAccessible>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace feder;
using namespace feder::ui;

class TestGuiSettings : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    template <typename T>
    static T &child(QObject &parent, const char *name)
    {
        T *found = parent.findChild<T *>(QLatin1String(name));
        if (!found)
            qFatal("no %s", name);
        return *found;
    }

    // Clicks OK of the settings dialog once it is open (exec() blocks the test until then).
    static void pressOkWhenOpen(const std::function<void(SettingsDialog &)> &fill)
    {
        QTimer::singleShot(0, [fill] {
            auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            fill(*dialog);
            QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
    }

    static void checkContrast(const QColor &foreground, const QColor &background, double minimum, const char *what)
    {
        const double ratio = Themes::contrast(foreground, background);
        QVERIFY2(ratio >= minimum, qPrintable(QStringLiteral("%1: %2 on %3 = %4:1, needs %5:1")
                                                  .arg(QLatin1String(what), foreground.name(), background.name())
                                                  .arg(ratio, 0, 'f', 2).arg(minimum)));
    }

private Q_SLOTS:
    void init()
    {
        QSettings().clear();
        qunsetenv("FEDER_REVIEWER");
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = Store::open(m_dir->filePath(QStringLiteral("s.sqlite")), Store::Access::Create);
        test::writeFile(*m_dir, QStringLiteral("in/a.md"),
                        test::articleText(QStringLiteral("title: Alpha\nslug: alpha"), QStringLiteral("# Titel\n\nDie Kund:innen lesen.\n")));
        Importer(*m_store).importPaths({m_dir->filePath(QStringLiteral("in"))});
    }
    void cleanup()
    {
        Themes::apply(Theme::System);
        m_store.reset();
        m_dir.reset();
    }

    void settingsAreKeptAndTakeEffect()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *settings = window.findChild<QAction *>(QStringLiteral("actionSettings"));
        QVERIFY(settings);
        pressOkWhenOpen([](SettingsDialog &dialog) {
            child<QLineEdit>(dialog, "settingsName").setText(QStringLiteral("Jana Redakteurin"));
            QComboBox &language = child<QComboBox>(dialog, "settingsArticleLanguage");
            language.setCurrentIndex(language.findData(QStringLiteral("de-CH")));
            child<QFontComboBox>(dialog, "settingsFont").setCurrentFont(QFont(QStringLiteral("DejaVu Serif")));
            child<QSpinBox>(dialog, "settingsFontSize").setValue(17);
            QComboBox &theme = child<QComboBox>(dialog, "settingsTheme");
            theme.setCurrentIndex(theme.findData(QStringLiteral("dark")));
            child<QDoubleSpinBox>(dialog, "settingsAutosave").setValue(3.0);
            child<QSpinBox>(dialog, "settingsWordsPerMinute").setValue(240);
            QComboBox &gender = child<QComboBox>(dialog, "settingsGender");
            gender.setCurrentIndex(gender.findData(QStringLiteral("colon")));
            QVERIFY(child<QCheckBox>(dialog, "settingsQuotes").isChecked()); // on unless switched off
            child<QCheckBox>(dialog, "settingsDash").setChecked(false);
        });
        settings->trigger();

        // Personal: in QSettings, and in effect at once.
        QCOMPARE(CurrentUser::name(), QStringLiteral("Jana Redakteurin"));
        QCOMPARE(PersonalSettings::newArticleLanguage(), QStringLiteral("de-CH"));
        QCOMPARE(PersonalSettings::theme(), Theme::Dark);
        QCOMPARE(test::editor(window).font().pointSize(), 17);
        QCOMPARE(test::editor(window).font().family(), QFont(QStringLiteral("DejaVu Serif")).family());
        QCOMPARE(test::session(window).autosaveDelay(), 3000);
        QCOMPARE(QSettings().value(TypingReplacements::kDashKey, true).toBool(), false);
        QCOMPARE(QSettings().value(TypingReplacements::kQuotesKey, true).toBool(), true);
        QCOMPARE(QApplication::palette().color(QPalette::Base), Themes::palette(Theme::Dark).color(QPalette::Base));
        QTRY_COMPARE(test::editor(window).palette().color(QPalette::Base), Themes::palette(Theme::Dark).color(QPalette::Base));
        // Team: in the store.
        QCOMPARE(TeamSettingsService(*m_store).wordsPerMinute(), 240);
        QCOMPARE(TeamSettingsService(*m_store).genderStyle(), GenderStyle::Colon);
        // A new article gets the chosen language.
        test::libraryPanel(window).createArticle();
        QCOMPARE(test::session(window).article().language, QStringLiteral("de-CH"));

        // The next window (the next start) reads them back; the dialog shows them.
        QVERIFY(window.close());
        MainWindow again(*m_store);
        QCOMPARE(test::editor(again).font().pointSize(), 17);
        QCOMPARE(test::session(again).autosaveDelay(), 3000);
        SettingsDialog dialog(*m_store, &again);
        QCOMPARE(child<QLineEdit>(dialog, "settingsName").text(), QStringLiteral("Jana Redakteurin"));
        QCOMPARE(child<QComboBox>(dialog, "settingsTheme").currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(child<QSpinBox>(dialog, "settingsWordsPerMinute").value(), 240);
        QCOMPARE(child<QComboBox>(dialog, "settingsGender").currentData().toString(), QStringLiteral("colon"));
    }

    void aTeamSettingTheStoreRefusesSaysWhyAndKeepsTheDialogOpen()
    {
        MainWindow window(*m_store);
        SettingsDialog dialog(*m_store, &window);
        child<QSpinBox>(dialog, "settingsWordsPerMinute").setValue(260);
        child<QLineEdit>(dialog, "settingsName").setText(QStringLiteral("Paul"));
        {
            const test::FailingStatements failing = test::FailingStatements::writes();
            QVERIFY(!dialog.apply());
        }
        const QLabel &problem = child<QLabel>(dialog, "settingsProblem");
        QVERIFY(!problem.isHidden());
        QVERIFY2(problem.text().contains(QStringLiteral("injected write failure")), qPrintable(problem.text()));
        QCOMPARE(TeamSettingsService(*m_store).wordsPerMinute(), SettingsRepository::kDefaultWordsPerMinute);
        QCOMPARE(CurrentUser::chosenName(), QStringLiteral("Paul")); // the personal part is kept
        QVERIFY(dialog.apply()); // and once the store writes again, it goes through
        QCOMPARE(TeamSettingsService(*m_store).wordsPerMinute(), 260);
        QVERIFY(!TeamSettingsService(*m_store).setWordsPerMinute(5).ok); // not plausible
    }

    // WCAG AA: text 4.5:1; the dimmed Markdown marks and the spelling underline 3:1.
    void lightAndDarkThemesAreReadable_data()
    {
        QTest::addColumn<Theme>("theme");
        QTest::newRow("light") << Theme::Light;
        QTest::newRow("dark") << Theme::Dark;
    }
    void lightAndDarkThemesAreReadable()
    {
        QFETCH(Theme, theme);
        const QPalette p = Themes::palette(theme);
        checkContrast(p.color(QPalette::Text), p.color(QPalette::Base), 4.5, "text");
        checkContrast(p.color(QPalette::Text), p.color(QPalette::AlternateBase), 4.5, "text on alternate rows");
        checkContrast(p.color(QPalette::WindowText), p.color(QPalette::Window), 4.5, "window text");
        checkContrast(p.color(QPalette::ButtonText), p.color(QPalette::Button), 4.5, "button text");
        checkContrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight), 4.5, "selection");
        checkContrast(p.color(QPalette::Link), p.color(QPalette::Base), 4.5, "link");
        checkContrast(p.color(QPalette::LinkVisited), p.color(QPalette::Base), 4.5, "visited link");
        checkContrast(p.color(QPalette::PlaceholderText), p.color(QPalette::Base), 4.5, "placeholder");
        checkContrast(p.color(QPalette::ToolTipText), p.color(QPalette::ToolTipBase), 4.5, "tooltip");
        checkContrast(p.color(QPalette::BrightText), p.color(QPalette::Window), 4.5, "warning text");
        checkContrast(p.color(QPalette::Disabled, QPalette::Text), p.color(QPalette::Base), 3.0, "disabled text");
        const MarkdownStyle style(p);
        const QColor base = p.color(QPalette::Base);
        checkContrast(style.heading().foreground().color(), base, 4.5, "heading");
        checkContrast(style.link().foreground().color(), base, 4.5, "Markdown link");
        checkContrast(style.code().foreground().color(), base, 4.5, "code");
        checkContrast(style.markup().foreground().color(), base, 3.0, "Markdown marks");
        checkContrast(QColor(0xd0, 0x21, 0x21), base, 3.0, "spelling underline");
        // Review markers are light in both themes, with dark words on them.
        checkContrast(QColor(0x1c, 0x1e, 0x21), QColor(255, 226, 122), 4.5, "open comment");
        checkContrast(QColor(0x1c, 0x1e, 0x21), QColor(225, 232, 240), 4.5, "resolved comment");
    }

    void shortcutHelpIsBuiltFromTheActions()
    {
        MainWindow window(*m_store);
        QAction *help = window.findChild<QAction *>(QStringLiteral("actionShortcuts"));
        QVERIFY(help);
        QCOMPARE(help->shortcut(), QKeySequence(Qt::Key_F1));
        // Read inside the modal dialog, checked once it is closed again.
        QHash<QString, QString> keys;
        int commands = 0;
        QTimer::singleShot(0, [&keys, &commands] {
            auto *dialog = qobject_cast<ShortcutHelp *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QTreeWidget &tree = dialog->tree();
            for (int i = 0; i < tree.topLevelItemCount(); ++i) {
                for (int j = 0; j < tree.topLevelItem(i)->childCount(); ++j) {
                    keys.insert(tree.topLevelItem(i)->child(j)->text(0), tree.topLevelItem(i)->child(j)->text(1));
                    ++commands;
                }
            }
            dialog->reject();
        });
        help->trigger();
        QCOMPARE(keys.value(QStringLiteral("Speichern")), QStringLiteral("Strg+S"));
        QCOMPARE(keys.value(QStringLiteral("Einstellungen")), QStringLiteral("Alt+B, E"));
        QVERIFY2(keys.value(QStringLiteral("Rückgängig")).contains(QStringLiteral("Strg+Z")), qPrintable(keys.value(QStringLiteral("Rückgängig"))));
        // Every command of every menu is listed, each with keys.
        QStringList withoutKeys;
        int menuCommands = 0;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                if (action->isSeparator() || action->menu() || !action->isVisible())
                    continue;
                ++menuCommands;
                const QString text = ShortcutHelp::plainText(action->text());
                QVERIFY2(keys.contains(text), qPrintable(text));
                if (keys.value(text).isEmpty())
                    withoutKeys.append(text);
            }
        }
        QVERIFY2(withoutKeys.isEmpty(), qPrintable(withoutKeys.join(QStringLiteral(", "))));
        QVERIFY(commands >= menuCommands);
    }

    // Every command can be reached without a mouse: a shortcut, or accelerators along its menu
    // path, unique within the menu.
    void everyCommandIsReachableByKeyboard()
    {
        MainWindow window(*m_store);
        QStringList problems;
        QSet<QString> menuLetters;
        for (QAction *menuAction : window.menuBar()->actions()) {
            const QString letter = ShortcutHelp::accelerator(menuAction->text());
            if (letter.isEmpty() || menuLetters.contains(letter))
                problems.append(QStringLiteral("menu %1 (Alt+%2)").arg(menuAction->text(), letter));
            menuLetters.insert(letter);
            QSet<QString> letters;
            for (QAction *action : menuAction->menu()->actions()) {
                if (action->isSeparator() || !action->isVisible())
                    continue;
                const QString accel = ShortcutHelp::accelerator(action->text());
                if (accel.isEmpty() && action->shortcuts().isEmpty())
                    problems.append(QStringLiteral("%1 ▸ %2: no key").arg(menuAction->text(), action->text()));
                if (accel.isEmpty())
                    continue;
                if (letters.contains(accel))
                    problems.append(QStringLiteral("%1 ▸ %2: %3 twice").arg(menuAction->text(), action->text(), accel));
                letters.insert(accel);
            }
        }
        // No shortcut is given to two actions.
        QHash<QKeySequence, QString> owners;
        for (QAction *action : window.findChildren<QAction *>()) {
            for (const QKeySequence &shortcut : action->shortcuts()) {
                if (owners.contains(shortcut) && owners.value(shortcut) != action->text())
                    problems.append(QStringLiteral("%1: %2 and %3").arg(shortcut.toString(), owners.value(shortcut), action->text()));
                owners.insert(shortcut, action->text());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
    }

    // Each label of the settings has its own letter (Alt+letter jumps to its field).
    void settingsLabelsHaveDistinctLetters()
    {
        SettingsDialog dialog(*m_store);
        QHash<QString, QString> owners;
        QStringList clashes;
        for (QLabel *label : dialog.findChildren<QLabel *>()) {
            if (!label->buddy())
                continue;
            const QString letter = ShortcutHelp::accelerator(label->text());
            if (letter.isEmpty() || owners.contains(letter))
                clashes.append(label->text() + QStringLiteral(" / ") + owners.value(letter));
            owners.insert(letter, label->text());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral(", "))));
        QVERIFY2(owners.size() >= 9, qPrintable(QStringList(owners.values()).join(QStringLiteral(", ")) + QStringLiteral(" of %1 labels").arg(dialog.findChildren<QLabel *>().size())));
    }

    // Tab walks the Metadaten form from top to bottom, as it is shown.
    void tabGoesDownTheMetadataForm()
    {
        MainWindow window(*m_store);
        window.resize(1280, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MetadataPanel &panel = test::metadata(window);
        QWidget *field = panel.findChild<QLineEdit *>(QStringLiteral("metaTitle"));
        QVERIFY(field && field->isEnabled());
        int lastY = -1;
        QStringList visited;
        for (int step = 0; step < 40 && field && panel.isAncestorOf(field); ++step) {
            if (field->isVisible() && field->focusPolicy() & Qt::TabFocus) {
                const int y = field->mapTo(&panel, QPoint(0, 0)).y();
                visited.append(field->objectName().isEmpty() ? QLatin1String(field->metaObject()->className()) : field->objectName());
                QVERIFY2(y >= lastY - 2, qPrintable(visited.join(QStringLiteral(" → "))));
                lastY = y;
            }
            field = field->nextInFocusChain();
        }
        QVERIFY2(visited.size() >= 12, qPrintable(visited.join(QStringLiteral(" → "))));
    }

    // A screen reader names every input of the window and the settings: by its label (a buddy),
    // or by an accessible name of its own.
    void everyInputHasAnAccessibleName()
    {
        MainWindow window(*m_store);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SettingsDialog dialog(*m_store, &window);
        QStringList unnamed;
        for (QWidget *root : {static_cast<QWidget *>(&window), static_cast<QWidget *>(&dialog)}) {
            for (QWidget *widget : root->findChildren<QWidget *>()) {
                const bool input = qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget)
                                   || qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
                                   || qobject_cast<QAbstractItemView *>(widget);
                // Column headers are named by their columns, a combo box's popup list by the box.
                if (widget->inherits("QHeaderView") || widget->inherits("QComboBoxListView"))
                    continue;
                if (!input || qobject_cast<QLineEdit *>(widget->parentWidget()) || qobject_cast<QComboBox *>(widget->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) || widget->objectName().startsWith(QLatin1String("qt_")))
                    continue; // a line edit inside a combo box or spin box is named by its owner
                QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
                if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed.append(QStringLiteral("%1 (%2)").arg(widget->objectName(), QLatin1String(widget->metaObject()->className())));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
};

FEDER_GUI_TEST_MAIN_GERMAN(TestGuiSettings)

#include "tst_gui_settings.moc"

#pragma once

#include "GuiEntry.h"
#include "mainwindow/GuardedApplication.h"
#include "preview/PreviewEnvironment.h"

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace feder::test {
// GUI tests never read or write the author's settings: QSettings go to a folder of their own
// (XDG_CONFIG_HOME, set before the application reads it).
inline QTemporaryDir &isolatedSettings()
{
    static QTemporaryDir folder;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(folder.path()));
    return folder;
}
} // namespace feder::test

// The same, with the interface in German (Feder's and Qt's own translations).
#define FEDER_GUI_TEST_MAIN_GERMAN(TestObject)                            \
    FEDER_GUI_TEST_MAIN_WITH(TestObject, qputenv("FEDER_LANG", "de"))

// Like QTEST_MAIN, with the app's own QApplication (GuardedApplication), and prepares Qt WebEngine (URL scheme, GL sharing) before the
// QApplication exists, which WebEngine requires.
#define FEDER_GUI_TEST_MAIN(TestObject) FEDER_GUI_TEST_MAIN_WITH(TestObject, (void)0)
#define FEDER_GUI_TEST_MAIN_WITH(TestObject, firstStep)                   \
    int main(int argc, char **argv)                                       \
    {                                                                     \
        firstStep;                                                        \
        feder::test::isolatedSettings();                                  \
        feder::ui::preparePreviewEnvironment();                           \
        feder::ui::GuardedApplication app(argc, argv); /* as the app */  \
        feder::ui::setApplicationIdentity();                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                          \
        feder::ui::installTranslations(app); /* English unless FEDER_LANG */ \
        TestObject test;                                                  \
        QTEST_SET_MAIN_SOURCE_PATH                                        \
        return QTest::qExec(&test, argc, argv);                           \
    }

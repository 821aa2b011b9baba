// The main window for scripts/screenshot (not a test): opens the store and the given Markdown
// files exactly as `feder --store STORE FILE.md` does (WindowHost), places the window on the whole
// screen, brings the sidebar's Review tab to the front (a click a user would make), waits for the
// preview and the spellcheck, prints "screenshot: ready" and stays until it is terminated; the
// script grabs the X screen meanwhile.
#include "GuiEntry.h"
#include "mainwindow/GuardedApplication.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowHost.h"
#include "preview/PreviewEnvironment.h"
#include "settings/PersonalSettings.h"
#include "settings/Theme.h"

#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QScreen>
#include <QTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    using namespace feder::ui;
    preparePreviewEnvironment();
    GuardedApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Feder"));
    QApplication::setDesktopFileName(QStringLiteral("de.feder.Feder"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/de.feder.Feder.svg")));
    installTranslations(app);
    Themes::apply(PersonalSettings::theme());
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fputs("usage: feder_screenshot_window STORE [FILE.md...]\n", stderr);
        return 2;
    }
    WindowHost host(arguments.at(1));
    host.setFilesToOpen(arguments.mid(2));
    host.start();
    const int settleMs = qEnvironmentVariableIntValue("FEDER_SCREENSHOT_SETTLE_MS") > 0
                             ? qEnvironmentVariableIntValue("FEDER_SCREENSHOT_SETTLE_MS") : 11000; // the status bar's notice (10 s) has gone
    QTimer waiting;
    waiting.setInterval(100);
    QObject::connect(&waiting, &QTimer::timeout, [&] {
        MainWindow *window = host.window();
        if (!window || !window->isVisible())
            return;
        waiting.stop();
        // No window manager under Xvfb: the window takes the screen as a maximised one would.
        window->setGeometry(window->screen()->geometry());
        if (auto *review = window->findChild<QDockWidget *>(QStringLiteral("reviewDock")))
            review->raise();
        QTimer::singleShot(settleMs, [] {
            std::fputs("screenshot: ready\n", stdout);
            std::fflush(stdout);
        });
    });
    waiting.start();
    return QApplication::exec();
}

#pragma once

#include "cbormap.h"
#include "core/clientsession.h"
#include "main/mainwindow.h"
#include "core/language.h"
#include "serverprocess.h"

#include <QApplication>
#include <QDir>
#include <QTemporaryDir>

#include <QCborMap>
#include <QSignalSpy>
#include <QTest>

namespace erp::test {

// What a client test sets up first: its own settings under `config`, the application's name
// (so that settings and caches are its own), English, and the screenshot folder
// (ERP_SCREENSHOT_DIR, else ./screenshots) made; false when it cannot be.
inline bool prepareClientTest(const QTemporaryDir &config, const QString &application, QDir *shots = nullptr)
{
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QApplication::setOrganizationName(QStringLiteral("ERP-test"));
    QApplication::setApplicationName(application);
    erp::app::setPreferredLanguage(QStringLiteral("en"));
    erp::app::applyLanguage();
    if (!shots)
        return true;
    *shots = QDir(qEnvironmentVariable("ERP_SCREENSHOT_DIR", QDir::current().filePath(QStringLiteral("screenshots"))));
    return shots->mkpath(QStringLiteral("."));
}

// Logs a new session in to the test server as its administrator and shows the main window,
// active and ready; false (and nothing left open) when that fails.
inline bool openMainWindow(const ServerProcess &server, erp::app::ClientSession **session,
                           erp::app::MainWindow **window)
{
    *session = new erp::app::ClientSession;
    QSignalSpy loggedIn(*session, &erp::app::ClientSession::loggedIn);
    (*session)->login(QStringLiteral("127.0.0.1"), server.port(), QStringLiteral("admin"),
                      ServerProcess::adminPassword(), QStringLiteral("en"));
    if (!loggedIn.wait(10000))
        return false;
    *window = new erp::app::MainWindow(*session);
    (*window)->show();
    (*window)->activateWindow();
    return QTest::qWaitForWindowActive(*window) && QTest::qWaitFor([w = *window] { return w->isReady(); }, 10000);
}

} // namespace erp::test

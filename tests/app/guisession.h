#pragma once

#include "cbormap.h"
#include "core/clientsession.h"
#include "main/mainwindow.h"
#include "serverprocess.h"

#include <QCborMap>
#include <QSignalSpy>
#include <QTest>

namespace erp::test {

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

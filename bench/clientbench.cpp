// erp-client-bench: how fast the real desktop client becomes usable and pages through a big
// list. Runs the client's own classes (offscreen) against a running erp-server.
//   erp-client-bench --server HOST:PORT --user admin [--password P] [--repeat N] [--kind partners]
#include "core/clientsession.h"
#include "list/listmodel.h"
#include "list/listwidget.h"
#include "main/mainwindow.h"
#include "serveroptions.h"
#include "stats.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cstdio>

namespace {

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

QString summary(const QString &name, const erp::bench::Samples &samples)
{
    return QStringLiteral("%1  ").arg(name, -34) + erp::bench::describe(samples.summary());
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const erp::bench::ServerOptions serverOptions;
    serverOptions.addTo(p);
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Repetitions"), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("Catalog to list"), QStringLiteral("KIND"),
                                  QStringLiteral("partners"));
    p.addOptions({repeat, kind});
    p.process(app);
    erp::bench::ServerLogin server;
    if (QString error; !serverOptions.read(p, &server, &error)) {
        print(error);
        return 2;
    }
    const int n = p.value(repeat).toInt();

    erp::bench::Samples login, usable, firstPage, jumpEnd, nextPage;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        erp::app::ClientSession session;
        bool failed = false;
        QObject::connect(&session, &erp::app::ClientSession::loginFailed, [&](const QString &m) {
            print(QStringLiteral("login failed: ") + m);
            failed = true;
        });
        QSignalSpy loggedIn(&session, &erp::app::ClientSession::loggedIn);
        session.login(server.host, server.port, server.user, server.password, QStringLiteral("en"));
        if (!waitUntil([&] { return !loggedIn.isEmpty() || failed; }) || failed)
            return 1;
        login.add(double(t.nsecsElapsed()) / 1e6);
        erp::app::MainWindow window(&session);
        window.show();
        if (!waitUntil([&] { return window.isReady(); }))
            return 1;
        usable.add(double(t.nsecsElapsed()) / 1e6);

        // Open the list: time until the first page is on screen.
        t.restart();
        window.openList(p.value(kind));
        erp::app::ListWidget *list = nullptr;
        if (!waitUntil([&] {
                list = window.listTab(p.value(kind));
                return list && list->model()->rowCount() > 0 && !list->model()->isBusy();
            }))
            return 1;
        firstPage.add(double(t.nsecsElapsed()) / 1e6);
        // Flat list (all objects), as when a clerk switches groups off.
        if (list->kind().hierarchical) {
            list->model()->setParentGroup(std::nullopt);
            waitUntil([&] { return list->model()->rowCount() > 0 && !list->model()->isBusy(); });
        }
        // Scroll down: every fetchMore is one keyset page.
        for (int page = 0; page < 5; ++page) {
            t.restart();
            const int before = list->model()->rowCount();
            list->view()->scrollToBottom();
            list->model()->fetchMore({});
            if (!waitUntil([&] { return list->model()->rowCount() > before && !list->model()->isBusy(); }))
                break;
            nextPage.add(double(t.nsecsElapsed()) / 1e6);
        }
        // Ctrl+End: the last rows of the whole list.
        t.restart();
        list->view()->setFocus();
        QTest::keyClick(list->view(), Qt::Key_End, Qt::ControlModifier);
        if (!waitUntil([&] { return !list->model()->isBusy() && !list->model()->hasMoreBelow(); }))
            return 1;
        jumpEnd.add(double(t.nsecsElapsed()) / 1e6);
    }
    print(QStringLiteral("# erp-client-bench against %1, %2 runs, list %3").arg(QStringLiteral("%1:%2").arg(server.host).arg(server.port)).arg(n).arg(p.value(kind)));
    print(summary(QStringLiteral("login (connect, handshake, auth)"), login));
    print(summary(QStringLiteral("login to usable main window"), usable));
    print(summary(QStringLiteral("open list: first page shown"), firstPage));
    print(summary(QStringLiteral("scroll: next page shown"), nextPage));
    print(summary(QStringLiteral("Ctrl+End: last page shown"), jumpEnd));
    return 0;
}

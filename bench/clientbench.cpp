// erp-client-bench: how fast the real desktop client becomes usable and pages through a big
// list. Runs the client's own classes (offscreen) against a running erp-server.
//   erp-client-bench --server HOST:PORT --user admin [--password P] [--repeat N] [--kind partners]
#include "core/clientsession.h"
#include "list/listmodel.h"
#include "list/listwidget.h"
#include "main/mainwindow.h"
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
    const erp::bench::LatencySummary p = samples.summary();
    return QStringLiteral("%1  n=%2  p50=%3 p95=%4 max=%5 ms")
        .arg(name, -34)
        .arg(p.count)
        .arg(p.p50, 0, 'f', 1)
        .arg(p.p95, 0, 'f', 1)
        .arg(p.max, 0, 'f', 1);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("HOST:PORT"), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("127.0.0.1:7410"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User"), QStringLiteral("USER"), QStringLiteral("admin"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password (or ERP_ADMIN_PASSWORD)"),
                                      QStringLiteral("PASSWORD"));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Repetitions"), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("Catalog to list"), QStringLiteral("KIND"),
                                  QStringLiteral("partners"));
    p.addOptions({server, user, password, repeat, kind});
    p.process(app);
    const QString host = p.value(server).section(u':', 0, 0);
    const quint16 port = quint16(p.value(server).section(u':', 1).toUInt());
    const QString secret = p.isSet(password) ? p.value(password) : qEnvironmentVariable("ERP_ADMIN_PASSWORD");
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
        session.login(host, port, p.value(user), secret, QStringLiteral("en"));
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
    print(QStringLiteral("# erp-client-bench against %1, %2 runs, list %3").arg(p.value(server)).arg(n).arg(p.value(kind)));
    print(summary(QStringLiteral("login (connect, handshake, auth)"), login));
    print(summary(QStringLiteral("login to usable main window"), usable));
    print(summary(QStringLiteral("open list: first page shown"), firstPage));
    print(summary(QStringLiteral("scroll: next page shown"), nextPage));
    print(summary(QStringLiteral("Ctrl+End: last page shown"), jumpEnd));
    return 0;
}

#pragma once

#include "connection.h"
#include "testdatabase.h"

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace erp::test {

// Runs the real erp-server binary on a fresh database, listening on a free loopback port.
class ServerProcess
{
public:
    static QString adminPassword() { return QStringLiteral("Admin-Test-Password-1"); }

    ServerProcess();
    ~ServerProcess();

    // Initializes the database (--init, optionally --demo) and starts serving.
    bool start(const QStringList &extraArguments = {}, bool demo = false);
    // SIGTERM; true when the server then ended by itself with exit code 0 (a clean shutdown).
    bool stop();
    // Ends the server at once (SIGKILL): no shutdown, no flush, as in a power cut of the process.
    void kill();
    // Restarts on the same database (after a crash or to test migration).
    bool restart(const QStringList &extraArguments = {});

    quint16 port() const { return m_port; }
    QString log() const { return m_log; }
    TestDatabase &database() { return m_database; }

    // A connected (and, when user is not empty, logged-in) client; fails the test on error.
    std::unique_ptr<erp::client::Connection> connect(const QString &user = QStringLiteral("admin"),
                                                     const QString &password = adminPassword());
    // Runs the server binary to completion with these arguments (for --init tests).
    int runToCompletion(const QStringList &arguments, QString *output);

private:
    bool launch(const QStringList &extraArguments);

    TestDatabase m_database;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_log;
};

QString serverBinary();

} // namespace erp::test

#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace erp::client {
class Connection;
}

namespace erp::bench {

// Where the server listens and whom a bench logs in as.
struct ServerLogin
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 7410;
    QString user = QStringLiteral("admin");
    QString password;
};

// --server, --user and --password, the same in every bench.
class ServerOptions
{
public:
    ServerOptions();
    void addTo(QCommandLineParser &parser) const;
    // The login from a processed parser (the password falls back to ERP_ADMIN_PASSWORD);
    // false with *error when --server is not HOST:PORT.
    bool read(const QCommandLineParser &parser, ServerLogin *login, QString *error) const;

private:
    QCommandLineOption m_server;
    QCommandLineOption m_user;
    QCommandLineOption m_password;
};

// Opens a connection and logs in; false with *error on failure.
bool openSession(const ServerLogin &login, erp::client::Connection *connection, QString *error);

} // namespace erp::bench

#include "serveroptions.h"

#include "connection.h"

#include <QCommandLineParser>

namespace erp::bench {

ServerOptions::ServerOptions()
    : m_server(QStringLiteral("server"), QStringLiteral("Server address (127.0.0.1:7410)."), QStringLiteral("HOST:PORT"),
               QStringLiteral("127.0.0.1:7410")),
      m_user(QStringLiteral("user"), QStringLiteral("User to log in as (admin)."), QStringLiteral("USER"), QStringLiteral("admin")),
      m_password(QStringLiteral("password"), QStringLiteral("Password (or the ERP_ADMIN_PASSWORD environment variable)."),
                 QStringLiteral("PASSWORD"))
{
}

void ServerOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_server, m_user, m_password});
}

bool ServerOptions::read(const QCommandLineParser &parser, ServerLogin *login, QString *error) const
{
    if (!erp::client::Connection::parseAddress(parser.value(m_server), &login->host, &login->port)) {
        *error = QStringLiteral("--server: expected HOST:PORT, got \"%1\"").arg(parser.value(m_server));
        return false;
    }
    login->user = parser.value(m_user);
    login->password = parser.isSet(m_password) ? parser.value(m_password) : qEnvironmentVariable("ERP_ADMIN_PASSWORD");
    return true;
}

bool openSession(const ServerLogin &login, erp::client::Connection *connection, QString *error)
{
    if (!connection->open(login.host, login.port, error))
        return false;
    if (!connection->login(login.user, login.password, error)) {
        *error = QStringLiteral("login as %1 failed: %2").arg(login.user, *error);
        return false;
    }
    return true;
}

} // namespace erp::bench

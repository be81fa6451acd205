#pragma once

#include "protocol/frame.h"
#include "protocol/message.h"

#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QString>

#include <memory>

class QTcpSocket;

namespace erp::client {

struct Reply
{
    bool ok = false;
    QCborValue result;
    erp::protocol::Error error;
};

// A blocking connection to erp-server: handshake, login and calls, one at a time.
// Server pushes that arrive meanwhile are kept for takeEvents(). Used by erpctl, tests and
// the benchmark; the desktop client wraps the same protocol asynchronously.
class Connection
{
public:
    Connection();
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Connects and performs the version handshake.
    // language: the language for the server's messages (a locale name such as "cs_CZ").
    bool open(const QString &host, quint16 port, QString *error, int timeoutMs = 10000,
              const QString &language = {});
    bool login(const QString &user, const QString &password, QString *error);
    Reply call(const QString &method, const QCborMap &params = {}, int timeoutMs = 60000);
    // Waits up to timeoutMs for at least one server push; returns and clears what arrived.
    QList<QCborMap> waitForEvents(int timeoutMs);
    QList<QCborMap> takeEvents();
    void close();

    bool isOpen() const;
    int protocolVersion() const { return m_version; }
    QString serverName() const { return m_serverName; }

    // Parses "host:port"; false when malformed.
    static bool parseAddress(const QString &spec, QString *host, quint16 *port);

private:
    bool readMessage(QCborMap *message, int timeoutMs, QString *error);

    std::unique_ptr<QTcpSocket> m_socket;
    erp::protocol::FrameReader m_reader;
    QList<QCborMap> m_events;
    qint64 m_nextId = 1;
    int m_version = 0;
    QString m_serverName;
};

} // namespace erp::client
